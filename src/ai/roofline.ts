/**
 * Roofline model of on-device inference.
 *
 * A step (one decoded token, one prefill, one frame) moves `bytes` through DRAM and executes `ops`. With
 * achievable fractions η of the peaks, and perfect overlap of memory and compute (llm-analysis,
 * cli99/llm-analysis: "latency = max(compute, weight_mem + activation_mem)"; GenZ,
 * abhibambhaniya/GenZ-LLM-Analyzer `GenZ/operator_base.py`: `t = max(t_compute/η_c, t_memory/η_m)`):
 *
 *     t_mem  = bytes / (η_bw · BW)
 *     t_comp = ops   / (η_c · peak)
 *     t      = max(t_mem, t_comp)          bound = the larger term ('memory' on a tie)
 *
 * LLM bytes and ops per decoded token follow LLM-Viewer (hahnyuan/LLM-Viewer `model_analyzer.py`, decode stage,
 * batch 1): weights are read once per token, and the K and V cache for the whole context is read once per token.
 * Activations, the K/V write of the new token, norms and softmax are neglected (< 1 % at batch 1).
 */
import { assertNoIssues, validateDevice, validateEfficiency, validateLlmWorkload } from './validate';
import type {
  DeviceSpec,
  Efficiency,
  LlmBytesPerToken,
  LlmOpsPerToken,
  LlmRoofline,
  LlmWorkload,
  StepTime,
  UnitRoofline,
  VisionWorkload,
  WorldModelWorkload,
} from './types';

/**
 * Default efficiencies: η_bw 0.7 (llm-analysis README: "up to 0.7 for inference"), η_c 0.5 (a common
 * sustained fraction of dense peak on edge NPUs/GPUs for transformer matmuls; an estimate — calibrate).
 */
export const DEFAULT_EFFICIENCY: Readonly<Efficiency> = Object.freeze({ bandwidth: 0.7, compute: 0.5 });

/** Weight bytes: `N · bits / 8` with N = paramsB · 1e9. 3B params at 4 bits → 1.5e9 B. */
export function weightsBytes(paramsB: number, bitsPerWeight: number): number {
  return (paramsB * 1e9 * bitsPerWeight) / 8;
}

/**
 * KV-cache bytes per token of context in one layer that keeps it: `2 · kvHeads · headDim · kvBits / 8` (K and V).
 */
function kvBytesPerLayerToken(w: LlmWorkload): number {
  return (2 * w.kvHeads * w.headDim * w.kvBits) / 8;
}

/**
 * KV-cache bytes per token of context with every layer keeping the full context:
 * `2 · layers · kvHeads · headDim · kvBits / 8` (the 2 is K and V).
 * Llama 3.2 3B, FP16 KV: 2 · 28 · 8 · 128 · 2 B = 114,688 B/token.
 */
export function llmKvBytesPerContextToken(w: LlmWorkload): number {
  return w.layers * kvBytesPerLayerToken(w);
}

/**
 * KV-cache bytes at `contextTokens` (what decode reads per token, and what must be resident):
 * `kv_layer · (fullLayers · L + slidingLayers · min(L, window))`. Without an attention layout every layer is
 * full. Sliding-window layers (Gemma 2 and 3, gpt-oss) keep only the last `window` tokens; layers without
 * attention (LFM2's convolution blocks) keep none (Hugging Face config `layer_types`, `sliding_window`).
 */
export function llmKvCacheBytes(w: LlmWorkload, contextTokens: number = w.contextTokens): number {
  const a = w.attentionLayout;
  if (!a) return llmKvBytesPerContextToken(w) * contextTokens;
  return (
    kvBytesPerLayerToken(w) *
    (a.fullLayers * contextTokens + a.slidingLayers * Math.min(contextTokens, a.slidingWindowTokens))
  );
}

/**
 * Weight bytes of an LLM, read per decoded token and resident.
 *
 * Without a weight layout: `paramsB·1e9·bitsPerWeight/8` for both (every parameter read once per token).
 * With one (V = vocab, H = hidden size, N = paramsB·1e9 parameters read per token):
 *
 *     embedding table E = V·H;   blocks B = N − E·(tied ? 1 : 2)
 *     read per token  = B·b_blocks/8 + E·b_head/8 + H·b_emb/8      (the head in full; one embedding row)
 *     resident        = B_res·b_blocks/8 + E·b_head/8 + (tied ? 0 : E·b_emb/8)
 *
 * with B_res from the resident parameters (all experts of a mixture of experts). Decode multiplies every
 * block and head weight once per token (llama.cpp `llm_build_*`: the output matmul over the full vocabulary;
 * the input embedding is a row lookup, `ggml_get_rows`).
 */
export function llmWeightBytes(w: LlmWorkload): { perTokenBytes: number; residentBytes: number } {
  const L = w.weightLayout;
  if (!L) {
    const b = weightsBytes(w.paramsB, w.bitsPerWeight);
    return { perTokenBytes: b, residentBytes: b };
  }
  const E = L.vocabSize * L.hiddenSize;
  const tables = E * (L.tiedEmbeddings ? 1 : 2);
  const blocks = Math.max(0, w.paramsB * 1e9 - tables);
  const residentBlocks = Math.max(0, (L.residentParamsB ?? w.paramsB) * 1e9 - tables);
  const head = (E * L.headBits) / 8;
  return {
    perTokenBytes: (blocks * L.blockBits) / 8 + head + (L.hiddenSize * L.embeddingBits) / 8,
    residentBytes:
      (residentBlocks * L.blockBits) / 8 + head + (L.tiedEmbeddings ? 0 : (E * L.embeddingBits) / 8),
  };
}

/**
 * Bytes read from DRAM per decoded token (batch 1): the weights (`llmWeightBytes`) and the KV cache at
 * `contextTokens` (`llmKvCacheBytes`).
 * @throws RangeError on invalid input
 */
export function llmBytesPerToken(w: LlmWorkload): LlmBytesPerToken {
  assertNoIssues(validateLlmWorkload(w), 'llmBytesPerToken');
  const wb = llmWeightBytes(w).perTokenBytes;
  const kv = llmKvCacheBytes(w);
  return { weightsBytes: wb, kvBytes: kv, totalBytes: wb + kv };
}

/**
 * Ops per decoded token: `2 · N` (one multiply-add per weight, LLM-Viewer `OPs = 2·ic·oc·B`) plus attention
 * `4 · layers · heads · headDim · L` (QKᵀ and S·V, 2 ops per element each; LLM-Viewer decode attention), with
 * heads = `queryHeads ?? kvHeads`. Without `queryHeads` the attention term is a lower bound under GQA.
 * @throws RangeError on invalid input
 */
export function llmOpsPerToken(w: LlmWorkload): LlmOpsPerToken {
  assertNoIssues(validateLlmWorkload(w), 'llmOpsPerToken');
  const linearOps = 2 * w.paramsB * 1e9;
  const attentionOps = 4 * w.layers * (w.queryHeads ?? w.kvHeads) * w.headDim * w.contextTokens;
  return { linearOps, attentionOps, totalOps: linearOps + attentionOps };
}

/**
 * Prefill of one request of P = promptTokensPerRequest tokens, processed as one batch:
 * - ops   = `2·N·P` + causal attention `4·layers·heads·headDim · P(P+1)/2` (token i attends to i tokens);
 * - bytes = weights once + the K/V written for P tokens (`kvPerToken · P`); 0 when P = 0.
 * Prefill is therefore compute-bound for any realistic P (LLM-Viewer prefill stage,
 * docs/references.md#llm-viewer; docs/ai-model.md, "LLM prefill").
 * @throws RangeError on invalid input
 */
export function llmPrefillPerRequest(w: LlmWorkload): { bytes: number; ops: number } {
  assertNoIssues(validateLlmWorkload(w), 'llmPrefillPerRequest');
  const p = w.promptTokensPerRequest;
  if (p === 0) return { bytes: 0, ops: 0 };
  const heads = w.queryHeads ?? w.kvHeads;
  const ops = 2 * w.paramsB * 1e9 * p + 2 * w.layers * heads * w.headDim * p * (p + 1);
  const bytes = llmWeightBytes(w).perTokenBytes + llmKvCacheBytes(w, p);
  return { bytes, ops };
}

/**
 * Time of one step on the roofline: `max(bytes/(η_bw·BW), ops/(η_c·peak))`.
 * With unknown bandwidth (null) and bytes > 0 the memory time is unknown (null) and the returned time is the
 * compute time alone, flagged as a lower bound. Bytes = 0 needs no bandwidth.
 */
export function stepTime(bytes: number, ops: number, d: DeviceSpec, e: Efficiency): StepTime {
  const bw = d.memoryBandwidthBytesPerS;
  const memoryTimeS = bytes === 0 ? 0 : bw === null ? null : bytes / (e.bandwidth * bw);
  const computeTimeS = ops / (e.compute * d.peakOpsPerS);
  if (memoryTimeS === null) {
    return {
      bytes,
      ops,
      memoryTimeS,
      computeTimeS,
      timeS: computeTimeS,
      bound: 'unknown',
      timeIsLowerBound: true,
    };
  }
  const bound = memoryTimeS >= computeTimeS && memoryTimeS > 0 ? 'memory' : 'compute';
  return {
    bytes,
    ops,
    memoryTimeS,
    computeTimeS,
    timeS: Math.max(memoryTimeS, computeTimeS),
    bound,
    timeIsLowerBound: false,
  };
}

function assertDeviceAndEfficiency(d: DeviceSpec, e: Efficiency, fn: string): void {
  assertNoIssues([...validateDevice(d), ...validateEfficiency(e)], fn);
}

/**
 * LLM roofline on a device (batch-1 decode at `contextTokens`, plus one prefill):
 * - decode time per token = `max(bytes/(η_bw·BW), ops/(η_c·peak)) + t₀`, with t₀ the runtime's per-token
 *   overhead (`e.perTokenOverheadS`, 0 for a plain roofline): kernel launches, synchronisation and sampling
 *   that a roofline has no term for (docs/ai-validation.md fits it per runtime);
 * - `r_max = 1 / decode time`; with t₀ = 0 it is `min(η_bw·BW / bytes, η_c·peak / ops)` (docs/ai-model.md,
 *   "LLM decode"; docs/references.md#roofline);
 * - prefill time per request = `max(prefill_bytes/(η_bw·BW), prefill_ops/(η_c·peak))`.
 * Demand-independent: `decodeTokensPerS` and `requestsPerMin` are not used here.
 * Worked example: 3B params INT4, context 0, Orin NX 102.4 GB/s at η 0.7, t₀ 0 → 71.68e9 / 1.5e9 ≈ 47.8 tok/s.
 * @throws RangeError on invalid input
 */
export function llmRoofline(w: LlmWorkload, d: DeviceSpec, e: Efficiency = DEFAULT_EFFICIENCY): LlmRoofline {
  assertDeviceAndEfficiency(d, e, 'llmRoofline');
  const bytesPerToken = llmBytesPerToken(w);
  const opsPerToken = llmOpsPerToken(w);
  const decode = stepTime(bytesPerToken.totalBytes, opsPerToken.totalOps, d, e);
  const pre = llmPrefillPerRequest(w);
  const prefill = stepTime(pre.bytes, pre.ops, d, e);
  const bw = d.memoryBandwidthBytesPerS;
  const maxByBw = bw === null ? null : (e.bandwidth * bw) / bytesPerToken.totalBytes;
  const maxByCompute = (e.compute * d.peakOpsPerS) / opsPerToken.totalOps;
  const overheadS = e.perTokenOverheadS ?? 0;
  const decodeTimePerTokenS = decode.timeS + overheadS;
  return {
    bytesPerToken,
    opsPerToken,
    arithmeticIntensityOpsPerByte: opsPerToken.totalOps / bytesPerToken.totalBytes,
    ridgePointOpsPerByte: bw === null ? null : (e.compute * d.peakOpsPerS) / (e.bandwidth * bw),
    decode,
    maxDecodeTokensPerSByBandwidth: maxByBw,
    maxDecodeTokensPerSByCompute: maxByCompute,
    maxDecodeTokensPerS: 1 / decodeTimePerTokenS,
    decodeTimePerTokenS,
    perTokenOverheadS: overheadS,
    prefill,
    prefillTimePerRequestS: prefill.timeS,
    bound: decode.bound,
    timeIsLowerBound: decode.timeIsLowerBound || prefill.timeIsLowerBound,
  };
}

/** Ops and DRAM bytes of one vision frame: `gflopsPerFrame·1e9` ops; `weightsBytes` (0 when omitted: on chip). */
export function visionPerFrame(w: VisionWorkload): { bytes: number; ops: number } {
  return { bytes: w.weightsBytes ?? 0, ops: w.gflopsPerFrame * 1e9 };
}

/**
 * Ops and DRAM bytes of one world-model clip: `gflopsPerClip·1e9` ops; weights `paramsB·1e9·bits/8` read once
 * per clip when both are given, else 0 (weight traffic not counted; `analyseWorkload` warns).
 */
export function worldModelPerClip(w: WorldModelWorkload): { bytes: number; ops: number } {
  const bytes =
    w.paramsB !== undefined && w.bitsPerWeight !== undefined ? weightsBytes(w.paramsB, w.bitsPerWeight) : 0;
  return { bytes, ops: w.gflopsPerClip * 1e9 };
}

/**
 * Roofline of a per-frame / per-clip workload: step time `max(bytes/(η_bw·BW), ops/(η_c·peak))`,
 * max rate = 1 / step time.
 * @throws RangeError on invalid device or efficiency
 */
export function unitRoofline(
  unit: 'frame' | 'clip',
  perUnit: { bytes: number; ops: number },
  d: DeviceSpec,
  e: Efficiency = DEFAULT_EFFICIENCY,
): UnitRoofline {
  assertDeviceAndEfficiency(d, e, 'unitRoofline');
  if (!(
    Number.isFinite(perUnit.ops) &&
    perUnit.ops > 0 &&
    Number.isFinite(perUnit.bytes) &&
    perUnit.bytes >= 0
  )) {
    throw new RangeError(`unitRoofline: ops per ${unit} must be > 0 and bytes ≥ 0, both finite.`);
  }
  const step = stepTime(perUnit.bytes, perUnit.ops, d, e);
  return {
    unit,
    step,
    maxUnitsPerS: 1 / step.timeS,
    bound: step.bound,
    timeIsLowerBound: step.timeIsLowerBound,
  };
}
