import type { WeightFormatRule } from '../ai/quantisation';
import type { Confidence } from './sourced';

/**
 * Weight storage formats of on-device LLMs: how many bits each tensor group really takes, scales and zero
 * points included. A workload names one (`quantisation`); its runtime's default applies otherwise.
 */
export interface WeightFormat {
  readonly id: string;
  readonly name: string;
  /** Nominal weight bits, as a format is usually described ("4-bit"). */
  readonly nominalBits: number;
  readonly rule: WeightFormatRule;
  readonly source: string;
  readonly confidence: Confidence;
  readonly notes: string;
}

const LLAMA_CPP_QUANT =
  'llama.cpp src/llama-quant.cpp llama_tensor_get_type (type mix, row-length fall-backs, tied embedding = output type); ggml/src/ggml-common.h block structs (bits per weight); tools/quantize/README.md (Llama 2 7B: Q4_K_M 4.84, Q5_K_M 5.68, Q3_K_M 3.91, Q6_K 6.56 bpw, reproduced by tests/unit/ai-quantisation.test.ts)';

/** Group-quantised INT4 with an FP16 scale (and a 4-bit zero point when asymmetric) per group of `g`. */
const int4Group = (g: number, zeroPoint: boolean) => 4 + 16 / g + (zeroPoint ? 4 / g : 0);

export const WEIGHT_FORMATS: readonly WeightFormat[] = [
  {
    id: 'gguf-q4_k_m',
    name: 'GGUF Q4_K_M',
    nominalBits: 4,
    rule: { kind: 'gguf', mix: 'Q4_K_M' },
    source: LLAMA_CPP_QUANT,
    confidence: 'derived',
    notes:
      'Q4_K (4.5 bpw) with Q6_K for attn_v and ffn_down in the first and last eighth of the layers and every third between; output head Q6_K. Rows not a multiple of 256 fall back to Q5_0 / Q8_0, which makes small models (hidden 576–1152) 5.5–8.5 bits per weight.',
  },
  {
    id: 'gguf-q5_k_m',
    name: 'GGUF Q5_K_M',
    nominalBits: 5,
    rule: { kind: 'gguf', mix: 'Q5_K_M' },
    source: LLAMA_CPP_QUANT,
    confidence: 'derived',
    notes: 'Q5_K (5.5 bpw) with the Q4_K_M pattern of Q6_K tensors; output head Q6_K.',
  },
  {
    id: 'gguf-q3_k_m',
    name: 'GGUF Q3_K_M',
    nominalBits: 3,
    rule: { kind: 'gguf', mix: 'Q3_K_M' },
    source: LLAMA_CPP_QUANT,
    confidence: 'derived',
    notes: 'Q3_K (3.44 bpw); attn_v, attn_output and ffn_down at Q4_K (Q5_K in the first layers); head Q6_K.',
  },
  {
    id: 'gguf-q4_0',
    name: 'GGUF Q4_0',
    nominalBits: 4,
    rule: { kind: 'gguf', mix: 'Q4_0' },
    source: LLAMA_CPP_QUANT,
    confidence: 'derived',
    notes: 'Q4_0 (4.5 bpw: 32 weights + an FP16 scale) everywhere; output head Q6_K.',
  },
  {
    id: 'gguf-q6_k',
    name: 'GGUF Q6_K',
    nominalBits: 6,
    rule: { kind: 'gguf', mix: 'Q6_K' },
    source: LLAMA_CPP_QUANT,
    confidence: 'derived',
    notes: 'Q6_K (6.5625 bpw) everywhere.',
  },
  {
    id: 'gguf-q8_0',
    name: 'GGUF Q8_0',
    nominalBits: 8,
    rule: { kind: 'gguf', mix: 'Q8_0' },
    source: LLAMA_CPP_QUANT,
    confidence: 'derived',
    notes: 'Q8_0 (8.5 bpw: 32 weights + an FP16 scale) everywhere, output head included.',
  },
  {
    id: 'gguf-f16',
    name: 'GGUF F16',
    nominalBits: 16,
    rule: { kind: 'gguf', mix: 'F16' },
    source: LLAMA_CPP_QUANT,
    confidence: 'derived',
    notes: 'Unquantised FP16.',
  },
  {
    id: 'awq-int4',
    name: 'AWQ INT4 (group 128)',
    nominalBits: 4,
    rule: { kind: 'uniform', blockBits: int4Group(128, true), headBits: 16, embeddingBits: 16 },
    source:
      'Lin et al., "AWQ: Activation-aware Weight Quantization", MLSys 2024 (arXiv:2306.00978): INT4, group size 128, FP16 scales and INT4 zero points; the llm-awq / TinyChat and TensorRT-LLM kernels leave the embedding and lm_head in FP16',
    confidence: 'derived',
    notes: '4 + 16/128 + 4/128 = 4.156 bits in the blocks; head and embedding FP16.',
  },
  {
    id: 'w4a16-g128',
    name: 'GPTQ / W4A16 INT4 (group 128, symmetric)',
    nominalBits: 4,
    rule: { kind: 'uniform', blockBits: int4Group(128, false), headBits: 16, embeddingBits: 16 },
    source:
      'Frantar et al., "GPTQ", ICLR 2023 (arXiv:2210.17323); RedHatAI "quantized.w4a16" model cards (llm-compressor: INT4 weights, group size 128, symmetric; lm_head not quantised), as served by vLLM',
    confidence: 'derived',
    notes: '4 + 16/128 = 4.125 bits in the blocks; head and embedding BF16.',
  },
  {
    id: 'mlc-q4f16_1',
    name: 'MLC q4f16_1',
    nominalBits: 4,
    rule: {
      kind: 'uniform',
      blockBits: int4Group(32, false),
      headBits: int4Group(32, false),
      embeddingBits: int4Group(32, false),
    },
    source:
      'MLC-LLM documentation, quantization modes: q4f16_1 = 4-bit weights in groups of 32 with an FP16 scale; MLC group-quantises the embedding and lm_head as well (GroupQuantize quantize_embedding / quantize_final_fc)',
    confidence: 'derived',
    notes: '4 + 16/32 = 4.5 bits everywhere.',
  },
  {
    id: 'mlc-q4f16_ft',
    name: 'MLC q4f16_ft (FasterTransformer INT4)',
    nominalBits: 4,
    rule: { kind: 'uniform', blockBits: 4.0625, headBits: 16, embeddingBits: 16 },
    source:
      'MLC-LLM documentation: q4f16_ft = FasterTransformer per-channel INT4 weights with FP16 scales (jetson-containers benchmark.sh default); PowerPlan assumption that the embedding and lm_head stay FP16',
    confidence: 'estimate',
    notes: 'Per-channel scales add ~1/64 bit per weight at hidden sizes of 1–4 K; taken as 4.0625.',
  },
  {
    id: 'nvfp4',
    name: 'NVFP4',
    nominalBits: 4,
    rule: { kind: 'uniform', blockBits: 4.5, headBits: 16, embeddingBits: 16 },
    source:
      'NVIDIA Technical Blog, "Introducing NVFP4 for Efficient and Accurate Low-Precision Inference" (2025): FP4 E2M1 values with an FP8 E4M3 scale per block of 16 (plus one FP32 tensor scale); NVIDIA ModelOpt NVFP4 checkpoints keep lm_head in BF16',
    confidence: 'derived',
    notes: '4 + 8/16 = 4.5 bits in the blocks; head and embedding BF16.',
  },
  {
    id: 'fp8',
    name: 'FP8 (per-channel)',
    nominalBits: 8,
    rule: { kind: 'uniform', blockBits: 8, headBits: 16, embeddingBits: 16 },
    source: 'vLLM FP8 W8A8 documentation (per-tensor or per-channel scales; lm_head not quantised)',
    confidence: 'derived',
    notes: '8 bits in the blocks (scales negligible); head and embedding BF16.',
  },
  {
    id: 'bf16',
    name: 'BF16 / FP16',
    nominalBits: 16,
    rule: { kind: 'uniform', blockBits: 16, headBits: 16, embeddingBits: 16 },
    source: 'IEEE 754 half precision / bfloat16: 2 bytes per weight',
    confidence: 'datasheet',
    notes: 'Unquantised 16-bit weights.',
  },
  {
    id: 'hailo-a8w4',
    name: 'Hailo A8W4',
    nominalBits: 4,
    rule: { kind: 'uniform', blockBits: 4.25, headBits: 8, embeddingBits: 8 },
    source:
      'Hailo Model Zoo GenAI (v5.3.0) model table: A8W4 (8-bit activations, 4-bit weights, group-wise or channel-wise); PowerPlan assumption of 4.25 bits in the blocks (a scale per group of 64) and an 8-bit head',
    confidence: 'estimate',
    notes: 'Hailo does not publish the group size or the head precision.',
  },
];

const byId = new Map(WEIGHT_FORMATS.map((f) => [f.id, f]));

/** A weight format by id. */
export function findWeightFormat(id: string): WeightFormat | undefined {
  return byId.get(id);
}
