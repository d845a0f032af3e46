import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, describeScenario } from '../../src/analysis';
import { runCli } from '../../src/cli/main';
import { parsePlanText, validatePlan } from '../../src/plan/load';
import { applyScenario, withoutScenarios } from '../../src/plan/scenario';
import { PLAN_VERSION, type Plan, type PlanInput } from '../../src/plan/schema';
import { simulate } from '../../src/sim/simulate';
import { ROOT } from './plan-helpers';

// Plan format v2 keeps a team's scenarios in the plan: v1 files open unchanged, a scenario is validated like a
// plan, and compare, simulate --scenario and the words of each change read them.

const text = (...p: string[]) => readFileSync(join(ROOT, ...p), 'utf8');
// The Optimus example with the scenarios a team would keep in it (GPU-class, DX-M2 target, a larger pack, the
// LLM while walking too).
const OPTIMUS = () =>
  ({
    ...(JSON.parse(text('examples', 'optimus-class-dx-m1.powerplan.json')) as PlanInput),
    scenarios: JSON.parse(text('tests', 'fixtures', 'optimus-scenarios.json')) as PlanInput['scenarios'],
  }) as PlanInput;
const load = (doc: unknown): Plan => {
  const r = validatePlan(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.plan;
};
async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}
function writeTmp(doc: unknown): string {
  const f = join(mkdtempSync(join(tmpdir(), 'pp-scn-')), 'plan.powerplan.json');
  writeFileSync(f, JSON.stringify(doc));
  return f;
}

describe('plan format v2', () => {
  it('every v1 file opens silently as v2 with the same results', () => {
    expect(PLAN_VERSION).toBe(2);
    const v1 = text('tests', 'fixtures', 'v1', 'optimus-class-dx-m1.v1.powerplan.json');
    expect(JSON.parse(v1).version).toBe(1);
    const r = parsePlanText(v1);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.version).toBe(2);
    expect(r.notices).toEqual([]);
    const v2 = load(OPTIMUS());
    const a = simulate(r.plan);
    const b = simulate(withoutScenarios(v2));
    expect(JSON.stringify({ ...a, series: [] })).toBe(JSON.stringify({ ...b, series: [] }));
    // Every example written as a v1 file (version 1, no scenarios) opens as the v2 plan and gives its results.
    for (const f of readdirSync(join(ROOT, 'examples')).filter((x) => x.endsWith('.powerplan.json'))) {
      const v2doc = JSON.parse(text('examples', f)) as PlanInput;
      const v1doc = { ...withoutScenarios(v2doc), version: 1 };
      const old = parsePlanText(JSON.stringify(v1doc));
      const now = parsePlanText(JSON.stringify(withoutScenarios(v2doc)));
      expect(old.ok && now.ok, f).toBe(true);
      if (!old.ok || !now.ok) continue;
      expect(old.notices, f).toEqual([]);
      expect(old.migratedFrom, f).toBe(1);
      expect(JSON.stringify(simulate(old.plan)), f).toBe(JSON.stringify(simulate(now.plan)));
    }
  });

  it('the Optimus plan keeps its scenarios: GPU-class, DX-M2 target, a larger pack, the LLM while walking', () => {
    const plan = load(OPTIMUS());
    expect(plan.scenarios!.map((s) => s.name)).toEqual([
      'GPU-class module',
      'DX-M2 target',
      '3 kWh pack',
      'Assistant while walking too',
    ]);
    for (const s of plan.scenarios!) expect(applyScenario(plan, s).ok).toBe(true);
  });

  it('a scenario that makes the plan invalid is an error naming the scenario and the field; the plan still opens', async () => {
    const doc = OPTIMUS();
    doc.scenarios = [
      { name: 'Tiny pack', changes: [{ op: 'set', path: 'battery.pack.energyWh', value: -5 }] },
    ];
    const r = validatePlan(doc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.scenarioErrors[0]!.path).toBe('scenarios[0]');
    expect(r.scenarioErrors[0]!.message).toMatch(
      /^“Tiny pack”: battery\.pack\.energyWh must be greater than 0/,
    );
    // The CLI's validate says so and exits 2; compare refuses the scenario by name.
    const file = writeTmp(doc);
    const v = await cli('validate', file);
    expect(v.code).toBe(2);
    expect(v.err).toMatch(/scenarios\[0\]: “Tiny pack”: battery\.pack\.energyWh must be greater than 0/);
    const c = await cli('compare', file);
    expect(c.code).toBe(2);
    expect(c.err).toMatch(/Tiny pack/);
  });

  it('a change that cannot apply, an unknown op and a duplicate name are errors too', () => {
    const doc = OPTIMUS();
    doc.scenarios = [{ name: 'Gone', changes: [{ op: 'removeSegment', at: 7 }] }];
    const r1 = validatePlan(doc);
    expect(r1.ok && r1.scenarioErrors[0]!.message).toMatch(
      /“Gone”: .*changes\[0\] the duty cycle has no segment 8/,
    );
    doc.scenarios = [{ name: 'X', changes: [{ op: 'teleport' } as never] }];
    const r2 = validatePlan(doc);
    expect(!r2.ok && r2.errors[0]!.path).toBe('scenarios[0].changes[0].op');
    doc.scenarios = [
      { name: 'A', changes: [] },
      { name: 'a ', changes: [] },
    ];
    const r3 = validatePlan(doc);
    expect(!r3.ok && r3.errors[0]!.message).toMatch(/duplicate scenario name/);
  });

  it('switching a workload on in the walking segments adds it there only, and costs energy', () => {
    const plan = load(OPTIMUS());
    const s = plan.scenarios!.find((x) => x.name === 'Assistant while walking too')!;
    const r = applyScenario(plan, s);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const walk = r.plan.dutyCycle.segments[0]!;
    expect(walk.kind === 'activity' && walk.compute?.npu?.workloads).toEqual(['detector', 'assistant']);
    expect(r.plan.dutyCycle.segments[1]).toEqual(plan.dutyCycle.segments[1]);
    expect(r.plan.scenarios).toBeUndefined();
    expect(simulate(r.plan).energyBreakdownWh.compute).toBeGreaterThan(
      simulate(plan).energyBreakdownWh.compute,
    );
    // Off again is the base.
    const off = applyScenario(r.plan, {
      name: 'off',
      changes: [{ op: 'workload', workload: 'assistant', on: false, activity: 'walk' }],
    });
    expect(off.ok && off.plan.dutyCycle).toEqual(withoutScenarios(plan).dutyCycle);
  });

  it('each change reads in words, in English and Korean', () => {
    const plan = load(OPTIMUS());
    const words = plan.scenarios!.map((s) => describeScenario(plan, s, 'en'));
    expect(words).toEqual([
      'Device “npu”: DEEPX DX-M1 (M.2 module) → NVIDIA Jetson AGX Orin 64GB',
      'Device “npu”: DEEPX DX-M1 (M.2 module) → DEEPX DX-M2 (target, gen-AI)',
      'Battery › Pack energy 2,300 Wh → 3,000 Wh',
      'Assistant LLM (Llama 3.2 3B, 4-bit) on while Walking',
    ]);
    const ko = plan.scenarios!.map((s) => describeScenario(plan, s, 'ko')).join(' ');
    expect(ko).toContain('배터리 › 팩 에너지 2,300 Wh → 3,000 Wh');
    expect(ko).toContain('Walking 중 Assistant LLM (Llama 3.2 3B, 4-bit) 켬');
    expect(ko).not.toMatch(/\b(Device|Battery|while|module)\b/);
  });

  it('compare runs the plan’s own scenarios by default, with a pack 3 kWh / 2.3 kWh longer-running', async () => {
    const plan = load(OPTIMUS());
    const c = compare(plan, plan.scenarios!);
    const runtime = (name: string) => c.columns.find((x) => x.name === name)!.cells.runtimeHours!.value!;
    expect(runtime('3 kWh pack') / c.columns[0]!.cells.runtimeHours!.value!).toBeGreaterThan(1.2);
    const r = await cli('compare', writeTmp(OPTIMUS()));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/GPU-class module\s+DX-M2 target\s+3 kWh pack\s+Assistant while walking too/);
    expect(r.out).toMatch(/^ {2}3 kWh pack: Battery › Pack energy 2,300 Wh → 3,000 Wh$/m);
    const none = await cli('compare', writeTmp(withoutScenarios(OPTIMUS())));
    expect(none.code).toBe(2);
    expect(none.err).toMatch(/no scenarios: the plan has none of its own/);
  });

  it('simulate --scenario runs one scenario by name; an unknown name lists them', async () => {
    const file = writeTmp(OPTIMUS());
    const r = await cli('simulate', file, '--scenario', '3 kwh pack', '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { runtimeHours: number; scenario: string };
    expect(j.scenario).toBe('3 kwh pack');
    const plan = load(OPTIMUS());
    const sized = applyScenario(plan, plan.scenarios![2]!);
    expect(sized.ok && j.runtimeHours).toBe(sized.ok ? simulate(sized.plan).runtimeHours : NaN);
    const text = await cli('simulate', file, '--scenario', '3 kWh pack');
    expect(text.out.split('\n')[0]).toBe('Optimus-class humanoid — DX-M1 assistant — 3 kWh pack');
    const bad = await cli('simulate', file, '--scenario', 'nope');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/the plan has the scenarios "GPU-class module", "DX-M2 target"/);
  });
});
