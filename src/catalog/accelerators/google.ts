import { unsourced } from '../sourced';
import type { AcceleratorData } from './types';
import { CORAL_DOCS } from './sources';

/** Google: the Coral Edge TPU. */
export const GOOGLE_ACCELERATORS: readonly AcceleratorData[] = [
  {
    id: 'google-coral-edge-tpu',
    name: 'Google Coral Edge TPU',
    vendor: 'Google',
    status: 'product',
    deviceClass: 'edge_npu',
    peakTops: { value: 4, unit: 'TOPS', source: CORAL_DOCS, confidence: 'datasheet', precision: 'INT8' },
    peakTopsOther: [],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: {
      value: 2,
      unit: 'W',
      source: CORAL_DOCS,
      confidence: 'datasheet',
      note: '0.5 W per TOPS',
    },
    maxPowerW: { value: 2, unit: 'W', source: CORAL_DOCS, confidence: 'datasheet' },
    memoryType: {
      value: 'SRAM',
      unit: 'memory type',
      source: CORAL_DOCS,
      confidence: 'datasheet',
      note: 'On-chip memory only (research catalog: "none (on-chip)").',
    },
    memoryDescription: 'none (on-chip)',
    memoryBandwidthGBps: unsourced('GB/s'),
    memoryCapacityGB: unsourced(
      'GB',
      "On-chip SRAM only: 'roughly 8 MB of SRAM that can cache the model's parameter data' (coral.ai/docs/edgetpu/compiler); larger models stream parameters from the host, slowly. Not a capacity for an LLM.",
    ),
    processNode: unsourced('node'),
    year: { value: 2019, unit: 'year', source: CORAL_DOCS, confidence: 'manufacturer_claim' },
    benchmarks: [
      {
        value: 400,
        unit: 'FPS',
        source: CORAL_DOCS,
        confidence: 'manufacturer_claim',
        workload: 'MobileNetV2',
        note: "'~400 FPS' from the research catalog notes; exact page not recorded.",
      },
    ],
    claims: [],
    notes: 'TFLite INT8 only; MobileNetV2 ~400 FPS.',
  },
];
