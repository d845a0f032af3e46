import { validatePlan, type PlanError } from '../plan/load';
import type { Plan } from '../plan/schema';
import type { Feasibility } from '../sim/verdict';
import { evaluateAnswer, type OutputKey } from './outputs';
import { getAtPath, parsePath, setAtPath } from './paths';
import { fieldRange } from '../plan/field-registry';
import { sensitivityInputs } from './sensitivity';
import { inputHeader } from './column-names';

export interface SweepAxis {
  path: string;
  values: number[];
  /** The input in words with its unit ("Activity “Walking” › Power (W)"), set on a result: CSV headers read it. */
  label?: string;
}

export interface SweepSpec {
  axes: [SweepAxis] | [SweepAxis, SweepAxis];
  outputs: OutputKey[];
}

export interface SweepResult {
  axes: SweepAxis[];
  outputs: OutputKey[];
  /**
   * values[output][i] (1-D) or values[output][i][j] flattened row-major: index = i·n₂ + j. A load-dependent
   * output is null where the plan cannot run or rests on a missing figure (`feasibility`).
   */
  values: Record<string, (number | null)[]>;
  /** The plan's feasibility at each point (same index; null until evaluated). */
  feasibility: (Feasibility | null)[];
  completed: number;
  total: number;
  cancelled: boolean;
}

export const MAX_SWEEP_POINTS = 250_000;

/** `count` evenly spaced values from `from` to `to` (inclusive). */
export function linspace(from: number, to: number, count: number): number[] {
  if (count <= 1) return [from];
  return Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
}

/**
 * Check a sweep before running it: every path is a number in the plan (or an optional numeric field it
 * leaves to a preset, e.g. a preset chip's maxPowerW), and the plan stays valid at the
 * extremes of every axis (the corners of the grid); ranges are boxes, so the grid in between is valid too.
 */
export function checkSweep(plan: Plan, spec: SweepSpec): PlanError[] {
  const errors: PlanError[] = [];
  const total = spec.axes.reduce((n, a) => n * a.values.length, 1);
  if (total > MAX_SWEEP_POINTS)
    errors.push({ path: '(sweep)', message: `has ${total} points; at most ${MAX_SWEEP_POINTS}` });
  for (const a of spec.axes) {
    try {
      parsePath(a.path);
    } catch (e) {
      errors.push({ path: a.path, message: (e as Error).message });
      continue;
    }
    // A numeric field, or an optional one the plan leaves to a preset (the schema then checks the values).
    const current = getAtPath(plan, a.path);
    if (current !== undefined && typeof current !== 'number') {
      errors.push({ path: a.path, message: 'is not a number in this plan' });
    }
    if (a.values.length === 0 || a.values.some((v) => !Number.isFinite(v))) {
      errors.push({ path: a.path, message: 'needs at least one finite value' });
    }
  }
  if (errors.length) return errors;
  // Every distinct value of each axis is validated — with the other axis at both of its extremes — not just the
  // grid's corners: integer fields (parallel strings) and gaps in a range (a duration of 0 or ≥ 1 s) make
  // interior points invalid even when the corners are fine. That is n₁ + n₂ (×2) validations, fewer than the
  // points themselves.
  const extremes = spec.axes.map((a) => [Math.min(...a.values), Math.max(...a.values)] as const);
  for (let i = 0; i < spec.axes.length; i++) {
    const axis = spec.axes[i]!;
    const other = spec.axes.length === 2 ? spec.axes[1 - i]! : null;
    const otherValues = other ? [...new Set(extremes[1 - i]!)] : [null];
    for (const v of new Set(axis.values)) {
      for (const w of otherValues) {
        let doc: Plan = setAtPath(plan, axis.path, v);
        if (other && w !== null) doc = setAtPath(doc, other.path, w);
        const r = validatePlan(doc);
        if (!r.ok) {
          const at =
            other && w !== null ? `${axis.path} = ${v}, ${other.path} = ${w}` : `${axis.path} = ${v}`;
          for (const e of r.errors)
            errors.push({ path: e.path, message: `${e.message} (at sweep point ${at})` });
          return errors;
        }
      }
    }
  }
  return errors;
}

function pointPlan(plan: Plan, spec: SweepSpec, index: number): Plan {
  const [a, b] = spec.axes;
  if (!b) return setAtPath(plan, a.path, a.values[index]!);
  const i = Math.floor(index / b.values.length);
  const j = index % b.values.length;
  return setAtPath(setAtPath(plan, a.path, a.values[i]!), b.path, b.values[j]!);
}

function emptyResult(plan: Plan, spec: SweepSpec): SweepResult {
  const total = spec.axes.reduce((n, a) => n * a.values.length, 1);
  const values: Record<string, (number | null)[]> = {};
  for (const o of spec.outputs) values[o] = new Array<number | null>(total).fill(null);
  return {
    axes: spec.axes.map((a) => ({ ...a, label: inputHeader(plan, a.path) })),
    outputs: spec.outputs,
    values,
    feasibility: new Array<Feasibility | null>(total).fill(null),
    completed: 0,
    total,
    cancelled: false,
  };
}

function evaluatePoint(plan: Plan, spec: SweepSpec, index: number, out: SweepResult): void {
  const p = pointPlan(plan, spec, index);
  for (const o of spec.outputs) {
    const a = evaluateAnswer(p, o);
    out.values[o]![index] = a.value;
    out.feasibility[index] = a.feasibility;
  }
}

/** Run a 1-D or 2-D sweep synchronously (the CLI; call `checkSweep` first). */
export function runSweepSync(plan: Plan, spec: SweepSpec): SweepResult {
  const out = emptyResult(plan, spec);
  for (let i = 0; i < out.total; i++) evaluatePoint(plan, spec, i, out);
  out.completed = out.total;
  return out;
}

/**
 * Run a sweep in chunks, yielding between chunks so a UI (or Web Worker) stays responsive: `onProgress`
 * after each chunk, and cancellation through an AbortSignal (the partial result comes back, `cancelled`).
 */
export async function runSweep(
  plan: Plan,
  spec: SweepSpec,
  opts: { chunkSize?: number; onProgress?: (done: number, total: number) => void; signal?: AbortSignal } = {},
): Promise<SweepResult> {
  const out = emptyResult(plan, spec);
  const chunk = Math.max(1, opts.chunkSize ?? 200);
  for (let start = 0; start < out.total; start += chunk) {
    if (opts.signal?.aborted) {
      out.cancelled = true;
      return out;
    }
    const end = Math.min(out.total, start + chunk);
    for (let i = start; i < end; i++) evaluatePoint(plan, spec, i, out);
    out.completed = end;
    opts.onProgress?.(end, out.total);
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
  }
  return out;
}

/** An input a sweep can vary: its path, its value in the plan (or the catalog), and a range to start from. */
export interface SweepInput {
  path: string;
  value: number;
  /** Where the value comes from: the plan itself or a catalog preset it leaves the figure to. */
  from: 'plan' | 'catalog';
  /** A first range: half to one and a half times the value, kept within the field's allowed range. */
  suggested: { from: number; to: number };
}

/**
 * The inputs a sweep's picker offers: every physical input of the plan (the field registry's analysable
 * fields, the same the sensitivity study perturbs, one path each) and the catalog figures its chips and models
 * supply. Counts (parallel strings) get whole-number ranges.
 */
export function sweepInputs(plan: Plan): SweepInput[] {
  const out: SweepInput[] = [];
  for (const input of sensitivityInputs(plan)) {
    if (input.paths.length !== 1 || input.path.includes('*')) continue;
    const value = input.values[0]!;
    // Half to one and a half times the value, narrowed until both ends make a valid plan (a pack's nominal
    // voltage must stay between its limits); an input no range around its value can vary is not offered.
    for (const spread of [0.5, 0.2, 0.1, 0.05]) {
      const suggested = rangeAround(input.path, value, spread);
      if (!suggested) continue;
      const spec: SweepSpec = {
        axes: [{ path: input.path, values: [suggested.from, suggested.to] }],
        outputs: [],
      };
      if (checkSweep(plan, spec).length > 0) continue;
      out.push({ path: input.path, value, from: input.from, suggested });
      break;
    }
  }
  return out;
}

/** `value × (1 ± spread)` within the field's allowed range, whole numbers for counts; null if empty. */
function rangeAround(path: string, value: number, spread: number): { from: number; to: number } | null {
  const range = fieldRange(path);
  let from = value * (1 - spread);
  let to = value * (1 + spread);
  if (range) {
    const lowest = range.exclusiveMin ? range.min + Math.max(Math.abs(value), 1) * 1e-3 : range.min;
    from = Math.max(from, lowest);
    to = Math.min(to, range.max);
    if (range.integer) {
      from = Math.max(Math.floor(from), range.exclusiveMin ? Math.floor(range.min) + 1 : range.min);
      to = Math.max(Math.ceil(to), from + 1);
      if (to > range.max) return null;
    }
  }
  return from < to ? { from, to } : null;
}
