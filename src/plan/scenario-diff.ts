import { formatPathParts, type PathPart } from './paths';
import { applyChange } from './scenario';
import type { Change } from './scenario-schema';

/**
 * The edits between two plan documents as scenario changes (docs/plan-format.md, "Scenarios"): the smallest
 * `set` changes that turn `base` into `edited`. The app keeps "the edits since the plan was opened" as a
 * scenario this way, and "make this the base" keeps the old base as one.
 */

type Doc = Record<string, unknown>;

/** At most this many changes in a scenario (the scenario schema's limit). */
export const MAX_SCENARIO_CHANGES = 100;
/** A field path's longest form (the scenario schema's limit). */
const MAX_PATH_LENGTH = 200;
/** A path part a field path can name (src/plan/paths.ts). */
const NAMEABLE_KEY = /^[A-Za-z_$][\w$-]*$/;
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const isObject = (x: unknown): x is Doc => x !== null && typeof x === 'object' && !Array.isArray(x);

/** The keys of an object that hold a value (a key set to `undefined` is no key in the file). */
const keysOf = (o: Doc) => Object.keys(o).filter((k) => o[k] !== undefined);

/** Whether two JSON values are the same (key order aside; a key set to `undefined` counts as absent). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameValue(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const ka = keysOf(a);
    const kb = keysOf(b);
    return ka.length === kb.length && ka.every((k) => b[k] !== undefined && sameValue(a[k], b[k]));
  }
  return false;
}

/** A plain copy of a JSON value (what a change carries: never a reference into the edited document). */
const copy = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

const nameable = (k: string) => NAMEABLE_KEY.test(k) && !UNSAFE_KEYS.has(k);

/**
 * The differences under `parts`: recurse into objects and same-length lists, and set a value whole where the
 * parts below cannot say it (a list whose length changed, a key removed, a key no path can name, a path
 * too long, or deeper than `maxDepth`).
 */
function walk(a: unknown, b: unknown, parts: PathPart[], maxDepth: number, out: Change[]): void {
  const set = () => void out.push({ op: 'set', path: formatPathParts(parts), value: copy(b) });
  if (parts.length >= maxDepth) return set();
  let children: PathPart[];
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    children = a.map((_, i) => i).filter((i) => !sameValue(a[i], b[i]));
  } else if (isObject(a) && isObject(b)) {
    // A key the edit removed cannot be set: the object is set whole.
    if (keysOf(a).some((k) => b[k] === undefined)) return set();
    const keys = keysOf(b).filter((k) => !sameValue(a[k], b[k]));
    if (keys.some((k) => !nameable(k))) return set();
    children = keys;
  } else return set();
  if (children.some((k) => formatPathParts([...parts, k]).length > MAX_PATH_LENGTH)) return set();
  for (const k of children) {
    const ka = (a as Record<PathPart, unknown>)[k];
    const kb = (b as Record<PathPart, unknown>)[k];
    walk(ka, kb, [...parts, k], maxDepth, out);
  }
}

/** The changes from `base` to `edited` with no path deeper than `maxDepth` parts. */
function changesAtDepth(base: Doc, edited: Doc, maxDepth: number): Change[] {
  const out: Change[] = [];
  for (const k of keysOf(edited)) {
    if (k === 'scenarios' || sameValue(base[k], edited[k])) continue;
    walk(base[k], edited[k], [k], maxDepth, out);
  }
  return out;
}

/** The result of reading an edit as scenario changes: the changes, or the top-level parts it removed. */
export type PlanChanges = { ok: true; changes: Change[] } | { ok: false; removed: string[] };

/**
 * The edits from `base` to `edited` as `set` changes, the smallest first: a field that changed is set alone
 * (`battery.pack.energyWh`), objects and same-length lists are compared part by part, and a list whose length
 * changed, or an object that lost a key, is set whole. `applyChange` of each in turn on `base` gives `edited`
 * (the plans' `scenarios` aside). When that would take more than 100 changes, the changes are taken a level
 * higher until they fit. A part of the plan the edit removed at the top (the charger) cannot be a `set`: the
 * answer is then `ok: false` with those parts.
 */
export function planChanges(base: object, edited: object): PlanChanges {
  const a = base as Doc;
  const b = edited as Doc;
  const removed = keysOf(a).filter((k) => k !== 'scenarios' && b[k] === undefined);
  if (removed.length) return { ok: false, removed };
  let changes = changesAtDepth(a, b, Number.POSITIVE_INFINITY);
  for (let depth = 6; changes.length > MAX_SCENARIO_CHANGES && depth >= 1; depth--)
    changes = changesAtDepth(a, b, depth);
  return { ok: true, changes };
}

/**
 * `planChanges` for callers that know the edit removed nothing at the top: the changes, or a RangeError
 * naming what cannot be a `set`.
 */
export function changesBetween(base: object, edited: object): Change[] {
  const r = planChanges(base, edited);
  if (!r.ok) throw new RangeError(`a scenario cannot remove ${r.removed.join(', ')} from the plan`);
  return r.changes;
}

/** Changes applied in turn to a plan document, unvalidated (src/plan/scenario.ts `applyChange`). */
export function applyChanges<T extends object>(doc: T, changes: readonly Change[]): T {
  let out = doc as unknown as Doc;
  for (const c of changes) out = applyChange(out, c);
  return out as unknown as T;
}
