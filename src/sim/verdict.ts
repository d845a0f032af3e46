import type { Phrase } from '../text/phrase';
import { meetsMaximum, meetsMinimum, shortfallSeverity } from './targets';

/**
 * The verdict of a plan: whether it can run at all, and each target's status — one rule, read by the CLI's
 * summary and exit code, the UI's cards and banner, the comparison and the report (docs/verdicts.md).
 *
 * - **feasible**: every figure the answer depends on is known and the plan can run as written.
 * - **infeasible**: the AI payload cannot run on its chip (memory, bandwidth, compute, busier than 100 %), or
 *   the pack cannot deliver the load (power above `P_max = OCV²/4R`, or no runtime at all). The load-dependent
 *   figures (runtime, end-of-life runtime, lifetime) then describe a plan that cannot happen.
 * - **unknown**: a figure the answer depends on is missing (a chip with no power figure, an unknown memory
 *   bandwidth or capacity), so the load-dependent figures are bounds, not answers.
 */
export type Feasibility = 'feasible' | 'infeasible' | 'unknown';

/** A target's status: met, near (missed by at most 10 %), missed, or unknown (a figure it needs is missing). */
export type TargetStatus = 'met' | 'near' | 'missed' | 'unknown';

export interface VerdictReason {
  code: string;
  /** In English. */
  message: string;
  /** As data, rendered in the reader's language (src/text/phrase.ts). */
  text: Phrase;
}

/**
 * Remark codes that make a plan infeasible (src/sim/remarks.ts and the AI analysis, src/ai/analyse.ts).
 * AI_INVALID_INPUT: the workload or chip figures cannot be evaluated (validation refuses such plans; kept so a
 * plan built in code never passes as feasible).
 */
export const INFEASIBLE_CODES: ReadonlySet<string> = new Set([
  'AI_MEMORY_TOO_SMALL',
  'AI_BANDWIDTH_EXCEEDED',
  'AI_COMPUTE_EXCEEDED',
  'AI_OVERLOADED',
  'AI_DEVICE_OVERLOADED',
  'AI_INVALID_INPUT',
  'POWER_ABOVE_DELIVERABLE',
  'PACK_CANNOT_RUN_LOAD',
  'DISCHARGE_C_RATE_EXCEEDED',
]);

/**
 * Remark codes whose answer holds only if the loads run as planned: the runtime, end-of-life and lifetime
 * shortfalls, the shift that stops early, the day that overruns, the cut-off or power limit reached before the
 * reserve. When the plan is infeasible or unknown they describe a plan that cannot happen (or rest on a missing
 * figure), so they are left out with the ageing model's notes on a life figure that is not shown: the verdict
 * and its reasons speak instead (docs/verdicts.md).
 */
export const HYPOTHETICAL_CODES: ReadonlySet<string> = new Set([
  'RUNTIME_BELOW_TARGET',
  'EOL_RUNTIME_BELOW_TARGET',
  'LIFETIME_BELOW_TARGET',
  'SHIFT_NOT_COMPLETED',
  'DAY_TOO_LONG',
  'CUTOFF_BEFORE_RESERVE',
  'POWER_LIMIT_BEFORE_RESERVE',
]);

/** Whether a remark only holds if the loads run as planned (HYPOTHETICAL_CODES, and the ageing model's notes). */
export function isHypotheticalRemark(code: string): boolean {
  return HYPOTHETICAL_CODES.has(code) || code.startsWith('AGEING_');
}

/**
 * Remark codes that qualify a feasible answer without changing it: it rests on figures implied by a vendor's
 * claims for a chip not on sale (catalog confidence `claim_implied`). The UI, CLI and report show them with
 * the verdict ("feasible on claimed figures").
 */
export const CAVEAT_CODES: ReadonlySet<string> = new Set(['CLAIM_IMPLIED_FIGURES']);

/** Remark codes that make the load-dependent answers unknown: a figure they depend on is missing. */
export const UNKNOWN_CODES: ReadonlySet<string> = new Set([
  'DEVICE_POWER_UNKNOWN',
  'AI_BANDWIDTH_UNKNOWN',
  'AI_MEMORY_CAPACITY_UNKNOWN',
]);

/**
 * Unknown-figure codes that make the loads an underestimate: a chip with no power figure draws nothing in the
 * model, and without a bandwidth the memory time is not counted. The runtime, end-of-life runtime and lifetime
 * of such a plan are then upper bounds (≤), its charges per day a lower bound (≥).
 */
export const UNDERESTIMATING_CODES: ReadonlySet<string> = new Set([
  'DEVICE_POWER_UNKNOWN',
  'AI_BANDWIDTH_UNKNOWN',
]);

export interface FeasibilityVerdict {
  feasibility: Feasibility;
  /** `feasibility === 'feasible'`. */
  feasible: boolean;
  /** Why the plan cannot run (empty unless infeasible). */
  infeasibleReasons: VerdictReason[];
  /** Which missing figures make the answer unknown (may be present alongside infeasible reasons). */
  unknownReasons: VerdictReason[];
  /** What the answer rests on that is not a measurement or a datasheet figure (CAVEAT_CODES). */
  caveats: VerdictReason[];
  /** An unknown answer's loads are underestimated (UNDERESTIMATING_CODES): its figures are bounds. */
  figuresAreBounds: boolean;
}

/** The feasibility of a plan from its remarks: infeasible before unknown before feasible. */
export function feasibilityOf(remarks: readonly VerdictReason[]): FeasibilityVerdict {
  const infeasibleReasons = remarks
    .filter((r) => INFEASIBLE_CODES.has(r.code))
    .map(({ code, message, text }) => ({ code, message, text }));
  const unknownReasons = remarks
    .filter((r) => UNKNOWN_CODES.has(r.code))
    .map(({ code, message, text }) => ({ code, message, text }));
  const caveats = remarks
    .filter((r) => CAVEAT_CODES.has(r.code))
    .map(({ code, message, text }) => ({ code, message, text }));
  const feasibility: Feasibility =
    infeasibleReasons.length > 0 ? 'infeasible' : unknownReasons.length > 0 ? 'unknown' : 'feasible';
  return {
    feasibility,
    feasible: feasibility === 'feasible',
    infeasibleReasons,
    unknownReasons,
    caveats,
    figuresAreBounds:
      feasibility === 'unknown' && unknownReasons.some((r) => UNDERESTIMATING_CODES.has(r.code)),
  };
}

/** The plan's targets, each compared with one output. */
export const TARGET_IDS = ['runtime', 'endOfLifeRuntime', 'chargeTime', 'lifetime', 'packMass'] as const;
export type TargetId = (typeof TARGET_IDS)[number];

export interface TargetVerdict {
  id: TargetId;
  /** The output compared (hours, or years for the lifetime); null when not available. */
  value: number | null;
  /** The target in the same unit as `value`. */
  target: number;
  unit: 'h' | 'years' | '%';
  better: 'higher' | 'lower';
  status: TargetStatus;
  /**
   * Why the status is not read from the numbers alone: the plan is infeasible (a load-dependent target is
   * missed, whatever its figure), a figure is unknown, or the output is not available (no charger).
   */
  because: 'infeasible' | 'unknown' | 'not-available' | null;
}

/** What the target rule needs of a simulation result. */
export interface VerdictInputs {
  runtimeHours: number | null;
  runtimeAtEndOfLifeHours: number | null;
  chargeTimeToFullHours: number | null;
  yearsTo80PercentSoH: number | null;
  pack: { massKg: number; totalRobotMassKg: number };
}

/** Whether an output depends on the loads (and so on the AI payload and the pack's ability to deliver). */
export const LOAD_DEPENDENT: Readonly<Record<TargetId, boolean>> = {
  runtime: true,
  endOfLifeRuntime: true,
  chargeTime: false,
  lifetime: true,
  packMass: false,
};

/**
 * The status of one target: met when the value reaches it (within 1e-9, src/sim/targets.ts), near within
 * 10 %, missed beyond. A load-dependent target of an infeasible plan is missed, of an unknown plan unknown.
 * An unbounded runtime or an infinite life (null) meets a minimum; a missing charge time (no charger) is
 * unknown.
 */
export function targetStatus(
  value: number | null,
  target: number,
  better: 'higher' | 'lower',
  loadDependent: boolean,
  feasibility: Feasibility,
): Pick<TargetVerdict, 'status' | 'because'> {
  if (loadDependent && feasibility === 'infeasible') return { status: 'missed', because: 'infeasible' };
  if (loadDependent && feasibility === 'unknown') return { status: 'unknown', because: 'unknown' };
  if (value === null)
    return better === 'higher'
      ? { status: 'met', because: null }
      : { status: 'unknown', because: 'not-available' };
  const met = better === 'higher' ? meetsMinimum(value, target) : meetsMaximum(value, target);
  if (met) return { status: 'met', because: null };
  return {
    status: shortfallSeverity(value, target, better) === 'warning' ? 'near' : 'missed',
    because: null,
  };
}

/** Every target the plan sets, with its output and status. */
export function targetVerdicts(
  targets: {
    runtimeHours?: number | undefined;
    chargeTimeMin?: number | undefined;
    lifetimeYears?: number | undefined;
    maxPackMassPercent?: number | undefined;
  },
  r: VerdictInputs,
  feasibility: Feasibility,
): TargetVerdict[] {
  const out: TargetVerdict[] = [];
  const add = (
    id: TargetId,
    value: number | null,
    target: number,
    unit: TargetVerdict['unit'],
    better: 'higher' | 'lower',
  ) =>
    out.push({
      id,
      value,
      target,
      unit,
      better,
      ...targetStatus(value, target, better, LOAD_DEPENDENT[id], feasibility),
    });
  if (targets.runtimeHours !== undefined) {
    add('runtime', r.runtimeHours, targets.runtimeHours, 'h', 'higher');
    add('endOfLifeRuntime', r.runtimeAtEndOfLifeHours, targets.runtimeHours, 'h', 'higher');
  }
  if (targets.chargeTimeMin !== undefined)
    add('chargeTime', r.chargeTimeToFullHours, targets.chargeTimeMin / 60, 'h', 'lower');
  if (targets.lifetimeYears !== undefined)
    add('lifetime', r.yearsTo80PercentSoH, targets.lifetimeYears, 'years', 'higher');
  if (targets.maxPackMassPercent !== undefined) {
    const share = r.pack.totalRobotMassKg > 0 ? (r.pack.massKg / r.pack.totalRobotMassKg) * 100 : 0;
    add('packMass', share, targets.maxPackMassPercent, '%', 'lower');
  }
  return out;
}

/** One character for a status in plain text (the CLI): ✓ met, ! near, ✗ missed, ? unknown. */
export const STATUS_MARK: Readonly<Record<TargetStatus, string>> = {
  met: '✓',
  near: '!',
  missed: '✗',
  unknown: '?',
};

/** The target an output is compared with, by output key (the compare rows and CSV columns read it). */
export const TARGET_OF_OUTPUT: Readonly<Record<string, TargetId>> = {
  runtimeHours: 'runtime',
  runtimeAtEndOfLifeHours: 'endOfLifeRuntime',
  chargeTimeToFullHours: 'chargeTime',
  yearsTo80PercentSoH: 'lifetime',
};

/** The verdict of the target an output is compared with, if the plan sets one. */
export function verdictForOutput(
  statuses: readonly TargetVerdict[],
  outputKey: string,
): TargetVerdict | undefined {
  const id = TARGET_OF_OUTPUT[outputKey];
  return id ? statuses.find((s) => s.id === id) : undefined;
}
