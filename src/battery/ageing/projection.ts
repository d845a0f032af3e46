/**
 * Projection: relative capacity and resistance after a number of days of the constant daily stressors, the
 * curve over years, and the days until capacity falls to a threshold (80 % by default). The chemistry's
 * record (src/battery/chemistries/*.ts) names the BLAST-Lite forms (./models) and their parameters.
 * See docs/ageing.md.
 */
import { CHEMISTRY_DATA, findChemistry, type Chemistry, type ChemistryAgeing } from '../chemistry';
import { capacityFade, resistanceGain } from './models';
import {
  clamp,
  finiteOr,
  sanitizeStressors,
  type AgeingStressors,
  type SanitizedStressors,
} from './stressors';

/** Capacity and resistance relative to beginning of life. */
export interface AgeingPoint {
  days: number;
  efc: number;
  /** q: remaining capacity / nominal capacity (1 = new), clamped to [0, 1.01]. */
  relativeCapacity: number;
  /** r: resistance / beginning-of-life resistance (1 = new), ≥ 1. */
  relativeResistance: number;
}

export interface AgeingOptions {
  /** BLAST `degradation_scalar`: multiplies every capacity loss and resistance gain. 1 = nominal. */
  degradationScalar?: number;
}

/** BLAST-Lite's year (days); `simulate` and the charts use the same. */
export const DAYS_PER_YEAR = 365;

/** Model-evaluation domain of the projection; inputs outside are clamped. */
const PROJECTION_DOMAIN = {
  days: [0, 1000 * DAYS_PER_YEAR] as const,
  degradationScalar: [0, 100] as const,
  maxRelativeResistance: 1e3,
};

/** The chemistry's ageing models; any value that is not a chemistry gets NMC's. */
function modelsOf(chemistry: Chemistry): ChemistryAgeing {
  return (findChemistry(chemistry) ?? CHEMISTRY_DATA.NMC).ageing;
}

function evaluate(
  models: ChemistryAgeing,
  x: SanitizedStressors,
  daysIn: number,
  scalar: number,
): AgeingPoint {
  const days = clamp(finiteOr(daysIn, 0), PROJECTION_DOMAIN.days[0], PROJECTION_DOMAIN.days[1]);
  const efc = x.efcPerDay * days;
  const fade = capacityFade(models.capacity, x, days, efc);
  const rGain = resistanceGain(models.resistance, x, days, efc);
  const loss = scalar * (finiteOr(fade.calendarLoss, 0) + finiteOr(fade.cycleLoss, 0));
  const q = clamp(1 - finiteOr(loss, 0), 0, 1.01);
  const r = clamp(
    1 + scalar * finiteOr(rGain, PROJECTION_DOMAIN.maxRelativeResistance),
    1,
    PROJECTION_DOMAIN.maxRelativeResistance,
  );
  return { days, efc, relativeCapacity: q, relativeResistance: r };
}

function sanitizeScalar(o: AgeingOptions | undefined): number {
  const raw = o && typeof o === 'object' ? o.degradationScalar : undefined;
  return clamp(
    finiteOr(raw, 1),
    PROJECTION_DOMAIN.degradationScalar[0],
    PROJECTION_DOMAIN.degradationScalar[1],
  );
}

/**
 * Relative capacity q and resistance r after `days` of the constant daily stressors `s`
 * (EFC = efcPerDay · days), from the BLAST-Lite closed forms:
 *
 *   NMC: q = 1 − k_cal·(t/1e4)^0.6517 − k_cyc·(EFC/1e4)^0.4420     (nmc811_grSi_LGM50_5Ah_2021)
 *   LFP: q = 1 − kcal·t^0.526 − kcyc·EFC^0.828                      (lfp_gr_250AhPrismatic_2019)
 *   NCA: q = 1 − k_cal·t^0.512 − k_cyc·EFC^0.699                    (nca_gr_Panasonic3Ah_2018)
 *   r  = 1 + resistance gain (Sony-Murata LFP form for LFP; Kokam LLI form for NMC and NCA)
 *
 * `degradationScalar` (BLAST `degradation_scalar`) multiplies the capacity loss and resistance gain.
 * Guards: all inputs are clamped into the evaluation domain (non-finite → neutral defaults); the output q is
 * clamped to [0, 1.01] and r to [1, 1000]; outputs are always finite.
 */
export function ageingAt(
  chemistry: Chemistry,
  s: AgeingStressors,
  days: number,
  o?: AgeingOptions,
): AgeingPoint {
  return evaluate(modelsOf(chemistry), sanitizeStressors(s), days, sanitizeScalar(o));
}

/**
 * `points` evenly spaced AgeingPoints from day 0 to `years`·365 days inclusive (see ageingAt for the model).
 * Guards: points is rounded and clamped to [2, 100000] (non-finite → 2); years clamped to [0, 1000]
 * (non-finite → 0).
 */
export function ageingCurve(
  chemistry: Chemistry,
  s: AgeingStressors,
  years: number,
  points: number,
  o?: AgeingOptions,
): AgeingPoint[] {
  const x = sanitizeStressors(s);
  const scalar = sanitizeScalar(o);
  const n = clamp(Math.round(finiteOr(points, 2)), 2, 100_000);
  const totalDays = clamp(finiteOr(years, 0), 0, 1000) * DAYS_PER_YEAR;
  const models = modelsOf(chemistry);
  const out: AgeingPoint[] = [];
  for (let i = 0; i < n; i++) {
    out.push(evaluate(models, x, (totalDays * i) / (n - 1), scalar));
  }
  return out;
}

/**
 * Days until relativeCapacity first falls to `threshold` (default 0.8, the usual end-of-life criterion), or
 * Infinity if that does not happen within `maxYears` (default 50).
 *
 * q(t) is non-increasing in t for every model here (each loss term is a non-negative coefficient times a
 * non-negative power of t or of EFC = efcPerDay·t), so the root is bracketed on [0, maxYears·365] and found
 * by bisection (at most 200 halvings, stops when the bracket is below 1e-9 day). Returns the upper end of
 * the final bracket, so ageingAt(result).relativeCapacity ≤ threshold. Never NaN, never loops forever.
 * Guards: threshold non-finite → 0.8, clamped to [0, 1.01]; maxYears non-finite → 50, clamped to [0, 1000].
 */
export function daysToCapacity(
  chemistry: Chemistry,
  s: AgeingStressors,
  threshold = 0.8,
  maxYears = 50,
  o?: AgeingOptions,
): number {
  const x = sanitizeStressors(s);
  const scalar = sanitizeScalar(o);
  const qTarget = clamp(finiteOr(threshold, 0.8), 0, 1.01);
  const horizonDays = clamp(finiteOr(maxYears, 50), 0, 1000) * DAYS_PER_YEAR;
  const models = modelsOf(chemistry);
  const q = (d: number): number => evaluate(models, x, d, scalar).relativeCapacity;
  if (q(0) <= qTarget) return 0;
  if (q(horizonDays) > qTarget) return Infinity;
  let lo = 0;
  let hi = horizonDays;
  for (let i = 0; i < 200 && hi - lo > 1e-9; i++) {
    const mid = 0.5 * (lo + hi);
    if (q(mid) <= qTarget) hi = mid;
    else lo = mid;
  }
  return hi;
}
