import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanText, validatePlan } from '../../src/plan/load';
import { migrateToCurrent, MIGRATIONS, type Migration } from '../../src/plan/migrate';
import { planSchema, PLAN_VERSION } from '../../src/plan/schema';
import { planJsonSchema } from '../../src/cli/commands/plan-commands';
import { EXAMPLES, ROOT, minimalPlan } from './plan-helpers';

const exampleText = readFileSync(EXAMPLES[0]!, 'utf8');
const exampleDoc = () => JSON.parse(exampleText) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function errorsOf(doc: unknown) {
  const r = validatePlan(doc);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('plan schema', () => {
  it('accepts every example and round-trips: parse → JSON → parse gives the same plan', () => {
    for (const f of EXAMPLES) {
      const r = parsePlanText(readFileSync(f, 'utf8'));
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      const again = parsePlanText(JSON.stringify(r.plan));
      expect(again.ok && again.plan).toEqual(r.plan);
    }
  });

  it('fills defaults', () => {
    const p = minimalPlan();
    expect(p.battery.maxSocPercent).toBe(100);
    expect(p.battery.stateOfHealthPercent).toBe(100);
    expect(p.battery.temperatureC).toBe(25);
    expect(p.powerConversion.dcdcEfficiencyPercent).toBe(92);
    expect(p.dutyCycle.repeat).toEqual({ mode: 'untilReserve' });
  });

  it('reports every error with its path, the problem and the allowed range', () => {
    const doc = exampleDoc();
    doc.battery.pack.energyWh = -5;
    doc.battery.reservePercent = 120;
    doc.robot.activities[1].powerW = 'lots';
    doc.dutyCycle.segments[0].durationMin = 1e308;
    doc.charger.efficiencyPercent = 5;
    const errors = errorsOf(doc);
    const byPath: Record<string, string> = {};
    for (const e of errors) byPath[e.path] = byPath[e.path] ? `${byPath[e.path]} | ${e.message}` : e.message;
    expect(byPath['battery.pack.energyWh']).toMatch(/greater than 0.*Wh/);
    expect(byPath['battery.reservePercent']).toMatch(/at most 90.*0 … 90 %/);
    expect(byPath['robot.activities[1].powerW']).toMatch(/must be a number in 0 … 100000 W/);
    expect(byPath['dutyCycle.segments[0].durationMin']).toMatch(/at most 100000/);
    expect(byPath['charger.efficiencyPercent']).toMatch(/at least 10/);
    // reservePercent is also checked against maxSocPercent: one extra message on the same path.
    expect(byPath['battery.reservePercent']).toMatch(/below maxSocPercent/);
    expect(errors).toHaveLength(6);
  });

  it('rejects NaN and Infinity written as numbers by other tools', () => {
    expect(parsePlanText(exampleText.replace('"energyWh": 2300', '"energyWh": NaN')).ok).toBe(false);
    const doc = exampleDoc();
    doc.battery.pack.energyWh = Infinity;
    expect(errorsOf(doc)[0]).toEqual({
      path: 'battery.pack.energyWh',
      message: expect.stringMatching(/number/),
    });
  });

  it('names unknown fields, including __proto__ and constructor', () => {
    const text = exampleText.replace(
      '"name": "Optimus-class humanoid"',
      '"__proto__": {"x": 1}, "constructor": 2, "name": "Optimus-class humanoid"',
    );
    const r = parsePlanText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.map((e) => e.path).sort()).toEqual(['robot.__proto__', 'robot.constructor']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('checks cross references and cross-field rules', () => {
    const doc = exampleDoc();
    doc.dutyCycle.segments[0].activity = 'fly';
    doc.dutyCycle.segments[1].compute = { gpu: { utilisationPercent: 50 } };
    doc.dutyCycle.segments.push({ kind: 'charge' });
    delete doc.charger;
    doc.robot.activities[1].id = 'sit';
    const paths = errorsOf(doc).map((e) => `${e.path}: ${e.message}`);
    expect(paths).toContain('dutyCycle.segments[0].activity: refers to unknown activity "fly" (known: sit)');
    expect(paths).toContain('dutyCycle.segments[1].compute.gpu: refers to unknown compute device "gpu"');
    expect(paths).toContain('dutyCycle.segments[2]: is a charge segment but the plan has no "charger"');
    expect(paths).toContain('robot.activities[1].id: duplicate id "sit"');
  });

  it('needs exactly one of pack or cells, and ordered cell voltages', () => {
    const doc = exampleDoc();
    delete doc.battery.pack;
    expect(errorsOf(doc)).toContainEqual({
      path: 'battery',
      message: expect.stringMatching(/exactly one of "pack".*"cells"/),
    });
    doc.battery.cells = {
      cell: {
        capacityAh: 5,
        nominalVoltageV: 3.6,
        maxVoltageV: 3.5,
        minVoltageV: 2.5,
        internalResistanceOhm: 0.02,
        massKg: 0.07,
        maxDischargeCRate: 2,
        maxChargeCRate: 1,
      },
      series: 14,
      parallel: 9,
    };
    expect(errorsOf(doc)).toContainEqual({
      path: 'battery.cells.cell',
      message: expect.stringMatching(/minVoltageV < nominalVoltageV < maxVoltageV/),
    });
  });

  it('makes a duty cycle of zero total duration a validation error', () => {
    const doc = exampleDoc();
    for (const s of doc.dutyCycle.segments) s.durationMin = 0;
    expect(errorsOf(doc)).toContainEqual({
      path: 'dutyCycle.segments',
      message: expect.stringMatching(/zero total duration/),
    });
  });

  it('refuses a newer version with a clear message', () => {
    const doc = exampleDoc();
    doc.version = PLAN_VERSION + 1;
    expect(errorsOf(doc)).toEqual([
      {
        path: 'version',
        message: expect.stringMatching(/newer PowerPlan \(format version 3\).*reads up to 2/),
      },
    ]);
  });

  it('says when a file is not a plan: not JSON, truncated, binary, wrong format, not an object', () => {
    const msg = (t: string) => {
      const r = parsePlanText(t);
      return r.ok ? '' : r.errors[0]!.message;
    };
    expect(msg('{"format": "powerplan", ')).toMatch(/not valid JSON/);
    expect(msg(exampleText.slice(0, exampleText.length / 2))).toMatch(/not valid JSON/);
    expect(msg('\u0000\u0001PK')).toMatch(/binary/);
    expect(msg('{"format": "excel"}')).toMatch(/not a PowerPlan plan/);
    expect(msg('[1,2,3]')).toMatch(/JSON object/);
    expect(msg('['.repeat(5000) + ']'.repeat(5000))).toMatch(/JSON object/);
    expect(
      msg(
        JSON.stringify({
          format: 'powerplan',
          version: 1,
          deep: JSON.parse('['.repeat(100) + ']'.repeat(100)),
        }),
      ),
    ).toMatch(/nested deeper/);
  });
});

describe('migrations', () => {
  const v0 = {
    format: 'powerplan',
    version: 0,
    name: 'Draft plan',
    robot: { name: 'Old robot', massKg: 40, activities: [{ id: 'walk', label: 'Walk', watts: 300 }] },
    battery: {
      chemistry: 'LFP',
      energyWh: 900,
      voltageV: 48,
      resistanceOhm: 0.08,
      massKg: 9,
      reservePercent: 15,
    },
    dutyCycle: { steps: [{ activity: 'walk', minutes: 45 }] },
  };

  it('migrates a synthetic v0 plan to v1 and validates it', () => {
    const r = validatePlan(v0);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.migratedFrom).toBe(0);
    expect(r.plan.robot.massWithoutBatteryKg).toBe(40);
    expect(r.plan.robot.activities[0]!.powerW).toBe(300);
    expect(r.plan.battery.pack).toEqual({
      energyWh: 900,
      nominalVoltageV: 48,
      internalResistanceOhm: 0.08,
      massKg: 9,
    });
    expect(r.plan.battery.reservePercent).toBe(15);
    expect(r.plan.dutyCycle.segments).toEqual([{ kind: 'activity', activity: 'walk', durationMin: 45 }]);
    expect(r.notices[0]).toMatch(/migrated from format version 0/);
  });

  it('never mutates its input and reports a v0 plan that is still invalid after migration', () => {
    const copy = structuredClone(v0);
    const broken = { ...copy, battery: { ...copy.battery, energyWh: -1 } };
    const r = validatePlan(broken);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors[0]!.path).toBe('battery.pack.energyWh');
    expect(copy).toEqual(v0);
  });

  it('runs a chain of migrations in order and stops at a gap', () => {
    const chain: Migration[] = [
      { from: 0, describe: 'a', migrate: (d) => ({ ...d, version: 1, a: true }) },
      ...MIGRATIONS.filter((m) => m.from !== 0),
    ];
    const r = migrateToCurrent({ version: 0 }, chain);
    expect(r.ok && r.doc).toEqual({ version: 2, a: true });
    expect(migrateToCurrent({ version: 0 }, [])).toEqual({
      ok: false,
      path: 'version',
      message: 'no migration from format version 0',
    });
    expect(migrateToCurrent({ version: 'one' }).ok).toBe(false);
  });
});

describe('published JSON Schema', () => {
  it('the committed powerplan.schema.json equals the generated one', () => {
    const committed = JSON.parse(readFileSync(join(ROOT, 'powerplan.schema.json'), 'utf8'));
    expect(committed).toEqual(planJsonSchema());
  });
  it('describes the plan fields with their ranges', () => {
    const s = planJsonSchema() as { properties: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(Object.keys(s.properties)).toEqual(
      expect.arrayContaining(['format', 'version', 'robot', 'battery', 'dutyCycle']),
    );
    const reserve = s.properties.battery.properties.reservePercent;
    expect(reserve.minimum).toBe(0);
    expect(reserve.maximum).toBe(90);
  });
  it('accepts the examples (parsed by zod, which the schema mirrors)', () => {
    for (const f of EXAMPLES)
      expect(planSchema.safeParse(JSON.parse(readFileSync(f, 'utf8'))).success).toBe(true);
  });
});

describe('docs/plan-format.md', () => {
  it('documents every field of the schema', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'plan-format.md'), 'utf8');
    const names = new Set<string>();
    const walk = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.properties && typeof n.properties === 'object') {
        for (const [k, v] of Object.entries(n.properties)) {
          names.add(k);
          walk(v);
        }
      }
      for (const key of ['items', 'anyOf', 'oneOf', 'allOf', 'additionalProperties']) {
        const v = n[key];
        if (Array.isArray(v)) v.forEach(walk);
        else walk(v);
      }
    };
    walk(planJsonSchema());
    // A field counts as documented when it appears as a code span or as part of a dotted path in one.
    const prose = doc.replace(/```[\s\S]*?```/g, ' ');
    const spans = [...prose.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    const documented = (name: string) =>
      spans.some((span) => span.split(/[.[\]{}:\s"]+/).includes(name.replace(/^\$/, '$')));
    const missing = [...names].filter((name) => !documented(name));
    expect(missing).toEqual([]);
    expect(names.size).toBeGreaterThan(50);
  });
});

describe('catalog models with unpublished figures', () => {
  const example = JSON.parse(readFileSync(EXAMPLES[0]!, 'utf8'));
  const llm = example.workloads.findIndex((w: { kind: string }) => w.kind === 'llm');
  const withModel = (extra: Record<string, number> = {}) => {
    const doc = structuredClone(example);
    const w = doc.workloads[llm];
    for (const k of ['paramsB', 'layers', 'kvHeads', 'headDim']) delete w[k];
    Object.assign(w, { model: 'gemma-3-4b' }, extra);
    return JSON.stringify(doc);
  };

  it('an LLM model the catalog has no architecture for needs those figures in the plan', () => {
    const r = parsePlanText(withModel());
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]!.path).toBe(`workloads[${llm}]`);
      expect(r.errors[0]!.message).toMatch(/no published layers, kvHeads, headDim for "gemma-3-4b"/);
    }
    expect(parsePlanText(withModel({ layers: 34, kvHeads: 4, headDim: 256 })).ok).toBe(true);
  });
});
