import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEADLINES, headlines, staleHeadlines } from '../../src/analysis/headlines';
import { OUTPUTS } from '../../src/analysis/outputs';
import { planSchema, type Plan, type PlanInput } from '../../src/plan/schema';
import { simulate } from '../../src/sim/simulate';
import { formatterFor } from '../../src/text/format';
import { ROOT } from './plan-helpers';

// The headline results are one registry (src/analysis/headlines.ts) read by the app's cards, the PDF's cards
// and the CLI summary; numbers and durations go through one formatter (src/text/format.ts).

const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.powerplan.json'));
const load = (name: string): Plan =>
  planSchema.parse(JSON.parse(readFileSync(join(ROOT, 'examples', name), 'utf8')) as PlanInput);

describe('the one formatter', () => {
  const en = formatterFor('en');
  const ko = formatterFor('ko');

  it('says durations as people do: hours and minutes, minutes under an hour', () => {
    expect(en.duration(8.05)).toBe('8 h 03 min');
    expect(ko.duration(8.05)).toBe('8시간 3분');
    expect(en.duration(0.9)).toBe('54 min');
    expect(ko.duration(0.9)).toBe('54분');
    expect(en.duration(2)).toBe('2 h');
    expect(ko.duration(2)).toBe('2시간');
    // 1 h 59.99 min rounds up to the next whole hour, not "1 h 60 min".
    expect(en.duration(1 + 59.996 / 60)).toBe('2 h');
    expect(en.duration(150)).toBe('150 h');
  });

  it('never lets whole minutes read a missed target as met', () => {
    // 4 h 59.98 min against 5 h would round to "5 h": the decimal figure with its verdict digits shows instead.
    const shown = en.duration(5 - 0.02 / 60, { target: 5, better: 'higher' });
    expect(shown).not.toBe('5 h');
    expect(shown).toMatch(/^4\.99\d* h$/);
    // A charge of 30.4 min against 30 min is not "30 min".
    expect(en.duration(30.4 / 60, { target: 0.5, better: 'lower' })).toBe('30.4 min');
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 99, noNaN: true }),
        fc.double({ min: 1, max: 99, noNaN: true }),
        (h, target) => {
          const text = en.duration(h, { target, better: 'higher' });
          const m = /^(\d+) h(?: (\d\d) min)?$/.exec(text);
          const shownH = m ? Number(m[1]) + Number(m[2] ?? 0) / 60 : Number(text.split(' ')[0]);
          return shownH >= target * (1 - 1e-9) === h >= target * (1 - 1e-9);
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });

  it('groups thousands by locale and writes a true minus', () => {
    expect(en.num(1898.4)).toBe('1,898');
    expect(en.num(-0.25, 2)).toBe('−0.25');
    expect(ko.years(2.54)).toBe('2.54년');
    expect(en.years(-0.0496)).toBe('−18 days');
    expect(ko.quantity(1.35, 'h')).toBe('1.35 시간');
  });
});

describe('the headline registry', () => {
  it('names every headline in English and Korean, differently', () => {
    for (const spec of HEADLINES) {
      const label = OUTPUTS[spec.output].label;
      expect(label.en.length, spec.key).toBeGreaterThan(0);
      expect(label.ko, spec.key).toMatch(/[가-힣]/);
      expect(label.ko).not.toBe(label.en);
    }
    expect(new Set(HEADLINES.map((h) => h.key)).size).toBe(HEADLINES.length);
  });

  it('every example reads fully in both languages: no placeholder, NaN or undefined', () => {
    for (const name of EXAMPLES) {
      const plan = load(name);
      const r = simulate(plan);
      for (const lang of ['en', 'ko'] as const) {
        for (const h of [...headlines(plan, r, lang), ...staleHeadlines(plan, r, lang)]) {
          const text = [h.title, h.value, ...h.facts, h.target ?? '', h.note ?? ''].join(' | ');
          expect(text, `${name} ${lang}`).not.toMatch(/\{\w+\}|NaN|undefined|null/);
          if (lang === 'ko')
            expect(text.replace(h.title, ''), `${name}`).not.toMatch(/\b(target|to|full|at the)\b/);
        }
      }
    }
  });

  it('the Optimus plan: the runtime, its end and its target; the missed charge target', () => {
    const plan = load('optimus-class-dx-m1.powerplan.json');
    const r = simulate(plan);
    const [runtime, charge, charges, years] = headlines(plan, r, 'en');
    expect(runtime!.value).toBe(formatterFor('en').duration(r.runtimeHours!));
    expect(runtime!.status).toBe('ok');
    expect(runtime!.facts).toEqual(['ends at the reserve']);
    expect(runtime!.target).toBe('target ≥ 5 h');
    expect(charge!.status).toBe('bad');
    expect(charge!.target).toBe('target ≤ 30 min');
    expect(charge!.facts[0]).toMatch(/^to 80 %: \d+ min$/);
    expect(charges!.status).toBe('none');
    expect(charges!.target).toBeNull();
    expect(years!.value).toBe(`${formatterFor('en').num(r.yearsTo80PercentSoH!)} years`);
    expect(years!.status).toBe('bad');
  });

  it('a plan that cannot run shows no figure of the loads, a ✗ and why, on every load-dependent headline', () => {
    const plan = load('humanoid-8b-llm-does-not-fit.powerplan.json');
    const r = simulate(plan);
    expect(r.feasibility).toBe('infeasible');
    for (const h of headlines(plan, r, 'ko')) {
      if (OUTPUTS[h.id].loadDependent) {
        expect(h.value, h.key).toBe('—');
        expect(h.status, h.key).toBe('bad');
        expect(h.facts, h.key).toEqual([]);
        expect(h.note, h.key).toBe('실행 불가: 이 계획대로는 실행할 수 없습니다');
      } else {
        expect(h.value, h.key).not.toBe('—');
      }
    }
  });

  it('a stale result carries its figures and no verdict', () => {
    const plan = load('spot-quadruped.powerplan.json');
    const r = simulate(plan);
    for (const h of staleHeadlines(plan, r, 'en')) {
      expect(h.status).toBe('none');
      expect(h.target).toBeNull();
      expect(h.facts).toEqual(['last valid version']);
    }
  });
});
