import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/node/files';
import { ROOT } from './plan-helpers';

/** A large, valid plan text whose `name` marks which version it is. */
function bigPlan(version: string): string {
  const doc = JSON.parse(readFileSync(join(ROOT, 'examples', 'optimus-class-dx-m1.powerplan.json'), 'utf8'));
  doc.name = `version ${version}`;
  doc.notes = 'x'.repeat(3 * 1024 * 1024); // 3 MB: a save takes long enough to be killed in the middle
  return JSON.stringify(doc, null, 2);
}

const WRITER = `
const { writeFileAtomic } = require(process.argv[2]);
const fs = require('node:fs');
const target = process.argv[3];
const text = fs.readFileSync(process.argv[4], 'utf8');
for (;;) writeFileAtomic(target, text);
`;

describe('saving never leaves a half-written plan', () => {
  it('SIGKILL in the middle of saving, 25 times: the file is always the complete old or new document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-kill-'));
    const target = join(dir, 'plan.powerplan.json');
    const oldText = bigPlan('old');
    const newText = bigPlan('new');
    writeFileSync(target, oldText);
    const newFile = join(dir, 'new.txt');
    writeFileSync(newFile, newText);
    const script = join(dir, 'writer.cjs');
    writeFileSync(script, WRITER);
    // The writer uses the real atomic writer, bundled for Node (the same code the CLI and app use).
    const bundle = join(dir, 'io.cjs');
    const { buildSync } = await import('esbuild');
    buildSync({
      entryPoints: [join(ROOT, 'src', 'node', 'files.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      outfile: bundle,
      logLevel: 'silent',
    });
    const seen = new Set<string>();
    for (let i = 0; i < 25; i++) {
      const child = spawn(process.execPath, [script, bundle, target, newFile], { stdio: 'ignore' });
      await new Promise((r) => setTimeout(r, 40 + ((i * 37) % 120)));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('exit', r));
      const text = readFileSync(target, 'utf8');
      expect(text === oldText || text === newText).toBe(true);
      seen.add(text === oldText ? 'old' : 'new');
      writeFileSync(target, oldText); // start the next round from the old document
    }
    // Killed writers may leave their temp files behind, never the target half-written.
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.tmp')))
      expect(f.startsWith('.plan.powerplan.json.')).toBe(true);
    expect(seen.size).toBeGreaterThanOrEqual(1);
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  it('a vanished folder gives a clear error and creates nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-gone-'));
    const gone = join(dir, 'no', 'such', 'folder', 'plan.powerplan.json');
    expect(() => writeFileAtomic(gone, 'new')).toThrow(/the folder .*no\/such\/folder no longer exists/);
    expect(existsSync(join(dir, 'no'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  // root ignores folder permissions, so this one only runs as an ordinary user.
  it.skipIf(process.getuid?.() === 0)('a read-only folder gives a clear error and keeps the old file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-ro-'));
    writeFileSync(join(dir, 'plan.powerplan.json'), 'old');
    chmodSync(dir, 0o500);
    try {
      expect(() => writeFileAtomic(join(dir, 'plan.powerplan.json'), 'new')).toThrow(/permission denied/);
      expect(readFileSync(join(dir, 'plan.powerplan.json'), 'utf8')).toBe('old');
    } finally {
      chmodSync(dir, 0o700);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
