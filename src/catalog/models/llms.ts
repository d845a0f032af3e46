import { planningAssumption, unsourced, type Sourced } from '../sourced';
import type { LlmModel } from './types';

/** Parameter counts computed from each published config. */
const PARAMS_FROM_CONFIG = 'derived from config (vocab, hidden, layers, heads, ffn) - matches published size';
/** KV cache per token = 2 (K,V) x layers x KV heads x head_dim x 2 bytes (FP16). */
const KV_FORMULA_DERIVATION = 'derived: 2 * layers * kv_heads * head_dim * 2 bytes';
/** Copy of the meta-llama/Llama-3.2-1B-Instruct config. */
const LLAMA_32_1B_CONFIG =
  'github kevinstephano/thunder_model_blocks hf_llama/llama_config.py (copy of meta-llama/Llama-3.2-1B-Instruct config.json)';
/** Config derived from meta-llama/Llama-3.2-3B. */
const LLAMA_32_3B_CONFIG =
  'https://huggingface.co/stan-hua/Meta-Llama-3.2-3B-LC-GPTQ-W4A16/blob/main/config.json (derived from meta-llama/Llama-3.2-3B config) ; HF lists 3.21B params (https://huggingface.co/lm-kit/llama-3.2-3b-instruct.gguf)';
/** onnx-community copy of the Qwen2.5-1.5B-Instruct config. */
const QWEN25_15B_CONFIG =
  'https://huggingface.co/onnx-community/Qwen2.5-1.5B-Instruct/blob/94677ac90364afdc2b476788d085a9680efde737/config.json (copy of Qwen/Qwen2.5-1.5B-Instruct)';
/** Config of a Qwen3-1.7B-architecture derivative. */
const QWEN3_17B_CONFIG =
  'https://huggingface.co/ssdataanalysis/DictaLM-3.0-1.7B-Instruct-mlx-8Bit/blob/main/config.json (Qwen3ForCausalLM 1.7B-class derivative; same architecture as Qwen3-1.7B)';
/** Derived Gemma 3 1B configs. */
const GEMMA3_1B_CONFIG =
  'https://huggingface.co/MatanBT/mia-target-model/blob/main/config.json and unsloth/gemma-3-1b-it derived configs (Gemma3ForCausalLM)';
/** Duplicate of the microsoft/Phi-3-mini-4k-instruct config. */
const PHI3_MINI_CONFIG =
  "https://huggingface.co/Alignment-Lab-AI/idfkphi4kiguess/blob/main/config.json ('Duplicate from microsoft/Phi-3-mini-4k-instruct')";
/** EXAONE 3.5 2.4B configs. */
const EXAONE35_24B_CONFIG =
  'https://huggingface.co/zero-jin/exaone-3.5-2.4b-it-text2sql/blob/main/config.json and mlx-community/EXAONE-3.5-2.4B-Instruct-4bit config (from LGAI-EXAONE/EXAONE-3.5-2.4B-Instruct)';
/** EXAONE 3.5 7.8B config. */
const EXAONE35_78B_CONFIG =
  'https://huggingface.co/GrennKren/EXAONE-3.5-7.8B-Instruct-8bit/blame/main/config.json (from LGAI-EXAONE/EXAONE-3.5-7.8B-Instruct)';
/** HF Transformers EXAONE 4.0 docs table. */
const EXAONE40_12B_DOCS =
  'https://huggingface.co/docs/transformers/v4.56.0/ko/model_doc/exaone4 (EXAONE 4.0 1.2B: d_model 2048, 30 layers, 32 heads, 8 KV heads, head size 64, FFN 4096, global attention)';

/** Typical on-device LLM quantization, as the research catalog summarises it. */
export const TYPICAL_ON_DEVICE_QUANTIZATION =
  '4-bit weight-only groupwise (GGUF Q4_K_M / AWQ / GPTQ W4A16 / MLC q4f16); INT8 KV or FP16 KV. Sources: ExecuTorch llama README (4-bit groupwise, SpinQuant/QLoRA for Llama 3.2) github pytorch/executorch PR 6434; NVIDIA Jetson INT4 MLC benchmarks.';

/**
 * Default weight precision for on-device LLM planning: 4 bits per weight (nominal). Group scales and zero points
 * add a fraction of a bit per weight that this default does not count; Mobilint's toolchain runs W8A16 (8 bits).
 */
export const DEFAULT_BITS_PER_WEIGHT: Sourced = planningAssumption(
  4,
  'bits/weight',
  'typical on-device practice is 4-bit weight-only groupwise quantization (ExecuTorch Llama README, ' +
    'SpinQuant/QLoRA 4-bit Llama 3.2 via PyTorch ExecuTorch PR 6434; NVIDIA Jetson INT4 MLC benchmarks). ' +
    'Nominal bits only: group scales/zeros are not counted.',
  [4, 8],
);
/** Small LLMs that fit on-device accelerators. */
export const LLMS: readonly LlmModel[] = [
  {
    kind: 'llm',
    id: 'llama-3.2-1b',
    name: 'Llama 3.2 1B',
    paramsB: { value: 1.236, unit: 'B params', source: PARAMS_FROM_CONFIG, confidence: 'derived' },
    layers: { value: 16, unit: 'layers', source: LLAMA_32_1B_CONFIG, confidence: 'datasheet' },
    attentionHeads: { value: 32, unit: 'heads', source: LLAMA_32_1B_CONFIG, confidence: 'datasheet' },
    kvHeads: { value: 8, unit: 'heads', source: LLAMA_32_1B_CONFIG, confidence: 'datasheet' },
    headDim: { value: 64, unit: 'dims', source: LLAMA_32_1B_CONFIG, confidence: 'datasheet' },
    hiddenSize: { value: 2048, unit: 'dims', source: LLAMA_32_1B_CONFIG, confidence: 'datasheet' },
    vocabSize: { value: 128256, unit: 'tokens', source: LLAMA_32_1B_CONFIG, confidence: 'datasheet' },
    intermediateSize: { value: 8192, unit: 'dims', source: LLAMA_32_1B_CONFIG, confidence: 'datasheet' },
    tiedEmbeddings: { value: true, unit: 'flag', source: LLAMA_32_1B_CONFIG, confidence: 'datasheet' },
    kvCacheBytesPerTokenFp16: {
      value: 32768,
      unit: 'bytes',
      source: KV_FORMULA_DERIVATION,
      confidence: 'derived',
    },
    typicalQuantization: TYPICAL_ON_DEVICE_QUANTIZATION,
    notes: 'tied embeddings; 128K context',
    planningDefaults: { bitsPerWeight: DEFAULT_BITS_PER_WEIGHT },
  },
  {
    kind: 'llm',
    id: 'llama-3.2-3b',
    name: 'Llama 3.2 3B',
    paramsB: { value: 3.213, unit: 'B params', source: PARAMS_FROM_CONFIG, confidence: 'derived' },
    layers: { value: 28, unit: 'layers', source: LLAMA_32_3B_CONFIG, confidence: 'datasheet' },
    attentionHeads: { value: 24, unit: 'heads', source: LLAMA_32_3B_CONFIG, confidence: 'datasheet' },
    kvHeads: { value: 8, unit: 'heads', source: LLAMA_32_3B_CONFIG, confidence: 'datasheet' },
    headDim: { value: 128, unit: 'dims', source: LLAMA_32_3B_CONFIG, confidence: 'datasheet' },
    hiddenSize: { value: 3072, unit: 'dims', source: LLAMA_32_3B_CONFIG, confidence: 'datasheet' },
    vocabSize: { value: 128256, unit: 'tokens', source: LLAMA_32_3B_CONFIG, confidence: 'datasheet' },
    intermediateSize: { value: 8192, unit: 'dims', source: LLAMA_32_3B_CONFIG, confidence: 'datasheet' },
    tiedEmbeddings: { value: true, unit: 'flag', source: LLAMA_32_3B_CONFIG, confidence: 'datasheet' },
    kvCacheBytesPerTokenFp16: {
      value: 114688,
      unit: 'bytes',
      source: KV_FORMULA_DERIVATION,
      confidence: 'derived',
    },
    typicalQuantization: TYPICAL_ON_DEVICE_QUANTIZATION,
    notes: 'HF lists 3.21B params',
    planningDefaults: { bitsPerWeight: DEFAULT_BITS_PER_WEIGHT },
  },
  {
    kind: 'llm',
    id: 'qwen2.5-1.5b',
    name: 'Qwen2.5 1.5B',
    paramsB: { value: 1.544, unit: 'B params', source: PARAMS_FROM_CONFIG, confidence: 'derived' },
    layers: { value: 28, unit: 'layers', source: QWEN25_15B_CONFIG, confidence: 'datasheet' },
    attentionHeads: { value: 12, unit: 'heads', source: QWEN25_15B_CONFIG, confidence: 'datasheet' },
    kvHeads: { value: 2, unit: 'heads', source: QWEN25_15B_CONFIG, confidence: 'datasheet' },
    headDim: { value: 128, unit: 'dims', source: QWEN25_15B_CONFIG, confidence: 'datasheet' },
    hiddenSize: { value: 1536, unit: 'dims', source: QWEN25_15B_CONFIG, confidence: 'datasheet' },
    vocabSize: { value: 151936, unit: 'tokens', source: QWEN25_15B_CONFIG, confidence: 'datasheet' },
    intermediateSize: { value: 8960, unit: 'dims', source: QWEN25_15B_CONFIG, confidence: 'datasheet' },
    tiedEmbeddings: { value: true, unit: 'flag', source: QWEN25_15B_CONFIG, confidence: 'datasheet' },
    kvCacheBytesPerTokenFp16: {
      value: 28672,
      unit: 'bytes',
      source: KV_FORMULA_DERIVATION,
      confidence: 'derived',
    },
    typicalQuantization: TYPICAL_ON_DEVICE_QUANTIZATION,
    notes: 'head_dim = 1536/12 = 128; very small KV (2 KV heads)',
    planningDefaults: { bitsPerWeight: DEFAULT_BITS_PER_WEIGHT },
  },
  {
    kind: 'llm',
    id: 'qwen3-1.7b',
    name: 'Qwen3 1.7B',
    paramsB: { value: 1.72, unit: 'B params', source: PARAMS_FROM_CONFIG, confidence: 'derived' },
    layers: { value: 28, unit: 'layers', source: QWEN3_17B_CONFIG, confidence: 'datasheet' },
    attentionHeads: { value: 16, unit: 'heads', source: QWEN3_17B_CONFIG, confidence: 'datasheet' },
    kvHeads: { value: 8, unit: 'heads', source: QWEN3_17B_CONFIG, confidence: 'datasheet' },
    headDim: { value: 128, unit: 'dims', source: QWEN3_17B_CONFIG, confidence: 'datasheet' },
    hiddenSize: { value: 2048, unit: 'dims', source: QWEN3_17B_CONFIG, confidence: 'datasheet' },
    vocabSize: { value: 151936, unit: 'tokens', source: QWEN3_17B_CONFIG, confidence: 'datasheet' },
    intermediateSize: { value: 6144, unit: 'dims', source: QWEN3_17B_CONFIG, confidence: 'datasheet' },
    tiedEmbeddings: { value: true, unit: 'flag', source: QWEN3_17B_CONFIG, confidence: 'datasheet' },
    kvCacheBytesPerTokenFp16: {
      value: 114688,
      unit: 'bytes',
      source: KV_FORMULA_DERIVATION,
      confidence: 'derived',
    },
    typicalQuantization: TYPICAL_ON_DEVICE_QUANTIZATION,
    notes: 'config from a Qwen3-1.7B-architecture derivative; published size 1.7B (1.4B non-embedding)',
    planningDefaults: { bitsPerWeight: DEFAULT_BITS_PER_WEIGHT },
  },
  {
    kind: 'llm',
    id: 'gemma-3-1b',
    name: 'Gemma 3 1B (text)',
    paramsB: { value: 1, unit: 'B params', source: PARAMS_FROM_CONFIG, confidence: 'derived' },
    layers: { value: 26, unit: 'layers', source: GEMMA3_1B_CONFIG, confidence: 'datasheet' },
    attentionHeads: { value: 4, unit: 'heads', source: GEMMA3_1B_CONFIG, confidence: 'datasheet' },
    kvHeads: { value: 1, unit: 'heads', source: GEMMA3_1B_CONFIG, confidence: 'datasheet' },
    headDim: { value: 256, unit: 'dims', source: GEMMA3_1B_CONFIG, confidence: 'datasheet' },
    hiddenSize: { value: 1152, unit: 'dims', source: GEMMA3_1B_CONFIG, confidence: 'datasheet' },
    vocabSize: { value: 262144, unit: 'tokens', source: GEMMA3_1B_CONFIG, confidence: 'datasheet' },
    intermediateSize: { value: 6912, unit: 'dims', source: GEMMA3_1B_CONFIG, confidence: 'datasheet' },
    tiedEmbeddings: { value: true, unit: 'flag', source: GEMMA3_1B_CONFIG, confidence: 'datasheet' },
    slidingWindow: {
      windowTokens: { value: 512, unit: 'tokens', source: GEMMA3_1B_CONFIG, confidence: 'datasheet' },
      slidingLayers: 22,
    },
    kvCacheBytesPerTokenFp16: {
      value: 26624,
      unit: 'bytes',
      source: KV_FORMULA_DERIVATION,
      confidence: 'derived',
    },
    typicalQuantization: TYPICAL_ON_DEVICE_QUANTIZATION,
    notes:
      '5:1 sliding(512)/global attention pattern - KV for 5/6 of layers is capped at 512 tokens; formula above is the full-attention upper bound',
    planningDefaults: { bitsPerWeight: DEFAULT_BITS_PER_WEIGHT },
  },
  {
    kind: 'llm',
    id: 'phi-3-mini-4k',
    name: 'Phi-3-mini (3.8B)',
    paramsB: { value: 3.821, unit: 'B params', source: PARAMS_FROM_CONFIG, confidence: 'derived' },
    layers: { value: 32, unit: 'layers', source: PHI3_MINI_CONFIG, confidence: 'datasheet' },
    attentionHeads: { value: 32, unit: 'heads', source: PHI3_MINI_CONFIG, confidence: 'datasheet' },
    kvHeads: { value: 32, unit: 'heads', source: PHI3_MINI_CONFIG, confidence: 'datasheet' },
    headDim: { value: 96, unit: 'dims', source: PHI3_MINI_CONFIG, confidence: 'datasheet' },
    hiddenSize: { value: 3072, unit: 'dims', source: PHI3_MINI_CONFIG, confidence: 'datasheet' },
    vocabSize: { value: 32064, unit: 'tokens', source: PHI3_MINI_CONFIG, confidence: 'datasheet' },
    intermediateSize: { value: 8192, unit: 'dims', source: PHI3_MINI_CONFIG, confidence: 'datasheet' },
    tiedEmbeddings: { value: false, unit: 'flag', source: PHI3_MINI_CONFIG, confidence: 'datasheet' },
    kvCacheBytesPerTokenFp16: {
      value: 393216,
      unit: 'bytes',
      source: KV_FORMULA_DERIVATION,
      confidence: 'derived',
    },
    typicalQuantization: TYPICAL_ON_DEVICE_QUANTIZATION,
    notes: 'no GQA (32 KV heads) -> large KV cache',
    planningDefaults: { bitsPerWeight: DEFAULT_BITS_PER_WEIGHT },
  },
  {
    kind: 'llm',
    id: 'exaone-3.5-2.4b',
    name: 'LG EXAONE 3.5 2.4B',
    paramsB: { value: 2.405, unit: 'B params', source: PARAMS_FROM_CONFIG, confidence: 'derived' },
    layers: { value: 30, unit: 'layers', source: EXAONE35_24B_CONFIG, confidence: 'datasheet' },
    attentionHeads: { value: 32, unit: 'heads', source: EXAONE35_24B_CONFIG, confidence: 'datasheet' },
    kvHeads: { value: 8, unit: 'heads', source: EXAONE35_24B_CONFIG, confidence: 'datasheet' },
    headDim: { value: 80, unit: 'dims', source: EXAONE35_24B_CONFIG, confidence: 'datasheet' },
    hiddenSize: { value: 2560, unit: 'dims', source: EXAONE35_24B_CONFIG, confidence: 'datasheet' },
    vocabSize: { value: 102400, unit: 'tokens', source: EXAONE35_24B_CONFIG, confidence: 'datasheet' },
    intermediateSize: { value: 7168, unit: 'dims', source: EXAONE35_24B_CONFIG, confidence: 'datasheet' },
    tiedEmbeddings: { value: true, unit: 'flag', source: EXAONE35_24B_CONFIG, confidence: 'datasheet' },
    kvCacheBytesPerTokenFp16: {
      value: 76800,
      unit: 'bytes',
      source: KV_FORMULA_DERIVATION,
      confidence: 'derived',
    },
    typicalQuantization: TYPICAL_ON_DEVICE_QUANTIZATION,
    notes: '32K context',
    planningDefaults: { bitsPerWeight: DEFAULT_BITS_PER_WEIGHT },
  },
  {
    kind: 'llm',
    id: 'exaone-3.5-7.8b',
    name: 'LG EXAONE 3.5 7.8B',
    paramsB: { value: 7.818, unit: 'B params', source: PARAMS_FROM_CONFIG, confidence: 'derived' },
    layers: { value: 32, unit: 'layers', source: EXAONE35_78B_CONFIG, confidence: 'datasheet' },
    attentionHeads: { value: 32, unit: 'heads', source: EXAONE35_78B_CONFIG, confidence: 'datasheet' },
    kvHeads: { value: 8, unit: 'heads', source: EXAONE35_78B_CONFIG, confidence: 'datasheet' },
    headDim: { value: 128, unit: 'dims', source: EXAONE35_78B_CONFIG, confidence: 'datasheet' },
    hiddenSize: { value: 4096, unit: 'dims', source: EXAONE35_78B_CONFIG, confidence: 'datasheet' },
    vocabSize: { value: 102400, unit: 'tokens', source: EXAONE35_78B_CONFIG, confidence: 'datasheet' },
    intermediateSize: { value: 14336, unit: 'dims', source: EXAONE35_78B_CONFIG, confidence: 'datasheet' },
    tiedEmbeddings: { value: false, unit: 'flag', source: EXAONE35_78B_CONFIG, confidence: 'datasheet' },
    kvCacheBytesPerTokenFp16: {
      value: 131072,
      unit: 'bytes',
      source: KV_FORMULA_DERIVATION,
      confidence: 'derived',
    },
    typicalQuantization: TYPICAL_ON_DEVICE_QUANTIZATION,
    notes: '32K context',
    planningDefaults: { bitsPerWeight: DEFAULT_BITS_PER_WEIGHT },
  },
  {
    kind: 'llm',
    id: 'exaone-4.0-1.2b',
    name: 'LG EXAONE 4.0 1.2B',
    paramsB: { value: 1.279, unit: 'B params', source: PARAMS_FROM_CONFIG, confidence: 'derived' },
    layers: { value: 30, unit: 'layers', source: EXAONE40_12B_DOCS, confidence: 'datasheet' },
    attentionHeads: { value: 32, unit: 'heads', source: EXAONE40_12B_DOCS, confidence: 'datasheet' },
    kvHeads: { value: 8, unit: 'heads', source: EXAONE40_12B_DOCS, confidence: 'datasheet' },
    headDim: { value: 64, unit: 'dims', source: EXAONE40_12B_DOCS, confidence: 'datasheet' },
    hiddenSize: { value: 2048, unit: 'dims', source: EXAONE40_12B_DOCS, confidence: 'datasheet' },
    vocabSize: { value: 102400, unit: 'tokens', source: EXAONE40_12B_DOCS, confidence: 'datasheet' },
    intermediateSize: { value: 4096, unit: 'dims', source: EXAONE40_12B_DOCS, confidence: 'datasheet' },
    tiedEmbeddings: { value: true, unit: 'flag', source: EXAONE40_12B_DOCS, confidence: 'datasheet' },
    kvCacheBytesPerTokenFp16: {
      value: 61440,
      unit: 'bytes',
      source: KV_FORMULA_DERIVATION,
      confidence: 'derived',
    },
    typicalQuantization: TYPICAL_ON_DEVICE_QUANTIZATION,
    notes: 'global attention only; QK-Reorder-Norm',
    planningDefaults: { bitsPerWeight: DEFAULT_BITS_PER_WEIGHT },
  },
  {
    kind: 'llm',
    id: 'gemma-3-4b',
    name: 'Gemma 3 4B',
    paramsB: {
      value: 4,
      unit: 'B params',
      source: 'model name',
      confidence: 'estimate',
      note: 'architecture config not retrieved in session; nominal size from the model name',
    },
    layers: unsourced('layers', 'not retrieved'),
    attentionHeads: unsourced('heads', 'Config not retrieved by the research catalog.'),
    kvHeads: unsourced('heads', 'not retrieved'),
    headDim: unsourced('dims', 'not retrieved'),
    hiddenSize: unsourced('dims', 'Config not retrieved by the research catalog.'),
    vocabSize: unsourced('tokens', 'Config not retrieved by the research catalog.'),
    intermediateSize: unsourced('dims', 'Config not retrieved by the research catalog.'),
    tiedEmbeddings: unsourced<boolean>('flag', 'Config not retrieved by the research catalog.'),
    kvCacheBytesPerTokenFp16: unsourced('bytes', 'Config not retrieved by the research catalog.'),
    typicalQuantization: TYPICAL_ON_DEVICE_QUANTIZATION,
    planningDefaults: { bitsPerWeight: DEFAULT_BITS_PER_WEIGHT },
  },
];
