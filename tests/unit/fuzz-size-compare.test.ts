import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compare,
  planWithSize,
  runtimeStats,
  sizePack,
  swapChipScenario,
  type Scenario,
} from '../../src/analysis';
import { simulateRuntimeHours } from '../../src/sim/simulate';
import { planArbitrary } from './plan-arbitrary';

// 10 000 random schema-valid plans through sizing and compare (the simulate and sensitivity fuzzes are in
// sim-properties.test.ts and fuzz-sensitivity.test.ts; separate files so vitest runs them side by side).

/** 10 000 by default; FUZZ_RUNS=… for a quicker local run or a longer soak. */
const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);

const noNaN = (value: unknown) => expect(JSON.stringify(value)).not.toMatch(/NaN/);

const SCENARIOS: Scenario[] = [
  swapChipScenario('dev', 'deepx-dx-m1'),
  {
    name: 'cold, double walking',
    changes: [
      { op: 'set', path: 'battery.temperatureC', value: -10 },
      { op: 'scale', path: 'robot.activities.0.powerW', factor: 2 },
    ],
  },
  // Out of range for some plans (reserve 60 % + 50): a column with errors, never an exception.
  { name: 'more reserve', changes: [{ op: 'scale', path: 'battery.reservePercent', factor: 1.5 }] },
];

describe('fuzz: sizing and compare on random schema-valid plans', () => {
  it('10 000 plans: sizing meets its target with the least size, or says why not; compare deltas add up', () => {
    let feasible = 0;
    let infeasible = 0;
    let failedColumns = 0;
    fc.assert(
      fc.property(planArbitrary, fc.double({ min: 0.05, max: 30, noNaN: true }), (plan, targetHours) => {
        // Sizing: bounded search; a feasible answer meets the target and the next size down does not.
        const s = sizePack(plan, targetHours, { atEndOfLife: targetHours > 5 });
        noNaN(s);
        expect(s.iterations).toBeLessThan(120);
        if (s.feasible) {
          feasible++;
          expect(s.runtimeHours!).toBeGreaterThanOrEqual(targetHours);
          expect(s.peakCRate!).toBeLessThanOrEqual(s.maxDischargeCRate * (1 + 1e-9));
          expect(s.energyWh!).toBeGreaterThan(0);
          expect(s.massKg!).toBeGreaterThanOrEqual(0);
          const smaller =
            s.mode === 'cells'
              ? s.parallel! > 1
                ? planWithSize(plan, s.parallel! - 1)
                : null
              : planWithSize(plan, s.energyWh! / 1.002);
          // The search's floor (pack figures: 2⁻⁴⁰ of E/256) bounds the answer when even that meets the target.
          const atFloor =
            s.mode === 'pack' && s.energyWh! <= (plan.battery.pack!.energyWh / 256 / 2 ** 40) * 1.001;
          if (smaller && !atFloor && Number.isFinite(s.runtimeHours!)) {
            const st = runtimeStats(smaller, s.atEndOfLife);
            expect(st.hours < targetHours || st.peakCRate > s.maxDischargeCRate * (1 + 1e-9)).toBe(true);
          }
        } else {
          infeasible++;
          expect(s.reason).toMatch(/\S/);
          expect(s.plan).toBeNull();
        }

        // Compare: every column is a simulation or a list of errors; deltas are value − base.
        const c = compare(plan, SCENARIOS);
        noNaN(c.columns.map((col) => col.cells));
        const base = c.columns[0]!;
        // The base column is the plan's own simulation (checked against the fast runtime-only path).
        const direct = simulateRuntimeHours(plan);
        if (base.feasibility !== 'feasible') {
          // A base that cannot run (or rests on a missing figure) shows no runtime and no changes against it.
          expect(base.cells.runtimeHours!.value).toBeNull();
          expect(base.cells.runtimeHours!.status).toBe(base.feasibility);
        } else if (direct === null) expect(base.cells.runtimeHours!.value).toBeNull();
        else expect(base.cells.runtimeHours!.value!).toBeCloseTo(direct, 9);
        for (const col of c.columns) {
          if (!col.ok) {
            failedColumns++;
            expect(col.errors.length).toBeGreaterThan(0);
            continue;
          }
          const r = col.result!;
          if (r.runtimeHours !== null) expect(r.runtimeHours).toBeGreaterThanOrEqual(0);
          expect(r.energyBalance.relativeError).toBeLessThan(1e-6);
          for (const row of c.rows) {
            const cell = col.cells[row.key]!;
            const b = base.cells[row.key]!.value;
            // Load-dependent rows of a column that cannot run are no answer: no value, no change, no colour.
            if (cell.status !== 'value') {
              expect(cell.value).toBeNull();
              expect(cell.delta).toBeNull();
              expect(cell.better).toBeNull();
              expect(col.feasibility).toBe(cell.status);
            }
            if (col === base || cell.value === null || b === null) expect(cell.delta).toBeNull();
            else expect(cell.delta).toBeCloseTo(cell.value - b, 9);
          }
        }
      }),
      { numRuns: FUZZ_RUNS, seed: 20261130 },
    );
    // The generator reaches both sizing outcomes and failing scenarios, or the test would prove little.
    expect(feasible).toBeGreaterThan(FUZZ_RUNS / 10);
    expect(infeasible).toBeGreaterThan(FUZZ_RUNS / 100);
    expect(failedColumns).toBeGreaterThan(FUZZ_RUNS / 1000);
  }, 900_000);
});
