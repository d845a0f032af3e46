import type { Chemistry } from '../battery/chemistry';
import { CHEMISTRY_SPECS, type ChemistrySpec } from './chemistries';
import { planningAssumption, roundTo, unsourced, type Sourced } from './sourced';

/** Samsung INR21700-50E spec V1.0, via a provenance-tagged cell library. */
const SAMSUNG_50E_SPEC =
  "Samsung spec V1.0 via code search: battery-design cells.js (curated cell library, provenance-tagged; CHEMISTRIES table is that project's typical ranges)";
/** Samsung INR21700-50S spec (the page is titled 50E but lists the 50S). */
const SAMSUNG_50S_SPEC =
  'https://www.batteryspace.com/Samsung-21700-Lithium-Rechargeable-Cell-3.6V-5000mAh-18Wh-INR21700-50E-1.aspx (actually Samsung INR21700-50S spec)';
/** EVE 304 Ah LFP prismatic cell datasheet. */
const EVE_304AH_DATASHEET =
  'https://vehiclethermal.com/eve-cell-datasheet/eve-304ah-lifepo4-datasheet (EVE 304Ah LFP datasheet: >=3500 cycles @1C/1C 25C to 80%, 2.5-3.65 V; >=1800 cycles @45C)';
/** Samsung INR21700-50E spec, via a provenance-tagged cell library. */
const SAMSUNG_50E_SPEC_FIELDS =
  "Samsung spec via code search: battery-design cells.js (curated cell library, provenance-tagged; CHEMISTRIES table is that project's typical ranges)";

/** Cell figures a planner may need; null-valued ones get a chemistry-level planning default. */
export type CellPlanningKey =
  | 'nominalV'
  | 'maxV'
  | 'minV'
  | 'internalResistanceOhm'
  | 'massKg'
  | 'maxContDischargeA'
  | 'maxChargeA'
  | 'cycleLifeCycles';

export interface Cell {
  readonly id: string;
  readonly name: string;
  readonly chemistry: Chemistry;
  /** Chemistry as the source describes it, e.g. 'NCA (graphite+Si anode)'. */
  readonly chemistryDetail: string;
  readonly formFactor: '21700' | 'prismatic';
  readonly capacityAh: Sourced;
  readonly nominalV: Sourced;
  readonly maxV: Sourced;
  readonly minV: Sourced;
  readonly internalResistanceOhm: Sourced;
  readonly massKg: Sourced;
  readonly maxContDischargeA: Sourced;
  readonly maxPulseDischargeA: Sourced;
  readonly maxChargeA: Sourced;
  readonly cycleLifeCycles: Sourced;
  /** State of health (% of rated capacity) at which `cycleLifeCycles` ends; null when unknown. */
  readonly cycleLifeEndSohPct: number | null;
  readonly notes?: string;
  /** PowerPlan estimates from the chemistry-level figures, only for fields the cell entry lacks. */
  readonly planningDefaults: Readonly<Partial<Record<CellPlanningKey, Sourced>>>;
}

type CellData = Omit<Cell, 'planningDefaults'>;

const CELL_DATA: readonly CellData[] = [
  {
    id: 'samsung-inr21700-50e',
    name: 'Samsung INR21700-50E',
    chemistry: 'NCA',
    chemistryDetail: 'NCA (graphite+Si anode)',
    formFactor: '21700',
    capacityAh: {
      value: 4.9,
      unit: 'Ah',
      source: SAMSUNG_50E_SPEC,
      confidence: 'datasheet',
      note: '5.0 Ah typ',
    },
    nominalV: {
      value: 3.6,
      unit: 'V',
      source: SAMSUNG_50E_SPEC_FIELDS,
      confidence: 'datasheet',
      note: 'some pack designers use 3.63 V',
    },
    maxV: { value: 4.2, unit: 'V', source: SAMSUNG_50E_SPEC_FIELDS, confidence: 'datasheet' },
    minV: { value: 2.5, unit: 'V', source: SAMSUNG_50E_SPEC_FIELDS, confidence: 'datasheet' },
    internalResistanceOhm: {
      value: 0.035,
      unit: 'Ohm',
      source:
        "code search: battery-design cells.js (curated cell library, provenance-tagged; CHEMISTRIES table is that project's typical ranges)",
      confidence: 'estimate',
      note: 'DC-IR estimate for the 50E from the cell library; AC-IR is lower. Converted from 35 mOhm.',
    },
    massKg: {
      value: 0.069,
      unit: 'kg',
      source: SAMSUNG_50E_SPEC_FIELDS,
      confidence: 'datasheet',
      note: 'max. Converted from 69 g.',
    },
    maxContDischargeA: { value: 9.8, unit: 'A', source: SAMSUNG_50E_SPEC_FIELDS, confidence: 'datasheet' },
    maxPulseDischargeA: {
      value: 14.7,
      unit: 'A',
      source: SAMSUNG_50E_SPEC_FIELDS,
      confidence: 'datasheet',
      note: 'duration not stated',
    },
    maxChargeA: unsourced(
      'A',
      'Not in the research catalog cell entry (NCA chemistry typical 0.7C; 50E standard charge 0.3-0.5C).',
    ),
    cycleLifeCycles: {
      value: 500,
      unit: 'cycles',
      source: SAMSUNG_50E_SPEC_FIELDS,
      confidence: 'datasheet',
      note: 'to 80% capacity',
    },
    cycleLifeEndSohPct: 80,
    notes:
      'Chemistry per code search (dataset README: 50E = NCA/Graphite+Si 4.9 Ah; M50LT = NCM/Graphite 4.8 Ah)',
  },
  {
    id: 'lg-inr21700-m50lt',
    name: 'LG INR21700-M50LT',
    chemistry: 'NMC',
    chemistryDetail: 'NMC (NCM811-class / graphite)',
    formFactor: '21700',
    capacityAh: {
      value: 4.8,
      unit: 'Ah',
      source: 'code search (dataset README: 50E = NCA/Graphite+Si 4.9 Ah; M50LT = NCM/Graphite 4.8 Ah)',
      confidence: 'third_party_compilation',
      note: '~4.8-5.0 Ah',
    },
    nominalV: unsourced('V', 'Datasheet not found in session (commonly ~3.63 V).'),
    maxV: unsourced('V', 'Datasheet not found.'),
    minV: unsourced('V', 'Datasheet not found.'),
    internalResistanceOhm: unsourced('Ohm', 'Datasheet not found.'),
    massKg: unsourced('kg', 'Datasheet not found.'),
    maxContDischargeA: unsourced(
      'A',
      "Datasheet not found; community reports ~7 A rating, 15 A 'LT' claims unverified.",
    ),
    maxPulseDischargeA: unsourced('A', 'Datasheet not found.'),
    maxChargeA: unsourced('A', 'Datasheet not found.'),
    cycleLifeCycles: unsourced('cycles', 'Datasheet not found.'),
    cycleLifeEndSohPct: null,
    notes: 'Datasheet not found; only capacity and chemistry are sourced.',
  },
  {
    id: 'samsung-inr21700-50s',
    name: 'Samsung INR21700-50S',
    chemistry: 'NMC',
    chemistryDetail: 'NMC/NCA high-power 21700',
    formFactor: '21700',
    capacityAh: {
      value: 5,
      unit: 'Ah',
      source: SAMSUNG_50S_SPEC,
      confidence: 'datasheet',
      note: '4.8 Ah min @2C',
    },
    nominalV: { value: 3.6, unit: 'V', source: SAMSUNG_50S_SPEC, confidence: 'datasheet' },
    maxV: { value: 4.2, unit: 'V', source: SAMSUNG_50S_SPEC, confidence: 'datasheet' },
    minV: { value: 2.5, unit: 'V', source: SAMSUNG_50S_SPEC, confidence: 'datasheet' },
    internalResistanceOhm: unsourced('Ohm', 'Not in the research catalog.'),
    massKg: {
      value: 0.072,
      unit: 'kg',
      source: SAMSUNG_50S_SPEC,
      confidence: 'datasheet',
      note: 'max. Converted from 72 g.',
    },
    maxContDischargeA: {
      value: 25,
      unit: 'A',
      source: SAMSUNG_50S_SPEC,
      confidence: 'datasheet',
      note: '45 A with 80 C temperature cut',
    },
    maxPulseDischargeA: unsourced('A', 'Not in the research catalog.'),
    maxChargeA: {
      value: 6,
      unit: 'A',
      source: SAMSUNG_50S_SPEC,
      confidence: 'datasheet',
      note: 'continuous; 10 A step charge',
    },
    cycleLifeCycles: {
      value: 250,
      unit: 'cycles',
      source: SAMSUNG_50S_SPEC,
      confidence: 'datasheet',
      note: 'to 60% capacity at 25 A discharge - not an 80% figure',
    },
    cycleLifeEndSohPct: 60,
    notes:
      "The source page is titled 50E but lists the 50S spec. The research catalog gives the chemistry as 'NMC/NCA'; PowerPlan files it under NMC (same 3.6 / 4.2 / 2.5 V window).",
  },
  {
    id: 'eve-304ah-lfp',
    name: 'EVE 304 Ah LFP prismatic',
    chemistry: 'LFP',
    chemistryDetail: 'LFP prismatic',
    formFactor: 'prismatic',
    capacityAh: {
      value: 304,
      unit: 'Ah',
      source: EVE_304AH_DATASHEET,
      confidence: 'datasheet',
      note: 'Rated capacity from the cell designation of the cited datasheet (304Ah); the research catalog has no separate capacity field.',
    },
    nominalV: { value: 3.2, unit: 'V', source: EVE_304AH_DATASHEET, confidence: 'datasheet' },
    maxV: {
      value: 3.65,
      unit: 'V',
      source: EVE_304AH_DATASHEET,
      confidence: 'datasheet',
      note: 'From the 2.5-3.65 V window quoted for this datasheet.',
    },
    minV: {
      value: 2.5,
      unit: 'V',
      source: EVE_304AH_DATASHEET,
      confidence: 'datasheet',
      note: 'From the 2.5-3.65 V window quoted for this datasheet.',
    },
    internalResistanceOhm: unsourced(
      'Ohm',
      'Not in the research catalog for this cell (EVE LF280K: <=0.25 mOhm AC-IR).',
    ),
    massKg: unsourced('kg', 'Not in the research catalog.'),
    maxContDischargeA: unsourced('A', 'Not stated; the datasheet cycle-life condition is 1C/1C.'),
    maxPulseDischargeA: unsourced('A', 'Not in the research catalog.'),
    maxChargeA: {
      value: 304,
      unit: 'A',
      source: 'derived: 1C (EVE 304Ah datasheet 1C/1C cycling condition) x 304 Ah',
      confidence: 'derived',
      note: 'No charging below 0 C.',
    },
    cycleLifeCycles: {
      value: 3500,
      unit: 'cycles',
      source: EVE_304AH_DATASHEET,
      confidence: 'datasheet',
      note: 'to 80% capacity at 1C/1C, 25 C, 100% DoD; >=1800 cycles at 45 C',
    },
    cycleLifeEndSohPct: 80,
  },
];

function chemistryDefaults(cell: CellData, chem: ChemistrySpec): Partial<Record<CellPlanningKey, Sourced>> {
  const out: Partial<Record<CellPlanningKey, Sourced>> = {};
  const label = `${chem.chemistry} chemistry-level`;
  const copy = (key: CellPlanningKey, fig: Sourced, what: string): void => {
    if (cell[key].value !== null || fig.value === null) return;
    out[key] = planningAssumption(
      fig.value,
      fig.unit,
      `${label} ${what} (${fig.confidence}), used because the ${cell.name} entry has none.`,
      fig.range,
    );
  };
  copy('nominalV', chem.nominalV, 'nominal voltage');
  copy('maxV', chem.maxV, 'max voltage');
  copy('minV', chem.minV, 'min voltage');
  copy('internalResistanceOhm', chem.internalResistanceOhm, 'internal resistance');
  if (cell.cycleLifeCycles.value === null && chem.cycleLife100DodCycles.value !== null) {
    out.cycleLifeCycles = planningAssumption(
      chem.cycleLife100DodCycles.value,
      'cycles',
      `${label} cycle life to 80% at 100% DoD (${chem.cycleLife100DodCycles.confidence}); the ${cell.name} entry has none.`,
      chem.cycleLife100DodCycles.range,
    );
  }
  const capacityAh = cell.capacityAh.value;
  if (capacityAh !== null) {
    const cRate = (key: 'maxContDischargeA' | 'maxChargeA', c: Sourced, what: string): void => {
      if (cell[key].value !== null || c.value === null) return;
      out[key] = planningAssumption(
        roundTo(c.value * capacityAh),
        'A',
        `${label} ${what} of ${c.value}C (${c.confidence}) x ${capacityAh} Ah; the ${cell.name} entry has none.`,
      );
    };
    cRate('maxContDischargeA', chem.maxContDischargeC, 'max continuous discharge');
    cRate('maxChargeA', chem.maxChargeC, 'max charge rate');
    const nominalV = cell.nominalV.value ?? chem.nominalV.value;
    const whPerKg = chem.specificEnergyCellWhPerKg.value;
    if (cell.massKg.value === null && nominalV !== null && whPerKg !== null) {
      out.massKg = planningAssumption(
        roundTo((capacityAh * nominalV) / whPerKg),
        'kg',
        `${capacityAh} Ah x ${nominalV} V / ${whPerKg} Wh/kg (${label} cell specific energy); the ${cell.name} entry has no mass.`,
      );
    }
  }
  return out;
}

/** Preset cells. Figures come from the research catalog; `planningDefaults` fill gaps from the chemistry. */
export const CELLS: readonly Cell[] = CELL_DATA.map((cell) => {
  const chem = CHEMISTRY_SPECS.find((c) => c.chemistry === cell.chemistry);
  return { ...cell, planningDefaults: chem === undefined ? {} : chemistryDefaults(cell, chem) };
});
