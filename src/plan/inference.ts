import type { Efficiency, LlmWorkload } from '../ai';
import { referenceBitsPerWeight, weightBits } from '../ai/quantisation';
import {
  DEFAULT_RUNTIME_ID,
  findRuntime,
  findWeightFormat,
  type InferenceRuntime,
  type WeightFormat,
} from '../catalog';
import type { ResolvedDeviceSpec, ResolvedWorkload } from './presets';

/** An LLM workload as it runs on one device: its runtime, weight format and the efficiencies they give. */
export interface LlmOnDevice {
  workload: LlmWorkload;
  efficiency: Efficiency;
  runtime: InferenceRuntime;
  /** The weight format; null when the plan gives nominal `bitsPerWeight` (or nothing sets one). */
  format: WeightFormat | null;
  /** Per-token overhead in seconds (the runtime's, scaled for the power mode and the vocabulary). */
  perTokenOverheadS: number;
}

/** The runtime a workload runs on: its own, else its device's, else the chip's default, else the roofline. */
export function runtimeOf(device: ResolvedDeviceSpec, w: ResolvedWorkload): InferenceRuntime {
  return (
    findRuntime(w.llm?.runtime ?? device.runtime ?? DEFAULT_RUNTIME_ID) ?? findRuntime(DEFAULT_RUNTIME_ID)!
  );
}

/**
 * Settle an LLM workload on a device (docs/ai-model.md, "Runtimes, formats and power modes"):
 *
 * - runtime: the workload's, else the device's, else the chip's default, else the plain roofline;
 * - weight format: the workload's `quantisation`, else none when it gives `bitsPerWeight`, else the runtime's
 *   default; with the architecture known, per tensor group (`weightBits`), else the format's average bits on
 *   Llama 2 7B (`referenceBitsPerWeight`);
 * - efficiencies: η_bw = runtime η × mode κ, η_c = the runtime's prefill efficiency — unless the plan sets the
 *   device's `efficiency`, which wins;
 * - per-token overhead: σ_mode · (t₀ + s · V / 100 000), V the vocabulary (0 when unknown).
 */
export function llmOnDevice(device: ResolvedDeviceSpec, w: ResolvedWorkload): LlmOnDevice | null {
  if (w.workload.kind !== 'llm' || !w.llm) return null;
  const runtime = runtimeOf(device, w);
  const choices = w.llm;
  const formatId = choices.quantisation ?? (choices.bitsPerWeight !== null ? null : runtime.defaultFormat);
  const format = formatId ? (findWeightFormat(formatId) ?? null) : null;
  const base = w.workload;
  let workload: LlmWorkload = base;
  if (format) {
    const arch = choices.architecture;
    workload = arch
      ? {
          ...base,
          bitsPerWeight: format.nominalBits,
          weightLayout: {
            ...weightBits(arch, format.rule),
            vocabSize: arch.vocabSize,
            hiddenSize: arch.hiddenSize,
            tiedEmbeddings: arch.tiedEmbeddings,
            ...(choices.residentParamsB !== null ? { residentParamsB: choices.residentParamsB } : {}),
          },
        }
      : {
          ...base,
          bitsPerWeight: referenceBitsPerWeight(format.rule),
        };
  }
  const mode = device.powerMode;
  const kappa = mode && !device.powerModeIsReference ? (mode.bandwidthScale.value ?? 1) : 1;
  const sigma = mode && !device.powerModeIsReference ? (mode.overheadScale.value ?? 1) : 1;
  const vocab = choices.architecture?.vocabSize ?? 0;
  const t0Ms = runtime.perTokenOverheadMs.value ?? 0;
  const sMs = runtime.perVocabOverheadMs.value ?? 0;
  const perTokenOverheadS = (sigma * (t0Ms + (sMs * vocab) / 1e5)) / 1000;
  const efficiency: Efficiency = device.efficiencyFromPlan
    ? { ...device.efficiency, perTokenOverheadS, runtimeName: runtime.name }
    : {
        bandwidth: Math.min(1, (runtime.bandwidthEfficiency.value ?? 0.7) * kappa),
        compute: runtime.prefillComputeEfficiency.value ?? 0.5,
        perTokenOverheadS,
        runtimeName: runtime.name,
      };
  return { workload, efficiency, runtime, format, perTokenOverheadS };
}
