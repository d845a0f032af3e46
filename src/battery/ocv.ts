import { byChemistry, type Chemistry } from './chemistry';

/** One point of an open-circuit-voltage curve: state of charge (0..1) → cell OCV in volts. */
export interface OcvPoint {
  soc: number;
  voltageV: number;
}

/**
 * A cell OCV–SoC curve as a piecewise-linear table, strictly increasing in SoC and non-decreasing in voltage.
 * Between points the curve is linear; outside the table it is held at the end values.
 */
export type OcvTable = readonly OcvPoint[];

/** [soc, voltageV] pairs, as the chemistry records hold them (src/battery/chemistries/*.ts). */
type RawTable = readonly (readonly [number, number])[];

/** Where each default table comes from (the chemistry records; also in docs/battery-data.md). */
export const OCV_SOURCES: Record<Chemistry, { cell: string; source: string; note: string }> = byChemistry(
  (c) => c.ocv.source,
);

function freezeTable(raw: RawTable): OcvTable {
  return Object.freeze(raw.map(([soc, voltageV]) => Object.freeze({ soc, voltageV })));
}

const DEFAULT_TABLES: Record<Chemistry, OcvTable> = byChemistry((c) => freezeTable(c.ocv.table));

/** The sourced default cell OCV table for a chemistry (frozen; see `OCV_SOURCES`). */
export function defaultOcvTable(chemistry: Chemistry): OcvTable {
  return DEFAULT_TABLES[chemistry];
}

const SOC_MIN = 0;
const SOC_MAX = 1;

function clampSoc(soc: number): number {
  return Math.min(SOC_MAX, Math.max(SOC_MIN, soc));
}

function pointAt(table: OcvTable, index: number): OcvPoint {
  const p = table[index];
  if (p === undefined) throw new RangeError(`OCV table has no point ${index}`);
  return p;
}

function requirePoints(table: OcvTable): void {
  if (table.length === 0) throw new RangeError('OCV table is empty');
}

/** Index i of the segment [i, i+1] whose SoC span holds `soc` (>= 2 points, soc inside the table span). */
function segmentIndex(table: OcvTable, soc: number): number {
  let lo = 0;
  let hi = table.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (pointAt(table, mid).soc <= soc) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * Cell OCV at `soc` by linear interpolation between the table points,
 * `V = V_i + (V_{i+1} − V_i)·(soc − soc_i)/(soc_{i+1} − soc_i)`.
 * Below the first or above the last point the end voltage is returned (clamped). NaN in gives NaN out.
 */
export function ocvAt(table: OcvTable, soc: number): number {
  requirePoints(table);
  if (Number.isNaN(soc)) return Number.NaN;
  const first = pointAt(table, 0);
  const last = pointAt(table, table.length - 1);
  if (soc <= first.soc) return first.voltageV;
  if (soc >= last.soc) return last.voltageV;
  const i = segmentIndex(table, soc);
  const a = pointAt(table, i);
  const b = pointAt(table, i + 1);
  return a.voltageV + ((b.voltageV - a.voltageV) * (soc - a.soc)) / (b.soc - a.soc);
}

/**
 * Inverse of `ocvAt`: the smallest SoC in [0, 1] with `ocvAt(soc) >= voltageV`.
 * Returns 0 when `voltageV <= ocv(0)` and null when `voltageV > ocv(1)` (the voltage is never reached).
 * On a flat segment the lower end wins; on a sloped one
 * `soc = soc_i + (voltageV − V_i)·(soc_{i+1} − soc_i)/(V_{i+1} − V_i)`.
 */
export function socAtOcv(table: OcvTable, voltageV: number): number | null {
  requirePoints(table);
  if (Number.isNaN(voltageV)) return null;
  if (voltageV <= ocvAt(table, SOC_MIN)) return SOC_MIN;
  if (voltageV > ocvAt(table, SOC_MAX)) return null;
  const stops = [SOC_MIN, ...breakpointsBetween(table, SOC_MIN, SOC_MAX), SOC_MAX];
  let prevSoc = SOC_MIN;
  let prevV = ocvAt(table, SOC_MIN);
  for (let k = 1; k < stops.length; k++) {
    const s = stops[k] ?? SOC_MAX;
    const v = ocvAt(table, s);
    // prevV < voltageV here (else an earlier stop would have returned), so v > prevV on this piece.
    if (v >= voltageV) return prevSoc + ((voltageV - prevV) * (s - prevSoc)) / (v - prevV);
    prevSoc = s;
    prevV = v;
  }
  return SOC_MAX;
}

/**
 * Exact integral of the piecewise-linear OCV over SoC from `socA` to `socB` (V × unit SoC; multiply by the
 * capacity in Ah for Wh at open circuit). Both ends are clamped to [0, 1]. The curve is split at the table's
 * breakpoints and each piece is a trapezoid: `∫ = Σ (s_{k+1} − s_k)·(V(s_k) + V(s_{k+1}))/2`.
 * If `socA > socB` the result is negative (−∫ from socB to socA).
 */
export function integrateOcv(table: OcvTable, socA: number, socB: number): number {
  requirePoints(table);
  const a = clampSoc(socA);
  const b = clampSoc(socB);
  if (a > b) return -integrateOcv(table, b, a);
  if (a === b) return 0;
  const stops = [a, ...breakpointsBetween(table, a, b), b];
  let sum = 0;
  let prevSoc = a;
  let prevV = ocvAt(table, a);
  for (let k = 1; k < stops.length; k++) {
    const s = stops[k] ?? b;
    const v = ocvAt(table, s);
    sum += ((s - prevSoc) * (prevV + v)) / 2;
    prevSoc = s;
    prevV = v;
  }
  return sum;
}

/**
 * The table's SoC breakpoints strictly inside the open interval between `socA` and `socB`, ascending (the
 * order of the two bounds does not matter). The simulator splits sub-steps there so each piece has a linear
 * OCV.
 */
export function breakpointsBetween(table: OcvTable, socA: number, socB: number): number[] {
  const lo = Math.min(socA, socB);
  const hi = Math.max(socA, socB);
  const out: number[] = [];
  for (const p of table) {
    if (p.soc > lo && p.soc < hi) out.push(p.soc);
  }
  return out;
}

/**
 * Energy-weighted mean cell OCV over the full SoC range: `integrateOcv(table, 0, 1)` (V). For a cell of
 * capacity Q the open-circuit energy from full to empty is `Q·meanOcvV`.
 */
export function meanOcvV(table: OcvTable): number {
  return integrateOcv(table, SOC_MIN, SOC_MAX);
}

const SOC_TOLERANCE = 1e-9;

/** One way a candidate OCV table breaks the rule of `ocvTableIssues`; `index` counts from 0. */
export type OcvTableIssue =
  | { kind: 'too-few-points'; count: number }
  | { kind: 'soc-not-finite'; index: number; soc: number }
  | { kind: 'voltage-not-finite'; index: number; voltageV: number }
  | { kind: 'voltage-not-positive'; index: number; voltageV: number }
  | { kind: 'soc-not-increasing'; index: number; soc: number; previousSoc: number }
  | { kind: 'voltage-decreasing'; index: number; voltageV: number; previousVoltageV: number }
  | { kind: 'first-not-empty'; soc: number }
  | { kind: 'last-not-full'; soc: number };

/**
 * The rule for an OCV table, written once: at least 2 points, first SoC 0 and last SoC 1 (within 1e-9), SoC
 * strictly increasing, voltage non-decreasing, every value finite and every voltage positive. Returns every
 * issue (empty when valid), by point in table order, then the two ends. `ocvTableProblems` words them; the
 * plan schema checks a plan's `ocvTable` (its `socPercent / 100`, as the pack model reads it) with the same
 * rule and words them in its own terms.
 */
export function ocvTableIssues(points: readonly OcvPoint[]): OcvTableIssue[] {
  const issues: OcvTableIssue[] = [];
  if (points.length < 2) issues.push({ kind: 'too-few-points', count: points.length });
  points.forEach((p, index) => {
    if (!Number.isFinite(p.soc)) issues.push({ kind: 'soc-not-finite', index, soc: p.soc });
    if (!Number.isFinite(p.voltageV)) {
      issues.push({ kind: 'voltage-not-finite', index, voltageV: p.voltageV });
    } else if (p.voltageV <= 0) {
      issues.push({ kind: 'voltage-not-positive', index, voltageV: p.voltageV });
    }
    if (index > 0) {
      const prev = points[index - 1];
      if (prev === undefined) return;
      if (Number.isFinite(p.soc) && Number.isFinite(prev.soc) && !(p.soc > prev.soc)) {
        issues.push({ kind: 'soc-not-increasing', index, soc: p.soc, previousSoc: prev.soc });
      }
      if (Number.isFinite(p.voltageV) && Number.isFinite(prev.voltageV) && p.voltageV < prev.voltageV) {
        issues.push({
          kind: 'voltage-decreasing',
          index,
          voltageV: p.voltageV,
          previousVoltageV: prev.voltageV,
        });
      }
    }
  });
  const first = points[0];
  const last = points[points.length - 1];
  if (first !== undefined && Number.isFinite(first.soc) && Math.abs(first.soc - SOC_MIN) > SOC_TOLERANCE) {
    issues.push({ kind: 'first-not-empty', soc: first.soc });
  }
  if (
    last !== undefined &&
    points.length >= 2 &&
    Number.isFinite(last.soc) &&
    Math.abs(last.soc - SOC_MAX) > SOC_TOLERANCE
  ) {
    issues.push({ kind: 'last-not-full', soc: last.soc });
  }
  return issues;
}

/** One issue of `ocvTableIssues` in words (points counted from 1). */
function describeOcvTableIssue(issue: OcvTableIssue): string {
  switch (issue.kind) {
    case 'too-few-points':
      return `an OCV table needs at least 2 points, got ${issue.count}`;
    case 'soc-not-finite':
      return `point ${issue.index + 1}: SoC ${issue.soc} is not a finite number`;
    case 'voltage-not-finite':
      return `point ${issue.index + 1}: voltage ${issue.voltageV} V is not a finite number`;
    case 'voltage-not-positive':
      return `point ${issue.index + 1}: voltage ${issue.voltageV} V must be positive`;
    case 'soc-not-increasing':
      return `point ${issue.index + 1}: SoC ${issue.soc} must be greater than the previous ${issue.previousSoc}`;
    case 'voltage-decreasing':
      return `point ${issue.index + 1}: voltage ${issue.voltageV} V is below the previous ${issue.previousVoltageV} V`;
    case 'first-not-empty':
      return `the first point must be at SoC 0, got ${issue.soc}`;
    case 'last-not-full':
      return `the last point must be at SoC 1, got ${issue.soc}`;
  }
}

/** Human-readable problems with a candidate OCV table (empty when valid): `ocvTableIssues` in words. */
export function ocvTableProblems(points: readonly OcvPoint[]): string[] {
  return ocvTableIssues(points).map(describeOcvTableIssue);
}
