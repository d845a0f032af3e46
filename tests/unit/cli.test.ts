import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { parsePlanText } from '../../src/plan/load';
import { simulate } from '../../src/sim/simulate';
import { EXAMPLES, ROOT } from './plan-helpers';

const BIN = join(ROOT, 'bin', 'powerplan.cjs');
const OPTIMUS = EXAMPLES[0]!;

/** Run the real CLI (bundled by npm's prepare) as a user would. */
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

async function inProcess(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

beforeAll(() => {
  execFileSync('npm', ['run', '-s', 'build:cli'], { cwd: ROOT, stdio: 'ignore' });
});

describe('powerplan simulate', () => {
  it('prints one JSON object with the promised fields, equal to the model', () => {
    const r = cli('simulate', OPTIMUS, '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const plan = parsePlanText(readFileSync(OPTIMUS, 'utf8'));
    if (!plan.ok) throw new Error('example invalid');
    const model = simulate(plan.plan);
    for (const key of [
      'runtimeHours',
      'averagePowerW',
      'peakPowerW',
      'peakCRate',
      'chargeTimeTo80Hours',
      'chargeTimeToFullHours',
      'chargesPerDay',
      'equivalentFullCyclesPerDay',
      'yearsTo80PercentSoH',
      'runtimeAtEndOfLifeHours',
    ] as const) {
      expect(json[key]).toBeCloseTo(model[key] as number, 9);
    }
    expect(Object.keys(json.energyBreakdownWh).sort()).toEqual(
      ['accessories', 'batteryLoss', 'compute', 'conversionLoss', 'locomotion'].sort(),
    );
    expect(json.warnings.every((w: { code: string; message: string }) => w.code && w.message)).toBe(true);
    expect(json.series).toBeUndefined();
  });

  it('prints a readable summary with the runtime', () => {
    const r = cli('simulate', OPTIMUS);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Optimus-class humanoid/);
    expect(r.out).toMatch(/Runtime per charge\s+✓ \d+ h \d\d min · ends at the reserve · target ≥ 5 h/);
    expect(r.out).toMatch(/Remarks/);
  });

  it('writes the time series as CSV that parses back to the model series', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-csv-'));
    const file = join(dir, 'series.csv');
    const r = await inProcess('simulate', OPTIMUS, '--csv', file, '--json', '--series');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines[0]).toBe(
      'time_h,soc_percent,terminal_voltage_v,current_a,battery_power_w,locomotion_w,compute_w,accessories_w,losses_w,segment',
    );
    expect(lines.length - 1).toBe(json.series.length);
    const last = lines[lines.length - 1]!.split(',').map(Number);
    const lastPoint = json.series[json.series.length - 1];
    expect(last[0]).toBeCloseTo(lastPoint.timeS / 3600, 12);
    expect(last[1]).toBeCloseTo(lastPoint.soc * 100, 12);
  });
});

describe('powerplan validate', () => {
  it('exits 0 for a valid plan', () => {
    const r = cli('validate', OPTIMUS);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/valid PowerPlan plan/);
  });

  it('exits 2 and prints every error with its path, no stack trace', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-bad-'));
    const doc = JSON.parse(readFileSync(OPTIMUS, 'utf8'));
    doc.battery.pack.energyWh = 0;
    doc.dutyCycle.segments[0].activity = 'run';
    const file = join(dir, 'bad.powerplan.json');
    writeFileSync(file, JSON.stringify(doc));
    const r = cli('validate', file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/battery\.pack\.energyWh: must be greater than 0/);
    expect(r.err).toMatch(/dutyCycle\.segments\[0\]\.activity: refers to unknown activity "run"/);
    expect(r.err).not.toMatch(/\n\s+at /);
    const sim = cli('simulate', file);
    expect(sim.code).toBe(2);
    expect(sim.err).toMatch(/battery\.pack\.energyWh/);
  });

  it.each([
    [['validate', '/no/such/file.json'], /no such file/],
    [['validate', ROOT], /is a folder/],
    [['simulate'], /missing argument/],
    [['simulate', OPTIMUS, '--frobnicate'], /Unknown option '--frobnicate'/],
    [['launch'], /unknown command "launch"/],
  ])('user error %j → exit 2, one clear line', (args, pattern) => {
    const r = cli(...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(pattern);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('powerplan schema and help', () => {
  it('prints the JSON Schema', () => {
    const r = cli('schema');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).title).toMatch(/PowerPlan plan/);
  });
  it('has --help on every command', async () => {
    for (const c of ['simulate', 'validate', 'schema']) {
      const r = await inProcess(c, '--help');
      expect(r.code).toBe(0);
      expect(r.out).toMatch(new RegExp(`Usage: powerplan ${c}`));
    }
    const top = await inProcess('--help');
    expect(top.out).toMatch(/Commands:/);
  });
  it('keeps the CLI bundle out of git but buildable', () => {
    expect(existsSync(join(ROOT, 'dist', 'cli', 'powerplan.cjs'))).toBe(true);
  });
});
