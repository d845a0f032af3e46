import { unsourced } from '../sourced';
import type { AcceleratorData } from './types';
import { FURIOSA_RNGD_DOCS, FURIOSA_RNGD_TDP, FURIOSA_VENDOR_BENCH } from './sources';

/** FuriosaAI: the RNGD card, a datacenter reference. */
export const FURIOSA_ACCELERATORS: readonly AcceleratorData[] = [
  {
    id: 'furiosa-rngd',
    name: 'FuriosaAI RNGD (Renegade)',
    vendor: 'FuriosaAI',
    status: 'reference',
    deviceClass: 'datacenter_npu_card',
    peakTops: {
      value: 512,
      unit: 'TFLOPS',
      source: FURIOSA_RNGD_DOCS,
      confidence: 'datasheet',
      precision: 'FP8',
      note: '512 TOPS INT8, 1024 TOPS INT4, 256 TFLOPS BF16',
    },
    peakTopsOther: [
      { value: 512, unit: 'TOPS', source: FURIOSA_RNGD_DOCS, confidence: 'datasheet', precision: 'INT8' },
      { value: 1024, unit: 'TOPS', source: FURIOSA_RNGD_DOCS, confidence: 'datasheet', precision: 'INT4' },
      { value: 256, unit: 'TFLOPS', source: FURIOSA_RNGD_DOCS, confidence: 'datasheet', precision: 'BF16' },
    ],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: unsourced('W'),
    maxPowerW: {
      value: 180,
      unit: 'W',
      range: [150, 180],
      source: FURIOSA_RNGD_TDP,
      confidence: 'manufacturer_claim',
      note: 'Hot Chips 2024/preview: 150 W TDP; later product material: 180 W. Pick 180 W for shipping card.',
    },
    memoryType: {
      value: 'HBM3',
      unit: 'memory type',
      source: FURIOSA_RNGD_DOCS,
      confidence: 'datasheet',
      note: '2 HBM3 stacks.',
    },
    memoryDescription: 'HBM3 (2 stacks)',
    memoryBandwidthGBps: { value: 1500, unit: 'GB/s', source: FURIOSA_RNGD_DOCS, confidence: 'datasheet' },
    memoryCapacityGB: { value: 48, unit: 'GB', source: FURIOSA_RNGD_TDP, confidence: 'manufacturer_claim' },
    processNode: { value: 'TSMC 5nm', unit: 'node', source: FURIOSA_RNGD_DOCS, confidence: 'datasheet' },
    year: { value: 2024, unit: 'year', source: FURIOSA_RNGD_DOCS, confidence: 'manufacturer_claim' },
    benchmarks: [
      {
        value: 3935,
        unit: 'tokens/s',
        source: FURIOSA_VENDOR_BENCH,
        confidence: 'manufacturer_claim',
        workload: 'Llama-3.1-8B, 1 card, 128 in / 4096 out',
      },
      {
        value: 957,
        unit: 'tokens/s',
        source: FURIOSA_VENDOR_BENCH,
        confidence: 'manufacturer_claim',
        workload: 'Llama-3.1-70B, 8 cards',
      },
    ],
    claims: [],
    notes:
      '256 MB on-chip SRAM (chipcraft.tech). Vendor bench: Llama-3.1-8B 3,935 tok/s (1 card, 128in/4096out); Llama-3.1-70B 957 tok/s (8 cards).',
  },
];
