import { describe, expect, it, vi } from 'vitest';
import {
  channelOf,
  createImplementation,
  createIpcRoutes,
  createSenderPolicy,
  IpcError,
  registerIpcRoutes,
  ROUTE_NAMES,
  validatePayload,
  type IpcImplementation,
  type IpcRoute,
} from '../../app/main/ipc';
import { ReportJobs } from '../../app/main/pdf';
import { APP_ORIGIN } from '../../app/main/security';
import { CLOSE_NOW_CHANNEL, IPC, MAX_TEXT_CHARS, type IpcName } from '../../app/ipc/contract';
import { GOOD_PLAN, ipcEvent, makeDocs } from './app-helpers';

const MAIN_ID = 1;
const REPORT_ID = 7;
const TEN_MB = 'x'.repeat(10 * 1024 * 1024);

function setup() {
  const env = makeDocs();
  const jobs = new ReportJobs();
  const calls: string[] = [];
  const services = {
    docs: env.docs,
    exportPdf: vi.fn(async () => ({ ok: true as const, name: 'r.pdf' })),
    setTitle: vi.fn((title: string, dirty: boolean) => calls.push(`title:${title}:${dirty}`)),
    setLanguage: vi.fn((lang: 'en' | 'ko') => calls.push(`lang:${lang}`)),
    confirmDiscard: vi.fn(async () => 'discard' as const),
    reportJob: (id: number) => jobs.get(id),
    closeNow: vi.fn(() => calls.push('closeNow')),
  };
  const policy = createSenderPolicy({
    mainWebContentsId: () => MAIN_ID,
    appOrigin: APP_ORIGIN,
    isReportWindow: (id) => jobs.has(id),
  });
  const log: string[] = [];
  const routes = createIpcRoutes(createImplementation(services), policy, (m) => log.push(m));
  const route = (name: string): IpcRoute => routes.find((r) => r.name === name)!;
  return { ...env, jobs, services, routes, route, calls, log };
}

async function rejection(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(IpcError);
    return (e as IpcError).rejection;
  }
  throw new Error('expected the call to be refused');
}

describe('IPC payload validation (the contract’s zod schemas)', () => {
  it('accepts well-formed payloads', () => {
    expect(validatePayload('openDialog', {}).ok).toBe(true);
    expect(validatePayload('openRecent', { token: 'doc-0123456789abcdef' }).ok).toBe(true);
    expect(
      validatePayload('save', { token: null, text: '{}', saveAs: true, suggestedName: 'Plan.powerplan.json' })
        .ok,
    ).toBe(true);
    expect(validatePayload('setTitle', { title: 'x', dirty: false }).ok).toBe(true);
    expect(validatePayload('closeNow', undefined).ok).toBe(true);
  });

  it.each<[IpcName, unknown, RegExp]>([
    ['openRecent', { token: 42 }, /token: .*expected string/],
    ['openRecent', null, /expected object/],
    ['openRecent', 'doc-0123456789', /expected object/],
    ['openRecent', [], /expected object/],
    ['setTitle', { title: 'x', dirty: 'yes' }, /dirty: .*expected boolean/],
    ['save', { token: null, text: 5, saveAs: false, suggestedName: 'a' }, /text: .*expected string/],
    ['exportPdf', { planText: '{}', suggestedName: 'a', paper: 'a3', lang: 'en' }, /paper/],
    ['exportPdf', { planText: '{}', suggestedName: 'a', paper: 'a4', lang: 'fr' }, /lang/],
  ])('rejects wrong types: %s %j', (name, payload, message) => {
    const v = validatePayload(name, payload);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.rejection.code).toBe('INVALID_PAYLOAD');
      expect(v.rejection.channel).toBe(IPC[name].channel);
      expect(v.rejection.message).toMatch(message);
    }
  });

  it('rejects 10 MB strings in every text field, without echoing them', () => {
    const cases: [IpcName, unknown][] = [
      ['save', { token: null, text: TEN_MB, saveAs: false, suggestedName: 'a' }],
      ['save', { token: null, text: '{}', saveAs: false, suggestedName: TEN_MB }],
      ['save', { token: TEN_MB, text: '{}', saveAs: false, suggestedName: 'a' }],
      ['exportCsv', { text: TEN_MB, suggestedName: 'a.csv' }],
      ['exportPdf', { planText: TEN_MB, suggestedName: 'a', paper: 'a4', lang: 'en' }],
      ['autosaveWrite', { text: TEN_MB, name: 'a' }],
      ['autosaveWrite', { text: '{}', name: TEN_MB }],
      ['setTitle', { title: TEN_MB, dirty: true }],
      ['confirmDiscard', { name: TEN_MB }],
      ['openRecent', { token: TEN_MB }],
    ];
    for (const [name, payload] of cases) {
      const v = validatePayload(name, payload);
      expect(v.ok, `${name}`).toBe(false);
      if (!v.ok) expect(v.rejection.message.length).toBeLessThan(2000);
    }
    // The limit is the contract's: one character more than allowed is refused.
    expect(validatePayload('exportCsv', { text: 'x'.repeat(MAX_TEXT_CHARS), suggestedName: 'a' }).ok).toBe(
      true,
    );
    expect(
      validatePayload('exportCsv', { text: 'x'.repeat(MAX_TEXT_CHARS + 1), suggestedName: 'a' }).ok,
    ).toBe(false);
  });

  it.each([
    '../../etc/passwd',
    '/etc/passwd',
    'C:\\Windows\\system32',
    'doc-../../x',
    'doc-ABCDEF012345',
    'doc-short',
    'file:///etc/passwd',
    'doc-0123456789abcdef/../..',
    '',
  ])('rejects path-like or malformed token %j', (token) => {
    expect(validatePayload('openRecent', { token }).ok).toBe(false);
    expect(validatePayload('save', { token, text: '{}', saveAs: false, suggestedName: 'a' }).ok).toBe(false);
  });

  it('rejects file names with folders', () => {
    for (const suggestedName of ['../evil.json', '/abs.json', 'a\\b.json', 'a:b', 'nul\u0000.json', '']) {
      expect(validatePayload('exportCsv', { text: 'a', suggestedName }).ok, suggestedName).toBe(false);
    }
  });

  it('rejects extra keys, including prototype keys and a 10 MB key (message clipped)', () => {
    expect(validatePayload('openDialog', { path: '/etc/passwd' }).ok).toBe(false);
    expect(validatePayload('setTitle', { title: 'x', dirty: true, extra: 1 }).ok).toBe(false);
    const proto = JSON.parse('{"title":"x","dirty":true,"__proto__":{"polluted":1}}');
    expect(validatePayload('setTitle', proto).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const v = validatePayload('openDialog', { [TEN_MB]: 1 });
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.rejection.message.length).toBeLessThan(2000);
    expect(validatePayload('closeNow', { now: true }).ok).toBe(false);
  });
});

describe('IPC routes', () => {
  it('has one route per contract channel plus close-now, and registers each with ipcMain.handle', () => {
    const { routes } = setup();
    expect(routes.map((r) => r.channel).sort()).toEqual(
      [...Object.values(IPC).map((c) => c.channel), CLOSE_NOW_CHANNEL].sort(),
    );
    expect(ROUTE_NAMES).toHaveLength(Object.keys(IPC).length + 1);
    const registered = new Map<string, (event: never, ...args: unknown[]) => unknown>();
    registerIpcRoutes({ handle: (channel, listener) => registered.set(channel, listener) }, routes);
    expect([...registered.keys()].sort()).toEqual(routes.map((r) => r.channel).sort());
    expect(channelOf('closeNow')).toBe('app:close-now');
  });

  it('calls the implementation for a trusted sender with a valid payload', async () => {
    const { route, services } = setup();
    await expect(
      route('setTitle').handle(ipcEvent(MAIN_ID), { title: 'Plan', dirty: true }),
    ).resolves.toEqual({
      ok: true,
    });
    expect(services.setTitle).toHaveBeenCalledWith('Plan', true);
    await expect(route('setLanguage').handle(ipcEvent(MAIN_ID), { lang: 'ko' })).resolves.toEqual({
      ok: true,
    });
    expect(services.setLanguage).toHaveBeenCalledWith('ko');
    await expect(route('recentList').handle(ipcEvent(MAIN_ID), {})).resolves.toEqual([]);
    await expect(route('confirmDiscard').handle(ipcEvent(MAIN_ID), { name: 'x' })).resolves.toBe('discard');
    await route('closeNow').handle(ipcEvent(MAIN_ID));
    expect(services.closeNow).toHaveBeenCalledTimes(1);
  });

  it('refuses a hostile payload before the implementation runs', async () => {
    const { route, services, log } = setup();
    const r = await rejection(route('setTitle').handle(ipcEvent(MAIN_ID), { title: 1, dirty: true }));
    expect(r.code).toBe('INVALID_PAYLOAD');
    expect(r.message).toMatch(/^window:set-title: invalid request — title: /);
    expect(r.issues[0]!.path).toBe('title');
    expect(services.setTitle).not.toHaveBeenCalled();
    expect(log.join('\n')).toMatch(/refused window:set-title/);
    // Only the two UI languages: anything else never reaches main's menu builder.
    for (const lang of ['fr', 'KO', '', null, { toString: () => 'ko' }]) {
      const bad = await rejection(route('setLanguage').handle(ipcEvent(MAIN_ID), { lang }));
      expect(bad.code).toBe('INVALID_PAYLOAD');
    }
    expect(services.setLanguage).not.toHaveBeenCalled();
    // More than one argument is refused too.
    const two = await rejection(route('openDialog').handle(ipcEvent(MAIN_ID), {}, {}));
    expect(two.message).toMatch(/expected one argument/);
  });

  it('refuses untrusted senders on every channel', async () => {
    const { routes, services } = setup();
    const hostile = [
      ipcEvent(2), // another webContents
      ipcEvent(MAIN_ID, { parent: { url: `${APP_ORIGIN}/index.html` } }), // a subframe
      ipcEvent(MAIN_ID, { url: 'https://evil.example/', origin: 'https://evil.example' }),
      ipcEvent(MAIN_ID, { url: 'file:///tmp/x.html', origin: 'file://' }),
      ipcEvent(MAIN_ID, { origin: 'null' }), // sandboxed iframe-like opaque origin
      ipcEvent(MAIN_ID, null), // frame gone
    ];
    for (const r of routes) {
      for (const event of hostile) {
        const rej = await rejection(r.handle(event, r.name === 'closeNow' ? undefined : {}));
        expect(rej.code).toBe('UNTRUSTED_SENDER');
      }
    }
    expect(services.closeNow).not.toHaveBeenCalled();
    expect(services.setTitle).not.toHaveBeenCalled();
  });

  it('answers report:plan only to the PDF window, and that window may call nothing else', async () => {
    const { route, jobs } = setup();
    jobs.set(REPORT_ID, { planText: GOOD_PLAN, paper: 'a4', lang: 'ko' });
    await expect(route('reportPlan').handle(ipcEvent(REPORT_ID), {})).resolves.toEqual({
      planText: GOOD_PLAN,
      paper: 'a4',
      lang: 'ko',
    });
    expect((await rejection(route('reportPlan').handle(ipcEvent(MAIN_ID), {}))).code).toBe(
      'UNTRUSTED_SENDER',
    );
    expect((await rejection(route('reportPlan').handle(ipcEvent(8), {}))).code).toBe('UNTRUSTED_SENDER');
    expect((await rejection(route('recentList').handle(ipcEvent(REPORT_ID), {}))).code).toBe(
      'UNTRUSTED_SENDER',
    );
    expect((await rejection(route('save').handle(ipcEvent(REPORT_ID), {}))).code).toBe('UNTRUSTED_SENDER');
    jobs.delete(REPORT_ID);
    expect((await rejection(route('reportPlan').handle(ipcEvent(REPORT_ID), {}))).code).toBe(
      'UNTRUSTED_SENDER',
    );
  });

  it('turns unknown tokens into error results, and never touches the disk for them', async () => {
    const { route } = setup();
    const token = 'doc-0123456789abcdef0123';
    await expect(route('openRecent').handle(ipcEvent(MAIN_ID), { token })).resolves.toEqual({
      canceled: false,
      error: expect.stringMatching(/Unknown document/),
    });
    const saved = await route('save').handle(ipcEvent(MAIN_ID), {
      token,
      text: GOOD_PLAN,
      saveAs: false,
      suggestedName: 'x.powerplan.json',
    });
    expect(saved).toEqual({ ok: false, error: expect.stringMatching(/unknown document token/) });
  });

  it('reports an implementation crash as FAILED with a clipped message', async () => {
    const impl = createImplementation({
      docs: makeDocs().docs,
      exportPdf: async () => {
        throw new Error('boom '.repeat(1000));
      },
      setTitle: () => undefined,
      setLanguage: () => undefined,
      confirmDiscard: async () => 'cancel',
      reportJob: () => null,
      closeNow: () => undefined,
    }) satisfies IpcImplementation;
    const routes = createIpcRoutes(impl, () => true);
    const r = await rejection(
      routes
        .find((x) => x.name === 'exportPdf')!
        .handle(ipcEvent(MAIN_ID), { planText: GOOD_PLAN, suggestedName: 'a', paper: 'a4', lang: 'en' }),
    );
    expect(r.code).toBe('FAILED');
    expect(r.message.length).toBeLessThan(300);
  });
});
