/**
 * A measured power series as a few constant-power steps (docs/telemetry.md "Power profiles"): consecutive
 * intervals are merged while every merged interval's mean power stays within `maxErrorW` of the step's power;
 * each step's power is the energy of the intervals it covers divided by its duration, so the energy of the
 * steps equals the trapezoid energy of the samples exactly (up to rounding).
 */
export interface PowerStep {
  durationS: number;
  powerW: number;
}

export function downsampleToSteps(
  timeS: readonly number[],
  powerW: readonly number[],
  maxErrorW: number,
): PowerStep[] {
  const steps: PowerStep[] = [];
  let energyJ = 0;
  let durationS = 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let k = 1; k < timeS.length; k++) {
    const dt = timeS[k]! - timeS[k - 1]!;
    if (!(dt > 0)) continue;
    // The interval's mean power (trapezoid): what it adds to the energy.
    const p = (powerW[k - 1]! + powerW[k]!) / 2;
    const nlo = Math.min(lo, p);
    const nhi = Math.max(hi, p);
    // The step's power (the duration-weighted mean of its intervals) lies between their lowest and highest,
    // so each interval is within the bound of it while that spread is; close the step before it grows past.
    if (durationS > 0 && nhi - nlo > maxErrorW) {
      steps.push({ durationS, powerW: energyJ / durationS });
      energyJ = 0;
      durationS = 0;
      lo = p;
      hi = p;
    } else {
      lo = nlo;
      hi = nhi;
    }
    energyJ += p * dt;
    durationS += dt;
  }
  if (durationS > 0) steps.push({ durationS, powerW: energyJ / durationS });
  return steps;
}
