import { breakpointsBetween } from '../battery/ocv';
import { packOcvV, packSocAtOcv, type PackModel } from '../battery/pack';
import { constantPowerCurrentA, minOcvForPowerV } from '../battery/rint';

/** A point at the end of an integration sub-step. */
export interface StepSample {
  /** Seconds since the start of the step. */
  timeS: number;
  soc: number;
  currentA: number;
  terminalV: number;
}

export interface DischargeResult {
  socEnd: number;
  elapsedS: number;
  /** What ended it: the duration ran out, the reserve was reached, or the terminal voltage hit the cut-off. */
  endedBy: 'duration' | 'reserve' | 'cutoff';
  /** Energy delivered at the terminals: P·t (J). */
  terminalEnergyJ: number;
  /** Joule heat in the pack: ∫I²R dt (J). */
  lossJ: number;
  /** Chemical energy drawn: ∫OCV·I dt (J). Equals terminal + loss. */
  chemicalEnergyJ: number;
  /** Discharged charge (Ah). */
  chargeAh: number;
  peakCurrentA: number;
  minTerminalV: number;
  samples: StepSample[];
}

export interface DischargeOptions {
  /** SoC floor (the reserve), 0..1. */
  floorSoc: number;
  /** Largest SoC change per sub-step; sub-steps also break at every OCV-table breakpoint. */
  maxStepSoc: number;
}

/** Simpson-rule integrals over one sub-step [socB, socA] where OCV is linear. */
interface Quadrature {
  invCurrent: number; // ∫ ds / I
  current: number; // ∫ I ds
  ocv: number; // ∫ OCV ds
}

function simpson(fA: number, fM: number, fB: number, width: number): number {
  return (width / 6) * (fA + 4 * fM + fB);
}

/**
 * Discharge at constant terminal power `powerW` from `soc0` for up to `durationS` seconds (Infinity: until the
 * floor). The state equation `dSoC/dt = −I/(3600·Q)` (DESIGN.md §4) is integrated in the SoC domain,
 * `t = 3600·Q·∫ ds / I(s)`, with Simpson's rule on sub-steps aligned to the OCV table's breakpoints, so OCV is
 * linear inside each and the current I(s) is smooth; the sub-step bounds only shrink where OCV changes.
 * The discharge ends at the first of: the duration, the SoC floor, or the SoC at which the terminal voltage
 * `OCV − I·R` would fall below the cut-off (`OCV < V_min + P·R/V_min`, see `minOcvForPowerV`).
 * Energy: terminal `P·t`, Joule loss `3600·Q·R·∫ I ds`, chemical `3600·Q·∫ OCV ds`; at every Simpson node
 * `OCV = P/I + I·R`, so chemical = terminal + loss to rounding.
 */
export function dischargeAtPower(
  pack: PackModel,
  soc0: number,
  powerW: number,
  durationS: number,
  opts: DischargeOptions,
): DischargeResult {
  const R = pack.resistanceOhm;
  const coulombsPerSoc = 3600 * pack.capacityAh;
  const result: DischargeResult = {
    socEnd: soc0,
    elapsedS: 0,
    endedBy: 'duration',
    terminalEnergyJ: 0,
    lossJ: 0,
    chemicalEnergyJ: 0,
    chargeAh: 0,
    peakCurrentA: 0,
    minTerminalV: Infinity,
    samples: [],
  };
  if (powerW <= 0) {
    result.elapsedS = durationS;
    const v = packOcvV(pack, soc0);
    result.minTerminalV = v;
    return result;
  }
  const cutoffSoc = packSocAtOcv(pack, minOcvForPowerV(powerW, R, pack.minVoltageV));
  const floorSoc = Math.max(opts.floorSoc, cutoffSoc ?? Infinity);
  const endedAtFloor: DischargeResult['endedBy'] =
    cutoffSoc === null || cutoffSoc > opts.floorSoc ? 'cutoff' : 'reserve';
  if (!(soc0 > floorSoc + 1e-12)) {
    result.endedBy = endedAtFloor;
    return result;
  }

  const currentAt = (s: number): number => constantPowerCurrentA(packOcvV(pack, s), R, powerW) ?? Infinity;
  // Simpson nodes share endpoints: cache the last evaluated end (SoC, OCV, current).
  let cacheSoc = NaN;
  let cacheOcv = 0;
  let cacheI = 0;
  const quad = (sB: number, sA: number): Quadrature => {
    let vA: number;
    let iA: number;
    if (sA === cacheSoc) {
      vA = cacheOcv;
      iA = cacheI;
    } else {
      vA = packOcvV(pack, sA);
      iA = constantPowerCurrentA(vA, R, powerW) ?? Infinity;
    }
    const sM = 0.5 * (sA + sB);
    const vM = packOcvV(pack, sM);
    const iM = constantPowerCurrentA(vM, R, powerW) ?? Infinity;
    const vB = packOcvV(pack, sB);
    const iB = constantPowerCurrentA(vB, R, powerW) ?? Infinity;
    cacheSoc = sB;
    cacheOcv = vB;
    cacheI = iB;
    const w = sA - sB;
    return {
      invCurrent: simpson(1 / iA, 1 / iM, 1 / iB, w),
      current: simpson(iA, iM, iB, w),
      ocv: simpson(vA, vM, vB, w),
    };
  };

  // Sub-step boundaries from soc0 down to the floor: OCV breakpoints, refined to maxStepSoc.
  const stops = [...breakpointsBetween(pack.ocvTable, floorSoc, soc0)].reverse();
  stops.push(floorSoc);
  let s = soc0;
  const record = (sNew: number) => {
    const i = currentAt(sNew);
    const v = packOcvV(pack, sNew) - i * R;
    result.peakCurrentA = Math.max(result.peakCurrentA, i);
    result.minTerminalV = Math.min(result.minTerminalV, v);
    result.samples.push({ timeS: result.elapsedS, soc: sNew, currentA: i, terminalV: v });
  };
  const iStart = currentAt(soc0);
  result.peakCurrentA = iStart;
  result.minTerminalV = packOcvV(pack, soc0) - iStart * R;

  for (const stop of stops) {
    const pieces = Math.max(1, Math.ceil((s - stop) / opts.maxStepSoc - 1e-9));
    const width = (s - stop) / pieces;
    for (let k = 0; k < pieces; k++) {
      const sB = k === pieces - 1 ? stop : s - width;
      const q = quad(sB, s);
      const dt = coulombsPerSoc * q.invCurrent;
      const remaining = durationS - result.elapsedS;
      if (dt >= remaining) {
        const sEnd = solveSocForTime(s, sB, remaining, coulombsPerSoc, currentAt, quad);
        accumulate(result, quad(sEnd, s), remaining, powerW, R, coulombsPerSoc, s - sEnd);
        result.socEnd = sEnd;
        record(sEnd);
        result.endedBy = 'duration';
        return result;
      }
      accumulate(result, q, dt, powerW, R, coulombsPerSoc, s - sB);
      s = sB;
      result.socEnd = s;
      record(s);
    }
  }
  result.endedBy = endedAtFloor;
  return result;
}

function accumulate(
  r: DischargeResult,
  q: Quadrature,
  dtS: number,
  powerW: number,
  resistanceOhm: number,
  coulombsPerSoc: number,
  deltaSoc: number,
): void {
  r.elapsedS += dtS;
  r.terminalEnergyJ += powerW * dtS;
  r.lossJ += coulombsPerSoc * resistanceOhm * q.current;
  r.chemicalEnergyJ += coulombsPerSoc * q.ocv;
  r.chargeAh += (coulombsPerSoc * deltaSoc) / 3600;
}

/** Find x in [sB, sA] with 3600·Q·∫_x^sA ds/I = targetS (Newton on a monotone function, bracketed). */
function solveSocForTime(
  sA: number,
  sB: number,
  targetS: number,
  coulombsPerSoc: number,
  currentAt: (s: number) => number,
  quad: (lo: number, hi: number) => Quadrature,
): number {
  let lo = sB;
  let hi = sA;
  let x = Math.max(sB, sA - (targetS * currentAt(sA)) / coulombsPerSoc);
  for (let iter = 0; iter < 60; iter++) {
    const f = coulombsPerSoc * quad(x, sA).invCurrent - targetS;
    if (Math.abs(f) <= 1e-12 * Math.max(1, targetS)) break;
    if (f > 0) lo = x;
    else hi = x;
    const next = x + f / (coulombsPerSoc / currentAt(x));
    x = next > lo && next < hi ? next : 0.5 * (lo + hi);
  }
  return x;
}
