import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  addRecent,
  AUTOSAVE_FILE,
  Documents,
  MAX_RECENT,
  parseAutosave,
  parseRecentFile,
  pruneRecent,
  RECENT_FILE,
  recentNames,
  summarisePlanErrors,
  TokenRegistry,
  withExtension,
} from '../../app/main/documents';
import { GOOD_PLAN, makeDocs, OTHER_PLAN, tempDir } from './app-helpers';

const TOKEN_RE = /^doc-[a-z0-9]{8,40}$/;
const noTempFiles = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

function planFile(dir: string, name = 'robot.powerplan.json', text = GOOD_PLAN) {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('token registry', () => {
  it('hands out random, contract-shaped tokens, the same one per path', () => {
    const r = new TokenRegistry();
    const a = r.tokenFor('/x/a.powerplan.json');
    expect(a).toMatch(TOKEN_RE);
    expect(r.tokenFor('/x/../x/a.powerplan.json')).toBe(a);
    expect(r.tokenFor('/x/b.powerplan.json')).not.toBe(a);
    expect(r.pathOf(a)).toBe('/x/a.powerplan.json');
    expect(r.pathOf('doc-0000000000000000')).toBeUndefined();
    expect(r.pathOf('/x/a.powerplan.json')).toBeUndefined();
    expect(new TokenRegistry().tokenFor('/x/a.powerplan.json')).not.toBe(a);
  });
});

describe('open', () => {
  it('opens a good file chosen in the dialog: token, name, text; remembered in recent', async () => {
    const { docs, dialogs, docsDir } = makeDocs();
    const path = planFile(docsDir);
    dialogs.openAnswers.push(path);
    const r = await docs.openDialog();
    expect(dialogs.openCalls[0]!.defaultPath).toBe(docsDir);
    expect(r).toEqual({
      canceled: false,
      doc: { token: expect.stringMatching(TOKEN_RE), name: basename(path), text: GOOD_PLAN },
    });
    if (!('doc' in r)) throw new Error('not opened');
    expect(docs.tokens.pathOf(r.doc.token)).toBe(path);
    expect(docs.recentList()).toEqual([{ token: r.doc.token, name: 'robot.powerplan.json' }]);
    expect(docs.openToken(r.doc.token)).toEqual(r);
  });

  it('returns canceled when the dialog is dismissed', async () => {
    const { docs } = makeDocs();
    expect(await docs.openDialog()).toEqual({ canceled: true });
  });

  it('reports an invalid plan with its field errors summarised, and leaves everything untouched', async () => {
    const { docs, dialogs, docsDir, userDataDir } = makeDocs();
    const plan = JSON.parse(GOOD_PLAN);
    plan.battery.reservePercent = 'ten';
    delete plan.robot.name;
    const path = planFile(docsDir, 'bad.powerplan.json', JSON.stringify(plan));
    dialogs.openAnswers.push(path);
    const r = await docs.openDialog();
    expect(r).toEqual({
      canceled: false,
      error: expect.stringMatching(/^bad\.powerplan\.json is not a valid PowerPlan plan — 2 problems: /),
    });
    if ('error' in r) {
      expect(r.error).toMatch(/battery\.reservePercent/);
      expect(r.error).toMatch(/robot\.name/);
    }
    expect(docs.tokens.size).toBe(0);
    expect(existsSync(join(userDataDir, RECENT_FILE))).toBe(false);
    expect(docs.recentList()).toEqual([]);
  });

  it('refuses non-JSON, binary, huge, missing files and folders without reading them whole', () => {
    const { docs, docsDir } = makeDocs();
    const notJson = planFile(docsDir, 'a.powerplan.json', 'this is not json');
    expect(docs.openPath(notJson)).toEqual({
      canceled: false,
      error: expect.stringMatching(/not valid JSON/),
    });
    const binary = join(docsDir, 'b.powerplan.json');
    writeFileSync(binary, Buffer.from([0x7b, 0x00, 0xff, 0xfe, 0x00, 0x7d]));
    expect(docs.openPath(binary)).toEqual({ canceled: false, error: expect.stringMatching(/binary file/) });
    const huge = join(docsDir, 'c.powerplan.json');
    writeFileSync(huge, '');
    truncateSync(huge, 6 * 1024 * 1024);
    expect(docs.openPath(huge)).toEqual({
      canceled: false,
      error: expect.stringMatching(/6\.0 MB; plan files are limited to 5 MB/),
    });
    expect(docs.openPath(join(docsDir, 'missing.powerplan.json'))).toEqual({
      canceled: false,
      error: 'missing.powerplan.json: no such file',
    });
    mkdirSync(join(docsDir, 'folder.powerplan.json'));
    expect(docs.openPath(join(docsDir, 'folder.powerplan.json'))).toEqual({
      canceled: false,
      error: expect.stringMatching(/is a folder/),
    });
    // A pipe would block the read forever: refused before it is opened.
    const fifo = join(docsDir, 'pipe.powerplan.json');
    spawnSync('mkfifo', [fifo]);
    expect(docs.openPath(fifo)).toEqual({
      canceled: false,
      error: 'pipe.powerplan.json: is not a regular file (a pipe, device or socket)',
    });
    expect(docs.tokens.size).toBe(0);
  });

  it('rejects unknown tokens, and drops a recent file that disappeared', () => {
    const { docs, docsDir } = makeDocs();
    expect(docs.openToken('doc-0123456789abcdef')).toEqual({
      canceled: false,
      error: expect.stringMatching(/Unknown document/),
    });
    const path = planFile(docsDir);
    const r = docs.openPath(path);
    if (!('doc' in r)) throw new Error('not opened');
    unlinkSync(path);
    expect(docs.openToken(r.doc.token)).toEqual({
      canceled: false,
      error: expect.stringMatching(/no such file/),
    });
    expect(parseRecentFile(readFileSync(docs.recentPath, 'utf8'))).toEqual([]);
  });
});

describe('save', () => {
  it('saves to the document’s token atomically, keeps the token, remembers it, clears the autosave', async () => {
    const { docs, dialogs, docsDir } = makeDocs();
    const path = planFile(docsDir, 'a.powerplan.json', OTHER_PLAN);
    const opened = docs.openPath(path);
    if (!('doc' in opened)) throw new Error('not opened');
    docs.autosaveWrite({ text: GOOD_PLAN, name: 'a' });
    const r = await docs.save({
      token: opened.doc.token,
      text: GOOD_PLAN,
      saveAs: false,
      suggestedName: 'ignored',
    });
    expect(r).toEqual({ ok: true, token: opened.doc.token, name: 'a.powerplan.json' });
    expect(readFileSync(path, 'utf8')).toBe(GOOD_PLAN);
    expect(dialogs.saveCalls).toEqual([]);
    expect(noTempFiles(docsDir)).toEqual([]);
    expect(docs.autosaveRead()).toBeNull();
  });

  it('asks where to save an untitled document (and honours cancel)', async () => {
    const { docs, dialogs, docsDir } = makeDocs();
    expect(
      await docs.save({ token: null, text: GOOD_PLAN, saveAs: false, suggestedName: 'My robot' }),
    ).toEqual({
      ok: false,
      canceled: true,
    });
    expect(dialogs.saveCalls[0]).toEqual({
      defaultPath: join(docsDir, 'My robot.powerplan.json'),
      kind: 'plan',
    });
    const target = join(docsDir, 'chosen.powerplan.json');
    dialogs.saveAnswers.push(target);
    const r = await docs.save({ token: null, text: GOOD_PLAN, saveAs: false, suggestedName: 'My robot' });
    expect(r).toEqual({ ok: true, token: expect.stringMatching(TOKEN_RE), name: 'chosen.powerplan.json' });
    expect(readFileSync(target, 'utf8')).toBe(GOOD_PLAN);
    if (r.ok) expect(docs.tokens.pathOf(r.token)).toBe(target);
  });

  it('Save As writes a new file with a new token and leaves the old one alone', async () => {
    const { docs, dialogs, docsDir } = makeDocs();
    const sub = join(docsDir, 'projects');
    mkdirSync(sub);
    const old = planFile(sub, 'old.powerplan.json', OTHER_PLAN);
    const opened = docs.openPath(old);
    if (!('doc' in opened)) throw new Error('not opened');
    dialogs.saveAnswers.push(join(sub, 'new.powerplan.json'));
    const r = await docs.save({
      token: opened.doc.token,
      text: GOOD_PLAN,
      saveAs: true,
      suggestedName: 'new',
    });
    expect(dialogs.saveCalls[0]!.defaultPath).toBe(join(sub, 'new.powerplan.json'));
    expect(r.ok && r.token !== opened.doc.token).toBe(true);
    expect(readFileSync(old, 'utf8')).toBe(OTHER_PLAN);
    expect(readFileSync(join(sub, 'new.powerplan.json'), 'utf8')).toBe(GOOD_PLAN);
    expect(docs.recentList().map((e) => e.name)).toEqual(['new.powerplan.json', 'old.powerplan.json']);
  });

  it('never writes an invalid plan', async () => {
    const { docs, dialogs, docsDir } = makeDocs();
    const path = planFile(docsDir, 'a.powerplan.json', OTHER_PLAN);
    const opened = docs.openPath(path);
    if (!('doc' in opened)) throw new Error('not opened');
    const broken = JSON.parse(GOOD_PLAN);
    broken.battery.pack.energyWh = -5;
    for (const text of [JSON.stringify(broken), '{"format":"powerplan"', '', '[]', 'x'.repeat(10)]) {
      const r = await docs.save({ token: opened.doc.token, text, saveAs: false, suggestedName: 'a' });
      expect(r).toEqual({ ok: false, error: expect.stringMatching(/^Not saved: the plan is invalid — /) });
      const r2 = await docs.save({ token: null, text, saveAs: true, suggestedName: 'a' });
      expect(r2.ok).toBe(false);
    }
    expect(readFileSync(path, 'utf8')).toBe(OTHER_PLAN);
    expect(dialogs.saveCalls).toEqual([]);
    expect(readdirSync(docsDir)).toEqual(['a.powerplan.json']);
  });

  it('refuses to save to an unknown token (even with Save As), without a dialog', async () => {
    const { docs, dialogs } = makeDocs();
    for (const saveAs of [false, true]) {
      const r = await docs.save({
        token: 'doc-0123456789abcdef',
        text: GOOD_PLAN,
        saveAs,
        suggestedName: 'a',
      });
      expect(r).toEqual({ ok: false, error: expect.stringMatching(/unknown document token/) });
    }
    expect(dialogs.saveCalls).toEqual([]);
  });

  it('keeps the old file and no temp file when the write fails', async () => {
    const { docs, dialogs, docsDir } = makeDocs();
    const target = join(docsDir, 'taken.powerplan.json');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'x');
    dialogs.saveAnswers.push(target);
    const r = await docs.save({ token: null, text: GOOD_PLAN, saveAs: true, suggestedName: 'a' });
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^Not saved: /) });
    expect(readFileSync(join(target, 'inside'), 'utf8')).toBe('x');
    expect(noTempFiles(docsDir)).toEqual([]);
    expect(docs.tokens.size).toBe(0);
  });

  it('a concurrent reader only ever sees the complete old or the complete new file', async () => {
    const { docs, docsDir } = makeDocs();
    const path = planFile(docsDir, 'race.powerplan.json', OTHER_PLAN);
    const opened = docs.openPath(path);
    if (!('doc' in opened)) throw new Error('not opened');
    const reader = spawn(
      process.execPath,
      [
        '-e',
        `const fs=require('fs');const [p,a,b]=process.argv.slice(1);const A=fs.readFileSync(a,'utf8'),B=fs.readFileSync(b,'utf8');
         let n=0,bad=0;const end=Date.now()+1500;
         while(Date.now()<end){let t;try{t=fs.readFileSync(p,'utf8')}catch(e){bad++;continue}n++;if(t!==A&&t!==B)bad++}
         process.stdout.write(JSON.stringify({n,bad}))`,
        path,
        planFile(tempDir(), 'a.json', OTHER_PLAN),
        planFile(tempDir(), 'b.json', GOOD_PLAN),
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    reader.stdout.on('data', (d) => (out += d));
    const done = new Promise<void>((r) => reader.on('close', () => r()));
    let saves = 0;
    const end = Date.now() + 1200;
    while (Date.now() < end) {
      const text = saves % 2 === 0 ? GOOD_PLAN : OTHER_PLAN;
      const r = await docs.save({ token: opened.doc.token, text, saveAs: false, suggestedName: 'x' });
      expect(r.ok).toBe(true);
      saves++;
    }
    await done;
    const { n, bad } = JSON.parse(out) as { n: number; bad: number };
    expect(saves).toBeGreaterThan(5);
    expect(n).toBeGreaterThan(10);
    expect(bad).toBe(0);
    expect(noTempFiles(docsDir)).toEqual([]);
  });
});

describe('recent files', () => {
  it('persists across restarts, newest first, without duplicates, at most 10', () => {
    const { docs, userDataDir, docsDir } = makeDocs();
    const paths = Array.from({ length: 12 }, (_, i) => planFile(docsDir, `p${i}.powerplan.json`));
    for (const p of paths) docs.openPath(p);
    docs.openPath(paths[3]!);
    const restarted = makeDocs(userDataDir, docsDir).docs;
    const names = restarted.recentList().map((e) => e.name);
    expect(names).toHaveLength(MAX_RECENT);
    expect(names[0]).toBe('p3.powerplan.json');
    expect(names[1]).toBe('p11.powerplan.json');
    expect(new Set(names).size).toBe(MAX_RECENT);
    expect(names).not.toContain('p0.powerplan.json');
    // The tokens of a new session are new (tokens are never persisted).
    expect(restarted.recentList()[0]!.token).not.toBe(docs.recentList()[0]!.token);
  });

  it('prunes files that no longer exist, and survives a corrupt recent.json', () => {
    const { docs, userDataDir, docsDir, recentChanges } = makeDocs();
    const a = planFile(docsDir, 'a.powerplan.json');
    const b = planFile(docsDir, 'b.powerplan.json');
    docs.openPath(a);
    docs.openPath(b);
    expect(recentChanges()).toBe(2);
    unlinkSync(a);
    expect(docs.recentList().map((e) => e.name)).toEqual(['b.powerplan.json']);
    expect(parseRecentFile(readFileSync(join(userDataDir, RECENT_FILE), 'utf8'))).toEqual([b]);
    writeFileSync(join(userDataDir, RECENT_FILE), '{ not json');
    expect(docs.recentList()).toEqual([]);
    docs.clearRecent();
    expect(docs.recentList()).toEqual([]);
  });

  it('pure helpers', () => {
    expect(addRecent(['/a', '/b', '/c'], '/b')).toEqual(['/b', '/a', '/c']);
    expect(
      addRecent(
        Array.from({ length: 10 }, (_, i) => `/${i}`),
        '/new',
      ),
    ).toHaveLength(10);
    expect(pruneRecent(['/a', '/b'], (p) => p === '/b')).toEqual(['/b']);
    expect(recentNames(['/x/plan.powerplan.json', '/y/plan.powerplan.json', '/y/z.powerplan.json'])).toEqual([
      'plan.powerplan.json (x)',
      'plan.powerplan.json (y)',
      'z.powerplan.json',
    ]);
    expect(parseRecentFile('{"version":1,"files":["relative/path.json","/abs.json"]}')).toEqual([
      '/abs.json',
    ]);
    expect(parseRecentFile('{"version":2,"files":[]}')).toEqual([]);
    expect(withExtension('a', '.csv')).toBe('a.csv');
    expect(withExtension('a.CSV', '.csv')).toBe('a.CSV');
    expect(summarisePlanErrors(Array.from({ length: 6 }, (_, i) => ({ path: `p${i}`, message: 'm' })))).toBe(
      '6 problems: p0 m; p1 m; p2 m; p3 m; (and 2 more)',
    );
  });
});

describe('autosave and crash recovery', () => {
  it('writes the working document atomically with its name and time; a restart finds it', () => {
    const { docs, userDataDir, docsDir } = makeDocs();
    expect(docs.autosaveRead()).toBeNull();
    const work = GOOD_PLAN.replace('"version": 1', '"version": 1 ');
    expect(docs.autosaveWrite({ text: work, name: 'Humanoid' })).toEqual({ ok: true });
    const raw = JSON.parse(readFileSync(join(userDataDir, AUTOSAVE_FILE), 'utf8'));
    expect(raw).toMatchObject({
      format: 'powerplan-autosave',
      version: 1,
      name: 'Humanoid',
      savedAt: '2026-11-29T12:00:00.000Z',
    });
    expect(noTempFiles(userDataDir)).toEqual([]);
    // The app crashed: the next session reads it back.
    const next = makeDocs(userDataDir, docsDir).docs;
    expect(next.autosaveRead()).toEqual({
      text: work,
      name: 'Humanoid',
      savedAt: '2026-11-29T12:00:00.000Z',
    });
    expect(next.autosaveClear()).toEqual({ ok: true });
    expect(next.autosaveRead()).toBeNull();
    expect(next.autosaveClear()).toEqual({ ok: true });
  });

  it('keeps even an invalid working document (it is the user’s unsaved work)', () => {
    const { docs } = makeDocs();
    docs.autosaveWrite({ text: '{"format":"powerplan", "half": ', name: '' });
    expect(docs.autosaveRead()!.text).toBe('{"format":"powerplan", "half": ');
  });

  it('a damaged record never stops the next start: it is moved aside (kept), once', () => {
    const { docs, userDataDir } = makeDocs();
    const corrupt = () => readdirSync(userDataDir).filter((f) => f.startsWith('autosave.corrupt-'));
    // Not the autosave format: quarantined, nothing returned.
    writeFileSync(join(userDataDir, AUTOSAVE_FILE), 'garbage');
    expect(docs.autosaveRead()).toBeNull();
    expect(existsSync(join(userDataDir, AUTOSAVE_FILE))).toBe(false);
    expect(corrupt()).toHaveLength(1);
    expect(readFileSync(join(userDataDir, corrupt()[0]!), 'utf8')).toBe('garbage');
    // A plan that does not validate: its text is returned (the renderer offers it), and the file moves aside.
    docs.autosaveWrite({ text: '{"format":"powerplan","version":1,"name":"\u001b"}', name: 'bad' });
    expect(docs.autosaveRead()!.name).toBe('bad');
    expect(existsSync(join(userDataDir, AUTOSAVE_FILE))).toBe(false);
    expect(docs.autosaveRead()).toBeNull();
    // A good one stays for the renderer to recover.
    docs.autosaveWrite({ text: GOOD_PLAN, name: 'good' });
    expect(docs.autosaveRead()!.name).toBe('good');
    expect(existsSync(join(userDataDir, AUTOSAVE_FILE))).toBe(true);
  });

  it('ignores a corrupt autosave file', () => {
    const { docs, userDataDir } = makeDocs();
    for (const text of [
      'garbage',
      '{}',
      '{"format":"powerplan-autosave","version":1,"name":"a","savedAt":"never","text":""}',
    ]) {
      writeFileSync(join(userDataDir, AUTOSAVE_FILE), text);
      expect(docs.autosaveRead()).toBeNull();
    }
    expect(
      parseAutosave(
        '{"format":"powerplan-autosave","version":1,"name":"a","savedAt":"2026-01-01T00:00:00Z","text":"t"}',
      ),
    ).toEqual({
      name: 'a',
      savedAt: '2026-01-01T00:00:00Z',
      text: 't',
    });
  });
});

describe('export CSV', () => {
  it('asks where, appends .csv, writes atomically; cancel and failures are reported', async () => {
    const { docs, dialogs, docsDir } = makeDocs();
    expect(await docs.exportCsv({ text: 'a,b\n1,2\n', suggestedName: 'series' })).toEqual({
      ok: false,
      canceled: true,
    });
    expect(dialogs.saveCalls[0]).toEqual({ defaultPath: join(docsDir, 'series.csv'), kind: 'csv' });
    dialogs.saveAnswers.push(join(docsDir, 'out.csv'));
    expect(await docs.exportCsv({ text: 'a,b\n1,2\n', suggestedName: 'series.csv' })).toEqual({
      ok: true,
      name: 'out.csv',
    });
    expect(dialogs.saveCalls[1]!.defaultPath).toBe(join(docsDir, 'series.csv'));
    expect(readFileSync(join(docsDir, 'out.csv'), 'utf8')).toBe('a,b\n1,2\n');
    mkdirSync(join(docsDir, 'dir.csv'));
    writeFileSync(join(docsDir, 'dir.csv', 'x'), '');
    dialogs.saveAnswers.push(join(docsDir, 'dir.csv'));
    expect(await docs.exportCsv({ text: 'x', suggestedName: 's' })).toEqual({
      ok: false,
      error: expect.stringMatching(/^Not exported: /),
    });
    expect(noTempFiles(docsDir)).toEqual([]);
    // An export never becomes a document: no token, no recent entry.
    expect(docs.tokens.size).toBe(0);
    expect(docs.recentList()).toEqual([]);
  });
});

describe('Documents with a read-only profile folder', () => {
  it('still opens files when the recent list cannot be written', () => {
    const userData = join(tempDir(), 'missing', 'deeper');
    const { docs, docsDir } = makeDocs(userData);
    const r = docs.openPath(planFile(docsDir));
    expect('doc' in r).toBe(true);
    expect(docs.autosaveWrite({ text: '{}', name: 'a' })).toEqual({ ok: false });
  });
});

it('Documents is constructible with only the documented deps', () => {
  const d = new Documents({
    userDataDir: tempDir(),
    defaultDir: tempDir(),
    dialogs: { showOpen: async () => null, showSave: async () => null },
  });
  expect(d.recentList()).toEqual([]);
});
