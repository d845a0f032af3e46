import { fieldRange } from '../plan/field-registry';
import type { Plan } from '../plan/schema';
import { simulate } from '../sim/simulate';
import {
  LOAD_DEPENDENT,
  TARGET_OF_OUTPUT,
  targetStatus,
  type FeasibilityVerdict,
  type TargetId,
  type TargetStatus,
} from '../sim/verdict';
import { OUTPUTS, type OutputKey } from './outputs';
import { getAtPath, setAtPath } from './paths';
import { linspace, type SweepInput, type SweepResult } from './sweep';

/**
 * A 2-D sweep read as a map (docs/analysis.md, "Sweeps"): the grid's cells, each target's status at every
 * point by the verdict rule (docs/verdicts.md), the line between the points that meet a target and those that
 * do not, and where the base plan sits. Pure: the app's heatmap draws what these return.
 */

/**
 * An axis's values: `count` evenly spaced from `from` to `to`; a whole-number field (parallel strings) gets
 * whole numbers, each once, within the field's range.
 */
export function sweepAxisValues(path: string, from: number, to: number, count: number): number[] {
  const values = linspace(from, to, Math.max(1, Math.round(count)));
  const range = fieldRange(path);
  if (!range?.integer) return values;
  const ok = (v: number) => (range.exclusiveMin ? v > range.min : v >= range.min) && v <= range.max;
  return [...new Set(values.map(Math.round))].filter(ok);
}

/** The target an output is read against in a plan: its value, in the output's unit, and its direction. */
export interface OutputTarget {
  id: TargetId;
  /** In the output's unit (hours for the charge time, whose target the plan gives in minutes). */
  value: number;
  better: 'higher' | 'lower';
  /** A load-dependent target is missed where the plan cannot run, unknown where a figure is missing. */
  loadDependent: boolean;
}

/**
 * The plan's target for an output, if it sets one: runtime ≥ the target hours (new and at end of life),
 * charge time to full ≤ the target, years to 80 % health ≥ the target. Other outputs have none.
 */
export function outputTarget(plan: Plan, output: OutputKey): OutputTarget | null {
  const id = TARGET_OF_OUTPUT[output];
  const t = plan.targets;
  let value: number | undefined;
  if (id === 'runtime' || id === 'endOfLifeRuntime') value = t.runtimeHours;
  else if (id === 'chargeTime') value = t.chargeTimeMin === undefined ? undefined : t.chargeTimeMin / 60;
  else if (id === 'lifetime') value = t.lifetimeYears;
  if (!id || value === undefined) return null;
  const better = OUTPUTS[output].better;
  if (better === 'neither') return null;
  return { id, value, better, loadDependent: LOAD_DEPENDENT[id] };
}

/**
 * Each point's status against the target, by the verdict's own rule (`targetStatus`): met, near, missed or
 * unknown; null where the sweep did not reach the point (cancelled).
 */
export function gridStatuses(
  result: SweepResult,
  output: OutputKey,
  target: OutputTarget,
): (TargetStatus | null)[] {
  const values = result.values[output] ?? [];
  return result.feasibility.map((f, k) =>
    f === null
      ? null
      : targetStatus(values[k] ?? null, target.value, target.better, target.loadDependent, f).status,
  );
}

interface Point {
  x: number;
  y: number;
}

/** A piece of a line on the grid, in the inputs' own values: (x, y) = (first axis, second axis). */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The boundary between the points that meet a target and those that do not (near and missed), by marching
 * squares over the grid of points (xs × ys, row-major: k = i·ys.length + j). A square with a point of unknown
 * status draws nothing. Where the line crosses between two points it is placed by linear interpolation of their
 * values at the target level when both have one (exact for a field linear in the inputs), else halfway. A
 * saddle (two diagonal points meet) is resolved by the mean of the four values, halfway when one is missing.
 * With `bounds` (the outer edges of the map's cells, `cellEdges`), where the line meets the outermost row or
 * column of points it goes on straight to the map's edge, between the two cells it separates.
 */
export function targetContour(
  xs: readonly number[],
  ys: readonly number[],
  values: readonly (number | null)[],
  statuses: readonly (TargetStatus | null)[],
  target: Pick<OutputTarget, 'value' | 'better'>,
  bounds?: { x: readonly [number, number]; y: readonly [number, number] },
): Segment[] {
  const nx = xs.length;
  const ny = ys.length;
  const meets = (k: number): boolean | null => {
    const s = statuses[k];
    return s === 'met' ? true : s === 'near' || s === 'missed' ? false : null;
  };
  // Where the line crosses from point k to point l, as a fraction of the way.
  const fraction = (k: number, l: number): number => {
    const a = values[k];
    const b = values[l];
    if (a === null || a === undefined || b === null || b === undefined || a === b) return 0.5;
    const t = (target.value - a) / (b - a);
    return Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0.5;
  };
  const out: Segment[] = [];
  for (let i = 0; i + 1 < xs.length; i++) {
    for (let j = 0; j + 1 < ny; j++) {
      // Corners counter-clockwise: (i, j), (i+1, j), (i+1, j+1), (i, j+1).
      const corners = [
        { k: i * ny + j, x: xs[i]!, y: ys[j]! },
        { k: (i + 1) * ny + j, x: xs[i + 1]!, y: ys[j]! },
        { k: (i + 1) * ny + j + 1, x: xs[i + 1]!, y: ys[j + 1]! },
        { k: i * ny + j + 1, x: xs[i]!, y: ys[j + 1]! },
      ];
      const m = corners.map((c) => meets(c.k));
      if (m.some((v) => v === null)) continue;
      // The crossing on each edge c → c+1 whose ends differ.
      const cross: (Point | null)[] = corners.map((c, e) => {
        const d = corners[(e + 1) % 4]!;
        if (m[e] === m[(e + 1) % 4]) return null;
        const t = fraction(c.k, d.k);
        return { x: c.x + t * (d.x - c.x), y: c.y + t * (d.y - c.y) };
      });
      const edges = [0, 1, 2, 3].filter((e) => cross[e]);
      const seg = (e: number, f: number) =>
        out.push({ x1: cross[e]!.x, y1: cross[e]!.y, x2: cross[f]!.x, y2: cross[f]!.y });
      if (edges.length === 2) seg(edges[0]!, edges[1]!);
      else if (edges.length === 4) {
        // A saddle: does the centre (the mean of the four values) meet the target? Then the line cuts off
        // the corners that do not; otherwise those that do.
        const vs = corners.map((c) => values[c.k]);
        const mean = vs.every((v) => typeof v === 'number')
          ? (vs as number[]).reduce((s, v) => s + v, 0) / 4
          : null;
        const centreMeets =
          mean === null ? false : target.better === 'higher' ? mean >= target.value : mean <= target.value;
        // Corner c sits between edge c-1 (into it) and edge c (out of it).
        for (let c = 0; c < 4; c++) if (m[c] !== centreMeets) seg((c + 3) % 4, c);
      }
    }
  }
  if (bounds) {
    // A crossing between two neighbours in the outermost row or column goes straight on to the map's edge
    // (a single row or column reaches both edges).
    const toEdge = (k: number, l: number, p: Point, q: Point, edge: { x?: number; y?: number }) => {
      const a = meets(k);
      const b = meets(l);
      if (a === null || b === null || a === b) return;
      const t = fraction(k, l);
      const x = p.x + t * (q.x - p.x);
      const y = p.y + t * (q.y - p.y);
      out.push({ x1: x, y1: y, x2: edge.x ?? x, y2: edge.y ?? y });
    };
    for (let i = 0; i + 1 < nx; i++)
      for (const [j, y] of [
        [0, bounds.y[0]],
        [ny - 1, bounds.y[1]],
      ] as const)
        toEdge(i * ny + j, (i + 1) * ny + j, { x: xs[i]!, y: ys[j]! }, { x: xs[i + 1]!, y: ys[j]! }, { y });
    for (let j = 0; j + 1 < ny; j++)
      for (const [i, x] of [
        [0, bounds.x[0]],
        [nx - 1, bounds.x[1]],
      ] as const)
        toEdge(i * ny + j, i * ny + j + 1, { x: xs[i]!, y: ys[j]! }, { x: xs[i]!, y: ys[j + 1]! }, { x });
  }
  return out;
}

/** The target line of an output over a 2-D sweep (empty for a 1-D sweep or an unreached grid). */
export function sweepContour(result: SweepResult, output: OutputKey, target: OutputTarget): Segment[] {
  const [a, b] = result.axes;
  if (!a || !b) return [];
  const ex = cellEdges(a.values);
  const ey = cellEdges(b.values);
  return targetContour(
    a.values,
    b.values,
    result.values[output] ?? [],
    gridStatuses(result, output, target),
    target,
    {
      x: [ex[0]!, ex.at(-1)!],
      y: [ey[0]!, ey.at(-1)!],
    },
  );
}

/**
 * The edges of the cells around each value of an axis (n + 1 of them): halfway between neighbours, and half a
 * step beyond the first and last value; a single value gets a cell of ±5 % (±0.5 at zero).
 */
export function cellEdges(values: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return [];
  if (n === 1) {
    const v = values[0]!;
    const half = v === 0 ? 0.5 : Math.abs(v) * 0.05;
    return [v - half, v + half];
  }
  const mids = values.slice(1).map((v, i) => (values[i]! + v) / 2);
  return [values[0]! - (mids[0]! - values[0]!), ...mids, values[n - 1]! + (values[n - 1]! - mids[n - 2]!)];
}

/** The cell (index) of an axis whose edges hold `v`, or null outside them. Edges may run either way. */
export function cellAt(edges: readonly number[], v: number): number | null {
  for (let k = 0; k + 1 < edges.length; k++) {
    const lo = Math.min(edges[k]!, edges[k + 1]!);
    const hi = Math.max(edges[k]!, edges[k + 1]!);
    if (v >= lo && v <= hi) return k;
  }
  return null;
}

/**
 * The base plan's value of a swept input: the plan's own, or the catalog figure it leaves to a preset (a
 * preset chip's maximum power), as the sweep's picker lists it.
 */
export function baseValue(plan: Plan, inputs: readonly SweepInput[], path: string): number | null {
  const own = getAtPath(plan, path);
  if (typeof own === 'number') return own;
  return inputs.find((x) => x.path === path)?.value ?? null;
}

/** The plan at one point of a sweep (its inputs set to that point's values). */
export function sweepPointPlan(plan: Plan, result: SweepResult, index: number): Plan {
  const [a, b] = result.axes;
  if (!a) return plan;
  if (!b) return setAtPath(plan, a.path, a.values[index]!);
  const n = b.values.length;
  return setAtPath(setAtPath(plan, a.path, a.values[Math.floor(index / n)]!), b.path, b.values[index % n]!);
}

/** Why a point of a sweep cannot run, or has no answer: its verdict with the reasons (docs/verdicts.md). */
export function sweepPointVerdict(
  plan: Plan,
  result: SweepResult,
  index: number,
): Pick<FeasibilityVerdict, 'feasibility' | 'infeasibleReasons' | 'unknownReasons'> {
  const r = simulate(sweepPointPlan(plan, result, index), { skipSeries: true, skipLifetime: true });
  return {
    feasibility: r.feasibility,
    infeasibleReasons: r.infeasibleReasons,
    unknownReasons: r.unknownReasons,
  };
}
