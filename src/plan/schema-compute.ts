/**
 * The plan's AI compute devices and the workloads they run (LLM, vision, world model).
 */
import { z } from 'zod';
import { id, num, percent, text } from './fields';
import { catalogId, notes } from './schema-common';

export const memorySchema = z.strictObject({
  type: text(20, 1).optional(),
  bandwidthGBps: num(0, 100_000, 'GB/s', { exclusiveMin: true }).optional(),
  capacityGB: num(0, 100_000, 'GB', { exclusiveMin: true }).optional(),
  energyPjPerBit: num(0, 100, 'pJ/bit', { exclusiveMin: true }).optional(),
});

export const efficiencySchema = z.strictObject({
  bandwidthPercent: percent(1, 100).default(70),
  computePercent: percent(1, 100).default(50),
});

export const computeDeviceSchema = z.strictObject({
  id,
  name: text(80, 1).optional(),
  /** Catalog accelerator id; fields given here override the catalog's figures. */
  preset: catalogId.optional(),
  idlePowerW: num(0, 5000, 'W').optional(),
  maxPowerW: num(0, 5000, 'W').optional(),
  peakTops: num(0, 100_000, 'TOPS', { exclusiveMin: true }).optional(),
  memory: memorySchema.optional(),
  computeEnergyPjPerOp: num(0, 100, 'pJ/op', { exclusiveMin: true }).optional(),
  efficiency: efficiencySchema.optional(),
  /** The chip's power mode (its catalog `powerModes`, e.g. Jetson nvpmodel '25W'); its reference mode otherwise. */
  powerMode: z
    .string({ error: 'must be a power mode name, e.g. "25W"' })
    .regex(/^[A-Za-z0-9_.-]{1,30}$/, { error: 'must be a power mode name, e.g. "25W"' })
    .optional(),
  /** The LLM runtime its workloads run on unless they name one (catalog runtime id). */
  runtime: catalogId.optional(),
  defaultUtilisationPercent: percent().default(0),
  /** Workloads the device runs in segments that do not say otherwise (instead of a fixed utilisation). */
  defaultWorkloads: z.array(id).max(8, { error: 'allows at most 8 workloads' }).optional(),
  notes,
});

const workloadBase = {
  id,
  label: text(80).optional(),
  /** Catalog model id; fields given here override the catalog's figures. */
  model: catalogId.optional(),
};

export const llmWorkloadSchema = z.strictObject({
  ...workloadBase,
  kind: z.literal('llm'),
  /** The inference runtime (catalog id); the device's, else its chip's default, otherwise. */
  runtime: catalogId.optional(),
  /** Weight format (catalog id, e.g. "gguf-q4_k_m"); the runtime's default otherwise. Not with bitsPerWeight. */
  quantisation: catalogId.optional(),
  paramsB: num(0, 10_000, 'billion parameters', { exclusiveMin: true }).optional(),
  /** Nominal bits for every weight (no format overheads), instead of a `quantisation` format. */
  bitsPerWeight: num(1, 32, 'bits').optional(),
  layers: num(1, 1000, 'layers', { int: true }).optional(),
  kvHeads: num(1, 1000, 'heads', { int: true }).optional(),
  queryHeads: num(1, 1000, 'heads', { int: true }).optional(),
  headDim: num(1, 4096, 'dims', { int: true }).optional(),
  vocabSize: num(1, 10_000_000, 'tokens', { int: true }).optional(),
  hiddenSize: num(1, 1_000_000, 'dims', { int: true }).optional(),
  intermediateSize: num(1, 10_000_000, 'dims', { int: true }).optional(),
  tiedEmbeddings: z.boolean({ error: 'must be true or false' }).optional(),
  /** Parameters resident in memory (a mixture of experts' total; paramsB is what a token reads). */
  totalParamsB: num(0, 100_000, 'billion parameters', { exclusiveMin: true }).optional(),
  /** Layers that keep a KV cache (a hybrid's attention layers); all layers otherwise. */
  kvLayers: num(0, 1000, 'layers', { int: true }).optional(),
  /** Of those, layers with a sliding-window cache, and the window. */
  slidingLayers: num(0, 1000, 'layers', { int: true }).optional(),
  slidingWindowTokens: num(1, 10_000_000, 'tokens', { int: true }).optional(),
  kvBits: num(1, 32, 'bits').default(16),
  contextTokens: num(0, 10_000_000, 'tokens', { int: true }).default(2048),
  decodeTokensPerS: num(0, 1_000_000, 'tokens/s'),
  promptTokensPerRequest: num(0, 10_000_000, 'tokens', { int: true }).default(0),
  requestsPerMin: num(0, 100_000, 'requests/min').default(0),
});

export const visionWorkloadSchema = z.strictObject({
  ...workloadBase,
  kind: z.literal('vision'),
  gflopsPerFrame: num(0, 1_000_000, 'GFLOPs', { exclusiveMin: true }).optional(),
  framesPerS: num(0, 10_000, 'frames/s'),
  weightsMB: num(0, 1_000_000, 'MB').optional(),
});

export const worldModelWorkloadSchema = z.strictObject({
  ...workloadBase,
  kind: z.literal('worldModel'),
  gflopsPerClip: num(0, 100_000_000, 'GFLOPs', { exclusiveMin: true }).optional(),
  clipsPerS: num(0, 1000, 'clips/s'),
  paramsB: num(0, 10_000, 'billion parameters', { exclusiveMin: true }).optional(),
  bitsPerWeight: num(1, 32, 'bits').optional(),
});

export const workloadSchema = z.discriminatedUnion(
  'kind',
  [llmWorkloadSchema, visionWorkloadSchema, worldModelWorkloadSchema],
  { error: 'must be a workload with kind "llm", "vision" or "worldModel"' },
);
