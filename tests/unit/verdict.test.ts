import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare, isSignificantChange, MODEL_RESOLUTION_RELATIVE } from '../../src/analysis';
import { runCli } from '../../src/cli/main';
import { validatePlan } from '../../src/plan/load';
import { planSchema, type Plan, type PlanInput } from '../../src/plan/schema';
import { fmtHours, fmtNum, digitsFor } from '../../src/sim/remarks';
import { simulate } from '../../src/sim/simulate';
import { verdictDigits } from '../../src/sim/targets';
import { feasibilityOf, targetStatus } from '../../src/sim/verdict';
import { makeI18n } from '../../renderer/i18n';
import { minimalPlan, ROOT } from './plan-helpers';

// Verdicts that cannot lie: feasibility is part of the answer, one status rule for every target, shown
// figures that read their verdict, and no ✓ on a plan that cannot run.

const example = (name: string): PlanInput =>
  JSON.parse(readFileSync(join(ROOT, 'examples', `${name}.powerplan.json`), 'utf8')) as PlanInput;
const parse = (doc: PlanInput): Plan => planSchema.parse(doc);
const OPTIMUS = () => example('optimus-class-dx-m1');

async function cli(...args: string[]) {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const TMP = mkdtempSync(join(tmpdir(), 'pp-verdict-'));
let tmpCount = 0;
function writeTmp(doc: unknown): string {
  const p = join(TMP, `plan-${tmpCount++}.powerplan.json`);
  writeFileSync(p, JSON.stringify(doc));
  return p;
}

describe('feasibility: infeasible when the AI payload cannot run or the pack cannot deliver', () => {
  it('an 8B model that does not fit DX-M1 (memory and bandwidth): infeasible, load-dependent targets missed', () => {
    const r = simulate(parse(example('humanoid-8b-llm-does-not-fit')));
    expect(r.feasibility).toBe('infeasible');
    expect(r.feasible).toBe(false);
    const codes = r.infeasibleReasons.map((x) => x.code);
    expect(codes).toEqual(
      expect.arrayContaining(['AI_MEMORY_TOO_SMALL', 'AI_BANDWIDTH_EXCEEDED', 'AI_DEVICE_OVERLOADED']),
    );
    const status = (id: string) => r.targetStatus.find((t) => t.id === id)!;
    // Runtime, end-of-life runtime and lifetime describe a plan that cannot happen: missed, never met.
    for (const id of ['runtime', 'endOfLifeRuntime', 'lifetime']) {
      expect(status(id).status).toBe('missed');
      expect(status(id).because).toBe('infeasible');
    }
    // The charge time does not depend on the loads: it keeps its own verdict.
    expect(status('chargeTime').because).toBeNull();
  });

  it('compute exceeded and a fixed utilisation over 100 %', () => {
    const doc = OPTIMUS();
    doc.compute = [{ id: 'npu', preset: 'deepx-dx-m1', peakTops: 0.05 }];
    const r = simulate(parse(doc));
    expect(r.infeasibleReasons.map((x) => x.code)).toContain('AI_COMPUTE_EXCEEDED');
    // The device's power is capped at its maximum, and the card says so (AI_DEVICE_OVERLOADED carries it).
    expect(r.warnings.find((w) => w.code === 'AI_DEVICE_OVERLOADED')!.message).toMatch(
      /counted at its 5 W maximum/,
    );
  });

  it('a 10 Ω pack: power above P_max is infeasible, with 0 runtime ended by the power limit', () => {
    const doc = OPTIMUS();
    doc.battery.pack!.internalResistanceOhm = 10;
    const r = simulate(parse(doc));
    expect(r.feasibility).toBe('infeasible');
    expect(r.infeasibleReasons.map((x) => x.code)).toContain('POWER_ABOVE_DELIVERABLE');
    expect(r.runtimeHours).toBe(0);
    expect(r.runtimeEndedBy).toBe('power-limit');
    expect(r.targetStatus.find((t) => t.id === 'runtime')!.status).toBe('missed');
  });

  it('a pack whose voltage sags below the cut-off at once (below P_max): PACK_CANNOT_RUN_LOAD, no "0 more strings"', () => {
    const p = minimalPlan({
      robot: {
        name: 'r',
        massWithoutBatteryKg: 10,
        activities: [{ id: 'work', label: 'Work', powerW: 600 }],
      },
      battery: {
        chemistry: 'NMC',
        pack: { energyWh: 500, nominalVoltageV: 48, internalResistanceOhm: 1, massKg: 4, minVoltageV: 40 },
        reservePercent: 10,
      },
      targets: { runtimeHours: 2 },
    });
    const r = simulate(p);
    expect(r.runtimeHours).toBe(0);
    expect(r.runtimeEndedBy).toBe('cutoff');
    expect(r.infeasibleReasons.map((x) => x.code)).toEqual(['PACK_CANNOT_RUN_LOAD']);
    const text = r.warnings.map((w) => w.message).join('\n');
    expect(text).not.toMatch(/\b0 more parallel strings|roughly 0 Wh/);
    expect(text).not.toMatch(/Infinity|NaN|−\d[\d.]* V/);
  });

  it('a chip with no power figure: unknown, never a silent 0 W answer', () => {
    const doc = OPTIMUS();
    doc.compute = [{ id: 'npu', preset: 'deepx-dx-v1-v3' }];
    for (const s of doc.dutyCycle.segments) if (s.kind === 'activity') delete s.compute;
    const r = simulate(parse(doc));
    expect(r.feasibility).toBe('unknown');
    expect(r.unknownReasons.map((x) => x.code)).toContain('DEVICE_POWER_UNKNOWN');
    expect(r.targetStatus.find((t) => t.id === 'runtime')!.status).toBe('unknown');
  });

  it('the examples that can run are feasible', () => {
    for (const name of [
      'optimus-class-dx-m1',
      'spot-quadruped',
      'wheeled-amr-lfp',
      'optimus-class-dx-m2-target',
    ])
      expect(simulate(parse(example(name))).feasibility, name).toBe('feasible');
  });

  it('feasibilityOf: infeasible before unknown before feasible', () => {
    expect(feasibilityOf([]).feasibility).toBe('feasible');
    expect(
      feasibilityOf([{ code: 'AI_BANDWIDTH_UNKNOWN', message: '', text: { id: 'empty' } }]).feasibility,
    ).toBe('unknown');
    expect(
      feasibilityOf([
        { code: 'AI_BANDWIDTH_UNKNOWN', message: '', text: { id: 'empty' } },
        { code: 'POWER_ABOVE_DELIVERABLE', message: '', text: { id: 'empty' } },
      ]).feasibility,
    ).toBe('infeasible');
    expect(
      feasibilityOf([{ code: 'LIFETIME_BELOW_TARGET', message: '', text: { id: 'empty' } }]).feasibility,
    ).toBe('feasible');
  });
});

describe('one status rule per target', () => {
  it('met within 1e-9, near within 10 %, missed beyond; unknown for a missing charge time', () => {
    expect(targetStatus(5 * (1 - 1e-12), 5, 'higher', true, 'feasible').status).toBe('met');
    expect(targetStatus(4.6, 5, 'higher', true, 'feasible').status).toBe('near');
    expect(targetStatus(4.4, 5, 'higher', true, 'feasible').status).toBe('missed');
    expect(targetStatus(0.52, 0.5, 'lower', false, 'feasible').status).toBe('near');
    expect(targetStatus(null, 0.5, 'lower', false, 'feasible')).toEqual({
      status: 'unknown',
      because: 'not-available',
    });
    expect(targetStatus(null, 5, 'higher', true, 'feasible').status).toBe('met');
    expect(targetStatus(9, 5, 'higher', true, 'unknown').status).toBe('unknown');
    expect(targetStatus(9, 5, 'higher', true, 'infeasible').status).toBe('missed');
    expect(targetStatus(0.4, 0.5, 'lower', false, 'infeasible').status).toBe('met');
  });

  it('simulate --json carries feasible, infeasibleReasons and a status per target', async () => {
    const r = await cli('simulate', join(ROOT, 'examples', 'optimus-class-dx-m1.powerplan.json'), '--json');
    const j = JSON.parse(r.out);
    expect(j.feasible).toBe(true);
    expect(j.infeasibleReasons).toEqual([]);
    expect(j.targetStatus.map((t: { id: string; status: string }) => `${t.id}:${t.status}`)).toEqual([
      'runtime:met',
      'endOfLifeRuntime:met',
      'chargeTime:missed',
      'lifetime:missed',
    ]);
  });
});

describe('simulate exits 3 and prints no ✓ when the plan cannot run', () => {
  it('infeasible: exit 3, an INFEASIBLE line with the reasons, no ✓ anywhere', async () => {
    const r = await cli('simulate', join(ROOT, 'examples', 'humanoid-8b-llm-does-not-fit.powerplan.json'));
    expect(r.code).toBe(3);
    expect(r.out).toMatch(/^INFEASIBLE: this plan cannot run as written/m);
    expect(r.out).toMatch(/do not fit DEEPX DX-M1/);
    expect(r.out).not.toContain('✓');
    const j = JSON.parse(
      (await cli('simulate', join(ROOT, 'examples', 'humanoid-8b-llm-does-not-fit.powerplan.json'), '--json'))
        .out,
    );
    expect(j.feasible).toBe(false);
    expect(j.infeasibleReasons[0]).toEqual({
      code: expect.any(String),
      message: expect.any(String),
      text: { id: expect.any(String), params: expect.any(Object) },
    });
  });

  it('unknown: exit 3 too, marked ?', async () => {
    const doc = OPTIMUS();
    doc.compute = [{ id: 'npu', preset: 'deepx-dx-v1-v3' }];
    for (const s of doc.dutyCycle.segments) if (s.kind === 'activity') delete s.compute;
    const r = await cli('simulate', writeTmp(doc));
    expect(r.code).toBe(3);
    expect(r.out).toMatch(/^UNKNOWN: /m);
    expect(r.out).toMatch(
      /Runtime per charge\s+\? ≤ .* · target ≥ 5 h · unknown: a figure it needs is missing/,
    );
  });

  it('a feasible plan exits 0', async () => {
    expect((await cli('simulate', join(ROOT, 'examples', 'optimus-class-dx-m1.powerplan.json'))).code).toBe(
      0,
    );
  });
});

describe('validate refuses what simulate cannot evaluate', () => {
  it('a custom device without compute figures that runs a workload', () => {
    const doc = OPTIMUS();
    doc.compute = [{ id: 'npu', idlePowerW: 1, maxPowerW: 5 }];
    const r = validatePlan(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]!.path).toBe('compute[0].peakTops');
      expect(r.errors[0]!.message).toMatch(
        /runs "Person detection \(YOLOv8n, 15 fps\)", "Assistant LLM \(Llama 3\.2 3B, 4-bit\)"/,
      );
    }
    // Without workloads (a fixed utilisation) it needs no compute figure.
    for (const s of doc.dutyCycle.segments)
      if (s.kind === 'activity') s.compute = { npu: { utilisationPercent: 50 } };
    expect(validatePlan(doc).ok).toBe(true);
  });
});

describe('the shown value and its verdict agree', () => {
  it('2.987 years against 3 is never shown as "3"; a met target never rounds below it', () => {
    // Three digits already show the miss (2.99 < 3); two would read "3".
    expect(verdictDigits(2.987, 3, 'higher')).toBe(3);
    expect(fmtNum(2.987, digitsFor(2.987, { target: 3, better: 'higher' }))).toBe('2.99');
    expect(fmtNum(2.9996, digitsFor(2.9996, { target: 3, better: 'higher' }))).toBe('2.9996');
    expect(verdictDigits(2.9999, 3, 'higher')).toBe(5);
    expect(verdictDigits(3.004, 3, 'higher')).toBe(3);
    expect(verdictDigits(4.996, 5, 'higher')).toBe(4);
    // Charge time is "lower is better": 30.04 min against 30 is a miss, shown with the digit that says so.
    expect(fmtHours(30.04 / 60, { target: 0.5, better: 'lower' })).toBe('30.04 min');
    expect(fmtHours(29.996 / 60, { target: 0.5, better: 'lower' })).toBe('30 min');
    // The UI's formatter takes the same digits.
    expect(makeI18n('en').num(2.9996, verdictDigits(2.9996, 3, 'higher'))).toBe('2.9996');
    expect(makeI18n('ko').hours(4.996, { target: 5, better: 'higher' })).toBe('4.996 시간');
    expect(makeI18n('en').hours(30.04 / 60, { target: 0.5, better: 'lower' })).toBe('30.04 min');
  });

  it('the CLI prints a lifetime just short of its target with the digits that show the miss', async () => {
    const doc = OPTIMUS();
    const years = simulate(parse(doc)).yearsTo80PercentSoH!;
    doc.targets = { ...doc.targets, lifetimeYears: Number((years * 1.0004).toFixed(6)) };
    const r = await cli('simulate', writeTmp(doc));
    const life = r.out.split('\n').find((l) => l.startsWith('Years to 80 %'))!;
    const shown = Number(/health\s+[!✗] ([\d.]+) years/.exec(life)![1]);
    expect(shown).toBeLessThan(doc.targets.lifetimeYears!);
    expect(life).toMatch(/✗|!/);
  });
});

describe('compare colours only what the model resolves', () => {
  it('a −21 s change in an 8 h runtime is neutral; a 3 % change is better or worse', () => {
    expect(isSignificantChange(-21 / 3600, 8)).toBe(false);
    expect(isSignificantChange(-0.03 * 8, 8)).toBe(true);
    expect(MODEL_RESOLUTION_RELATIVE).toBe(0.01);
    const base = parse(OPTIMUS());
    const c = compare(base, [
      { name: 'tiny', changes: [{ op: 'scale', path: 'robot.activities[0].powerW', factor: 1.002 }] },
      { name: 'big', changes: [{ op: 'scale', path: 'battery.pack.energyWh', factor: 1.2 }] },
    ]);
    const tiny = c.columns[1]!.cells.runtimeHours!;
    expect(Math.abs(tiny.delta! * 3600)).toBeLessThan(120);
    expect(tiny.significant).toBe(false);
    expect(tiny.better).toBeNull();
    expect(c.columns[2]!.cells.runtimeHours!.better).toBe(true);
    // Each column carries its verdict.
    expect(c.columns.every((col) => col.feasibility === 'feasible')).toBe(true);
  });
});

describe('charges per day: a decimal with what it counts', () => {
  it('counts the reserve recharges, the duty cycle charges and the end-of-day charge', () => {
    for (const name of ['optimus-class-dx-m1', 'wheeled-amr-lfp', 'spot-quadruped']) {
      const r = simulate(parse(example(name)));
      const c = r.chargeCounts;
      expect(c.atReserve + c.opportunity + c.endOfDay).toBeCloseTo(r.chargesPerDay, 12);
    }
    expect(simulate(parse(example('wheeled-amr-lfp'))).chargeCounts.opportunity).toBe(20);
  });
  it('without a charger the pack is still charged once a day (outside the plan)', () => {
    const r = simulate(minimalPlan());
    expect(r.chargeCounts.endOfDay).toBe(1);
    expect(r.chargesPerDay).toBeGreaterThanOrEqual(1);
  });
});

describe('non-finite numbers never reach the output', () => {
  it('--json of every example and of an unbounded plan: no Infinity, NaN, or null where a number is due', async () => {
    const nullable = new Set([
      'runtimeHours',
      'chargeTimeTo80Hours',
      'chargeTimeToFullHours',
      'chargePowerLimited',
      'chargePeakCurrentA',
      'yearsTo80PercentSoH',
      'runtimeAtEndOfLifeHours',
      'ageing',
      'durationMin',
      'sustainable',
      'value',
      'source',
      'because',
      'memoryBandwidthBytesPerS',
      'memoryCapacityBytes',
      'capacityBytes',
      'fits',
      'memoryShareOfTime',
      'memoryBound',
      'deviceJoulesPerToken',
      'powerMode',
      'runtime',
      'lastCycle',
      'inference',
      'format',
      'bitsPerWeight',
      'maxTokensPerS',
      'deviceJoulesPerUnit',
      'tokensPerJoule',
      'unitsPerJoule',
      'ridgePointOpsPerByte',
      'maxDecodeTokensPerSByBandwidth',
      'memoryTimeS',
      'preset',
      'memoryType',
    ]);
    const zero = minimalPlan({
      robot: {
        name: 'idle',
        massWithoutBatteryKg: 10,
        activities: [{ id: 'work', label: 'Work', powerW: 0 }],
      },
    });
    const docs = [
      ...['optimus-class-dx-m1', 'spot-quadruped', 'wheeled-amr-lfp', 'humanoid-8b-llm-does-not-fit'].map(
        (n) => join(ROOT, 'examples', `${n}.powerplan.json`),
      ),
      writeTmp(zero),
    ];
    for (const path of docs) {
      const { out } = await cli('simulate', path, '--json');
      expect(out).not.toMatch(/Infinity|NaN/);
      const walk = (v: unknown, key: string): void => {
        if (v === null) expect(nullable.has(key), `null at ${key} in ${path}`).toBe(true);
        else if (Array.isArray(v)) v.forEach((x) => walk(x, key));
        else if (typeof v === 'object') for (const [k, x] of Object.entries(v as object)) walk(x, k);
      };
      walk(JSON.parse(out), '');
    }
  });
});
