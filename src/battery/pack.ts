import { CHEMISTRY_DATA, type Chemistry } from './chemistry';
import { defaultOcvTable, meanOcvV, socAtOcv, type OcvTable } from './ocv';
import { capacityFactorAt, resistanceFactorAt } from './temperature';

/**
 * Resistance growth with capacity loss, a planning assumption: R rises 2.5 % per 1 % of capacity lost
 * (R × 1.5 at 80 % SoH) — between BLAST-Lite's fitted resistance growth at 80 % capacity for NMC cells and
 * the 200 % resistance end-of-life criterion used in automotive practice (TWAICE). See docs/battery-model.md.
 */
export const RESISTANCE_GROWTH_PER_CAPACITY_LOSS = 2.5;

/** Everything the simulator needs about a battery, in SI units, with temperature and ageing applied. */
export interface PackModel {
  chemistry: Chemistry;
  configuration: { kind: 'cells'; series: number; parallel: number } | { kind: 'pack' };
  /** Cell OCV table and the multiplier that turns it into pack OCV: OCV_pack(s) = ocvScale · OCV_cell(s). */
  ocvTable: OcvTable;
  ocvScale: number;
  /** The pack OCV curve as arrays (SoC breakpoints, pack volts) for fast interpolation in the integrators. */
  ocvSocs: Float64Array;
  ocvVolts: Float64Array;
  /** Rated capacity when new, at 25 °C (Ah). C-rates are quoted against this. */
  ratedCapacityAh: number;
  /** Capacity available now: rated × SoH × temperature factor (Ah). SoC is a fraction of this. */
  capacityAh: number;
  /** Rated energy when new (Wh): pack figure, or S·P·Q_cell·V_nom for cells. */
  ratedEnergyWh: number;
  /** DC internal resistance now (Ω): rated × temperature factor × ageing factor. */
  resistanceOhm: number;
  maxVoltageV: number;
  minVoltageV: number;
  massKg: number;
  maxDischargeCRate: number;
  maxChargeCRate: number;
  cycleLife: number | null;
  reserveSoc: number;
  maxSoc: number;
  stateOfHealth: number;
  temperatureC: number;
}

/** The cell figures a pack of S × P cells scales (the plan's `battery.cells.cell`). */
export interface CellSpec {
  capacityAh: number;
  nominalVoltageV: number;
  maxVoltageV: number;
  minVoltageV: number;
  internalResistanceOhm: number;
  massKg: number;
}

/** The figures of a pack of S × P identical cells, when new and at 25 °C. */
export interface CellPackFigures {
  /** `P·Q_cell` (Ah). */
  capacityAh: number;
  /** The datasheet energy `P·Q_cell·S·V_nom` (Wh). */
  energyWh: number;
  /** `S·V_nom`, `S·V_max`, `S·V_min` (V). */
  nominalVoltageV: number;
  maxVoltageV: number;
  minVoltageV: number;
  /** `(S/P)·R_cell` (Ω). */
  resistanceOhm: number;
  /** `S·P·m_cell·(1 + overhead/100)` (kg): the cells plus housing, BMS and wiring. */
  massKg: number;
}

/**
 * The pack law for S cells in series × P strings in parallel (docs/battery-model.md, "Pack";
 * docs/references.md#pack-scaling), the one place it is written: the simulator's pack model, the cells → pack
 * edit and sizing all take their figures from here. `overheadPercent` is the pack-level mass overhead (0 for
 * the bare cells).
 */
export function cellPackFigures(
  cell: CellSpec,
  series: number,
  parallel: number,
  overheadPercent: number,
): CellPackFigures {
  const capacityAh = parallel * cell.capacityAh;
  return {
    capacityAh,
    energyWh: capacityAh * series * cell.nominalVoltageV,
    nominalVoltageV: series * cell.nominalVoltageV,
    maxVoltageV: series * cell.maxVoltageV,
    minVoltageV: series * cell.minVoltageV,
    resistanceOhm: (series / parallel) * cell.internalResistanceOhm,
    massKg: series * parallel * cell.massKg * (1 + overheadPercent / 100),
  };
}

/** Battery description after presets are resolved (mirrors the plan's `battery` object). */
export interface BatterySpec {
  chemistry: Chemistry;
  pack?:
    | {
        energyWh: number;
        nominalVoltageV: number;
        maxVoltageV?: number | undefined;
        minVoltageV?: number | undefined;
        internalResistanceOhm: number;
        /** Fixed pack mass; or, without it, `energyWh / specificEnergyWhPerKg`. */
        massKg?: number | undefined;
        specificEnergyWhPerKg?: number | undefined;
        maxDischargeCRate?: number | undefined;
        maxChargeCRate?: number | undefined;
        cycleLife?: number | undefined;
      }
    | undefined;
  cells?:
    | {
        cell: CellSpec & {
          maxDischargeCRate: number;
          maxChargeCRate: number;
          cycleLife?: number | undefined;
        };
        series: number;
        parallel: number;
        packMassOverheadPercent: number;
      }
    | undefined;
  reservePercent: number;
  maxSocPercent: number;
  stateOfHealthPercent: number;
  temperatureC: number;
  ocvTable?: readonly { socPercent: number; voltageV: number }[] | undefined;
}

const meanOcvCache = new WeakMap<OcvTable, number>();
/** meanOcvV, memoised per table (the default tables are shared and frozen). */
function cachedMeanOcvV(table: OcvTable): number {
  let v = meanOcvCache.get(table);
  if (v === undefined) {
    v = meanOcvV(table);
    meanOcvCache.set(table, v);
  }
  return v;
}

/** Resistance multiplier for a pack at state of health `soh` (0..1): 1 + 2.5·(1 − soh). */
export function ageingResistanceFactor(soh: number): number {
  return 1 + RESISTANCE_GROWTH_PER_CAPACITY_LOSS * Math.max(0, 1 - soh);
}

/**
 * Build the pack model.
 * - Cells: `cellPackFigures` — `Q = P·Q_cell`, `R = (S/P)·R_cell`, mass `S·P·m_cell·(1 + overhead)` — and
 *   `OCV_pack = S·OCV_cell`, with the chemistry's OCV curve or the plan's measured one. Rated energy is the
 *   datasheet's `S·P·Q_cell·V_nom`; the simulation draws the OCV integral.
 * - Pack figures: the OCV curve is scaled so its mean equals the pack's nominal voltage
 *   (`S_eq = V_nom / mean OCV_cell`) and `Q = E / V_nom`.
 * - Temperature scales capacity and resistance (docs/battery-data.md); state of health scales capacity and
 *   raises resistance by `ageingResistanceFactor`.
 */
export function buildPack(spec: BatterySpec): PackModel {
  const custom = spec.ocvTable?.map((p) => ({ soc: p.socPercent / 100, voltageV: p.voltageV }));
  const ocvTable = custom ?? defaultOcvTable(spec.chemistry);
  const tableMeanV = cachedMeanOcvV(ocvTable);
  const chem = CHEMISTRY_DATA[spec.chemistry].defaults;
  const stateOfHealth = spec.stateOfHealthPercent / 100;
  const capFactor = capacityFactorAt(spec.chemistry, spec.temperatureC);
  const resFactor =
    resistanceFactorAt(spec.chemistry, spec.temperatureC) * ageingResistanceFactor(stateOfHealth);
  // Object literals written out in full: object spread is a slow path in V8 for objects this wide.
  if (spec.cells) {
    const { cell, series, parallel } = spec.cells;
    const f = cellPackFigures(cell, series, parallel, spec.cells.packMassOverheadPercent);
    const ratedCapacityAh = f.capacityAh;
    const arrays = ocvArrays(ocvTable, series);
    return {
      chemistry: spec.chemistry,
      configuration: { kind: 'cells', series, parallel },
      ocvTable,
      ocvScale: series,
      ocvSocs: arrays.socs,
      ocvVolts: arrays.volts,
      ratedCapacityAh,
      capacityAh: ratedCapacityAh * stateOfHealth * capFactor,
      ratedEnergyWh: f.energyWh,
      resistanceOhm: f.resistanceOhm * resFactor,
      maxVoltageV: f.maxVoltageV,
      minVoltageV: f.minVoltageV,
      massKg: f.massKg,
      maxDischargeCRate: cell.maxDischargeCRate,
      maxChargeCRate: cell.maxChargeCRate,
      cycleLife: cell.cycleLife ?? null,
      reserveSoc: spec.reservePercent / 100,
      maxSoc: spec.maxSocPercent / 100,
      stateOfHealth,
      temperatureC: spec.temperatureC,
    };
  }
  const pack = spec.pack!;
  const seriesEquivalent = pack.nominalVoltageV / tableMeanV;
  const ratedCapacityAh = pack.energyWh / pack.nominalVoltageV;
  const topV = ocvTable[ocvTable.length - 1]!.voltageV;
  const arrays = ocvArrays(ocvTable, seriesEquivalent);
  return {
    chemistry: spec.chemistry,
    configuration: { kind: 'pack' },
    ocvTable,
    ocvScale: seriesEquivalent,
    ocvSocs: arrays.socs,
    ocvVolts: arrays.volts,
    ratedCapacityAh,
    capacityAh: ratedCapacityAh * stateOfHealth * capFactor,
    ratedEnergyWh: pack.energyWh,
    resistanceOhm: pack.internalResistanceOhm * resFactor,
    // The chemistry's charge voltage (as for cells), or the table's top when a custom table goes higher; the
    // chemistry's cell limits and rate limits (its record's `defaults`) where the pack figures leave them out.
    maxVoltageV: pack.maxVoltageV ?? seriesEquivalent * Math.max(chem.maxVoltageV, topV),
    minVoltageV: pack.minVoltageV ?? seriesEquivalent * chem.minVoltageV,
    massKg: packFiguresMassKg(pack),
    maxDischargeCRate: pack.maxDischargeCRate ?? chem.maxDischargeCRate,
    maxChargeCRate: pack.maxChargeCRate ?? chem.maxChargeCRate,
    cycleLife: pack.cycleLife ?? null,
    reserveSoc: spec.reservePercent / 100,
    maxSoc: spec.maxSocPercent / 100,
    stateOfHealth,
    temperatureC: spec.temperatureC,
  };
}

/**
 * Mass of a pack given by its figures: the fixed `massKg`, or the energy at the pack's specific energy
 * (`energyWh / specificEnergyWhPerKg`), so the mass follows the energy when the energy changes.
 */
export function packFiguresMassKg(pack: {
  energyWh: number;
  massKg?: number | undefined;
  specificEnergyWhPerKg?: number | undefined;
}): number {
  if (pack.massKg !== undefined) return pack.massKg;
  return pack.specificEnergyWhPerKg ? pack.energyWh / pack.specificEnergyWhPerKg : 0;
}

/** The OCV table as arrays (SoC breakpoints, pack volts = scale × cell volts) for `packOcvV`. */
function ocvArrays(table: OcvTable, scale: number): { socs: Float64Array; volts: Float64Array } {
  const n = table.length;
  const socs = new Float64Array(n);
  const volts = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    socs[i] = table[i]!.soc;
    volts[i] = table[i]!.voltageV * scale;
  }
  return { socs, volts };
}

/**
 * Pack open-circuit voltage at state of charge `soc` (0..1): `ocvScale · OCV_cell(soc)`, by linear
 * interpolation on the pack's OCV arrays (clamped at the ends). Equal to `ocvScale · ocvAt(table, soc)`.
 */
export function packOcvV(pack: PackModel, soc: number): number {
  const xs = pack.ocvSocs;
  const ys = pack.ocvVolts;
  const n = xs.length;
  if (!(soc > xs[0]!)) return ys[0]!;
  if (soc >= xs[n - 1]!) return ys[n - 1]!;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! <= soc) lo = mid;
    else hi = mid;
  }
  const x0 = xs[lo]!;
  const y0 = ys[lo]!;
  return y0 + ((ys[hi]! - y0) * (soc - x0)) / (xs[hi]! - x0);
}

/** Lowest SoC whose pack OCV reaches `voltageV`; null when even a full pack is below it. */
export function packSocAtOcv(pack: PackModel, voltageV: number): number | null {
  return socAtOcv(pack.ocvTable, voltageV / pack.ocvScale);
}

/**
 * Highest SoC whose pack OCV does not exceed `voltageV` — the CC-CV end point, where the CV current
 * `(V_max − OCV)/R` is still at least the end current. Differs from `packSocAtOcv` (the lowest SoC reaching a
 * voltage) on flat stretches of the curve: with a flat top at exactly `voltageV`, charging goes on to the top
 * of the flat stretch. 1 when the whole curve is at or below `voltageV` (the OCV is flat beyond the table's
 * last point); 0 when even an empty pack is above it. Scans the pack's OCV arrays from the top (no
 * allocation: this runs once per simulation).
 */
export function packHighestSocAtOrBelowOcv(pack: PackModel, voltageV: number): number {
  const xs = pack.ocvSocs;
  const ys = pack.ocvVolts;
  const n = xs.length;
  if (!(voltageV >= ys[0]!)) return 0;
  if (voltageV >= ys[n - 1]!) return 1;
  for (let k = n - 2; k >= 0; k--) {
    const y = ys[k]!;
    // ys[k + 1] > voltageV here (it failed this test, or it is the last point), so the crossing is on k…k+1.
    if (y <= voltageV) return xs[k]! + ((voltageV - y) * (xs[k + 1]! - xs[k]!)) / (ys[k + 1]! - y);
  }
  return 0;
}
