import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultPackMassLimitPercent, planWithSize, sizeForTargets } from '../../src/analysis';
import { findCell, ROBOTS } from '../../src/catalog';
import {
  addWorkload,
  cellsToPack,
  newSegmentAfter,
  packSummary,
  packToCells,
  withCatalogCell,
  withPackEnergy,
  withPackMassPinned,
  withWorkloadModel,
  workloadLabel,
} from '../../src/plan/edits';
import { validatePlan } from '../../src/plan/load';
import { batterySchema, planSchema, type PlanInput } from '../../src/plan/schema';
import { simulate } from '../../src/sim/simulate';
import { ROOT } from './plan-helpers';

const read = (name: string): PlanInput =>
  JSON.parse(readFileSync(join(ROOT, 'examples', `${name}.powerplan.json`), 'utf8')) as PlanInput;

describe('sizing meets every target at once and says which binds', () => {
  it('Optimus: runtime 5 h at end of life and 3 years — the lifetime binds; one size less misses it', () => {
    const plan = planSchema.parse(read('optimus-class-dx-m1'));
    const r = sizeForTargets(plan, { runtimeHours: 5, lifetimeYears: 3 });
    expect(r.feasible).toBe(true);
    expect(r.binding).toBe('lifetime');
    const sized = simulate(r.plan!);
    expect(sized.runtimeAtEndOfLifeHours!).toBeGreaterThanOrEqual(5);
    expect(sized.yearsTo80PercentSoH!).toBeGreaterThanOrEqual(3);
    const smaller = simulate(planWithSize(plan, r.energyWh! / 1.002));
    expect(smaller.yearsTo80PercentSoH!).toBeLessThan(3);
    // The runtime alone needed less.
    expect(r.needs.runtime!).toBeLessThan(r.energyWh!);
  });

  it('a pack heavier than the plan’s mass limit is infeasible, with the reason', () => {
    const plan = planSchema.parse(read('optimus-class-dx-m1'));
    const r = sizeForTargets(plan, { runtimeHours: 5, lifetimeYears: 3, maxPackMassPercent: 20 });
    expect(r.feasible).toBe(false);
    expect(r.reason).toMatch(/above the 20 % limit the plan sets/);
  });

  it('without a plan limit, a pack above the catalog humanoids’ share (25 %) is flagged, not hidden', () => {
    const plan = planSchema.parse(read('optimus-class-dx-m1'));
    const r = sizeForTargets(plan, { runtimeHours: 5, lifetimeYears: 3 });
    expect(r.massLimitFromPlan).toBe(false);
    expect(r.packMassPercent!).toBeGreaterThan(25);
    expect(r.massWarning).toMatch(/heaviest catalog humanoids/);
  });

  it('the default limit is recomputed from the catalog humanoids (pack at 150 Wh/kg, rounded up to 5 %)', () => {
    let most = 0;
    for (const r of ROBOTS)
      if (r.type === 'humanoid' && r.batteryEnergyWh.value !== null && r.massKg.value !== null)
        most = Math.max(most, r.batteryEnergyWh.value / 150 / r.massKg.value);
    expect(defaultPackMassLimitPercent()).toBe(Math.ceil((most * 100) / 5) * 5);
    expect(defaultPackMassLimitPercent()).toBe(25);
  });

  it('a lifetime calendar ageing forbids is infeasible, with the reason', () => {
    const plan = planSchema.parse(read('optimus-class-dx-m1'));
    const r = sizeForTargets(plan, { runtimeHours: 4, lifetimeYears: 40 });
    expect(r.feasible).toBe(false);
    expect(r.reason).toMatch(/calendar ageing/);
  });
});

describe('pack figures ↔ cells keep the plan’s meaning', () => {
  it('pack → cells: same chemistry, a catalog cell of it, S for the voltage, P for the energy, same mass', () => {
    const b = read('optimus-class-dx-m1').battery;
    const c = packToCells(b);
    expect(c.chemistry).toBe('NMC');
    expect(findCell(c.cells!.preset!)!.chemistry).toBe('NMC');
    const before = packSummary(batterySchema.parse(b));
    const after = packSummary(batterySchema.parse(c));
    const cell = c.cells!.cell;
    expect(Math.abs(after.nominalVoltageV - before.nominalVoltageV)).toBeLessThanOrEqual(
      cell.nominalVoltageV / 2,
    );
    const stringWh = c.cells!.series * cell.capacityAh * cell.nominalVoltageV;
    expect(Math.abs(after.energyKWh - before.energyKWh) * 1000).toBeLessThanOrEqual(stringWh / 2 + 1e-9);
    expect(after.massKg).toBeCloseTo(before.massKg, 0);
    expect(validatePlan({ ...read('optimus-class-dx-m1'), battery: c }).ok).toBe(true);
  });

  it('cells → pack: the same energy, voltage window, resistance and mass; an LFP plan stays LFP', () => {
    const amr = read('wheeled-amr-lfp').battery;
    const p = cellsToPack(amr);
    expect(p.chemistry).toBe('LFP');
    const a = packSummary(batterySchema.parse(amr));
    const b = packSummary(batterySchema.parse(p));
    for (const k of [
      'energyKWh',
      'nominalVoltageV',
      'minVoltageV',
      'maxVoltageV',
      'resistanceMilliOhm',
      'massKg',
    ] as const)
      expect(b[k]).toBeCloseTo(a[k], 9);
    // And back: the LFP catalog cell.
    expect(packToCells(p).cells!.preset).toBe('eve-304ah-lfp');
  });

  it('a catalog cell brings its chemistry', () => {
    const c = withCatalogCell(packToCells(read('optimus-class-dx-m1').battery), 'samsung-inr21700-50e');
    expect(c.chemistry).toBe('NCA');
    expect(c.cells!.cell.capacityAh).toBeGreaterThan(4.5);
  });

  it('mass follows the energy at the pack’s specific energy unless pinned', () => {
    const pack = read('optimus-class-dx-m1').battery.pack!;
    const m = (p: typeof pack) => packSummary(batterySchema.parse({ chemistry: 'NMC', pack: p })).massKg;
    expect(m(withPackEnergy(pack, 4600))).toBeCloseTo(2 * m(pack), 9);
    const pinned = withPackMassPinned(pack, true);
    expect(pinned.massKg).toBeCloseTo(m(pack), 9);
    expect(m(withPackEnergy(pinned, 4600))).toBeCloseTo(m(pack), 9);
    expect(withPackMassPinned(pinned, false).specificEnergyWhPerKg).toBeCloseTo(150, 9);
  });
});

describe('editing workloads and segments', () => {
  it('a new workload is switched on in the selected segment, beside what the device runs there', () => {
    const doc = read('optimus-class-dx-m1');
    const { plan, id } = addWorkload(doc, 'vision', { segmentIndex: 0 });
    const seg = plan.dutyCycle.segments[0]!;
    expect(seg.kind === 'activity' && seg.compute!.npu!.workloads).toEqual(['detector', id]);
    expect(validatePlan(plan).ok).toBe(true);
  });

  it('changing the model renames a generated label and keeps one the user wrote', () => {
    const gen = withWorkloadModel(
      { id: 'llm1', kind: 'llm', model: 'llama-3.2-1b', decodeTokensPerS: 5 },
      'qwen2.5-1.5b',
    );
    expect(workloadLabel(gen)).toMatch(/Qwen2\.5 1\.5B|Qwen2.5-1.5B|Qwen/i);
    const named = withWorkloadModel(
      { id: 'a', kind: 'llm', label: 'My assistant', model: 'llama-3.2-1b', decodeTokensPerS: 5 },
      'qwen2.5-1.5b',
    );
    expect(named.label).toBe('My assistant');
    const stale = withWorkloadModel(
      { id: 'a', kind: 'llm', label: 'Llama 3.2 1B', model: 'llama-3.2-1b', decodeTokensPerS: 5 },
      'qwen2.5-1.5b',
    );
    expect(workloadLabel(stale)).not.toMatch(/Llama/);
  });

  it('a new segment inherits the activity and compute loads of the one before', () => {
    const doc = read('optimus-class-dx-m1');
    const seg = newSegmentAfter(doc, 1);
    expect(seg).toMatchObject({
      kind: 'activity',
      activity: 'sit',
      compute: { npu: { workloads: ['assistant', 'detector'] } },
    });
  });
});
