import { chargeCcCv, type ChargerModel } from './charging';
import type { PackModel } from './pack';

export interface ChargerSizing {
  /** Charge time to full at the plan's charger (s). */
  currentS: number;
  /** Fastest charge to full the cell's charge C-rate allows, with unlimited charger power (s). */
  fastestS: number;
  /** Smallest charger wall power that meets the target within the cell's C-rate; null if none can. */
  requiredPowerW: number | null;
  /** Smallest charge C-rate that would meet the target with unlimited charger power; null if none ≤ 20C can. */
  requiredCRate: number | null;
}

function timeToFullS(pack: PackModel, charger: ChargerModel, fromSoc: number): number {
  return chargeCcCv(pack, charger, fromSoc, Infinity).elapsedS;
}

/** Bisection on a monotone decreasing f(x) for the smallest x in [lo, hi] with f(x) ≤ target. */
function smallestMeeting(f: (x: number) => number, target: number, lo: number, hi: number): number | null {
  if (f(hi) > target) return null;
  for (let i = 0; i < 60 && hi / lo > 1 + 1e-4; i++) {
    const mid = Math.sqrt(lo * hi);
    if (f(mid) <= target) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * Charger sizing for a charge-time target (docs/battery-model.md, "Charging"): the wall power a charger needs
 * to bring the pack from `fromSoc` to full (CC-CV, `chargeCcCv`) within `targetS`, within the cell's charge
 * C-rate; and, when the C-rate itself is the limit, the C-rate a cell would need. Both by bisection on the
 * monotone charge time.
 */
export function sizeCharger(
  pack: PackModel,
  charger: ChargerModel,
  fromSoc: number,
  targetS: number,
): ChargerSizing {
  const currentS = timeToFullS(pack, charger, fromSoc);
  const unlimited = { ...charger, powerW: 1e12 };
  const fastestS = timeToFullS(pack, unlimited, fromSoc);
  const cRateCapW =
    (pack.maxChargeCRate * pack.ratedCapacityAh * pack.maxVoltageV * 1.05) / charger.efficiency;
  const requiredPowerW = smallestMeeting(
    (w) => timeToFullS(pack, { ...charger, powerW: w }, fromSoc),
    targetS,
    1,
    Math.max(2, cRateCapW),
  );
  const requiredCRate = smallestMeeting(
    (c) => timeToFullS({ ...pack, maxChargeCRate: c }, unlimited, fromSoc),
    targetS,
    0.01,
    20,
  );
  return { currentS, fastestS, requiredPowerW, requiredCRate };
}
