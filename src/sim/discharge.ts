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
  /**
   * What ended it: the duration ran out, the reserve was reached, the terminal voltage fell to the cut-off, or
   * the load reached the most the pack can deliver (`P_max = OCV²/4R`) while the terminal voltage was still
   * above the cut-off (see `DischargeEnd`).
   */
  endedBy: 'duration' | DischargeEnd;
  /** Energy delivered at the terminals: P·t (J). */
  terminalEnergyJ: number;
  /** Joule heat in the pack: ∫I²R dt (J). */
  lossJ: number;
  /** Chemical energy drawn: ∫OCV·I dt (J). Equals terminal + loss. */
  chemicalEnergyJ: number;
  /** Discharged charge (Ah): `Q·socDrop`. */
  chargeAh: number;
  /**
   * SoC discharged, `soc0 − socEnd` as integrated: unlike the difference of the two SoCs it is not rounded to
   * the spacing of doubles near `socEnd` (≈1.1e-16), which matters when a step moves the SoC by only ~1e-11.
   */
  socDrop: number;
  peakCurrentA: number;
  minTerminalV: number;
  samples: StepSample[];
}

export interface DischargeOptions {
  /** SoC floor (the reserve), 0..1. */
  floorSoc: number;
  /** Largest SoC change per sub-step; sub-steps also break at every OCV-table breakpoint. */
  maxStepSoc: number;
  /** The SoC where this power meets the voltage cut-off (from `cutoffSocAtPower`), if already known. */
  cutoffSoc?: number | null;
  /** Record a sample at every sub-step (for series and ageing); off for runtime-only runs. */
  samples?: boolean;
}

/**
 * Why a discharge stops before its duration: the SoC floor (the reserve), the terminal voltage reaching the
 * cut-off `V_min`, or the power limit — the OCV falling to `2√(P·R)`, below which no current delivers `P`
 * (`P_max = OCV²/4R`); the terminal voltage is then `OCV/2 = √(P·R)`, above `V_min`.
 */
export type DischargeEnd = 'reserve' | 'cutoff' | 'power-limit';

/** SoC at which delivering `powerW` brings the terminal voltage to the cut-off; null: never deliverable. */
export function cutoffSocAtPower(pack: PackModel, powerW: number): number | null {
  return packSocAtOcv(pack, minOcvForPowerV(powerW, pack.resistanceOhm, pack.minVoltageV));
}

/**
 * Whether the stop `cutoffSocAtPower` gives for this power is the power limit rather than the voltage cut-off:
 * `V_min² < P·R` (then `OCV_min = 2√(P·R)`, see `minOcvForPowerV`).
 */
export function stopIsPowerLimit(pack: PackModel, powerW: number): boolean {
  return pack.minVoltageV * pack.minVoltageV < Math.max(0, powerW) * pack.resistanceOhm;
}

/** How a discharge at `powerW` ends when it reaches `cutoffSoc` before the reserve. */
export function cutoffKind(pack: PackModel, powerW: number): 'cutoff' | 'power-limit' {
  return stopIsPowerLimit(pack, powerW) ? 'power-limit' : 'cutoff';
}

/** Simpson-rule integrals over one sub-step [socB, socA] where OCV is linear. */
interface Quadrature {
  /** Current and OCV at the low end of the sub-step. */
  currentLo: number;
  ocvLo: number;
  invCurrent: number; // ∫ ds / I
  current: number; // ∫ I ds
  ocv: number; // ∫ OCV ds
}

function simpson(fA: number, fM: number, fB: number, width: number): number {
  return (width / 6) * (fA + 4 * fM + fB);
}

/**
 * Discharge at constant terminal power `powerW` from `soc0` for up to `durationS` seconds (Infinity: until
 * the floor). The state equation `dSoC/dt = −I/(3600·Q)` (docs/battery-model.md, "Discharge";
 * docs/references.md#pybamm) is integrated in the SoC domain, `t = 3600·Q·∫ ds / I(s)`, with Simpson's rule
 * on sub-steps aligned to the OCV table's breakpoints, so OCV is linear inside each and the current I(s) is
 * smooth; the sub-step bounds only shrink where OCV changes.
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
    socDrop: 0,
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
  const cutoffSoc = opts.cutoffSoc !== undefined ? opts.cutoffSoc : cutoffSocAtPower(pack, powerW);
  const wantSamples = opts.samples !== false;
  const floorSoc = Math.max(opts.floorSoc, cutoffSoc ?? Infinity);
  const endedAtFloor: DischargeEnd =
    cutoffSoc === null || cutoffSoc > opts.floorSoc ? cutoffKind(pack, powerW) : 'reserve';
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
      currentLo: iB,
      ocvLo: vB,
      invCurrent: simpson(1 / iA, 1 / iM, 1 / iB, w),
      current: simpson(iA, iM, iB, w),
      ocv: simpson(vA, vM, vB, w),
    };
  };

  // Sub-step boundaries from soc0 down to the floor: the OCV breakpoints in between, then the floor;
  // each interval is refined to maxStepSoc.
  const xs = pack.ocvSocs;
  let bp = xs.length - 1;
  while (bp >= 0 && xs[bp]! >= soc0) bp--;
  let s = soc0;
  // Current and terminal voltage fall monotonically with SoC at constant power, so the last sub-step holds the
  // peak current and the lowest voltage; intermediate samples are only kept when asked for.
  const record = (sNew: number, last: boolean) => {
    if (!wantSamples && !last) return;
    const i = currentAt(sNew);
    const v = packOcvV(pack, sNew) - i * R;
    result.peakCurrentA = Math.max(result.peakCurrentA, i);
    result.minTerminalV = Math.min(result.minTerminalV, v);
    if (wantSamples) result.samples.push({ timeS: result.elapsedS, soc: sNew, currentA: i, terminalV: v });
  };
  const iStart = currentAt(soc0);
  result.peakCurrentA = iStart;
  result.minTerminalV = packOcvV(pack, soc0) - iStart * R;

  for (;;) {
    const stop = bp >= 0 && xs[bp]! > floorSoc ? xs[bp--]! : floorSoc;
    const pieces = Math.max(1, Math.ceil((s - stop) / opts.maxStepSoc - 1e-9));
    const width = (s - stop) / pieces;
    for (let k = 0; k < pieces; k++) {
      const sB = k === pieces - 1 ? stop : s - width;
      const q = quad(sB, s);
      const dt = coulombsPerSoc * q.invCurrent;
      const remaining = durationS - result.elapsedS;
      if (dt >= remaining) {
        let solved = solveSocForTime(s, sB, remaining, dt, coulombsPerSoc, quad);
        // sEnd is as close as a double gets; the time residual of [sEnd, s] gives the sliver below it.
        let residualS = coulombsPerSoc * solved.quad.invCurrent - remaining;
        if (!Number.isFinite(residualS)) {
          // A current under ~1e-308 A (a load of ~1e-308 W) has no finite reciprocal, so ∫ds/I overflows: the
          // step cannot move the SoC by one double, and its whole change is the sliver I·t/(3600·Q).
          solved = { soc: s, quad: quad(s, s) };
          residualS = -remaining;
        }
        const sEnd = solved.soc;
        const sliver = (-residualS * solved.quad.currentLo) / coulombsPerSoc;
        accumulate(result, solved.quad, remaining, powerW, R, coulombsPerSoc, s - sEnd, sliver);
        result.socEnd = sEnd;
        record(sEnd, true);
        result.endedBy = 'duration';
        return result;
      }
      accumulate(result, q, dt, powerW, R, coulombsPerSoc, s - sB, 0);
      s = sB;
      result.socEnd = s;
      record(s, stop === floorSoc && k === pieces - 1);
    }
    if (stop === floorSoc) break;
  }
  result.endedBy = endedAtFloor;
  return result;
}

/**
 * Add one sub-step [sA − widthSoc, sA] lasting `dtS`, extended below its low end by `sliverSoc`: the part
 * of the SoC change finer than doubles resolve near sA − widthSoc. A step that ends on time (a microwatt
 * load for a second moves the SoC by ~1e-11, i.e. only ~1e5 doubles) cannot end at the exact SoC; the
 * sliver `−I_lo·(3600·Q·∫ds/I − dtS)/(3600·Q)` puts back the rest, so time, SoC and energies describe the
 * same step. The sliver's energies use the low node (OCV_lo·I_lo = P + I_lo²·R there), so chemical =
 * terminal + loss holds to rounding for any width, and the SoC drop and charge come from the integral, not
 * from rounded SoCs.
 */
function accumulate(
  r: DischargeResult,
  q: Quadrature,
  dtS: number,
  powerW: number,
  resistanceOhm: number,
  coulombsPerSoc: number,
  widthSoc: number,
  sliverSoc: number,
): void {
  r.elapsedS += dtS;
  r.terminalEnergyJ += powerW * dtS;
  r.lossJ += coulombsPerSoc * resistanceOhm * (q.current + q.currentLo * sliverSoc);
  r.chemicalEnergyJ += coulombsPerSoc * (q.ocv + q.ocvLo * sliverSoc);
  const dropSoc = widthSoc + sliverSoc;
  r.socDrop += dropSoc;
  r.chargeAh += (coulombsPerSoc * dropSoc) / 3600;
}

/**
 * Find x in [sB, sA] with 3600·Q·∫_x^sA ds/I = targetS: Newton's method on this monotone function, with the
 * derivative 3600·Q/I(x) taken from the Simpson end node, kept inside a shrinking bracket. It stops early
 * when the Newton step is below the spacing of doubles at x or the bracket has closed (narrow steps cannot
 * meet the time tolerance; the caller accounts for the residual). Returns x and the quadrature over [x, sA]
 * (reused for the energy tallies).
 */
function solveSocForTime(
  sA: number,
  sB: number,
  targetS: number,
  stepS: number,
  coulombsPerSoc: number,
  quad: (lo: number, hi: number) => Quadrature,
): { soc: number; quad: Quadrature } {
  let lo = sB;
  let hi = sA;
  // Start from linear interpolation in time across the sub-step: already close, as I varies slowly.
  let x = sA - ((sA - sB) * targetS) / stepS;
  let q = quad(x, sA);
  for (let iter = 0; iter < 60; iter++) {
    const f = coulombsPerSoc * q.invCurrent - targetS;
    if (Math.abs(f) <= 1e-11 * Math.max(1, targetS)) break;
    if (f > 0) lo = x;
    else hi = x;
    const next = x + f / (coulombsPerSoc / q.currentLo);
    if (next === x) break;
    const xNew = next > lo && next < hi ? next : 0.5 * (lo + hi);
    if (xNew === lo || xNew === hi) break;
    x = xNew;
    q = quad(x, sA);
  }
  return { soc: x, quad: q };
}
