import { z } from 'zod';
import { scenarioListSchema } from './scenario-schema';
import { id, num, percent, text } from './fields';
import { batterySchema } from './schema-battery';
import { notes } from './schema-common';
import { computeDeviceSchema, workloadSchema } from './schema-compute';
import { dutyCycleSchema } from './schema-duty-cycle';
import { checkCrossReferences } from './schema-references';

/**
 * PowerPlan plan format, version 1 — the one schema every plan file, IPC payload and CLI input passes.
 * Units are in field names; every number is range-checked. Unknown fields are rejected (a typo such as
 * `powerw` must not be silently ignored). See docs/plan-format.md.
 */

export const PLAN_FORMAT = 'powerplan';
export const PLAN_VERSION = 2;

export {
  batterySchema,
  cellPackSchema,
  cellSchema,
  ocvPointSchema,
  packFiguresSchema,
} from './schema-battery';
export {
  computeDeviceSchema,
  efficiencySchema,
  llmWorkloadSchema,
  memorySchema,
  visionWorkloadSchema,
  workloadSchema,
  worldModelWorkloadSchema,
} from './schema-compute';
export {
  activitySegmentSchema,
  chargeSegmentSchema,
  dutyCycleSchema,
  MAX_SEGMENTS,
  repeatSchema,
  restSegmentSchema,
  segmentSchema,
} from './schema-duty-cycle';

export const activitySchema = z.strictObject({
  id,
  label: text(80, 1),
  powerW: num(0, 100_000, 'W'),
  notes,
});

export const massScalingSchema = z.strictObject({
  referenceMassKg: num(0.01, 100_000, 'kg', { exclusiveMin: true }),
  exponent: num(0, 3, ''),
});

export const robotSchema = z.strictObject({
  name: text(120, 1),
  preset: id.optional(),
  massWithoutBatteryKg: num(0, 100_000, 'kg'),
  activities: z
    .array(activitySchema, { error: 'must be a list of activities' })
    .min(1, { error: 'needs at least 1 activity' })
    .max(50, { error: 'allows at most 50 activities' }),
  massScaling: massScalingSchema.optional(),
  notes,
});

export const accessorySchema = z.strictObject({
  id,
  label: text(80, 1),
  powerW: num(0, 100_000, 'W'),
  mode: z.enum(['always', 'perSegment'], { error: 'must be "always" or "perSegment"' }).default('always'),
});

export const powerConversionSchema = z.strictObject({
  dcdcEfficiencyPercent: percent(10, 100).default(92),
  locomotionEfficiencyPercent: percent(10, 100).default(100),
});

export const chargerSchema = z.strictObject({
  powerW: num(0, 10_000_000, 'W', { exclusiveMin: true }),
  efficiencyPercent: percent(10, 100).default(92),
  endOfChargeCRate: num(0.001, 1, 'C').default(0.05),
});

export const targetsSchema = z.strictObject({
  runtimeHours: num(0, 100_000, 'h', { exclusiveMin: true }).optional(),
  chargeTimeMin: num(0, 100_000, 'min', { exclusiveMin: true }).optional(),
  lifetimeYears: num(0, 100, 'years', { exclusiveMin: true }).optional(),
  /** Largest share of the robot's total mass the pack may take; sizing flags heavier packs. */
  maxPackMassPercent: percent(1, 100).optional(),
});

export const planSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(PLAN_FORMAT, { error: `must be "${PLAN_FORMAT}"` }),
    version: z.literal(PLAN_VERSION, { error: `must be ${PLAN_VERSION}` }),
    name: text(160, 1),
    notes,
    robot: robotSchema,
    battery: batterySchema,
    compute: z.array(computeDeviceSchema).max(16, { error: 'allows at most 16 devices' }).default([]),
    workloads: z.array(workloadSchema).max(32, { error: 'allows at most 32 workloads' }).default([]),
    accessories: z.array(accessorySchema).max(50, { error: 'allows at most 50 accessories' }).default([]),
    powerConversion: powerConversionSchema.default({
      dcdcEfficiencyPercent: 92,
      locomotionEfficiencyPercent: 100,
    }),
    charger: chargerSchema.optional(),
    dutyCycle: dutyCycleSchema,
    targets: targetsSchema.default({}),
    /** Named what-ifs kept in the plan (format v2): each a set of changes to this plan (src/plan/scenario.ts). */
    scenarios: scenarioListSchema.optional(),
  })
  .superRefine(checkCrossReferences);

/** A validated plan with defaults filled in. */
export type Plan = z.output<typeof planSchema>;
/** A plan as written in a file (defaults may be omitted). */
export type PlanInput = z.input<typeof planSchema>;
export type Segment = Plan['dutyCycle']['segments'][number];
export type ActivitySegment = Extract<Segment, { kind: 'activity' }>;
export type ComputeDevice = Plan['compute'][number];
export type Accessory = Plan['accessories'][number];
export type BatteryInput = Plan['battery'];
export type Charger = NonNullable<Plan['charger']>;
export type WorkloadInput = Plan['workloads'][number];
