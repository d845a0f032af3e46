import { unsourced } from '../sourced';
import type { AcceleratorData } from './types';
import { APPLE_M4_PRESS } from './sources';

/** Apple: the M4 Neural Engine. */
export const APPLE_ACCELERATORS: readonly AcceleratorData[] = [
  {
    id: 'apple-m4-ane',
    name: 'Apple M4 Neural Engine (SoC)',
    vendor: 'Apple',
    status: 'product',
    deviceClass: 'client_soc_npu',
    peakTops: {
      value: 38,
      unit: 'TOPS',
      source: APPLE_M4_PRESS,
      confidence: 'manufacturer_claim',
      precision: null,
      note: 'precision not stated by Apple (likely INT8)',
    },
    peakTopsOther: [],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: unsourced('W', 'Apple does not publish NE power.'),
    maxPowerW: unsourced('W'),
    memoryType: {
      value: 'LPDDR5X',
      unit: 'memory type',
      source: 'https://aici.pages.dev/ai-intelligence-hub/hardware/apple-m4',
      confidence: 'third_party_compilation',
      note: 'Unified LPDDR5X.',
    },
    memoryDescription: 'LPDDR5X (unified)',
    memoryBandwidthGBps: {
      value: 120,
      unit: 'GB/s',
      source: APPLE_M4_PRESS,
      confidence: 'manufacturer_claim',
    },
    memoryCapacityGB: {
      value: 32,
      unit: 'GB',
      source: 'https://aici.pages.dev/ai-intelligence-hub/hardware/apple-m4',
      confidence: 'third_party_compilation',
      note: 'up to 32 GB on base M4',
    },
    processNode: {
      value: 'TSMC 2nd-gen 3nm (N3E)',
      unit: 'node',
      source: APPLE_M4_PRESS,
      confidence: 'manufacturer_claim',
    },
    year: { value: 2024, unit: 'year', source: APPLE_M4_PRESS, confidence: 'manufacturer_claim' },
    benchmarks: [],
    claims: [],
    notes: '16-core Neural Engine.',
  },
];
