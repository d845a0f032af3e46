import { sizeCharger, type ChargerSizing } from '../battery/charge-sizing';
import { buildPack } from '../battery/pack';
import { resolvePlan } from '../plan/resolve';
import type { Plan } from '../plan/schema';
import { DEFAULT_MAX_STEP_SOC, endOfLifePack, runtimeOnOneCharge } from '../sim/simulate';

/** Runtime and peak C-rate of a plan, new or at end of life (80 % SoH). */
export function runtimeStats(
  plan: Plan,
  atEndOfLife: boolean,
): { hours: number; peakCRate: number; massKg: number } {
  const rp = resolvePlan(plan);
  const pack = atEndOfLife ? endOfLifePack(plan) : rp.pack;
  const r = runtimeOnOneCharge(rp, pack, DEFAULT_MAX_STEP_SOC);
  const hours = r.endedBy === 'unbounded' ? Infinity : r.state.timeS / 3600;
  return { hours, peakCRate: r.state.peakCurrentA / pack.ratedCapacityAh, massKg: pack.massKg };
}

export interface SizingPoint {
  /** Parallel strings (cells) or pack energy in Wh (pack figures). */
  size: number;
  energyWh: number;
  massKg: number;
  runtimeHours: number;
  peakCRate: number;
}

export interface SizingResult {
  feasible: boolean;
  /** Why no size meets the target (plain words), when infeasible. */
  reason: string | null;
  mode: 'cells' | 'pack';
  targetHours: number;
  atEndOfLife: boolean;
  series: number | null;
  parallel: number | null;
  energyWh: number | null;
  massKg: number | null;
  runtimeHours: number | null;
  peakCRate: number | null;
  maxDischargeCRate: number;
  /** Simulations run by the search. */
  iterations: number;
  /** Runtime against pack size, for a chart (the mass feedback makes it bend). */
  curve: SizingPoint[];
  charger: (ChargerSizing & { targetMinutes: number }) | null;
  plan: Plan | null;
}

export const MAX_PARALLEL = 1000;
const ENERGY_RANGE_FACTOR = 256;

/** The plan with P parallel strings (cells) or with the pack scaled to `energyWh` (pack figures). */
export function planWithSize(plan: Plan, size: number): Plan {
  const b = plan.battery;
  if (b.cells) return { ...plan, battery: { ...b, cells: { ...b.cells, parallel: size } } };
  const p = b.pack!;
  const k = size / p.energyWh;
  // A bigger pack of the same cells: more strings in parallel — mass ∝ energy, resistance ∝ 1/energy.
  return {
    ...plan,
    battery: {
      ...b,
      pack: {
        ...p,
        energyWh: size,
        massKg: p.massKg * k,
        internalResistanceOhm: p.internalResistanceOhm / k,
      },
    },
  };
}

function energyOf(plan: Plan): number {
  const b = plan.battery;
  if (b.cells)
    return b.cells.series * b.cells.parallel * b.cells.cell.capacityAh * b.cells.cell.nominalVoltageV;
  return b.pack!.energyWh;
}

/**
 * Sizing (DESIGN.md §8): the smallest pack that meets `targetHours` of runtime (at end of life by default,
 * 80 % SoH) for the plan's duty cycle, within the discharge C-rate limit, with the pack's mass feeding back
 * into mass-scaled locomotion power. Cells: the fewest parallel strings of the plan's cell (series fixed).
 * Pack figures: the least energy, scaling mass and conductance with it. Search: doubling until the target is
 * met, then bisection; the runtime is increasing in size below its peak, so the result meets the target and
 * one string (or 0.1 %) less does not. When the runtime stops growing — the mass spiral, each added Wh
 * costing more than it gives — or the largest size (1000 strings, or 256× the energy) still falls short, the
 * answer is "infeasible" with the reason. The search is bounded; it never loops.
 */
export function sizePack(
  plan: Plan,
  targetHours: number,
  opts: { atEndOfLife?: boolean; chargeMinutes?: number } = {},
): SizingResult {
  const atEndOfLife = opts.atEndOfLife ?? true;
  const cells = plan.battery.cells;
  const mode = cells ? 'cells' : 'pack';
  const limit = cells ? cells.cell.maxDischargeCRate : buildPack(plan.battery).maxDischargeCRate;
  let iterations = 0;
  const cache = new Map<number, SizingPoint>();
  const evaluate = (size: number): SizingPoint => {
    const hit = cache.get(size);
    if (hit) return hit;
    iterations++;
    const p = planWithSize(plan, size);
    const s = runtimeStats(p, atEndOfLife);
    const point = {
      size,
      energyWh: energyOf(p),
      massKg: s.massKg,
      runtimeHours: s.hours,
      peakCRate: s.peakCRate,
    };
    cache.set(size, point);
    return point;
  };
  const meets = (pt: SizingPoint) => pt.runtimeHours >= targetHours && pt.peakCRate <= limit * (1 + 1e-9);
  const lo0 = cells ? 1 : energyOf(plan) / ENERGY_RANGE_FACTOR;
  const hi0 = cells ? MAX_PARALLEL : energyOf(plan) * ENERGY_RANGE_FACTOR;
  const next = (s: number) => (cells ? Math.min(hi0, s * 2) : Math.min(hi0, s * 2));

  let prev: SizingPoint | null = null;
  let size = lo0;
  let found: SizingPoint | null = null;
  let reason: string | null = null;
  for (;;) {
    const pt = evaluate(size);
    if (meets(pt)) {
      found = pt;
      break;
    }
    if (prev && pt.runtimeHours < prev.runtimeHours && prev.peakCRate <= limit) {
      reason = `the mass spiral: runtime${atEndOfLife ? ' at end of life' : ''} peaks near ${describe(prev, mode)} at ${prev.runtimeHours.toFixed(2)} h and falls beyond it — each added Wh costs more in locomotion power than it gives. The ${targetHours} h target needs a lighter robot, a denser cell or less power.`;
      break;
    }
    if (size >= hi0) {
      reason = `even ${describe(pt, mode)} (${pt.massKg.toFixed(1)} kg) runs only ${pt.runtimeHours.toFixed(2)} h${atEndOfLife ? ' at end of life' : ''}; the runtime saturates as the pack's own mass adds load. The ${targetHours} h target is out of reach with this cell and robot.`;
      break;
    }
    prev = pt;
    size = next(size);
  }
  let result: SizingPoint | null = null;
  if (found) {
    // Bisection between the last failing size and the first meeting one.
    let lo = prev ? prev.size : lo0;
    let hi = found.size;
    while (cells ? hi - lo > 1 : hi / lo > 1.001) {
      const mid = cells ? Math.floor((lo + hi) / 2) : Math.sqrt(lo * hi);
      if (meets(evaluate(mid))) hi = mid;
      else lo = mid;
    }
    result = evaluate(hi);
  }
  const curveMax = result ? result.size * 2 : hi0;
  const curve: SizingPoint[] = [];
  const n = 24;
  for (let i = 1; i <= n; i++) {
    const s = cells ? Math.max(1, Math.round((curveMax * i) / n)) : (curveMax * i) / n;
    if (!curve.some((c) => c.size === s)) curve.push(evaluate(s));
  }
  let charger: SizingResult['charger'] = null;
  if (opts.chargeMinutes !== undefined && result) {
    const sized = planWithSize(plan, result.size);
    const pack = buildPack(sized.battery);
    const ch = plan.charger ?? { powerW: 1000, efficiencyPercent: 92, endOfChargeCRate: 0.05 };
    const model = {
      powerW: ch.powerW,
      efficiency: ch.efficiencyPercent / 100,
      endOfChargeCRate: ch.endOfChargeCRate,
    };
    charger = {
      ...sizeCharger(pack, model, pack.reserveSoc, opts.chargeMinutes * 60),
      targetMinutes: opts.chargeMinutes,
    };
  }
  return {
    feasible: result !== null,
    reason,
    mode,
    targetHours,
    atEndOfLife,
    series: cells ? cells.series : null,
    parallel: cells && result ? result.size : null,
    energyWh: result ? result.energyWh : null,
    massKg: result ? result.massKg : null,
    runtimeHours: result ? result.runtimeHours : null,
    peakCRate: result ? result.peakCRate : null,
    maxDischargeCRate: limit,
    iterations,
    curve,
    charger,
    plan: result ? planWithSize(plan, result.size) : null,
  };
}

function describe(pt: SizingPoint, mode: 'cells' | 'pack'): string {
  return mode === 'cells' ? `${pt.size} parallel strings` : `${(pt.energyWh / 1000).toFixed(2)} kWh`;
}
