import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { EXAMPLES, ROOT } from './plan-helpers';

const OPTIMUS = EXAMPLES[0]!;
const AMR = EXAMPLES[2]!;

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('powerplan compare', () => {
  it('prints a table with the scenarios side by side and deltas', async () => {
    const r = await cli(
      'compare',
      OPTIMUS,
      '--swap',
      'npu=jetson-orin-nx-16gb',
      '--set',
      'battery.pack.energyWh=3000',
    );
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Base\s+npu → jetson-orin-nx-16gb\s+battery\.pack\.energyWh=3000/);
    expect(r.out).toMatch(/Runtime per charge/);
    expect(r.out).toMatch(/▲/);
  });
  it('--json and --csv carry the same numbers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-cmp-'));
    const csv = join(dir, 'c.csv');
    const r = await cli('compare', OPTIMUS, '--seed', '--json', '--csv', csv);
    const json = JSON.parse(r.out);
    expect(json.columns).toHaveLength(5);
    const lines = readFileSync(csv, 'utf8').trim().split('\n');
    const runtimeRow = lines.find((l) => l.startsWith('Runtime per charge,'))!.split(',');
    expect(Number(runtimeRow[2])).toBeCloseTo(json.columns[0].cells.runtimeHours.value, 12);
  });
  it('reads scenarios from a file and reports invalid ones with their name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pp-sc-'));
    const f = join(dir, 's.json');
    writeFileSync(
      f,
      JSON.stringify([
        { name: 'tiny pack', changes: [{ op: 'scale', path: 'battery.pack.energyWh', factor: 0 }] },
      ]),
    );
    const bad = await cli('compare', OPTIMUS, '--scenarios', f);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/factor/);
    writeFileSync(
      f,
      JSON.stringify([{ name: 'neg', changes: [{ op: 'set', path: 'battery.reservePercent', value: 99 }] }]),
    );
    const invalid = await cli('compare', OPTIMUS, '--scenarios', f);
    expect(invalid.code).toBe(2);
    expect(invalid.err).toMatch(/scenario "neg"[\s\S]*battery\.reservePercent/);
  });
  it("compares the plan's own scenarios by default, and needs at least one", async () => {
    const own = await cli('compare', OPTIMUS);
    expect(own.code).toBe(0);
    expect(own.out).toMatch(/3 kWh pack/);
    expect((await cli('compare', join(ROOT, 'examples', 'spot-quadruped.powerplan.json'))).err).toMatch(
      /no scenarios: the plan has none of its own/,
    );
  });
});

describe('powerplan sensitivity / sweep / size / catalog', () => {
  it('sensitivity ranks inputs', async () => {
    const r = await cli('sensitivity', OPTIMUS, '--top', '5');
    expect(r.code).toBe(0);
    expect(r.out.split('\n').filter((l) => l.includes('█'))).toHaveLength(5);
    expect((await cli('sensitivity', OPTIMUS, '--output', 'speed')).err).toMatch(/--output: must be one of/);
    expect((await cli('sensitivity', OPTIMUS, '--delta', '500')).err).toMatch(
      /--delta: must be a number in 0.1 … 90/,
    );
  });
  it('sweep prints a grid; JSON equals the table', async () => {
    const r = await cli('sweep', OPTIMUS, '--axis', 'battery.pack.energyWh=1000:3000:3', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j.total).toBe(3);
    expect(j.values.runtimeHours[2]).toBeGreaterThan(j.values.runtimeHours[0]);
    const two = await cli(
      'sweep',
      OPTIMUS,
      '--axis',
      'battery.pack.energyWh=1000:3000:3',
      '--axis',
      'compute[0].maxPowerW=5,30',
      '--json',
    );
    const j2 = JSON.parse(two.out);
    expect(j2.axes.map((a: { path: string }) => a.path)).toEqual([
      'battery.pack.energyWh',
      'compute[0].maxPowerW',
    ]);
    expect(j2.total).toBe(6);
    // More NPU power, less runtime, at every pack size.
    for (let i = 0; i < 3; i++)
      expect(j2.values.runtimeHours[2 * i + 1]).toBeLessThan(j2.values.runtimeHours[2 * i]);
    const bad = await cli('sweep', OPTIMUS, '--axis', 'battery.pack.energyWh=a:b:c');
    expect(bad.code).toBe(2);
  });
  it('size reports S×P, kWh and kg, and infeasible with exit 3', async () => {
    const r = await cli('size', AMR, '--target-hours', '6', '--charge-minutes', '120');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Pack\s+8S\d+P · [\d.]+ kWh · [\d.]+ kg/);
    expect(r.out).toMatch(/Charger/);
    const impossible = await cli('size', AMR, '--target-hours', '5000');
    expect(impossible.code).toBe(3);
    expect(impossible.out).toMatch(/Infeasible/);
    // Without flags the plan's own targets apply (runtime and lifetime here), and the binding one is named.
    const own = await cli('size', AMR);
    expect(own.code).toBe(0);
    expect(own.out).toMatch(/smallest pack for 4 h at end of life \(80 % SoH\) and 5 years to 80 % SoH/);
    expect(own.out).toMatch(/Binds\s+the (runtime|lifetime) target/);
    // A negative value is the flag's value (not "ambiguous"), answered with the allowed range.
    const negative = await cli('size', AMR, '--target-hours', '-1');
    expect(negative.code).toBe(2);
    expect(negative.err).toMatch(/--target-hours: must be a number in 0\.01 … 100000 h \(got "-1"\)/);
  });
  it('catalog lists chips with marks and JSON with sources', async () => {
    const r = await cli('catalog', 'chips');
    expect(r.out).toMatch(/deepx-dx-m1/);
    expect(r.out).toMatch(/deepx-dx-m2 .* target/);
    const j = JSON.parse((await cli('catalog', 'chips', '--json')).out);
    expect(j.find((c: { id: string }) => c.id === 'hailo-8').maxPowerW.source).toBeTruthy();
    expect((await cli('catalog', 'gpus')).code).toBe(2);
  });
});
