import { findCell, findRobot } from '../catalog';
import { packToCells, withCatalogCell, withChip } from './edits';
import { validatePlan, type PlanError } from './load';
import { getAtPath, parsePath, setAtPath } from './paths';
import type { Change, Scenario } from './scenario-schema';
import type { Plan, PlanInput } from './schema';

type Doc = Record<string, unknown>;
type Seg = { kind?: string; activity?: string; compute?: Record<string, { workloads?: string[] }> };

/** The devices a workload runs on in a plan's segments (in the order they first appear). */
function devicesRunning(doc: Doc, workload: string): string[] {
  const out: string[] = [];
  for (const s of ((doc.dutyCycle as Doc | undefined)?.segments as Seg[] | undefined) ?? [])
    for (const [dev, load] of Object.entries(s.compute ?? {}))
      if (load.workloads?.includes(workload) && !out.includes(dev)) out.push(dev);
  return out;
}

/** Switch a workload on or off in the activity segments of one activity (or all of them), on one device. */
function withWorkloadSwitched(doc: Doc, c: Extract<Change, { op: 'workload' }>): Doc {
  const devices = (doc.compute as { id: string }[] | undefined) ?? [];
  const device = c.device ?? devicesRunning(doc, c.workload)[0] ?? devices[0]?.id;
  if (!device) throw new RangeError('the plan has no compute device to run the workload on');
  if (!devices.some((d) => d.id === device))
    throw new RangeError(`the plan has no compute device "${device}"`);
  const duty = doc.dutyCycle as Doc;
  const segments = ((duty.segments as Seg[] | undefined) ?? []).map((s) => {
    if (s.kind !== 'activity' || (c.activity !== undefined && s.activity !== c.activity)) return s;
    const load = s.compute?.[device] ?? {};
    const now = load.workloads ?? [];
    const workloads = c.on
      ? now.includes(c.workload)
        ? now
        : [...now, c.workload]
      : now.filter((w) => w !== c.workload);
    return { ...s, compute: { ...(s.compute ?? {}), [device]: { ...load, workloads } } };
  });
  return { ...doc, dutyCycle: { ...duty, segments } };
}

/**
 * The robot as a catalog robot: its name, its mass without the pack (the catalog's whole-robot mass less the
 * plan's pack mass at its specific energy) and its pack's energy and voltage. Activities stay the plan's: a
 * catalog's claimed averages are not the duty cycle's powers.
 */
function withRobot(doc: Doc, presetId: string): Doc {
  const r = findRobot(presetId);
  if (!r) throw new RangeError(`"${presetId}" is not a robot in the catalog`);
  const robot = doc.robot as Doc;
  const battery = doc.battery as Doc;
  const pack = battery.pack as Doc | undefined;
  const energyWh = r.batteryEnergyWh.value;
  const specific = typeof pack?.specificEnergyWhPerKg === 'number' ? pack.specificEnergyWhPerKg : undefined;
  const packMassKg =
    typeof pack?.massKg === 'number' ? pack.massKg : specific && energyWh ? energyWh / specific : 0;
  const massKg = r.massKg.value;
  const out: Doc = {
    ...doc,
    robot: {
      ...robot,
      preset: r.id,
      name: r.name,
      ...(massKg !== null ? { massWithoutBatteryKg: Math.max(0, massKg - packMassKg) } : {}),
    },
  };
  if (pack && energyWh !== null) {
    const voltage = r.packVoltageNominalV.value ?? pack.nominalVoltageV;
    out.battery = { ...battery, pack: { ...pack, energyWh, nominalVoltageV: voltage } };
  }
  return out;
}

/** One change applied to a plan document (untyped until the plan schema validates the result). */
export function applyChange(doc: Doc, c: Change): Doc {
  switch (c.op) {
    case 'set':
      parsePath(c.path);
      return setAtPath(doc, c.path, c.value);
    case 'scale': {
      const v = getAtPath(doc, c.path);
      if (typeof v !== 'number') throw new RangeError(`${c.path} is not a number in this plan`);
      return setAtPath(doc, c.path, v * c.factor);
    }
    case 'swapDevice': {
      const list: NonNullable<PlanInput['compute']> = (doc.compute as PlanInput['compute']) ?? [];
      const i = list.findIndex((d) => d.id === c.device);
      if (i < 0) throw new RangeError(`the plan has no compute device "${c.device}"`);
      const compute = [...list];
      compute[i] = withChip(list[i]!, c.preset, c.overrides ?? {});
      return { ...doc, compute };
    }
    case 'swapCell': {
      if (!findCell(c.preset)) throw new RangeError(`"${c.preset}" is not a cell in the catalog`);
      const b = doc.battery as PlanInput['battery'];
      return { ...doc, battery: b.cells ? withCatalogCell(b, c.preset) : packToCells(b, c.preset) };
    }
    case 'swapRobot':
      return withRobot(doc, c.preset);
    case 'addSegment':
    case 'removeSegment': {
      const duty = doc.dutyCycle as Doc;
      const segments = [...((duty.segments as unknown[] | undefined) ?? [])];
      if (c.at > segments.length - (c.op === 'removeSegment' ? 1 : 0))
        throw new RangeError(`the duty cycle has no segment ${c.at + 1}`);
      if (c.op === 'addSegment') segments.splice(c.at, 0, c.segment);
      else segments.splice(c.at, 1);
      return { ...doc, dutyCycle: { ...duty, segments } };
    }
    case 'workload':
      return withWorkloadSwitched(doc, c);
  }
}

/** A plan without its scenarios: the base a scenario applies to, and what a scenario's own plan is. */
export function withoutScenarios<T extends object>(plan: T): T {
  if (!('scenarios' in plan)) return plan;
  const { scenarios: _s, ...rest } = plan as T & { scenarios?: unknown };
  return rest as T;
}

/**
 * Apply a scenario's changes to a base plan and validate the result with the plan schema. The result has no
 * scenarios of its own. Errors name the scenario, and the change or the field that made the plan invalid.
 */
export function applyScenario(
  base: Plan,
  scenario: Scenario,
): { ok: true; plan: Plan } | { ok: false; errors: PlanError[] } {
  let doc = withoutScenarios(base) as Doc;
  for (const [i, c] of scenario.changes.entries()) {
    try {
      doc = applyChange(doc, c);
    } catch (e) {
      return {
        ok: false,
        errors: [{ path: `(scenario "${scenario.name}") changes[${i}]`, message: (e as Error).message }],
      };
    }
  }
  const r = validatePlan(doc);
  if (!r.ok)
    return {
      ok: false,
      errors: r.errors.map((e) => ({ ...e, message: `${e.message} (scenario "${scenario.name}")` })),
    };
  return { ok: true, plan: r.plan };
}
