import { planningAssumption, type Sourced } from './sourced';

/** Micron product page: 'Average Device Power (pJ/bit)'. */
const MICRON_ULTRA_BANDWIDTH =
  "https://www.micron.com/products/ultra-bandwidth-solutions (Micron 'Average Device Power (pJ/bit)': GDDR6 7.5, GDDR6X 7.25, HBM2E 6.0)";
/** O'Connor et al., Fine-Grained DRAM, MICRO 2017. */
const OCONNOR_MICRO_2017 =
  "O'Connor & Chatterjee et al., 'Fine-Grained DRAM', MICRO 2017 (NVIDIA) - HBM2 ~3.97 pJ/bit, GDDR5 ~14 pJ/bit, as used in an energy model (code search excerpt 'memory_node_mapper') and Dongyunkam/DRAM_info";
/** Horowitz, Computing's Energy Problem, ISSCC 2014 (45 nm). */
const HOROWITZ_ISSCC_2014 =
  "Horowitz, 'Computing's Energy Problem', ISSCC 2014 (45nm): 64-bit access 8KB SRAM 10 pJ, 32KB 20 pJ, 1MB 100 pJ, DRAM 1.3-2.6 nJ - as quoted in a code comment (code search) and Dongyunkam/DRAM_info README";
/** Secondary estimates from a simulator memory-characterisation document. */
const KPU_SIMULATOR_DOC =
  'code search (KPU simulator memory characterization doc; secondary estimates: LPDDR5 5-7, GDDR6 8-12, HBM2 3-4, HBM3 2.5-3.5 pJ/bit)';

/**
 * Memory access energy by memory type, in pJ per bit moved.
 *
 * Published pJ/bit numbers mix boundaries (DRAM core only, core + I/O, or including controller and PHY):
 * treat them as ranges, not exact values. Decode-phase energy ≈ (weight bytes + KV bytes per token) × 8 × pJ/bit,
 * plus compute energy.
 */
export const MEMORY_TYPE_IDS = [
  'LPDDR4X',
  'LPDDR5',
  'LPDDR5X',
  'DDR5',
  'GDDR5',
  'GDDR6',
  'GDDR6X',
  'HBM2',
  'HBM2E',
  'HBM3',
  'HBM3E',
  'SRAM',
  'SRAM-8KB-45NM',
  'SRAM-32KB-45NM',
  'SRAM-1MB-45NM',
  'DRAM-DDR3-45NM',
] as const;
export type MemoryTypeId = (typeof MEMORY_TYPE_IDS)[number];

export interface MemoryType {
  readonly id: MemoryTypeId;
  readonly name: string;
  readonly kind: 'dram' | 'sram';
  /** Energy per bit transferred. */
  readonly energyPjPerBit: Sourced;
  /** PowerPlan estimates used only where the catalog has no value. */
  readonly planningDefaults?: { readonly energyPjPerBit?: Sourced };
}

export const MEMORY_TYPES: readonly MemoryType[] = [
  {
    id: 'LPDDR4X',
    name: 'LPDDR4X',
    kind: 'dram',
    energyPjPerBit: {
      value: null,
      unit: 'pJ/bit',
      range: [4, 14],
      source:
        'Dongyunkam/DRAM_info README citing Stanford thesis (Heonjae Ha) DramDSE simulation: LPDDR4 13-14 pJ/bit',
      confidence: 'estimate',
      note: 'No clean LPDDR4X figure found. LPDDR4 system-level simulation 13-14 pJ/bit (incl. activation+IO); interface-only numbers are much lower. Suggest 5-8 pJ/bit as a planner default for device+IO (estimate).',
    },
    planningDefaults: {
      energyPjPerBit: planningAssumption(
        6.5,
        'pJ/bit',
        'midpoint of the 5-8 pJ/bit device+IO planner default suggested by the research catalog; no primary LPDDR4X figure was found (LPDDR4 system-level simulation gives 13-14).',
        [5, 8],
      ),
    },
  },
  {
    id: 'LPDDR5',
    name: 'LPDDR5',
    kind: 'dram',
    energyPjPerBit: {
      value: 6,
      unit: 'pJ/bit',
      range: [5, 7],
      source: KPU_SIMULATOR_DOC,
      confidence: 'estimate',
      note: 'secondary range 5-7 (3-4 interface + 2-3 core)',
    },
  },
  {
    id: 'LPDDR5X',
    name: 'LPDDR5X',
    kind: 'dram',
    energyPjPerBit: {
      value: null,
      unit: 'pJ/bit',
      range: [4, 6],
      source: null,
      confidence: 'unsourced',
      note: 'No quantitative source found; vendors claim ~20-25% better efficiency per generation vs LPDDR5 (marketing). Planner default suggestion: ~4-5 pJ/bit (estimate).',
    },
    planningDefaults: {
      energyPjPerBit: planningAssumption(
        4.5,
        'pJ/bit',
        'midpoint of the 4-5 pJ/bit planner default suggested by the research catalog (vendors claim ~20-25% better efficiency per generation than LPDDR5); no quantitative source found.',
        [4, 5],
      ),
    },
  },
  {
    id: 'DDR5',
    name: 'DDR5',
    kind: 'dram',
    energyPjPerBit: {
      value: 15,
      unit: 'pJ/bit',
      range: [10, 25],
      source:
        'code search (EnergyDatabase comment: DDR5 read ~10-20 pJ/bit, write 15-25 pJ/bit; 14nm system estimate)',
      confidence: 'estimate',
      note: 'read 10-20, write 15-25 pJ/bit (system-level, incl. controller/PHY)',
    },
  },
  {
    id: 'GDDR5',
    name: 'GDDR5',
    kind: 'dram',
    energyPjPerBit: {
      value: 14,
      unit: 'pJ/bit',
      source: OCONNOR_MICRO_2017,
      confidence: 'datasheet',
      note: '~14 pJ/bit GDDR5 figure from the same MICRO 2017 energy model as HBM2.',
    },
  },
  {
    id: 'GDDR6',
    name: 'GDDR6',
    kind: 'dram',
    energyPjPerBit: {
      value: 7.5,
      unit: 'pJ/bit',
      range: [7.5, 12],
      source: MICRON_ULTRA_BANDWIDTH,
      confidence: 'manufacturer_claim',
      note: 'Micron average device power; secondary sources give 8-12 system-level',
    },
  },
  {
    id: 'GDDR6X',
    name: 'GDDR6X',
    kind: 'dram',
    energyPjPerBit: {
      value: 7.25,
      unit: 'pJ/bit',
      source: MICRON_ULTRA_BANDWIDTH,
      confidence: 'manufacturer_claim',
      note: "Micron 'average device power'.",
    },
  },
  {
    id: 'HBM2',
    name: 'HBM2',
    kind: 'dram',
    energyPjPerBit: {
      value: 3.97,
      unit: 'pJ/bit',
      range: [3.9, 7],
      source: OCONNOR_MICRO_2017,
      confidence: 'datasheet',
      note: 'Academic HBM2 ~3.9-4 pJ/bit; the upper end of the range is the 7 pJ/bit used by HyGCN. Micron quotes HBM2E separately (see HBM2E).',
    },
  },
  {
    id: 'HBM2E',
    name: 'HBM2E',
    kind: 'dram',
    energyPjPerBit: {
      value: 6,
      unit: 'pJ/bit',
      source: MICRON_ULTRA_BANDWIDTH,
      confidence: 'manufacturer_claim',
      note: "Micron 'average device power' - a different accounting boundary from the academic HBM2 figure.",
    },
  },
  {
    id: 'HBM3',
    name: 'HBM3',
    kind: 'dram',
    energyPjPerBit: {
      value: 3,
      unit: 'pJ/bit',
      range: [2.5, 3.9],
      source: KPU_SIMULATOR_DOC,
      confidence: 'estimate',
      note: 'secondary range 2.5-3.5',
    },
  },
  {
    id: 'HBM3E',
    name: 'HBM3E',
    kind: 'dram',
    energyPjPerBit: {
      value: 3.9,
      unit: 'pJ/bit',
      source:
        'https://en.chinaflashmarket.com/price/ews/100178 (Samsung: current HBM3E 3.9 pJ/bit; HBM4E target >2x better)',
      confidence: 'press_report',
      note: 'Samsung figure for current HBM3E',
    },
  },
  {
    id: 'SRAM',
    name: 'On-chip SRAM (generic, MB-scale buffer)',
    kind: 'sram',
    energyPjPerBit: {
      value: 1.56,
      unit: 'pJ/bit',
      range: [0.16, 1.56],
      source: HOROWITZ_ISSCC_2014,
      confidence: 'datasheet',
      note: 'Generic on-chip SRAM entry: value is the 45 nm 1 MB-array figure (accelerators keep weights in MB-scale buffers); range spans 8 KB (0.16) to 1 MB (1.56). Newer nodes are lower.',
    },
  },
  {
    id: 'SRAM-8KB-45NM',
    name: 'On-chip SRAM, 8 KB array, 45 nm',
    kind: 'sram',
    energyPjPerBit: {
      value: 0.16,
      unit: 'pJ/bit',
      source: HOROWITZ_ISSCC_2014,
      confidence: 'datasheet',
      note: '10 pJ per 64-bit access',
    },
  },
  {
    id: 'SRAM-32KB-45NM',
    name: 'On-chip SRAM, 32 KB array, 45 nm',
    kind: 'sram',
    energyPjPerBit: {
      value: 0.31,
      unit: 'pJ/bit',
      source: HOROWITZ_ISSCC_2014,
      confidence: 'datasheet',
      note: '20 pJ per 64-bit access',
    },
  },
  {
    id: 'SRAM-1MB-45NM',
    name: 'On-chip SRAM, 1 MB array, 45 nm',
    kind: 'sram',
    energyPjPerBit: {
      value: 1.56,
      unit: 'pJ/bit',
      source: HOROWITZ_ISSCC_2014,
      confidence: 'datasheet',
      note: '100 pJ per 64-bit access; newer nodes lower',
    },
  },
  {
    id: 'DRAM-DDR3-45NM',
    name: 'DRAM, DDR3 era (Horowitz 2014, 45 nm)',
    kind: 'dram',
    energyPjPerBit: {
      value: 30,
      unit: 'pJ/bit',
      range: [20, 40],
      source: HOROWITZ_ISSCC_2014,
      confidence: 'datasheet',
      note: '1.3-2.6 nJ per 64-bit access = 20-40 pJ/bit',
    },
  },
];
