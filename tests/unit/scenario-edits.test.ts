import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compare,
  describeScenario,
  powerModeScenarios,
  runtimeScenarios,
  screenChips,
  seedChipScenarios,
} from '../../src/analysis';
import { ACCELERATORS, CELLS } from '../../src/catalog';
import { addWorkload, newSegmentAfter, packToCells, withChip } from '../../src/plan/edits';
import { validatePlan } from '../../src/plan/load';
import { applyScenario, withoutScenarios } from '../../src/plan/scenario';
import { applyChanges, changesBetween, planChanges } from '../../src/plan/scenario-diff';
import {
  addScenario,
  addScenarios,
  deleteScenario,
  duplicateScenario,
  makeScenarioBase,
  MAX_SCENARIO_NOTES,
  moveScenario,
  nextScenarioName,
  renameScenario,
  saveEditsAsScenario,
  scenarioNameProblem,
  setScenarioNotes,
  uniqueScenarioName,
} from '../../src/plan/scenario-edits';
import { changeSchema, type Change } from '../../src/plan/scenario-schema';
import type { Plan, PlanInput } from '../../src/plan/schema';
import { ROOT } from './plan-helpers';

// The scenario edits the app's Scenarios panel makes (src/plan/scenario-edits.ts): a plan's edits kept as
// `set` changes that give the edited plan back exactly, and the list's own edits, none losing what was made.

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const EXAMPLE_FILES = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.powerplan.json'));
const readDoc = (f: string) => JSON.parse(readFileSync(join(ROOT, 'examples', f), 'utf8')) as PlanInput;
const OPTIMUS = () => readDoc('optimus-class-dx-m1.powerplan.json');
const json = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown;
const planOf = (doc: unknown): Plan => {
  const r = validatePlan(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.plan;
};
const names = (doc: PlanInput) => (doc.scenarios ?? []).map((s) => s.name);
function ok<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r as Extract<T, { ok: true }>;
}

/** What the changes are held to: the scenario schema, and `applyChange` of each in turn gives `edited`. */
function expectReproduces(base: object, edited: object): Change[] {
  const changes = changesBetween(base, edited);
  expect(changes.length).toBeLessThanOrEqual(100);
  for (const c of changes) {
    expect(changeSchema.safeParse(json(c)).success, JSON.stringify(c)).toBe(true);
    expect(c.op).toBe('set');
  }
  // Through a file and back, as a saved plan carries them.
  const after = applyChanges(withoutScenarios(base), json(changes) as Change[]);
  expect(json(after)).toEqual(json(withoutScenarios(edited)));
  return changes;
}

/** When both plans are valid, the scenario on the validated base is the validated edited plan. */
function expectSamePlan(base: object, edited: object, changes: Change[]) {
  const b = validatePlan(base);
  const e = validatePlan(edited);
  if (!b.ok || !e.ok) return false;
  const applied = applyScenario(b.plan, { name: 'x', changes: json(changes) as Change[] });
  expect(applied.ok, JSON.stringify(applied)).toBe(true);
  if (applied.ok) expect(json(applied.plan)).toEqual(json(withoutScenarios(e.plan)));
  return true;
}

describe('changesBetween: the smallest set changes', () => {
  it('one field changed is one set of that field', () => {
    const base = OPTIMUS();
    const edited = json(base) as PlanInput;
    edited.battery.pack!.energyWh = 3000;
    expect(expectReproduces(base, edited)).toEqual([
      { op: 'set', path: 'battery.pack.energyWh', value: 3000 },
    ]);
    expect(changesBetween(base, base)).toEqual([]);
  });

  it('same-length lists are compared item by item; a list whose length changed is set whole', () => {
    const base = OPTIMUS();
    const retimed = json(base) as PlanInput;
    retimed.dutyCycle.segments[1]!.durationMin = 55;
    expect(expectReproduces(base, retimed)).toEqual([
      { op: 'set', path: 'dutyCycle.segments[1].durationMin', value: 55 },
    ]);
    const added = json(base) as PlanInput;
    added.dutyCycle.segments.splice(1, 0, newSegmentAfter(base, 0));
    const changes = expectReproduces(base, added);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ op: 'set', path: 'dutyCycle.segments' });
    expect(expectSamePlan(base, added, changes)).toBe(true);
  });

  it('a key removed inside the plan sets its object whole; removed at the top it cannot be a set', () => {
    const base = OPTIMUS();
    const cells = { ...base, battery: packToCells(base.battery, CELLS[0]!.id) };
    const changes = expectReproduces(base, cells);
    expect(changes.map((c) => c.op === 'set' && c.path)).toEqual(['battery']);
    expect(expectSamePlan(base, cells, changes)).toBe(true);
    const { charger: _c, ...noCharger } = base;
    expect(planChanges(base, noCharger)).toEqual({ ok: false, removed: ['charger'] });
    expect(() => changesBetween(base, noCharger)).toThrow(/cannot remove charger/);
    // Adding it back is a set.
    expect(expectReproduces(noCharger, base)).toEqual([{ op: 'set', path: 'charger', value: base.charger }]);
  });

  it('a chip swap reproduces the plan with the new chip (the device set field by field or whole)', () => {
    const base = OPTIMUS();
    for (const chip of ['jetson-agx-orin-64gb', 'deepx-dx-m2', 'hailo-10h']) {
      if (!ACCELERATORS.some((a) => a.id === chip)) continue;
      const edited = { ...base, compute: [withChip(base.compute![0]!, chip)] };
      const changes = expectReproduces(base, edited);
      for (const c of changes) expect(c.op === 'set' && c.path.startsWith('compute[0]')).toBe(true);
      expectSamePlan(base, edited, changes);
    }
  });

  it('the scenarios of either plan are not part of the edit', () => {
    const base = OPTIMUS();
    const edited = { ...(json(base) as PlanInput), scenarios: [] };
    edited.targets!.runtimeHours = 6;
    expect(changesBetween(base, edited)).toEqual([{ op: 'set', path: 'targets.runtimeHours', value: 6 }]);
  });

  it('more than 100 changes are taken a level higher until they fit', () => {
    const base = OPTIMUS();
    const edited = json(base) as PlanInput;
    edited.dutyCycle.segments = Array.from({ length: 60 }, (_, i) => ({
      kind: 'activity' as const,
      activity: i % 2 ? 'sit' : 'walk',
      durationMin: 5,
    }));
    const wide = json(edited) as PlanInput;
    const longer = json(edited) as PlanInput;
    (longer.dutyCycle.segments as { durationMin: number }[]).forEach((s, i) => (s.durationMin = 6 + i));
    (longer.dutyCycle.segments as { label?: string }[]).forEach((s, i) => (s.label = `Step ${i}`));
    const changes = expectReproduces(wide, longer);
    expect(changes.length).toBeLessThanOrEqual(100);
    expect(changes.length).toBeGreaterThan(0);
    expectSamePlan(wide, longer, changes);
  });

  it('a key no field path can name is set with its object', () => {
    const base = json(OPTIMUS()) as PlanInput & { robot: Record<string, unknown> };
    const edited = json(base) as typeof base;
    (edited.dutyCycle.segments[0] as { compute: Record<string, unknown> }).compute['1st-npu'] = {
      utilisationPercent: 5,
    };
    const changes = expectReproduces(base, edited);
    expect(changes).toEqual([
      {
        op: 'set',
        path: 'dutyCycle.segments[0].compute',
        value: (edited.dutyCycle.segments[0] as { compute: unknown }).compute,
      },
    ]);
  });
});

/** One random edit of a JSON tree, in place: change, remove or add a value, grow or shrink a list. */
type Edit = { pick: number; action: number; num: number; str: string };
const KEYS = ['extra', 'label', '9lives', 'with space', 'x-y', '$note'];

function paths(node: unknown, parts: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(parts);
  if (Array.isArray(node)) node.forEach((n, i) => paths(n, [...parts, i], out));
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) if (k !== 'scenarios') paths(v, [...parts, k], out);
  return out;
}

function applyEdit(doc: Record<string, unknown>, e: Edit): void {
  const all = paths(doc).filter((p) => p.length > 0);
  const p = all[e.pick % all.length]!;
  let parent: Record<string | number, unknown> = doc;
  for (const k of p.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const k = p.at(-1)!;
  const v = parent[k];
  switch (e.action % 7) {
    case 0: // a new number or text
      parent[k] = typeof v === 'string' ? e.str : e.num;
      break;
    case 1: // remove it (a list item, or a key)
      if (Array.isArray(parent)) parent.splice(k as number, 1);
      else if (p.length > 1 || e.pick % 5 === 0) delete parent[k];
      break;
    case 2: // add a key to an object, or an item to a list
      if (Array.isArray(v)) v.push(json(v[0] ?? e.num));
      else if (v && typeof v === 'object')
        (v as Record<string, unknown>)[KEYS[e.pick % KEYS.length]!] = e.num;
      else parent[k] = { value: e.num };
      break;
    case 3: // another type
      parent[k] = Array.isArray(v) ? { list: v.length } : v && typeof v === 'object' ? [e.num] : [v];
      break;
    case 4: // a boolean flipped, or null
      parent[k] = typeof v === 'boolean' ? !v : null;
      break;
    default: // a number scaled (the edits people make most)
      if (typeof v === 'number') parent[k] = v * (0.5 + (e.num % 1));
  }
}

const editArb = fc.record({
  pick: fc.nat(),
  action: fc.nat(),
  num: fc.double({ min: 0, max: 10_000, noNaN: true }),
  str: fc.string({ maxLength: 12 }),
});

describe('changesBetween on random edits of the examples (fast-check)', () => {
  it('applying the changes to the base gives the edited document exactly; the top-level removals are named', () => {
    let same = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...EXAMPLE_FILES),
        fc.array(editArb, { minLength: 1, maxLength: 6 }),
        (file, edits) => {
          const base = readDoc(file);
          const edited = json(base) as Record<string, unknown>;
          for (const e of edits) applyEdit(edited, e);
          const r = planChanges(base, edited);
          const removed = Object.keys(base).filter((k) => k !== 'scenarios' && !(k in edited));
          if (removed.length) {
            expect(r).toEqual({ ok: false, removed });
            return;
          }
          const changes = expectReproduces(base, edited);
          if (expectSamePlan(base, edited, changes)) same++;
        },
      ),
      { numRuns: FUZZ_RUNS, seed: 20260613 },
    );
    expect(same).toBeGreaterThan(0);
  });

  it('valid edits (numbers scaled, a chip, cells, a segment, a workload): the scenario is the edited plan', () => {
    const chips = ACCELERATORS.filter((a) => a.status !== 'reference').map((a) => a.id);
    let valid = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(...EXAMPLE_FILES),
        fc.array(fc.tuple(fc.nat(), fc.double({ min: 0.8, max: 1.2, noNaN: true })), { maxLength: 5 }),
        fc.constantFrom('none', 'chip', 'cells', 'segment', 'workload'),
        fc.nat(),
        (file, scales, domain, n) => {
          const base = readDoc(file);
          let edited = json(base) as PlanInput;
          for (const [pick, f] of scales) {
            const all = paths(edited).filter((p) => p.length > 0);
            const p = all[pick % all.length]!;
            let parent = edited as unknown as Record<string | number, unknown>;
            for (const k of p.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
            const v = parent[p.at(-1)!];
            if (typeof v === 'number' && !/version|series|parallel|repeat|count/.test(p.join('.')))
              parent[p.at(-1)!] = v * f;
          }
          if (domain === 'chip' && edited.compute?.length)
            edited = { ...edited, compute: [withChip(edited.compute[0]!, chips[n % chips.length]!)] };
          if (domain === 'cells' && edited.battery.pack)
            edited = { ...edited, battery: packToCells(edited.battery, CELLS[n % CELLS.length]!.id) };
          if (domain === 'segment') {
            const segments = [...edited.dutyCycle.segments];
            segments.splice(1, 0, newSegmentAfter(edited, 0));
            edited = { ...edited, dutyCycle: { ...edited.dutyCycle, segments } };
          }
          if (domain === 'workload') edited = addWorkload(edited, 'vision', { segmentIndex: 0 }).plan;
          const changes = expectReproduces(base, edited);
          if (expectSamePlan(base, edited, changes)) valid++;
        },
      ),
      { numRuns: Math.max(20, Math.round(FUZZ_RUNS / 5)), seed: 20260614 },
    );
    expect(valid).toBeGreaterThan(0);
  });
});

describe('the scenario list edits', () => {
  it('names: trimmed, 1–80 characters, unique in the plan case aside', () => {
    const doc = OPTIMUS();
    expect(scenarioNameProblem(doc, '   ')).toBe('empty');
    expect(scenarioNameProblem(doc, 'x'.repeat(81))).toBe('tooLong');
    expect(scenarioNameProblem(doc, ` ${'x'.repeat(80)} `)).toBeNull();
    expect(scenarioNameProblem(doc, '3 KWH PACK')).toBe('duplicate');
    expect(scenarioNameProblem(doc, '3 kWh pack', 2)).toBeNull();
    expect(scenarioNameProblem(doc, 'a\u202eb')).toBe('badText');
    expect(uniqueScenarioName(doc, '3 kWh pack')).toBe('3 kWh pack (2)');
    expect(uniqueScenarioName(doc, 'x'.repeat(80)).length).toBe(80);
    expect(nextScenarioName(doc)).toBe('Scenario 5');
    expect(nextScenarioName(doc, '시나리오')).toBe('시나리오 5');
  });

  it('rename keeps the changes and notes; a bad name changes nothing and says why', () => {
    const doc = OPTIMUS();
    const r = ok(renameScenario(doc, 2, '  Bigger pack  '));
    expect(names(r.doc)).toEqual([
      'GPU-class module',
      'DX-M2 target',
      'Bigger pack',
      'Assistant while walking too',
    ]);
    expect(r.doc.scenarios![2]!.changes).toEqual(doc.scenarios![2]!.changes);
    expect(r.doc.scenarios![2]!.notes).toBe(doc.scenarios![2]!.notes);
    expect(renameScenario(doc, 2, 'gpu-class MODULE')).toEqual({ ok: false, problem: 'duplicate' });
    expect(renameScenario(doc, 9, 'x')).toEqual({ ok: false, problem: 'noSuchScenario' });
    expect(doc.scenarios![2]!.name).toBe('3 kWh pack');
  });

  it('duplicate: "… (copy)" after it, a fresh name each time; delete; move; notes', () => {
    const doc = OPTIMUS();
    const d1 = ok(duplicateScenario(doc, 0));
    expect(names(d1.doc).slice(0, 2)).toEqual(['GPU-class module', 'GPU-class module (copy)']);
    expect(d1.index).toBe(1);
    const d2 = ok(duplicateScenario(d1.doc, 0, ' (사본)'));
    expect(names(d2.doc)[1]).toBe('GPU-class module (사본)');
    const d3 = ok(duplicateScenario(d2.doc, 0));
    expect(names(d3.doc)[1]).toBe('GPU-class module (copy) (2)');
    expect(d3.doc.scenarios![1]!.changes).toEqual(doc.scenarios![0]!.changes);

    const del = ok(deleteScenario(doc, 1));
    expect(names(del.doc)).toEqual(['GPU-class module', '3 kWh pack', 'Assistant while walking too']);
    const none = [0, 0, 0, 0].reduce((d, i) => ok(deleteScenario(d, i)).doc, doc);
    expect('scenarios' in none).toBe(false);
    expect(planOf(none).scenarios).toBeUndefined();

    const down = ok(moveScenario(doc, 0, 1));
    expect(names(down.doc).slice(0, 2)).toEqual(['DX-M2 target', 'GPU-class module']);
    const last = ok(moveScenario(doc, 0, 99));
    expect(names(last.doc).at(-1)).toBe('GPU-class module');
    expect(last.index).toBe(3);

    const noted = ok(setScenarioNotes(doc, 0, 'Ask NVIDIA for the 30 W mode figures.'));
    expect(noted.doc.scenarios![0]!.notes).toBe('Ask NVIDIA for the 30 W mode figures.');
    const blank = ok(setScenarioNotes(doc, 0, '  '));
    expect('notes' in blank.doc.scenarios![0]!).toBe(false);
    expect(MAX_SCENARIO_NOTES).toBe(4000);
    expect(setScenarioNotes(doc, 0, 'x'.repeat(MAX_SCENARIO_NOTES)).ok).toBe(true);
    expect(setScenarioNotes(doc, 0, 'x'.repeat(4001))).toEqual({ ok: false, problem: 'notesTooLong' });
    // Every result is a valid plan, and the input is untouched.
    for (const r of [d3, del, down, last, noted, blank]) expect(validatePlan(r.doc).ok).toBe(true);
    expect(json(doc)).toEqual(json(OPTIMUS()));
  });

  it('at most 20 scenarios: adding past them says so; ready-made ones already there are not added twice', () => {
    let doc = OPTIMUS();
    const seed = seedChipScenarios('npu');
    const first = addScenarios(doc, seed);
    // The example has the GPU-class module and the DX-M2 target already (the same swaps, other names).
    expect(first).toMatchObject({ added: 2, present: 2, overLimit: 0 });
    expect(addScenarios(first.doc, seed)).toMatchObject({ added: 0, present: 4 });
    doc = first.doc;
    for (let i = 0; doc.scenarios!.length < 20; i++)
      doc = ok(
        addScenario(doc, { name: 'More', changes: [{ op: 'set', path: 'name', value: `P${i}` }] }),
      ).doc;
    expect(names(doc).filter((n) => n.startsWith('More'))).toContain('More (2)');
    expect(addScenario(doc, { name: 'One more', changes: [] })).toEqual({ ok: false, problem: 'tooMany' });
    expect(duplicateScenario(doc, 0)).toEqual({ ok: false, problem: 'tooMany' });
    const plan = planOf(doc);
    const fit = screenChips(plan, 'npu').fit;
    const more = addScenarios(doc, fit);
    expect(more.added).toBe(0);
    expect(more.overLimit + more.present).toBe(fit.length);
    expect(validatePlan(doc).ok).toBe(true);
  });
});

describe('save the edits as a scenario', () => {
  it('the edits since the baseline become a scenario and the plan goes back to the baseline', () => {
    const baseline = OPTIMUS();
    const edited = json(baseline) as PlanInput;
    edited.battery.pack!.energyWh = 3000;
    edited.dutyCycle.segments[0]!.durationMin = 25;
    // A scenario renamed meanwhile stays renamed.
    edited.scenarios![0]!.name = 'Orin module';
    const r = ok(saveEditsAsScenario(edited, baseline, ' Longer walk, bigger pack ', 'Why not both?'));
    expect(r.index).toBe(4);
    expect(r.doc.battery.pack!.energyWh).toBe(2300);
    expect(json(withoutScenarios(r.doc))).toEqual(json(withoutScenarios(baseline)));
    expect(names(r.doc)).toEqual([
      'Orin module',
      'DX-M2 target',
      '3 kWh pack',
      'Assistant while walking too',
      'Longer walk, bigger pack',
    ]);
    const s = r.doc.scenarios![4]!;
    expect(s).toEqual({
      name: 'Longer walk, bigger pack',
      notes: 'Why not both?',
      changes: [
        { op: 'set', path: 'battery.pack.energyWh', value: 3000 },
        { op: 'set', path: 'dutyCycle.segments[0].durationMin', value: 25 },
      ],
    });
    const v = validatePlan(r.doc);
    expect(v.ok && v.scenarioErrors).toEqual([]);
    const applied = ok(applyScenario(planOf(r.doc), s as never));
    expect(json(applied.plan)).toEqual(json(withoutScenarios(planOf(edited))));
  });

  it('nothing to keep, a removed charger, a taken name, 20 scenarios: says why and changes nothing', () => {
    const baseline = OPTIMUS();
    expect(saveEditsAsScenario(baseline, baseline, 'X')).toEqual({ ok: false, problem: 'noEdits' });
    const { charger: _c, ...noCharger } = baseline;
    expect(saveEditsAsScenario(noCharger, baseline, 'X')).toEqual({
      ok: false,
      problem: 'cannotRemove',
      detail: 'charger',
    });
    const edited = { ...baseline, name: 'Renamed plan' };
    expect(saveEditsAsScenario(edited, baseline, '3 kWh PACK')).toEqual({ ok: false, problem: 'duplicate' });
    // The plan's 20 scenarios: the name is checked first (the app says that problem before the limit).
    let full: PlanInput = edited;
    for (let i = 0; full.scenarios!.length < 20; i++)
      full = ok(
        addScenario(full, { name: `S${i}`, changes: [{ op: 'set', path: 'name', value: `P${i}` }] }),
      ).doc;
    expect(saveEditsAsScenario(full, baseline, 'Scenario 21')).toEqual({ ok: false, problem: 'tooMany' });
    expect(saveEditsAsScenario(full, baseline, 'S3')).toEqual({ ok: false, problem: 'duplicate' });
  });
});

describe('make a scenario the base', () => {
  it('the scenario becomes the plan; the old base is kept as "Previous base" in its place', () => {
    const doc = OPTIMUS();
    const before = compare(planOf(doc), planOf(doc).scenarios!);
    const r = ok(
      makeScenarioBase(doc, 2, { name: 'Previous base', notes: 'Before “3 kWh pack” became the base.' }),
    );
    expect(r.doc.battery.pack!.energyWh).toBe(3000);
    // Written as the user wrote it: no defaults filled in.
    expect(Object.keys(r.doc.battery)).toEqual(Object.keys(doc.battery));
    expect(names(r.doc)).toEqual([
      'GPU-class module',
      'DX-M2 target',
      'Previous base',
      'Assistant while walking too',
    ]);
    const prev = r.doc.scenarios![2]!;
    expect(prev.changes).toEqual([{ op: 'set', path: 'battery.pack.energyWh', value: 2300 }]);
    expect(prev.notes).toBe(`Before “3 kWh pack” became the base.\n\n${doc.scenarios![2]!.notes}`);
    // The others keep their changes.
    for (const k of [0, 1, 3]) expect(r.doc.scenarios![k]!.changes).toEqual(doc.scenarios![k]!.changes);
    // The new base answers what the scenario's column answered; the previous base, what the base did.
    const after = compare(planOf(r.doc), planOf(r.doc).scenarios!);
    expect(after.columns[0]!.cells.runtimeHours!.value).toBeCloseTo(
      before.columns[3]!.cells.runtimeHours!.value!,
      9,
    );
    expect(after.columns[3]!.cells.runtimeHours!.value).toBeCloseTo(
      before.columns[0]!.cells.runtimeHours!.value!,
      9,
    );
    // And back again: the original base, with the scenario's changes.
    const back = ok(makeScenarioBase(r.doc, 2, { name: '3 kWh pack' }));
    expect(json(withoutScenarios(back.doc))).toEqual(json(withoutScenarios(doc)));
    expect(back.doc.scenarios![2]!.changes).toEqual(doc.scenarios![2]!.changes);
  });

  it('every scenario of every example: the new base is the scenario plan, and the previous base gives the old one', () => {
    for (const file of EXAMPLE_FILES) {
      const doc = readDoc(file);
      const list = [...(doc.scenarios ?? []), ...seedChipScenarios(doc.compute?.[0]?.id ?? 'npu')];
      const withList = { ...doc, scenarios: list.slice(0, 20) } as PlanInput;
      const plan = planOf(withList);
      for (const [i, s] of list.entries()) {
        const applied = applyScenario(plan, s);
        const r = makeScenarioBase(withList, i, { name: 'Previous base' });
        if (!applied.ok) {
          expect(r).toMatchObject({ ok: false, problem: 'doesNotApply' });
          continue;
        }
        const made = ok(r);
        expect(json(withoutScenarios(planOf(made.doc)))).toEqual(json(applied.plan));
        const prev = ok(applyScenario(planOf(made.doc), made.doc.scenarios![i] as never));
        expect(json(prev.plan)).toEqual(json(withoutScenarios(plan)));
      }
    }
  });

  it('a scenario that no longer applies cannot become the base', () => {
    const doc = OPTIMUS();
    doc.scenarios!.push({
      name: 'Broken',
      changes: [{ op: 'set', path: 'battery.pack.energyWh', value: -1 }],
    });
    const r = makeScenarioBase(doc, 4, { name: 'Previous base' });
    expect(r).toMatchObject({ ok: false, problem: 'doesNotApply' });
    expect(r.ok || r.detail).toMatch(/energyWh/);
  });
});

describe('the changes in words name catalog choices as the editor does', () => {
  it('a runtime, a power mode: their names, not their ids', () => {
    const doc = OPTIMUS();
    doc.compute![0] = withChip(doc.compute![0]!, 'jetson-orin-nano-8gb-super');
    const plan = planOf(doc);
    const roofline = runtimeScenarios(plan, 'npu').find((s) => /roofline/i.test(s.name))!;
    expect(describeScenario(plan, roofline)).toMatch(/LLM runtime → Ideal roofline \(no runtime overhead\)$/);
    expect(describeScenario(plan, roofline, 'ko')).toMatch(/이상적 루프라인/);
    const mode = powerModeScenarios(plan, 'npu').find((s) => s.name === '7 W mode')!;
    expect(describeScenario(plan, mode)).toMatch(/Power mode → 7 W$/);
  });
});
