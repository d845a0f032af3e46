import { nested, ph, renderPhrase, type Phrase, type PhraseValue } from '../text/phrase';
import { sizeCharger, type ChargerSizing } from '../battery/charge-sizing';
import { buildPack, cellPackFigures } from '../battery/pack';
import { resolvePlan } from '../plan/resolve';
import type { Plan } from '../plan/schema';
import { DEFAULT_MAX_STEP_SOC, endOfLifePack, runtimeOnOneCharge } from '../sim/simulate';

/** Runtime and peak C-rate of a plan's pack new (100 % SoH) or at end of life (80 % SoH). */
export function runtimeStats(
  plan: Plan,
  atEndOfLife: boolean,
): { hours: number; peakCRate: number; massKg: number } {
  const rp = resolvePlan(plan);
  // "New" is a new pack (100 % state of health), whatever the plan's own state of health.
  const pack = atEndOfLife
    ? endOfLifePack(plan)
    : plan.battery.stateOfHealthPercent >= 100
      ? rp.pack
      : buildPack({ ...plan.battery, stateOfHealthPercent: 100 });
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
  /**
   * What sets the size: the runtime target, or the discharge-rate limit (a smaller pack would run long enough
   * but draw more than its rated C-rate). Null when infeasible.
   */
  limitedBy: 'runtime' | 'discharge-rate' | null;
  /** Why no size meets the target, in English, when infeasible. */
  reason: string | null;
  /** The same sentence as data, rendered in the reader's language (src/text/phrase.ts). */
  reasonText: Phrase | null;
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
        // A fixed mass grows with the pack; a specific-energy pack's mass follows its energy by itself.
        ...(p.massKg !== undefined ? { massKg: p.massKg * k } : {}),
        internalResistanceOhm: p.internalResistanceOhm / k,
      },
    },
  };
}

function energyOf(plan: Plan): number {
  const b = plan.battery;
  if (b.cells) {
    const { cell, series, parallel, packMassOverheadPercent } = b.cells;
    return cellPackFigures(cell, series, parallel, packMassOverheadPercent).energyWh;
  }
  return b.pack!.energyWh;
}

/**
 * Sizing (docs/analysis.md, "Sizing"; docs/references.md#mass-feedback): the smallest pack that meets
 * `targetHours` of runtime (at end of life by default, 80 % SoH) for the plan's duty cycle, within the
 * discharge C-rate limit, with the pack's mass feeding back into mass-scaled locomotion power. Cells: the
 * fewest parallel strings of the plan's cell (series fixed). Pack figures: the least energy, scaling mass and
 * conductance with it. Search: doubling until the target is met, then bisection; the runtime is increasing in
 * size below its peak, so the result meets the target and one string (or 0.1 %) less does not. When the
 * runtime stops growing — the mass spiral, each added Wh costing more than it gives — or the largest size
 * (1000 strings, or 256× the energy) still falls short, the answer is "infeasible" with the reason. The
 * search is bounded; it never loops.
 */
export function sizePack(
  plan: Plan,
  targetHours: number,
  opts: { atEndOfLife?: boolean; chargeMinutes?: number; curve?: boolean; onEvaluate?: () => void } = {},
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
    opts.onEvaluate?.();
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

  let prevprev: SizingPoint | null = null;
  let prev: SizingPoint | null = null;
  let size = lo0;
  let found: SizingPoint | null = null;
  let reasonText: Phrase | null = null;
  const eol = nested(atEndOfLife ? 'size.atEol' : 'empty');
  // A target the smallest pack of the range already meets (pack figures): halve down to a failing size
  // (a tiny pack still draws the loads, so the runtime falls with it; bounded at 2⁻⁴⁰ of the range's start).
  if (!cells && meets(evaluate(lo0))) {
    let down = lo0;
    found = evaluate(lo0);
    for (let k = 0; k < 40; k++) {
      down /= 2;
      const pt = evaluate(down);
      if (!meets(pt)) {
        prev = pt;
        break;
      }
      found = pt;
    }
  }
  for (; found === null;) {
    const pt = evaluate(size);
    if (meets(pt)) {
      found = pt;
      break;
    }
    if (prev && pt.runtimeHours < prev.runtimeHours && prev.peakCRate <= limit) {
      // The runtime rose to somewhere between the last two doublings and fell after: find the peak itself
      // (it may meet the target even though no doubling step did).
      const left = prevprev ? prevprev.size : lo0;
      const peak = peakBetween(evaluate, left, pt.size, cells !== undefined);
      if (meets(peak)) {
        found = peak;
        // Bisect on the rising side, between the largest failing size below the peak and the peak.
        prev = prev.size < peak.size ? prev : prevprev;
        break;
      }
      reasonText = ph('size.spiral', {
        eol,
        peak: peak.runtimeHours.toFixed(2),
        at: describe(peak, mode),
        target: String(targetHours),
      });
      break;
    }
    if (size >= hi0 && pt.peakCRate > limit * (1 + 1e-9)) {
      const lowest = [...cache.values()].reduce((a, b) => (b.peakCRate < a.peakCRate ? b : a));
      reasonText = ph('size.cRate', {
        limit: String(limit),
        lowest: lowest.peakCRate.toFixed(2),
        at: describe(lowest, mode),
      });
      break;
    }
    if (size >= hi0) {
      reasonText = ph('size.saturates', {
        at: describe(pt, mode),
        mass: pt.massKg.toFixed(1),
        h: pt.runtimeHours.toFixed(2),
        eol,
        target: String(targetHours),
      });
      break;
    }
    prevprev = prev;
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
  // Which constraint set the size: if the next size down runs long enough, only the C-rate stopped it.
  let limitedBy: SizingResult['limitedBy'] = null;
  if (result) {
    const below = cells
      ? result.size > 1
        ? evaluate(result.size - 1)
        : null
      : evaluate(result.size / 1.002);
    limitedBy =
      below && below.runtimeHours >= targetHours && below.peakCRate > limit * (1 + 1e-9)
        ? 'discharge-rate'
        : 'runtime';
  }
  const curveMax = result ? result.size * 2 : hi0;
  const curve: SizingPoint[] = [];
  const n = opts.curve === false ? 0 : 24;
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
    limitedBy,
    reason: reasonText ? renderPhrase(reasonText, 'en') : null,
    reasonText,
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

/**
 * The size of greatest runtime in [a, b], where the runtime rises then falls (one peak: the mass spiral).
 * Golden-section search (Kiefer 1953): each step keeps the 0.618 of the bracket holding the peak, down to
 * 0.1 % of the size (packs) or to three neighbouring string counts (cells), which are then compared.
 */
function peakBetween(
  evaluate: (size: number) => SizingPoint,
  a: number,
  b: number,
  integer: boolean,
): SizingPoint {
  const g = (Math.sqrt(5) - 1) / 2;
  const at = (x: number) => evaluate(integer ? Math.round(x) : x);
  let lo = a;
  let hi = b;
  let x1 = hi - g * (hi - lo);
  let x2 = lo + g * (hi - lo);
  let f1 = at(x1).runtimeHours;
  let f2 = at(x2).runtimeHours;
  for (let k = 0; k < 80 && (integer ? hi - lo > 2 : hi / lo > 1.001); k++) {
    if (f1 < f2) {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + g * (hi - lo);
      f2 = at(x2).runtimeHours;
    } else {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - g * (hi - lo);
      f1 = at(x1).runtimeHours;
    }
  }
  const candidates = integer
    ? [Math.floor(lo), Math.ceil(lo), Math.round((lo + hi) / 2), Math.floor(hi), Math.ceil(hi)]
        .filter((x) => x >= a && x <= b)
        .map((x) => evaluate(x))
    : [at(x1), at(x2), at(Math.sqrt(lo * hi))];
  return candidates.reduce((best, p) => (p.runtimeHours > best.runtimeHours ? p : best));
}

function describe(pt: SizingPoint, mode: 'cells' | 'pack'): PhraseValue {
  return mode === 'cells'
    ? nested('size.strings', { n: String(pt.size) })
    : `${(pt.energyWh / 1000).toFixed(2)} kWh`;
}
