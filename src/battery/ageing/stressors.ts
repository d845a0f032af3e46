/**
 * Ageing stressors: the BLAST-Lite inputs for one representative day (EFC, DoD, mean SoC, mean graphite anode
 * potential, C-rates, temperature), the graphite anode potential itself, the extraction of the stressors from
 * a SoC trace, and their clamping into the models' evaluation domain. Pure TypeScript: no Node APIs, no I/O.
 * See docs/ageing.md.
 */

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

// ---------------------------------------------------------------------------------------------------------
// Guards
// ---------------------------------------------------------------------------------------------------------

const KELVIN_OFFSET = 273.15;
export const SECONDS_PER_DAY = 86_400;
const SECONDS_PER_HOUR = 3_600;
/** Accepted length of the representative period (1 s … ~31 700 years); keeps the day scaling finite. */
const PERIOD_RANGE_S = [1, 1e12] as const;
/** Intervals shorter than this count as SoC jumps: they add to EFC and DoD but not to the C-rate averages. */
const MIN_RATE_INTERVAL_S = 1e-3;
/** BLAST zeroes |dSoC/dt| below this (storage) before averaging C-rates. */
const CRATE_STORAGE_THRESHOLD_PER_H = 1e-2;

/** Model-evaluation domain of the stressors; inputs outside are clamped (and flagged by ageingRangeWarnings). */
const STRESSOR_DOMAIN = {
  temperatureC: [-40, 80] as const,
  efcPerDay: [0, 100] as const,
  cRatePerH: [0, 50] as const,
};

function isFiniteNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}

/** x clamped to [lo, hi] (also used by ./projection). */
export function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** x when it is a finite number, else `fallback` (also used by ./projection). */
export function finiteOr(x: unknown, fallback: number): number {
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
// Clamping into the evaluation domain
// ---------------------------------------------------------------------------------------------------------

/** Stressors clamped into the evaluation domain, plus which fields had to be changed. */
export interface SanitizedStressors {
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

export function sanitizeStressors(s: AgeingStressors | null | undefined): SanitizedStressors {
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
    STRESSOR_DOMAIN.temperatureC[0],
    STRESSOR_DOMAIN.temperatureC[1],
  );
  const efcPerDay = take(
    'efcPerDay',
    src.efcPerDay,
    0,
    STRESSOR_DOMAIN.efcPerDay[0],
    STRESSOR_DOMAIN.efcPerDay[1],
  );
  const dod = take('depthOfDischarge', src.depthOfDischarge, 0, 0, 1);
  const soc = take('meanSoc', src.meanSoc, 0.5, 0, 1);
  const uaV = take(
    'meanAnodePotentialV',
    src.meanAnodePotentialV,
    graphiteAnodePotentialV(soc),
    UA_MIN_V,
    UA_MAX_V,
  );
  const [cLo, cHi] = STRESSOR_DOMAIN.cRatePerH;
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
