import { describe, expect, it } from 'vitest';
import { linspace, runSweepSync, sweepInputs, type SweepResult } from '../../src/analysis/sweep';
import {
  baseValue,
  cellAt,
  cellEdges,
  gridStatuses,
  outputTarget,
  sweepAxisValues,
  sweepContour,
  sweepPointPlan,
  sweepPointVerdict,
  targetContour,
  type OutputTarget,
  type Segment,
} from '../../src/analysis/sweep-grid';
import { simulate } from '../../src/sim/simulate';
import { targetStatus, type Feasibility, type TargetStatus } from '../../src/sim/verdict';
import { EXAMPLES, readExample } from './plan-helpers';

// The 2-D sweep's map: each point's target status by the verdict's rule, the line between the points that
// meet the target and those that do not, and the cells around the grid's values.

const RUNTIME: OutputTarget = { id: 'runtime', value: 5, better: 'higher', loadDependent: true };

/** A grid of a function of the two inputs, every point feasible. */
function analytic(xs: number[], ys: number[], f: (x: number, y: number) => number) {
  const values = xs.flatMap((x) => ys.map((y) => f(x, y)));
  return values;
}

function statusesOf(
  values: (number | null)[],
  target: OutputTarget,
  feasibility: (k: number) => Feasibility = () => 'feasible',
): TargetStatus[] {
  return values.map(
    (v, k) => targetStatus(v, target.value, target.better, target.loadDependent, feasibility(k)).status,
  );
}

/** The segments' ends. */
const ends = (segs: Segment[]) =>
  segs.flatMap((s) => [
    { x: s.x1, y: s.y1 },
    { x: s.x2, y: s.y2 },
  ]);

describe('target contour on analytic grids', () => {
  const xs = linspace(0, 10, 12);
  const ys = linspace(100, 300, 9);
  const dx = xs[1]! - xs[0]!;
  const dy = ys[1]! - ys[0]!;
  const ex = cellEdges(xs);
  const ey = cellEdges(ys);
  const bounds = { x: [ex[0]!, ex.at(-1)!], y: [ey[0]!, ey.at(-1)!] } as const;

  for (const [a, b, c, better] of [
    [0.8, 0.02, 8, 'higher'],
    [-0.5, 0.03, 3, 'higher'],
    [0.3, -0.01, -0.5, 'lower'],
    [1, 0, 4.3, 'higher'],
    [0, 0.05, 10.2, 'lower'],
  ] as const) {
    it(`f = ${a}·x + ${b}·y against ${better === 'higher' ? '≥' : '≤'} ${c}: the line lies on f = ${c}`, () => {
      const f = (x: number, y: number) => a * x + b * y;
      const values = analytic(xs, ys, f);
      const target: OutputTarget = { id: 'runtime', value: c, better, loadDependent: true };
      const statuses = statusesOf(values, target);
      expect(statuses).toContain('met');
      expect(statuses.some((s) => s !== 'met')).toBe(true);
      const segs = targetContour(xs, ys, values, statuses, target, bounds);
      expect(segs.length).toBeGreaterThan(0);
      // Distance from the line in cells: within half a cell everywhere (the ends carried to the map's edge),
      // and on it between the grid's points (linear interpolation is exact for a linear field).
      const norm = Math.hypot(a * dx, b * dy);
      for (const p of ends(segs)) {
        const off = Math.abs(f(p.x, p.y) - c) / norm;
        expect(off).toBeLessThanOrEqual(0.5 + 1e-9);
        const inside = p.x >= xs[0]! && p.x <= xs.at(-1)! && p.y >= ys[0]! && p.y <= ys.at(-1)!;
        if (inside) expect(off).toBeLessThan(1e-9);
        expect(p.x).toBeGreaterThanOrEqual(bounds.x[0] - 1e-9);
        expect(p.x).toBeLessThanOrEqual(bounds.x[1] + 1e-9);
        expect(p.y).toBeGreaterThanOrEqual(bounds.y[0] - 1e-9);
        expect(p.y).toBeLessThanOrEqual(bounds.y[1] + 1e-9);
      }
      expectSeparates(xs, ys, statuses, segs);
    });
  }

  it('a circle (x² + y² ≥ r²) is drawn within half a cell of the circle', () => {
    const gx = linspace(-5, 5, 21);
    const gy = linspace(-5, 5, 21);
    const values = analytic(gx, gy, (x, y) => x * x + y * y);
    const target: OutputTarget = { id: 'lifetime', value: 9, better: 'higher', loadDependent: true };
    const statuses = statusesOf(values, target);
    const segs = targetContour(gx, gy, values, statuses, target);
    expect(segs.length).toBeGreaterThan(12);
    const h = gx[1]! - gx[0]!;
    for (const p of ends(segs)) expect(Math.abs(Math.hypot(p.x, p.y) - 3)).toBeLessThan(h / 2);
    expectSeparates(gx, gy, statuses, segs);
  });

  it('a field that meets the target everywhere (or nowhere) has no line', () => {
    const values = analytic(xs, ys, () => 7);
    expect(targetContour(xs, ys, values, statusesOf(values, RUNTIME), RUNTIME, bounds)).toEqual([]);
    const low = analytic(xs, ys, () => 2);
    expect(targetContour(xs, ys, low, statusesOf(low, RUNTIME), RUNTIME, bounds)).toEqual([]);
  });

  it('a saddle is cut by the mean of its four values; a square with an unknown point draws nothing', () => {
    const target: OutputTarget = { id: 'runtime', value: 5, better: 'higher', loadDependent: true };
    // (0,0) and (1,1) meet; their mean with the others decides which pair the line joins.
    const high = [6, 4.9, 4.9, 6]; // mean 5.45: the centre meets, the line cuts off the missing corners
    const segsHigh = targetContour([0, 1], [0, 1], high, statusesOf(high, target), target);
    expect(segsHigh).toHaveLength(2);
    const low = [5.1, 1, 1, 5.1]; // mean 3.05: the line cuts off the meeting corners
    const segsLow = targetContour([0, 1], [0, 1], low, statusesOf(low, target), target);
    expect(segsLow).toHaveLength(2);
    // Each segment cuts off one corner: the corner nearest both its ends.
    const corner = (s: Segment) =>
      [
        [0, 0],
        [0, 1],
        [1, 0],
        [1, 1],
      ]
        .map(([x, y]) => ({
          c: `${x},${y}`,
          d: Math.hypot(s.x1 - x!, s.y1 - y!) + Math.hypot(s.x2 - x!, s.y2 - y!),
        }))
        .sort((a, b) => a.d - b.d)[0]!.c;
    // Points k = i·2 + j: (0,0) and (1,1) meet. A centre that meets cuts off the two that miss, and the other way.
    expect(segsHigh.map(corner).sort()).toEqual(['0,1', '1,0']);
    expect(segsLow.map(corner).sort()).toEqual(['0,0', '1,1']);
    const statuses: (TargetStatus | null)[] = ['met', 'missed', 'unknown', 'met'];
    expect(targetContour([0, 1], [0, 1], [6, 4, null, 6], statuses, target)).toEqual([]);
  });

  it('between a point that meets the target and one where the plan cannot run, the line is halfway', () => {
    const values = [6, null];
    const statuses = statusesOf(values, RUNTIME, (k) => (k === 1 ? 'infeasible' : 'feasible'));
    expect(statuses).toEqual(['met', 'missed']);
    // One column of two points: the line crosses it halfway and goes on to both edges of the map.
    const segs = targetContour([1000], [0, 10], values, statuses, RUNTIME, { x: [950, 1050], y: [-5, 15] });
    expect(segs).toEqual([
      { x1: 1000, y1: 5, x2: 950, y2: 5 },
      { x1: 1000, y1: 5, x2: 1050, y2: 5 },
    ]);
  });
});

/**
 * The line separates the points: every edge between two neighbours, one meeting the target and one not, is
 * crossed; no edge between two that agree (or with an unknown end) is.
 */
function expectSeparates(
  xs: number[],
  ys: number[],
  statuses: readonly (TargetStatus | null)[],
  segs: Segment[],
) {
  const ny = ys.length;
  const pts = ends(segs);
  const meets = (k: number) => (statuses[k] === 'met' ? 1 : statuses[k] === 'unknown' ? null : 0);
  const onEdge = (x1: number, y1: number, x2: number, y2: number) =>
    pts.some(
      (p) =>
        p.x >= Math.min(x1, x2) - 1e-9 &&
        p.x <= Math.max(x1, x2) + 1e-9 &&
        p.y >= Math.min(y1, y2) - 1e-9 &&
        p.y <= Math.max(y1, y2) + 1e-9,
    );
  for (let i = 0; i < xs.length; i++)
    for (let j = 0; j < ny; j++) {
      const k = i * ny + j;
      const neighbours: [number, number, number][] = [];
      if (i + 1 < xs.length) neighbours.push([(i + 1) * ny + j, i + 1, j]);
      if (j + 1 < ny) neighbours.push([k + 1, i, j + 1]);
      for (const [l, i2, j2] of neighbours) {
        const a = meets(k);
        const b = meets(l);
        if (a === null || b === null) continue;
        const crossed = onEdge(xs[i]!, ys[j]!, xs[i2]!, ys[j2]!);
        // An edge whose two ends agree may still be touched at an end (a value exactly at the target).
        if (a !== b) expect(crossed, `edge ${k}–${l}`).toBe(true);
      }
    }
}

describe('target statuses on the grid follow the verdict rule', () => {
  /** A hand-made 2 × 3 sweep result. */
  function result(values: (number | null)[], feasibility: (Feasibility | null)[]): SweepResult {
    return {
      axes: [
        { path: 'battery.pack.energyWh', values: [1000, 2000] },
        { path: 'robot.activities[0].powerW', values: [50, 100, 150] },
      ],
      outputs: ['runtimeHours'],
      values: { runtimeHours: values },
      feasibility,
      completed: 6,
      total: 6,
      cancelled: false,
    };
  }

  it('met, near (within 10 %), missed, unknown; missed where the plan cannot run; null where not run', () => {
    const r = result(
      [5, 4.6, 4, null, null, null],
      ['feasible', 'feasible', 'feasible', 'infeasible', 'unknown', null],
    );
    expect(gridStatuses(r, 'runtimeHours', RUNTIME)).toEqual([
      'met',
      'near',
      'missed',
      'missed',
      'unknown',
      null,
    ]);
  });

  it('an unbounded runtime (no value, feasible) meets a minimum; a missing charge time is unknown', () => {
    const r = result(
      [null, 6, 4, 5, 5, 5],
      ['feasible', 'feasible', 'feasible', 'feasible', 'feasible', 'feasible'],
    );
    expect(gridStatuses(r, 'runtimeHours', RUNTIME)[0]).toBe('met');
    const charge: OutputTarget = { id: 'chargeTime', value: 0.5, better: 'lower', loadDependent: false };
    const c: SweepResult = {
      ...r,
      outputs: ['chargeTimeToFullHours'],
      values: { chargeTimeToFullHours: [null, 0.4, 0.52, 0.9, 0.5, 0.5] },
      feasibility: ['feasible', 'infeasible', 'feasible', 'feasible', 'unknown', 'feasible'],
    };
    // The charge time does not depend on the loads: an infeasible plan's charge time is still read.
    expect(gridStatuses(c, 'chargeTimeToFullHours', charge)).toEqual([
      'unknown',
      'met',
      'near',
      'missed',
      'met',
      'met',
    ]);
  });

  it('on a sweep of the example plan, each point has the status its own simulation gives', () => {
    const plan = readExample(EXAMPLES[0]!);
    const r = runSweepSync(plan, {
      axes: [
        { path: 'battery.pack.energyWh', values: linspace(800, 3400, 5) },
        { path: 'robot.activities[1].powerW', values: linspace(300, 5500, 5) },
      ],
      outputs: ['runtimeHours'],
    });
    const target = outputTarget(plan, 'runtimeHours')!;
    const statuses = gridStatuses(r, 'runtimeHours', target);
    expect(statuses).toContain('met');
    expect(statuses).toContain('missed');
    expect(r.feasibility).toContain('infeasible');
    for (let k = 0; k < r.total; k++) {
      const s = simulate(sweepPointPlan(plan, r, k), { skipSeries: true, skipLifetime: true });
      expect(statuses[k], `point ${k}`).toBe(s.targetStatus.find((t) => t.id === 'runtime')!.status);
    }
    // The line separates them, and a point where the plan cannot run says why.
    const segs = sweepContour(r, 'runtimeHours', target);
    expectSeparates(r.axes[0]!.values, r.axes[1]!.values, statuses, segs);
    const k = r.feasibility.indexOf('infeasible');
    const v = sweepPointVerdict(plan, r, k);
    expect(v.feasibility).toBe('infeasible');
    expect(v.infeasibleReasons.length).toBeGreaterThan(0);
  });
});

describe('targets, axes, cells and the base plan', () => {
  const plan = readExample(EXAMPLES[0]!); // runtime 5 h, charge 30 min, lifetime 3 years

  it('an output is read against the plan target of its kind, in its own unit', () => {
    expect(outputTarget(plan, 'runtimeHours')).toEqual({
      id: 'runtime',
      value: 5,
      better: 'higher',
      loadDependent: true,
    });
    expect(outputTarget(plan, 'runtimeAtEndOfLifeHours')?.id).toBe('endOfLifeRuntime');
    expect(outputTarget(plan, 'chargeTimeToFullHours')).toEqual({
      id: 'chargeTime',
      value: 0.5,
      better: 'lower',
      loadDependent: false,
    });
    expect(outputTarget(plan, 'yearsTo80PercentSoH')?.value).toBe(3);
    for (const o of ['packMassKg', 'averagePowerW', 'chargeTimeTo80Hours', 'computeEnergyWh'] as const)
      expect(outputTarget(plan, o)).toBeNull();
    expect(outputTarget({ ...plan, targets: {} }, 'runtimeHours')).toBeNull();
  });

  it('axis values: evenly spaced, whole and distinct for a count', () => {
    expect(sweepAxisValues('battery.pack.energyWh', 1000, 2000, 3)).toEqual([1000, 1500, 2000]);
    expect(sweepAxisValues('battery.cells.parallel', 1, 4, 12)).toEqual([1, 2, 3, 4]);
    expect(sweepAxisValues('battery.cells.parallel', 0, 3, 4)).toEqual([1, 2, 3]);
  });

  it('cells: halfway between values, half a step beyond the ends; a point finds its cell', () => {
    expect(cellEdges([0, 10, 20])).toEqual([-5, 5, 15, 25]);
    expect(cellEdges([1, 2, 4])).toEqual([0.5, 1.5, 3, 5]);
    expect(cellEdges([20, 10])).toEqual([25, 15, 5]);
    expect(cellEdges([100])).toEqual([95, 105]);
    expect(cellAt([-5, 5, 15, 25], 7)).toBe(1);
    expect(cellAt([25, 15, 5], 7)).toBe(1);
    expect(cellAt([-5, 5, 15, 25], 30)).toBeNull();
  });

  it('the base plan: its own value, or the catalog figure a preset supplies', () => {
    const inputs = sweepInputs(plan);
    expect(baseValue(plan, inputs, 'battery.pack.energyWh')).toBe(2300);
    expect(baseValue(plan, inputs, 'robot.activities[1].powerW')).toBe(500);
    // The DX-M1 preset's maximum power (5 W): not in the plan file, from the catalog.
    expect(plan.compute[0]!.maxPowerW).toBeUndefined();
    expect(baseValue(plan, inputs, 'compute[0].maxPowerW')).toBe(5);
  });
});
