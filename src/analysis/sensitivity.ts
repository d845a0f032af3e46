import { validatePlan } from '../plan/load';
import type { Plan } from '../plan/schema';
import { evaluateOutput, type OutputKey } from './outputs';
import { numericLeaves, setAtPath } from './paths';

export interface TornadoBar {
  path: string;
  baseInput: number;
  lowInput: number;
  highInput: number;
  /** Output with the input lowered / raised by the step; null when that side is outside the input's range. */
  outputLow: number | null;
  outputHigh: number | null;
  /** |outputHigh − outputLow| (one-sided when a side is n/a): the bar's length, used for ranking. */
  swing: number;
}

export interface Sensitivity {
  output: OutputKey;
  deltaPercent: number;
  baseOutput: number | null;
  bars: TornadoBar[];
}

/** Inputs that are identifiers, format fields or structural counts are not perturbed. */
const NOT_AN_INPUT =
  /(^version$|\.series$|\.parallel$|repeat\.count$|\.layers$|Heads$|\.headDim$|\.bitsPerWeight$|\.kvBits$|socPercent$)/;

/** The plan's numeric inputs that a sensitivity study perturbs (by path). */
export function sensitivityInputs(plan: Plan): { path: string; value: number }[] {
  return numericLeaves(plan, (path, value) => NOT_AN_INPUT.test(path) || value === 0);
}

function perturbed(plan: Plan, path: string, value: number): Plan | null {
  const r = validatePlan(setAtPath(plan, path, value));
  if (r.ok) return r.plan;
  const rounded = validatePlan(setAtPath(plan, path, Math.round(value)));
  return rounded.ok && Math.round(value) !== 0 ? rounded.plan : null;
}

/**
 * One-at-a-time sensitivity (a tornado): each numeric input lowered and raised by `deltaPercent` %, the
 * chosen output recomputed, bars ranked by swing. A side that leaves the input's allowed range is n/a.
 */
export function sensitivity(
  plan: Plan,
  opts: { output?: OutputKey; deltaPercent?: number; paths?: string[] } = {},
): Sensitivity {
  const output = opts.output ?? 'runtimeHours';
  const d = (opts.deltaPercent ?? 10) / 100;
  const inputs = opts.paths
    ? opts.paths.map((path) => ({
        path,
        value: numericLeaves(plan).find((l) => l.path === path)?.value ?? NaN,
      }))
    : sensitivityInputs(plan);
  const baseOutput = evaluateOutput(plan, output);
  const bars: TornadoBar[] = [];
  for (const { path, value } of inputs) {
    if (!Number.isFinite(value)) continue;
    const lowInput = value * (1 - d);
    const highInput = value * (1 + d);
    const lo = perturbed(plan, path, lowInput);
    const hi = perturbed(plan, path, highInput);
    const outputLow = lo ? evaluateOutput(lo, output) : null;
    const outputHigh = hi ? evaluateOutput(hi, output) : null;
    const ref = baseOutput ?? 0;
    const swing =
      outputLow !== null && outputHigh !== null
        ? Math.abs(outputHigh - outputLow)
        : Math.abs((outputLow ?? outputHigh ?? ref) - ref);
    bars.push({ path, baseInput: value, lowInput, highInput, outputLow, outputHigh, swing });
  }
  bars.sort((a, b) => b.swing - a.swing || a.path.localeCompare(b.path));
  return { output, deltaPercent: d * 100, baseOutput, bars };
}
