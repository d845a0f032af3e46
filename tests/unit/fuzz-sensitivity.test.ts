import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sensitivity } from '../../src/analysis';
import { simulate } from '../../src/sim/simulate';
import { planArbitrary } from './plan-arbitrary';

// 10 000 random schema-valid plans through the sensitivity (tornado) analysis.

/** 10 000 by default; FUZZ_RUNS=… for a quicker local run or a longer soak. */
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

describe('fuzz: sensitivity on random schema-valid plans', () => {
  it('10 000 plans: every bar is finite and non-negative, ranked by swing, and the base is the simulation', () => {
    let bars = 0;
    let naSides = 0;
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        const s = sensitivity(plan);
        expect(JSON.stringify(s)).not.toMatch(/NaN/);
        // The fast runtime path agrees with the full simulation.
        const full = simulate(plan, { skipSeries: true, skipLifetime: true }).runtimeHours;
        if (full === null) expect(s.baseOutput).toBeNull();
        else expect(s.baseOutput!).toBeCloseTo(full, 9);
        let prevSwing = Infinity;
        for (const b of s.bars) {
          bars++;
          expect(Number.isFinite(b.swing)).toBe(true);
          expect(b.swing).toBeGreaterThanOrEqual(0);
          expect(b.swing).toBeLessThanOrEqual(prevSwing);
          prevSwing = b.swing;
          expect(b.lowInput).toBeCloseTo(b.baseInput * 0.9, 9);
          expect(b.highInput).toBeCloseTo(b.baseInput * 1.1, 9);
          for (const out of [b.outputLow, b.outputHigh]) {
            if (out === null) naSides++;
            else expect(out).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: FUZZ_RUNS, seed: 20261131 },
    );
    expect(bars).toBeGreaterThan(FUZZ_RUNS * 10);
    expect(naSides).toBeGreaterThan(0);
  }, 900_000);
});
