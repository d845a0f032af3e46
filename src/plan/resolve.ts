import { buildPack, type PackModel } from '../battery/pack';
import type { ChargerModel } from '../battery/charging';
import { activityPowerW, computePowerW, segmentPower, ZERO_POWER, type SegmentPower } from '../loads/loads';
import type { ComputeDevice, Plan, Segment } from './schema';

/** A compute device with every figure resolved (from the plan, or a catalog preset). */
export interface ResolvedDevice {
  id: string;
  name: string;
  idlePowerW: number;
  maxPowerW: number;
  defaultUtilisation: number;
}

export interface ResolvedSegment {
  index: number;
  kind: Segment['kind'];
  label: string;
  /** Seconds; Infinity for a charge segment that runs until full. */
  durationS: number;
  power: SegmentPower;
  /** Utilisation (0..1) per device in this segment. */
  utilisation: Record<string, number>;
}

/** A plan turned into model inputs (SI units). */
export interface ResolvedPlan {
  plan: Plan;
  pack: PackModel;
  /** Robot mass without battery + pack mass (kg); drives mass-scaled activity power. */
  totalMassKg: number;
  devices: ResolvedDevice[];
  segments: ResolvedSegment[];
  charger: ChargerModel | null;
}

function resolveDevice(d: ComputeDevice): ResolvedDevice {
  return {
    id: d.id,
    name: d.name ?? d.id,
    idlePowerW: d.idlePowerW ?? 0,
    maxPowerW: d.maxPowerW ?? d.idlePowerW ?? 0,
    defaultUtilisation: d.defaultUtilisationPercent / 100,
  };
}

/** Human-readable label of a segment ("Walking", "Rest", "Charge"). */
export function segmentLabel(plan: Plan, s: Segment): string {
  if (s.label) return s.label;
  if (s.kind === 'activity')
    return plan.robot.activities.find((a) => a.id === s.activity)?.label ?? s.activity;
  return s.kind === 'rest' ? 'Rest' : 'Charge';
}

/**
 * Resolve a validated plan: build the pack, compute every segment's load by category at the robot's total
 * mass, and the charger model.
 */
export function resolvePlan(plan: Plan): ResolvedPlan {
  const pack = buildPack(plan.battery);
  const totalMassKg = plan.robot.massWithoutBatteryKg + pack.massKg;
  const devices = plan.compute.map(resolveDevice);
  const eta = plan.powerConversion.dcdcEfficiencyPercent / 100;
  const etaLoco = plan.powerConversion.locomotionEfficiencyPercent / 100;
  const alwaysOnW = plan.accessories.filter((a) => a.mode === 'always').reduce((sum, a) => sum + a.powerW, 0);
  const segments = plan.dutyCycle.segments.map((s, index): ResolvedSegment => {
    const label = segmentLabel(plan, s);
    const make = (
      durationS: number,
      power: SegmentPower,
      utilisation: Record<string, number>,
    ): ResolvedSegment => ({
      index,
      kind: s.kind,
      label,
      durationS,
      power,
      utilisation,
    });
    if (s.kind === 'charge') {
      return make(s.durationMin === undefined ? Infinity : s.durationMin * 60, ZERO_POWER, {});
    }
    const durationS = s.durationMin * 60;
    if (s.kind === 'rest') {
      if (!s.powered) return make(durationS, ZERO_POWER, {});
      const idle = Object.fromEntries(devices.map((d) => [d.id, d.idlePowerW]));
      return make(durationS, segmentPower(0, idle, alwaysOnW, eta, etaLoco), {});
    }
    const activity = plan.robot.activities.find((a) => a.id === s.activity)!;
    const utilisation: Record<string, number> = {};
    const computeByDeviceW: Record<string, number> = {};
    for (const d of devices) {
      const u = s.compute?.[d.id]?.utilisationPercent;
      utilisation[d.id] = u === undefined ? d.defaultUtilisation : u / 100;
      computeByDeviceW[d.id] = computePowerW(d.idlePowerW, d.maxPowerW, utilisation[d.id]!);
    }
    const onIds = new Set(s.accessoriesOn ?? []);
    const accessoriesW =
      alwaysOnW +
      plan.accessories
        .filter((a) => a.mode === 'perSegment' && onIds.has(a.id))
        .reduce((sum, a) => sum + a.powerW, 0);
    const locomotionW = activityPowerW(activity.powerW, totalMassKg, plan.robot.massScaling);
    return make(
      durationS,
      segmentPower(locomotionW, computeByDeviceW, accessoriesW, eta, etaLoco),
      utilisation,
    );
  });
  const charger = plan.charger
    ? {
        powerW: plan.charger.powerW,
        efficiency: plan.charger.efficiencyPercent / 100,
        endOfChargeCRate: plan.charger.endOfChargeCRate,
      }
    : null;
  return { plan, pack, totalMassKg, devices, segments, charger };
}
