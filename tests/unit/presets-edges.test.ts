import { describe, expect, it } from 'vitest';
import { sizePack } from '../../src/analysis';
import { resolveDeviceSpec } from '../../src/plan/presets';
import type { Plan } from '../../src/plan/schema';
import { simulate } from '../../src/sim/simulate';
import { runCli } from '../../src/cli/main';
import { EXAMPLES, ROOT, readExample } from './plan-helpers';
import { join } from 'node:path';

const device = (preset: string) =>
  resolveDeviceSpec({ id: 'npu', preset, defaultUtilisationPercent: 0 } as Parameters<
    typeof resolveDeviceSpec
  >[0]);

function withChip(plan: Plan, preset: string): Plan {
  return { ...plan, compute: plan.compute.map((d) => ({ id: d.id, preset, defaultUtilisationPercent: 0 })) };
}

describe('catalog presets as the AI model needs them', () => {
  it('sparse TOPS are halved to the dense rate (Orin NX 100 sparse → 50), marked derived', () => {
    const nx = device('jetson-orin-nx-16gb');
    expect(nx.peakTops.value).toBe(50);
    expect(nx.peakTops.provenance).toMatchObject({ from: 'catalog', confidence: 'derived' });
    expect(device('deepx-dx-m1').peakTops.value).toBe(25); // INT8 dense: as published
  });

  it('a chip with on-chip SRAM only (Hailo-8, 0 GB DRAM) runs its workloads: capacity is not checked', () => {
    expect(device('hailo-8').memoryCapacityGB.value).toBeNull();
    const r = simulate(withChip(readExample(EXAMPLES[2]!), 'hailo-8'));
    expect(r.warnings.map((w) => w.code)).not.toContain('AI_INVALID_INPUT');
  });

  it('a chip with no power figure anywhere is flagged, not silently free', () => {
    const r = simulate(withChip(readExample(EXAMPLES[0]!), 'apple-m4-ane'));
    expect(r.warnings.find((w) => w.code === 'DEVICE_POWER_UNKNOWN')?.message).toMatch(/no power figure/);
  });
});

describe('sizing and compare edges', () => {
  it('"new" sizes a new pack even when the plan is at 70 % state of health', () => {
    const plan = readExample(EXAMPLES[0]!);
    const aged = { ...plan, battery: { ...plan.battery, stateOfHealthPercent: 70 } };
    const a = sizePack(plan, 5, { atEndOfLife: false });
    const b = sizePack(aged, 5, { atEndOfLife: false });
    expect(b.energyWh!).toBeCloseTo(a.energyWh!, 6);
  });

  it('names the discharge C-rate as the obstacle when no size meets it', () => {
    const base = readExample(EXAMPLES[2]!);
    const plan: Plan = {
      ...base,
      robot: { ...base.robot, massScaling: { referenceMassKg: 100, exponent: 3 } },
      battery: {
        ...base.battery,
        cells: { ...base.battery.cells!, cell: { ...base.battery.cells!.cell, maxDischargeCRate: 0.2 } },
      },
    };
    const s = sizePack(plan, 1);
    expect(s.feasible).toBe(false);
    expect(s.reason).toMatch(/no size meets the 0\.2C discharge limit/);
  });

  it('compare: DX-M2 runs on its claim-implied figures; the verdict row and the reasons name what cannot run', async () => {
    let out = '';
    const code = await runCli(
      ['compare', join(ROOT, 'examples', 'optimus-class-dx-m1.powerplan.json'), '--swap', 'npu=deepx-dx-m2'],
      { out: (t) => (out += t), err: () => undefined },
    );
    expect(code).toBe(0);
    expect(out).toMatch(/Verdict\s+feasible\s+feasible/);
    expect(out).not.toMatch(/AI_INVALID_INPUT|peakOpsPerS/);
    // An 8B model that does not fit DX-M1: the base cannot run; on AGX Orin it can.
    let out2 = '';
    await runCli(
      [
        'compare',
        join(ROOT, 'examples', 'humanoid-8b-llm-does-not-fit.powerplan.json'),
        '--swap',
        'npu=jetson-agx-orin-64gb',
      ],
      { out: (t) => (out2 += t), err: () => undefined },
    );
    expect(out2).toMatch(/Verdict\s+INFEASIBLE\s+feasible/);
    expect(out2).toMatch(/cannot run as written[\s\S]*✗ Base: .*do not fit DEEPX DX-M1/);
    // The infeasible column shows no runtime (and so no ✓); the feasible one its figure and verdict.
    expect(out2.split('\n').find((l) => l.startsWith('Runtime per charge'))).toMatch(
      /^Runtime per charge\s+— \(cannot run\)\s+[\d.]+ h ✓/,
    );
    // Nor any change against a base that cannot run.
    expect(out2).not.toMatch(/\(\+[\d.]+ h/);
  });
});
