import { planningAssumption, type Sourced } from './sourced';

/**
 * LLM inference runtimes (llama.cpp, Ollama, MLC, TensorRT Edge-LLM, vLLM, vendor SDKs) as the AI model sees
 * them: the fraction of the memory bandwidth their decode kernels reach, the time they spend per token beyond
 * the roofline (kernel launches, synchronisation, sampling over the vocabulary), and the fraction of peak
 * compute their prefill reaches.
 *
 *     t_token = bytes / (η_bw · κ_mode · BW) + σ_mode · (t₀ + s · V / 100 000)
 *
 * η_bw, t₀ and s are fitted per runtime to the published measurements in `llm-measurements.json`
 * (scripts/fit-runtimes.ts; docs/ai-validation.md lists every measurement, the fit and the residuals); κ and σ
 * are a device power mode's bandwidth and overhead scales (src/catalog/accelerators.ts). A runtime with no
 * measurements carries PowerPlan's planning assumption instead, marked as such.
 */
export interface InferenceRuntime {
  readonly id: string;
  readonly name: string;
  /** Where the runtime is published. */
  readonly url: string;
  /** Offered in the editor (a measurement harness that is not a runtime a team can choose is not). */
  readonly offered: boolean;
  /** η_bw: achieved / peak memory bandwidth of batch-1 decode, at the device's reference power mode. */
  readonly bandwidthEfficiency: Sourced;
  /** t₀: fixed time per decoded token beyond the roofline (ms), at the reference mode. */
  readonly perTokenOverheadMs: Sourced;
  /** s: time per decoded token per 100 000 vocabulary entries (ms): sampling over the logits on the host. */
  readonly perVocabOverheadMs: Sourced;
  /** η_c: achieved / peak compute of prefill. */
  readonly prefillComputeEfficiency: Sourced;
  /** The weight format a workload on this runtime gets when it names none (src/catalog/weight-formats.ts). */
  readonly defaultFormat: string | null;
  readonly notes: string;
}

/** The fit: scripts/fit-runtimes.ts over src/catalog/llm-measurements.json (docs/ai-validation.md). */
export const RUNTIME_FIT_SOURCE =
  'PowerPlan fit (scripts/fit-runtimes.ts) to the published decode measurements in src/catalog/llm-measurements.json; docs/ai-validation.md';

/** A fitted constant: value, unit and the measurements it was fitted to. */
function fitted(value: number, unit: string, measurements: number): Sourced {
  return {
    value,
    unit,
    source: RUNTIME_FIT_SOURCE,
    confidence: 'fitted',
    note: `fitted to ${measurements} measurements`,
  };
}

/** llm-analysis's default memory efficiency ("up to 0.7 for inference"), for runtimes with no measurements. */
const ROOFLINE_BANDWIDTH = planningAssumption(
  0.7,
  'fraction',
  'llm-analysis (cli99/llm-analysis) README: memory efficiency "up to 0.7 for inference"; no measurements of this runtime were found',
);
const ROOFLINE_COMPUTE = planningAssumption(
  0.5,
  'fraction',
  'a common sustained fraction of dense peak on edge NPUs/GPUs for transformer matmuls; no measurements of this runtime were found',
);
const NO_OVERHEAD = planningAssumption(
  0,
  'ms',
  'no per-token overhead is known for this runtime; a plain roofline has none (real runtimes add 2–10 ms: docs/ai-validation.md)',
);

export const RUNTIMES: readonly InferenceRuntime[] = [
  {
    id: 'llama.cpp',
    name: 'llama.cpp (CUDA)',
    url: 'https://github.com/ggml-org/llama.cpp',
    offered: true,
    bandwidthEfficiency: fitted(0.524, 'fraction', 43),
    perTokenOverheadMs: fitted(2.35, 'ms', 43),
    perVocabOverheadMs: fitted(2.09, 'ms', 43),
    prefillComputeEfficiency: ROOFLINE_COMPUTE,
    defaultFormat: 'gguf-q4_k_m',
    notes:
      'Sampling runs on the CPU over every logit, so models with a 150–260 K vocabulary pay several ms per token.',
  },
  {
    id: 'ollama',
    name: 'Ollama',
    url: 'https://github.com/ollama/ollama',
    offered: true,
    bandwidthEfficiency: fitted(0.524, 'fraction', 43),
    perTokenOverheadMs: fitted(6.61, 'ms', 10),
    perVocabOverheadMs: fitted(2.09, 'ms', 43),
    prefillComputeEfficiency: ROOFLINE_COMPUTE,
    defaultFormat: 'gguf-q4_k_m',
    notes:
      "Ollama runs llama.cpp's kernels: its bandwidth efficiency and sampling cost are llama.cpp's; only its extra per-token overhead is fitted to Ollama's own measurements.",
  },
  {
    id: 'mlc-llm',
    name: 'MLC LLM',
    url: 'https://github.com/mlc-ai/mlc-llm',
    offered: true,
    bandwidthEfficiency: fitted(1, 'fraction', 17),
    perTokenOverheadMs: fitted(3.28, 'ms', 17),
    perVocabOverheadMs: fitted(4.8, 'ms', 17),
    prefillComputeEfficiency: ROOFLINE_COMPUTE,
    defaultFormat: 'mlc-q4f16_1',
    notes: "NVIDIA's Jetson AI Lab benchmark runtime (jetson-containers).",
  },
  {
    id: 'tensorrt-edge-llm',
    name: 'TensorRT Edge-LLM',
    url: 'https://github.com/NVIDIA/TensorRT-Edge-LLM',
    offered: true,
    bandwidthEfficiency: fitted(0.837, 'fraction', 7),
    perTokenOverheadMs: fitted(0, 'ms', 7),
    perVocabOverheadMs: fitted(0, 'ms', 7),
    prefillComputeEfficiency: ROOFLINE_COMPUTE,
    defaultFormat: 'awq-int4',
    notes: "NVIDIA's C++ runtime for Jetson Orin and Thor.",
  },
  {
    id: 'vllm',
    name: 'vLLM',
    url: 'https://github.com/vllm-project/vllm',
    offered: true,
    bandwidthEfficiency: fitted(0.978, 'fraction', 15),
    perTokenOverheadMs: fitted(3.76, 'ms', 15),
    perVocabOverheadMs: fitted(0, 'ms', 15),
    prefillComputeEfficiency: fitted(0.196, 'fraction', 14),
    defaultFormat: 'w4a16-g128',
    notes: 'Serving engine; on Jetson from jetson-containers / Jetson AI Lab.',
  },
  {
    id: 'tinychat',
    name: 'TinyChat (AWQ)',
    url: 'https://github.com/mit-han-lab/llm-awq/tree/main/tinychat',
    offered: true,
    bandwidthEfficiency: fitted(0.653, 'fraction', 3),
    perTokenOverheadMs: fitted(1.87, 'ms', 3),
    perVocabOverheadMs: fitted(0, 'ms', 3),
    prefillComputeEfficiency: ROOFLINE_COMPUTE,
    defaultFormat: 'awq-int4',
    notes: "MIT HAN Lab's AWQ inference engine.",
  },
  {
    id: 'hailort-genai',
    name: 'HailoRT GenAI',
    url: 'https://github.com/hailo-ai/hailo_model_zoo_genai',
    offered: true,
    bandwidthEfficiency: {
      value: 1,
      unit: 'fraction',
      source: RUNTIME_FIT_SOURCE,
      confidence: 'fitted',
      note: "Hailo-10H's catalog bandwidth is already the effective one HailoRT reaches (fitted to Hailo's decode rates), so the runtime's own fraction is 1.",
    },
    perTokenOverheadMs: fitted(0, 'ms', 7),
    perVocabOverheadMs: fitted(0, 'ms', 7),
    prefillComputeEfficiency: ROOFLINE_COMPUTE,
    defaultFormat: 'hailo-a8w4',
    notes: "Hailo's GenAI runtime for the Hailo-10H.",
  },
  {
    id: 'deepx-dx-rt',
    name: 'DEEPX DX-RT',
    url: 'https://developer.deepx.ai',
    offered: true,
    bandwidthEfficiency: ROOFLINE_BANDWIDTH,
    perTokenOverheadMs: NO_OVERHEAD,
    perVocabOverheadMs: NO_OVERHEAD,
    prefillComputeEfficiency: ROOFLINE_COMPUTE,
    defaultFormat: null,
    notes:
      "No published LLM decode measurement on a DEEPX chip was found; DX-M2's claim-implied figures were derived at this efficiency, so the plan reproduces DEEPX's claim.",
  },
  {
    id: 'embedl-harness',
    name: 'embedl Edge Inference Benchmarks harness',
    url: 'https://huggingface.co/spaces/embedl/Edge-Inference-Benchmarks',
    offered: false,
    bandwidthEfficiency: fitted(0.81, 'fraction', 12),
    perTokenOverheadMs: fitted(1.71, 'ms', 12),
    perVocabOverheadMs: fitted(0, 'ms', 12),
    prefillComputeEfficiency: ROOFLINE_COMPUTE,
    defaultFormat: 'bf16',
    notes: 'A benchmark whose runtime is not stated: kept for the validation, not offered in plans.',
  },
  {
    id: 'roofline',
    name: 'Ideal roofline (no runtime overhead)',
    url: 'https://github.com/cli99/llm-analysis',
    offered: true,
    bandwidthEfficiency: ROOFLINE_BANDWIDTH,
    perTokenOverheadMs: NO_OVERHEAD,
    perVocabOverheadMs: NO_OVERHEAD,
    prefillComputeEfficiency: ROOFLINE_COMPUTE,
    defaultFormat: null,
    notes:
      'The plain roofline: 70 % of the bandwidth, no per-token overhead. Optimistic for small models on real runtimes (docs/ai-validation.md).',
  },
];

const byId = new Map(RUNTIMES.map((r) => [r.id, r]));

/** A runtime by id. */
export function findRuntime(id: string): InferenceRuntime | undefined {
  return byId.get(id);
}

/** The runtime of a chip with none named: the plain roofline. */
export const DEFAULT_RUNTIME_ID = 'roofline';

/**
 * The chip vendors each runtime runs on (its own documentation): GPU runtimes on NVIDIA (CUDA) and Apple
 * (Metal) parts, TensorRT Edge-LLM, vLLM and TinyChat on NVIDIA only, the vendor SDKs on their own NPUs. The
 * plain roofline runs anywhere (it is no runtime). A chip not in the catalog (figures typed in) takes any.
 */
const RUNS_ON: Readonly<Record<string, readonly string[] | null>> = {
  'llama.cpp': ['NVIDIA', 'Apple'],
  ollama: ['NVIDIA', 'Apple'],
  'mlc-llm': ['NVIDIA', 'Apple'],
  'tensorrt-edge-llm': ['NVIDIA'],
  vllm: ['NVIDIA'],
  tinychat: ['NVIDIA'],
  'hailort-genai': ['Hailo'],
  'deepx-dx-rt': ['DEEPX'],
  roofline: null,
};

/** Whether a runtime runs on a chip of this vendor (undefined vendor: a chip typed in, which takes any). */
export function runtimeRunsOn(runtimeId: string, vendor: string | undefined): boolean {
  const vendors = RUNS_ON[runtimeId];
  return vendor === undefined || vendors === null || vendors === undefined || vendors.includes(vendor);
}

/** The runtimes a plan may name for a chip of this vendor. */
export function runtimesFor(vendor: string | undefined): readonly InferenceRuntime[] {
  return RUNTIMES.filter((r) => r.offered && runtimeRunsOn(r.id, vendor));
}
