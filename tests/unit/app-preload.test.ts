import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  CHANNELS,
  createPreloadApi,
  EVENTS,
  MENU_COMMAND_SET,
  type IpcRendererLike,
} from '../../app/preload/api';
import {
  CLOSE_NOW_CHANNEL,
  IPC,
  MENU_CHANNEL,
  MENU_COMMANDS,
  OPEN_DOCUMENT_CHANNEL,
  SAVE_BEFORE_CLOSE_CHANNEL,
  type PreloadApi,
} from '../../app/ipc/contract';
import { ROOT } from './plan-helpers';

type Listener = (event: unknown, ...args: unknown[]) => void;
function fakeIpc() {
  const listeners = new Map<string, Set<Listener>>();
  const ipc = {
    invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ channel, args })),
    on: vi.fn((channel: string, l: Listener) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(l);
    }),
    removeListener: vi.fn((channel: string, l: Listener) => listeners.get(channel)?.delete(l)),
  } satisfies IpcRendererLike;
  const emit = (channel: string, ...args: unknown[]) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: 'IPC EVENT' }, ...args);
  };
  return { ipc, emit, count: (channel: string) => listeners.get(channel)?.size ?? 0 };
}

describe('preload API', () => {
  it('uses exactly the contract’s channel names', () => {
    expect(CHANNELS).toEqual(Object.fromEntries(Object.entries(IPC).map(([k, v]) => [k, v.channel])));
    expect(EVENTS).toEqual({
      menu: MENU_CHANNEL,
      openDocument: OPEN_DOCUMENT_CHANNEL,
      saveBeforeClose: SAVE_BEFORE_CLOSE_CHANNEL,
      closeNow: CLOSE_NOW_CHANNEL,
    });
    expect([...MENU_COMMAND_SET].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('has one method per channel, each invoking its channel with the payload', async () => {
    const { ipc } = fakeIpc();
    const api = createPreloadApi(ipc);
    const calls: [keyof PreloadApi, () => Promise<unknown>, string, unknown][] = [
      ['openDialog', () => api.openDialog(), CHANNELS.openDialog, {}],
      [
        'openRecent',
        () => api.openRecent('doc-aaaaaaaaaaaa'),
        CHANNELS.openRecent,
        { token: 'doc-aaaaaaaaaaaa' },
      ],
      [
        'save',
        () => api.save({ token: null, text: 't', saveAs: false, suggestedName: 'n' }),
        CHANNELS.save,
        { token: null, text: 't', saveAs: false, suggestedName: 'n' },
      ],
      [
        'exportCsv',
        () => api.exportCsv({ text: 't', suggestedName: 'n' }),
        CHANNELS.exportCsv,
        { text: 't', suggestedName: 'n' },
      ],
      [
        'exportPdf',
        () => api.exportPdf({ planText: 't', suggestedName: 'n', paper: 'a4', lang: 'en' }),
        CHANNELS.exportPdf,
        { planText: 't', suggestedName: 'n', paper: 'a4', lang: 'en' },
      ],
      [
        'autosaveWrite',
        () => api.autosaveWrite({ text: 't', name: 'n' }),
        CHANNELS.autosaveWrite,
        { text: 't', name: 'n' },
      ],
      ['autosaveRead', () => api.autosaveRead(), CHANNELS.autosaveRead, {}],
      ['autosaveClear', () => api.autosaveClear(), CHANNELS.autosaveClear, {}],
      ['recentList', () => api.recentList(), CHANNELS.recentList, {}],
      [
        'setTitle',
        () => api.setTitle({ title: 't', dirty: true }),
        CHANNELS.setTitle,
        { title: 't', dirty: true },
      ],
      ['setLanguage', () => api.setLanguage({ lang: 'ko' }), CHANNELS.setLanguage, { lang: 'ko' }],
      ['confirmDiscard', () => api.confirmDiscard({ name: 'n' }), CHANNELS.confirmDiscard, { name: 'n' }],
      ['reportPlan', () => api.reportPlan(), CHANNELS.reportPlan, {}],
    ];
    for (const [, call, channel, payload] of calls) {
      await expect(call()).resolves.toEqual({ channel, args: [payload] });
    }
    await expect(api.closeNow()).resolves.toBeUndefined();
    expect(ipc.invoke).toHaveBeenLastCalledWith(CLOSE_NOW_CHANNEL);
    const methods = Object.keys(api).sort();
    expect(methods).toEqual(
      [...calls.map((c) => c[0]), 'closeNow', 'onMenu', 'onOpenDocument', 'onSaveBeforeClose'].sort(),
    );
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|invoke|send/i);
  });

  it('menu listeners get valid commands only, never the IPC event, and can unsubscribe', () => {
    const { ipc, emit, count } = fakeIpc();
    const api = createPreloadApi(ipc);
    const got: unknown[][] = [];
    const off = api.onMenu((...args) => got.push(args));
    emit(MENU_CHANNEL, 'undo');
    emit(MENU_CHANNEL, 'rm -rf');
    emit(MENU_CHANNEL, { toString: () => 'undo' });
    expect(got).toEqual([['undo']]);
    off();
    off();
    emit(MENU_CHANNEL, 'redo');
    expect(got).toHaveLength(1);
    expect(count(MENU_CHANNEL)).toBe(0);
    const save = vi.fn();
    const offSave = api.onSaveBeforeClose(save);
    emit(SAVE_BEFORE_CLOSE_CHANNEL, 'ignored');
    expect(save).toHaveBeenCalledWith();
    offSave();
  });

  it('keeps documents sent before the page subscribed, validates them, and delivers once', () => {
    const { ipc, emit } = fakeIpc();
    const api = createPreloadApi(ipc);
    const doc = { token: 'doc-aaaaaaaaaaaa', name: 'a.powerplan.json', text: '{}', extra: 'dropped' };
    emit(OPEN_DOCUMENT_CHANNEL, doc);
    emit(OPEN_DOCUMENT_CHANNEL, { token: '/etc/passwd', name: 'x', text: '' });
    const got: unknown[] = [];
    const off = api.onOpenDocument((d) => got.push(d));
    expect(got).toEqual([{ token: 'doc-aaaaaaaaaaaa', name: 'a.powerplan.json', text: '{}' }]);
    emit(OPEN_DOCUMENT_CHANNEL, { ...doc, name: 'b' });
    expect(got).toHaveLength(2);
    off();
    emit(OPEN_DOCUMENT_CHANNEL, doc);
    expect(got).toHaveLength(2);
    const later: unknown[] = [];
    api.onOpenDocument((d) => later.push(d));
    expect(later).toHaveLength(1);
  });

  it('the preload entry exposes the API as window.powerplan and nothing else', () => {
    const src = readFileSync(join(ROOT, 'app/preload/index.ts'), 'utf8');
    expect(src).toMatch(/contextBridge\.exposeInMainWorld\('powerplan', createPreloadApi\(ipcRenderer\)\)/);
    expect(src.match(/exposeInMainWorld/g)).toHaveLength(1);
  });
});

describe('app/ import rules', () => {
  const valueImports = (text: string) =>
    [...text.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]!);

  it('only app/main/index.ts and app/preload/index.ts import electron at run time (tests never load it)', () => {
    for (const dir of ['app/main', 'app/preload']) {
      for (const f of readdirSync(join(ROOT, dir)).filter((n) => n.endsWith('.ts'))) {
        const imports = valueImports(readFileSync(join(ROOT, dir, f), 'utf8'));
        const usesElectron = imports.some((s) => s === 'electron' || s.startsWith('electron/'));
        expect(usesElectron, `${dir}/${f}`).toBe(f === 'index.ts');
      }
    }
  });

  it('the preload imports only types from the contract (no zod in the sandbox bundle)', () => {
    const api = readFileSync(join(ROOT, 'app/preload/api.ts'), 'utf8');
    // Values only from the zod-free events module; the contract itself is type-only.
    expect(valueImports(api)).toEqual(['../ipc/events']);
    expect(readFileSync(join(ROOT, 'app/ipc/events.ts'), 'utf8')).not.toMatch(/from 'zod'|import /);
    const entry = readFileSync(join(ROOT, 'app/preload/index.ts'), 'utf8');
    expect(valueImports(entry)).toEqual(['electron', './api']);
  });

  it('app/ never imports the renderer or UI libraries', () => {
    for (const dir of ['app/main', 'app/preload']) {
      for (const f of readdirSync(join(ROOT, dir)).filter((n) => n.endsWith('.ts'))) {
        const text = readFileSync(join(ROOT, dir, f), 'utf8');
        expect(text, `${dir}/${f}`).not.toMatch(/from '(react|react-dom|recharts|immer)'|renderer\//);
      }
    }
  });
});
