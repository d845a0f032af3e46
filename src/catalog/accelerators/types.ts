import type { MemoryTypeId } from '../memory';
import type { Sourced } from '../sourced';

/**
 * product = ships today; target = vendor design goal for an unreleased chip; announced = announced, specs or
 * availability not sourced; reference = datacenter device kept for comparison only (not for robots).
 */
export type AcceleratorStatus = 'product' | 'target' | 'reference' | 'announced';

export type AcceleratorClass =
  | 'edge_npu'
  | 'edge_soc'
  | 'edge_gpu_som'
  | 'client_soc_npu'
  | 'datacenter_npu_card'
  | 'datacenter_npu'
  | 'datacenter_gpu';

/** Peak compute (TOPS or TFLOPS, see `unit`) at a stated precision, e.g. 'INT8' or 'FP8 sparse'. */
export interface SourcedPeak extends Sourced {
  precision: string | null;
}

/** A vendor or third-party benchmark result. */
export interface SourcedBenchmark extends Sourced {
  workload: string;
}

/** A comparative or forward-looking claim (design targets, perf/W claims); never a planning input by itself. */
export interface SourcedClaim extends Sourced {
  claim: string;
}

/** Accelerator figures a planner needs; null-valued ones may get a planning default. */
export type AcceleratorPlanningKey = 'idlePowerW' | 'typicalPowerW' | 'maxPowerW' | 'memoryBandwidthGBps';

/**
 * Figures a target or announced chip's published claims imply, for planning with it before it ships
 * (`confidence: 'claim_implied'`; the claim is the source, the arithmetic the note). Used by every part of
 * PowerPlan alike, after the catalog's own figure and before any planning default.
 */
export interface ClaimImpliedFigures {
  readonly peakTops?: SourcedPeak;
  readonly memoryBandwidthGBps?: Sourced;
  readonly memoryCapacityGB?: Sourced;
  readonly memoryType?: Sourced<MemoryTypeId>;
  readonly maxPowerW?: Sourced;
}

/**
 * A device power mode (Jetson `nvpmodel`): its power budget, memory clock (bandwidth), GPU and CPU clock caps,
 * and two scales PowerPlan fits to decode measurements taken in each mode — the fraction of the reference
 * mode's bandwidth efficiency its decode reaches (κ: at a low GPU clock the GPU cannot stream the memory bus),
 * and the factor on a runtime's per-token overhead (σ: slower CPU and GPU clocks take longer per token).
 */
export interface PowerMode {
  /** The `nvpmodel` name, e.g. '25W'. */
  readonly id: string;
  readonly name: string;
  readonly powerBudgetW: Sourced;
  readonly memoryBandwidthGBps: Sourced;
  readonly gpuMaxMHz: Sourced;
  readonly cpuMaxMHz: Sourced;
  /** κ: decode bandwidth efficiency relative to the reference (default) mode. */
  readonly bandwidthScale: Sourced;
  /** σ: per-token overhead relative to the reference mode. */
  readonly overheadScale: Sourced;
}

export interface Accelerator {
  readonly id: string;
  readonly name: string;
  readonly vendor: string;
  readonly status: AcceleratorStatus;
  readonly deviceClass: AcceleratorClass;
  readonly peakTops: SourcedPeak;
  /** Peak compute at other precisions or modes. */
  readonly peakTopsOther: readonly SourcedPeak[];
  readonly idlePowerW: Sourced;
  readonly typicalPowerW: Sourced;
  /** Max module power or TDP. */
  readonly maxPowerW: Sourced;
  /** Main memory type, as an id of MEMORY_TYPES ('SRAM' for on-chip-only devices). */
  readonly memoryType: Sourced<MemoryTypeId>;
  /** The memory description as the research catalog wrote it, e.g. 'LPDDR5 128-bit'. */
  readonly memoryDescription: string | null;
  readonly memoryBandwidthGBps: Sourced;
  readonly memoryCapacityGB: Sourced;
  readonly processNode: Sourced<string>;
  readonly year: Sourced;
  readonly benchmarks: readonly SourcedBenchmark[];
  readonly claims: readonly SourcedClaim[];
  readonly notes: string;
  /** Figures implied by a target chip's claims (see `ClaimImpliedFigures`), where the catalog has none. */
  readonly claimImplied?: ClaimImpliedFigures;
  /** PowerPlan estimates, only for planning keys whose catalog value is null. Never sourced figures. */
  readonly planningDefaults: Readonly<Partial<Record<AcceleratorPlanningKey, Sourced>>>;
  /** The LLM runtime a workload on this chip gets when neither it nor its device names one. */
  readonly defaultRuntime?: string;
  /** Power modes, the reference (default) mode first; the catalog's figures are the reference mode's. */
  readonly powerModes?: readonly PowerMode[];
}

/**
 * An accelerator as its vendor file writes it; src/catalog/accelerators.ts computes its `planningDefaults`.
 */
export type AcceleratorData = Omit<Accelerator, 'planningDefaults'> & {
  /** Hand-written planning defaults that take precedence over the generic power rules. */
  readonly planningOverrides?: Readonly<Partial<Record<AcceleratorPlanningKey, Sourced>>>;
};
