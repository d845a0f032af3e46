import type { Plan } from '../plan/schema';
import { simulate, simulateRuntimeAnswer, type SimulationResult } from '../sim/simulate';
import type { Feasibility } from '../sim/verdict';

/**
 * The outputs analyses can rank, sweep and compare, with their unit, which direction is better, and whether
 * they describe the loads running as planned (`loadDependent`): those are no answer for a plan that cannot run
 * or rests on a missing figure (docs/verdicts.md), so analyses show no value for them then.
 */
export const OUTPUTS = {
  runtimeHours: {
    label: { en: 'Runtime per charge', ko: '1회 충전 운용 시간' },
    unit: 'h',
    better: 'higher',
    loadDependent: true,
  },
  runtimeAtEndOfLifeHours: {
    label: { en: 'Runtime at end of life', ko: '수명 말기 운용 시간' },
    unit: 'h',
    better: 'higher',
    loadDependent: true,
  },
  chargeTimeToFullHours: {
    label: { en: 'Charge time (reserve → full)', ko: '충전 시간 (예비 → 완충)' },
    unit: 'h',
    better: 'lower',
    loadDependent: false,
  },
  chargeTimeTo80Hours: {
    label: { en: 'Charge time (reserve → 80 %)', ko: '충전 시간 (예비 → 80 %)' },
    unit: 'h',
    better: 'lower',
    loadDependent: false,
  },
  chargesPerDay: {
    label: { en: 'Charges per day', ko: '하루 충전 횟수' },
    unit: '/day',
    better: 'lower',
    loadDependent: true,
  },
  equivalentFullCyclesPerDay: {
    label: { en: 'Equivalent full cycles per day', ko: '하루 등가 완전 사이클' },
    unit: '/day',
    better: 'lower',
    loadDependent: true,
  },
  yearsTo80PercentSoH: {
    label: { en: 'Years to 80 % state of health', ko: '배터리 건전성 80 %까지 연수' },
    unit: 'years',
    better: 'higher',
    loadDependent: true,
  },
  averagePowerW: {
    label: { en: 'Average battery power', ko: '평균 배터리 전력' },
    unit: 'W',
    better: 'lower',
    loadDependent: true,
  },
  // What the plan asks of the pack: a fact about the plan as written, even when it cannot run (it is often why).
  peakPowerW: {
    label: { en: 'Peak battery power', ko: '최대 배터리 전력' },
    unit: 'W',
    better: 'lower',
    loadDependent: false,
  },
  peakCRate: {
    label: { en: 'Peak C-rate', ko: '최대 C-rate' },
    unit: 'C',
    better: 'lower',
    loadDependent: false,
  },
  // Grows with a longer runtime as much as with a hungrier chip: neither direction is better by itself.
  computeEnergyWh: {
    label: { en: 'Compute energy per charge', ko: '1회 충전당 연산 에너지' },
    unit: 'Wh',
    better: 'neither',
    loadDependent: true,
  },
  packMassKg: {
    label: { en: 'Pack mass', ko: '팩 질량' },
    unit: 'kg',
    better: 'lower',
    loadDependent: false,
  },
} as const;

/** An output's name in a language. */
export function outputLabel(key: OutputKey, lang: 'en' | 'ko' = 'en'): string {
  return OUTPUTS[key].label[lang];
}

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
