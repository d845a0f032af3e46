import type { Chemistry } from './chemistry';

/**
 * Temperature derating of cell capacity and internal resistance, relative to 25 °C (= 1.0). Sources and the
 * reasoning behind each number: docs/battery-data.md §2.
 *
 * Split of effects: the equivalent-circuit model already loses capacity at high current through the I·R drop
 * (the cut-off voltage comes earlier when R rises in the cold). The capacity factor here is therefore the
 * LOW-RATE (C/30) capacity at temperature, so that the rate effect is not counted twice.
 */

/** Temperatures outside this range are clamped to it before looking anything up. */
export const TEMPERATURE_RANGE_C: { min: number; max: number } = { min: -20, max: 60 };

const REFERENCE_TEMPERATURE_C = 25;
const KELVIN_OFFSET = 273.15;
/** Molar gas constant, J/(mol·K) (CODATA 2018 exact value). */
const GAS_CONSTANT_J_PER_MOL_K = 8.314462618;

// -----------------------------------------------------------------------------------------------------------
// Capacity
// -----------------------------------------------------------------------------------------------------------

/**
 * A123 LFP cell (2.06 Ah at 25 °C), discharge capacity (Ah) at C/30 (0.0767 A) from 100 % to 2.0 V with the
 * thermal chamber at the test temperature ("script 1" of G. Plett's OCV test). Read from the last row
 * (Discharge_Capacity(Ah)) of batterysim/esctoolbox-python A123_OCV_{N25,N15,N05,P05,P15,P25,P35,P45}_S1.csv
 * (a123_data/, ocv_data/ and ocv_model/data/); data of Plett, "Battery Management Systems Vol. I", Artech
 * House 2015.
 */
const A123_C30_CAPACITY_AH: readonly (readonly [temperatureC: number, capacityAh: number])[] = [
  [-25, 2.02298166],
  [-15, 2.036669786],
  [-5, 2.03360603],
  [5, 2.0406668],
  [15, 2.05618042],
  [25, 2.060185946],
  [35, 2.06464344],
  [45, 2.066479248],
];

interface FactorPoint {
  temperatureC: number;
  factor: number;
}

/**
 * Pool-adjacent-violators: the closest non-decreasing sequence (least squares, equal weights). Used once on
 * the measured capacities, whose −15 °C and −5 °C values are out of order by 0.15 % (test-to-test scatter).
 */
function nonDecreasing(values: readonly number[]): number[] {
  const blocks: { sum: number; count: number }[] = [];
  for (const v of values) {
    blocks.push({ sum: v, count: 1 });
    for (;;) {
      const last = blocks[blocks.length - 1];
      const prev = blocks[blocks.length - 2];
      if (last === undefined || prev === undefined || prev.sum / prev.count <= last.sum / last.count) break;
      prev.sum += last.sum;
      prev.count += last.count;
      blocks.pop();
    }
  }
  return blocks.flatMap((b) => Array<number>(b.count).fill(b.sum / b.count));
}

function capacityTableFromA123(): readonly FactorPoint[] {
  const reference = A123_C30_CAPACITY_AH.find(([t]) => t === REFERENCE_TEMPERATURE_C);
  if (reference === undefined) throw new Error('capacity data must include 25 °C');
  const factors = nonDecreasing(A123_C30_CAPACITY_AH.map(([, ah]) => ah / reference[1]));
  return Object.freeze(
    A123_C30_CAPACITY_AH.map(([temperatureC], i) => Object.freeze({ temperatureC, factor: factors[i] ?? 1 })),
  );
}

/** Capacity factor vs temperature: the A123 C/30 measurement, normalised to 25 °C and made monotone. */
const LOW_RATE_CAPACITY_FACTOR = capacityTableFromA123();

const CAPACITY_TABLES: Record<Chemistry, readonly FactorPoint[]> = {
  LFP: LOW_RATE_CAPACITY_FACTOR,
  // No public low-rate capacity-vs-temperature measurement of an NMC or NCA cell was found; the LFP one is
  // used as a proxy (same graphite anode; LFP's cathode is the slowest of the three in the cold, so this is
  // cautious).
  NMC: LOW_RATE_CAPACITY_FACTOR,
  NCA: LOW_RATE_CAPACITY_FACTOR,
};

function clampTemperatureC(temperatureC: number): number {
  return Math.min(TEMPERATURE_RANGE_C.max, Math.max(TEMPERATURE_RANGE_C.min, temperatureC));
}

function interpolate(table: readonly FactorPoint[], temperatureC: number): number {
  const first = table[0];
  const last = table[table.length - 1];
  if (first === undefined || last === undefined) throw new Error('empty factor table');
  if (temperatureC <= first.temperatureC) return first.factor;
  if (temperatureC >= last.temperatureC) return last.factor;
  for (let i = 0; i + 1 < table.length; i++) {
    const a = table[i];
    const b = table[i + 1];
    if (a === undefined || b === undefined) break;
    if (temperatureC <= b.temperatureC) {
      return (
        a.factor +
        ((b.factor - a.factor) * (temperatureC - a.temperatureC)) / (b.temperatureC - a.temperatureC)
      );
    }
  }
  return last.factor;
}

/**
 * Usable-capacity multiplier at `temperatureC` (1 at 25 °C). Formula: linear interpolation in `Q(T)/Q(25 °C)`
 * of the A123 LFP cell discharged at C/30 to 2.0 V at −25, −15, −5, 5, 15, 25, 35 and 45 °C
 * (batterysim/esctoolbox-python, Plett 2015), pooled to be non-decreasing. Temperature is clamped to
 * `TEMPERATURE_RANGE_C`; above 45 °C the 45 °C value is held. NMC and NCA use the same table as a proxy (see
 * `TEMPERATURE_SOURCES`). Range of values: 0.985 (−20 °C) … 1.003.
 */
export function capacityFactorAt(chemistry: Chemistry, temperatureC: number): number {
  if (Number.isNaN(temperatureC)) return Number.NaN;
  return interpolate(CAPACITY_TABLES[chemistry], clampTemperatureC(temperatureC));
}

// -----------------------------------------------------------------------------------------------------------
// Resistance
// -----------------------------------------------------------------------------------------------------------

/**
 * Sony/Murata US26650FTC1 (LFP) discharge resistance in Ω at SoC 0.2…0.9, measured at 10, 25 and 40 °C:
 * martincornejo/simses-lite src/simses/model/cell/data/CLFP_Sony_US26650_Rint.csv, columns R_DCh(T=10|25|40)
 * (Naumann 2018, TU Munich). SoC 0 and 0.1 are left out: there the end-of-discharge rise dominates.
 */
const SONY_LFP_DISCHARGE_R_OHM: Readonly<Record<10 | 25 | 40, readonly number[]>> = {
  10: [
    0.080774939, 0.075055233, 0.074809788, 0.069390124, 0.065120954, 0.061503438, 0.064822427, 0.061432462,
  ],
  25: [0.050374992, 0.048845551, 0.051762822, 0.047827935, 0.04426628, 0.041785842, 0.046555916, 0.042546505],
  40: [
    0.038430102, 0.037541588, 0.040018594, 0.038375676, 0.035121551, 0.032894641, 0.037723435, 0.033978319,
  ],
};

/**
 * Activation energy of PyBaMM's equivalent-circuit example set: "Arrhenius in temperature (with Ea=20000)"
 * (pybamm-team/PyBaMM src/pybamm/input/parameters/ecm/example_set.py). Used for NMC and NCA.
 */
const PYBAMM_ECM_EXAMPLE_EA_J_PER_MOL = 20_000;

/**
 * Above this temperature the resistance factor is held. The LFP measurement stops at 40 °C (SimSES holds its
 * 40 °C column for 60 °C too); extrapolating Arrhenius further would promise ever-lower resistance.
 */
const RESISTANCE_HOLD_ABOVE_C = 40;

function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

/** Inverse-temperature distance from 25 °C, 1/T − 1/T25 in 1/K. */
function inverseTemperatureFromReference(temperatureC: number): number {
  return 1 / (temperatureC + KELVIN_OFFSET) - 1 / (REFERENCE_TEMPERATURE_C + KELVIN_OFFSET);
}

/** Ea that makes `exp(Ea/R·(1/T − 1/T25))` hit `ratio` at `temperatureC`. */
function activationEnergyFromRatio(ratio: number, temperatureC: number): number {
  return (GAS_CONSTANT_J_PER_MOL_K * Math.log(ratio)) / inverseTemperatureFromReference(temperatureC);
}

interface ArrheniusModel {
  /** Ea used below 25 °C, J/mol. */
  coldEaJPerMol: number;
  /** Ea used from 25 °C up to the hold temperature, J/mol. */
  hotEaJPerMol: number;
}

const SONY_R25_MEAN_OHM = mean(SONY_LFP_DISCHARGE_R_OHM[25]);

/** LFP: two Arrhenius branches through the measured 10 °C and 40 °C ratios (≈18.3 and ≈12.4 kJ/mol). */
const LFP_RESISTANCE: ArrheniusModel = {
  coldEaJPerMol: activationEnergyFromRatio(mean(SONY_LFP_DISCHARGE_R_OHM[10]) / SONY_R25_MEAN_OHM, 10),
  hotEaJPerMol: activationEnergyFromRatio(mean(SONY_LFP_DISCHARGE_R_OHM[40]) / SONY_R25_MEAN_OHM, 40),
};

const PYBAMM_EXAMPLE_RESISTANCE: ArrheniusModel = {
  coldEaJPerMol: PYBAMM_ECM_EXAMPLE_EA_J_PER_MOL,
  hotEaJPerMol: PYBAMM_ECM_EXAMPLE_EA_J_PER_MOL,
};

const RESISTANCE_MODELS: Record<Chemistry, ArrheniusModel> = {
  LFP: LFP_RESISTANCE,
  NMC: PYBAMM_EXAMPLE_RESISTANCE,
  NCA: PYBAMM_EXAMPLE_RESISTANCE,
};

/**
 * Internal-resistance multiplier at `temperatureC` (1 at 25 °C). Formula (Arrhenius):
 * `R(T)/R25 = exp(Ea/R_gas·(1/T − 1/298.15 K))`, T in kelvin, with T first clamped to `TEMPERATURE_RANGE_C`
 * and then capped at 40 °C (held above).
 * Ea: NMC and NCA 20 kJ/mol (PyBaMM ECM example set); LFP ≈18.3 kJ/mol below 25 °C and ≈12.4 kJ/mol above,
 * fitted exactly to the measured Sony US26650FTC1 discharge resistance at 10/25/40 °C (SimSES, Naumann 2018).
 * Values: NMC/NCA 4.20 at −20 °C … 0.68 from 40 °C; LFP 3.71 … 0.79.
 */
export function resistanceFactorAt(chemistry: Chemistry, temperatureC: number): number {
  if (Number.isNaN(temperatureC)) return Number.NaN;
  const t = Math.min(RESISTANCE_HOLD_ABOVE_C, clampTemperatureC(temperatureC));
  const model = RESISTANCE_MODELS[chemistry];
  const ea = t < REFERENCE_TEMPERATURE_C ? model.coldEaJPerMol : model.hotEaJPerMol;
  return Math.exp((ea / GAS_CONSTANT_J_PER_MOL_K) * inverseTemperatureFromReference(t));
}

const A123_CAPACITY_SOURCE =
  'A123 LFP cell, C/30 discharge capacity at −25…45 °C (G. Plett, Battery Management Systems Vol. I, ' +
  'Artech House 2015; data batterysim/esctoolbox-python A123_OCV_*_S1.csv), ratio to 25 °C, ' +
  'made non-decreasing';

const PYBAMM_ARRHENIUS_SOURCE =
  'Arrhenius with Ea = 20 kJ/mol (pybamm-team/PyBaMM ' +
  'src/pybamm/input/parameters/ecm/example_set.py), held above 40 °C';

/** The sources of the factors (also in docs/battery-data.md). */
export const TEMPERATURE_SOURCES: Record<Chemistry, { capacity: string; resistance: string }> = {
  LFP: {
    capacity: A123_CAPACITY_SOURCE,
    resistance:
      'Sony/Murata US26650FTC1 measured discharge resistance at 10/25/40 °C, mean over SoC 0.2–0.9 ' +
      '(Naumann 2018, TU Munich; martincornejo/simses-lite CLFP_Sony_US26650_Rint.csv); ' +
      'Arrhenius fitted through the points, held above 40 °C',
  },
  NMC: {
    capacity: `${A123_CAPACITY_SOURCE} — used as a proxy: no low-rate NMC measurement was found`,
    resistance: PYBAMM_ARRHENIUS_SOURCE,
  },
  NCA: {
    capacity: `${A123_CAPACITY_SOURCE} — used as a proxy: no low-rate NCA measurement was found`,
    resistance: PYBAMM_ARRHENIUS_SOURCE,
  },
};
