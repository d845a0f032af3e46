import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  applyScenario,
  catalogChipScenarios,
  chipIsUsable,
  compare,
  swapChipScenario,
} from '../../src/analysis';
import {
  ACCELERATORS,
  acceleratorPeakTops,
  acceleratorPlanningFigure,
  findAccelerator,
} from '../../src/catalog';
import { validatePlan } from '../../src/plan/load';
import { planSchema, type Plan, type PlanInput } from '../../src/plan/schema';
import { simulate } from '../../src/sim/simulate';
import { ROOT } from './plan-helpers';

// Every catalog chip works in the plan editor with the same figures everywhere: one resolution path for
// products, target chips (claim-implied figures) and announced ones (an "enter figures" prompt).

const optimusInput = (): PlanInput =>
  JSON.parse(readFileSync(join(ROOT, 'examples', 'optimus-class-dx-m1.powerplan.json'), 'utf8')) as PlanInput;

/** The plan as the editor makes it when the user picks `chip` for the NPU (renderer/state/commands swapChip). */
function editorPlan(chip: string, withWorkloads: boolean): PlanInput {
  const doc = optimusInput();
  doc.compute = [{ id: 'npu', preset: chip }];
  if (!withWorkloads)
    for (const s of doc.dutyCycle.segments)
      if (s.kind === 'activity') s.compute = { npu: { utilisationPercent: 40 } };
  return doc;
}

const figures = (r: ReturnType<typeof simulate>) =>
  r.devices.map((d) => ({
    idle: d.idlePowerW.value,
    max: d.maxPowerW.value,
    tops: d.peakTops.value,
    bw: d.memoryBandwidthGBps.value,
    cap: d.memoryCapacityGB.value,
    memJ: d.memoryEnergyPjPerBit.value,
  }));

describe('every catalog chip: the plan and compare give identical compute figures', () => {
  const robotChips = ACCELERATORS.filter((a) => a.status !== 'reference');

  it.each(ACCELERATORS.map((a) => [a.id]))('%s', (chip) => {
    const a = findAccelerator(chip)!;
    const usable = chipIsUsable(a);
    // Fixed utilisation: every chip with a power figure runs; the resolved figures agree both ways.
    const direct = validatePlan(editorPlan(chip, false));
    expect(direct.ok).toBe(true);
    if (!direct.ok) return;
    const base = planSchema.parse(editorPlan('deepx-dx-m1', false));
    const applied = applyScenario(base, swapChipScenario('npu', chip));
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    const fromPlan = simulate(direct.plan, { skipSeries: true, skipLifetime: true });
    const fromCompare = simulate(applied.plan, { skipSeries: true, skipLifetime: true });
    expect(figures(fromCompare)).toEqual(figures(fromPlan));
    const c = compare(base, [swapChipScenario('npu', chip, chip)]);
    expect(c.columns[1]!.result!.devices.map((d) => d.maxPowerW.value)).toEqual(
      fromPlan.devices.map((d) => d.maxPowerW.value),
    );
    // A chip with no power figure is never a silent 0 W: the answer is unknown and says why.
    if (acceleratorPlanningFigure(a, 'maxPowerW') === undefined) {
      expect(fromPlan.feasibility).toBe('unknown');
      expect(fromPlan.unknownReasons.map((x) => x.code)).toContain('DEVICE_POWER_UNKNOWN');
    } else expect(fromPlan.devices[0]!.maxPowerW.value).toBeGreaterThan(0);
    // With workloads, a chip without compute figures is refused by validation, naming the field.
    const withWork = validatePlan(editorPlan(chip, true));
    if (acceleratorPeakTops(a)) expect(withWork.ok).toBe(true);
    else {
      expect(withWork.ok).toBe(false);
      if (!withWork.ok) expect(withWork.errors[0]!.path).toBe('compute[0].peakTops');
    }
    if (usable && robotChips.includes(a)) expect(withWork.ok).toBe(true);
  });
});

describe('DX-M2: the target chip runs on the figures its claims imply', () => {
  const dxm2 = findAccelerator('deepx-dx-m2')!;

  it('claim-implied figures, marked as such, with the claim as source', () => {
    expect(dxm2.status).toBe('target');
    const implied = dxm2.claimImplied!;
    for (const f of [
      implied.peakTops!,
      implied.memoryBandwidthGBps!,
      implied.memoryCapacityGB!,
      implied.maxPowerW!,
    ]) {
      expect(f.confidence).toBe('claim_implied');
      expect(f.source).toMatch(/unisnp|sisajournal/);
      expect(f.note).toBeTruthy();
    }
    // ~2× DX-M1's performance per watt at the 5 W ceiling.
    const m1 = findAccelerator('deepx-dx-m1')!;
    expect(implied.peakTops!.value).toBeCloseTo(2 * (m1.peakTops.value! / m1.maxPowerW.value!) * 5, 9);
    expect(implied.maxPowerW!.value).toBe(5);
  });

  it('in the editor: no "peakOpsPerS … got 0", no flat 5 W — the same figures as compare', () => {
    const doc = editorPlan('deepx-dx-m2', true);
    const v = validatePlan(doc);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    const r = simulate(v.plan);
    expect(r.feasibility).toBe('feasible');
    expect(r.warnings.map((w) => w.message).join(' ')).not.toMatch(/peakOpsPerS|got 0/);
    const d = r.devices[0]!;
    expect(d.peakTops.value).toBe(50);
    expect(d.peakTops.provenance.confidence).toBe('claim_implied');
    expect(d.memoryBandwidthGBps.value).toBe(90);
    // Power follows the load (idle 0.5 W + utilisation × 4.5 W), not a flat 5 W.
    const sit = r.segments.find((s) => s.label === 'Sitting')!;
    expect(sit.computeW).toBeGreaterThan(0.5);
    expect(sit.computeW).toBeLessThan(5);
    const seed = compare(planSchema.parse(optimusInput()), [swapChipScenario('npu', 'deepx-dx-m2', 'DX-M2')]);
    expect(seed.columns[1]!.result!.devices[0]!.peakTops.value).toBe(50);
  });
});

describe('"compare chips that fit": every robot chip with usable figures, each with its verdict', () => {
  it('swaps the device through the catalog; the 8B model fits AGX Orin and Thor, not DX-M1', () => {
    const doc = JSON.parse(
      readFileSync(join(ROOT, 'examples', 'humanoid-8b-llm-does-not-fit.powerplan.json'), 'utf8'),
    ) as PlanInput;
    const plan: Plan = planSchema.parse(doc);
    const scenarios = catalogChipScenarios('npu');
    expect(scenarios.length).toBeGreaterThanOrEqual(6);
    const c = compare(plan, scenarios);
    const verdict = (id: string) =>
      c.columns.find((col) => col.name === findAccelerator(id)!.name)?.feasibility;
    expect(verdict('jetson-agx-orin-64gb')).toBe('feasible');
    expect(verdict('jetson-agx-thor-t5000')).toBe('feasible');
    expect(verdict('deepx-dx-m1')).toBe('infeasible');
  });
});
