import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPack } from '../../src/battery/pack';
import { dischargeAtPower } from '../../src/sim/discharge';
import { simulate } from '../../src/sim/simulate';
import type { Plan } from '../../src/plan/schema';
import { minimalPlan } from './plan-helpers';
import { planArbitrary } from './plan-arbitrary';

const runtime = (p: Plan) => simulate(p, { skipLifetime: true, skipSeries: true }).runtimeHours ?? Infinity;

/** A bigger pack of the same cells: more parallel strings, so resistance scales with 1/energy. */
function withEnergy(p: Plan, energyWh: number): Plan {
  const pack = p.battery.pack!;
  const internalResistanceOhm = (pack.internalResistanceOhm * pack.energyWh) / energyWh;
  return { ...p, battery: { ...p.battery, pack: { ...pack, energyWh, internalResistanceOhm } } };
}
function withPower(p: Plan, powerW: number): Plan {
  return { ...p, robot: { ...p.robot, activities: [{ ...p.robot.activities[0]!, powerW }] } };
}

describe('properties', () => {
  const base = fc.record({
    energyWh: fc.double({ min: 50, max: 5000, noNaN: true }),
    powerW: fc.double({ min: 1, max: 2000, noNaN: true }),
    resistanceOhm: fc.double({ min: 0, max: 0.5, noNaN: true }),
    chemistry: fc.constantFrom('NMC' as const, 'NCA' as const, 'LFP' as const),
    factor: fc.double({ min: 1, max: 3, noNaN: true }),
  });
  const planOf = (x: {
    energyWh: number;
    powerW: number;
    resistanceOhm: number;
    chemistry: 'NMC' | 'NCA' | 'LFP';
  }) =>
    withPower(
      minimalPlan({
        battery: {
          chemistry: x.chemistry,
          pack: {
            energyWh: x.energyWh,
            nominalVoltageV: 48,
            internalResistanceOhm: x.resistanceOhm,
            massKg: 5,
          },
        },
      }),
      x.powerW,
    );

  it('more capacity never gives less runtime', () => {
    fc.assert(
      fc.property(base, (x) => {
        const p = planOf(x);
        expect(runtime(withEnergy(p, x.energyWh * x.factor))).toBeGreaterThanOrEqual(runtime(p) * (1 - 1e-9));
      }),
      { numRuns: 200 },
    );
  });

  it('more load never gives more runtime', () => {
    fc.assert(
      fc.property(base, (x) => {
        const p = planOf(x);
        expect(runtime(withPower(p, x.powerW * x.factor))).toBeLessThanOrEqual(runtime(p) * (1 + 1e-9));
      }),
      { numRuns: 200 },
    );
  });

  it('SoC falls monotonically while discharging', () => {
    fc.assert(
      fc.property(base, (x) => {
        const pack = buildPack(planOf(x).battery);
        const d = dischargeAtPower(pack, 1, x.powerW, Infinity, { floorSoc: 0.05, maxStepSoc: 0.02 });
        let prev = 1;
        for (const s of d.samples) {
          expect(s.soc).toBeLessThanOrEqual(prev + 1e-15);
          prev = s.soc;
        }
        expect(d.socEnd).toBeGreaterThanOrEqual(0.05 - 1e-12);
      }),
      { numRuns: 200 },
    );
  });
});

describe('fuzz: random schema-valid plans', () => {
  it('10 000 plans never throw, never NaN, never a negative runtime, and balance energy', () => {
    let count = 0;
    fc.assert(
      fc.property(planArbitrary, (plan) => {
        count++;
        const r = simulate(plan, { skipSeries: count % 10 !== 0 });
        const text = JSON.stringify(r);
        expect(text).not.toContain('NaN');
        if (r.runtimeHours !== null) expect(r.runtimeHours).toBeGreaterThanOrEqual(0);
        expect(r.energyBalance.relativeError).toBeLessThan(1e-6);
        expect(r.chargesPerDay).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 10_000), seed: 20261129 },
    );
  }, 600_000);
});
