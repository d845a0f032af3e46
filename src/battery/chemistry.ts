/**
 * The lithium-ion chemistries PowerPlan models, and everything the model knows about each: one record per
 * chemistry (src/battery/chemistries/*.ts) with its cell defaults, default OCV curve, temperature data and
 * ageing-model parameters, each with its sources. The laws that use the data are generic and live elsewhere:
 * the pack law in pack.ts, OCV interpolation in ocv.ts, temperature derating in temperature.ts, and the
 * BLAST-Lite forms, stressors and projection in ageing/.
 */
import type { PhraseId } from '../text/phrases';
import { LFP } from './chemistries/lfp';
import { NCA } from './chemistries/nca';
import { NMC } from './chemistries/nmc';

/** Lithium-ion chemistries PowerPlan models. */
export const CHEMISTRIES = ['NMC', 'NCA', 'LFP'] as const;
export type Chemistry = (typeof CHEMISTRIES)[number];

// ---------------------------------------------------------------------------------------------------------
// The record
// ---------------------------------------------------------------------------------------------------------

/** Cell-level voltage and rate limits, used when a pack is given by its figures only (pack.ts). */
export interface ChemistryCellDefaults {
  maxVoltageV: number;
  minVoltageV: number;
  maxDischargeCRate: number;
  maxChargeCRate: number;
}

/** The default cell OCV curve: [soc 0..1, voltage V] pairs, frozen into an `OcvTable` by ocv.ts. */
export interface ChemistryOcv {
  table: readonly (readonly [soc: number, voltageV: number])[];
  source: { cell: string; source: string; note: string };
}

/**
 * How the internal resistance follows temperature (temperature.ts applies `R(T)/R25 = exp(Ea/R·(1/T − 1/T25))`):
 * - `arrhenius`: one activation energy at every temperature;
 * - `measured`: resistance measured at a cold point, at 25 °C and at a hot point; temperature.ts fits one
 *   Arrhenius branch through each of the two ratios (below and above 25 °C).
 */
export type ResistanceTemperatureLaw =
  | { kind: 'arrhenius'; eaJPerMol: number }
  | {
      kind: 'measured';
      /** Resistance samples (Ω) at 25 °C; each set is averaged. */
      referenceOhm: readonly number[];
      cold: { temperatureC: number; resistanceOhm: readonly number[] };
      hot: { temperatureC: number; resistanceOhm: readonly number[] };
    };

export interface ChemistryTemperature {
  /** Low-rate discharge capacity vs temperature, [°C, Ah]; must include 25 °C (temperature.ts normalises). */
  lowRateCapacityAh: readonly (readonly [temperatureC: number, capacityAh: number])[];
  resistance: ResistanceTemperatureLaw;
  sources: { capacity: string; resistance: string };
}

/** nmc811_grSi_LGM50_5Ah_2021 `_params_life` (ageing/models.ts `m50Fade`). */
export interface LgM50FadeParams {
  pCal: number;
  q1b0: number;
  q1b1: number;
  q1b2: number;
  q1b3: number;
  q1b4: number;
  pCyc: number;
  q3b0: number;
  q3b1: number;
  q3b2: number;
  tRefK: number;
  uaRefV: number;
  xScale: number;
  maxCdisPerH: number;
}

/** lfp_gr_250AhPrismatic_2019 `_params_life` (ageing/models.ts `lfpFade`). */
export interface Lfp250FadeParams {
  p1: number;
  p2: number;
  p3: number;
  pcal: number;
  p4: number;
  p5: number;
  p6: number;
  p7: number;
  p8: number;
  pcyc: number;
}

/** nca_gr_Panasonic3Ah_2018 `_params_life` (ageing/models.ts `ncaFade`). */
export interface NcaPanasonicFadeParams {
  qcalA: number;
  qcalB: number;
  qcalC: number;
  qcalP: number;
  qcycA: number;
  qcycB: number;
  qcycC: number;
  qcycD: number;
  qcycE: number;
  qcycP: number;
}

/** nmc111_gr_Kokam75Ah_2017 `_params_life` LLI resistance terms (ageing/models.ts `kokamResistanceGain`). */
export interface KokamResistanceParams {
  q10: number;
  q11: number;
  q12: number;
  q30: number;
  q31: number;
  q32: number;
  r1: number;
  r2: number;
  r3: number;
  r4: number;
  tRefK: number;
  uaRefV: number;
}

/** lfp_gr_SonyMurata3Ah_2018 resistance parameters (ageing/models.ts `sonyLfpResistanceGain`). */
export interface SonyLfpResistanceParams {
  kRefRCalPerS: number;
  eaRCalJPerMol: number;
  cRCal: number;
  dRCal: number;
  aRCyc: number;
  bRCyc: number;
  cRCyc: number;
  dRCyc: number;
  gasConstant: number;
  tRefK: number;
}

/** Which BLAST-Lite capacity form (ageing/models.ts) and its parameters. */
export type CapacityFadeModel =
  | { form: 'lgm50'; params: LgM50FadeParams }
  | { form: 'lfp250'; params: Lfp250FadeParams }
  | { form: 'ncaPanasonic'; params: NcaPanasonicFadeParams };

/** Which BLAST-Lite resistance form (ageing/models.ts) and its parameters. */
export type ResistanceGrowthModel =
  { form: 'kokamLli'; params: KokamResistanceParams } | { form: 'sonyLfp'; params: SonyLfpResistanceParams };

/** The capacity model's BLAST-Lite `experimental_range`, plus the documented limits ageingRangeWarnings checks. */
export interface AgeingExperimentalRange {
  cyclingTemperatureC: readonly [number, number];
  calendarTemperatureC: readonly [number, number];
  dod: readonly [number, number];
  maxChargeCRatePerH: number;
  maxDischargeCRatePerH: number;
  /** A lower charge-rate limit at or below a temperature. */
  coldCharge?: { atOrBelowC: number; maxChargeCRatePerH: number };
  /** The model has no DoD sensitivity (its DoD-range warning says so). */
  noDodSensitivity?: boolean;
  /** A documented limitation of the model that applies when cycling outside `cyclingTemperatureC`. */
  limitation?: { cyclingTemperatureC: readonly [number, number]; phrase: PhraseId };
}

export interface ChemistryAgeing {
  capacity: CapacityFadeModel;
  resistance: ResistanceGrowthModel;
  experimentalRange: AgeingExperimentalRange;
  /** Model identity, exact source path and validity range (the report's sources). */
  source: { model: string; source: string; validRange: string };
}

/** Everything the model knows about one chemistry. */
export interface ChemistryRecord {
  id: Chemistry;
  defaults: ChemistryCellDefaults;
  ocv: ChemistryOcv;
  temperature: ChemistryTemperature;
  ageing: ChemistryAgeing;
}

/** The record of every chemistry. */
export const CHEMISTRY_DATA: Readonly<Record<Chemistry, ChemistryRecord>> = { NMC, NCA, LFP };

/** One value per chemistry, taken from its record. */
export function byChemistry<T>(pick: (record: ChemistryRecord) => T): Record<Chemistry, T> {
  return { NMC: pick(CHEMISTRY_DATA.NMC), NCA: pick(CHEMISTRY_DATA.NCA), LFP: pick(CHEMISTRY_DATA.LFP) };
}

/** The record of `chemistry`, or undefined when the value is not one of CHEMISTRIES (unchecked input). */
export function findChemistry(chemistry: string): ChemistryRecord | undefined {
  return Object.hasOwn(CHEMISTRY_DATA, chemistry) ? CHEMISTRY_DATA[chemistry as Chemistry] : undefined;
}
