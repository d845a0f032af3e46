/**
 * The BLAST-Lite closed forms (NREL BLAST-Lite, BSD-3-Clause, https://github.com/NREL/BLAST-Lite): capacity
 * fade and resistance growth as functions of the (clamped) daily stressors, days and EFC. The forms are
 * generic; each chemistry's record (src/battery/chemistries/*.ts) names its forms and holds their re-typed
 * parameters. See docs/ageing.md for the derivations.
 *
 * The planner tiles ONE representative day, so the daily stressors are constant and BLAST's state equations
 * integrate to their trajectory (closed) forms. We evaluate those directly: q(t_days, EFC) with
 * EFC = efcPerDay · t_days. (BLAST itself forward-Euler-steps the state equations every 1 EFC or 1 day;
 * the closed form is the exact trajectory those steps approximate.)
 */
import type {
  CapacityFadeModel,
  KokamResistanceParams,
  Lfp250FadeParams,
  LgM50FadeParams,
  NcaPanasonicFadeParams,
  ResistanceGrowthModel,
  SonyLfpResistanceParams,
} from '../chemistry';
import { SECONDS_PER_DAY, type SanitizedStressors } from './stressors';

/** Capacity-loss trajectory split into calendar (time) and cycle (EFC) parts, before the scalar. */
export interface FadeTerms {
  calendarLoss: number;
  cycleLoss: number;
}

/**
 * LG M50 (nmc811_grSi_LGM50_5Ah_2021.py):
 *   TN = T/308.15, UaN = Ua/0.123
 *   k_cal = b0 + b1·exp(TN³·UaN^(−1/3)) + b2·TN³·UaN^(−1/2) + b3·exp(SoC^(1/2)/TN²) + b4·exp(SoC³)
 *   k_cyc = 0.1812·exp(−0.1238·Cdis³)·exp(1.2446·TN³·Cdis^(1/2))
 *   loss = k_cal·(t_days/1e4)^0.6517 + k_cyc·(EFC/1e4)^0.4420
 */
function m50Fade(p: LgM50FadeParams, x: SanitizedStressors, days: number, efc: number): FadeTerms {
  const tn = x.tempK / p.tRefK;
  const tn3 = tn * tn * tn;
  const uaN = x.uaV / p.uaRefV;
  const kCal = Math.max(
    0,
    p.q1b0 +
      p.q1b1 * Math.exp(tn3 / Math.cbrt(uaN)) +
      (p.q1b2 * tn3) / Math.sqrt(uaN) +
      p.q1b3 * Math.exp(Math.sqrt(x.soc) / (tn * tn)) +
      p.q1b4 * Math.exp(x.soc * x.soc * x.soc),
  );
  const cDis = Math.min(x.cDisPerH, p.maxCdisPerH);
  const kCyc = p.q3b0 * Math.exp(p.q3b1 * cDis * cDis * cDis) * Math.exp(p.q3b2 * tn3 * Math.sqrt(cDis));
  return {
    calendarLoss: kCal * Math.pow(days / p.xScale, p.pCal),
    cycleLoss: kCyc * Math.pow(efc / p.xScale, p.pCyc),
  };
}

/**
 * LFP/Gr 250 Ah (lfp_gr_250AhPrismatic_2019.py):
 *   kcal = |p1|·exp(p2/T)·exp(p3·Ua/T);  kcyc = (p4 + p5·DoD + p6·Crate)·(exp(p7/T) + exp(−p8/T))
 *   loss = kcal·t_days^0.526 + kcyc·EFC^0.828
 */
function lfpFade(p: Lfp250FadeParams, x: SanitizedStressors, days: number, efc: number): FadeTerms {
  const kCal = Math.abs(p.p1) * Math.exp(p.p2 / x.tempK) * Math.exp((p.p3 * x.uaV) / x.tempK);
  const kCyc =
    (p.p4 + p.p5 * x.dod + p.p6 * x.cRatePerH) * (Math.exp(p.p7 / x.tempK) + Math.exp(-p.p8 / x.tempK));
  return {
    calendarLoss: kCal * Math.pow(days, p.pcal),
    cycleLoss: kCyc * Math.pow(efc, p.pcyc),
  };
}

/**
 * NCA/Gr Panasonic 18650B (nca_gr_Panasonic3Ah_2018.py):
 *   k_cal = A·exp(B/T)·exp(C·SoC/T);  k_cyc = (A + B·Crate + C·DoD)·(exp(D/T) + exp(−E/T))
 *   loss = k_cal·t_days^0.512 + k_cyc·EFC^0.699
 */
function ncaFade(p: NcaPanasonicFadeParams, x: SanitizedStressors, days: number, efc: number): FadeTerms {
  const kCal = p.qcalA * Math.exp(p.qcalB / x.tempK) * Math.exp((p.qcalC * x.soc) / x.tempK);
  const kCyc =
    (p.qcycA + p.qcycB * x.cRatePerH + p.qcycC * x.dod) *
    (Math.exp(p.qcycD / x.tempK) + Math.exp(-p.qcycE / x.tempK));
  return {
    calendarLoss: kCal * Math.pow(days, p.qcalP),
    cycleLoss: kCyc * Math.pow(efc, p.qcycP),
  };
}

/**
 * Kokam NMC111 LLI resistance growth (nmc111_gr_Kokam75Ah_2017.py), used for NMC and NCA:
 *   q1 = q1_0·exp(q1_1/TN)·exp(q1_2·UaN/TN);  q3 = q3_0·exp(q3_1/TN)·exp(q3_2·exp(DoD²))
 *   gain = r1·q1·t_days^r2 + r3·q3·EFC^r4
 * The Kokam LAM term r5 + r6/q_LAM is omitted: it belongs to Kokam's capacity knee, which the M50 and
 * Panasonic capacity models do not have.
 */
function kokamResistanceGain(
  k: KokamResistanceParams,
  x: SanitizedStressors,
  days: number,
  efc: number,
): number {
  const tn = x.tempK / k.tRefK;
  const uaN = x.uaV / k.uaRefV;
  const q1 = k.q10 * Math.exp(k.q11 / tn) * Math.exp((k.q12 * uaN) / tn);
  const q3 = k.q30 * Math.exp(k.q31 / tn) * Math.exp(k.q32 * Math.exp(x.dod * x.dod));
  return k.r1 * q1 * Math.pow(days, k.r2) + k.r3 * q3 * Math.pow(efc, k.r4);
}

/**
 * Sony-Murata LFP resistance growth (lfp_gr_SonyMurata3Ah_2018.py, Naumann et al.), used for LFP:
 *   k_cal,r = k_ref·exp(−Ea/R·(1/T − 1/298.15))·(C_cal·(SoC − 0.5)³ + D_cal)      [1/s]
 *   k_cyc,r = (A_cyc·Crate + B_cyc)·(C_cyc·(DoD − 0.5)³ + D_cyc)                   [1/(100 EFC)]
 *   gain = k_cal,r·t_s + k_cyc,r·EFC/100
 * A_cyc < 0 makes k_cyc,r negative above Crate ≈ 1.05/h; it is floored at 0 (resistance never falls).
 */
function sonyLfpResistanceGain(
  p: SonyLfpResistanceParams,
  x: SanitizedStressors,
  days: number,
  efc: number,
): number {
  const kTemp = p.kRefRCalPerS * Math.exp((-p.eaRCalJPerMol / p.gasConstant) * (1 / x.tempK - 1 / p.tRefK));
  const kSoc = p.cRCal * Math.pow(x.soc - 0.5, 3) + p.dRCal;
  const kCrate = Math.max(0, p.aRCyc * x.cRatePerH + p.bRCyc);
  const kDod = p.cRCyc * Math.pow(x.dod - 0.5, 3) + p.dRCyc;
  return Math.max(0, kTemp * kSoc) * days * SECONDS_PER_DAY + Math.max(0, kCrate * kDod) * (efc / 100);
}

/** Capacity-loss terms of the chemistry's capacity form after `days` and `efc`. */
export function capacityFade(
  model: CapacityFadeModel,
  x: SanitizedStressors,
  days: number,
  efc: number,
): FadeTerms {
  switch (model.form) {
    case 'lfp250':
      return lfpFade(model.params, x, days, efc);
    case 'ncaPanasonic':
      return ncaFade(model.params, x, days, efc);
    case 'lgm50':
      return m50Fade(model.params, x, days, efc);
  }
}

/** Relative resistance gain (r − 1, before the scalar) of the chemistry's resistance form. */
export function resistanceGain(
  model: ResistanceGrowthModel,
  x: SanitizedStressors,
  days: number,
  efc: number,
): number {
  switch (model.form) {
    case 'sonyLfp':
      return sonyLfpResistanceGain(model.params, x, days, efc);
    case 'kokamLli':
      return kokamResistanceGain(model.params, x, days, efc);
  }
}
