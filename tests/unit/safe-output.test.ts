import { spawn } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PER_SEGMENT_BARS, sensitivityInputs } from '../../src/analysis';
import { writeFileAtomic, UserError } from '../../src/node/files';
import { runCli } from '../../src/cli/main';
import { progressOnStderr } from '../../src/cli/progress';
import { reportFooterHtml, serveFolder } from '../../src/cli/report';
import { MAX_PLAN_BYTES, planFileText, validatePlan } from '../../src/plan/load';
import { planSchema, type PlanInput } from '../../src/plan/schema';
import { csvField, toCsv } from '../../src/report/csv';
import { escapeForTerminal, isInvisible } from '../../src/text/safe-text';
import { ROOT } from './plan-helpers';

// Nothing a file can do to the user: terminal control sequences, spreadsheet formulas, replaced
// permissions, an output over its input, unbounded analyses, a crashed report server.

const OPTIMUS = join(ROOT, 'examples', 'optimus-class-dx-m1.powerplan.json');
const tmp = mkdtempSync(join(tmpdir(), 'pp-safe-'));
const read = (): PlanInput => JSON.parse(readFileSync(OPTIMUS, 'utf8')) as PlanInput;

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

// eslint-disable-next-line no-control-regex -- the test looks for control characters
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('plan text never reaches a terminal as control characters', () => {
  it('an unknown key that clears the screen is printed escaped, never raw', async () => {
    const doc = read() as unknown as Record<string, Record<string, unknown>>;
    doc.robot!['\u001b[2J\u001b[Hvalid'] = 1;
    const p = join(tmp, 'escape-key.json');
    writeFileSync(p, JSON.stringify(doc));
    const r = await cli('validate', p);
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(CONTROL);
    expect(r.err).toContain('\\u001b[2J');
    expect(r.out).toBe('');
  });

  it('a label that would forge a "Runtime 12.4 h ✓" line is refused, naming the field and the character', () => {
    const doc = read();
    doc.robot.activities[0]!.label = 'Sitting\n\u001b[1ARuntime   12.4 h ✓';
    const r = validatePlan(doc);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors[0]).toEqual({
        path: 'robot.activities[0].label',
        message: 'must not contain control or text-direction characters (found U+000A)',
      });
  });

  it('names of only spaces or zero-width characters, and bidi overrides, are refused; notes keep line breaks', () => {
    expect(isInvisible('\u200b \u2060\u3164')).toBe(true);
    expect(isInvisible('a\u200b')).toBe(false);
    const doc = read();
    doc.name = '\u200b\u200b';
    expect(validatePlan(doc).ok).toBe(false);
    doc.name = 'Walk\u202egnippots';
    expect(validatePlan(doc).ok).toBe(false);
    doc.name = 'Plan';
    doc.notes = 'line one\nline two\ttabbed';
    expect(validatePlan(doc).ok).toBe(true);
  });

  it('everything the CLI prints passes one filter', () => {
    expect(escapeForTerminal('a\u001b[2Jb\u009bc\u202ed\ne\tf')).toBe('a\\u{1b}[2Jb\\u{9b}c\\u{202e}d\ne\tf');
  });
});

describe('CSV cells that a spreadsheet would run are neutralised (OWASP)', () => {
  it('text starting with = + - @ tab or CR gets a leading quote; numbers stay numbers', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    for (const c of ['+', '-', '@', '\t', '\r']) expect(csvField(`${c}cmd`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvField(-5)).toBe('-5');
    expect(csvField(3.25)).toBe('3.25');
    expect(csvField('Walking')).toBe('Walking');
    expect(toCsv(['a'], [['=1+1']])).toBe("a\n'=1+1\n");
  });

  it('a scenario named like a formula is neutralised in the compare CSV', async () => {
    const scenarios = join(tmp, 'formula-scenarios.json');
    writeFileSync(
      scenarios,
      JSON.stringify([
        { name: '=cmd|"/c calc"!A1', changes: [{ op: 'scale', path: 'battery.pack.energyWh', factor: 1.1 }] },
      ]),
    );
    const csv = join(tmp, 'compare.csv');
    expect((await cli('compare', OPTIMUS, '--scenarios', scenarios, '--csv', csv)).code).toBe(0);
    const text = readFileSync(csv, 'utf8');
    expect(text).toContain(`"'=cmd|""/c calc""!A1"`);
    expect(text.split('\n').every((line) => !/(^|,)=/.test(line))).toBe(true);
  });
});

describe('writing output keeps the target’s permissions and owner', () => {
  it('mode 600 stays 600; a file of another owner keeps its owner (as root) or is refused', () => {
    const f = join(tmp, 'private.csv');
    writeFileSync(f, 'old');
    chmodSync(f, 0o600);
    writeFileAtomic(f, 'new');
    expect(statSync(f).mode & 0o777).toBe(0o600);
    expect(readFileSync(f, 'utf8')).toBe('new');
    if (process.getuid?.() === 0) {
      chownSync(f, 1234, 1234);
      writeFileAtomic(f, 'newer');
      expect(statSync(f).uid).toBe(1234);
      expect(statSync(f).gid).toBe(1234);
    }
  });

  it('a read-only target is refused and left as it was', () => {
    const f = join(tmp, 'readonly.csv');
    writeFileSync(f, 'keep me');
    chmodSync(f, 0o444);
    expect(() => writeFileAtomic(f, 'replaced')).toThrow(UserError);
    expect(() => writeFileAtomic(f, 'replaced')).toThrow(/read-only/);
    expect(readFileSync(f, 'utf8')).toBe('keep me');
  });

  it('an output path equal to the input plan is refused; the plan is unchanged', async () => {
    const p = join(tmp, 'plan.powerplan.json');
    writeFileSync(p, readFileSync(OPTIMUS));
    const before = readFileSync(p, 'utf8');
    const r = await cli('simulate', p, '--csv', p);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is the input plan/);
    expect(readFileSync(p, 'utf8')).toBe(before);
    const s = await cli('size', p, '--out', join(tmp, '.', 'plan.powerplan.json'));
    expect(s.code).toBe(2);
    expect(readFileSync(p, 'utf8')).toBe(before);
  });
});

describe('a plan that saves must reopen', () => {
  it('pretty-printed when that fits the open limit, compact when only that does, refused past it', () => {
    const doc = read();
    expect(planFileText(doc)!.startsWith('{\n  "')).toBe(true);
    // A plan whose pretty form is over 5 MB but compact form under it (long notes on many segments).
    const big = read();
    big.dutyCycle.segments = Array.from({ length: 1000 }, () => ({
      kind: 'activity' as const,
      activity: 'walk',
      durationMin: 1,
      compute: { npu: { workloads: ['detector'] } },
    }));
    big.notes = 'x'.repeat(MAX_PLAN_BYTES - JSON.stringify(big).length - 2000);
    const text = planFileText(big)!;
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(MAX_PLAN_BYTES);
    expect(text.startsWith('{"')).toBe(true);
    big.notes = 'x'.repeat(MAX_PLAN_BYTES);
    expect(planFileText(big)).toBeNull();
  });
});

describe('the report', () => {
  it('its local server answers a malformed URL with 400 and keeps serving', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-serve-'));
    writeFileSync(join(dir, 'index.html'), '<p>ok</p>');
    const { server, url } = await serveFolder(dir);
    const get = (path: string) =>
      new Promise<number>((ok, fail) => {
        const req = request(url + path.replace(/^\//, ''), (res) => {
          res.resume();
          ok(res.statusCode ?? 0);
        });
        req.on('error', fail);
        req.end();
      });
    try {
      expect(await get('/%E0%A4%A')).toBe(400);
      expect(await get('/%00')).toBe(400);
      expect(await get('/')).toBe(200);
      expect(await get('/../../etc/passwd')).toBe(404);
    } finally {
      server.close();
    }
  });

  it('the footer isolates and wraps the plan name', () => {
    const html = reportFooterHtml('A'.repeat(500) + '\u202e<script>');
    expect(html).toContain('<bdi>');
    expect(html).toContain('overflow-wrap:anywhere');
    expect(html).not.toContain('<script>');
  });
});

describe('every analysis is bounded on the largest valid plan (1000 segments, 16 devices)', () => {
  const devices = Array.from({ length: 16 }, (_, i) => ({
    id: `d${i}`,
    preset: i % 2 ? 'deepx-dx-m1' : 'jetson-orin-nx-16gb',
  }));
  const big: PlanInput = {
    ...read(),
    name: 'Largest valid plan',
    compute: devices,
    workloads: [{ id: 'det', kind: 'vision', model: 'yolov8n', framesPerS: 5 }],
    dutyCycle: {
      segments: Array.from({ length: 1000 }, (_, i) =>
        i % 10 === 9
          ? { kind: 'charge' as const, durationMin: 2 }
          : {
              kind: 'activity' as const,
              activity: i % 2 ? 'walk' : 'sit',
              durationMin: 1 + (i % 7),
              compute: Object.fromEntries(
                devices.map((d, j) => [
                  d.id,
                  (i + j) % 3 ? { utilisationPercent: (i * 7 + j) % 90 } : { workloads: ['det'] },
                ]),
              ),
            },
      ),
      repeat: { mode: 'untilReserve' },
      operatingHoursPerDay: 16,
    },
  };
  const bigPath = join(tmp, 'largest.powerplan.json');
  writeFileSync(bigPath, JSON.stringify(big));

  it('sensitivity groups per-segment inputs: a few dozen bars, not ten thousand', () => {
    const plan = planSchema.parse(big);
    const inputs = sensitivityInputs(plan);
    expect(plan.dutyCycle.segments.length).toBeGreaterThan(MAX_PER_SEGMENT_BARS);
    expect(inputs.length).toBeLessThan(150);
    expect(inputs.some((x) => x.group?.kind === 'segmentDurations' && x.paths.length >= 400)).toBe(true);
    expect(inputs.filter((x) => x.group?.kind === 'deviceUtilisation')).toHaveLength(16);
  });

  it('progress on stderr past 2 s (and not before)', () => {
    let now = 0;
    let err = '';
    const p = progressOnStderr('sensitivity', { out: () => undefined, err: (t) => (err += t) }, () => now);
    p(1, 10);
    now = 1500;
    p(2, 10);
    expect(err).toBe('');
    now = 2100;
    p(3, 10);
    expect(err).toBe('sensitivity: 3 of 10 (30 %) — Ctrl+C stops\n');
  });

  it('Ctrl+C stops the real CLI cleanly: exit 130, one line, no output file', async () => {
    const csv = join(tmp, 'never.csv');
    const child = spawn(process.execPath, [
      join(ROOT, 'bin', 'powerplan.cjs'),
      'sensitivity',
      bigPath,
      '--csv',
      csv,
    ]);
    let err = '';
    let sent = false;
    // One Ctrl+C as soon as the run says it is under way (its first progress line, past 2 s).
    child.stderr.on('data', (d) => {
      err += String(d);
      if (!sent && /Ctrl\+C stops/.test(err)) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    const code = await new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => child.kill('SIGINT'), 20_000);
      child.on('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(code).toBe(130);
    expect(err).toMatch(/stopped \(Ctrl\+C\); no output was written/);
    expect(err).not.toMatch(/\n\s+at /);
    expect(existsSync(csv)).toBe(false);
  }, 30_000);
});
