/**
 * The runs a simulation is made of: the runtime on one charge (the headline case, also at end of life)
 * and the shift as the plan schedules it; with the fast paths that sweeps, sensitivity and sizing use.
 */
import { chargedSoc } from '../battery/charging';
import { buildPack, type PackModel } from '../battery/pack';
import { resolvePlan, type ResolvedPlan, type ResolvedSegment } from '../plan/resolve';
import type { Plan } from '../plan/schema';
import type { EngineOptions } from './engine';
import { runSchedule, type ScheduleResult } from './schedule';
import type { SimulationResult } from './simulation-types';
import { feasibilityOf, type Feasibility } from './verdict';
import { verdictRemarks } from './verdict-remarks';

export const DEFAULT_MAX_STEP_SOC = 0.02;
export const SECONDS_PER_DAY = 86_400;

const loadSegments = (segs: readonly ResolvedSegment[]) => segs.filter((s) => s.kind !== 'charge');

/** Engine options from a step size or a full set. */
export function engineOf(e: number | EngineOptions): EngineOptions {
  return typeof e === 'number' ? { maxStepSoc: e } : e;
}

/**
 * Runtime on one charge: the duty cycle's load segments looped from full until the reserve or cut-off (the
 * headline case; charge segments are left out). With `recordSeries`, its time series for the chart.
 */
export function runtimeOnOneCharge(
  rp: ResolvedPlan,
  pack: PackModel,
  engine: number | EngineOptions,
  recordSeries = false,
): ScheduleResult {
  return runSchedule(
    pack,
    rp.charger,
    loadSegments(rp.segments),
    chargedSoc(pack, rp.charger),
    { maxCycles: Infinity, maxOperatingS: Infinity, onEmpty: 'stop' },
    engineOf(engine),
    recordSeries,
  );
}

export function runtimeHoursOf(r: ScheduleResult): number | null {
  return r.endedBy === 'unbounded' ? null : r.state.timeS / 3600;
}

/** Runtime on one charge only (hours, null when unbounded): the fast path for sweeps and sizing. */
export function simulateRuntimeHours(plan: Plan, maxStepSoc = DEFAULT_MAX_STEP_SOC): number | null {
  const rp = resolvePlan(plan);
  return runtimeHoursOf(runtimeOnOneCharge(rp, rp.pack, maxStepSoc));
}

/**
 * Runtime on one charge with the plan's feasibility (the fast path of sweeps and sensitivity): the same
 * verdict remarks as `simulate` (src/sim/remarks.ts `verdictRemarks`), read by the same rule, without the
 * shift, charging, ageing and the other remarks.
 */
export function simulateRuntimeAnswer(
  plan: Plan,
  maxStepSoc = DEFAULT_MAX_STEP_SOC,
): { runtimeHours: number | null; feasibility: Feasibility } {
  const rp = resolvePlan(plan);
  const rt = runtimeOnOneCharge(rp, rp.pack, maxStepSoc);
  const runtimeHours = runtimeHoursOf(rt);
  const ratedAh = rp.pack.ratedCapacityAh;
  const remarks = verdictRemarks(rp, {
    runtimeHours,
    runtimeEndedBy: endOf(rt),
    peakPowerW: rt.state.peakBatteryW,
    peakCurrentA: rt.state.peakCurrentA,
    peakCRate: ratedAh > 0 ? rt.state.peakCurrentA / ratedAh : 0,
    pack: { chargedSocPercent: chargedSoc(rp.pack, rp.charger) * 100 },
  });
  return { runtimeHours, feasibility: feasibilityOf(remarks).feasibility };
}

export function endOf(rt: ScheduleResult): SimulationResult['runtimeEndedBy'] {
  return rt.endedBy === 'reserve' ||
    rt.endedBy === 'cutoff' ||
    rt.endedBy === 'power-limit' ||
    rt.endedBy === 'unbounded'
    ? rt.endedBy
    : 'limit';
}

/** The shift as the plan schedules it (repeat count, hours, or until the reserve), from full. */
export function simulateShift(
  rp: ResolvedPlan,
  engine: number | EngineOptions = DEFAULT_MAX_STEP_SOC,
  recordSeries = true,
): ScheduleResult {
  const repeat = rp.plan.dutyCycle.repeat;
  return runSchedule(
    rp.pack,
    rp.charger,
    rp.segments,
    chargedSoc(rp.pack, rp.charger),
    {
      maxCycles: repeat.mode === 'count' ? repeat.count : Infinity,
      maxOperatingS:
        repeat.mode === 'hours'
          ? repeat.hours * 3600
          : repeat.mode === 'untilReserve'
            ? 7 * SECONDS_PER_DAY
            : Infinity,
      onEmpty: 'stop',
      untilSteady: repeat.mode === 'untilReserve',
    },
    engineOf(engine),
    recordSeries,
  );
}

/** The pack at end of life (80 % state of health), same temperature and configuration. */
export function endOfLifePack(plan: Plan): PackModel {
  return buildPack({
    ...plan.battery,
    stateOfHealthPercent: Math.min(80, plan.battery.stateOfHealthPercent),
  });
}
