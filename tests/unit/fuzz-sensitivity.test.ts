import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sensitivity } from '../../src/analysis';
import { simulate, simulateRuntimeAnswer } from '../../src/sim/simulate';
import { planArbitrary } from './plan-arbitrary';

// 10 000 random schema-valid plans through the sensitivity (tornado) analysis.

/** 10 000 by default; FUZZ_RUNS=… for a quicker local run or a longer soak. */
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

describe('fuzz: sensitivity on random schema-valid plans', () => {
  it('10 000 plans: every bar is finite and non-negative, ranked by swing, and the base is the simulation', () => {
    let bars = 0;
    let naSides = 0;
    let blocked = 0;
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const s = sensitivity(plan);
        expect(JSON.stringify(s)).not.toMatch(/NaN/);
        // The fast runtime path agrees with the full simulation: the same figure and the same verdict.
        const r = simulate(plan, { skipSeries: true, skipLifetime: true });
        const fast = simulateRuntimeAnswer(plan);
        expect(fast.feasibility).toBe(r.feasibility);
        if (r.runtimeHours === null) expect(fast.runtimeHours).toBeNull();
        else expect(fast.runtimeHours!).toBeCloseTo(r.runtimeHours, 9);
        if (r.feasibility !== 'feasible') {
          // No answer to be sensitive about: no bars, the plan's own reasons.
          blocked++;
          expect(s.blockedBy?.feasibility).toBe(r.feasibility);
          expect(s.blockedBy!.reasons.length).toBeGreaterThan(0);
          expect(s.baseOutput).toBeNull();
          expect(s.bars).toEqual([]);
          return;
        }
        expect(s.blockedBy).toBeNull();
        if (r.runtimeHours === null) expect(s.baseOutput).toBeNull();
        else expect(s.baseOutput!).toBeCloseTo(r.runtimeHours, 9);
        let prevSwing = Infinity;
        for (const b of s.bars) {
          bars++;
          expect(Number.isFinite(b.swing)).toBe(true);
          expect(b.swing).toBeGreaterThanOrEqual(0);
          expect(b.swing).toBeLessThanOrEqual(prevSwing);
          prevSwing = b.swing;
          expect(b.lowInput).toBeCloseTo(b.baseInput * 0.9, 9);
          expect(b.highInput).toBeCloseTo(b.baseInput * 1.1, 9);
          for (const [out, na] of [
            [b.outputLow, b.lowNa],
            [b.outputHigh, b.highNa],
          ] as const) {
            // A side has a value, or says why it has none.
            expect(out === null).toBe(na !== null);
            if (out === null) naSides++;
            else expect(out).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: FUZZ_RUNS, seed: 20261131 },
    );
    expect(bars).toBeGreaterThan(FUZZ_RUNS * 5);
    expect(naSides).toBeGreaterThan(0);
    // The generator reaches plans that cannot run, or the blocked path would go untested.
    expect(blocked).toBeGreaterThan(FUZZ_RUNS / 100);
  }, 900_000);
});
