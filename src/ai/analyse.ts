/**
 * Workload analysis: busy fraction, feasibility, power and energy of one AI device running one workload.
 *
 *     u = Σ demanded busy time per second
 *       LLM:    r_decode · t_token + (requests/min / 60) · t_prefill
 *       vision: frames/s · t_frame        world model: clips/s · t_clip        fixed: as given
 *     P = P_idle + clamp(u, 0, 1) · (P_max − P_idle)                                        (docs/ai-model.md §3)
 *
 * u > 1 is infeasible; the issue names the bottleneck with the numbers (needed vs available GB/s or TOPS).
 * Step times come from the roofline (./roofline), energies from ./energy.
 */
import { devicePowerW } from './power';
import { memoryShareOfTime, stepEnergy } from './energy';
import { ph, type Phrase, type PhraseValue } from '../text/phrase';
import { aiIssue } from './issue';
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
      aiIssue(
        'AI_INVALID_INPUT',
        'error',
        ph('AI_INVALID_INPUT', {
          text: 'Inputs are outside the numeric range the model can evaluate (a result overflowed).',
        }),
      ),
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

const GB = (bytes: number): PhraseValue => ({ ai: bytes / 1e9, u: 'GB' });
const GBps = (bytesPerS: number): PhraseValue => ({ ai: bytesPerS / 1e9, u: 'GB/s' });
const TOPS = (opsPerS: number): PhraseValue => ({ ai: opsPerS / 1e12, u: 'TOPS' });
const PCT = (fraction: number): PhraseValue => ({ pct: fraction });
const N = (x: number): PhraseValue => ({ ai: x });

interface LoadCheck {
  d: DeviceSpec;
  e: Efficiency;
  /** What is asked, e.g. 'decode at 20 tok/s plus prefill of 6 requests/min × 512 tokens'. */
  demand: Phrase;
  bytesPerS: number;
  opsPerS: number;
  utilisation: number;
  /** True when some step moves DRAM bytes whose time is unknown (bandwidth null). */
  memoryTimeUnknown: boolean;
  phases: { label: Phrase; utilisation: number; bound: StepTime['bound'] }[];
  /** Extra sentence for the bandwidth-exceeded message (e.g. the max decode rate). */
  bandwidthHint?: Phrase;
  /** Extra sentence for the overloaded message (the runtime's per-token overhead and the fastest rate). */
  overloadHint?: Phrase;
  bandwidthUnknownHint?: Phrase;
}

/** Bandwidth, compute and busy-time checks shared by the LLM, vision and world-model analyses. */
function loadIssues(c: LoadCheck): AiIssue[] {
  const issues: AiIssue[] = [];
  const { d, e } = c;
  const bw = d.memoryBandwidthBytesPerS;
  if (bw !== null && exceeds(c.bytesPerS / (e.bandwidth * bw))) {
    issues.push(
      aiIssue(
        'AI_BANDWIDTH_EXCEEDED',
        'error',
        ph('AI_BANDWIDTH_EXCEEDED', {
          demand: { p: c.demand, cap: true },
          need: GBps(c.bytesPerS),
          device: d.name,
          bw: GBps(bw),
          eff: PCT(e.bandwidth),
          effBw: GBps(e.bandwidth * bw),
          hint: { p: c.bandwidthHint ?? ph('empty') },
        }),
      ),
    );
  }
  if (exceeds(c.opsPerS / (e.compute * d.peakOpsPerS))) {
    issues.push(
      aiIssue(
        'AI_COMPUTE_EXCEEDED',
        'error',
        ph('AI_COMPUTE_EXCEEDED', {
          demand: { p: c.demand, cap: true },
          need: TOPS(c.opsPerS),
          device: d.name,
          peak: TOPS(d.peakOpsPerS),
          eff: PCT(e.compute),
          effPeak: TOPS(e.compute * d.peakOpsPerS),
        }),
      ),
    );
  }
  if (issues.length === 0 && exceeds(c.utilisation)) {
    const parts = c.phases
      .filter((p) => p.utilisation > 0)
      .map((p): PhraseValue => ({
        p: ph('phase', {
          label: { p: p.label },
          share: PCT(p.utilisation),
          bound: { p: ph(`bound.${p.bound}`) },
        }),
      }));
    issues.push(
      aiIssue(
        'AI_OVERLOADED',
        'error',
        ph('AI_OVERLOADED', {
          device: d.name,
          busy: PCT(c.utilisation),
          parts: { join: parts, sep: ' + ' },
          hint: { p: c.overloadHint ?? ph('hint.sequential') },
        }),
      ),
    );
  }
  if (c.memoryTimeUnknown) {
    issues.push(
      aiIssue(
        'AI_BANDWIDTH_UNKNOWN',
        'warning',
        ph('AI_BANDWIDTH_UNKNOWN', {
          device: d.name,
          u: PCT(c.utilisation),
          need: {
            p:
              c.bytesPerS > 0
                ? ph('bwUnknown.need', { demand: { p: c.demand }, bw: GBps(c.bytesPerS) })
                : ph('bwUnknown.none'),
          },
          hint: { p: c.bandwidthUnknownHint ?? ph('empty') },
        }),
      ),
    );
  }
  if (
    issues.every((i) => i.severity !== 'error') &&
    c.utilisation > NEAR_LIMIT_UTILISATION &&
    !exceeds(c.utilisation)
  ) {
    issues.push(
      aiIssue(
        'AI_NEAR_LIMIT',
        'warning',
        ph('AI_NEAR_LIMIT', {
          device: d.name,
          u: PCT(c.utilisation),
          bw: PCT(e.bandwidth),
          c: PCT(e.compute),
        }),
      ),
    );
  }
  return issues;
}

/**
 * Weights this large cannot stay in any edge accelerator's on-chip memory (tens of MB; Coral Edge TPU ≈ 8 MB,
 * coral.ai/docs/edgetpu/compiler "parameter data caching"): a chip without DRAM cannot hold them. Below it, an
 * unknown on-chip capacity stays unknown.
 */
export const ON_CHIP_MEMORY_IMPOSSIBLE_BYTES = 1e9;

function memoryCapacityIssues(d: DeviceSpec, neededBytes: number, what: Phrase, tooSmall: Phrase): AiIssue[] {
  const cap = d.memoryCapacityBytes;
  if (cap === null && d.onChipMemoryOnly && neededBytes >= ON_CHIP_MEMORY_IMPOSSIBLE_BYTES) {
    // No off-chip DRAM: the weights must stay in on-chip SRAM, tens of MB on edge accelerators (the Coral
    // Edge TPU has about 8 MB). Gigabytes of LLM weights cannot.
    return [
      aiIssue(
        'AI_MEMORY_TOO_SMALL',
        'error',
        ph('AI_MEMORY_ON_CHIP_ONLY', { device: d.name, what: { p: what }, need: GB(neededBytes) }),
      ),
    ];
  }
  if (cap === null) {
    return [
      aiIssue(
        'AI_MEMORY_CAPACITY_UNKNOWN',
        'warning',
        ph('AI_MEMORY_CAPACITY_UNKNOWN', { device: d.name, what: { p: what } }),
      ),
    ];
  }
  if (neededBytes > cap) {
    return [
      aiIssue(
        'AI_MEMORY_TOO_SMALL',
        'error',
        ph('AI_MEMORY_TOO_SMALL', { need: { p: tooSmall, cap: true }, device: d.name, cap: GB(cap) }),
      ),
    ];
  }
  return [];
}

function finish<T extends { issues: AiIssue[] }>(x: T): T & { feasible: boolean } {
  return { ...x, feasible: x.issues.every((i) => i.severity !== 'error') };
}

function boundLabel(s: StepTime): StepTime['bound'] {
  return s.bound;
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

  const decodePart =
    w.decodeTokensPerS > 0 ? ph('demand.decode', { rate: N(w.decodeTokensPerS) }) : undefined;
  const prefillPart = hasPrefill
    ? ph('demand.prefill', { rpm: N(w.requestsPerMin), tokens: N(w.promptTokensPerRequest) })
    : undefined;
  const demand =
    decodePart && prefillPart
      ? ph('demand.both', { decode: { p: decodePart }, prefill: { p: prefillPart } })
      : (decodePart ?? prefillPart ?? ph('demand.none'));

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
      ph('what.llm', { wb: GB(wb), kv: GB(kv) }),
      ph('need.llm', { wb: GB(wb), kv: GB(kv), ctx: N(w.contextTokens), total: GB(memory.totalBytes) }),
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
        { label: ph('phase.decode'), utilisation: decodeU, bound: boundLabel(roofline.decode) },
        { label: ph('phase.prefill'), utilisation: prefillU, bound: boundLabel(roofline.prefill) },
      ],
      bandwidthHint:
        roofline.maxDecodeTokensPerSByBandwidth === null
          ? undefined
          : ph('hint.decodeRate', {
              who: {
                p: e.runtimeName
                  ? ph('who.runtime', { runtime: e.runtimeName, device: d.name })
                  : ph('who.decode'),
              },
              max: N(roofline.maxDecodeTokensPerS),
              bytes: GB(roofline.bytesPerToken.totalBytes),
              overhead: {
                p:
                  roofline.perTokenOverheadS > 0
                    ? ph('overhead.ms', { ms: N(roofline.perTokenOverheadS * 1000) })
                    : ph('overhead.none'),
              },
            }),
      overloadHint:
        roofline.perTokenOverheadS > 0
          ? ph('hint.overhead', {
              runtime: e.runtimeName ? e.runtimeName : { p: ph('runtime.generic') },
              ms: N(roofline.perTokenOverheadS * 1000),
              device: d.name,
              max: N(roofline.maxDecodeTokensPerS),
            })
          : undefined,
      bandwidthUnknownHint: ph('bwUnknown.hint'),
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
  demand: Phrase,
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
          label: ph(kind === 'vision' ? 'phase.vision' : 'phase.worldModel'),
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
      : memoryCapacityIssues(
          d,
          w.weightsBytes,
          ph('what.weights'),
          ph('need.weights', { wb: GB(w.weightsBytes) }),
        );
  return analyseUnits(
    'vision',
    'frame',
    perFrame,
    w.framesPerS,
    ph('demand.vision', { fps: N(w.framesPerS) }),
    d,
    e,
    extra,
  );
}

function analyseWorldModel(w: WorldModelWorkload, d: DeviceSpec, e: Efficiency): UnitAnalysis {
  const perClip = worldModelPerClip(w);
  const extra: AiIssue[] = [];
  if ((w.paramsB === undefined) !== (w.bitsPerWeight === undefined)) {
    extra.push(
      aiIssue(
        'AI_WEIGHT_BITS_UNKNOWN',
        'warning',
        ph(w.paramsB === undefined ? 'AI_WEIGHT_BITS_UNKNOWN' : 'AI_PARAMS_BITS_UNKNOWN'),
      ),
    );
  }
  if (perClip.bytes > 0) {
    extra.push(
      ...memoryCapacityIssues(
        d,
        perClip.bytes,
        ph('what.weights'),
        ph('need.weights', { wb: GB(perClip.bytes) }),
      ),
    );
  }
  return analyseUnits(
    'worldModel',
    'clip',
    perClip,
    w.clipsPerS,
    ph('demand.worldModel', { cps: N(w.clipsPerS) }),
    d,
    e,
    extra,
  );
}

function analyseFixed(w: FixedWorkload, d: DeviceSpec): FixedAnalysis {
  const issues: AiIssue[] = exceeds(w.utilisation)
    ? [
        aiIssue(
          'AI_OVERLOADED',
          'error',
          ph('AI_FIXED_OVERLOADED', { u: PCT(w.utilisation), device: d.name }),
        ),
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
