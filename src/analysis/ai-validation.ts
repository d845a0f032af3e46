/**
 * The AI model against measured reality: every published decode measurement in the catalog
 * (`src/catalog/llm-measurements.json`) predicted through the same path a plan takes — the device resolved
 * from its catalog chip and power mode, the workload from its architecture, runtime and weight format, the
 * roofline with the runtime's efficiency and per-token overhead — and compared with what was measured.
 * docs/ai-validation.md is generated from it (scripts/ai-validation.ts); a test holds the statistics.
 */
import { llmBytesPerToken, llmPrefillPerRequest, llmRoofline, stepEnergy } from '../ai';
import { findWeightFormat } from '../catalog';
import data from '../catalog/llm-measurements.json';
import { llmOnDevice } from '../plan/inference';
import { resolveDeviceSpec, resolveWorkload, toDeviceSpec } from '../plan/presets';
import { computeDeviceSchema, llmWorkloadSchema } from '../plan/schema';

/** An architecture as the measurements file records it (Hugging Face config fields, PowerPlan names). */
export interface MeasuredArchitecture {
  paramsB: number;
  totalParamsB?: number;
  layers: number;
  queryHeads: number;
  kvHeads: number;
  headDim: number;
  hiddenSize: number;
  intermediateSize: number;
  vocabSize: number;
  tiedEmbeddings: boolean;
  kvLayers?: number;
  slidingLayers?: number;
  slidingWindowTokens?: number;
  source: { config: string; checked: string; notes?: string };
}

/** One published measurement. */
export interface Measurement {
  id: number;
  /** The catalog chip (and power mode) it ran on, with any figure the record overrides. */
  device: { preset?: string; powerMode?: string | null; peakTops?: number; label?: string };
  /** Key into `architectures`. */
  model: string;
  /** Weight format id (src/catalog/weight-formats.ts), or the published text when not modelled. */
  quantisation: string;
  /** Runtime id (src/catalog/runtimes.ts), or the published text when not one runtime. */
  runtime: string;
  promptTokens: number | null;
  outputTokens: number | null;
  /** "decode": decode throughput; "end-to-end": output tokens over the request's wall time, prefill included. */
  metric: 'decode' | 'end-to-end';
  tokensPerS: number;
  powerW?: number;
  powerScope?: string;
  tokensPerJoule?: number;
  source: { url: string; title: string; quote: string; date: string | null };
  asPublished: { device: string; powerMode: string | null; quantisation: string; runtime: string };
  notes?: string;
  /** Counted in the statistics and the fit; false with the reason otherwise. */
  use: boolean;
  excludedBecause?: string;
}

interface MeasurementsFile {
  collected: string;
  about: string;
  architectures: Record<string, MeasuredArchitecture>;
  measurements: Measurement[];
}

export const MEASUREMENTS = data as unknown as MeasurementsFile;

/** Output tokens assumed when a source does not state them (decode runs at prompt + half of them). */
export const DEFAULT_OUTPUT_TOKENS = 128;

/** The context decode runs at, on average over the generated tokens: prompt + output / 2. */
export function measurementContext(m: Measurement): number {
  return (m.promptTokens ?? 0) + Math.round((m.outputTokens ?? DEFAULT_OUTPUT_TOKENS) / 2);
}

/**
 * The model's inputs for a measurement, built as a plan would: a catalog chip and an LLM workload. `baseline`
 * predicts as PowerPlan did before runtimes: the plain roofline (70 % of the bandwidth, no per-token overhead)
 * at the format's nominal bits.
 */
export function measurementSetup(m: Measurement, baseline = false) {
  const a = MEASUREMENTS.architectures[m.model];
  if (!a || !m.use) return null;
  const nominal = findWeightFormat(m.quantisation)?.nominalBits ?? 4;
  const device = computeDeviceSchema.parse({
    id: 'device',
    ...(m.device.preset ? { preset: m.device.preset } : {}),
    ...(m.device.powerMode ? { powerMode: m.device.powerMode } : {}),
    ...(m.device.peakTops !== undefined ? { peakTops: m.device.peakTops } : {}),
  });
  const workload = llmWorkloadSchema.parse({
    id: 'llm',
    kind: 'llm',
    ...(baseline
      ? { runtime: 'roofline', bitsPerWeight: nominal }
      : { runtime: m.runtime, quantisation: m.quantisation }),
    paramsB: a.paramsB,
    ...(a.totalParamsB !== undefined ? { totalParamsB: a.totalParamsB } : {}),
    layers: a.layers,
    queryHeads: a.queryHeads,
    kvHeads: a.kvHeads,
    headDim: a.headDim,
    hiddenSize: a.hiddenSize,
    intermediateSize: a.intermediateSize,
    vocabSize: a.vocabSize,
    tiedEmbeddings: a.tiedEmbeddings,
    ...(a.kvLayers !== undefined ? { kvLayers: a.kvLayers } : {}),
    ...(a.slidingLayers !== undefined ? { slidingLayers: a.slidingLayers } : {}),
    ...(a.slidingWindowTokens !== undefined ? { slidingWindowTokens: a.slidingWindowTokens } : {}),
    contextTokens: measurementContext(m),
    decodeTokensPerS: 0,
    promptTokensPerRequest: m.metric === 'end-to-end' ? (m.promptTokens ?? 0) : 0,
  });
  const spec = resolveDeviceSpec(device);
  const on = llmOnDevice(spec, resolveWorkload(workload));
  if (!on) return null;
  return { spec, on, deviceSpec: toDeviceSpec(spec) };
}

/** What the model predicts for a measurement, and the parts of it. */
export interface Prediction {
  /** Predicted tokens/s in the measurement's own metric. */
  tokensPerS: number;
  /** predicted / measured. */
  ratio: number;
  bytesPerToken: number;
  /** Bottom-up energy of one decoded token (DRAM traffic, arithmetic, idle power over the step). */
  joulesPerToken: number;
  decodeTimeS: number;
  prefillTimeS: number;
  runtime: string;
  powerMode: string | null;
}

/**
 * Predict a measurement: decode `1 / t_token`; end-to-end `out / (t_prefill + out · t_token)` with the prompt
 * prefilled at the runtime's prefill efficiency. Null for a measurement not used.
 */
export function predictMeasurement(m: Measurement, baseline = false): Prediction | null {
  const s = measurementSetup(m, baseline);
  if (!s) return null;
  const r = llmRoofline(s.on.workload, s.deviceSpec, s.on.efficiency);
  const out = m.outputTokens ?? DEFAULT_OUTPUT_TOKENS;
  const prefill = m.metric === 'end-to-end' ? r.prefillTimePerRequestS : 0;
  const tokensPerS =
    m.metric === 'end-to-end' ? out / (prefill + out * r.decodeTimePerTokenS) : 1 / r.decodeTimePerTokenS;
  const energy = stepEnergy(r.decode.bytes, r.decode.ops, r.decodeTimePerTokenS, s.deviceSpec);
  return {
    tokensPerS,
    ratio: tokensPerS / m.tokensPerS,
    joulesPerToken: energy.totalJ,
    bytesPerToken: r.bytesPerToken.totalBytes,
    decodeTimeS: r.decodeTimePerTokenS,
    prefillTimeS: prefill,
    runtime: s.on.runtime.id,
    powerMode: s.spec.powerMode?.id ?? null,
  };
}

/**
 * A measurement's terms for the fit, from the same resolution: the decode memory time at full bandwidth
 * efficiency (`bytes / BW`, before the mode's κ), the vocabulary, the prefill compute time at full efficiency
 * (`ops / peak`), and what was measured, in seconds per output token. The model's prediction is
 *
 *     t = memS / (η · κ) + σ · (t₀ + s · V / 100 000) + [end-to-end: prefillS / (η_c · out)]
 *
 * exactly what `predictMeasurement` computes through `llmRoofline` when decode is memory-bound and prefill
 * compute-bound (tests/unit/ai-validation.test.ts checks the two agree).
 */
export interface FitTerms {
  id: number;
  runtime: string;
  powerMode: string | null;
  memS: number;
  vocab: number;
  prefillS: number;
  outputTokens: number;
  metric: Measurement['metric'];
  /** Measured seconds per output token (1 / tokens per second). */
  measuredS: number;
}

export function fitTerms(m: Measurement): FitTerms | null {
  const s = measurementSetup(m);
  if (!s) return null;
  const bw = s.deviceSpec.memoryBandwidthBytesPerS;
  if (bw === null) return null;
  const bytes = llmBytesPerToken(s.on.workload).totalBytes;
  const prefillOps = m.metric === 'end-to-end' ? llmPrefillPerRequest(s.on.workload).ops : 0;
  return {
    id: m.id,
    runtime: s.on.runtime.id,
    powerMode: s.spec.powerModeIsReference ? null : (s.spec.powerMode?.id ?? null),
    memS: bytes / bw,
    vocab: s.on.workload.weightLayout?.vocabSize ?? 0,
    prefillS: prefillOps / s.deviceSpec.peakOpsPerS,
    outputTokens: m.outputTokens ?? DEFAULT_OUTPUT_TOKENS,
    metric: m.metric,
    measuredS: 1 / m.tokensPerS,
  };
}

/** Parameters below this are "small" models in the statistics (the 1.5 B split). */
export const SMALL_MODEL_PARAMS_B = 1.5;

/** Median predicted/measured and the share within ±30 %, over a set of predictions. */
export interface ValidationStats {
  count: number;
  medianRatio: number;
  within30Percent: number;
}

export function validationStats(ratios: readonly number[]): ValidationStats {
  const sorted = [...ratios].sort((a, b) => a - b);
  const n = sorted.length;
  const median = n === 0 ? NaN : n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
  return {
    count: n,
    medianRatio: median,
    within30Percent: n === 0 ? NaN : sorted.filter((r) => Math.abs(r - 1) <= 0.3).length / n,
  };
}

/** Every used measurement with its prediction (or the plain-roofline baseline's). */
export function validationRows(baseline = false): { m: Measurement; p: Prediction }[] {
  const rows: { m: Measurement; p: Prediction }[] = [];
  for (const m of MEASUREMENTS.measurements) {
    const p = predictMeasurement(m, baseline);
    if (p) rows.push({ m, p });
  }
  return rows;
}

/** The source a measurement comes from, for the leave-one-source-out check (its URL without the anchor). */
export function sourceOf(m: Measurement): string {
  return m.source.url.split('#')[0]!;
}

/** Whether a measurement's model is small (< 1.5 B parameters read per token). */
export function isSmallModel(m: Measurement): boolean {
  return (MEASUREMENTS.architectures[m.model]?.paramsB ?? 0) < SMALL_MODEL_PARAMS_B;
}
