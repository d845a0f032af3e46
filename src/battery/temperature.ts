import { byChemistry, type Chemistry, type ResistanceTemperatureLaw } from './chemistry';

/**
 * Temperature derating of cell capacity and internal resistance, relative to 25 °C (= 1.0). Sources and the
 * reasoning behind each number: docs/battery-data.md §2. The data of each chemistry (its low-rate capacity
 * measurement, its resistance law and their sources) is in its record, src/battery/chemistries/*.ts; the laws
 * that turn the data into factors are here.
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

/**
 * Capacity factor vs temperature from a low-rate capacity measurement ([°C, Ah], must include 25 °C):
 * normalised to 25 °C and made monotone.
 */
function capacityFactorTable(
  capacityAh: readonly (readonly [temperatureC: number, capacityAh: number])[],
): readonly FactorPoint[] {
  const reference = capacityAh.find(([t]) => t === REFERENCE_TEMPERATURE_C);
  if (reference === undefined) throw new Error('capacity data must include 25 °C');
  const factors = nonDecreasing(capacityAh.map(([, ah]) => ah / reference[1]));
  return Object.freeze(
    capacityAh.map(([temperatureC], i) => Object.freeze({ temperatureC, factor: factors[i] ?? 1 })),
  );
}

const CAPACITY_TABLES: Record<Chemistry, readonly FactorPoint[]> = byChemistry((c) =>
  capacityFactorTable(c.temperature.lowRateCapacityAh),
);

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

/** The chemistry's resistance law as the two Arrhenius branches `resistanceFactorAt` uses. */
function arrheniusModel(law: ResistanceTemperatureLaw): ArrheniusModel {
  if (law.kind === 'arrhenius') return { coldEaJPerMol: law.eaJPerMol, hotEaJPerMol: law.eaJPerMol };
  // Measured: one branch through each measured ratio to 25 °C (LFP: ≈18.3 and ≈12.4 kJ/mol).
  const r25 = mean(law.referenceOhm);
  return {
    coldEaJPerMol: activationEnergyFromRatio(mean(law.cold.resistanceOhm) / r25, law.cold.temperatureC),
    hotEaJPerMol: activationEnergyFromRatio(mean(law.hot.resistanceOhm) / r25, law.hot.temperatureC),
  };
}

const RESISTANCE_MODELS: Record<Chemistry, ArrheniusModel> = byChemistry((c) =>
  arrheniusModel(c.temperature.resistance),
);

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

/** The sources of the factors (the chemistry records; also in docs/battery-data.md). */
export const TEMPERATURE_SOURCES: Record<Chemistry, { capacity: string; resistance: string }> = byChemistry(
  (c) => c.temperature.sources,
);
