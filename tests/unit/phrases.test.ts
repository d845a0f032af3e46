import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyScenario } from '../../src/analysis/scenarios';
import { findCell } from '../../src/catalog';
import { cellFromCatalog } from '../../src/plan/edits';
import { validatePlan } from '../../src/plan/load';
import type { Plan, PlanInput } from '../../src/plan/schema';
import type { Warning } from '../../src/sim/remarks';
import { simulate, type SimulationResult } from '../../src/sim/simulate';
import { renderPhrase, type Phrase } from '../../src/text/phrase';
import { PHRASES, type PhraseId } from '../../src/text/phrases';
import { applyFix } from '../../renderer/state/commands';
import { DocumentStore, type PlanDoc } from '../../renderer/state/store';
import { planArbitrary } from './plan-arbitrary';
import { EXAMPLES, minimalPlan, readExample } from './plan-helpers';

// Remarks as data: every sentence the model says exists in English and Korean with the same parameters; every
// remark a plan can raise renders completely in both; every fix it offers applies, helps, and undoes.

const HANGUL = /[\uac00-\ud7a3]/;
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the phrase table', () => {
  const ids = Object.keys(PHRASES) as PhraseId[];

  it('every phrase has the same parameters in English and Korean', () => {
    for (const id of ids) expect(placeholders(PHRASES[id].ko), id).toEqual(placeholders(PHRASES[id].en));
  });

  it('every phrase with words has Korean words (no English left in the Korean table)', () => {
    for (const id of ids) {
      const { en, ko } = PHRASES[id];
      const words = en
        .replace(/\{\w+\}/g, '')
        .replace(/OCV²\/4R|BLAST-Lite|LFP|NMC|NCA|KV|MB|GB|TOPS|LLM/g, '');
      if (/[a-z]{3,}/i.test(words)) expect(ko, id).toMatch(HANGUL);
      // No English word of three letters or more survives into the Korean, but units, chemistries and names.
      const stray = ko
        .replace(/\{\w+\}/g, '')
        .replace(
          /OCV|BLAST-Lite|LFP|NMC|NCA|KV|Google Coral Edge TPU|MB|tok\/s|knee|Rint|NREL|PowerPlan|GFLOPs|LLM|CC-CV|DC-DC|SoC|C-rate/g,
          '',
        )
        .match(/[A-Za-z]{3,}/g);
      expect(stray, `${id}: ${ko}`).toBeNull();
    }
  });
});

/** Every remark, reason and caveat of a result, with the phrase it carries. */
function sentences(r: SimulationResult): { code: string; text: Phrase; message: string }[] {
  return [...r.warnings, ...r.infeasibleReasons, ...r.unknownReasons, ...r.caveats];
}

function expectRendersFully(w: { code: string; text: Phrase; message: string }) {
  const en = renderPhrase(w.text, 'en');
  const ko = renderPhrase(w.text, 'ko');
  expect(en, w.code).toBe(w.message);
  for (const s of [en, ko]) {
    expect(s, `${w.code}: ${s}`).not.toMatch(/\{\w+\}|undefined|NaN|\[object/);
    expect(s.trim().length, w.code).toBeGreaterThan(10);
  }
  expect(ko, `${w.code}: ${ko}`).toMatch(HANGUL);
  expect(ko, w.code).not.toContain(w.code);
  expect(en, w.code).not.toContain(w.code);
}

/** Plans that raise many different remarks. */
function remarkPlans(): Plan[] {
  const examples = EXAMPLES.map(readExample);
  const hostile: PlanInput[] = [
    // Pack far too small and too weak: runtime, C-rate, cut-off, shift not completed, charge time, mass.
    {
      ...minimalPlan(),
      battery: {
        chemistry: 'NMC',
        cells: { cell: cellFromCatalog(findCell('samsung-inr21700-50e')!), series: 13, parallel: 1 },
        reservePercent: 10,
      },
      robot: {
        name: 'Hungry',
        massWithoutBatteryKg: 10,
        activities: [{ id: 'work', label: 'Work', powerW: 400 }],
      },
      charger: { powerW: 100 },
      targets: { runtimeHours: 5, chargeTimeMin: 30, lifetimeYears: 10, maxPackMassPercent: 1 },
      dutyCycle: {
        segments: [{ kind: 'activity', activity: 'work', durationMin: 60 }],
        repeat: { mode: 'hours', hours: 8 },
      },
    } as PlanInput,
    // Cold, no charger, a claim-implied chip, a chip with no figures.
    {
      ...minimalPlan(),
      battery: { ...minimalPlan().battery, temperatureC: -25 },
      charger: { powerW: 1000 },
      compute: [
        { id: 'm2', preset: 'deepx-dx-m2', defaultWorkloads: ['chat'] },
        { id: 'coral', preset: 'google-coral-edge-tpu', defaultWorkloads: ['big'] },
      ],
      workloads: [
        { id: 'chat', kind: 'llm', model: 'llama-3.2-3b', decodeTokensPerS: 200, bitsPerWeight: 4 },
        { id: 'big', kind: 'llm', model: 'exaone-3.5-7.8b', decodeTokensPerS: 5, bitsPerWeight: 4 },
      ],
    } as PlanInput,
  ];
  const out = [...examples];
  for (const h of hostile) {
    const r = validatePlan(h);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    out.push(r.plan);
  }
  return out;
}

describe('every remark renders in English and Korean', () => {
  it('the examples and hand-made hard plans: complete sentences, no codes, no placeholders', () => {
    const codes = new Set<string>();
    // (a charge-limit fix for a short life was tried and dropped: with less charge per cycle the pack cycles
    // more, and the life got shorter — a fix must help, and this file's fix test holds it to that.)
    for (const plan of remarkPlans()) {
      for (const w of sentences(simulate(plan))) {
        codes.add(w.code);
        expectRendersFully(w);
      }
    }
    expect([...codes].sort()).toEqual(
      expect.arrayContaining([
        'AI_MEMORY_TOO_SMALL',
        'CHARGE_TARGET_MISSED',
        'CLAIM_IMPLIED_FIGURES',
        'COLD_CHARGE',
        'DISCHARGE_C_RATE_EXCEEDED',
        'EOL_RUNTIME_BELOW_TARGET',
        'LIFETIME_BELOW_TARGET',
        'AI_BANDWIDTH_EXCEEDED',
        'AI_DEVICE_OVERLOADED',
        'TEMPERATURE_OUTSIDE_DATA',
        'PACK_MASS_ABOVE_LIMIT',
        'RUNTIME_BELOW_TARGET',
      ]),
    );
  });

  it('random schema-valid plans: every remark renders fully in both languages', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        for (const w of sentences(simulate(plan))) {
          seen.add(w.code);
          expectRendersFully(w);
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) > 300 ? 300 : Number(process.env.FUZZ_RUNS ?? 300) },
    );
    expect(seen.size).toBeGreaterThanOrEqual(8);
  });
});

describe('fixes', () => {
  /** Plans whose remarks offer fixes, with the fix. */
  function fixes(): { plan: Plan; w: Warning }[] {
    const out: { plan: Plan; w: Warning }[] = [];
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        for (const w of simulate(plan).warnings) if (w.fix) out.push({ plan, w });
      }),
      { numRuns: 300, seed: 7 },
    );
    for (const plan of remarkPlans())
      for (const w of simulate(plan).warnings) if (w.fix) out.push({ plan, w });
    return out;
  }
  const all = fixes();

  it('some remarks offer fixes, and each fix is a valid plan with a label in both languages', () => {
    expect(all.length).toBeGreaterThan(10);
    for (const { plan, w } of all) {
      const r = applyScenario(plan, { name: 'fix', changes: w.fix!.changes });
      expect(r.ok, `${w.code}: ${JSON.stringify(w.fix)}`).toBe(true);
      expect(renderPhrase(w.fix!.label, 'ko')).toMatch(HANGUL);
      expect(renderPhrase(w.fix!.label, 'en')).not.toMatch(/\{/);
    }
  });

  it('each fix moves its figure the right way (the charger fix meets the charge target)', () => {
    const kinds = new Set<string>();
    for (const { plan, w } of all) {
      const r = applyScenario(plan, { name: 'fix', changes: w.fix!.changes });
      if (!r.ok) continue;
      const before = simulate(plan);
      const after = simulate(r.plan);
      kinds.add(w.code);
      switch (w.code) {
        case 'CHARGE_TARGET_MISSED':
          expect(after.warnings.some((x) => x.code === 'CHARGE_TARGET_MISSED')).toBe(false);
          break;
        case 'RUNTIME_BELOW_TARGET':
          if (before.runtimeHours !== null && after.runtimeHours !== null)
            expect(after.runtimeHours).toBeGreaterThan(before.runtimeHours);
          break;
        case 'DISCHARGE_C_RATE_EXCEEDED':
          expect(after.peakCRate).toBeLessThan(before.peakCRate);
          break;
        default:
          throw new Error(`a fix on ${w.code} has no test of what it does`);
      }
    }
    expect(kinds.size).toBeGreaterThanOrEqual(3);
  });

  it('in the app, a fix is one named undo step', () => {
    const { plan, w } = all.find((x) => x.w.code === 'CHARGE_TARGET_MISSED') ?? all[0]!;
    const s = new DocumentStore(structuredClone(plan) as unknown as PlanDoc, 'Plan');
    const before = JSON.stringify(s.getState().doc);
    const label = renderPhrase(w.fix!.label, 'en');
    s.dispatch(applyFix(label, w.fix!.changes));
    expect(JSON.stringify(s.getState().doc)).not.toBe(before);
    expect(s.getState().undoLabel).toBe(label);
    s.undo();
    expect(JSON.stringify(s.getState().doc)).toBe(before);
  });
});

describe('a pack worn out within a year', () => {
  it('is said when no lifetime target would say it, in months, and not when a target does', () => {
    const spot = readExample(EXAMPLES[1]!);
    const r = simulate(spot);
    expect(r.yearsTo80PercentSoH!).toBeLessThan(1);
    const w = r.warnings.find((x) => x.code === 'SHORT_LIFE')!;
    expect(w.message).toContain(`${(r.yearsTo80PercentSoH! * 12).toPrecision(2)} months`);
    expect(renderPhrase(w.text, 'ko')).toMatch(/개월 만에/);
    const withTarget = simulate({ ...spot, targets: { ...spot.targets, lifetimeYears: 2 } });
    expect(withTarget.warnings.some((x) => x.code === 'SHORT_LIFE')).toBe(false);
    expect(withTarget.warnings.some((x) => x.code === 'LIFETIME_BELOW_TARGET')).toBe(true);
  });
});
