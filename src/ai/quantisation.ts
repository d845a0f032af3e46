/**
 * How many bits a quantised LLM really stores per weight, by tensor group.
 *
 * A format's nominal bits (a "4-bit" model) are not what a decode step reads: scales and zero points add a
 * fraction of a bit per weight, GGUF k-quants keep some tensors at 6 bits, and the output head — a
 * vocabulary × hidden matrix, 19 % of a 4B model's parameters when untied — is often left at 16 bits. For small
 * models the head and the fall-backs dominate. This module turns a format and an architecture into the three
 * figures the roofline needs (`LlmWeightLayout`: block, head and embedding bits per weight).
 */
import type { LlmWeightLayout } from './types';

/** The figures of an architecture that decide where its weights sit. */
export interface LlmArchitecture {
  hiddenSize: number;
  /** MLP inner size (the input length of `ffn_down`). */
  intermediateSize: number;
  layers: number;
  queryHeads: number;
  kvHeads: number;
  headDim: number;
  vocabSize: number;
  tiedEmbeddings: boolean;
}

/**
 * ggml tensor types: bits per weight including their block scales, and the row length a block needs
 * (ggml `ggml-common.h` block structs: `block_q4_K` = 2·2 B scales + 12 B sub-scales + 128 B quants per 256
 * weights = 4.5 bpw; `block_q6_K` = 210 B / 256 = 6.5625; `block_q8_0` = 34 B / 32 = 8.5; `block_q5_0` = 22 B
 * / 32 = 5.5; `block_q4_0` = 18 B / 32 = 4.5; `block_iq4_nl` = 18 B / 32 = 4.5).
 */
export const GGML_TYPES = {
  F16: { bits: 16, block: 1 },
  BF16: { bits: 16, block: 1 },
  Q8_0: { bits: 8.5, block: 32 },
  Q6_K: { bits: 6.5625, block: 256 },
  Q5_K: { bits: 5.5, block: 256 },
  Q5_1: { bits: 6, block: 32 },
  Q5_0: { bits: 5.5, block: 32 },
  Q4_K: { bits: 4.5, block: 256 },
  Q4_0: { bits: 4.5, block: 32 },
  IQ4_NL: { bits: 4.5, block: 32 },
  Q3_K: { bits: 3.4375, block: 256 },
  Q2_K: { bits: 2.625, block: 256 },
} as const;
export type GgmlType = keyof typeof GGML_TYPES;

/**
 * The type llama.cpp falls back to when a tensor's rows are not a multiple of the k-quant block (256):
 * `llama_tensor_get_type` in llama.cpp `src/llama-quant.cpp` ("convert_incompatible_tensor": Q4_K → Q5_0,
 * Q5_K → Q5_1, Q6_K → Q8_0, Q2_K/Q3_K → IQ4_NL). Small models with a hidden size of 576, 896 or 960 hit it.
 */
const FALLBACK: Partial<Record<GgmlType, GgmlType>> = {
  Q4_K: 'Q5_0',
  Q5_K: 'Q5_1',
  Q6_K: 'Q8_0',
  Q3_K: 'IQ4_NL',
  Q2_K: 'IQ4_NL',
};

/** The type a tensor with rows of `rowLength` gets when asked for `type`. */
export function ggmlTypeForRow(type: GgmlType, rowLength: number): GgmlType {
  return rowLength % GGML_TYPES[type].block === 0 ? type : (FALLBACK[type] ?? 'Q8_0');
}

/** The tensors of a transformer a GGUF mix assigns types to. */
export type GgufTensor =
  | 'attn_q'
  | 'attn_k'
  | 'attn_v'
  | 'attn_output'
  | 'ffn_gate'
  | 'ffn_up'
  | 'ffn_down'
  | 'output'
  | 'token_embd';

/**
 * llama.cpp's `use_more_bits(i, n)` (integer division, as in C): the first and last eighth of the layers, and
 * every third layer in between, get the larger type in the "_M" mixes.
 */
export function useMoreBits(i: number, n: number): boolean {
  const eighth = Math.floor(n / 8);
  return i < eighth || i >= Math.floor((7 * n) / 8) || (i - eighth) % 3 === 2;
}

type Mix = (tensor: GgufTensor, layer: number, layers: number) => GgmlType;

/** A uniform mix: every tensor `t`, the output head `out` (Q6_K for every k-quant, the type itself for Q8_0). */
const uniform =
  (t: GgmlType, out: GgmlType): Mix =>
  (tensor) =>
    tensor === 'output' ? out : t;

/**
 * The GGUF type mixes PowerPlan models, as llama.cpp's `llama_tensor_get_type` (`src/llama-quant.cpp`) assigns
 * them for a dense, non-Falcon model. Checked against the bits per weight llama.cpp's `tools/quantize/README.md`
 * publishes for Llama 2 7B: Q4_K_M 4.84, Q5_K_M 5.68, Q3_K_M 3.91, Q6_K 6.56 (tests/unit/ai-quantisation.test.ts).
 */
export const GGUF_MIXES = {
  Q4_K_M: (tensor, i, n) =>
    (tensor === 'attn_v' || tensor === 'ffn_down') && useMoreBits(i, n)
      ? 'Q6_K'
      : tensor === 'output'
        ? 'Q6_K'
        : 'Q4_K',
  Q5_K_M: (tensor, i, n) =>
    (tensor === 'attn_v' || tensor === 'ffn_down') && useMoreBits(i, n)
      ? 'Q6_K'
      : tensor === 'output'
        ? 'Q6_K'
        : 'Q5_K',
  Q3_K_M: (tensor, i, n) => {
    if (tensor === 'attn_v') return i < 2 ? 'Q5_K' : 'Q4_K';
    if (tensor === 'ffn_down') return i < Math.floor(n / 16) ? 'Q5_K' : 'Q4_K';
    if (tensor === 'attn_output') return 'Q4_K';
    if (tensor === 'output') return 'Q6_K';
    return 'Q3_K';
  },
  Q6_K: uniform('Q6_K', 'Q6_K'),
  Q8_0: uniform('Q8_0', 'Q8_0'),
  Q4_0: uniform('Q4_0', 'Q6_K'),
  F16: uniform('F16', 'F16'),
} as const satisfies Record<string, Mix>;
export type GgufMix = keyof typeof GGUF_MIXES;

/** How a format stores each tensor group. */
export type WeightFormatRule =
  | {
      /** Group-quantised or float formats: one figure per tensor group, format overheads included. */
      kind: 'uniform';
      blockBits: number;
      headBits: number;
      embeddingBits: number;
    }
  | {
      /**
       * A GGUF type mix: each tensor's type from the mix, falling back when its rows are not a multiple of
       * the type's block; a tied embedding is the output tensor (llama.cpp quantises it with the output's type).
       */
      kind: 'gguf';
      mix: GgufMix;
    };

/**
 * Bits per weight of each tensor group of an architecture in a format. For a GGUF mix the block figure is the
 * parameter-weighted mean over every block tensor of every layer, each at the type the mix gives it for its
 * row length (the tensor's input size): `attn_q`, `attn_k`, `attn_v`, `ffn_gate` and `ffn_up` have rows of
 * the hidden size, `attn_output` of `queryHeads · headDim`, `ffn_down` of the MLP size.
 */
export function weightBits(
  arch: LlmArchitecture,
  rule: WeightFormatRule,
): Pick<LlmWeightLayout, 'blockBits' | 'headBits' | 'embeddingBits'> {
  if (rule.kind === 'uniform')
    return { blockBits: rule.blockBits, headBits: rule.headBits, embeddingBits: rule.embeddingBits };
  const mix: Mix = GGUF_MIXES[rule.mix];
  const H = arch.hiddenSize;
  const q = arch.queryHeads * arch.headDim;
  const kv = arch.kvHeads * arch.headDim;
  const I = arch.intermediateSize;
  const n = arch.layers;
  const bits = (tensor: GgufTensor, layer: number, row: number) =>
    GGML_TYPES[ggmlTypeForRow(mix(tensor, layer, n), row)].bits;
  let paramBits = 0;
  let params = 0;
  const add = (count: number, tensor: GgufTensor, layer: number, row: number) => {
    paramBits += count * bits(tensor, layer, row);
    params += count;
  };
  for (let i = 0; i < n; i++) {
    add(H * q, 'attn_q', i, H);
    add(H * kv, 'attn_k', i, H);
    add(H * kv, 'attn_v', i, H);
    add(q * H, 'attn_output', i, q);
    add(H * I, 'ffn_gate', i, H);
    add(H * I, 'ffn_up', i, H);
    add(I * H, 'ffn_down', i, I);
  }
  const headBits = bits('output', 0, H);
  return {
    blockBits: params > 0 ? paramBits / params : bits('attn_q', 0, H),
    headBits,
    embeddingBits: arch.tiedEmbeddings ? headBits : bits('token_embd', 0, H),
  };
}

/**
 * Bits per parameter of a whole model file in a format: blocks, head and (untied) embedding weighted by their
 * parameter counts. `blockParams` are the transformer-block parameters.
 */
export function fileBitsPerWeight(
  arch: LlmArchitecture,
  rule: WeightFormatRule,
  blockParams: number,
): number {
  const b = weightBits(arch, rule);
  const E = arch.vocabSize * arch.hiddenSize;
  const bits = blockParams * b.blockBits + E * b.headBits + (arch.tiedEmbeddings ? 0 : E * b.embeddingBits);
  return bits / (blockParams + E * (arch.tiedEmbeddings ? 1 : 2));
}

/**
 * Llama 2 7B's architecture: the model llama.cpp publishes its formats' whole-file bits per weight for
 * (tools/quantize/README.md: Q4_K_M 4.84, Q5_K_M 5.68, Q3_K_M 3.91, Q6_K 6.56), so the reference for a format's
 * average bits when a workload's own architecture is unknown, and the model `catalog formats` shows.
 */
export const LLAMA2_7B_ARCHITECTURE: LlmArchitecture = {
  hiddenSize: 4096,
  intermediateSize: 11008,
  layers: 32,
  queryHeads: 32,
  kvHeads: 32,
  headDim: 128,
  vocabSize: 32000,
  tiedEmbeddings: false,
};

/** Llama 2 7B's transformer-block parameters: 32 layers × (4 attention 4096² + 3 MLP 4096 × 11008). */
export const LLAMA2_7B_BLOCK_PARAMS = 32 * (4 * 4096 * 4096 + 3 * 4096 * 11008);

/** A format's average bits per weight on Llama 2 7B: the figure a format is known by. */
export function referenceBitsPerWeight(rule: WeightFormatRule): number {
  return fileBitsPerWeight(LLAMA2_7B_ARCHITECTURE, rule, LLAMA2_7B_BLOCK_PARAMS);
}
