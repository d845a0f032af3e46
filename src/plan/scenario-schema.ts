import { z } from 'zod';
import { id, text } from './fields';

/** A field path of the plan ("battery.pack.energyWh", "dutyCycle.segments[1].durationMin"). */
const fieldPath = z
  .string({ error: 'must be a field path such as battery.pack.energyWh' })
  .min(1, { error: 'must be a field path such as battery.pack.energyWh' })
  .max(200, { error: 'must have at most 200 characters' });

const segmentIndex = z
  .number({ error: 'must be a segment number counted from 0' })
  .int({ error: 'must be a whole segment number counted from 0' })
  .min(0, { error: 'must be a segment number counted from 0' })
  .max(9_999, { error: 'must be at most 9999' });

/**
 * One change a scenario makes to its base plan (plan format v2; see docs/plan-format.md):
 * - `set` a field to a value, `scale` a numeric field by a factor;
 * - `swapDevice` a compute device's chip for a catalog preset, `swapCell` the pack's cell for a catalog cell
 *   (keeping its voltage and energy as closely as whole cells allow), `swapRobot` the robot for a catalog robot
 *   (its mass and pack);
 * - `addSegment` / `removeSegment` in the duty cycle (retiming one is a `set` of its `durationMin`);
 * - `workload`: switch a workload on or off in the segments of one activity, or in every segment.
 * The plan schema validates what the changes make: a scenario is only as valid as the plan it yields.
 */
export const changeSchema = z.discriminatedUnion(
  'op',
  [
    z.strictObject({ op: z.literal('set'), path: fieldPath, value: z.unknown() }),
    z.strictObject({
      op: z.literal('scale'),
      path: fieldPath,
      factor: z
        .number({ error: 'must be a number' })
        .finite()
        .gt(0, { error: 'must be above 0 (allowed 0 < factor ≤ 1000)' })
        .lte(1000, { error: 'must be at most 1000 (allowed 0 < factor ≤ 1000)' }),
    }),
    z.strictObject({
      op: z.literal('swapDevice'),
      device: id,
      preset: z.string().min(1).max(60),
      /** Device fields to set on top of the preset (validated with the plan schema). */
      overrides: z.record(z.string(), z.unknown()).optional(),
    }),
    z.strictObject({ op: z.literal('swapCell'), preset: z.string().min(1).max(60) }),
    z.strictObject({ op: z.literal('swapRobot'), preset: z.string().min(1).max(60) }),
    z.strictObject({ op: z.literal('addSegment'), at: segmentIndex, segment: z.unknown() }),
    z.strictObject({ op: z.literal('removeSegment'), at: segmentIndex }),
    z.strictObject({
      op: z.literal('workload'),
      workload: id,
      on: z.boolean({ error: 'must be true (on) or false (off)' }),
      /** The activity whose segments change; every activity segment when absent. */
      activity: id.optional(),
      /** The device that runs it; the plan's only device, or the first that can, when absent. */
      device: id.optional(),
    }),
  ],
  {
    error:
      'must be a change with op "set", "scale", "swapDevice", "swapCell", "swapRobot", "addSegment", "removeSegment" or "workload"',
  },
);
export type Change = z.infer<typeof changeSchema>;

/** A named what-if kept in the plan: its changes to the base plan and the team's notes on it. */
export const scenarioSchema = z.strictObject({
  name: text(80, 1),
  notes: text(4000, 0, { multiline: true }).optional(),
  changes: z.array(changeSchema, { error: 'must be a list of changes' }).max(100, {
    error: 'allows at most 100 changes',
  }),
});
export type Scenario = z.infer<typeof scenarioSchema>;

/** At most this many scenarios in a plan (a comparison of more is not read by anyone). */
export const MAX_SCENARIOS = 20;

export const scenarioListSchema = z
  .array(scenarioSchema, { error: 'must be a list of scenarios' })
  .max(MAX_SCENARIOS, { error: `allows at most ${MAX_SCENARIOS} scenarios` })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    for (const [i, s] of list.entries()) {
      const key = s.name.trim().toLowerCase();
      if (seen.has(key))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'name'],
          message: `duplicate scenario name "${s.name}" (each scenario needs its own name)`,
        });
      seen.add(key);
    }
  });
