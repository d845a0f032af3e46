import { breakpointsBetween } from './ocv';
import { packHighestSocAtOrBelowOcv, packOcvV, type PackModel } from './pack';
import { chargeCurrentForPowerA } from './rint';

/** A charger as the model sees it: wall power, efficiency (0..1) and the end-of-charge current. */
export interface ChargerModel {
  powerW: number;
  efficiency: number;
  endOfChargeCRate: number;
}

export interface ChargeSample {
  timeS: number;
  soc: number;
  currentA: number;
  terminalV: number;
}

export interface ChargeResult {
  socEnd: number;
  elapsedS: number;
  endedBy: 'duration' | 'full' | 'target';
  constantCurrentS: number;
  constantVoltageS: number;
  /** Energy from the wall (J) = DC energy / charger efficiency. */
  wallEnergyJ: number;
  /** Energy stored chemically: ∫OCV·I dt (J). */
  chemicalEnergyJ: number;
  /** Joule heat in the pack ∫I²R dt (J). */
  packLossJ: number;
  /** Charger conversion loss (J). */
  chargerLossJ: number;
  chargeAh: number;
  /** Current at the start of the charge (A): the CC current at `soc0`, or the CV current if it starts in CV. */
  startCurrentA: number;
  peakCurrentA: number;
  /** Whether the CC current was set by the charger's power (true) or by the cell's charge C-rate (false). */
  powerLimited: boolean;
  samples: ChargeSample[];
}

/** Maximum charge current (A): the cell's charge C-rate against the rated capacity. */
export function maxChargeCurrentA(pack: PackModel): number {
  return pack.maxChargeCRate * pack.ratedCapacityAh;
}

/** End-of-charge current the model assumes when a plan has no charger (C-rate; the schema's default). */
export const DEFAULT_END_OF_CHARGE_C_RATE = 0.05;

/**
 * SoC at which CC-CV charging terminates: the highest SoC where the CV current `(V_max − OCV)/R` is still at
 * least the end current `I_end = C_end·Q_rated`, i.e. `OCV(s) ≤ V_max − I_end·R`; at most the plan's charge
 * limit `maxSoc`. With R = 0 the CV step is instantaneous and the pack charges to where OCV = V_max.
 */
export function chargeEndSoc(pack: PackModel, charger: Pick<ChargerModel, 'endOfChargeCRate'>): number {
  const endCurrentA = charger.endOfChargeCRate * pack.ratedCapacityAh;
  const ocvAtEnd = pack.maxVoltageV - endCurrentA * pack.resistanceOhm;
  return Math.min(pack.maxSoc, packHighestSocAtOrBelowOcv(pack, ocvAtEnd));
}

/**
 * The SoC a "full" charge reaches — where every discharge in the model starts and every charge to full ends:
 * the CC-CV end point (`chargeEndSoc`) of the plan's charger, or of a C/20 charger when the plan has none.
 * Lower than `maxSoc` when the charge voltage, the end current or the pack's resistance (cold, aged) stop the
 * charge early; the SoC is never snapped up, so the energy a charge stores is the energy the next discharge
 * can draw.
 */
export function chargedSoc(pack: PackModel, charger: Pick<ChargerModel, 'endOfChargeCRate'> | null): number {
  return chargeEndSoc(pack, charger ?? { endOfChargeCRate: DEFAULT_END_OF_CHARGE_C_RATE });
}

/**
 * CC-CV charge (docs/battery-model.md, "Charging"; docs/references.md#pybamm-cccv) from `soc0`, for up to
 * `durationS` (Infinity: until full) or until `targetSoc`.
 * - CC: `I = min(C_max·Q, I_P)` where `I_P = 2P/(OCV + √(OCV² + 4RP))` solves `(OCV + I·R)·I = η·P_charger`,
 *   until the terminal voltage `OCV + I·R` reaches `V_max`. Time `3600·Q·∫ds/I` by Simpson's rule on
 *   sub-steps aligned with the OCV breakpoints.
 * - CV: `I = (V_max − OCV)/R`; on a linear OCV piece `OCV = a + b·s` the time is exact,
 *   `t = 3600·Q·R/b · ln((V_max − OCV(s₀))/(V_max − OCV(s₁)))`, and it ends where I falls to the
 *   end-of-charge current (`chargeEndSoc`) or at the plan's charge limit `maxSoc`.
 * Energy: DC in = chemical + I²R; wall = DC/η.
 */
export function chargeCcCv(
  pack: PackModel,
  charger: ChargerModel,
  soc0: number,
  durationS: number,
  opts: { targetSoc?: number; maxStepSoc?: number } = {},
): ChargeResult {
  const R = pack.resistanceOhm;
  const c = 3600 * pack.capacityAh;
  const dcPowerW = charger.powerW * charger.efficiency;
  const iMax = maxChargeCurrentA(pack);
  const endSoc = chargeEndSoc(pack, charger);
  const goalSoc = Math.min(endSoc, opts.targetSoc ?? Infinity);
  const maxStep = opts.maxStepSoc ?? 0.02;
  const r: ChargeResult = {
    socEnd: soc0,
    elapsedS: 0,
    endedBy: 'full',
    constantCurrentS: 0,
    constantVoltageS: 0,
    wallEnergyJ: 0,
    chemicalEnergyJ: 0,
    packLossJ: 0,
    chargerLossJ: 0,
    chargeAh: 0,
    startCurrentA: 0,
    peakCurrentA: 0,
    powerLimited: false,
    samples: [],
  };
  const doneBy: ChargeResult['endedBy'] = goalSoc < endSoc ? 'target' : 'full';
  if (soc0 >= goalSoc || dcPowerW <= 0 || iMax <= 0) {
    r.endedBy = soc0 >= goalSoc ? doneBy : 'duration';
    if (r.endedBy === 'duration') r.elapsedS = durationS;
    return r;
  }
  const ccCurrent = (s: number) => Math.min(iMax, chargeCurrentForPowerA(packOcvV(pack, s), R, dcPowerW));
  const ccTerminalV = (s: number) => packOcvV(pack, s) + ccCurrent(s) * R;
  // CC→CV switch: the terminal voltage rises with SoC; find where it reaches V_max (bisection).
  let switchSoc: number;
  if (ccTerminalV(goalSoc) <= pack.maxVoltageV) switchSoc = goalSoc;
  else if (ccTerminalV(soc0) >= pack.maxVoltageV) switchSoc = soc0;
  else {
    let lo = soc0;
    let hi = goalSoc;
    for (let k = 0; k < 60; k++) {
      const mid = 0.5 * (lo + hi);
      if (ccTerminalV(mid) < pack.maxVoltageV) lo = mid;
      else hi = mid;
    }
    switchSoc = lo;
  }
  const record = (s: number, i: number, v: number) => {
    r.peakCurrentA = Math.max(r.peakCurrentA, i);
    r.samples.push({ timeS: r.elapsedS, soc: s, currentA: i, terminalV: v });
  };
  const addEnergy = (chemJ: number, lossJ: number) => {
    r.chemicalEnergyJ += chemJ;
    r.packLossJ += lossJ;
  };
  const remaining = () => durationS - r.elapsedS;
  r.powerLimited = ccCurrent(soc0) < iMax;
  // The current at the start: CC current falls as the OCV rises (power-limited) or stays at the C-rate limit,
  // so the start holds the peak — sampled here, not one sub-step in.
  r.startCurrentA =
    switchSoc > soc0
      ? ccCurrent(soc0)
      : R > 0
        ? Math.max(0, (pack.maxVoltageV - packOcvV(pack, soc0)) / R)
        : iMax;
  r.peakCurrentA = r.startCurrentA;

  // Constant-current (or constant-power-limited) phase.
  let s = soc0;
  const stops = [...breakpointsBetween(pack.ocvTable, soc0, switchSoc), switchSoc];
  for (const stop of stops) {
    const pieces = Math.max(1, Math.ceil((stop - s) / maxStep - 1e-9));
    const width = (stop - s) / pieces;
    for (let k = 0; k < pieces; k++) {
      const sB = k === pieces - 1 ? stop : s + width;
      const stepTime = (lo: number, hi: number) =>
        c * ((hi - lo) / 6) * (1 / ccCurrent(lo) + 4 / ccCurrent(0.5 * (lo + hi)) + 1 / ccCurrent(hi));
      let hi = sB;
      let dt = stepTime(s, hi);
      let cut = false;
      if (dt > remaining()) {
        // Bisection for the SoC reached when the time runs out.
        let a = s;
        let b = sB;
        for (let k2 = 0; k2 < 60; k2++) {
          const m = 0.5 * (a + b);
          if (stepTime(s, m) < remaining()) a = m;
          else b = m;
        }
        hi = a;
        dt = remaining();
        cut = true;
      }
      const w = hi - s;
      const m = 0.5 * (s + hi);
      const iInt = (w / 6) * (ccCurrent(s) + 4 * ccCurrent(m) + ccCurrent(hi));
      const ocvInt = (w / 6) * (packOcvV(pack, s) + 4 * packOcvV(pack, m) + packOcvV(pack, hi));
      addEnergy(c * ocvInt, c * R * iInt);
      r.elapsedS += dt;
      r.constantCurrentS += dt;
      s = hi;
      record(s, ccCurrent(s), ccTerminalV(s));
      if (cut) return finish(r, s, 'duration', charger.efficiency, c, soc0);
    }
  }
  if (s >= goalSoc - 1e-12) return finish(r, goalSoc, doneBy, charger.efficiency, c, soc0);

  // Constant-voltage phase: exact on each linear OCV piece, in sub-steps of at most `maxStep` (the sub-steps
  // add up to the piece's exact time; they give the samples that time integrals over SoC need).
  const cvStops = [...breakpointsBetween(pack.ocvTable, s, goalSoc), goalSoc];
  for (const pieceEnd of cvStops) {
    const chunks = Math.max(1, Math.ceil((pieceEnd - s) / maxStep - 1e-9));
    const chunkWidth = (pieceEnd - s) / chunks;
    for (let j = 0; j < chunks; j++) {
      const stop = j === chunks - 1 ? pieceEnd : s + chunkWidth;
      const v0 = packOcvV(pack, s);
      const v1 = packOcvV(pack, stop);
      const slope = (v1 - v0) / (stop - s); // dOCV/ds on this piece (V per unit SoC)
      const gap0 = pack.maxVoltageV - v0;
      const gap1 = pack.maxVoltageV - v1;
      if (R <= 0 || gap1 <= 0) {
        // Ideal source: CV is instantaneous.
        addEnergy(c * 0.5 * (v0 + v1) * (stop - s), 0);
        s = stop;
        continue;
      }
      const dt = slope > 1e-12 ? ((c * R) / slope) * Math.log(gap0 / gap1) : (c * R * (stop - s)) / gap0;
      let sEnd = stop;
      let used = dt;
      let cut = false;
      if (dt > remaining()) {
        used = remaining();
        const gapEnd = slope > 1e-12 ? gap0 * Math.exp((-used * slope) / (c * R)) : gap0;
        sEnd = slope > 1e-12 ? s + (gap0 - gapEnd) / slope : s + (used * gap0) / (c * R);
        cut = true;
      }
      const vEnd = packOcvV(pack, sEnd);
      const chem = c * 0.5 * (v0 + vEnd) * (sEnd - s);
      addEnergy(chem, c * pack.maxVoltageV * (sEnd - s) - chem);
      r.elapsedS += used;
      r.constantVoltageS += used;
      s = sEnd;
      record(s, (pack.maxVoltageV - vEnd) / R, pack.maxVoltageV);
      if (cut) return finish(r, s, 'duration', charger.efficiency, c, soc0);
    }
  }
  return finish(r, goalSoc, doneBy, charger.efficiency, c, soc0);
}

function finish(
  r: ChargeResult,
  socEnd: number,
  endedBy: ChargeResult['endedBy'],
  efficiency: number,
  coulombsPerSoc: number,
  soc0: number,
): ChargeResult {
  r.socEnd = socEnd;
  r.endedBy = endedBy;
  const dcJ = r.chemicalEnergyJ + r.packLossJ;
  r.wallEnergyJ = dcJ / efficiency;
  r.chargerLossJ = r.wallEnergyJ - dcJ;
  r.chargeAh = (coulombsPerSoc * (socEnd - soc0)) / 3600;
  return r;
}
