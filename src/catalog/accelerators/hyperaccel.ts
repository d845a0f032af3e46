import { unsourced } from '../sourced';
import type { AcceleratorData } from './types';
import { HYPERACCEL_PRODUCTS } from './sources';

/** HyperAccel: the Bertha 500 datacenter LPU (reference) and the Bertha 100 edge LPU (announced). */
export const HYPERACCEL_ACCELERATORS: readonly AcceleratorData[] = [
  {
    id: 'hyperaccel-bertha-500',
    name: 'HyperAccel Bertha 500 (LPU)',
    vendor: 'HyperAccel',
    status: 'reference',
    deviceClass: 'datacenter_npu_card',
    peakTops: {
      value: 768,
      unit: 'TFLOPS',
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
      precision: 'FP8',
      note: '384 TFLOPS FP16',
    },
    peakTopsOther: [
      {
        value: 384,
        unit: 'TFLOPS',
        source: HYPERACCEL_PRODUCTS,
        confidence: 'manufacturer_claim',
        precision: 'FP16',
      },
    ],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: unsourced('W'),
    maxPowerW: {
      value: 250,
      unit: 'W',
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
      note: 'TDP',
    },
    memoryType: {
      value: 'LPDDR5X',
      unit: 'memory type',
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
    },
    memoryDescription: 'LPDDR5X',
    memoryBandwidthGBps: {
      value: 546,
      unit: 'GB/s',
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
    },
    memoryCapacityGB: {
      value: 128,
      unit: 'GB',
      range: [128, 256],
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
      note: 'up to 256 GB',
    },
    processNode: {
      value: 'Samsung 4nm',
      unit: 'node',
      source:
        "arXiv 2408.07326 / IEEE Micro 44(6) 2024 'LPU: A Latency-Optimized and Highly Scalable Processor for LLM Inference' (Samsung 4nm, 0.824 mm^2, 284.31 mW LPU IP)",
      confidence: 'manufacturer_claim',
      note: 'LPU architecture synthesized in Samsung 4nm; Bertha 500 reported as 4nm ASIC',
    },
    year: {
      value: 2027,
      unit: 'year',
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
      note: 'samples 2026, mass production 2027 (planned)',
    },
    benchmarks: [],
    claims: [],
    notes:
      '256 MB SRAM; no HBM by design. Datacenter card, not shipping yet (samples 2026, volume 2027 planned); kept as a reference.',
  },
  {
    id: 'hyperaccel-bertha-100',
    name: 'HyperAccel Bertha 100 (edge LPU, M.2)',
    vendor: 'HyperAccel',
    status: 'announced',
    deviceClass: 'edge_npu',
    peakTops: {
      value: 32.768,
      unit: 'TFLOPS',
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
      precision: 'FP8',
      note: 'marketing text also says 48 TFLOPS; spec table value used',
    },
    peakTopsOther: [
      {
        value: 48,
        unit: 'TFLOPS',
        source: HYPERACCEL_PRODUCTS,
        confidence: 'manufacturer_claim',
        precision: 'FP8',
        note: 'Marketing text; the spec table says 32.768 (used as peakTops).',
      },
    ],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: unsourced('W', 'Not published.'),
    maxPowerW: unsourced('W', 'Not published.'),
    memoryType: {
      value: 'LPDDR5X',
      unit: 'memory type',
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
    },
    memoryDescription: 'LPDDR5X',
    memoryBandwidthGBps: {
      value: 64,
      unit: 'GB/s',
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
    },
    memoryCapacityGB: {
      value: 16,
      unit: 'GB',
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
    },
    processNode: {
      value: '4nm',
      unit: 'node',
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
    },
    year: {
      value: 2026,
      unit: 'year',
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
      note: "'Coming Q4 2026'",
    },
    benchmarks: [],
    claims: [],
    notes: '',
  },
];
