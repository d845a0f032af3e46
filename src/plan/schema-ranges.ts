import type { z } from 'zod';
import { planSchema } from './schema';

/**
 * What the plan schema allows for one numeric field, read from the schema itself (src/plan/schema.ts) so that
 * the editor, the field registry and the CLI's messages can never disagree with validation.
 */
export interface NumberRange {
  min: number;
  max: number;
  /** The minimum itself is not allowed (`> min`). */
  exclusiveMin: boolean;
  integer: boolean;
  /** The schema's default, when it has one. */
  defaultValue?: number;
}

type Node = z.core.$ZodType;

interface Def {
  type: string;
  innerType?: Node;
  shape?: Record<string, Node>;
  element?: Node;
  valueType?: Node;
  options?: Node[];
  in?: Node;
  checks?: { _zod: { def: { check: string; value?: number; inclusive?: boolean; format?: string } } }[];
  defaultValue?: unknown;
}

const defOf = (n: Node): Def => (n as unknown as { _zod: { def: Def } })._zod.def;

/** Follow optional/default/nullable/pipe wrappers to the value schema, remembering a default. */
function unwrap(n: Node): { node: Node; defaultValue?: unknown } {
  let node = n;
  let defaultValue: unknown;
  for (let i = 0; i < 10; i++) {
    const d = defOf(node);
    if (d.type === 'default' && d.innerType) {
      defaultValue ??=
        typeof d.defaultValue === 'function' ? (d.defaultValue as () => unknown)() : d.defaultValue;
      node = d.innerType;
    } else if ((d.type === 'optional' || d.type === 'nullable' || d.type === 'readonly') && d.innerType)
      node = d.innerType;
    else if (d.type === 'pipe' && d.in) node = d.in;
    else break;
  }
  return defaultValue === undefined ? { node } : { node, defaultValue };
}

/**
 * The schema at a path pattern (`battery.pack.energyWh`, `robot.activities[].powerW`,
 * `dutyCycle.segments[].compute{}.utilisationPercent`): `[]` steps into a list, `{}` into a record; in a
 * union (segment kinds, workload kinds) the first member that has the next key is taken.
 */
export function schemaAt(pattern: string): { node: Node; defaultValue?: unknown } | null {
  const parts = pattern.match(/[^.[\]{}]+|\[\]|\{\}/g) ?? [];
  let cur = unwrap(planSchema as unknown as Node);
  for (const part of parts) {
    let d = defOf(cur.node);
    if (part === '[]') {
      if (d.type !== 'array' || !d.element) return null;
      cur = unwrap(d.element);
      continue;
    }
    if (part === '{}') {
      if (d.type !== 'record' || !d.valueType) return null;
      cur = unwrap(d.valueType);
      continue;
    }
    if (d.type === 'union' && d.options) {
      const hit = d.options.map((o) => unwrap(o).node).find((o) => defOf(o).shape?.[part] !== undefined);
      if (!hit) return null;
      d = defOf(hit);
    }
    const next = d.shape?.[part];
    if (!next) return null;
    cur = unwrap(next);
  }
  return cur;
}

/** The allowed range of a numeric field at a path pattern (null when the pattern is not a number). */
export function numberRange(pattern: string): NumberRange | null {
  const at = schemaAt(pattern);
  if (!at || defOf(at.node).type !== 'number') return null;
  const r: NumberRange = { min: -Infinity, max: Infinity, exclusiveMin: false, integer: false };
  for (const c of defOf(at.node).checks ?? []) {
    const cd = c._zod.def;
    if (cd.check === 'greater_than' && cd.value !== undefined) {
      r.min = cd.value;
      r.exclusiveMin = cd.inclusive === false;
    } else if (cd.check === 'less_than' && cd.value !== undefined) r.max = cd.value;
    else if (cd.check === 'number_format' && /int/.test(cd.format ?? '')) r.integer = true;
  }
  if (typeof at.defaultValue === 'number') r.defaultValue = at.defaultValue;
  return r;
}

/** Whether `value` is inside `range` (the field-level check; cross-field rules are the schema's). */
export function inRange(value: number, range: NumberRange): boolean {
  if (!Number.isFinite(value)) return false;
  if (range.integer && !Number.isInteger(value)) return false;
  if (range.exclusiveMin ? !(value > range.min) : !(value >= range.min)) return false;
  return value <= range.max;
}
