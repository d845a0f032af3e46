/**
 * PowerPlan benchmark: medians of the model's hot paths against their targets on a 2-core machine.
 * Run with `npm run bench` (bundled by esbuild, as the app and CLI ship). BENCH_SMOKE=1 runs fewer iterations
 * and exits non-zero only when a median is more than 10× over its target (the CI regression gate).
 * Figures are recorded in docs/performance.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Bench } from 'tinybench';
import { ageingCurve, daysToCapacity } from '../src/battery/ageing';
import { resolvePlan } from '../src/plan/resolve';
import { planSchema, type Plan } from '../src/plan/schema';
import { dailySchedule, simulate, simulateRuntimeHours, simulateShift } from '../src/sim/simulate';
import { compare, linspace, runSweepSync, seedChipScenarios, sizePack } from '../src/analysis';

const smoke = process.argv.includes('--smoke') || process.env.BENCH_SMOKE === '1';
const root = process.cwd();
const optimus: Plan = planSchema.parse(
  JSON.parse(readFileSync(join(root, 'examples', 'optimus-class-dx-m1.powerplan.json'), 'utf8')),
);

/** 10 000 variations of the Optimus plan: pack energy, walking power and NPU utilisation. */
function variedPlans(n: number): Plan[] {
  const out: Plan[] = [];
  for (let i = 0; i < n; i++) {
    const f = (i * 0.6180339887) % 1;
    const g = (i * 0.4142135623) % 1;
    out.push({
      ...optimus,
      battery: { ...optimus.battery, pack: { ...optimus.battery.pack!, energyWh: 800 + 3000 * f } },
      robot: {
        ...optimus.robot,
        activities: optimus.robot.activities.map((a) =>
          a.id === 'walk' ? { ...a, powerW: 300 + 500 * g } : a,
        ),
      },
    });
  }
  return out;
}

interface Case {
  name: string;
  targetMs: number;
  fn: () => void;
}

const rp = resolvePlan(optimus);
const plans = variedPlans(smoke ? 1000 : 10_000);
const cases: Case[] = [
  { name: 'one shift of the Optimus example', targetMs: 1, fn: () => simulateShift(rp) },
  {
    name: 'one-year lifetime projection (daily schedule + ageing)',
    targetMs: 20,
    fn: () => {
      const day = dailySchedule(rp);
      ageingCurve('NMC', day.stressors, 1, 366);
      daysToCapacity('NMC', day.stressors, 0.8);
    },
  },
  { name: 'full simulate() of the Optimus example', targetMs: 20, fn: () => simulate(optimus) },
  {
    name: `${(smoke ? 1000 : 10_000).toLocaleString('en')}-scenario sweep (pack Wh × walking W → runtime)`,
    targetMs: smoke ? 100 : 1000,
    fn: () =>
      runSweepSync(optimus, {
        axes: [
          { path: 'battery.pack.energyWh', values: linspace(800, 4000, smoke ? 10 : 100) },
          { path: 'robot.activities[1].powerW', values: linspace(300, 800, 100) },
        ],
        outputs: ['runtimeHours'],
      }),
  },
  {
    name: 'sizing: smallest pack for 5 h at end of life (Optimus)',
    targetMs: 50,
    fn: () => sizePack(optimus, 5),
  },
  {
    name: 'compare: the seed chip scenarios (5 columns)',
    targetMs: 500,
    fn: () => compare(optimus, seedChipScenarios()),
  },
  {
    name: `${plans.length.toLocaleString('en')} simulations with varied inputs (runtime per charge)`,
    targetMs: smoke ? 100 : 1000,
    fn: () => {
      for (const p of plans) simulateRuntimeHours(p);
    },
  },
];

export interface BenchRow {
  name: string;
  medianMs: number;
  targetMs: number;
}

/** Run the cases; returns the rows (also printed as a table). */
export async function runBench(extra: Case[] = []): Promise<BenchRow[]> {
  const all = [...cases, ...extra];
  const bench = new Bench({ iterations: smoke ? 5 : 30, warmupIterations: smoke ? 2 : 5, time: 0 });
  for (const c of all) bench.add(c.name, c.fn);
  await bench.run();
  const rows = all.map((c, i) => {
    const task = bench.tasks[i]!;
    const r = task.result as { latency?: { p50?: number }; median?: number } | undefined;
    const medianMs = r?.latency?.p50 ?? r?.median ?? NaN;
    return { name: c.name, medianMs, targetMs: c.targetMs };
  });
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'benchmark'.padEnd(width)}  median      target     status`);
  for (const r of rows) {
    const ok = r.medianMs <= r.targetMs;
    console.log(
      `${r.name.padEnd(width)}  ${r.medianMs.toFixed(3).padStart(8)} ms  < ${String(r.targetMs).padStart(5)} ms  ${ok ? 'ok' : 'OVER TARGET'}`,
    );
  }
  return rows;
}

void runBench().then((rows) => {
  const regressed = rows.filter((r) => !(r.medianMs <= r.targetMs * 10));
  if (smoke && regressed.length) {
    console.error(`bench smoke: ${regressed.map((r) => r.name).join('; ')} more than 10× over target`);
    process.exitCode = 1;
  }
});
