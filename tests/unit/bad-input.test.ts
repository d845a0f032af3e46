import { spawnSync } from 'node:child_process';
import {
  lstatSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
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

describe('hostile paths: pipes, devices, links, closed and full stdout', () => {
  const bin = join(ROOT, 'bin', 'powerplan.cjs');
  const example = join(ROOT, 'examples', 'optimus-class-dx-m1.powerplan.json');
  const run = (args: string[], opts: { input?: string } = {}) =>
    spawnSync('sh', ['-c', args.join(' ')], { encoding: 'utf8', timeout: 15_000, ...opts });

  it('a FIFO (or a device) as the plan is refused at once, not read forever', () => {
    const fifo = join(tmp, 'plan.fifo');
    spawnSync('mkfifo', [fifo]);
    for (const input of [fifo, '/dev/zero']) {
      const started = Date.now();
      const r = spawnSync(process.execPath, [bin, 'simulate', input], { encoding: 'utf8', timeout: 10_000 });
      expect(Date.now() - started).toBeLessThan(5000);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/is not a regular file/);
    }
  });

  it('an output path that is a device is refused and the device stays a device', () => {
    const dev = join(tmp, 'full-device');
    const made = spawnSync('mknod', [dev, 'c', '1', '7']);
    if (made.status !== 0) return; // mknod needs root (CI runs as root)
    const r = spawnSync(process.execPath, [bin, 'simulate', example, '--csv', dev], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is not a regular file .* give a file name/);
    expect(statSync(dev).isCharacterDevice()).toBe(true);
  });

  it('writing through a symbolic link replaces the file it points to and keeps the link', () => {
    const real = join(tmp, 'series.csv');
    const link = join(tmp, 'series-link.csv');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    const r = spawnSync(process.execPath, [bin, 'simulate', example, '--csv', link], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toMatch(/^time_h,soc_percent/);
  });

  it('stdout closed early (| head) exits quietly; a full stdout (> /dev/full) is one line and exit 2', () => {
    const piped = run([process.execPath, bin, 'catalog', '--json', '| head -c 10; exit ${PIPESTATUS:-0}']);
    expect(piped.stderr).not.toMatch(/EPIPE|\n\s+at /);
    const full = run([process.execPath, bin, 'simulate', example, '--json', '> /dev/full']);
    expect(full.status).toBe(2);
    expect(full.stderr.trim()).toBe('powerplan: cannot write the output: the disk is full');
  });
});
