import type { Plan } from '../plan/schema';
import { simulate, simulateRuntimeAnswer, type SimulationResult } from '../sim/simulate';
import type { Feasibility } from '../sim/verdict';

/**
 * The outputs analyses can rank, sweep and compare, with their unit, which direction is better, and whether
 * they describe the loads running as planned (`loadDependent`): those are no answer for a plan that cannot run
 * or rests on a missing figure (docs/verdicts.md), so analyses show no value for them then.
 */
export const OUTPUTS = {
  runtimeHours: { label: 'Runtime per charge', unit: 'h', better: 'higher', loadDependent: true },
  runtimeAtEndOfLifeHours: {
    label: 'Runtime at end of life',
    unit: 'h',
    better: 'higher',
    loadDependent: true,
  },
  chargeTimeToFullHours: { label: 'Charge time to full', unit: 'h', better: 'lower', loadDependent: false },
  chargeTimeTo80Hours: { label: 'Charge time to 80 %', unit: 'h', better: 'lower', loadDependent: false },
  chargesPerDay: { label: 'Charges per day', unit: '/day', better: 'lower', loadDependent: true },
  equivalentFullCyclesPerDay: {
    label: 'Equivalent full cycles per day',
    unit: '/day',
    better: 'lower',
    loadDependent: true,
  },
  yearsTo80PercentSoH: { label: 'Years to 80 % SoH', unit: 'years', better: 'higher', loadDependent: true },
  averagePowerW: { label: 'Average battery power', unit: 'W', better: 'lower', loadDependent: true },
  // What the plan asks of the pack: a fact about the plan as written, even when it cannot run (it is often why).
  peakPowerW: { label: 'Peak battery power', unit: 'W', better: 'lower', loadDependent: false },
  peakCRate: { label: 'Peak C-rate', unit: 'C', better: 'lower', loadDependent: false },
  // Grows with a longer runtime as much as with a hungrier chip: neither direction is better by itself.
  computeEnergyWh: {
    label: 'Compute energy per charge',
    unit: 'Wh',
    better: 'neither',
    loadDependent: true,
  },
  packMassKg: { label: 'Pack mass', unit: 'kg', better: 'lower', loadDependent: false },
} as const;

export type OutputKey = keyof typeof OUTPUTS;
export const OUTPUT_KEYS = Object.keys(OUTPUTS) as OutputKey[];

export function isOutputKey(k: string): k is OutputKey {
  return Object.prototype.hasOwnProperty.call(OUTPUTS, k);
}

/** Read an output from a simulation result (null when undefined, e.g. no charger or unbounded runtime). */
export function readOutput(r: SimulationResult, key: OutputKey): number | null {
  switch (key) {
    case 'computeEnergyWh':
      return r.energyBreakdownWh.compute;
    case 'packMassKg':
      return r.pack.massKg;
    default:
      return r[key];
  }
}

/** An output as an answer: its value (null when not available, or not an answer) and the plan's feasibility. */
export interface OutputAnswer {
  value: number | null;
  feasibility: Feasibility;
}

/**
 * Evaluate one output for a plan with its verdict, taking the fast path when only the runtime is needed. A
 * load-dependent output of a plan that cannot run, or rests on a missing figure, is null: not an answer.
 */
export function evaluateAnswer(plan: Plan, key: OutputKey): OutputAnswer {
  let value: number | null;
  let feasibility: Feasibility;
  if (key === 'runtimeHours') {
    const a = simulateRuntimeAnswer(plan);
    value = a.runtimeHours;
    feasibility = a.feasibility;
  } else {
    const needsLifetime = key === 'runtimeAtEndOfLifeHours' || key === 'yearsTo80PercentSoH';
    const r = simulate(plan, { skipSeries: true, skipLifetime: !needsLifetime });
    value = readOutput(r, key);
    feasibility = r.feasibility;
  }
  return { value: feasibility !== 'feasible' && OUTPUTS[key].loadDependent ? null : value, feasibility };
}

/** One output's value for a plan (null when not available or not an answer: `evaluateAnswer`). */
export function evaluateOutput(plan: Plan, key: OutputKey): number | null {
  return evaluateAnswer(plan, key).value;
}
