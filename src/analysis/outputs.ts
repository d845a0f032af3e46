import type { Plan } from '../plan/schema';
import { simulate, simulateRuntimeHours, type SimulationResult } from '../sim/simulate';

/** The outputs analyses can rank, sweep and compare, with their unit and which direction is better. */
export const OUTPUTS = {
  runtimeHours: { label: 'Runtime per charge', unit: 'h', better: 'higher' },
  runtimeAtEndOfLifeHours: { label: 'Runtime at end of life', unit: 'h', better: 'higher' },
  chargeTimeToFullHours: { label: 'Charge time to full', unit: 'h', better: 'lower' },
  chargeTimeTo80Hours: { label: 'Charge time to 80 %', unit: 'h', better: 'lower' },
  chargesPerDay: { label: 'Charges per day', unit: '/day', better: 'lower' },
  equivalentFullCyclesPerDay: { label: 'Equivalent full cycles per day', unit: '/day', better: 'lower' },
  yearsTo80PercentSoH: { label: 'Years to 80 % SoH', unit: 'years', better: 'higher' },
  averagePowerW: { label: 'Average battery power', unit: 'W', better: 'lower' },
  peakPowerW: { label: 'Peak battery power', unit: 'W', better: 'lower' },
  peakCRate: { label: 'Peak C-rate', unit: 'C', better: 'lower' },
  // Grows with a longer runtime as much as with a hungrier chip: neither direction is better by itself.
  computeEnergyWh: { label: 'Compute energy per charge', unit: 'Wh', better: 'neither' },
  packMassKg: { label: 'Pack mass', unit: 'kg', better: 'lower' },
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

/** Evaluate one output for a plan, taking the fast path when only the runtime is needed. */
export function evaluateOutput(plan: Plan, key: OutputKey): number | null {
  if (key === 'runtimeHours') return simulateRuntimeHours(plan);
  const needsLifetime = key === 'runtimeAtEndOfLifeHours' || key === 'yearsTo80PercentSoH';
  return readOutput(simulate(plan, { skipSeries: true, skipLifetime: !needsLifetime }), key);
}
