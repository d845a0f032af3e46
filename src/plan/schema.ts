import { z } from 'zod';
import { CHEMISTRIES } from '../battery/chemistry';
import { ocvTableIssues } from '../battery/ocv';
import { id, num, percent, text } from './fields';
import { presetIssues } from './preset-checks';

/**
 * PowerPlan plan format, version 1 — the one schema every plan file, IPC payload and CLI input passes.
 * Units are in field names; every number is range-checked. Unknown fields are rejected (a typo such as
 * `powerw` must not be silently ignored). See docs/plan-format.md.
 */

export const PLAN_FORMAT = 'powerplan';
export const PLAN_VERSION = 1;
export const MAX_SEGMENTS = 1000;

const notes = text(20_000, 0, { multiline: true }).optional();

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

export const packFiguresSchema = z.strictObject({
  energyWh: num(0, 10_000_000, 'Wh', { exclusiveMin: true }),
  nominalVoltageV: num(0, 2000, 'V', { exclusiveMin: true }),
  maxVoltageV: num(0, 2500, 'V', { exclusiveMin: true }).optional(),
  minVoltageV: num(0, 2000, 'V', { exclusiveMin: true }).optional(),
  internalResistanceOhm: num(0, 100, 'Ω'),
  /** The pack's mass, fixed ("pinned"): it stays as given when the energy changes. */
  massKg: num(0, 100_000, 'kg').optional(),
  /** Pack-level specific energy: the mass follows the energy (`massKg = energyWh / specificEnergyWhPerKg`). */
  specificEnergyWhPerKg: num(0, 2000, 'Wh/kg', { exclusiveMin: true }).optional(),
  maxDischargeCRate: num(0, 200, 'C', { exclusiveMin: true }).optional(),
  maxChargeCRate: num(0, 20, 'C', { exclusiveMin: true }).optional(),
  cycleLife: num(1, 100_000, 'cycles').optional(),
});

export const cellSchema = z.strictObject({
  capacityAh: num(0, 5000, 'Ah', { exclusiveMin: true }),
  nominalVoltageV: num(0.5, 5, 'V'),
  maxVoltageV: num(0.5, 5, 'V'),
  minVoltageV: num(0.5, 5, 'V'),
  internalResistanceOhm: num(0, 10, 'Ω'),
  massKg: num(0, 100, 'kg', { exclusiveMin: true }),
  maxDischargeCRate: num(0, 200, 'C', { exclusiveMin: true }),
  maxChargeCRate: num(0, 20, 'C', { exclusiveMin: true }),
  cycleLife: num(1, 100_000, 'cycles').optional(),
});

export const cellPackSchema = z.strictObject({
  preset: id.optional(),
  cell: cellSchema,
  series: num(1, 1000, 'cells', { int: true }),
  parallel: num(1, 1000, 'strings', { int: true }),
  packMassOverheadPercent: percent(0, 300).default(25),
});

export const ocvPointSchema = z.strictObject({
  socPercent: percent(0, 100),
  voltageV: num(0.5, 5, 'V per cell'),
});

export const batterySchema = z
  .strictObject({
    chemistry: z.enum(CHEMISTRIES, { error: `must be one of ${CHEMISTRIES.join(', ')}` }),
    pack: packFiguresSchema.optional(),
    cells: cellPackSchema.optional(),
    reservePercent: percent(0, 90).default(10),
    maxSocPercent: percent(10, 100).default(100),
    stateOfHealthPercent: percent(10, 100).default(100),
    temperatureC: num(-40, 80, '°C').default(25),
    ocvTable: z
      .array(ocvPointSchema)
      .min(2, { error: 'needs at least 2 points' })
      .max(200, { error: 'allows at most 200 points' })
      .optional(),
    notes,
  })
  .superRefine((b, ctx) => {
    if ((b.pack === undefined) === (b.cells === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'give exactly one of "pack" (pack figures) or "cells" (cell × series × parallel)',
      });
    }
    if (b.reservePercent >= b.maxSocPercent) {
      ctx.addIssue({
        code: 'custom',
        path: ['reservePercent'],
        message: `must be below maxSocPercent (${b.maxSocPercent} %)`,
      });
    }
    const c = b.cells?.cell;
    if (c && !(c.minVoltageV < c.nominalVoltageV && c.nominalVoltageV < c.maxVoltageV)) {
      ctx.addIssue({
        code: 'custom',
        path: ['cells', 'cell'],
        message: `needs minVoltageV < nominalVoltageV < maxVoltageV (got ${c.minVoltageV} / ${c.nominalVoltageV} / ${c.maxVoltageV} V)`,
      });
    }
    const p = b.pack;
    if (p && (p.massKg === undefined) === (p.specificEnergyWhPerKg === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['pack', p.massKg === undefined ? 'massKg' : 'specificEnergyWhPerKg'],
        message:
          p.massKg === undefined
            ? 'required: give the pack mass (massKg) or its specific energy (specificEnergyWhPerKg)'
            : 'give either massKg (a fixed mass) or specificEnergyWhPerKg (mass follows the energy), not both',
      });
    }
    if (p?.maxVoltageV !== undefined && p.maxVoltageV <= p.nominalVoltageV) {
      ctx.addIssue({
        code: 'custom',
        path: ['pack', 'maxVoltageV'],
        message: 'must be above nominalVoltageV',
      });
    }
    if (p?.minVoltageV !== undefined && p.minVoltageV >= p.nominalVoltageV) {
      ctx.addIssue({
        code: 'custom',
        path: ['pack', 'minVoltageV'],
        message: 'must be below nominalVoltageV',
      });
    }
    if (b.ocvTable) {
      // The rule is the pack model's (src/battery/ocv.ts), on the table as it reads it: SoC = socPercent / 100.
      const issues = ocvTableIssues(
        b.ocvTable.map((p) => ({ soc: p.socPercent / 100, voltageV: p.voltageV })),
      );
      if (issues.some((i) => i.kind === 'first-not-empty' || i.kind === 'last-not-full')) {
        ctx.addIssue({
          code: 'custom',
          path: ['ocvTable'],
          message: 'must start at socPercent 0 and end at 100',
        });
      }
      const order = issues.find((i) => i.kind === 'soc-not-increasing' || i.kind === 'voltage-decreasing');
      if (order) {
        ctx.addIssue({
          code: 'custom',
          path: ['ocvTable', order.index],
          message: 'socPercent must increase strictly and voltageV must not decrease along the table',
        });
      }
    }
  });

export const memorySchema = z.strictObject({
  type: text(20, 1).optional(),
  bandwidthGBps: num(0, 100_000, 'GB/s', { exclusiveMin: true }).optional(),
  capacityGB: num(0, 100_000, 'GB', { exclusiveMin: true }).optional(),
  energyPjPerBit: num(0, 100, 'pJ/bit', { exclusiveMin: true }).optional(),
});

export const efficiencySchema = z.strictObject({
  bandwidthPercent: percent(1, 100).default(70),
  computePercent: percent(1, 100).default(50),
});

const catalogId = z
  .string({ error: 'must be a catalog id (see `powerplan catalog`)' })
  .regex(/^[a-z0-9][a-z0-9._-]{0,60}$/, { error: 'must be a catalog id (see `powerplan catalog`)' });

export const computeDeviceSchema = z.strictObject({
  id,
  name: text(80, 1).optional(),
  /** Catalog accelerator id; fields given here override the catalog's figures. */
  preset: catalogId.optional(),
  idlePowerW: num(0, 5000, 'W').optional(),
  maxPowerW: num(0, 5000, 'W').optional(),
  peakTops: num(0, 100_000, 'TOPS', { exclusiveMin: true }).optional(),
  memory: memorySchema.optional(),
  computeEnergyPjPerOp: num(0, 100, 'pJ/op', { exclusiveMin: true }).optional(),
  efficiency: efficiencySchema.optional(),
  /** The chip's power mode (its catalog `powerModes`, e.g. Jetson nvpmodel '25W'); its reference mode otherwise. */
  powerMode: z
    .string({ error: 'must be a power mode name, e.g. "25W"' })
    .regex(/^[A-Za-z0-9_.-]{1,30}$/, { error: 'must be a power mode name, e.g. "25W"' })
    .optional(),
  /** The LLM runtime its workloads run on unless they name one (catalog runtime id). */
  runtime: catalogId.optional(),
  defaultUtilisationPercent: percent().default(0),
  /** Workloads the device runs in segments that do not say otherwise (instead of a fixed utilisation). */
  defaultWorkloads: z.array(id).max(8, { error: 'allows at most 8 workloads' }).optional(),
  notes,
});

const workloadBase = {
  id,
  label: text(80).optional(),
  /** Catalog model id; fields given here override the catalog's figures. */
  model: catalogId.optional(),
};

export const llmWorkloadSchema = z.strictObject({
  ...workloadBase,
  kind: z.literal('llm'),
  /** The inference runtime (catalog id); the device's, else its chip's default, otherwise. */
  runtime: catalogId.optional(),
  /** Weight format (catalog id, e.g. "gguf-q4_k_m"); the runtime's default otherwise. Not with bitsPerWeight. */
  quantisation: catalogId.optional(),
  paramsB: num(0, 10_000, 'billion parameters', { exclusiveMin: true }).optional(),
  /** Nominal bits for every weight (no format overheads), instead of a `quantisation` format. */
  bitsPerWeight: num(1, 32, 'bits').optional(),
  layers: num(1, 1000, 'layers', { int: true }).optional(),
  kvHeads: num(1, 1000, 'heads', { int: true }).optional(),
  queryHeads: num(1, 1000, 'heads', { int: true }).optional(),
  headDim: num(1, 4096, 'dims', { int: true }).optional(),
  vocabSize: num(1, 10_000_000, 'tokens', { int: true }).optional(),
  hiddenSize: num(1, 1_000_000, 'dims', { int: true }).optional(),
  intermediateSize: num(1, 10_000_000, 'dims', { int: true }).optional(),
  tiedEmbeddings: z.boolean({ error: 'must be true or false' }).optional(),
  /** Parameters resident in memory (a mixture of experts' total; paramsB is what a token reads). */
  totalParamsB: num(0, 100_000, 'billion parameters', { exclusiveMin: true }).optional(),
  /** Layers that keep a KV cache (a hybrid's attention layers); all layers otherwise. */
  kvLayers: num(0, 1000, 'layers', { int: true }).optional(),
  /** Of those, layers with a sliding-window cache, and the window. */
  slidingLayers: num(0, 1000, 'layers', { int: true }).optional(),
  slidingWindowTokens: num(1, 10_000_000, 'tokens', { int: true }).optional(),
  kvBits: num(1, 32, 'bits').default(16),
  contextTokens: num(0, 10_000_000, 'tokens', { int: true }).default(2048),
  decodeTokensPerS: num(0, 1_000_000, 'tokens/s'),
  promptTokensPerRequest: num(0, 10_000_000, 'tokens', { int: true }).default(0),
  requestsPerMin: num(0, 100_000, 'requests/min').default(0),
});

export const visionWorkloadSchema = z.strictObject({
  ...workloadBase,
  kind: z.literal('vision'),
  gflopsPerFrame: num(0, 1_000_000, 'GFLOPs', { exclusiveMin: true }).optional(),
  framesPerS: num(0, 10_000, 'frames/s'),
  weightsMB: num(0, 1_000_000, 'MB').optional(),
});

export const worldModelWorkloadSchema = z.strictObject({
  ...workloadBase,
  kind: z.literal('worldModel'),
  gflopsPerClip: num(0, 100_000_000, 'GFLOPs', { exclusiveMin: true }).optional(),
  clipsPerS: num(0, 1000, 'clips/s'),
  paramsB: num(0, 10_000, 'billion parameters', { exclusiveMin: true }).optional(),
  bitsPerWeight: num(1, 32, 'bits').optional(),
});

export const workloadSchema = z.discriminatedUnion(
  'kind',
  [llmWorkloadSchema, visionWorkloadSchema, worldModelWorkloadSchema],
  { error: 'must be a workload with kind "llm", "vision" or "worldModel"' },
);

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
  })
  .superRefine(checkCrossReferences);

type PlanShape = z.output<typeof planSchema>;

function duplicates(ids: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const i of ids) (seen.has(i) ? dup : seen).add(i);
  return dup;
}

/** Ids must be unique and every reference (segment → activity, device, accessory) must resolve. */
function checkCrossReferences(plan: PlanShape, ctx: z.RefinementCtx): void {
  const lists = [
    ['robot', 'activities', plan.robot.activities],
    ['compute', null, plan.compute],
    ['accessories', null, plan.accessories],
  ] as const;
  for (const [first, second, items] of lists) {
    const dup = duplicates(items.map((x) => x.id));
    items.forEach((item, i) => {
      if (dup.has(item.id)) {
        ctx.addIssue({
          code: 'custom',
          path: second ? [first, second, i, 'id'] : [first, i, 'id'],
          message: `duplicate id "${item.id}"`,
        });
      }
    });
  }
  plan.compute.forEach((d, i) => {
    if (d.preset === undefined && (d.idlePowerW === undefined || d.maxPowerW === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['compute', i],
        message: 'needs idlePowerW and maxPowerW (or a catalog "preset")',
      });
    }
    if (d.idlePowerW !== undefined && d.maxPowerW !== undefined && d.idlePowerW > d.maxPowerW) {
      ctx.addIssue({
        code: 'custom',
        path: ['compute', i, 'idlePowerW'],
        message: `must not exceed maxPowerW (${d.maxPowerW} W)`,
      });
    }
  });
  for (const issue of presetIssues(plan)) ctx.addIssue(issue);
  const activityIds = new Set(plan.robot.activities.map((a) => a.id));
  const deviceIds = new Set(plan.compute.map((d) => d.id));
  const accessoryById = new Map(plan.accessories.map((a) => [a.id, a]));
  let totalMin = 0;
  let dischargeMin = 0;
  plan.dutyCycle.segments.forEach((s, i) => {
    const path = ['dutyCycle', 'segments', i];
    if (s.kind === 'charge') {
      if (!plan.charger) {
        ctx.addIssue({ code: 'custom', path, message: 'is a charge segment but the plan has no "charger"' });
      }
      totalMin += s.durationMin ?? 0;
      return;
    }
    totalMin += s.durationMin;
    dischargeMin += s.durationMin;
    if (s.kind !== 'activity') return;
    if (!activityIds.has(s.activity)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'activity'],
        message: `refers to unknown activity "${s.activity}" (known: ${[...activityIds].join(', ')})`,
      });
    }
    for (const devId of Object.keys(s.compute ?? {})) {
      if (!deviceIds.has(devId)) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'compute', devId],
          message: `refers to unknown compute device "${devId}"`,
        });
      }
    }
    (s.accessoriesOn ?? []).forEach((accId, j) => {
      const acc = accessoryById.get(accId);
      if (!acc) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'accessoriesOn', j],
          message: `refers to unknown accessory "${accId}"`,
        });
      }
    });
  });
  const untilFullCharges = plan.dutyCycle.segments.some(
    (s) => s.kind === 'charge' && s.durationMin === undefined,
  );
  if (totalMin <= 0 && !untilFullCharges) {
    ctx.addIssue({
      code: 'custom',
      path: ['dutyCycle', 'segments'],
      message: 'the duty cycle has zero total duration: give at least one segment a durationMin above 0',
    });
  } else if (dischargeMin <= 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['dutyCycle', 'segments'],
      message: 'the duty cycle needs at least one activity or rest segment with durationMin above 0',
    });
  }
}

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
