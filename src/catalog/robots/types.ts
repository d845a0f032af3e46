import type { Sourced } from '../sourced';

export type RobotType = 'humanoid' | 'quadruped' | 'amr' | 'ugv';

export interface Robot {
  readonly id: string;
  readonly name: string;
  readonly type: RobotType;
  readonly batteryEnergyWh: Sourced;
  readonly packVoltageNominalV: Sourced;
  readonly packVoltageMaxV?: Sourced;
  readonly capacityAh?: Sourced;
  readonly massKg: Sourced;
  readonly payloadKg?: Sourced;
  /** Runtime the maker (or press) claims per charge. */
  readonly claimedRuntimeH: Sourced;
  readonly standbyRuntimeH?: Sourced;
  readonly chargePowerW?: Sourced;
  readonly chargeCurrentA?: Sourced;
  readonly chargeTimeH?: Sourced;
  /** Whole-robot power by activity; keys are activity names (averages over claimed runtime are 'derived'). */
  readonly activityPowerW: Readonly<Record<string, Sourced>>;
  /** Figures that fit no field above; keys end in their unit. */
  readonly otherFigures?: Readonly<Record<string, Sourced>>;
  readonly computeNote?: string;
  /** PowerPlan estimates used only where the catalog has no value. */
  readonly planningDefaults?: { readonly packVoltageNominalV?: Sourced };
}
