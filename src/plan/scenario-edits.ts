import { validatePlan } from './load';
import { applyScenario, withoutScenarios } from './scenario';
import { applyChanges, planChanges, sameValue } from './scenario-diff';
import { MAX_SCENARIOS, scenarioSchema, type Scenario } from './scenario-schema';
import type { PlanInput } from './schema';

/**
 * The edits of a plan's scenarios (docs/plan-format.md, "Scenarios"): add one from the edits since a base,
 * rename, duplicate, delete, reorder, take one as the base, write its notes, add ready-made ones. Pure
 * functions from a plan document to a new one, as src/plan/edits.ts; the app's named commands wrap each as
 * one undo step. None loses what the user made: an edit that cannot be done says why and changes nothing.
 */

type Doc = PlanInput;
type ScenarioIn = NonNullable<Doc['scenarios']>[number];

/** Why a scenario edit was not done. */
export type ScenarioEditProblem =
  /** A name with no visible character. */
  | 'empty'
  /** A name over 80 characters. */
  | 'tooLong'
  /** A name another scenario has (case aside). */
  | 'duplicate'
  /** A name or a note with a control or text-direction character. */
  | 'badText'
  /** A note over 4,000 characters. */
  | 'notesTooLong'
  /** The plan has its 20 scenarios already. */
  | 'tooMany'
  /** No scenario at that position. */
  | 'noSuchScenario'
  /** No edits to keep. */
  | 'noEdits'
  /** The edits remove a part of the plan no `set` change can remove (`detail`: which). */
  | 'cannotRemove'
  /** The plan itself has problems (a scenario's base must be a valid plan). */
  | 'planInvalid'
  /** The scenario no longer applies to the plan (`detail`: why). */
  | 'doesNotApply';

export type ScenarioEdit =
  | { ok: true; doc: Doc; /** The position of the scenario the edit made or moved. */ index: number }
  | { ok: false; problem: ScenarioEditProblem; detail?: string };

const MAX_NAME = 80;
/** The longest a scenario's notes may be (characters). */
export const MAX_SCENARIO_NOTES = 4000;
const fail = (problem: ScenarioEditProblem, detail?: string): ScenarioEdit =>
  detail === undefined ? { ok: false, problem } : { ok: false, problem, detail };
const listOf = (doc: Doc): ScenarioIn[] => doc.scenarios ?? [];
const key = (name: string) => name.trim().toLowerCase();

/** The document with this list of scenarios (none: no `scenarios` at all, as a plan without them is written). */
function withList(doc: Doc, list: ScenarioIn[]): Doc {
  const base = withoutScenarios(doc);
  return list.length ? { ...base, scenarios: list } : base;
}

/** What is wrong with a scenario name for this plan (null: nothing); `except`: the scenario being renamed. */
export function scenarioNameProblem(doc: Doc, name: string, except?: number): ScenarioEditProblem | null {
  const n = name.trim();
  if (!n) return 'empty';
  if (n.length > MAX_NAME) return 'tooLong';
  if (!scenarioSchema.shape.name.safeParse(n).success) return 'badText';
  if (listOf(doc).some((s, i) => i !== except && key(s.name) === key(n))) return 'duplicate';
  return null;
}

/**
 * A name no other scenario of the plan has: `wanted` itself, else "wanted (2)", "wanted (3)"… shortened to fit
 * 80 characters. `except`: a scenario whose name does not count.
 */
export function uniqueScenarioName(doc: Doc, wanted: string, except?: number): string {
  const taken = new Set(listOf(doc).flatMap((s, i) => (i === except ? [] : [key(s.name)])));
  const stem = wanted.trim() || 'Scenario';
  for (let n = 1; ; n++) {
    const tail = n === 1 ? '' : ` (${n})`;
    const name = stem.slice(0, MAX_NAME - tail.length).trimEnd() + tail;
    if (!taken.has(key(name))) return name;
  }
}

/** A name for a new scenario: "Scenario 5" in the caller's words (`stem`), the first number free. */
export function nextScenarioName(doc: Doc, stem = 'Scenario'): string {
  const taken = new Set(listOf(doc).map((s) => key(s.name)));
  for (let n = listOf(doc).length + 1; ; n++) if (!taken.has(key(`${stem} ${n}`))) return `${stem} ${n}`;
}

function notesProblem(notes: string): ScenarioEditProblem | null {
  if (notes.length > MAX_SCENARIO_NOTES) return 'notesTooLong';
  if (!notes.trim()) return null;
  return scenarioSchema.shape.notes.safeParse(notes).success ? null : 'badText';
}

/** A scenario with these notes (blank notes: none). */
function withNotes(s: ScenarioIn, notes: string | undefined): ScenarioIn {
  const { notes: _old, ...rest } = s;
  return notes && notes.trim() ? { ...rest, notes } : rest;
}

/** Add a scenario at the end; its name is made unique ("… (2)"). */
export function addScenario(doc: Doc, s: Scenario): ScenarioEdit {
  const list = listOf(doc);
  if (list.length >= MAX_SCENARIOS) return fail('tooMany');
  const name = uniqueScenarioName(doc, s.name);
  return { ok: true, doc: withList(doc, [...list, { ...s, name }]), index: list.length };
}

/**
 * Add ready-made scenarios (the seed chips, the chips that fit, power modes, runtimes): one the plan already
 * has (the same changes) is not added twice, and none past the plan's 20. Says how many were added, already
 * there, and left out for the limit.
 */
export function addScenarios(
  doc: Doc,
  scenarios: readonly Scenario[],
): { doc: Doc; added: number; present: number; overLimit: number } {
  let out = doc;
  let added = 0;
  let present = 0;
  let overLimit = 0;
  for (const s of scenarios) {
    if (listOf(out).some((x) => sameValue(x.changes, s.changes))) present++;
    else {
      const r = addScenario(out, s);
      if (r.ok) {
        out = r.doc;
        added++;
      } else overLimit++;
    }
  }
  return { doc: out, added, present, overLimit };
}

/**
 * Keep the edits since `baseline` (the plan as opened or last saved) as a new scenario, and put the plan back
 * as it was: the scenario's changes are the smallest `set` changes from the baseline to the edited plan
 * (src/plan/scenario-diff.ts), so applying it gives the edited plan again. The plan's scenarios are the
 * edited document's (a scenario renamed meanwhile stays renamed).
 */
export function saveEditsAsScenario(doc: Doc, baseline: Doc, name: string, notes?: string): ScenarioEdit {
  const base = withoutScenarios(baseline);
  const r = planChanges(base, withoutScenarios(doc));
  if (!r.ok) return fail('cannotRemove', r.removed.join(', '));
  if (r.changes.length === 0) return fail('noEdits');
  const nameProblem = scenarioNameProblem(doc, name);
  if (nameProblem) return fail(nameProblem);
  if (notes !== undefined) {
    const p = notesProblem(notes);
    if (p) return fail(p);
  }
  const list = listOf(doc);
  if (list.length >= MAX_SCENARIOS) return fail('tooMany');
  const s = withNotes({ name: name.trim(), changes: r.changes }, notes);
  return { ok: true, doc: withList(base, [...list, s]), index: list.length };
}

function at(doc: Doc, i: number): ScenarioIn | undefined {
  return Number.isInteger(i) && i >= 0 ? listOf(doc)[i] : undefined;
}

/** Rename a scenario: trimmed, 1–80 characters, unique in the plan (case aside). */
export function renameScenario(doc: Doc, i: number, name: string): ScenarioEdit {
  const s = at(doc, i);
  if (!s) return fail('noSuchScenario');
  const problem = scenarioNameProblem(doc, name, i);
  if (problem) return fail(problem);
  const list = [...listOf(doc)];
  list[i] = { ...s, name: name.trim() };
  return { ok: true, doc: withList(doc, list), index: i };
}

/** A copy of a scenario after it, named "… (copy)" in the caller's words (`suffix`), made unique. */
export function duplicateScenario(doc: Doc, i: number, suffix = ' (copy)'): ScenarioEdit {
  const s = at(doc, i);
  if (!s) return fail('noSuchScenario');
  const list = [...listOf(doc)];
  if (list.length >= MAX_SCENARIOS) return fail('tooMany');
  const stem = s.name.slice(0, MAX_NAME - suffix.length).trimEnd() + suffix;
  const copy = { ...(JSON.parse(JSON.stringify(s)) as ScenarioIn), name: uniqueScenarioName(doc, stem) };
  list.splice(i + 1, 0, copy);
  return { ok: true, doc: withList(doc, list), index: i + 1 };
}

export function deleteScenario(doc: Doc, i: number): ScenarioEdit {
  if (!at(doc, i)) return fail('noSuchScenario');
  const list = listOf(doc).filter((_, k) => k !== i);
  return { ok: true, doc: withList(doc, list), index: Math.min(i, list.length - 1) };
}

/** Delete every scenario. */
export function deleteAllScenarios(doc: Doc): Doc {
  return withoutScenarios(doc);
}

/** Move a scenario to position `to` (clamped to the list); the others keep their order. */
export function moveScenario(doc: Doc, from: number, to: number): ScenarioEdit {
  const s = at(doc, from);
  if (!s) return fail('noSuchScenario');
  const list = [...listOf(doc)];
  const target = Math.max(0, Math.min(list.length - 1, Math.trunc(to)));
  list.splice(from, 1);
  list.splice(target, 0, s);
  return { ok: true, doc: withList(doc, list), index: target };
}

/** A scenario's notes (blank: none). */
export function setScenarioNotes(doc: Doc, i: number, notes: string): ScenarioEdit {
  const s = at(doc, i);
  if (!s) return fail('noSuchScenario');
  const problem = notesProblem(notes);
  if (problem) return fail(problem);
  const list = [...listOf(doc)];
  list[i] = withNotes(s, notes);
  return { ok: true, doc: withList(doc, list), index: i };
}

/**
 * The plan a scenario makes, as a document: its changes applied to the document as written (so the fields
 * the user left to their defaults stay unwritten), unless that reads differently from the plan the comparison
 * shows (`applyScenario` on the validated plan), which is then taken as it is.
 */
function scenarioDoc(doc: Doc, s: ScenarioIn): { ok: true; doc: Doc } | { ok: false; detail: string } {
  const v = validatePlan(doc);
  if (!v.ok) return { ok: false, detail: '' };
  const applied = applyScenario(v.plan, s as Scenario);
  if (!applied.ok)
    return { ok: false, detail: applied.errors.map((e) => `${e.path} ${e.message}`).join('; ') };
  const want = JSON.parse(JSON.stringify(applied.plan)) as Doc;
  try {
    const written = applyChanges(withoutScenarios(doc), (s as Scenario).changes);
    const check = validatePlan(written);
    if (check.ok && sameValue(JSON.parse(JSON.stringify(check.plan)), want))
      return { ok: true, doc: written };
  } catch {
    // A change that needs a default the document leaves unwritten (a `scale` of it): the validated plan.
  }
  return { ok: true, doc: want };
}

/**
 * Make a scenario's plan the base: the plan becomes what the scenario makes; the old base is kept as a
 * scenario in its place (named `previous.name`, made unique; its changes lead from the new base back to the
 * old one; its notes are `previous.notes` followed by the taken scenario's own notes, so nothing written is
 * lost); the other scenarios keep their changes, now read against the new base.
 */
export function makeScenarioBase(
  doc: Doc,
  i: number,
  previous: { name: string; notes?: string },
): ScenarioEdit {
  const s = at(doc, i);
  if (!s) return fail('noSuchScenario');
  if (!validatePlan(doc).ok) return fail('planInvalid');
  const made = scenarioDoc(doc, s);
  if (!made.ok) return fail('doesNotApply', made.detail);
  const back = planChanges(made.doc, withoutScenarios(doc));
  if (!back.ok) return fail('cannotRemove', back.removed.join(', '));
  const list = [...listOf(doc)];
  const notes = [previous.notes, s.notes].filter((x): x is string => !!x && !!x.trim());
  let note = notes.join('\n\n');
  if (note.length > MAX_SCENARIO_NOTES) note = s.notes ?? '';
  list[i] = withNotes(
    { name: uniqueScenarioName(doc, previous.name, i), changes: back.changes },
    note || undefined,
  );
  return { ok: true, doc: withList(made.doc, list), index: i };
}
