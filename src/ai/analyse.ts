/**
 * Workload analysis: busy fraction, feasibility, power and energy of one AI device running one workload.
 *
 *     u = Σ demanded busy time per second
 *       LLM:    r_decode · t_token + (requests/min / 60) · t_prefill
 *       vision: frames/s · t_frame        world model: clips/s · t_clip        fixed: as given
 *     P = P_idle + clamp(u, 0, 1) · (P_max − P_idle)                                        (DESIGN §3)
 *
 * u > 1 is infeasible; the issue names the bottleneck with the numbers (needed vs available GB/s or TOPS).
 * Step times come from the roofline (./roofline), energies from ./energy.
 */
import { devicePowerW } from './power';
import { memoryShareOfTime, stepEnergy } from './energy';
import { formatGB, formatGBps, formatNumber, formatPercent, formatTops } from './format';
import {
  DEFAULT_EFFICIENCY,
  llmKvCacheBytes,
  llmRoofline,
  llmWeightBytes,
  unitRoofline,
  visionPerFrame,
  worldModelPerClip,
} from './roofline';
import { validateDevice, validateEfficiency, validateWorkload } from './validate';
import type {
  AiIssue,
  DeviceSpec,
  Efficiency,
  FixedAnalysis,
  FixedWorkload,
  LlmAnalysis,
  LlmMemoryFootprint,
  LlmWorkload,
  StepTime,
  UnitAnalysis,
  VisionWorkload,
  Workload,
  WorkloadAnalysis,
  WorldModelWorkload,
} from './types';

/** Busy fraction above which a feasible workload gets an AI_NEAR_LIMIT warning. */
export const NEAR_LIMIT_UTILISATION = 0.9;

/** Relative tolerance on "> 1" so that a demand exactly at the roof is not flagged by rounding. */
const LIMIT_TOLERANCE = 1e-9;

function exceeds(fraction: number): boolean {
  return fraction > 1 + LIMIT_TOLERANCE;
}

/**
 * Analyse a workload on a device. Never throws and never returns NaN/Infinity: invalid inputs produce
 * AI_INVALID_INPUT errors, and then the device is assumed flat out (utilisation 1, P_max — conservative for
 * battery sizing) with no roofline or energy section.
 *
 * @param w workload (LLM, vision, world model or fixed utilisation)
 * @param d device
 * @param e achievable efficiencies (default η_bw 0.7, η_c 0.5)
 */
export function analyseWorkload(
  w: Workload,
  d: DeviceSpec,
  e: Efficiency = DEFAULT_EFFICIENCY,
): WorkloadAnalysis {
  const inputIssues = [...validateWorkload(w), ...validateDevice(d), ...validateEfficiency(e)];
  if (inputIssues.length > 0) return invalidAnalysis(w, d, inputIssues);
  let result: WorkloadAnalysis;
  switch (w.kind) {
    case 'llm':
      result = analyseLlm(w, d, e);
      break;
    case 'vision':
      result = analyseVision(w, d, e);
      break;
    case 'worldModel':
      result = analyseWorldModel(w, d, e);
      break;
    case 'fixed':
      result = analyseFixed(w, d);
      break;
  }
  if (hasNonFinite(result)) {
    return invalidAnalysis(w, d, [
      {
        code: 'AI_INVALID_INPUT',
        severity: 'error',
        message: 'Inputs are outside the numeric range the model can evaluate (a result overflowed).',
      },
    ]);
  }
  return result;
}

function invalidAnalysis(w: Workload, d: DeviceSpec, issues: AiIssue[]): WorkloadAnalysis {
  const known = w.kind === 'llm' || w.kind === 'vision' || w.kind === 'worldModel' || w.kind === 'fixed';
  const base = {
    deviceName: typeof d.name === 'string' ? d.name : '',
    utilisation: 1,
    utilisationIsLowerBound: false,
    feasible: false,
    powerW: devicePowerW(d, 1),
    issues,
  };
  if (!known || w.kind === 'fixed') return { kind: 'fixed', ...base };
  if (w.kind === 'llm') return { kind: 'llm', ...base };
  return { kind: w.kind, ...base };
}

/** a/b, or null when b ≤ 0 or the quotient overflows (b subnormal): "per unit" figures at ~zero rate. */
function ratioOrNull(a: number, b: number): number | null {
  const r = a / b;
  return b > 0 && Number.isFinite(r) ? r : null;
}

function hasNonFinite(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasNonFinite);
  return false;
}

/** Upper-cases the first letter: a demand phrase starting a sentence. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

interface LoadCheck {
  d: DeviceSpec;
  e: Efficiency;
  /** Lower-case phrase, e.g. 'decode at 20 tok/s plus prefill of 6 requests/min × 512 tokens'. */
  demand: string;
  bytesPerS: number;
  opsPerS: number;
  utilisation: number;
  /** True when some step moves DRAM bytes whose time is unknown (bandwidth null). */
  memoryTimeUnknown: boolean;
  phases: { label: string; utilisation: number; bound: string }[];
  /** Extra sentence for the bandwidth-exceeded message (e.g. the max decode rate). */
  bandwidthHint?: string;
  /** Extra sentence for the overloaded message (the runtime's per-token overhead and the fastest rate). */
  overloadHint?: string;
  bandwidthUnknownHint?: string;
}

/** Bandwidth, compute and busy-time checks shared by the LLM, vision and world-model analyses. */
function loadIssues(c: LoadCheck): AiIssue[] {
  const issues: AiIssue[] = [];
  const { d, e } = c;
  const bw = d.memoryBandwidthBytesPerS;
  if (bw !== null && exceeds(c.bytesPerS / (e.bandwidth * bw))) {
    issues.push({
      code: 'AI_BANDWIDTH_EXCEEDED',
      severity: 'error',
      message:
        `${capitalise(c.demand)} needs ${formatGBps(c.bytesPerS)} of memory bandwidth; ${d.name} has ${formatGBps(bw)} ` +
        `(at ${formatPercent(e.bandwidth)} efficiency: ${formatGBps(e.bandwidth * bw)}).` +
        (c.bandwidthHint ? ` ${c.bandwidthHint}` : ''),
    });
  }
  if (exceeds(c.opsPerS / (e.compute * d.peakOpsPerS))) {
    issues.push({
      code: 'AI_COMPUTE_EXCEEDED',
      severity: 'error',
      message:
        `${capitalise(c.demand)} needs ${formatTops(c.opsPerS)} of compute; ${d.name} has ${formatTops(d.peakOpsPerS)} peak ` +
        `(at ${formatPercent(e.compute)} efficiency: ${formatTops(e.compute * d.peakOpsPerS)}).`,
    });
  }
  if (issues.length === 0 && exceeds(c.utilisation)) {
    const parts = c.phases
      .filter((p) => p.utilisation > 0)
      .map((p) => `${p.label} ${formatPercent(p.utilisation)} (${p.bound}-bound)`);
    issues.push({
      code: 'AI_OVERLOADED',
      severity: 'error',
      message:
        `${d.name} would be busy ${formatPercent(c.utilisation)} of the time: ${parts.join(' + ')}. ` +
        (c.overloadHint ??
          'Memory and compute are each within their limits, but the phases run one after the other.'),
    });
  }
  if (c.memoryTimeUnknown) {
    issues.push({
      code: 'AI_BANDWIDTH_UNKNOWN',
      severity: 'warning',
      message:
        `${d.name} memory bandwidth is unknown, so memory time is not counted and the utilisation ` +
        `${formatPercent(c.utilisation)} (compute only) is a lower bound` +
        (c.bytesPerS > 0 ? `; ${c.demand} needs ${formatGBps(c.bytesPerS)} of memory bandwidth.` : '.') +
        (c.bandwidthUnknownHint ? ` ${c.bandwidthUnknownHint}` : ''),
    });
  }
  if (
    issues.every((i) => i.severity !== 'error') &&
    c.utilisation > NEAR_LIMIT_UTILISATION &&
    !exceeds(c.utilisation)
  ) {
    issues.push({
      code: 'AI_NEAR_LIMIT',
      severity: 'warning',
      message:
        `${d.name} is ${formatPercent(c.utilisation)} busy: little headroom, and the assumed efficiencies ` +
        `(${formatPercent(e.bandwidth)} bandwidth, ${formatPercent(e.compute)} compute) are estimates.`,
    });
  }
  return issues;
}

/**
 * Weights this large cannot stay in any edge accelerator's on-chip memory (tens of MB; Coral Edge TPU ≈ 8 MB,
 * coral.ai/docs/edgetpu/compiler "parameter data caching"): a chip without DRAM cannot hold them. Below it, an
 * unknown on-chip capacity stays unknown.
 */
export const ON_CHIP_MEMORY_IMPOSSIBLE_BYTES = 1e9;

function memoryCapacityIssues(
  d: DeviceSpec,
  neededBytes: number,
  what: string,
  tooSmallText: string,
): AiIssue[] {
  const cap = d.memoryCapacityBytes;
  if (cap === null && d.onChipMemoryOnly && neededBytes >= ON_CHIP_MEMORY_IMPOSSIBLE_BYTES) {
    // No off-chip DRAM: the weights must stay in on-chip SRAM, tens of MB on edge accelerators (the Coral
    // Edge TPU has about 8 MB). Gigabytes of LLM weights cannot.
    return [
      {
        code: 'AI_MEMORY_TOO_SMALL',
        severity: 'error',
        message: `${d.name} has no off-chip memory, so ${what} — ${formatGB(neededBytes)} in all — would have to stay in its on-chip memory, whose size is not published; on-chip memory on edge accelerators holds tens of MB (Google Coral Edge TPU: about 8 MB), not gigabytes.`,
      },
    ];
  }
  if (cap === null) {
    return [
      {
        code: 'AI_MEMORY_CAPACITY_UNKNOWN',
        severity: 'warning',
        message: `${d.name} memory capacity is unknown, so it is not checked that ${what} fit.`,
      },
    ];
  }
  if (neededBytes > cap) {
    return [
      {
        code: 'AI_MEMORY_TOO_SMALL',
        severity: 'error',
        message: `${tooSmallText} do not fit ${d.name}'s ${formatGB(cap)} of memory.`,
      },
    ];
  }
  return [];
}

function finish<T extends { issues: AiIssue[] }>(x: T): T & { feasible: boolean } {
  return { ...x, feasible: x.issues.every((i) => i.severity !== 'error') };
}

function boundLabel(s: StepTime): string {
  return s.bound === 'unknown' ? 'compute-only' : s.bound;
}

/** LLM: decode + prefill busy time, bandwidth/compute/memory-fit checks, energy per token. */
function analyseLlm(w: LlmWorkload, d: DeviceSpec, e: Efficiency): LlmAnalysis {
  const roofline = llmRoofline(w, d, e);
  const requestsPerS = w.requestsPerMin / 60;
  const decodeU = w.decodeTokensPerS * roofline.decodeTimePerTokenS;
  const prefillU = requestsPerS * roofline.prefillTimePerRequestS;
  const utilisation = decodeU + prefillU;
  const bytesPerS = w.decodeTokensPerS * roofline.decode.bytes + requestsPerS * roofline.prefill.bytes;
  const opsPerS = w.decodeTokensPerS * roofline.decode.ops + requestsPerS * roofline.prefill.ops;
  const hasPrefill = requestsPerS > 0 && w.promptTokensPerRequest > 0;

  const parts: string[] = [];
  if (w.decodeTokensPerS > 0) parts.push(`decode at ${formatNumber(w.decodeTokensPerS)} tok/s`);
  if (hasPrefill) {
    parts.push(
      `prefill of ${formatNumber(w.requestsPerMin)} requests/min × ` +
        `${formatNumber(w.promptTokensPerRequest)} tokens`,
    );
  }
  const demand = parts.length > 0 ? parts.join(' plus ') : 'no demand';

  const wb = llmWeightBytes(w).residentBytes;
  const kv = llmKvCacheBytes(w);
  const cap = d.memoryCapacityBytes;
  const memory: LlmMemoryFootprint = {
    weightsBytes: wb,
    kvCacheBytes: kv,
    totalBytes: wb + kv,
    capacityBytes: cap,
    fits: cap === null ? null : wb + kv <= cap,
  };

  const issues = [
    ...memoryCapacityIssues(
      d,
      memory.totalBytes,
      `weights (${formatGB(wb)}) and KV cache (${formatGB(kv)})`,
      `Weights ${formatGB(wb)} + KV cache ${formatGB(kv)} at ${formatNumber(w.contextTokens)} tokens = ` +
        formatGB(memory.totalBytes),
    ),
    ...loadIssues({
      d,
      e,
      demand,
      bytesPerS,
      opsPerS,
      utilisation,
      memoryTimeUnknown:
        roofline.decode.timeIsLowerBound || (hasPrefill && roofline.prefill.timeIsLowerBound),
      phases: [
        { label: 'decode', utilisation: decodeU, bound: boundLabel(roofline.decode) },
        { label: 'prefill', utilisation: prefillU, bound: boundLabel(roofline.prefill) },
      ],
      bandwidthHint:
        roofline.maxDecodeTokensPerSByBandwidth === null
          ? undefined
          : `${e.runtimeName ? `${e.runtimeName} on ${d.name}` : 'Decode alone'} tops out at ${formatNumber(roofline.maxDecodeTokensPerS)} tok/s ` +
            `(${formatGB(roofline.bytesPerToken.totalBytes)} read per token` +
            (roofline.perTokenOverheadS > 0
              ? `, ${formatNumber(roofline.perTokenOverheadS * 1000)} ms of runtime overhead per token).`
              : ').'),
      overloadHint:
        roofline.perTokenOverheadS > 0
          ? `${e.runtimeName ?? 'The runtime'} spends ${formatNumber(roofline.perTokenOverheadS * 1000)} ms per token beyond the memory time (kernel launches, sampling); on ${d.name} it decodes at most ${formatNumber(roofline.maxDecodeTokensPerS)} tok/s.`
          : undefined,
      bandwidthUnknownHint:
        'Batch-1 decode is usually memory-bound: enter the bandwidth for a real estimate.',
    }),
  ];

  const powerW = devicePowerW(d, utilisation);
  const perToken = stepEnergy(roofline.decode.bytes, roofline.decode.ops, roofline.decodeTimePerTokenS, d);
  const prefillPerRequest = stepEnergy(
    roofline.prefill.bytes,
    roofline.prefill.ops,
    roofline.prefillTimePerRequestS,
    d,
  );
  return finish({
    kind: 'llm',
    deviceName: d.name,
    utilisation,
    utilisationIsLowerBound:
      roofline.decode.timeIsLowerBound || (hasPrefill && roofline.prefill.timeIsLowerBound),
    powerW,
    issues,
    utilisationBreakdown: { decode: decodeU, prefill: prefillU },
    demand: { bytesPerS, opsPerS },
    roofline,
    memory,
    energy: {
      perToken,
      joulesPerToken: perToken.totalJ,
      tokensPerJoule: ratioOrNull(1, perToken.totalJ),
      memoryShareOfEnergy: perToken.memoryShareOfEnergy,
      memoryShareOfDynamicEnergy: perToken.memoryShareOfDynamicEnergy,
      memoryShareOfTime: memoryShareOfTime(roofline.decode.memoryTimeS, roofline.decode.computeTimeS),
      memoryBound: roofline.bound === 'unknown' ? null : roofline.bound === 'memory',
      prefillPerRequest,
      deviceJoulesPerToken: ratioOrNull(powerW, w.decodeTokensPerS),
      deviceJoulesPerTokenAtMaxRate: d.maxPowerW / roofline.maxDecodeTokensPerS,
    },
  });
}

/** Shared vision / world-model analysis: one step per unit at `unitsPerS`. */
function analyseUnits(
  kind: 'vision' | 'worldModel',
  unit: 'frame' | 'clip',
  perUnit: { bytes: number; ops: number },
  unitsPerS: number,
  demand: string,
  d: DeviceSpec,
  e: Efficiency,
  extraIssues: AiIssue[],
): UnitAnalysis {
  const roofline = unitRoofline(unit, perUnit, d, e);
  const utilisation = unitsPerS * roofline.step.timeS;
  const bytesPerS = unitsPerS * perUnit.bytes;
  const opsPerS = unitsPerS * perUnit.ops;
  const issues = [
    ...extraIssues,
    ...loadIssues({
      d,
      e,
      demand,
      bytesPerS,
      opsPerS,
      utilisation,
      memoryTimeUnknown: roofline.timeIsLowerBound,
      phases: [
        {
          label: kind === 'vision' ? 'vision' : 'world model',
          utilisation,
          bound: boundLabel(roofline.step),
        },
      ],
    }),
  ];
  const powerW = devicePowerW(d, utilisation);
  const perUnitEnergy = stepEnergy(perUnit.bytes, perUnit.ops, roofline.step.timeS, d);
  return finish({
    kind,
    deviceName: d.name,
    utilisation,
    utilisationIsLowerBound: roofline.timeIsLowerBound,
    powerW,
    issues,
    demand: { bytesPerS, opsPerS },
    roofline,
    energy: {
      unit,
      perUnit: perUnitEnergy,
      joulesPerUnit: perUnitEnergy.totalJ,
      unitsPerJoule: ratioOrNull(1, perUnitEnergy.totalJ),
      memoryShareOfEnergy: perUnitEnergy.memoryShareOfEnergy,
      memoryShareOfDynamicEnergy: perUnitEnergy.memoryShareOfDynamicEnergy,
      memoryShareOfTime: memoryShareOfTime(roofline.step.memoryTimeS, roofline.step.computeTimeS),
      memoryBound: roofline.bound === 'unknown' ? null : roofline.bound === 'memory',
      deviceJoulesPerUnit: ratioOrNull(powerW, unitsPerS),
      deviceJoulesPerUnitAtMaxRate: d.maxPowerW / roofline.maxUnitsPerS,
    },
  });
}

function analyseVision(w: VisionWorkload, d: DeviceSpec, e: Efficiency): UnitAnalysis {
  const perFrame = visionPerFrame(w);
  const extra =
    w.weightsBytes === undefined
      ? []
      : memoryCapacityIssues(d, w.weightsBytes, 'the weights', `Weights ${formatGB(w.weightsBytes)}`);
  return analyseUnits(
    'vision',
    'frame',
    perFrame,
    w.framesPerS,
    `vision at ${formatNumber(w.framesPerS)} frames/s`,
    d,
    e,
    extra,
  );
}

function analyseWorldModel(w: WorldModelWorkload, d: DeviceSpec, e: Efficiency): UnitAnalysis {
  const perClip = worldModelPerClip(w);
  const extra: AiIssue[] = [];
  if ((w.paramsB === undefined) !== (w.bitsPerWeight === undefined)) {
    extra.push({
      code: 'AI_WEIGHT_BITS_UNKNOWN',
      severity: 'warning',
      message:
        w.paramsB === undefined
          ? 'World model bitsPerWeight is given without paramsB, so weight traffic is not counted.'
          : 'World model paramsB is given without bitsPerWeight, so weight size and traffic are not counted.',
    });
  }
  if (perClip.bytes > 0) {
    extra.push(
      ...memoryCapacityIssues(d, perClip.bytes, 'the weights', `Weights ${formatGB(perClip.bytes)}`),
    );
  }
  return analyseUnits(
    'worldModel',
    'clip',
    perClip,
    w.clipsPerS,
    `world model at ${formatNumber(w.clipsPerS)} clips/s`,
    d,
    e,
    extra,
  );
}

function analyseFixed(w: FixedWorkload, d: DeviceSpec): FixedAnalysis {
  const issues: AiIssue[] = exceeds(w.utilisation)
    ? [
        {
          code: 'AI_OVERLOADED',
          severity: 'error',
          message: `Fixed utilisation ${formatPercent(w.utilisation)} exceeds 100 % of ${d.name}.`,
        },
      ]
    : [];
  return finish({
    kind: 'fixed',
    deviceName: d.name,
    utilisation: w.utilisation,
    utilisationIsLowerBound: false,
    powerW: devicePowerW(d, w.utilisation),
    issues,
  });
}
