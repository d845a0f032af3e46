/**
 * Every number in the preset catalog carries where it came from and how much to trust it.
 *
 * Confidence, best first: datasheet > manufacturer_claim > press_report > third_party_compilation > derived
 * (computed from sourced inputs) > estimate. `unsourced` means nothing was found (value null), `unverified`
 * means a claim that no source confirmed, `target` is a vendor design goal for a product that does not ship yet,
 * and `claim_implied` a figure PowerPlan works out from such a goal (the claim is its source, the arithmetic its
 * note) so that a target chip can be planned with. `fitted` is a constant PowerPlan fitted to published
 * measurements (an inference runtime's efficiency and overhead: docs/ai-validation.md lists them and the fit).
 */
export type Confidence =
  | 'datasheet'
  | 'manufacturer_claim'
  | 'press_report'
  | 'third_party_compilation'
  | 'derived'
  | 'fitted'
  | 'estimate'
  | 'unsourced'
  | 'unverified'
  | 'target'
  | 'claim_implied';

/** All confidence tags, best first. */
export const CONFIDENCES: readonly Confidence[] = [
  'datasheet',
  'manufacturer_claim',
  'press_report',
  'third_party_compilation',
  'derived',
  'fitted',
  'estimate',
  'target',
  'claim_implied',
  'unverified',
  'unsourced',
];

/** A catalog figure: the value (null when not found), its unit, an optional range and its provenance. */
export interface Sourced<T = number> {
  value: T | null;
  unit: string;
  range?: [number, number];
  source: string | null;
  confidence: Confidence;
  note?: string;
}

/** A sourced figure whose value is known. */
export type KnownSourced<T = number> = Sourced<T> & { value: T };

/** Prefix of the `source` text of every PowerPlan planning default (an assumption, never a sourced figure). */
export const PLANNING_ASSUMPTION_PREFIX = 'PowerPlan assumption:';

/** True when the figure has a value. */
export function hasValue<T>(s: Sourced<T> | undefined): s is KnownSourced<T> {
  return s !== undefined && s.value !== null;
}

/** The figure's value, or `fallback` when it has none. */
export function valueOr<T>(s: Sourced<T> | undefined, fallback: T): T {
  return hasValue(s) ? s.value : fallback;
}

/** The figure's value, or undefined when it has none. */
export function valueOf<T>(s: Sourced<T> | undefined): T | undefined {
  return hasValue(s) ? s.value : undefined;
}

/** The sourced figure when it has a value, else the planning default (which may itself be undefined). */
export function withPlanningDefault<T>(
  s: Sourced<T> | undefined,
  planningDefault: Sourced<T> | undefined,
): Sourced<T> | undefined {
  return hasValue(s) ? s : planningDefault;
}

/** A figure that was looked for and not found. */
export function unsourced<T = number>(unit: string, note?: string): Sourced<T> {
  return note === undefined
    ? { value: null, unit, source: null, confidence: 'unsourced' }
    : { value: null, unit, source: null, confidence: 'unsourced', note };
}

/** A PowerPlan planning default: an estimate, clearly labelled, never presented as a sourced figure. */
export function planningAssumption(
  value: number,
  unit: string,
  reason: string,
  range?: [number, number],
): Sourced {
  const s: Sourced = {
    value,
    unit,
    source: `${PLANNING_ASSUMPTION_PREFIX} ${reason}`,
    confidence: 'estimate',
  };
  if (range !== undefined) s.range = range;
  return s;
}

/** True when the figure is a PowerPlan planning default rather than a catalog figure. */
export function isPlanningAssumption(s: Sourced<unknown>): boolean {
  return s.source !== null && s.source.startsWith(PLANNING_ASSUMPTION_PREFIX);
}

/** Rank of a confidence tag: 0 is the most trustworthy. */
export function confidenceRank(c: Confidence): number {
  return CONFIDENCES.indexOf(c);
}

/** Structural check used by the catalog walker: does `x` look like a Sourced figure? (Tags are not validated.) */
export function isSourced(x: unknown): x is Sourced<unknown> {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  const o = x as Record<string, unknown>;
  return 'value' in o && typeof o.unit === 'string' && 'source' in o && 'confidence' in o;
}

/** Round to a few significant digits so derived defaults stay readable (e.g. 4.1666… → 4.17). */
export function roundTo(x: number, significantDigits = 3): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  return Number(x.toPrecision(significantDigits));
}
