import type { z } from 'zod';
import { applyScenario } from './scenario';
import { escapeInline } from '../text/safe-text';
import { migrateToCurrent } from './migrate';
import { PLAN_FORMAT, planSchema, type Plan } from './schema';

/** One problem with a plan: where (a JSON path such as `battery.cells.series`) and what is wrong. */
export interface PlanError {
  path: string;
  message: string;
}

/**
 * A plan read: the plan, or every problem. A valid plan whose scenarios do not all apply is still the plan: its
 * scenarios' problems are `scenarioErrors` (at `scenarios[i]`, naming the scenario and the field), so an edit a
 * scenario cannot follow never locks the user out of the plan; `validate`, compare and `--scenario` report them.
 */
export type PlanResult =
  | { ok: true; plan: Plan; migratedFrom?: number; notices: string[]; scenarioErrors: PlanError[] }
  | { ok: false; errors: PlanError[] };

/** Largest plan file PowerPlan reads (a real plan is a few kilobytes). */
export const MAX_PLAN_BYTES = 5 * 1024 * 1024;
/** Deepest JSON nesting accepted (a plan nests about 6 levels). */
export const MAX_PLAN_DEPTH = 32;

/**
 * `a.b[2].c` from a zod path. A key that is not a plain name (an unknown key from the file, which may hold
 * anything) is quoted and escaped: `robot["bad\u{1b}[2J"]`, so it can never act on a terminal.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && /^[A-Za-z_$][\w$-]*$/.test(part)) out += out ? `.${part}` : part;
    else out += `[${escapeInline(JSON.stringify(String(part)))}]`;
  }
  return out || '(plan)';
}

function issueToErrors(issue: z.core.$ZodIssue): PlanError[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: formatPath([...issue.path, key]),
      message: 'is not a field of the plan format (check the spelling; see docs/plan-format.md)',
    }));
  }
  if (issue.code === 'invalid_union' && 'errors' in issue && issue.errors.length > 0) {
    // Discriminated unions report the branch's issues; plain unions, the first branch's.
    const first = issue.errors[0]!;
    if (first.length > 0)
      return first.flatMap((sub) => issueToErrors({ ...sub, path: [...issue.path, ...sub.path] }));
  }
  return [{ path: formatPath(issue.path), message: plainMessage(issue.message) }];
}

/** zod's generic "Invalid input: expected object, received null" → "must be an object (got null)". */
function plainMessage(message: string): string {
  const m = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
  if (!m) return message;
  const article = /^[aeiou]/.test(m[1]!) ? 'an' : 'a';
  return `must be ${article} ${m[1]} (got ${m[2]})`;
}

/** Depth of nested arrays/objects, stopping as soon as `limit` is passed (iterative: no stack overflow). */
export function jsonDepthExceeds(value: unknown, limit: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth > limit) return true;
    for (const child of Object.values(v as object)) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Each of a plan's scenarios applied to it and validated like a plan: a change that makes the plan invalid is
 * an error at that scenario (`scenarios[i]`), naming it and the field.
 */
export function checkScenarios(plan: Plan): PlanError[] {
  const errors: PlanError[] = [];
  for (const [i, s] of (plan.scenarios ?? []).entries()) {
    const r = applyScenario(plan, s);
    if (!r.ok)
      for (const e of r.errors)
        errors.push({ path: `scenarios[${i}]`, message: `“${s.name}”: ${e.path} ${e.message}` });
  }
  return errors;
}

/** Validate an already-parsed JSON value as a plan: format check, migration, schema, its scenarios. */
export function validatePlan(doc: unknown): PlanResult {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return { ok: false, errors: [{ path: '(plan)', message: 'must be a JSON object (a PowerPlan plan)' }] };
  }
  if (jsonDepthExceeds(doc, MAX_PLAN_DEPTH)) {
    return {
      ok: false,
      errors: [
        { path: '(plan)', message: `is nested deeper than ${MAX_PLAN_DEPTH} levels; not a PowerPlan plan` },
      ],
    };
  }
  const record = doc as Record<string, unknown>;
  if (record.format !== PLAN_FORMAT) {
    return {
      ok: false,
      errors: [{ path: 'format', message: `must be "${PLAN_FORMAT}" (this file is not a PowerPlan plan)` }],
    };
  }
  const migrated = migrateToCurrent(record);
  if (!migrated.ok) return { ok: false, errors: [{ path: migrated.path, message: migrated.message }] };
  const parsed = planSchema.safeParse(migrated.doc);
  if (!parsed.success) return { ok: false, errors: parsed.error.issues.flatMap(issueToErrors) };
  const scenarioErrors = checkScenarios(parsed.data);
  const notices = migrated.applied.map((m) => `migrated from format version ${migrated.fromVersion}: ${m}`);
  return migrated.fromVersion < parsed.data.version
    ? { ok: true, plan: parsed.data, migratedFrom: migrated.fromVersion, notices, scenarioErrors }
    : { ok: true, plan: parsed.data, notices, scenarioErrors };
}

/** Parse and validate plan text (the content of a `.powerplan.json` file). Never throws. */
export function parsePlanText(text: string): PlanResult {
  if (text.length > MAX_PLAN_BYTES) {
    return {
      ok: false,
      errors: [
        {
          path: '(file)',
          message: `is ${(text.length / 1024 / 1024).toFixed(1)} MB; plan files are limited to ${MAX_PLAN_BYTES / 1024 / 1024} MB`,
        },
      ],
    };
  }
  if (text.includes('\u0000')) {
    return { ok: false, errors: [{ path: '(file)', message: 'is a binary file, not a JSON plan' }] };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [{ path: '(file)', message: `is not valid JSON: ${detail}` }] };
  }
  return validatePlan(doc);
}

/**
 * The text a plan is saved as: pretty-printed (two-space indent) when that fits the open limit, compact when
 * only that does, null when even compact JSON is over it — a plan that saves must reopen.
 */
export function planFileText(doc: unknown): string | null {
  const bytes = (t: string) => new TextEncoder().encode(t).length;
  const pretty = JSON.stringify(doc, null, 2) + '\n';
  if (bytes(pretty) <= MAX_PLAN_BYTES) return pretty;
  const compact = JSON.stringify(doc) + '\n';
  return bytes(compact) <= MAX_PLAN_BYTES ? compact : null;
}
