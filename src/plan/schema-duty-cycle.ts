/**
 * The plan's duty cycle: activity, rest and charge segments, how they repeat, and the operating days.
 */
import { z } from 'zod';
import { id, num, percent, text } from './fields';

export const MAX_SEGMENTS = 1000;

const deviceLoadSchema = z
  .strictObject({
    utilisationPercent: percent().optional(),
    workloads: z.array(id).max(8, { error: 'allows at most 8 workloads' }).optional(),
  })
  .refine((d) => (d.utilisationPercent === undefined) !== (d.workloads === undefined), {
    error: 'give exactly one of utilisationPercent or workloads',
  });

/** Segment durations: 0 (skipped) or at least one second, up to 100 000 min. */
const durationMin = num(0, 100_000, 'min').refine((m) => m === 0 || m >= 1 / 60, {
  error: 'must be 0 (segment skipped) or at least 1 s (0.0167 min)',
});

export const activitySegmentSchema = z.strictObject({
  kind: z.literal('activity'),
  activity: id,
  durationMin,
  label: text(80).optional(),
  compute: z.record(id, deviceLoadSchema).optional(),
  accessoriesOn: z.array(id).max(50).optional(),
});

export const restSegmentSchema = z.strictObject({
  kind: z.literal('rest'),
  durationMin,
  label: text(80).optional(),
  /** false: robot switched off (no load). true: electronics idle (compute at idle, always-on accessories). */
  powered: z.boolean({ error: 'must be true or false' }).default(false),
});

export const chargeSegmentSchema = z.strictObject({
  kind: z.literal('charge'),
  /** Omit to charge until full (end-of-charge current reached). */
  durationMin: durationMin.optional(),
  label: text(80).optional(),
});

export const segmentSchema = z.discriminatedUnion(
  'kind',
  [activitySegmentSchema, restSegmentSchema, chargeSegmentSchema],
  {
    error: 'must be a segment with kind "activity", "rest" or "charge"',
  },
);

export const repeatSchema = z.discriminatedUnion(
  'mode',
  [
    z.strictObject({ mode: z.literal('count'), count: num(1, 100_000, 'repetitions', { int: true }) }),
    z.strictObject({ mode: z.literal('hours'), hours: num(0, 100_000, 'h', { exclusiveMin: true }) }),
    z.strictObject({ mode: z.literal('untilReserve') }),
  ],
  { error: 'must be {"mode":"count","count":N}, {"mode":"hours","hours":H} or {"mode":"untilReserve"}' },
);

export const dutyCycleSchema = z.strictObject({
  segments: z
    .array(segmentSchema)
    .min(1, { error: 'needs at least 1 segment' })
    .max(MAX_SEGMENTS, { error: `allows at most ${MAX_SEGMENTS} segments` }),
  repeat: repeatSchema.default({ mode: 'untilReserve' }),
  operatingHoursPerDay: num(0, 24, 'h').default(8),
  daysPerYear: num(1, 366, 'days').default(250),
});
