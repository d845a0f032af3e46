import { roundTo, type Sourced } from '../sourced';
import type { PowerMode } from './types';

/**
 * Orin Nano 8GB power modes under JetPack 6.2 ("Super"): nvpmodel caps as NVIDIA's Jetson Linux Developer Guide
 * (r36.4.3, "Supported Modes and Power Efficiency") lists them and `/etc/nvpmodel.conf` on a Super developer kit
 * holds them (15W: CPU 1497.6 MHz, GPU 612 MHz, EMC 2133 MHz; 25W: CPU 1344 MHz, GPU 918 MHz, EMC 3199 MHz;
 * MAXN_SUPER: uncapped), read back with `jetson_clocks --show`.
 */
const ORIN_NANO_NVPMODEL =
  'NVIDIA Jetson Linux Developer Guide r36.4.3, Platform Power and Performance, Supported Modes and Power Efficiency (Orin Nano 8GB, JetPack 6.2 Super); /etc/nvpmodel.conf and `jetson_clocks --show` on an Orin Nano Super developer kit as reproduced in public repositories';
/** smolhub's Orin Nano Super benchmark, which logged the clocks reached in each mode. */
const SMOLHUB_NANO_MODES =
  'https://www.smolhub.com/posts/jetson-nano-super-benchmark-non-reasoning/ (clocks observed per mode: 7W GPU ~408 MHz, CPU 960 MHz)';
/** EMC 2133 MHz × 128-bit × 2 = 68.3 GB/s; 3199 MHz → 102.4 GB/s (LPDDR5, two transfers per clock). */
const lpddr5Nano = (emcMHz: number): Sourced => ({
  value: roundTo((emcMHz * 16 * 2) / 1000, 3),
  unit: 'GB/s',
  source: ORIN_NANO_NVPMODEL,
  confidence: 'derived',
  note: `EMC ${emcMHz} MHz × 16 B (128-bit) × 2 transfers per clock`,
});
/** A mode scale fitted to the decode measurements taken in that mode (docs/ai-validation.md). */
const modeFit = (value: number, what: string): Sourced => ({
  value,
  unit: 'ratio',
  source:
    'PowerPlan fit (scripts/fit-runtimes.ts) to the llama.cpp decode rates smolhub measured for 8 models in each mode (src/catalog/llm-measurements.json); docs/ai-validation.md',
  confidence: 'fitted',
  note: what,
});
const mhz = (value: number, source: string, confidence: Sourced['confidence'], note?: string): Sourced =>
  note === undefined
    ? { value, unit: 'MHz', source, confidence }
    : { value, unit: 'MHz', source, confidence, note };

export const ORIN_NANO_SUPER_MODES: readonly PowerMode[] = [
  {
    id: 'MAXN_SUPER',
    name: 'MAXN SUPER',
    powerBudgetW: {
      value: 25,
      unit: 'W',
      source: ORIN_NANO_NVPMODEL,
      confidence: 'datasheet',
      note: 'Uncapped clocks; the module is specified to 25 W.',
    },
    memoryBandwidthGBps: lpddr5Nano(3199),
    gpuMaxMHz: mhz(1020, ORIN_NANO_NVPMODEL, 'datasheet'),
    cpuMaxMHz: mhz(1728, ORIN_NANO_NVPMODEL, 'datasheet'),
    bandwidthScale: modeFit(1, 'the reference mode'),
    overheadScale: modeFit(1, 'the reference mode'),
  },
  {
    id: '25W',
    name: '25 W',
    powerBudgetW: { value: 25, unit: 'W', source: ORIN_NANO_NVPMODEL, confidence: 'datasheet' },
    memoryBandwidthGBps: lpddr5Nano(3199),
    gpuMaxMHz: mhz(918, ORIN_NANO_NVPMODEL, 'datasheet'),
    cpuMaxMHz: mhz(1344, ORIN_NANO_NVPMODEL, 'datasheet'),
    bandwidthScale: modeFit(1, 'decode bandwidth efficiency relative to MAXN SUPER'),
    overheadScale: modeFit(0.813, 'per-token overhead relative to MAXN SUPER'),
  },
  {
    id: '15W',
    name: '15 W',
    powerBudgetW: { value: 15, unit: 'W', source: ORIN_NANO_NVPMODEL, confidence: 'datasheet' },
    memoryBandwidthGBps: lpddr5Nano(2133),
    gpuMaxMHz: mhz(612, ORIN_NANO_NVPMODEL, 'datasheet'),
    cpuMaxMHz: mhz(1497.6, ORIN_NANO_NVPMODEL, 'datasheet'),
    bandwidthScale: modeFit(1, 'decode bandwidth efficiency relative to MAXN SUPER'),
    overheadScale: modeFit(1.05, 'per-token overhead relative to MAXN SUPER'),
  },
  {
    id: '7W',
    name: '7 W',
    powerBudgetW: { value: 7, unit: 'W', source: ORIN_NANO_NVPMODEL, confidence: 'datasheet' },
    memoryBandwidthGBps: lpddr5Nano(2133),
    gpuMaxMHz: mhz(
      408,
      SMOLHUB_NANO_MODES,
      'third_party_compilation',
      'Observed; the 7 W mode also power-gates part of the GPU (TPC_POWER_GATING in nvpmodel.conf) and keeps 4 CPU cores online.',
    ),
    cpuMaxMHz: mhz(960, SMOLHUB_NANO_MODES, 'third_party_compilation', 'Observed.'),
    bandwidthScale: modeFit(0.439, 'decode bandwidth efficiency relative to MAXN SUPER'),
    overheadScale: modeFit(2.58, 'per-token overhead relative to MAXN SUPER'),
  },
];
