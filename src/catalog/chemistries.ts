import type { Chemistry } from '../battery/chemistry';
import { planningAssumption, unsourced, type Sourced } from './sourced';

/** Curated, provenance-tagged cell library (battery-design cells.js); its CHEMISTRIES table gives typical ranges. */
const BATTERY_DESIGN_CELLS_JS =
  "code search: battery-design cells.js (curated cell library, provenance-tagged; CHEMISTRIES table is that project's typical ranges)";
/** EVE 304 Ah LFP prismatic cell datasheet. */
const EVE_304AH_DATASHEET =
  'https://vehiclethermal.com/eve-cell-datasheet/eve-304ah-lifepo4-datasheet (EVE 304Ah LFP datasheet: >=3500 cycles @1C/1C 25C to 80%, 2.5-3.65 V; >=1800 cycles @45C)';
/** Pack-level gravimetric energy density list. */
const BATTERYDESIGN_PACK_WHKG =
  'https://www.batterydesign.net/pack-gravimetric-energy-density/ (pack Wh/kg list)';
/** Summary of a Nature Communications 2023 perspective (cell vs pack Wh/kg). */
const NATURE_COMMS_2023_SUMMARY =
  "https://onecharge.biz/es/?p=5142 summarizing 'A non-academic perspective on the future of lithium-based batteries', Nature Communications Jan 2023 (cell vs pack Wh/kg NMC/LFP)";

/** Chemistry-level typical figures (per cell unless stated), used when a specific cell lacks a figure. */
export interface ChemistrySpec {
  readonly chemistry: Chemistry;
  readonly nominalV: Sourced;
  readonly maxV: Sourced;
  readonly minV: Sourced;
  readonly specificEnergyCellWhPerKg: Sourced;
  readonly specificEnergyPackWhPerKg: Sourced;
  /** Max continuous discharge, C-rate. */
  readonly maxContDischargeC: Sourced;
  /** Max charge, C-rate. */
  readonly maxChargeC: Sourced;
  /** Cycles to 80% state of health at 100% depth of discharge. */
  readonly cycleLife100DodCycles: Sourced;
  /** Cycles to 80% state of health at 80% depth of discharge. */
  readonly cycleLife80DodCycles: Sourced;
  /** Cell internal resistance (AC-IR at 1 kHz unless the note says DC-IR). */
  readonly internalResistanceOhm: Sourced;
  /** PowerPlan estimates used only where the catalog has no value. */
  readonly planningDefaults?: { readonly cycleLife80DodCycles?: Sourced };
}

export const CHEMISTRY_SPECS: readonly ChemistrySpec[] = [
  {
    chemistry: 'NMC',
    nominalV: {
      value: 3.6,
      unit: 'V',
      source: BATTERY_DESIGN_CELLS_JS,
      confidence: 'third_party_compilation',
      note: '3.6-3.7 V typical',
    },
    maxV: { value: 4.2, unit: 'V', source: BATTERY_DESIGN_CELLS_JS, confidence: 'third_party_compilation' },
    minV: {
      value: 2.5,
      unit: 'V',
      source: BATTERY_DESIGN_CELLS_JS,
      confidence: 'third_party_compilation',
      note: '2.5-3.0 V depending on maker',
    },
    specificEnergyCellWhPerKg: {
      value: 250,
      unit: 'Wh/kg',
      range: [150, 260],
      source: NATURE_COMMS_2023_SUMMARY,
      confidence: 'press_report',
      note: 'range 150-260 (cells.js); ~250 for modern high-Ni',
    },
    specificEnergyPackWhPerKg: {
      value: 150,
      unit: 'Wh/kg',
      range: [130, 175],
      source: BATTERYDESIGN_PACK_WHKG,
      confidence: 'third_party_compilation',
      note: 'EV packs 148-174 Wh/kg (Tesla Model 3 LR 150-171, F-150 Lightning 174); Nature Comms summary ~130',
    },
    maxContDischargeC: {
      value: 2,
      unit: 'C',
      range: [1.5, 10],
      source:
        "Samsung 50E (9.8 A / 4.9 Ah) via code search: battery-design cells.js (curated cell library, provenance-tagged; CHEMISTRIES table is that project's typical ranges)",
      confidence: 'datasheet',
      note: 'energy cells ~1.5-2C; power cells (Molicel P42A 45 A/4.2 Ah ~10C)',
    },
    maxChargeC: {
      value: 1,
      unit: 'C',
      range: [0.5, 1],
      source: BATTERY_DESIGN_CELLS_JS,
      confidence: 'third_party_compilation',
      note: 'energy 21700s typically 0.3-0.7C standard, up to 1C',
    },
    cycleLife100DodCycles: {
      value: 500,
      unit: 'cycles',
      range: [500, 2000],
      source:
        "Samsung 50E spec via code search: battery-design cells.js (curated cell library, provenance-tagged; CHEMISTRIES table is that project's typical ranges)",
      confidence: 'datasheet',
      note: 'cells.js typical range 500-2000',
    },
    cycleLife80DodCycles: unsourced(
      'cycles',
      'No datasheet-grade 80% DoD figure found. Informal sources say ~1.5-2x the 100% DoD count (veloks.com; nenpower.com) - estimate only.',
    ),
    internalResistanceOhm: {
      value: 0.015,
      unit: 'Ohm',
      range: [0.01, 0.04],
      source: 'https://battscore.com/... TENPOWER INR21700-40TG datasheet v1.41 (AC-IR <=10 mOhm, 206 Wh/kg)',
      confidence: 'datasheet',
      note: 'AC-IR 1 kHz of 21700 cells ~10-18 mOhm (TENPOWER 40TG <=10; Samsung 25R 18650 <=18); DC-IR of energy cells ~30-40 mOhm (50E est. 35 mOhm in cells.js). Converted from 15 mOhm.',
    },
    planningDefaults: {
      cycleLife80DodCycles: planningAssumption(
        750,
        'cycles',
        '1.5x the 500-cycle 100% DoD figure, the low end of the informal 1.5-2x rule (veloks.com, nenpower.com) quoted by the research catalog; no datasheet-grade 80% DoD figure exists.',
        [750, 1000],
      ),
    },
  },
  {
    chemistry: 'NCA',
    nominalV: {
      value: 3.6,
      unit: 'V',
      source: BATTERY_DESIGN_CELLS_JS,
      confidence: 'datasheet',
      note: 'Samsung 50E 3.6 V',
    },
    maxV: { value: 4.2, unit: 'V', source: BATTERY_DESIGN_CELLS_JS, confidence: 'datasheet' },
    minV: { value: 2.5, unit: 'V', source: BATTERY_DESIGN_CELLS_JS, confidence: 'datasheet' },
    specificEnergyCellWhPerKg: {
      value: 256,
      unit: 'Wh/kg',
      range: [200, 260],
      source: 'derived: Samsung 50E 4.9 Ah x 3.6 V / 69 g',
      confidence: 'derived',
      note: 'cells.js range 200-260',
    },
    specificEnergyPackWhPerKg: {
      value: 150,
      unit: 'Wh/kg',
      range: [130, 171],
      source: BATTERYDESIGN_PACK_WHKG,
      confidence: 'third_party_compilation',
      note: 'similar to NMC at pack level',
    },
    maxContDischargeC: { value: 2, unit: 'C', source: 'Samsung 50E 9.8 A', confidence: 'datasheet' },
    maxChargeC: {
      value: 0.7,
      unit: 'C',
      source: BATTERY_DESIGN_CELLS_JS,
      confidence: 'third_party_compilation',
      note: 'typical; 50E standard 0.3-0.5C',
    },
    cycleLife100DodCycles: {
      value: 500,
      unit: 'cycles',
      range: [500, 1500],
      source:
        "Samsung 50E (500 cycles to 80%) via code search: battery-design cells.js (curated cell library, provenance-tagged; CHEMISTRIES table is that project's typical ranges)",
      confidence: 'datasheet',
    },
    cycleLife80DodCycles: unsourced('cycles', 'see NMC note'),
    internalResistanceOhm: {
      value: 0.035,
      unit: 'Ohm',
      source: BATTERY_DESIGN_CELLS_JS,
      confidence: 'estimate',
      note: '50E DC-IR estimate; AC-IR lower. Converted from 35 mOhm.',
    },
    planningDefaults: {
      cycleLife80DodCycles: planningAssumption(
        750,
        'cycles',
        '1.5x the 500-cycle 100% DoD figure, the low end of the informal 1.5-2x rule (veloks.com, nenpower.com) quoted by the research catalog; no datasheet-grade 80% DoD figure exists.',
        [750, 1000],
      ),
    },
  },
  {
    chemistry: 'LFP',
    nominalV: {
      value: 3.2,
      unit: 'V',
      source: EVE_304AH_DATASHEET,
      confidence: 'datasheet',
      note: '3.2-3.3 V',
    },
    maxV: { value: 3.65, unit: 'V', source: EVE_304AH_DATASHEET, confidence: 'datasheet' },
    minV: {
      value: 2.5,
      unit: 'V',
      source: EVE_304AH_DATASHEET,
      confidence: 'datasheet',
      note: 'some cells 2.0 V',
    },
    specificEnergyCellWhPerKg: {
      value: 175,
      unit: 'Wh/kg',
      range: [90, 185],
      source:
        "derived: CATL 302Ah x 3.22 V / 5.51 kg via code search: battery-design cells.js (curated cell library, provenance-tagged; CHEMISTRIES table is that project's typical ranges)",
      confidence: 'derived',
      note: 'cells.js range 90-180; Nature Comms 160-180',
    },
    specificEnergyPackWhPerKg: {
      value: 135,
      unit: 'Wh/kg',
      range: [120, 165],
      source: NATURE_COMMS_2023_SUMMARY,
      confidence: 'press_report',
      note: '130-140 pack; BYD Blade ~ similar',
    },
    maxContDischargeC: {
      value: 1,
      unit: 'C',
      range: [1, 20],
      source:
        "CATL 302Ah / EVE LF280K (1C) via code search: battery-design cells.js (curated cell library, provenance-tagged; CHEMISTRIES table is that project's typical ranges)",
      confidence: 'datasheet',
      note: 'power LFP (A123 26650) 20C',
    },
    maxChargeC: {
      value: 1,
      unit: 'C',
      source: EVE_304AH_DATASHEET,
      confidence: 'datasheet',
      note: '1C/1C cycling spec; no charging below 0 C',
    },
    cycleLife100DodCycles: {
      value: 3500,
      unit: 'cycles',
      range: [2000, 6000],
      source: EVE_304AH_DATASHEET,
      confidence: 'datasheet',
      note: 'EVE 304Ah @25C 1C/1C; 1800 @45C. Other makers claim 4000-6000 (CATL 302Ah >=4000, EVE LF280K >=6000 per cells.js)',
    },
    cycleLife80DodCycles: {
      value: 6000,
      unit: 'cycles',
      source:
        "https://batterypackline.com/lfp-pouch-cell-cycle-life/ ; lileadbattery.com ('80% DOD cycle life over 6000')",
      confidence: 'press_report',
      note: 'vendor marketing; treat as optimistic',
    },
    internalResistanceOhm: {
      value: 0.00025,
      unit: 'Ohm',
      range: [0.00018, 0.009],
      source:
        "EVE LF280K <=0.25 mOhm AC-IR; CATL 302Ah 0.18 mOhm AC-IR via code search: battery-design cells.js (curated cell library, provenance-tagged; CHEMISTRIES table is that project's typical ranges)",
      confidence: 'datasheet',
      note: 'large prismatic; small 26650 LFP ~6 mOhm AC (A123). Converted from 0.25 mOhm.',
    },
  },
];
