import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { downsampleToSteps } from '../../src/telemetry/downsample';
import { trapezoidEnergyWh } from '../../src/telemetry/power-log';

// A measured power series as constant-power steps: energy kept exactly, each interval within the bound.

describe('downsampling a power series', () => {
  it('a square wave becomes its levels and edges; the energy is the samples’ energy', () => {
    const t = Array.from({ length: 601 }, (_, k) => k);
    const p = t.map((x) => (Math.floor(x / 30) % 2 ? 12 : 4));
    const steps = downsampleToSteps(t, p, 0.5);
    expect(steps.length).toBeLessThan(60);
    const e = steps.reduce((s, x) => s + x.powerW * x.durationS, 0) / 3600;
    expect(e).toBeCloseTo(trapezoidEnergyWh(t, p), 12);
  });

  it('property: energy preserved and every interval within the bound of its step', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 500, noNaN: true }), { minLength: 2, maxLength: 300 }),
        fc.double({ min: 0.1, max: 50, noNaN: true }),
        (p, bound) => {
          const t = p.map((_, k) => k * 0.5);
          const steps = downsampleToSteps(t, p, bound);
          const e = steps.reduce((s, x) => s + x.powerW * x.durationS, 0) / 3600;
          if (Math.abs(e - trapezoidEnergyWh(t, p)) > 1e-9 * Math.max(1, e)) return false;
          // Walk the intervals through the steps.
          let k = 1;
          for (const s of steps) {
            let d = 0;
            while (d < s.durationS - 1e-9) {
              const mean = (p[k - 1]! + p[k]!) / 2;
              if (Math.abs(mean - s.powerW) > bound + 1e-9) return false;
              d += t[k]! - t[k - 1]!;
              k++;
            }
          }
          return k === p.length;
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });
});
