import { PLAN_VERSION } from './schema';

/**
 * Plan-format migrations. Each step takes a document of version `from` (already parsed JSON, untrusted) and
 * returns a document of version `from + 1`. Steps never mutate their input. Loading runs the chain up to
 * PLAN_VERSION and then validates the result with the current schema.
 */
export interface Migration {
  from: number;
  describe: string;
  /** A step that only widens the format: the plan reads the same, so the reader is not told. */
  silent?: boolean;
  migrate(doc: Record<string, unknown>): Record<string, unknown>;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/**
 * v0 was the pre-release draft format: flat pack figures under `battery` (`energyWh`, `voltageV`,
 * `resistanceOhm`), activities with `watts`, and `dutyCycle.steps` of `{activity, minutes}`.
 */
const v0ToV1: Migration = {
  from: 0,
  describe: 'draft format → v1: battery.pack, activities[].powerW, dutyCycle.segments',
  migrate(doc) {
    const robot = isObject(doc.robot) ? doc.robot : {};
    const battery = isObject(doc.battery) ? doc.battery : {};
    const duty = isObject(doc.dutyCycle) ? doc.dutyCycle : {};
    const { energyWh, voltageV, resistanceOhm, massKg, ...batteryRest } = battery;
    const { massKg: robotMassKg, activities, ...robotRest } = robot;
    const { steps, ...dutyRest } = duty;
    return {
      ...doc,
      version: 1,
      robot: {
        ...robotRest,
        massWithoutBatteryKg: robotMassKg,
        activities: asArray(activities).map((a) => {
          if (!isObject(a)) return a;
          const { watts, ...rest } = a;
          return { ...rest, powerW: watts };
        }),
      },
      battery: {
        ...batteryRest,
        pack: { energyWh, nominalVoltageV: voltageV, internalResistanceOhm: resistanceOhm ?? 0, massKg },
      },
      dutyCycle: {
        ...dutyRest,
        segments: asArray(steps).map((s) =>
          isObject(s) ? { kind: 'activity', activity: s.activity, durationMin: s.minutes } : s,
        ),
      },
    };
  },
};

/** v2 adds the plan's own scenarios (`scenarios`, optional): a v1 plan is a v2 plan with none. */
const v1ToV2: Migration = {
  from: 1,
  describe: 'v1 → v2: scenarios may be kept in the plan',
  silent: true,
  migrate: (doc) => ({ ...doc, version: 2 }),
};

export const MIGRATIONS: readonly Migration[] = [v0ToV1, v1ToV2];

export type MigrationResult =
  | { ok: true; doc: Record<string, unknown>; fromVersion: number; applied: string[] }
  | { ok: false; message: string; path: string };

/** Bring a parsed document to PLAN_VERSION, or explain why it cannot be read. */
export function migrateToCurrent(
  doc: Record<string, unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
): MigrationResult {
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return {
      ok: false,
      path: 'version',
      message: `must be a whole number from 0 to ${PLAN_VERSION} (got ${JSON.stringify(version) ?? 'nothing'})`,
    };
  }
  if (version > PLAN_VERSION) {
    return {
      ok: false,
      path: 'version',
      message: `this plan was written by a newer PowerPlan (format version ${version}); this version reads up to ${PLAN_VERSION}. Update PowerPlan to open it.`,
    };
  }
  let current = doc;
  const applied: string[] = [];
  for (let v = version; v < PLAN_VERSION; v++) {
    const step = migrations.find((m) => m.from === v);
    if (!step) return { ok: false, path: 'version', message: `no migration from format version ${v}` };
    current = step.migrate(current);
    if (!step.silent) applied.push(step.describe);
  }
  return { ok: true, doc: current, fromVersion: version, applied };
}
