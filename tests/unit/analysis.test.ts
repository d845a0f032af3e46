import { describe, expect, it } from 'vitest';
import {
  applyScenario,
  checkSweep,
  compare,
  getAtPath,
  linspace,
  parsePath,
  runSweep,
  runSweepSync,
  seedChipScenarios,
  sensitivity,
  setAtPath,
  sizePack,
  runtimeStats,
  planWithSize,
} from '../../src/analysis';
import { planSchema, type Plan } from '../../src/plan/schema';
import { simulate, simulateRuntimeHours } from '../../src/sim/simulate';
import { textTable } from '../../src/cli/table';
import { EXAMPLES, idealPlan, minimalPlan, readExample } from './plan-helpers';

const optimus = readExample(EXAMPLES[0]!);
const amr = readExample(EXAMPLES[2]!);

describe('paths', () => {
  it('reads and writes immutably', () => {
    const p = setAtPath(optimus, 'battery.pack.energyWh', 3000);
    expect(getAtPath(p, 'battery.pack.energyWh')).toBe(3000);
    expect(optimus.battery.pack!.energyWh).toBe(2300);
    expect(getAtPath(optimus, 'dutyCycle.segments[1].durationMin')).toBe(40);
    expect(() => parsePath('battery..pack')).toThrow(/not a field path/);
    expect(() => parsePath('__proto__.x')).toThrow();
  });
});

describe('sweeps', () => {
  const spec = {
    axes: [
      { path: 'battery.pack.energyWh', values: linspace(1000, 4000, 4) },
      { path: 'robot.activities[1].powerW', values: [300, 500, 700] },
    ] as [{ path: string; values: number[] }, { path: string; values: number[] }],
    outputs: ['runtimeHours' as const, 'peakPowerW' as const],
  };

  it('values equal direct simulations at the grid points', () => {
    expect(checkSweep(optimus, spec)).toEqual([]);
    const r = runSweepSync(optimus, spec);
    expect(r.total).toBe(12);
    for (const [i, e] of spec.axes[0].values.entries()) {
      for (const [j, w] of spec.axes[1].values.entries()) {
        const p = setAtPath(setAtPath(optimus, 'battery.pack.energyWh', e), 'robot.activities[1].powerW', w);
        const direct = simulate(p, { skipSeries: true });
        expect(r.values.runtimeHours![i * 3 + j]).toBeCloseTo(direct.runtimeHours!, 12);
        expect(r.values.peakPowerW![i * 3 + j]).toBeCloseTo(direct.peakPowerW, 12);
      }
    }
  });

  it('runs in chunks with progress and can be cancelled', async () => {
    const progress: number[] = [];
    const full = await runSweep(optimus, spec, { chunkSize: 5, onProgress: (d) => progress.push(d) });
    expect(progress).toEqual([5, 10, 12]);
    expect(full.cancelled).toBe(false);
    const ctl = new AbortController();
    const partial = await runSweep(optimus, spec, {
      chunkSize: 5,
      signal: ctl.signal,
      onProgress: () => ctl.abort(),
    });
    expect(partial.cancelled).toBe(true);
    expect(partial.completed).toBe(5);
    expect(partial.values.runtimeHours!.slice(5).every((v) => v === null)).toBe(true);
  });

  it('refuses paths that are not numbers and values outside the allowed range', () => {
    expect(
      checkSweep(optimus, { axes: [{ path: 'robot.name', values: [1] }], outputs: ['runtimeHours'] })[0]!
        .message,
    ).toMatch(/not a number/);
    const errors = checkSweep(optimus, {
      axes: [{ path: 'battery.reservePercent', values: [10, 95] }],
      outputs: ['runtimeHours'],
    });
    expect(errors[0]!.path).toBe('battery.reservePercent');
    expect(errors[0]!.message).toMatch(/at most 90.*sweep point .*95/);
  });

  it('validates interior points too: 5.5 parallel strings or a 0.6 s segment between valid corners', () => {
    const strings = checkSweep(amr, {
      axes: [{ path: 'battery.cells.parallel', values: linspace(1, 10, 3) }],
      outputs: ['runtimeHours'],
    });
    expect(strings[0]!.message).toMatch(/whole number.*battery\.cells\.parallel = 5\.5/);
    const seconds = checkSweep(optimus, {
      axes: [
        { path: 'dutyCycle.segments[0].durationMin', values: [0, 0.01, 3] },
        { path: 'battery.pack.energyWh', values: [1000, 2000] },
      ],
      outputs: ['runtimeHours'],
    });
    expect(seconds[0]!.path).toBe('dutyCycle.segments[0].durationMin');
    expect(seconds[0]!.message).toMatch(/= 0\.01/);
  });

  it('prints a 150 000-row table (no spread of rows into arguments)', () => {
    const rows = Array.from({ length: 150_000 }, (_, i) => [String(i), 'x']);
    expect(textTable(['n', 'v'], rows).trimEnd().split('\n')).toHaveLength(150_002);
  });
});

describe('sensitivity', () => {
  it('signs: more capacity → more runtime, more walking power → less', () => {
    const s = sensitivity(optimus);
    const bar = (p: string) => s.bars.find((b) => b.path === p)!;
    expect(bar('battery.pack.energyWh').outputHigh!).toBeGreaterThan(bar('battery.pack.energyWh').outputLow!);
    expect(bar('robot.activities[1].powerW').outputHigh!).toBeLessThan(
      bar('robot.activities[1].powerW').outputLow!,
    );
    expect(s.baseOutput).toBeCloseTo(simulateRuntimeHours(optimus)!, 12);
    // Ranked by swing.
    for (let i = 1; i < s.bars.length; i++)
      expect(s.bars[i - 1]!.swing).toBeGreaterThanOrEqual(s.bars[i]!.swing);
    // Pack energy matters more to runtime than the NPU's workload rates here.
    const idx = (p: string) => s.bars.findIndex((b) => b.path === p);
    expect(idx('battery.pack.energyWh')).toBeLessThan(idx('workloads[0].decodeTokensPerS'));
  });

  it('marks a side outside the input range as n/a instead of inventing a value', () => {
    const s = sensitivity(optimus, { paths: ['battery.maxSocPercent'] });
    expect(s.bars[0]!.outputHigh).toBeNull();
    expect(s.bars[0]!.outputLow).not.toBeNull();
  });

  it('an ideal battery: runtime is linear in energy, so ±10 % energy gives ±10 % runtime', () => {
    const s = sensitivity(idealPlan(1000, 100), { paths: ['battery.pack.energyWh'] });
    expect(s.bars[0]!.outputLow).toBeCloseTo(9, 9);
    expect(s.bars[0]!.outputHigh).toBeCloseTo(11, 9);
  });
});

describe('sizing', () => {
  it('cells: the result meets the target at end of life and one parallel string fewer does not', () => {
    const r = sizePack(amr, 6);
    expect(r.feasible).toBe(true);
    expect(r.mode).toBe('cells');
    expect(runtimeStats(planWithSize(amr, r.parallel!), true).hours).toBeGreaterThanOrEqual(6);
    expect(runtimeStats(planWithSize(amr, r.parallel! - 1), true).hours).toBeLessThan(6);
    expect(r.series).toBe(8);
    expect(r.energyWh).toBeCloseTo(8 * r.parallel! * 2.5 * 3.3, 9);
    expect(r.iterations).toBeLessThan(40);
  });

  it('pack figures: the smallest energy to 0.1 %, with mass scaled', () => {
    const r = sizePack(optimus, 5);
    expect(r.feasible).toBe(true);
    expect(runtimeStats(planWithSize(optimus, r.energyWh!), true).hours).toBeGreaterThanOrEqual(5);
    expect(runtimeStats(planWithSize(optimus, r.energyWh! / 1.002), true).hours).toBeLessThan(5);
    // The example's pack mass follows its energy at 150 Wh/kg.
    expect(r.massKg! / r.energyWh!).toBeCloseTo(1 / 150, 9);
  });

  it('the discharge C-rate limit can set the size', () => {
    const hot = setAtPath(amr, 'battery.cells.cell.maxDischargeCRate', 0.5);
    const r = sizePack(hot, 0.5);
    expect(r.feasible).toBe(true);
    expect(r.peakCRate!).toBeLessThanOrEqual(0.5);
    expect(runtimeStats(planWithSize(hot, r.parallel! - 1), true).peakCRate).toBeGreaterThan(0.5);
  });

  it('the mass spiral ends with "infeasible" and a reason, never loops', () => {
    // Locomotion power grows with the square of mass and the cells are heavy: more cells cost more than they give.
    const spiral = planSchema.parse({
      ...amr,
      robot: { ...amr.robot, massWithoutBatteryKg: 20, massScaling: { referenceMassKg: 20, exponent: 2 } },
    });
    const r = sizePack(spiral, 50);
    expect(r.feasible).toBe(false);
    expect(r.reason).toMatch(/mass spiral|saturates/);
    expect(r.iterations).toBeLessThan(60);
  });

  it('sizes the charger for a charge-time target within the C-rate', () => {
    const r = sizePack(amr, 4, { chargeMinutes: 150 });
    expect(r.charger).not.toBeNull();
    expect(r.charger!.requiredPowerW).not.toBeNull();
  });
});

describe('compare', () => {
  it('gives deltas against the base and the pack mass each scenario needs', () => {
    const c = compare(optimus, seedChipScenarios());
    expect(c.columns.map((x) => x.name)[0]).toBe('Base');
    expect(c.columns.every((x) => x.ok)).toBe(true);
    const gpu = c.columns[1]!;
    const dxm2 = c.columns[4]!;
    const base = c.columns[0]!;
    expect(gpu.cells.computeAveragePowerW!.value!).toBeGreaterThan(base.cells.computeAveragePowerW!.value!);
    expect(gpu.cells.runtimeHours!.better).toBe(false);
    expect(gpu.cells.runtimeHours!.significant).toBe(true);
    // DX-M2 gains ~0.3 % of runtime: within the model's resolution (1 %), shown but neither better nor worse.
    expect(Math.abs(dxm2.cells.runtimeHours!.deltaPercent!)).toBeLessThan(1);
    expect(dxm2.cells.runtimeHours!.significant).toBe(false);
    expect(dxm2.cells.runtimeHours!.better).toBeNull();
    // Its compute power falls by half: significant, and better.
    expect(dxm2.cells.computeAveragePowerW!.better).toBe(true);
    expect(gpu.cells.runtimeHours!.delta).toBeCloseTo(
      gpu.cells.runtimeHours!.value! - base.cells.runtimeHours!.value!,
      12,
    );
    // More compute power needs more pack for the same target.
    expect(gpu.cells.packMassForTargetKg!.value!).toBeGreaterThan(dxm2.cells.packMassForTargetKg!.value!);
    // The DX-M1 column equals the base (the example already runs on DX-M1).
    expect(c.columns[3]!.cells.runtimeHours!.delta).toBeCloseTo(0, 12);
  });

  it('reports a scenario that makes the plan invalid, naming it', () => {
    const r = applyScenario(optimus, {
      name: 'typo',
      changes: [{ op: 'set', path: 'battery.pack.energyWh', value: -1 }],
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.message).toMatch(/scenario "typo"/);
    const unknown = applyScenario(optimus, {
      name: 'bad chip',
      changes: [{ op: 'swapDevice', device: 'npu', preset: 'nope' }],
    });
    expect(unknown.ok).toBe(false);
  });
});

describe('workloads and presets', () => {
  it('records resolved values and their provenance', () => {
    const r = simulate(optimus, { skipSeries: true });
    const npu = r.devices[0]!;
    expect(npu.preset).toBe('deepx-dx-m1');
    expect(npu.maxPowerW.value).toBe(5);
    expect(npu.maxPowerW.provenance.from).toBe('catalog');
    expect(npu.maxPowerW.provenance.source).toBeTruthy();
    expect(npu.idlePowerW.provenance.confidence).toBe('estimate');
    const llm = r.ai.find((a) => a.workloadId === 'assistant')!;
    expect(llm.segments).toEqual(['Sitting']);
    expect(llm.analysis.kind).toBe('llm');
  });

  it('a plan field overrides the preset', () => {
    const p: Plan = { ...optimus, compute: [{ ...optimus.compute[0]!, maxPowerW: 8 }] };
    expect(simulate(p, { skipSeries: true }).devices[0]!.maxPowerW).toEqual({
      value: 8,
      unit: 'W',
      provenance: { from: 'plan' },
    });
  });

  it('workload utilisation sets the device power: P = P_idle + u·(P_max − P_idle)', () => {
    const plan = minimalPlan({
      compute: [
        {
          id: 'npu',
          idlePowerW: 1,
          maxPowerW: 11,
          peakTops: 50,
          memory: { bandwidthGBps: 100, capacityGB: 8 },
        },
      ],
      workloads: [
        {
          id: 'llm',
          kind: 'llm',
          paramsB: 1,
          bitsPerWeight: 8,
          layers: 16,
          kvHeads: 8,
          headDim: 64,
          contextTokens: 0,
          decodeTokensPerS: 35,
        },
      ],
      dutyCycle: {
        segments: [
          { kind: 'activity', activity: 'work', durationMin: 60, compute: { npu: { workloads: ['llm'] } } },
        ],
      },
    });
    // 1e9 bytes per token at 70 GB/s effective → 70 tok/s max; 35 tok/s → u = 0.5 → 6 W.
    const r = simulate(plan, { skipSeries: true });
    expect(r.ai[0]!.analysis.utilisation).toBeCloseTo(0.5, 3);
    expect(r.segments[0]!.computeW).toBeCloseTo(6, 2);
  });

  it('an overloaded device is an error remark naming the bottleneck', () => {
    const plan = minimalPlan({
      compute: [{ id: 'npu', preset: 'deepx-dx-m1' }],
      workloads: [{ id: 'big', kind: 'llm', model: 'llama-3.2-3b', decodeTokensPerS: 40 }],
      dutyCycle: {
        segments: [
          { kind: 'activity', activity: 'work', durationMin: 60, compute: { npu: { workloads: ['big'] } } },
        ],
      },
    });
    const r = simulate(plan, { skipSeries: true });
    const codes = r.warnings.map((w) => w.code);
    expect(codes).toContain('AI_BANDWIDTH_EXCEEDED');
    expect(codes).toContain('AI_DEVICE_OVERLOADED');
    expect(r.warnings.find((w) => w.code === 'AI_BANDWIDTH_EXCEEDED')!.message).toMatch(/GB\/s.*DEEPX DX-M1/);
  });

  it('validates catalog references', () => {
    const bad = planSchema.safeParse({ ...optimus, compute: [{ id: 'npu', preset: 'no-such-chip' }] });
    expect(bad.success).toBe(false);
    if (!bad.success)
      expect(bad.error.issues.map((i) => i.message).join()).toMatch(/not a catalog accelerator/);
    const wrongKind = planSchema.safeParse({
      ...optimus,
      workloads: [{ id: 'x', kind: 'vision', model: 'llama-3.2-1b', framesPerS: 1 }],
    });
    expect(wrongKind.success).toBe(false);
  });
});
