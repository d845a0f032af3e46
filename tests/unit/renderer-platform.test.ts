// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPlanFile, webPlatform } from '../../renderer/platform/web';
import { electronPlatform } from '../../renderer/platform/electron';
import type { PreloadApi } from '../../app/ipc/contract';

function env() {
  const store = new Map<string, string>();
  const storage = {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
    removeItem: (k: string) => void store.delete(k),
    clear: () => store.clear(),
    key: () => null,
    length: 0,
  } as Storage;
  return { document, storage, confirm: () => true, now: () => new Date('2026-11-29T12:00:00Z'), store };
}

describe('web platform', () => {
  it('autosaves to storage and recovers it; clear removes it', async () => {
    const e = env();
    const p = webPlatform(e);
    expect(await p.recover()).toBeNull();
    await p.autosave('{"a":1}', 'My plan');
    expect(await p.recover()).toEqual({
      text: '{"a":1}',
      name: 'My plan',
      savedAt: '2026-11-29T12:00:00.000Z',
    });
    await p.clearAutosave();
    expect(await p.recover()).toBeNull();
  });
  it('ignores a corrupt autosave entry', async () => {
    const e = env();
    e.storage.setItem('powerplan.autosave.v1', '{not json');
    expect(await webPlatform(e).recover()).toBeNull();
  });
  it('sets the title with a dirty mark and confirms discards', async () => {
    const e = env();
    const p = webPlatform(e);
    p.setTitle('Plan', true);
    expect(document.title).toBe('● Plan — PowerPlan');
    expect(await p.confirmDiscard('Plan')).toBe('discard');
    expect(await webPlatform({ ...e, confirm: () => false }).confirmDiscard('Plan')).toBe('cancel');
    // The question follows the UI's language.
    const asked: string[] = [];
    const ko = webPlatform({ ...e, confirm: (m) => (asked.push(m), true) });
    ko.setLanguage('ko');
    await ko.confirmDiscard('Plan');
    expect(asked[0]).toMatch(/저장하지 않은 변경 내용/);
  });
  it('refuses oversized files before reading them', async () => {
    const big = { name: 'big.json', size: 50 * 1024 * 1024, text: async () => 'x' } as unknown as File;
    const r = await readPlanFile(big);
    expect(r.canceled === false && 'error' in r && r.error).toMatch(/50\.0 MB.*limited to 5 MB/);
  });
});

describe('electron platform adapter', () => {
  it('maps every call to one preload method with the contract payload', async () => {
    const calls: [string, unknown][] = [];
    const api = new Proxy({} as PreloadApi, {
      get: (_t, name: string) => (arg?: unknown) => {
        calls.push([name, arg]);
        return Promise.resolve(name === 'confirmDiscard' ? 'cancel' : { ok: true });
      },
    });
    const p = electronPlatform(api);
    await p.savePlan('{}', 'doc-12345678', 'a.powerplan.json', false);
    await p.exportCsv('a,b', 'x.csv');
    await p.confirmDiscard('Plan');
    p.setTitle('Plan', true);
    p.setLanguage('ko');
    expect(calls).toEqual([
      ['save', { text: '{}', token: 'doc-12345678', suggestedName: 'a.powerplan.json', saveAs: false }],
      ['exportCsv', { text: 'a,b', suggestedName: 'x.csv' }],
      ['confirmDiscard', { name: 'Plan' }],
      ['setTitle', { title: 'Plan', dirty: true }],
      ['setLanguage', { lang: 'ko' }],
    ]);
  });
});
