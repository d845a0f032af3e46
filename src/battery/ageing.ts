/**
 * Cycle + calendar ageing (capacity fade and resistance growth) from NREL BLAST-Lite's published closed forms.
 *
 * Pure TypeScript: no Node APIs, no I/O. Every parameter below was re-typed from the BLAST-Lite Python sources
 * (BSD-3-Clause, https://github.com/NREL/BLAST-Lite) and is cited next to where it is used. See docs/ageing.md
 * for the derivations, the hand-checked figures and the caveats.
 *
 * The planner tiles ONE representative day, so the daily stressors are constant and BLAST's state equations
 * integrate to their trajectory (closed) forms. We evaluate those directly: q(t_days, EFC) with
 * EFC = efcPerDay · t_days. (BLAST itself forward-Euler-steps the state equations every 1 EFC or 1 day;
 * the closed form is the exact trajectory those steps approximate.)
 *
 * Chemistry → model (capacity):
 *   NMC → nmc811_grSi_LGM50_5Ah_2021  (LG M50 21700, NMC811/Gr-Si)
 *   LFP → lfp_gr_250AhPrismatic_2019  (large-format LFP/Gr prismatic)
 *   NCA → nca_gr_Panasonic3Ah_2018    (Panasonic 18650B, NCA/Gr)
 * Relative resistance: none of those three BLAST models has an `r` output, so:
 *   LFP      → BLAST lfp_gr_SonyMurata3Ah_2018 resistance model (Naumann et al.), same chemistry
 *   NMC, NCA → BLAST nmc111_gr_Kokam75Ah_2017 LLI resistance terms (the only layered-oxide/graphite BLAST
 *              model with resistance); its LAM-knee resistance term is omitted (no matching capacity knee).
 */
import { ph, renderPhrase, type Phrase } from '../text/phrase';
import type { Chemistry } from './chemistry';

// ---------------------------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------------------------

/** One SoC sample of a representative day. */
export interface SocSample {
  /** Time in seconds, ascending. */
  timeS: number;
  /** State of charge, 0..1. */
  soc: number;
}

/** BLAST-Lite stressors for one representative day, held constant over life. */
export interface AgeingStressors {
  /** Cell temperature, °C (BLAST uses T in K = °C + 273.15). */
  temperatureC: number;
  /** Equivalent full cycles per (24 h) day: Σ|ΔSoC| / 2 per day. */
  efcPerDay: number;
  /** Depth of discharge, max(SoC) − min(SoC) over the day, 0..1. */
  depthOfDischarge: number;
  /** Time-averaged SoC, 0..1. */
  meanSoc: number;
  /** Time-averaged graphite anode potential vs Li/Li+ (Safari & Delacourt 2011), V. */
  meanAnodePotentialV: number;
  /** BLAST `Crate`: time average over the whole day of |dSoC/dt| in 1/h, intervals below 0.01/h zeroed. */
  avgCRatePerH: number;
  /** BLAST `Cdis`: mean |dSoC/dt| in 1/h while discharging (intervals at ≥ 0.01/h). */
  avgDischargeCRatePerH: number;
  /** Mean dSoC/dt in 1/h while charging (intervals at ≥ 0.01/h). Optional; used only for range warnings. */
  avgChargeCRatePerH?: number;
}

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

export interface AgeingWarning {
  code: string;
  /** The sentence in English (`text` rendered). */
  message: string;
  /** The sentence as data, rendered in the reader's language (src/text/phrase.ts). */
  text: Phrase;
}

// ---------------------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------------------

const BLAST_REPO = 'https://github.com/NREL/BLAST-Lite';

/** Model identity, exact source path and validity range per chemistry. */
export const AGEING_MODEL_SOURCES: Record<Chemistry, { model: string; source: string; validRange: string }> =
  {
    NMC: {
      model: 'nmc811_grSi_LGM50_5Ah_2021 (LG M50 21700 NMC811/Gr-Si, 5 Ah)',
      source:
        `${BLAST_REPO} blast/models/nmc811_grSi_LGM50_5Ah_2021.py @ 75362164c29ea63079fa6802900ad7d7427bfd03; ` +
        'data: Truong Bui et al. 2021, IEEE 9617644. Resistance: Kokam LLI terms from ' +
        'blast/models/nmc111_gr_Kokam75Ah_2017.py @ 039b74dce80fd09162c1a28b9e7abae15e93ce32.',
      validRange:
        'cycling 0–25 °C, DoD 1.0 only (no DoD sensitivity), SoC 0–1, charge ≤ 0.3C, discharge ≤ 2C; ' +
        'calendar data 0–60 °C',
    },
    LFP: {
      model: 'lfp_gr_250AhPrismatic_2019 (large-format LFP/Gr prismatic, >250 Ah)',
      source:
        `${BLAST_REPO} blast/models/lfp_gr_250AhPrismatic_2019.py @ 039b74dce80fd09162c1a28b9e7abae15e93ce32 ` +
        '(parameters identical @ 92348eba3ab4642aa5ee80f29e3bc1242a15ac2f); data: doi 10.1016/j.est.2023.109042. ' +
        'Resistance: blast/models/lfp_gr_SonyMurata3Ah_2018.py @ 039b74dce80fd09162c1a28b9e7abae15e93ce32 ' +
        '(Naumann et al., doi 10.1016/j.est.2018.01.019, 10.1016/j.jpowsour.2019.227666).',
      validRange: 'cycling 10–45 °C, DoD 0.8–1, SoC 0–1, charge ≤ 0.65C (0.16C at 10 °C), discharge ≤ 1C',
    },
    NCA: {
      model: 'nca_gr_Panasonic3Ah_2018 (Panasonic 18650B NCA/Gr, 3.2 Ah)',
      source:
        `${BLAST_REPO} blast/models/nca_gr_Panasonic3Ah_2018.py @ 039b74dce80fd09162c1a28b9e7abae15e93ce32 ` +
        '(parameters identical @ 687c641e5ebdf4c310c27f6af21c426ff45586a0); calendar data Keil et al. ' +
        'doi 10.1149/2.0411609jes, cycling data Preger et al. doi 10.1149/1945-7111/abae37. Resistance: Kokam ' +
        'LLI terms from blast/models/nmc111_gr_Kokam75Ah_2017.py @ 039b74dce80fd09162c1a28b9e7abae15e93ce32.',
      validRange:
        'cycling 15–35 °C, DoD 0.8–1, SoC 0–1, charge ≤ 0.5C, discharge ≤ 2C; calendar data 25–50 °C; no knee',
    },
  };

// ---------------------------------------------------------------------------------------------------------
// Published parameters (re-typed; do not edit without updating docs/ageing.md)
// ---------------------------------------------------------------------------------------------------------

/** blast/models/nmc811_grSi_LGM50_5Ah_2021.py `_params_life` @ 75362164 (full precision as published). */
const M50 = {
  pCal: 0.651697743905278,
  q1b0: -2.39156628786525,
  q1b1: 2.44205317834185,
  q1b2: -4.45998246136905,
  q1b3: 0.448140062203916,
  q1b4: -0.185337797906876,
  pCyc: 0.441996792536332,
  q3b0: 0.181235015387132,
  q3b1: -0.123779206033993,
  q3b2: 1.24459541295018,
  /** TdegKN = TdegK / (273.15 + 35); UaN = Ua / 0.123; t and EFC are divided by 1e4. */
  tRefK: 273.15 + 35,
  uaRefV: 0.123,
  xScale: 1e4,
  /** experimental_range max_rate_discharge; Cdis is held at this value above it (see docs). */
  maxCdisPerH: 2,
} as const;

/** blast/models/lfp_gr_250AhPrismatic_2019.py `_params_life`. */
const LFP250 = {
  p1: 8.37e4,
  p2: -5.21e3,
  p3: -3.56e3,
  pcal: 0.526,
  p4: 4.38e-8,
  p5: 1.55e-8,
  p6: 1.68e-7,
  p7: 2.19e3,
  p8: 1.55e5,
  pcyc: 0.828,
} as const;

/** blast/models/nca_gr_Panasonic3Ah_2018.py `_params_life`. */
const NCA = {
  qcalA: 75.4,
  qcalB: -3.34e3,
  qcalC: 353,
  qcalP: 0.512,
  qcycA: 1.86e-6,
  qcycB: 4.74e-11,
  qcycC: 0.000177,
  qcycD: 3.34e-11,
  qcycE: 2.81e-9,
  qcycP: 0.699,
} as const;

/** blast/models/nmc111_gr_Kokam75Ah_2017.py `_params_life` (rates q1, q3 and resistance r1–r4 only). */
const KOKAM = {
  q10: 2.66e7,
  q11: -17.8,
  q12: -5.21,
  q30: 3.8e3,
  q31: -18.4,
  q32: 1.04,
  r1: 0.057,
  r2: 1.25,
  r3: 4.87,
  r4: 0.712,
  tRefK: 273.15 + 35,
  uaRefV: 0.123,
} as const;

/** blast/models/lfp_gr_SonyMurata3Ah_2018.py `_params_life` resistance parameters (Naumann et al. form). */
const SONY_LFP_R = {
  kRefRCalPerS: 3.4194e-10,
  eaRCalJPerMol: 71827,
  cRCal: -3.3903,
  dRCal: 1.5604,
  aRCyc: -0.002,
  bRCyc: 0.0021,
  cRCyc: 6.8477,
  dRCyc: 0.91882,
  gasConstant: 8.3144,
  tRefK: 298.15,
} as const;

/** `experimental_range` dicts of the three capacity models (BLAST-Lite), plus calendar test ranges from the file headers. */
const EXPERIMENTAL_RANGE: Record<
  Chemistry,
  {
    cyclingTemperatureC: readonly [number, number];
    calendarTemperatureC: readonly [number, number];
    dod: readonly [number, number];
    maxChargeCRatePerH: number;
    maxDischargeCRatePerH: number;
  }
> = {
  NMC: {
    cyclingTemperatureC: [0, 25],
    calendarTemperatureC: [0, 60],
    dod: [1, 1],
    maxChargeCRatePerH: 0.3,
    maxDischargeCRatePerH: 2,
  },
  LFP: {
    cyclingTemperatureC: [10, 45],
    calendarTemperatureC: [10, 45],
    dod: [0.8, 1],
    maxChargeCRatePerH: 0.65,
    maxDischargeCRatePerH: 1,
  },
  NCA: {
    cyclingTemperatureC: [15, 35],
    calendarTemperatureC: [25, 50],
    dod: [0.8, 1],
    maxChargeCRatePerH: 0.5,
    maxDischargeCRatePerH: 2,
  },
};

// ---------------------------------------------------------------------------------------------------------
// Guards
// ---------------------------------------------------------------------------------------------------------

const KELVIN_OFFSET = 273.15;
const SECONDS_PER_DAY = 86_400;
const SECONDS_PER_HOUR = 3_600;
/** BLAST-Lite's year (days); `simulate` and the charts use the same. */
export const DAYS_PER_YEAR = 365;
/** Accepted length of the representative period (1 s … ~31 700 years); keeps the day scaling finite. */
const PERIOD_RANGE_S = [1, 1e12] as const;
/** Intervals shorter than this count as SoC jumps: they add to EFC and DoD but not to the C-rate averages. */
const MIN_RATE_INTERVAL_S = 1e-3;
/** BLAST zeroes |dSoC/dt| below this (storage) before averaging C-rates. */
const CRATE_STORAGE_THRESHOLD_PER_H = 1e-2;

/** Model-evaluation domain; inputs outside are clamped (and flagged by ageingRangeWarnings). */
const DOMAIN = {
  temperatureC: [-40, 80] as const,
  efcPerDay: [0, 100] as const,
  cRatePerH: [0, 50] as const,
  days: [0, 1000 * DAYS_PER_YEAR] as const,
  degradationScalar: [0, 100] as const,
  maxRelativeResistance: 1e3,
};

function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

function finiteOr(x: unknown, fallback: number): number {
  return isFiniteNumber(x) ? x : fallback;
}

// ---------------------------------------------------------------------------------------------------------
// Anode potential
// ---------------------------------------------------------------------------------------------------------

/**
 * Graphite anode-to-Li/Li+ potential from cell SoC, as in BLAST-Lite `BatteryDegradationModel._get_Ua`
 * (blast/models/degradation_model.py), from Safari & Delacourt, J. Electrochem. Soc. 158(5) A562 (2011):
 *
 *   Xa = 0.0085 + SoC·(0.78 − 0.0085)
 *   Ua = 0.6379 + 0.5416·exp(−305.5309·Xa) + 0.044·tanh(−(Xa − 0.1958)/0.1088)
 *        − 0.1978·tanh((Xa − 1.0571)/0.0854) − 0.6875·tanh((Xa + 0.0117)/0.0529)
 *        − 0.0175·tanh((Xa − 0.5692)/0.0875)
 *
 * SoC is clamped to [0, 1] (non-finite → 0.5). Monotone decreasing: Ua(0) ≈ 0.6844 V, Ua(1) ≈ 0.0864 V.
 */
export function graphiteAnodePotentialV(soc: number): number {
  const s = clamp(finiteOr(soc, 0.5), 0, 1);
  const xa = 0.0085 + s * (0.78 - 0.0085);
  return (
    0.6379 +
    0.5416 * Math.exp(-305.5309 * xa) +
    0.044 * Math.tanh(-(xa - 0.1958) / 0.1088) -
    0.1978 * Math.tanh((xa - 1.0571) / 0.0854) -
    0.6875 * Math.tanh((xa + 0.0117) / 0.0529) -
    0.0175 * Math.tanh((xa - 0.5692) / 0.0875)
  );
}

const UA_MIN_V = graphiteAnodePotentialV(1);
const UA_MAX_V = graphiteAnodePotentialV(0);

/** ∫ Ua(SoC(t)) dt over a linear SoC segment (composite Simpson; ≤ 0.005 SoC per sub-interval). */
function integrateUaOverLinearSegment(soc0: number, soc1: number, dtS: number): number {
  const dSoc = soc1 - soc0;
  let n = Math.max(2, Math.ceil(Math.abs(dSoc) / 0.005));
  if (n % 2 === 1) n += 1;
  let sum = graphiteAnodePotentialV(soc0) + graphiteAnodePotentialV(soc1);
  for (let i = 1; i < n; i++) {
    sum += (i % 2 === 1 ? 4 : 2) * graphiteAnodePotentialV(soc0 + (dSoc * i) / n);
  }
  return (sum / (3 * n)) * dtS;
}

// ---------------------------------------------------------------------------------------------------------
// Stressor extraction
// ---------------------------------------------------------------------------------------------------------

/**
 * BLAST-Lite stressors (blast/models/degradation_model.py `_extract_stressors`, and the `Cdis` extraction in
 * nmc811_grSi_LGM50_5Ah_2021.py) for one representative day that the planner tiles:
 *
 *   EFC  = Σ|ΔSoC| / 2                       (scaled to a 24 h day: × 86400 / dayDurationS)
 *   DoD  = max(SoC) − min(SoC)
 *   Crate = (1/T_h)·Σ |ΔSoC_i/Δt_i,h|·Δt_i,h over intervals with |ΔSoC/Δt| ≥ 0.01/h (others zeroed, BLAST)
 *   Cdis = Σ|ΔSoC_i| / Σ Δt_i,h over discharging intervals with rate ≥ 0.01/h (same for charging)
 *   mean SoC, mean Ua = time averages over the day of the linearly interpolated SoC and of Ua(SoC(t))
 *
 * The samples are linearly interpolated; the cell rests at the last SoC from the last sample until
 * dayDurationS (measured from the first sample); samples after dayDurationS are cut off (interpolated at the
 * boundary). The formulas integrate the piecewise-linear profile exactly (Ua by sub-divided Simpson), so the
 * result does not depend on the sampling step. BLAST instead averages the instantaneous rates with a
 * trapezoid on shifted time stamps; for piecewise-linear profiles both agree.
 *
 * Guards: non-finite samples are dropped, SoC is clamped to [0, 1], samples are sorted by time; a SoC jump
 * (interval < 1 ms) counts towards EFC and DoD but not towards C-rates; with no valid samples the day is
 * a rest at SoC 0.5. Invalid dayDurationS → the span of the samples, or 86400 s; the period is clamped to
 * [1 s, 1e12 s]. Non-finite temperature → 25 °C.
 */
export function extractDailyStressors(
  samples: readonly SocSample[],
  dayDurationS: number,
  temperatureC: number,
): AgeingStressors {
  const tempC = finiteOr(temperatureC, 25);
  const clean: SocSample[] = [];
  for (const s of Array.isArray(samples) ? samples : []) {
    if (s && isFiniteNumber(s.timeS) && isFiniteNumber(s.soc)) {
      clean.push({ timeS: s.timeS, soc: clamp(s.soc, 0, 1) });
    }
  }
  clean.sort((a, b) => a.timeS - b.timeS);

  const first = clean[0];
  const last = clean[clean.length - 1];
  if (first === undefined || last === undefined) {
    return restDay(0.5, tempC);
  }
  const spanS = last.timeS - first.timeS;
  const requestedS =
    isFiniteNumber(dayDurationS) && dayDurationS > 0 ? dayDurationS : spanS > 0 ? spanS : SECONDS_PER_DAY;
  const periodS = clamp(requestedS, PERIOD_RANGE_S[0], PERIOD_RANGE_S[1]);

  let throughput = 0; // Σ|ΔSoC|
  let socMin = first.soc;
  let socMax = first.soc;
  let socIntegral = 0; // ∫ SoC dt, s
  let uaIntegral = 0; // ∫ Ua dt, V·s
  let activeThroughput = 0; // Σ|ΔSoC| over intervals at ≥ 0.01/h
  let disSoc = 0;
  let disTimeH = 0;
  let chgSoc = 0;
  let chgTimeH = 0;

  const addSegment = (soc0: number, soc1: number, dtS: number): void => {
    const absD = Math.abs(soc1 - soc0);
    throughput += absD;
    socMin = Math.min(socMin, soc0, soc1);
    socMax = Math.max(socMax, soc0, soc1);
    if (!(dtS > 0)) return;
    socIntegral += 0.5 * (soc0 + soc1) * dtS;
    uaIntegral += integrateUaOverLinearSegment(soc0, soc1, dtS);
    const dtH = dtS / SECONDS_PER_HOUR;
    const ratePerH = absD / dtH;
    if (dtS < MIN_RATE_INTERVAL_S || !(ratePerH >= CRATE_STORAGE_THRESHOLD_PER_H)) return;
    activeThroughput += absD;
    if (soc1 < soc0) {
      disSoc += absD;
      disTimeH += dtH;
    } else if (soc1 > soc0) {
      chgSoc += absD;
      chgTimeH += dtH;
    }
  };

  let prevT = 0;
  let prevSoc = first.soc;
  for (let i = 1; i < clean.length && prevT < periodS; i++) {
    const s = clean[i] as SocSample;
    const t = s.timeS - first.timeS;
    if (t <= periodS) {
      addSegment(prevSoc, s.soc, t - prevT);
      prevT = t;
      prevSoc = s.soc;
    } else {
      const frac = t > prevT ? (periodS - prevT) / (t - prevT) : 1;
      const socAtEnd = prevSoc + (s.soc - prevSoc) * frac;
      addSegment(prevSoc, socAtEnd, periodS - prevT);
      prevT = periodS;
      prevSoc = socAtEnd;
    }
  }
  if (prevT < periodS) addSegment(prevSoc, prevSoc, periodS - prevT); // rest at the last SoC

  const periodH = periodS / SECONDS_PER_HOUR;
  return {
    temperatureC: tempC,
    efcPerDay: (throughput / 2) * (SECONDS_PER_DAY / periodS),
    depthOfDischarge: clamp(socMax - socMin, 0, 1),
    meanSoc: clamp(socIntegral / periodS, 0, 1),
    meanAnodePotentialV: clamp(uaIntegral / periodS, UA_MIN_V, UA_MAX_V),
    avgCRatePerH: activeThroughput / periodH,
    avgDischargeCRatePerH: disTimeH > 0 ? disSoc / disTimeH : 0,
    avgChargeCRatePerH: chgTimeH > 0 ? chgSoc / chgTimeH : 0,
  };
}

function restDay(soc: number, temperatureC: number): AgeingStressors {
  return {
    temperatureC,
    efcPerDay: 0,
    depthOfDischarge: 0,
    meanSoc: soc,
    meanAnodePotentialV: graphiteAnodePotentialV(soc),
    avgCRatePerH: 0,
    avgDischargeCRatePerH: 0,
    avgChargeCRatePerH: 0,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Model evaluation
// ---------------------------------------------------------------------------------------------------------

/** Stressors clamped into the evaluation domain, plus which fields had to be changed. */
interface SanitizedStressors {
  temperatureC: number;
  tempK: number;
  efcPerDay: number;
  dod: number;
  soc: number;
  uaV: number;
  cRatePerH: number;
  cDisPerH: number;
  cChgPerH: number;
  adjusted: string[];
}

function sanitizeStressors(s: AgeingStressors | null | undefined): SanitizedStressors {
  const src: Partial<AgeingStressors> = s && typeof s === 'object' ? s : {};
  const adjusted: string[] = [];
  const take = (name: string, x: unknown, fallback: number, lo: number, hi: number): number => {
    const v = finiteOr(x, fallback);
    const c = clamp(v, lo, hi);
    if (!isFiniteNumber(x) || c !== x) adjusted.push(name);
    return c;
  };
  const temperatureC = take(
    'temperatureC',
    src.temperatureC,
    25,
    DOMAIN.temperatureC[0],
    DOMAIN.temperatureC[1],
  );
  const efcPerDay = take('efcPerDay', src.efcPerDay, 0, DOMAIN.efcPerDay[0], DOMAIN.efcPerDay[1]);
  const dod = take('depthOfDischarge', src.depthOfDischarge, 0, 0, 1);
  const soc = take('meanSoc', src.meanSoc, 0.5, 0, 1);
  const uaV = take(
    'meanAnodePotentialV',
    src.meanAnodePotentialV,
    graphiteAnodePotentialV(soc),
    UA_MIN_V,
    UA_MAX_V,
  );
  const [cLo, cHi] = DOMAIN.cRatePerH;
  const cRatePerH = take('avgCRatePerH', src.avgCRatePerH, 0, cLo, cHi);
  const cDisPerH = take('avgDischargeCRatePerH', src.avgDischargeCRatePerH, 0, cLo, cHi);
  const cChgPerH =
    src.avgChargeCRatePerH === undefined
      ? 0
      : take('avgChargeCRatePerH', src.avgChargeCRatePerH, 0, cLo, cHi);
  return {
    temperatureC,
    tempK: temperatureC + KELVIN_OFFSET,
    efcPerDay,
    dod,
    soc,
    uaV,
    cRatePerH,
    cDisPerH,
    cChgPerH,
    adjusted,
  };
}

/** Capacity-loss trajectory split into calendar (time) and cycle (EFC) parts, before the scalar. */
interface FadeTerms {
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
function m50Fade(x: SanitizedStressors, days: number, efc: number): FadeTerms {
  const tn = x.tempK / M50.tRefK;
  const tn3 = tn * tn * tn;
  const uaN = x.uaV / M50.uaRefV;
  const kCal = Math.max(
    0,
    M50.q1b0 +
      M50.q1b1 * Math.exp(tn3 / Math.cbrt(uaN)) +
      (M50.q1b2 * tn3) / Math.sqrt(uaN) +
      M50.q1b3 * Math.exp(Math.sqrt(x.soc) / (tn * tn)) +
      M50.q1b4 * Math.exp(x.soc * x.soc * x.soc),
  );
  const cDis = Math.min(x.cDisPerH, M50.maxCdisPerH);
  const kCyc =
    M50.q3b0 * Math.exp(M50.q3b1 * cDis * cDis * cDis) * Math.exp(M50.q3b2 * tn3 * Math.sqrt(cDis));
  return {
    calendarLoss: kCal * Math.pow(days / M50.xScale, M50.pCal),
    cycleLoss: kCyc * Math.pow(efc / M50.xScale, M50.pCyc),
  };
}

/**
 * LFP/Gr 250 Ah (lfp_gr_250AhPrismatic_2019.py):
 *   kcal = |p1|·exp(p2/T)·exp(p3·Ua/T);  kcyc = (p4 + p5·DoD + p6·Crate)·(exp(p7/T) + exp(−p8/T))
 *   loss = kcal·t_days^0.526 + kcyc·EFC^0.828
 */
function lfpFade(x: SanitizedStressors, days: number, efc: number): FadeTerms {
  const p = LFP250;
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
function ncaFade(x: SanitizedStressors, days: number, efc: number): FadeTerms {
  const p = NCA;
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
function kokamResistanceGain(x: SanitizedStressors, days: number, efc: number): number {
  const k = KOKAM;
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
function sonyLfpResistanceGain(x: SanitizedStressors, days: number, efc: number): number {
  const p = SONY_LFP_R;
  const kTemp = p.kRefRCalPerS * Math.exp((-p.eaRCalJPerMol / p.gasConstant) * (1 / x.tempK - 1 / p.tRefK));
  const kSoc = p.cRCal * Math.pow(x.soc - 0.5, 3) + p.dRCal;
  const kCrate = Math.max(0, p.aRCyc * x.cRatePerH + p.bRCyc);
  const kDod = p.cRCyc * Math.pow(x.dod - 0.5, 3) + p.dRCyc;
  return Math.max(0, kTemp * kSoc) * days * SECONDS_PER_DAY + Math.max(0, kCrate * kDod) * (efc / 100);
}

function evaluate(chemistry: Chemistry, x: SanitizedStressors, daysIn: number, scalar: number): AgeingPoint {
  const days = clamp(finiteOr(daysIn, 0), DOMAIN.days[0], DOMAIN.days[1]);
  const efc = x.efcPerDay * days;
  let fade: FadeTerms;
  let rGain: number;
  switch (chemistry) {
    case 'LFP':
      fade = lfpFade(x, days, efc);
      rGain = sonyLfpResistanceGain(x, days, efc);
      break;
    case 'NCA':
      fade = ncaFade(x, days, efc);
      rGain = kokamResistanceGain(x, days, efc);
      break;
    case 'NMC':
    default:
      fade = m50Fade(x, days, efc);
      rGain = kokamResistanceGain(x, days, efc);
      break;
  }
  const loss = scalar * (finiteOr(fade.calendarLoss, 0) + finiteOr(fade.cycleLoss, 0));
  const q = clamp(1 - finiteOr(loss, 0), 0, 1.01);
  const r = clamp(
    1 + scalar * finiteOr(rGain, DOMAIN.maxRelativeResistance),
    1,
    DOMAIN.maxRelativeResistance,
  );
  return { days, efc, relativeCapacity: q, relativeResistance: r };
}

function sanitizeScalar(o: AgeingOptions | undefined): number {
  const raw = o && typeof o === 'object' ? o.degradationScalar : undefined;
  return clamp(finiteOr(raw, 1), DOMAIN.degradationScalar[0], DOMAIN.degradationScalar[1]);
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
  return evaluate(chemistry, sanitizeStressors(s), days, sanitizeScalar(o));
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
  const out: AgeingPoint[] = [];
  for (let i = 0; i < n; i++) {
    out.push(evaluate(chemistry, x, (totalDays * i) / (n - 1), scalar));
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
  const q = (d: number): number => evaluate(chemistry, x, d, scalar).relativeCapacity;
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

// ---------------------------------------------------------------------------------------------------------
// Range warnings
// ---------------------------------------------------------------------------------------------------------

function fmt(x: number, digits = 2): string {
  return Number.isFinite(x) ? x.toFixed(digits) : String(x);
}

/**
 * Compares the stressors with the capacity model's BLAST-Lite `experimental_range` and returns warnings with
 * stable codes:
 *   AGEING_INPUT_CLAMPED               a stressor was non-finite or outside the evaluation domain and was clamped
 *   AGEING_TEMP_OUT_OF_RANGE           cycling temperature (if cycled) or calendar-test temperature (if at rest)
 *   AGEING_DOD_OUT_OF_RANGE            DoD outside the tested DoD range (only if cycled)
 *   AGEING_CHARGE_RATE_OUT_OF_RANGE    avgChargeCRatePerH above max_rate_charge (LFP: 0.16C at ≤ 10 °C)
 *   AGEING_DISCHARGE_RATE_OUT_OF_RANGE avgDischargeCRatePerH above max_rate_discharge
 *   AGEING_MODEL_LIMITATION            a documented limitation of the chosen model applies to this use
 */
export function ageingRangeWarnings(chemistry: Chemistry, s: AgeingStressors): AgeingWarning[] {
  const x = sanitizeStressors(s);
  const range = EXPERIMENTAL_RANGE[chemistry] ?? EXPERIMENTAL_RANGE.NMC;
  const model = (AGEING_MODEL_SOURCES[chemistry] ?? AGEING_MODEL_SOURCES.NMC).model;
  const out: AgeingWarning[] = [];
  const cycled = x.efcPerDay > 0;

  const push = (code: string, text: Phrase) => out.push({ code, message: renderPhrase(text, 'en'), text });
  if (x.adjusted.length > 0) {
    push('AGEING_INPUT_CLAMPED', ph('AGEING_INPUT_CLAMPED', { list: x.adjusted.join(', ') }));
  }

  const [tLo, tHi] = cycled ? range.cyclingTemperatureC : range.calendarTemperatureC;
  if (x.temperatureC < tLo || x.temperatureC > tHi) {
    push(
      'AGEING_TEMP_OUT_OF_RANGE',
      ph('AGEING_TEMP_OUT_OF_RANGE', {
        t: fmt(x.temperatureC, 1),
        kind: { p: ph(cycled ? 'ageing.cycling' : 'ageing.calendar') },
        lo: String(tLo),
        hi: String(tHi),
        model,
      }),
    );
  }

  const [dLo, dHi] = range.dod;
  const dodTolerance = 0.05;
  if (cycled && (x.dod < dLo - dodTolerance || x.dod > dHi + dodTolerance)) {
    push(
      'AGEING_DOD_OUT_OF_RANGE',
      ph('AGEING_DOD_OUT_OF_RANGE', {
        model,
        range: {
          p:
            dLo === dHi
              ? ph('dod.at', { lo: String(dLo * 100) })
              : ph('dod.between', { lo: String(dLo * 100), hi: String(dHi * 100) }),
        },
        dod: String(Math.round(x.dod * 100)),
        nmc: { p: ph(chemistry === 'NMC' ? 'dod.nmcNote' : 'empty') },
      }),
    );
  }

  const maxChg = chemistry === 'LFP' && x.temperatureC <= 10 ? 0.16 : range.maxChargeCRatePerH;
  if (cycled && x.cChgPerH > maxChg) {
    push(
      'AGEING_CHARGE_RATE_OUT_OF_RANGE',
      ph('AGEING_CHARGE_RATE_OUT_OF_RANGE', { c: fmt(x.cChgPerH), max: String(maxChg), model }),
    );
  }
  if (cycled && x.cDisPerH > range.maxDischargeCRatePerH) {
    push(
      'AGEING_DISCHARGE_RATE_OUT_OF_RANGE',
      ph('AGEING_DISCHARGE_RATE_OUT_OF_RANGE', {
        c: fmt(x.cDisPerH),
        max: String(range.maxDischargeCRatePerH),
        model,
        held: {
          p: chemistry === 'NMC' ? ph('ageing.heldAt', { cap: String(M50.maxCdisPerH) }) : ph('empty'),
        },
      }),
    );
  }

  if (cycled && chemistry === 'LFP' && (x.temperatureC < 10 || x.temperatureC > 45)) {
    push('AGEING_MODEL_LIMITATION', ph('AGEING_LFP_LIMITATION'));
  }
  if (cycled && chemistry === 'NCA' && (x.temperatureC < 25 || x.temperatureC > 45)) {
    push('AGEING_MODEL_LIMITATION', ph('AGEING_NCA_LIMITATION'));
  }
  return out;
}
