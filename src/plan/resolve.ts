import { buildPack, type PackModel } from '../battery/pack';
import type { ChargerModel } from '../battery/charging';
import { activityPowerW, segmentPower, ZERO_POWER, type SegmentPower } from '../loads/loads';
import { analyseWorkload, devicePowerW, type WorkloadAnalysis } from '../ai';
import {
  resolveDeviceSpec,
  resolveWorkload,
  toDeviceSpec,
  type ResolvedDeviceSpec,
  type ResolvedWorkload,
} from './presets';
import { llmOnDevice } from './inference';
import type { ComputeDevice, Plan, Segment, WorkloadInput } from './schema';

/** A compute device with every figure resolved (from the plan, or a catalog preset). */
export interface ResolvedDevice {
  id: string;
  name: string;
  idlePowerW: number;
  maxPowerW: number;
  defaultUtilisation: number;
  spec: ResolvedDeviceSpec;
}

/** One workload analysed on one device: roofline, utilisation, energy per token/frame, issues. */
export interface DeviceWorkloadAnalysis {
  deviceId: string;
  workloadId: string;
  workloadLabel: string;
  analysis: WorkloadAnalysis;
  /** Labels of the segments where the device runs this workload. */
  segments: string[];
  /** Indexes (in the duty cycle) of those segments; labels can repeat, indexes cannot. */
  segmentIndexes: number[];
  /**
   * For an LLM: what the prediction assumes — the runtime, the weight format (or nominal bits), the power mode
   * — and what it gives (fastest decode rate, runtime overhead per token). Null for other workloads.
   */
  inference: {
    runtimeId: string;
    runtime: string;
    format: string | null;
    bitsPerWeight: number | null;
    powerMode: string | null;
    bandwidthEfficiency: number;
    perTokenOverheadMs: number;
    maxTokensPerS: number | null;
  } | null;
}

export interface ResolvedSegment {
  index: number;
  kind: Segment['kind'];
  label: string;
  /** Seconds; Infinity for a charge segment that runs until full. */
  durationS: number;
  power: SegmentPower;
  /** Utilisation (0..1) per device in this segment. */
  utilisation: Record<string, number>;
}

/** A plan turned into model inputs (SI units). */
export interface ResolvedPlan {
  plan: Plan;
  pack: PackModel;
  /** Robot mass without battery + pack mass (kg); drives mass-scaled activity power. */
  totalMassKg: number;
  devices: ResolvedDevice[];
  segments: ResolvedSegment[];
  charger: ChargerModel | null;
  workloads: ResolvedWorkload[];
  /** Every (device, workload) pair the duty cycle uses, analysed once. */
  aiAnalyses: DeviceWorkloadAnalysis[];
  /** Raw busy fraction per segment and device when workloads set it (may exceed 1: infeasible). */
  rawUtilisation: Record<number, Record<string, number>>;
}

/**
 * Resolution caches keyed by the plan's own (immutable) objects: a sweep or sizing run copies only the path
 * it changes, so unchanged devices and workloads resolve — and analyse — once.
 */
const deviceCache = new WeakMap<ComputeDevice, ResolvedDevice>();
const workloadCache = new WeakMap<WorkloadInput, ResolvedWorkload>();
const analysisCache = new WeakMap<WorkloadInput, WeakMap<ComputeDevice, CachedAnalysis>>();

interface CachedAnalysis {
  analysis: WorkloadAnalysis;
  inference: DeviceWorkloadAnalysis['inference'];
}

function resolveDevice(d: ComputeDevice): ResolvedDevice {
  const hit = deviceCache.get(d);
  if (hit) return hit;
  const resolved = resolveDeviceUncached(d);
  deviceCache.set(d, resolved);
  return resolved;
}

function cachedWorkload(w: WorkloadInput): ResolvedWorkload {
  let r = workloadCache.get(w);
  if (!r) {
    r = resolveWorkload(w);
    workloadCache.set(w, r);
  }
  return r;
}

function cachedAnalysis(w: WorkloadInput, d: ComputeDevice, device: ResolvedDevice): CachedAnalysis {
  let byDevice = analysisCache.get(w);
  if (!byDevice) {
    byDevice = new WeakMap();
    analysisCache.set(w, byDevice);
  }
  let a = byDevice.get(d);
  if (!a) {
    const resolved = cachedWorkload(w);
    // An LLM runs on a runtime and in a weight format its device settles; other workloads use the device's.
    const llm = llmOnDevice(device.spec, resolved);
    const analysis = llm
      ? analyseWorkload(llm.workload, toDeviceSpec(device.spec), llm.efficiency)
      : analyseWorkload(resolved.workload, toDeviceSpec(device.spec), device.spec.efficiency);
    const roofline = analysis.kind === 'llm' ? analysis.roofline : undefined;
    a = {
      analysis,
      inference: llm
        ? {
            runtimeId: llm.runtime.id,
            runtime: llm.runtime.name,
            format: llm.format?.name ?? null,
            bitsPerWeight: llm.format ? null : llm.workload.bitsPerWeight,
            powerMode: device.spec.powerMode?.name ?? null,
            bandwidthEfficiency: llm.efficiency.bandwidth,
            perTokenOverheadMs: llm.perTokenOverheadS * 1000,
            maxTokensPerS: roofline ? roofline.maxDecodeTokensPerS : null,
          }
        : null,
    };
    byDevice.set(d, a);
  }
  return a;
}

function resolveDeviceUncached(d: ComputeDevice): ResolvedDevice {
  const spec = resolveDeviceSpec(d);
  return {
    id: d.id,
    name: spec.name,
    idlePowerW: spec.idlePowerW.value ?? 0,
    maxPowerW: spec.maxPowerW.value ?? 0,
    defaultUtilisation: spec.defaultUtilisation,
    spec,
  };
}

/** Human-readable label of a segment ("Walking", "Rest", "Charge"). */
export function segmentLabel(plan: Plan, s: Segment): string {
  if (s.label) return s.label;
  if (s.kind === 'activity')
    return plan.robot.activities.find((a) => a.id === s.activity)?.label ?? s.activity;
  return s.kind === 'rest' ? 'Rest' : 'Charge';
}

/**
 * Resolve a validated plan: build the pack, compute every segment's load by category at the robot's total
 * mass, and the charger model.
 */
export function resolvePlan(plan: Plan): ResolvedPlan {
  const pack = buildPack(plan.battery);
  const totalMassKg = plan.robot.massWithoutBatteryKg + pack.massKg;
  const devices = plan.compute.map(resolveDevice);
  const planDevices = new Map(plan.compute.map((d) => [d.id, d]));
  const workloads = plan.workloads.map(cachedWorkload);
  const workloadInputById = new Map(plan.workloads.map((w) => [w.id, w]));
  const aiAnalyses: DeviceWorkloadAnalysis[] = [];
  const analysisIndex = new Map<string, DeviceWorkloadAnalysis>();
  const rawUtilisation: Record<number, Record<string, number>> = {};
  /** Analyse a workload on a device once, remembering which segments use it. */
  const analysisFor = (
    d: ResolvedDevice,
    workloadId: string,
    segment: string,
    segmentIndex: number,
  ): DeviceWorkloadAnalysis => {
    const key = `${d.id}\u0000${workloadId}`;
    let entry = analysisIndex.get(key);
    if (!entry) {
      const w = workloadInputById.get(workloadId)!;
      const cached = cachedAnalysis(w, planDevices.get(d.id)!, d);
      entry = {
        deviceId: d.id,
        workloadId,
        workloadLabel: cachedWorkload(w).label,
        analysis: cached.analysis,
        inference: cached.inference,
        segments: [],
        segmentIndexes: [],
      };
      analysisIndex.set(key, entry);
      aiAnalyses.push(entry);
    }
    if (!entry.segments.includes(segment)) entry.segments.push(segment);
    if (!entry.segmentIndexes.includes(segmentIndex)) entry.segmentIndexes.push(segmentIndex);
    return entry;
  };
  const eta = plan.powerConversion.dcdcEfficiencyPercent / 100;
  const etaLoco = plan.powerConversion.locomotionEfficiencyPercent / 100;
  const alwaysOnW = plan.accessories.filter((a) => a.mode === 'always').reduce((sum, a) => sum + a.powerW, 0);
  const segments = plan.dutyCycle.segments.map((s, index): ResolvedSegment => {
    const label = segmentLabel(plan, s);
    const make = (
      durationS: number,
      power: SegmentPower,
      utilisation: Record<string, number>,
    ): ResolvedSegment => ({
      index,
      kind: s.kind,
      label,
      durationS,
      power,
      utilisation,
    });
    if (s.kind === 'charge') {
      return make(s.durationMin === undefined ? Infinity : s.durationMin * 60, ZERO_POWER, {});
    }
    const durationS = s.durationMin * 60;
    if (s.kind === 'rest') {
      if (!s.powered) return make(durationS, ZERO_POWER, {});
      const idle = Object.fromEntries(devices.map((d) => [d.id, d.idlePowerW]));
      return make(durationS, segmentPower(0, idle, alwaysOnW, eta, etaLoco), {});
    }
    const activity = plan.robot.activities.find((a) => a.id === s.activity)!;
    const utilisation: Record<string, number> = {};
    const computeByDeviceW: Record<string, number> = {};
    for (const d of devices) {
      const load = s.compute?.[d.id];
      const names =
        load?.workloads ??
        (load?.utilisationPercent === undefined ? planDevices.get(d.id)?.defaultWorkloads : undefined);
      let u: number;
      if (load?.utilisationPercent !== undefined) u = load.utilisationPercent / 100;
      else if (names && names.length > 0) {
        u = names.reduce((sum, wid) => sum + analysisFor(d, wid, label, index).analysis.utilisation, 0);
        (rawUtilisation[index] ??= {})[d.id] = u;
      } else u = d.defaultUtilisation;
      utilisation[d.id] = Math.min(1, Math.max(0, u));
      computeByDeviceW[d.id] = devicePowerW(d, utilisation[d.id]!);
    }
    const onIds = new Set(s.accessoriesOn ?? []);
    const accessoriesW =
      alwaysOnW +
      plan.accessories
        .filter((a) => a.mode === 'perSegment' && onIds.has(a.id))
        .reduce((sum, a) => sum + a.powerW, 0);
    const locomotionW = activityPowerW(activity.powerW, totalMassKg, plan.robot.massScaling);
    return make(
      durationS,
      segmentPower(locomotionW, computeByDeviceW, accessoriesW, eta, etaLoco),
      utilisation,
    );
  });
  const charger = plan.charger
    ? {
        powerW: plan.charger.powerW,
        efficiency: plan.charger.efficiencyPercent / 100,
        endOfChargeCRate: plan.charger.endOfChargeCRate,
      }
    : null;
  return { plan, pack, totalMassKg, devices, segments, charger, workloads, aiAnalyses, rawUtilisation };
}
