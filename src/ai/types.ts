import type { Phrase } from '../text/phrase';
/**
 * Types of the on-device AI inference model (roofline + energy per token / frame / clip).
 *
 * Units are SI throughout and every field name carries its unit: bytes, ops (1 multiply-accumulate = 2 ops,
 * the convention behind vendor TOPS figures), seconds, watts, joules. Derived-from-spec inputs such as
 * `paramsB` (billions of parameters) and `gflopsPerFrame` (1e9 ops) say so in their names.
 */

/** An AI accelerator or SoC as the model sees it. */
export interface DeviceSpec {
  name: string;
  /** Power with the accelerator powered but doing no inference work (W). */
  idlePowerW: number;
  /** Power at 100 % busy time (W); the clamp for the linear power model. */
  maxPowerW: number;
  /** Peak dense ops/s at the precision the workload runs at, e.g. 50 TOPS → 50e12. */
  peakOpsPerS: number;
  /** Off-chip (DRAM) bandwidth in bytes/s, or null when the vendor does not publish it. */
  memoryBandwidthBytesPerS: number | null;
  /** Memory available to the model (bytes), or null when unknown. */
  memoryCapacityBytes: number | null;
  /**
   * The chip has no off-chip DRAM (a dataflow NPU holding its weights in on-chip SRAM): with an unknown on-chip
   * capacity, a model whose weights need gigabytes does not fit.
   */
  onChipMemoryOnly?: boolean;
  /** Energy to move one bit to/from DRAM, system level (pJ/bit), e.g. ~6 for LPDDR5. */
  memoryEnergyPjPerBit: number;
  /** Energy of one arithmetic op (pJ/op), e.g. ~0.2 for an INT8 multiply at 45 nm. */
  computeEnergyPjPerOp: number;
}

/** Achievable fractions of the peaks (η). GenZ's `η_m`, `η_c`; llm-analysis's `hbm_memory_efficiency`, `flops_efficiency`. */
export interface Efficiency {
  /** η_bw ∈ (0, 1]: achieved / peak memory bandwidth. */
  bandwidth: number;
  /** η_c ∈ (0, 1]: achieved / peak ops. */
  compute: number;
  /**
   * Time an inference runtime spends per decoded token beyond the roofline (s): kernel launches, host
   * synchronisation, sampling over the vocabulary. Added to each decode step (0 for an ideal roofline).
   */
  perTokenOverheadS?: number;
  /** The runtime these figures describe, for messages ("llama.cpp"); absent for a plain roofline. */
  runtimeName?: string;
}

/**
 * Where an LLM's weights sit and how they are stored, by tensor group. A decode step reads the transformer
 * blocks and the output head in full and one row of the input embedding; the resident weights are the blocks,
 * the head and (when untied) the embedding table.
 */
export interface LlmWeightLayout {
  /** Bits per weight of the transformer blocks (attention and MLP), format overheads included. */
  blockBits: number;
  /** Bits per weight of the output head (lm_head; the shared table when embeddings are tied). */
  headBits: number;
  /** Bits per weight of the input embedding table (when untied). */
  embeddingBits: number;
  vocabSize: number;
  hiddenSize: number;
  /** The input embedding and the output head are one table. */
  tiedEmbeddings: boolean;
  /** Parameters resident in memory (billions): all experts of a mixture of experts; defaults to paramsB. */
  residentParamsB?: number;
}

/**
 * Which layers keep a KV cache and how much of the context they keep: full-attention layers hold the whole
 * context, sliding-window layers at most `slidingWindowTokens`; layers without attention (a hybrid's
 * convolution or state-space layers) hold none.
 */
export interface LlmAttentionLayout {
  fullLayers: number;
  slidingLayers: number;
  slidingWindowTokens: number;
}

/** Autoregressive LLM serving: batch-1 decode plus a prefill per request. */
export interface LlmWorkload {
  kind: 'llm';
  /** Parameters read per decoded token, in billions (active parameters for a mixture-of-experts model). */
  paramsB: number;
  bitsPerWeight: number;
  layers: number;
  /** Key/value heads (grouped-query attention makes this smaller than the query-head count). */
  kvHeads: number;
  headDim: number;
  /** Bits per stored K or V element (16 for FP16, 8 for an INT8 KV cache). */
  kvBits: number;
  /** Context length at which decode runs (tokens already in the KV cache). */
  contextTokens: number;
  /** Demanded decode rate (generated tokens/s). */
  decodeTokensPerS: number;
  promptTokensPerRequest: number;
  requestsPerMin: number;
  /**
   * Optional query-head count for attention ops. Defaults to `kvHeads`, which under grouped-query attention
   * under-counts attention ops by the group factor (e.g. 24/8 = 3× for Llama 3.2 3B). Bytes do not depend on it.
   */
  queryHeads?: number;
  /**
   * Per-group storage of the weights. Without it every parameter is read at `bitsPerWeight` (the nominal
   * bits, no format overhead, embedding counted as read in full).
   */
  weightLayout?: LlmWeightLayout;
  /** Which layers keep a KV cache; without it every one of `layers` holds the full context. */
  attentionLayout?: LlmAttentionLayout;
}

/** Per-frame vision model (detector, segmenter, encoder). */
export interface VisionWorkload {
  kind: 'vision';
  gflopsPerFrame: number;
  framesPerS: number;
  /** Weight bytes read from DRAM once per frame; omit when the weights stay on chip. */
  weightsBytes?: number;
}

/** A world model / video model evaluated per clip. */
export interface WorldModelWorkload {
  kind: 'worldModel';
  gflopsPerClip: number;
  clipsPerS: number;
  /** With `bitsPerWeight`, gives the weight bytes read from DRAM once per clip. */
  paramsB?: number;
  bitsPerWeight?: number;
}

/** A device held at a fixed busy fraction. */
export interface FixedWorkload {
  kind: 'fixed';
  /** Busy fraction 0..1. */
  utilisation: number;
}

export type Workload = LlmWorkload | VisionWorkload | WorldModelWorkload | FixedWorkload;
export type WorkloadKind = Workload['kind'];

/** Stable issue codes. Messages may change wording; codes do not. */
export const AI_ISSUE_CODES = [
  /** An input is missing, non-finite, or out of its range. */
  'AI_INVALID_INPUT',
  /** Demanded bytes/s exceed η_bw · bandwidth. */
  'AI_BANDWIDTH_EXCEEDED',
  /** Demanded ops/s exceed η_c · peak ops. */
  'AI_COMPUTE_EXCEEDED',
  /** Busy time above 100 % with no single resource over its limit (phases serialise), or a fixed utilisation > 1. */
  'AI_OVERLOADED',
  /** Weights (+ KV cache) do not fit the device memory. */
  'AI_MEMORY_TOO_SMALL',
  /** Memory bandwidth unknown: memory time is not counted and utilisation is a lower bound. */
  'AI_BANDWIDTH_UNKNOWN',
  /** Memory capacity unknown: the memory-fit check was skipped. */
  'AI_MEMORY_CAPACITY_UNKNOWN',
  /** World-model parameters given without bits per weight (or the reverse): weight traffic not counted. */
  'AI_WEIGHT_BITS_UNKNOWN',
  /** Feasible but above 90 % busy: the efficiencies are estimates, so the margin is thin. */
  'AI_NEAR_LIMIT',
] as const;
export type AiIssueCode = (typeof AI_ISSUE_CODES)[number];

export interface AiIssue {
  code: AiIssueCode;
  severity: 'error' | 'warning';
  /** The sentence in English (`text` rendered). */
  message: string;
  /** The sentence as data, rendered in the reader's language (src/text/phrase.ts). */
  text: Phrase;
  /** Offending input field for AI_INVALID_INPUT, e.g. 'workload.paramsB' or 'device.peakOpsPerS'. */
  field?: string;
}

/** Which roof limits a step; 'unknown' when memory time cannot be computed (bandwidth unknown). */
export type Bound = 'memory' | 'compute' | 'unknown';

export interface LlmBytesPerToken {
  /** Weight bytes read per decoded token (blocks, head, one embedding row). */
  weightsBytes: number;
  kvBytes: number;
  totalBytes: number;
}

export interface LlmOpsPerToken {
  /** 2 ops per weight: 2 · N. */
  linearOps: number;
  /** QKᵀ and S·V at context L: 4 · layers · heads · headDim · L. */
  attentionOps: number;
  totalOps: number;
}

/** Time of one step (a token, a prefill, a frame) split by roof. */
export interface StepTime {
  bytes: number;
  ops: number;
  /** bytes / (η_bw · BW); null when bandwidth is unknown and bytes > 0. */
  memoryTimeS: number | null;
  /** ops / (η_c · peak). */
  computeTimeS: number;
  /** max(memory, compute) — perfect overlap (llm-analysis, GenZ); compute only when memory time is unknown. */
  timeS: number;
  bound: Bound;
  /** True when memory time is unknown, so `timeS` is a lower bound. */
  timeIsLowerBound: boolean;
}

export interface LlmRoofline {
  bytesPerToken: LlmBytesPerToken;
  opsPerToken: LlmOpsPerToken;
  /** ops per byte of the decode step. */
  arithmeticIntensityOpsPerByte: number;
  /** Ridge point η_c·peak / (η_bw·BW) (ops/byte); above it a step is compute-bound. Null if BW unknown. */
  ridgePointOpsPerByte: number | null;
  decode: StepTime;
  /** η_bw·BW / bytes_per_token; null when bandwidth is unknown. */
  maxDecodeTokensPerSByBandwidth: number | null;
  /** η_c·peak / ops_per_token. */
  maxDecodeTokensPerSByCompute: number;
  /**
   * The fastest decode: 1 / (roofline step + per-token overhead). Without overhead it is the smaller of the two
   * roofs (the compute roof alone when bandwidth is unknown: then an upper bound).
   */
  maxDecodeTokensPerS: number;
  /** Roofline step time plus the runtime's per-token overhead (s). */
  decodeTimePerTokenS: number;
  /** The runtime's per-token overhead included in `decodeTimePerTokenS` (s). */
  perTokenOverheadS: number;
  prefill: StepTime;
  prefillTimePerRequestS: number;
  /** Decode bound. */
  bound: Bound;
  timeIsLowerBound: boolean;
}

/** Roofline of a per-frame (vision) or per-clip (world model) workload. */
export interface UnitRoofline {
  unit: 'frame' | 'clip';
  step: StepTime;
  /** 1 / step time (an upper bound when memory time is unknown). */
  maxUnitsPerS: number;
  bound: Bound;
  timeIsLowerBound: boolean;
}

/** Bottom-up energy of one step: E = 8·bytes·e_bit + ops·e_op + P_idle·t. */
export interface EnergyBreakdown {
  memoryJ: number;
  computeJ: number;
  /** Idle power over the step time (a lower bound when the step time is). */
  staticJ: number;
  totalJ: number;
  /** memory / total (static included). 0 when total is 0. */
  memoryShareOfEnergy: number;
  /** memory / (memory + compute): the data-movement share of the dynamic energy. 0 when both are 0. */
  memoryShareOfDynamicEnergy: number;
}

export interface LlmEnergy {
  perToken: EnergyBreakdown;
  joulesPerToken: number;
  /** 1 / joulesPerToken; null when the energy per token is 0 (all constants zero). */
  tokensPerJoule: number | null;
  memoryShareOfEnergy: number;
  memoryShareOfDynamicEnergy: number;
  /** Decode memory time / (memory time + compute time); null when bandwidth is unknown. */
  memoryShareOfTime: number | null;
  /** Decode is memory-bound; null when bandwidth is unknown. */
  memoryBound: boolean | null;
  prefillPerRequest: EnergyBreakdown;
  /** Device-level: P(u) / demanded decode rate (idle time and prefill included); null at 0 tok/s. */
  deviceJoulesPerToken: number | null;
  /** Device-level at full speed: P_max / r_max. */
  deviceJoulesPerTokenAtMaxRate: number;
}

export interface UnitEnergy {
  unit: 'frame' | 'clip';
  perUnit: EnergyBreakdown;
  joulesPerUnit: number;
  unitsPerJoule: number | null;
  memoryShareOfEnergy: number;
  memoryShareOfDynamicEnergy: number;
  /** Null when bandwidth is unknown and weight traffic is given. */
  memoryShareOfTime: number | null;
  memoryBound: boolean | null;
  /** P(u) / demanded rate; null at 0 units/s. */
  deviceJoulesPerUnit: number | null;
  /** P_max / max rate. */
  deviceJoulesPerUnitAtMaxRate: number;
}

export interface LlmMemoryFootprint {
  weightsBytes: number;
  /** KV cache at `contextTokens`. */
  kvCacheBytes: number;
  totalBytes: number;
  capacityBytes: number | null;
  /** Null when capacity is unknown. */
  fits: boolean | null;
}

interface AnalysisBase {
  deviceName: string;
  /** Raw busy fraction Σ demanded busy time per second; may exceed 1 (then infeasible). */
  utilisation: number;
  /** True when memory time could not be counted (bandwidth unknown), so `utilisation` is a lower bound. */
  utilisationIsLowerBound: boolean;
  /** No error-severity issue. */
  feasible: boolean;
  /** P = P_idle + clamp(u, 0, 1)·(P_max − P_idle). */
  powerW: number;
  issues: AiIssue[];
}

export interface LlmAnalysis extends AnalysisBase {
  kind: 'llm';
  /** Busy fractions by phase (sum = utilisation). */
  utilisationBreakdown?: { decode: number; prefill: number };
  /** Demanded bytes/s and ops/s over both phases. */
  demand?: { bytesPerS: number; opsPerS: number };
  roofline?: LlmRoofline;
  energy?: LlmEnergy;
  memory?: LlmMemoryFootprint;
}

export interface UnitAnalysis extends AnalysisBase {
  kind: 'vision' | 'worldModel';
  demand?: { bytesPerS: number; opsPerS: number };
  roofline?: UnitRoofline;
  energy?: UnitEnergy;
}

export interface FixedAnalysis extends AnalysisBase {
  kind: 'fixed';
}

/** Result of {@link analyseWorkload}; the optional sections are absent when inputs are invalid. */
export type WorkloadAnalysis = LlmAnalysis | UnitAnalysis | FixedAnalysis;
