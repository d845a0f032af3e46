import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { parsePlanText } from '../../src/plan/load';
import { BAD_DIR as BAD, badCorpus } from '../bad-corpus';
import { ROOT } from './plan-helpers';

const corpus = badCorpus();
const files = readdirSync(BAD).filter((f) => f.endsWith('.json'));
const tmp = mkdtempSync(join(tmpdir(), 'pp-bad-out-'));

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const started = performance.now();
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err, ms: performance.now() - started };
}

describe('hostile plan files', () => {
  it('the corpus has at least 12 committed files', () => {
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  it.each(corpus)(
    '%s: every command refuses it with field-level errors (exit 2, no stack trace)',
    async (_name, path) => {
      const commands = [
        ['validate', path],
        ['simulate', path, '--json'],
        ['size', path, '--target-hours', '5'],
        ['compare', path, '--seed'],
        ['sensitivity', path],
        ['sweep', path, '--axis', 'battery.pack.energyWh=1000:2000:3'],
        ['report', path, '-o', join(tmp, 'never.pdf')],
      ];
      for (const args of commands) {
        const r = await cli(...args);
        expect(r.code, `${args[0]} exit code`).toBe(2);
        expect(r.err).toMatch(
          /problem|no such|limited to|not valid JSON|binary|newer PowerPlan|JSON object|nested deeper/,
        );
        expect(r.err).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
        expect(r.out).toBe('');
        expect(r.ms).toBeLessThan(5000);
      }
    },
  );

  it.each(corpus.filter(([n]) => !n.startsWith('fifty')))(
    '%s: the loader names the field (or the file)',
    (_name, path) => {
      const r = parsePlanText(readFileSync(path, 'latin1'));
      expect(r.ok).toBe(false);
      if (!r.ok) for (const e of r.errors) expect(e.path.length).toBeGreaterThan(0);
    },
  );

  it('prototype keys do not pollute objects', () => {
    parsePlanText(readFileSync(join(BAD, 'proto-keys.powerplan.json'), 'utf8'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('the real binary exits 2 within 5 s with one clear message (spawned as a user runs it)', () => {
    for (const [, path] of corpus.slice(0, 4)) {
      const started = Date.now();
      const r = spawnSync(process.execPath, [join(ROOT, 'bin', 'powerplan.cjs'), 'validate', path], {
        encoding: 'utf8',
        timeout: 10_000,
      });
      expect(Date.now() - started).toBeLessThan(5000);
      expect(r.status).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
