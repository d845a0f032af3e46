import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planSchema, type Plan, type PlanInput } from '../../src/plan/schema';

export const ROOT = join(__dirname, '..', '..');
export const EXAMPLES = ['optimus-class-dx-m1', 'spot-quadruped', 'wheeled-amr-lfp'].map((n) =>
  join(ROOT, 'examples', `${n}.powerplan.json`),
);

export function readExample(path: string): Plan {
  return planSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** A flat OCV curve (constant voltage) for analytic tests. */
export const FLAT_OCV = [
  { socPercent: 0, voltageV: 3.7 },
  { socPercent: 100, voltageV: 3.7 },
];

/** A minimal valid plan: one activity, one pack, no compute; pieces can be overridden. */
export function minimalPlan(over: Partial<PlanInput> = {}): Plan {
  const input: PlanInput = {
    format: 'powerplan',
    version: 2,
    name: 'Test plan',
    robot: {
      name: 'Test robot',
      massWithoutBatteryKg: 10,
      activities: [{ id: 'work', label: 'Work', powerW: 100 }],
    },
    battery: {
      chemistry: 'NMC',
      pack: { energyWh: 1000, nominalVoltageV: 48, internalResistanceOhm: 0.05, massKg: 6 },
      reservePercent: 10,
    },
    dutyCycle: { segments: [{ kind: 'activity', activity: 'work', durationMin: 60 }] },
    ...over,
  };
  return planSchema.parse(input);
}

/** An ideal battery: flat OCV, R = 0, no reserve, η = 1, 100 % SoH at 25 °C. */
export function idealPlan(energyWh: number, powerW: number, extra: Partial<PlanInput> = {}): Plan {
  return minimalPlan({
    robot: { name: 'Ideal', massWithoutBatteryKg: 10, activities: [{ id: 'work', label: 'Work', powerW }] },
    battery: {
      chemistry: 'NMC',
      pack: { energyWh, nominalVoltageV: 37, internalResistanceOhm: 0, massKg: 5, minVoltageV: 1 },
      reservePercent: 0,
      ocvTable: FLAT_OCV,
    },
    powerConversion: { dcdcEfficiencyPercent: 100, locomotionEfficiencyPercent: 100 },
    ...extra,
  });
}
