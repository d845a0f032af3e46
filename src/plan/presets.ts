import type { DeviceSpec, Efficiency, Workload } from '../ai';
import type { LlmArchitecture } from '../ai/quantisation';
import {
  acceleratorMemoryCapacity,
  acceleratorMemoryType,
  acceleratorPeakTops,
  acceleratorPlanningFigure,
  acceleratorPowerMode,
  findAccelerator,
  type Accelerator,
  type PowerMode,
  findMemoryType,
  findModel,
  hasValue,
  type Sourced,
} from '../catalog';
import type { ComputeDevice, WorkloadInput } from './schema';

/** Where a resolved figure came from: the plan itself, or a catalog entry with its source and confidence. */
export interface Provenance {
  from: 'plan' | 'catalog' | 'default';
  source?: string | null;
  confidence?: string;
}

export interface ResolvedFigure {
  value: number | null;
  unit: string;
  provenance: Provenance;
}

/**
 * Energy of one arithmetic op when the plan gives none: 0.2 pJ, an INT8 multiply at 45 nm (Horowitz,
 * ISSCC 2014, as tabulated in stillwater-sc/esim). Newer nodes are lower, so this is conservative.
 */
export const DEFAULT_COMPUTE_ENERGY_PJ_PER_OP = 0.2;
/** Memory energy when neither the plan nor the catalog knows the memory type: LPDDR5's catalog figure. */
export const FALLBACK_MEMORY_TYPE = 'LPDDR5';

function fromPlan(value: number, unit: string): ResolvedFigure {
  return { value, unit, provenance: { from: 'plan' } };
}
function fromCatalog(s: Sourced | undefined, unit: string): ResolvedFigure | null {
  if (!hasValue(s)) return null;
  return {
    value: s.value,
    unit,
    provenance: { from: 'catalog', source: s.source, confidence: s.confidence },
  };
}
/**
 * The catalog's peak compute as the roofline needs it: dense ops/s. A figure quoted with 2:4 structured
 * sparsity (NVIDIA's headline Jetson and B200 numbers) is twice the dense rate, so it is halved (NVIDIA Jetson
 * AGX Orin / Orin NX data sheets list sparse INT8 TOPS; the dense rate is half — e.g. Orin NX 100 → 50).
 */
function densePeakTops(a: Accelerator): ResolvedFigure | null {
  const peak = acceleratorPeakTops(a);
  const f = fromCatalog(peak, 'TOPS');
  if (!f || f.value === null || !/sparse/i.test(peak?.precision ?? '')) return f;
  return {
    value: f.value / 2,
    unit: 'TOPS',
    provenance: {
      from: 'catalog',
      source: `${peak!.source} (${peak!.precision} figure ÷ 2: dense)`,
      confidence: 'derived',
    },
  };
}

/** Memory capacity from the catalog; 0 means on-chip SRAM only (no DRAM to fit weights in): not checked. */
function catalogCapacity(s: Sourced | undefined): ResolvedFigure | null {
  const f = fromCatalog(s, 'GB');
  return f && f.value === 0 ? null : f;
}

function pick(
  plan: number | undefined,
  catalog: ResolvedFigure | null,
  unit: string,
  fallback: number | null,
): ResolvedFigure {
  if (plan !== undefined) return fromPlan(plan, unit);
  if (catalog) return catalog;
  return { value: fallback, unit, provenance: { from: 'default' } };
}

/** A compute device with every figure resolved, each with its provenance. */
export interface ResolvedDeviceSpec {
  id: string;
  name: string;
  preset: string | null;
  idlePowerW: ResolvedFigure;
  maxPowerW: ResolvedFigure;
  peakTops: ResolvedFigure;
  memoryType: string | null;
  memoryBandwidthGBps: ResolvedFigure;
  memoryCapacityGB: ResolvedFigure;
  memoryEnergyPjPerBit: ResolvedFigure;
  computeEnergyPjPerOp: ResolvedFigure;
  /** The catalog chip has no off-chip DRAM (memory type SRAM) and the plan gives no capacity. */
  onChipMemoryOnly: boolean;
  /** The device's own figures for every workload (the plan's `efficiency`, else 70 % / 50 %). */
  efficiency: Efficiency;
  /** The plan sets `efficiency`: it then overrides an LLM runtime's fitted efficiencies. */
  efficiencyFromPlan: boolean;
  /** The power mode the chip runs in (its reference mode unless the plan names one); null without modes. */
  powerMode: PowerMode | null;
  /** Whether `powerMode` is the chip's reference mode (its catalog figures are that mode's). */
  powerModeIsReference: boolean;
  /** The LLM runtime the device names, else its chip's default; null for the plain roofline. */
  runtime: string | null;
  defaultUtilisation: number;
}

/** A figure scaled for a power mode, with the mode named in its source. */
function inMode(f: ResolvedFigure, factor: number, mode: PowerMode): ResolvedFigure {
  if (f.value === null || f.provenance.from !== 'catalog') return f;
  return {
    value: f.value * factor,
    unit: f.unit,
    provenance: {
      ...f.provenance,
      source: `${f.provenance.source ?? ''} × ${factor.toFixed(3)} for the ${mode.name} mode (GPU ${mode.gpuMaxMHz.value} MHz)`,
      confidence: 'derived',
    },
  };
}

/** A power mode's own figure (bandwidth, power budget) in place of the catalog's, unless the plan gives one. */
function modeFigure(plan: number | undefined, f: Sourced, unit: string): ResolvedFigure | null {
  if (plan !== undefined) return null;
  return fromCatalog(f, unit);
}

/**
 * Resolve a plan's compute device: a field given in the plan wins; otherwise the catalog preset's figure
 * (its sourced value, or its marked planning default); otherwise a documented default.
 */
export function resolveDeviceSpec(d: ComputeDevice): ResolvedDeviceSpec {
  const a = d.preset ? findAccelerator(d.preset) : undefined;
  const catalogMemType = a ? acceleratorMemoryType(a) : undefined;
  const memType = d.memory?.type ?? (hasValue(catalogMemType) ? catalogMemType.value : null);
  const mem = findMemoryType(memType ?? FALLBACK_MEMORY_TYPE) ?? findMemoryType(FALLBACK_MEMORY_TYPE);
  const memEnergy = mem
    ? (fromCatalog(mem.energyPjPerBit, 'pJ/bit') ??
      fromCatalog(mem.planningDefaults?.energyPjPerBit, 'pJ/bit'))
    : null;
  const idle = pick(
    d.idlePowerW,
    a ? fromCatalog(acceleratorPlanningFigure(a, 'idlePowerW'), 'W') : null,
    'W',
    0,
  );
  let max = pick(
    d.maxPowerW,
    a ? fromCatalog(acceleratorPlanningFigure(a, 'maxPowerW'), 'W') : null,
    'W',
    idle.value,
  );
  if ((max.value ?? 0) < (idle.value ?? 0)) max = { ...idle, provenance: { from: 'default' } };
  // A power mode other than the reference changes the power budget, the memory clock and the GPU clock.
  const mode = a ? (acceleratorPowerMode(a, d.powerMode) ?? null) : null;
  const reference = a ? acceleratorPowerMode(a) : undefined;
  const isReference = mode === null || mode === reference;
  const modeMax = !isReference && mode ? modeFigure(d.maxPowerW, mode.powerBudgetW, 'W') : null;
  if (modeMax && (modeMax.value ?? 0) >= (idle.value ?? 0)) max = modeMax;
  const gpuScale =
    !isReference && mode && reference && mode.gpuMaxMHz.value && reference.gpuMaxMHz.value
      ? mode.gpuMaxMHz.value / reference.gpuMaxMHz.value
      : 1;
  const catalogTops = pick(d.peakTops, a ? densePeakTops(a) : null, 'TOPS', null);
  const catalogBandwidth = pick(
    d.memory?.bandwidthGBps,
    a ? fromCatalog(acceleratorPlanningFigure(a, 'memoryBandwidthGBps'), 'GB/s') : null,
    'GB/s',
    null,
  );
  const modeBandwidth =
    !isReference && mode ? modeFigure(d.memory?.bandwidthGBps, mode.memoryBandwidthGBps, 'GB/s') : null;
  return {
    id: d.id,
    name: d.name ?? a?.name ?? d.id,
    preset: d.preset ?? null,
    idlePowerW: idle,
    maxPowerW: max,
    peakTops: mode && !isReference ? inMode(catalogTops, gpuScale, mode) : catalogTops,
    memoryType: memType,
    memoryBandwidthGBps: modeBandwidth ?? catalogBandwidth,
    memoryCapacityGB: pick(
      d.memory?.capacityGB,
      a ? catalogCapacity(acceleratorMemoryCapacity(a)) : null,
      'GB',
      null,
    ),
    memoryEnergyPjPerBit: pick(d.memory?.energyPjPerBit, memEnergy, 'pJ/bit', 6),
    computeEnergyPjPerOp: pick(d.computeEnergyPjPerOp, null, 'pJ/op', DEFAULT_COMPUTE_ENERGY_PJ_PER_OP),
    onChipMemoryOnly: memType === 'SRAM' && d.memory?.capacityGB === undefined,
    efficiency: {
      bandwidth: (d.efficiency?.bandwidthPercent ?? 70) / 100,
      compute: (d.efficiency?.computePercent ?? 50) / 100,
    },
    efficiencyFromPlan: d.efficiency !== undefined,
    powerMode: mode,
    powerModeIsReference: isReference,
    runtime: d.runtime ?? a?.defaultRuntime ?? null,
    defaultUtilisation: d.defaultUtilisationPercent / 100,
  };
}

/**
 * The power figures of a device that neither the plan nor the catalog gives: its power is then unknown, not
 * the default the model would otherwise use (0 W idle; max = idle, which would have a busy chip draw its idle
 * power). One rule for the remarks, the editor's prompt and every place that shows a device's power.
 */
export function missingPowerFigures(spec: ResolvedDeviceSpec): ('idlePowerW' | 'maxPowerW')[] {
  const out: ('idlePowerW' | 'maxPowerW')[] = [];
  if (spec.idlePowerW.provenance.from === 'default') out.push('idlePowerW');
  if (spec.maxPowerW.provenance.from === 'default') out.push('maxPowerW');
  return out;
}

/** The AI model's view of a resolved device (SI units). */
export function toDeviceSpec(r: ResolvedDeviceSpec): DeviceSpec {
  return {
    // Messages name the power mode when it is not the chip's reference one.
    name: r.powerMode && !r.powerModeIsReference ? `${r.name} at ${r.powerMode.name}` : r.name,
    idlePowerW: r.idlePowerW.value ?? 0,
    maxPowerW: r.maxPowerW.value ?? 0,
    peakOpsPerS: (r.peakTops.value ?? 0) * 1e12,
    memoryBandwidthBytesPerS: r.memoryBandwidthGBps.value === null ? null : r.memoryBandwidthGBps.value * 1e9,
    memoryCapacityBytes: r.memoryCapacityGB.value === null ? null : r.memoryCapacityGB.value * 1e9,
    onChipMemoryOnly: r.onChipMemoryOnly,
    memoryEnergyPjPerBit: r.memoryEnergyPjPerBit.value ?? 6,
    computeEnergyPjPerOp: r.computeEnergyPjPerOp.value ?? DEFAULT_COMPUTE_ENERGY_PJ_PER_OP,
  };
}

/** What an LLM workload names that only a device can settle: its runtime and weight format. */
export interface LlmWorkloadChoices {
  /** The architecture (plan fields over catalog ones); null when a figure the weight layout needs is missing. */
  architecture: LlmArchitecture | null;
  /** The workload's own runtime (catalog id), if it names one. */
  runtime: string | null;
  /** The workload's own weight format (catalog id), if it names one. */
  quantisation: string | null;
  /** Nominal bits the plan gives instead of a format. */
  bitsPerWeight: number | null;
  /** Resident parameters (billions): a mixture of experts' total. */
  residentParamsB: number | null;
}

/** A workload with its catalog model's figures filled in (plan fields win). */
export interface ResolvedWorkload {
  id: string;
  label: string;
  model: string | null;
  /**
   * The AI model's input. For an LLM: at its nominal bits and with no weight layout yet — the runtime and
   * format its device settles complete it (src/plan/inference.ts `llmOnDevice`).
   */
  workload: Workload;
  llm?: LlmWorkloadChoices;
}

const v = (s: Sourced | undefined): number | undefined => (hasValue(s) ? s.value : undefined);

/** Nominal weight bits when neither a format nor `bitsPerWeight` is given, and the runtime has no default. */
export const DEFAULT_NOMINAL_BITS = 4;

/** Resolve a plan workload against its catalog model into the AI model's input. */
export function resolveWorkload(w: WorkloadInput): ResolvedWorkload {
  const m = w.model ? findModel(w.model) : undefined;
  const label = w.label ?? m?.name ?? w.id;
  const model = w.model ?? null;
  if (w.kind === 'llm') {
    const llm = m?.kind === 'llm' ? m : undefined;
    const layers = w.layers ?? v(llm?.layers) ?? 0;
    const kvHeads = w.kvHeads ?? v(llm?.kvHeads) ?? 0;
    const headDim = w.headDim ?? v(llm?.headDim) ?? 0;
    const queryHeads = w.queryHeads ?? v(llm?.attentionHeads);
    const hiddenSize = w.hiddenSize ?? v(llm?.hiddenSize);
    const vocabSize = w.vocabSize ?? v(llm?.vocabSize);
    const intermediateSize = w.intermediateSize ?? v(llm?.intermediateSize);
    const tied = w.tiedEmbeddings ?? (hasValue(llm?.tiedEmbeddings) ? llm!.tiedEmbeddings.value : undefined);
    const architecture: LlmArchitecture | null =
      hiddenSize !== undefined &&
      vocabSize !== undefined &&
      intermediateSize !== undefined &&
      tied !== undefined &&
      layers > 0 &&
      kvHeads > 0 &&
      headDim > 0
        ? {
            hiddenSize,
            intermediateSize,
            layers,
            queryHeads: queryHeads ?? kvHeads,
            kvHeads,
            headDim,
            vocabSize,
            tiedEmbeddings: tied,
          }
        : null;
    // KV layout: the plan's own figures, else the catalog model's sliding window; every layer full otherwise.
    const kvLayers = w.kvLayers ?? layers;
    const slidingLayers = w.slidingLayers ?? llm?.slidingWindow?.slidingLayers ?? 0;
    const windowTokens = w.slidingWindowTokens ?? v(llm?.slidingWindow?.windowTokens);
    const attentionLayout =
      kvLayers !== layers || (slidingLayers > 0 && windowTokens !== undefined)
        ? {
            fullLayers: Math.max(0, kvLayers - (windowTokens !== undefined ? slidingLayers : 0)),
            slidingLayers: windowTokens !== undefined ? slidingLayers : 0,
            slidingWindowTokens: windowTokens ?? 0,
          }
        : undefined;
    return {
      id: w.id,
      label,
      model,
      workload: {
        kind: 'llm',
        paramsB: w.paramsB ?? v(llm?.paramsB) ?? 0,
        bitsPerWeight: w.bitsPerWeight ?? DEFAULT_NOMINAL_BITS,
        layers,
        kvHeads,
        headDim,
        kvBits: w.kvBits,
        contextTokens: w.contextTokens,
        decodeTokensPerS: w.decodeTokensPerS,
        promptTokensPerRequest: w.promptTokensPerRequest,
        requestsPerMin: w.requestsPerMin,
        ...(queryHeads !== undefined ? { queryHeads } : {}),
        ...(attentionLayout ? { attentionLayout } : {}),
      },
      llm: {
        architecture,
        runtime: w.runtime ?? null,
        quantisation: w.quantisation ?? null,
        bitsPerWeight: w.bitsPerWeight ?? null,
        residentParamsB: w.totalParamsB ?? null,
      },
    };
  }
  if (w.kind === 'vision') {
    const vm = m?.kind === 'vision' ? m : undefined;
    return {
      id: w.id,
      label,
      model,
      workload: {
        kind: 'vision',
        gflopsPerFrame: w.gflopsPerFrame ?? v(vm?.gflopsPerFrame) ?? 0,
        framesPerS: w.framesPerS,
        ...(w.weightsMB !== undefined ? { weightsBytes: w.weightsMB * 1e6 } : {}),
      },
    };
  }
  const wm = m?.kind === 'world' ? m : undefined;
  const gflops = w.gflopsPerClip ?? v(wm?.gflopsPerClip) ?? v(wm?.planningDefaults.gflopsPerClip) ?? 0;
  const paramsB = w.paramsB ?? (hasValue(wm?.paramsM) ? wm!.paramsM.value / 1000 : undefined);
  return {
    id: w.id,
    label,
    model,
    workload: {
      kind: 'worldModel',
      gflopsPerClip: gflops,
      clipsPerS: w.clipsPerS,
      ...(paramsB !== undefined && w.bitsPerWeight !== undefined
        ? { paramsB, bitsPerWeight: w.bitsPerWeight }
        : {}),
    },
  };
}
