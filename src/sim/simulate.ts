import {
  ageingCurve,
  ageingRangeWarnings,
  DAYS_PER_YEAR,
  daysToCapacity,
  graphiteAnodePotentialV,
  type AgeingPoint,
  type AgeingStressors,
} from '../battery/ageing';
import { chargeCcCv, chargedSoc, type ChargeResult } from '../battery/charging';
import { buildPack, type PackModel } from '../battery/pack';
import type { ResolvedDeviceSpec } from '../plan/presets';
import {
  resolvePlan,
  type DeviceWorkloadAnalysis,
  type ResolvedPlan,
  type ResolvedSegment,
} from '../plan/resolve';
import type { Plan } from '../plan/schema';
import type { DischargeEnd } from './discharge';
import { occupy, type EngineOptions, type EnergyTally, type SeriesPoint, type SimEvent } from './engine';
import { buildRemarks, verdictRemarks, type Warning } from './remarks';
import {
  feasibilityOf,
  isHypotheticalRemark,
  targetVerdicts,
  type Feasibility,
  type TargetVerdict,
  type VerdictReason,
} from './verdict';
import { runSchedule, type ScheduleResult } from './schedule';

export const DEFAULT_MAX_STEP_SOC = 0.02;
const SECONDS_PER_DAY = 86_400;
/** Longest time series handed to charts (points); longer runs are thinned evenly. */
export const MAX_SERIES_POINTS = 4000;

export interface SimulateOptions {
  /** Largest SoC change per integration sub-step (default 0.02). */
  maxStepSoc?: number;
  /** Skip the lifetime projection (used inside sizing loops that only need runtime). */
  skipLifetime?: boolean;
  /** Skip the time series (faster). */
  skipSeries?: boolean;
  /** Run every cycle of long runs of short cycles instead of skipping ahead (a reference for tests). */
  noSkipAhead?: boolean;
}

export interface EnergyBreakdownWh {
  locomotion: number;
  compute: number;
  accessories: number;
  conversionLoss: number;
  batteryLoss: number;
}

export interface PackSummary {
  chemistry: string;
  configuration: PackModel['configuration'];
  ratedEnergyWh: number;
  ratedCapacityAh: number;
  capacityAh: number;
  /** Rated nominal voltage: rated energy / rated capacity (the plan's pack figure, or S × the cell's). */
  nominalVoltageV: number;
  maxVoltageV: number;
  minVoltageV: number;
  resistanceOhm: number;
  massKg: number;
  totalRobotMassKg: number;
  maxDischargeCRate: number;
  maxChargeCRate: number;
  /** Energy the pack delivers at its terminals on one charge, from full to the reserve or cut-off (Wh). */
  usableEnergyWh: number;
  /** SoC a full charge reaches (the CC-CV end point, at most the charge limit), percent. */
  chargedSocPercent: number;
}

export interface SegmentSummary {
  index: number;
  kind: string;
  label: string;
  durationMin: number | null;
  batteryW: number;
  locomotionW: number;
  computeW: number;
  accessoriesW: number;
  conversionLossW: number;
}

export interface SimulationResult {
  /**
   * Whether the plan can run as written (docs/verdicts.md): 'infeasible' when the AI payload cannot run or the
   * pack cannot deliver the load, 'unknown' when a figure the answer depends on is missing.
   */
  feasibility: Feasibility;
  /** `feasibility === 'feasible'`. */
  feasible: boolean;
  /** Why the plan cannot run, in words (`{code, message}`); empty when it can. */
  infeasibleReasons: VerdictReason[];
  /** Which missing figures make the answer unknown. */
  unknownReasons: VerdictReason[];
  /**
   * What a feasible answer rests on that is not a measurement or datasheet figure (a target chip's
   * claim-implied figures): shown with the verdict, never hidden in the remarks alone.
   */
  caveats: VerdictReason[];
  /**
   * The plan is unknown because a missing figure makes the loads an underestimate: its runtime, end-of-life
   * runtime and lifetime are upper bounds, its charges per day a lower bound (docs/verdicts.md).
   */
  figuresAreBounds: boolean;
  /** Each target the plan sets with its output and status (met, near, missed, unknown): one rule everywhere. */
  targetStatus: TargetVerdict[];
  /** Runtime on one charge, from full to the reserve or cut-off, looping the duty cycle's load segments. */
  runtimeHours: number | null;
  runtimeUnbounded: boolean;
  /**
   * What ended the runtime on one charge: the reserve, the voltage cut-off, the pack's power limit
   * (`P_max = OCV²/4R`), no load at all ('unbounded'), or the evaluation guard ('limit', never in practice).
   */
  runtimeEndedBy: DischargeEnd | 'unbounded' | 'limit';
  averagePowerW: number;
  peakPowerW: number;
  peakCurrentA: number;
  peakCRate: number;
  energyBreakdownWh: EnergyBreakdownWh;
  /** Energy drawn from the cells over the runtime, and the balance check. */
  energyBalance: { chemicalWh: number; accountedWh: number; relativeError: number };
  chargeTimeTo80Hours: number | null;
  chargeTimeToFullHours: number | null;
  chargePowerLimited: boolean | null;
  /** Peak current of the charge from the reserve to full (A): at the start of its constant-current phase. */
  chargePeakCurrentA: number | null;
  /** Charges on an operating day: `chargeCounts.atReserve + opportunity + endOfDay` (a decimal when extrapolated). */
  chargesPerDay: number;
  /**
   * What `chargesPerDay` counts: recharges when the reserve is reached during the operating hours, the duty
   * cycle's own charge segments that add charge (opportunity charging), and the charge back to full after the
   * operating day (by the plan's charger, or by one outside the plan when it has none).
   */
  chargeCounts: { atReserve: number; opportunity: number; endOfDay: number };
  equivalentFullCyclesPerDay: number;
  yearsTo80PercentSoH: number | null;
  runtimeAtEndOfLifeHours: number | null;
  ageing: { stressors: AgeingStressors; curve: AgeingPoint[]; model: string } | null;
  shift: {
    mode: Plan['dutyCycle']['repeat']['mode'];
    durationHours: number;
    completed: boolean;
    endSoc: number;
    cycles: number;
    /**
     * The last complete cycle of the shift: its net SoC change (end − start, percentage points) and its length.
     * With charge segments in the duty cycle, a change below zero means they do not keep up. Judged cycle by
     * cycle (the same point of each cycle), not from the shift's end, which may fall mid-cycle.
     */
    lastCycle: { socChangePercent: number; hours: number } | null;
    /**
     * Until-the-reserve shifts whose charge segments keep the pack above the reserve for good: the periodic
     * steady state they settle into (each cycle starts and ends at `cycleEndSocPercent` and dips to
     * `minSocPercent`); null otherwise. The shift is then simulated only until it has settled.
     */
    sustainable: { cycleEndSocPercent: number; minSocPercent: number } | null;
  };
  pack: PackSummary;
  /** Compute devices as resolved (plan fields, else catalog preset figures), with provenance. */
  devices: ResolvedDeviceSpec[];
  /** Every (device, workload) pair the duty cycle uses: utilisation, roofline, energy per token/frame. */
  ai: DeviceWorkloadAnalysis[];
  segments: SegmentSummary[];
  /** The shift as the plan schedules it (charge segments included), thinned to MAX_SERIES_POINTS. */
  series: SeriesPoint[];
  /** The headline case: the load segments looped from full to the end of the runtime (no charging). */
  runtimeSeries: SeriesPoint[];
  events: SimEvent[];
  warnings: Warning[];
}

const J_PER_WH = 3600;

function breakdown(e: EnergyTally): EnergyBreakdownWh {
  return {
    locomotion: e.locomotionJ / J_PER_WH,
    compute: e.computeJ / J_PER_WH,
    accessories: e.accessoriesJ / J_PER_WH,
    conversionLoss: e.conversionLossJ / J_PER_WH,
    batteryLoss: e.batteryLossJ / J_PER_WH,
  };
}

function thin(series: SeriesPoint[], max: number): SeriesPoint[] {
  if (series.length <= max) return series;
  const stride = series.length / max;
  const out: SeriesPoint[] = [];
  for (let i = 0; i < max - 1; i++) out.push(series[Math.floor(i * stride)]!);
  out.push(series[series.length - 1]!);
  return out;
}

const loadSegments = (segs: readonly ResolvedSegment[]) => segs.filter((s) => s.kind !== 'charge');

/** Engine options from a step size or a full set. */
function engineOf(e: number | EngineOptions): EngineOptions {
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

function runtimeHoursOf(r: ScheduleResult): number | null {
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

function endOf(rt: ScheduleResult): SimulationResult['runtimeEndedBy'] {
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

/** Recharges simulated one by one in a day before the rest of the day is extrapolated. */
export const MAX_DAILY_RECHARGES = 100;

/**
 * Daily schedule (docs/battery-model.md, "Daily schedule, cycles and life"; docs/references.md#blast-lite):
 * the duty cycle runs for the operating hours from a full charge (`chargedSoc`); when the reserve is reached
 * the robot recharges to full (off duty) and carries on; at the end of the day it is charged to full. Without
 * a charger in the plan the run stops at the reserve, and the pack is taken to be recharged to full right
 * after the operating day by a charger outside the plan (instantly, for the ageing stressors — resting full
 * is the conservative case for calendar ageing).
 *
 * Returns charges per day, equivalent full cycles and the day's BLAST-Lite stressors. BLAST-Lite counts
 * throughput against the cell's nominal capacity (its models multiply SoC rates by the remaining capacity q),
 * so the model's SoC changes — fractions of the present capacity (state of health, temperature) — are scaled
 * by `capacityAh / ratedCapacityAh`:
 *   EFC/day = (Σ|ΔSoC|/2)·k, Crate = Σ|ΔSoC|·k / day (h), Cdis = Σ discharge ΔSoC·k / discharge time (h),
 *   charge rate = (full − reserve)·k / charge time from the reserve (h), with k = capacity / rated capacity.
 * Discharged and charged SoC follow from the total and the net change: down = (Σ|ΔSoC| + SoC₀ − SoC₁)/2.
 */
export function dailySchedule(
  rp: ResolvedPlan,
  engine: number | EngineOptions = DEFAULT_MAX_STEP_SOC,
  /** The charge from the reserve to full, when the caller has already run it (simulate has). */
  reserveToFull?: ChargeResult,
) {
  const { pack, charger, plan } = rp;
  const eng = engineOf(engine);
  const maxStepSoc = eng.maxStepSoc;
  const operatingS = plan.dutyCycle.operatingHoursPerDay * 3600;
  const fullSoc = chargedSoc(pack, charger);
  const run = runSchedule(
    pack,
    charger,
    rp.segments,
    fullSoc,
    {
      maxCycles: Infinity,
      maxOperatingS: operatingS,
      onEmpty: charger ? 'recharge' : 'stop',
      maxRecharges: MAX_DAILY_RECHARGES,
    },
    eng,
    false,
    true,
  );
  const st = run.state;
  let atReserve = run.rechargesAtReserve;
  let opportunity = run.opportunityCharges;
  let endOfDayCharges = 0;
  // A pack that empties and recharges more than MAX_DAILY_RECHARGES times a day: the rest of the day repeats
  // the same discharge–recharge pattern, so its counts and time integrals scale with the operating time.
  const extrapolated = run.endedBy === 'recharge-cap' && run.operatingS > 0;
  if (extrapolated) {
    const f = operatingS / run.operatingS;
    atReserve *= f;
    opportunity *= f;
    st.throughputSoc *= f;
    st.dischargeTimeS *= f;
    st.socSeconds *= f;
    st.anodePotentialVSeconds *= f;
    st.timeS *= f;
  }
  // Discharged SoC over the day (before the end-of-day charge).
  const dischargedSoc = Math.max(0, (st.throughputSoc + fullSoc - st.soc) / 2);
  let dayEndTimeS = st.timeS;
  if (st.soc < fullSoc - 1e-6) {
    if (charger) {
      const end = chargeCcCv(pack, charger, st.soc, Infinity);
      const dt = Number.isFinite(end.elapsedS) ? end.elapsedS : 0;
      endOfDayCharges = 1;
      st.throughputSoc += end.socEnd - st.soc;
      // SoC and anode potential integrated over the charge's own sub-steps (docs/ageing.md).
      let prev = { timeS: 0, soc: st.soc };
      for (const p of end.samples) {
        occupy(st, prev.soc, p.soc, p.timeS - prev.timeS);
        prev = p;
      }
      occupy(st, prev.soc, end.socEnd, dt - prev.timeS);
      st.soc = end.socEnd;
      dayEndTimeS += dt;
    } else {
      // Recharged outside the plan: the charge and its throughput count, the time does not.
      endOfDayCharges = 1;
      st.throughputSoc += fullSoc - st.soc;
      st.soc = fullSoc;
    }
  }
  const restS = Math.max(0, SECONDS_PER_DAY - dayEndTimeS);
  const daySpanS = Math.max(SECONDS_PER_DAY, dayEndTimeS);
  const socSeconds = st.socSeconds + st.soc * restS;
  const anodeSeconds = st.anodePotentialVSeconds + graphiteAnodePotentialV(st.soc) * restS;
  const k = pack.ratedCapacityAh > 0 ? pack.capacityAh / pack.ratedCapacityAh : 1;
  const efcPerOperatingDay = (st.throughputSoc / 2) * k;
  const dischargeHours = st.dischargeTimeS / 3600;
  // The charge rate of a charge from the reserve to full (for the range warning).
  let avgChargeCRatePerH = 0;
  if (charger && fullSoc > pack.reserveSoc) {
    const c = reserveToFull ?? chargeCcCv(pack, charger, pack.reserveSoc, Infinity, { maxStepSoc });
    if (c.elapsedS > 0 && Number.isFinite(c.elapsedS))
      avgChargeCRatePerH = ((c.socEnd - pack.reserveSoc) * k) / (c.elapsedS / 3600);
  }
  // Non-operating days are spent at rest, fully charged: average the stressors over the calendar year.
  const operatingFraction = Math.min(1, plan.dutyCycle.daysPerYear / DAYS_PER_YEAR);
  const idleUa = graphiteAnodePotentialV(fullSoc);
  const stressors: AgeingStressors = {
    temperatureC: plan.battery.temperatureC,
    efcPerDay: efcPerOperatingDay * operatingFraction,
    depthOfDischarge: Math.max(0, Math.max(st.maxSoc, st.soc) - st.minSoc),
    meanSoc: operatingFraction * (socSeconds / daySpanS) + (1 - operatingFraction) * fullSoc,
    meanAnodePotentialV: operatingFraction * (anodeSeconds / daySpanS) + (1 - operatingFraction) * idleUa,
    avgCRatePerH: ((st.throughputSoc * k) / (daySpanS / 3600)) * operatingFraction || 0,
    avgDischargeCRatePerH: dischargeHours > 0 ? (dischargedSoc * k) / dischargeHours : 0,
    avgChargeCRatePerH,
  };
  return {
    run,
    chargesPerDay: atReserve + opportunity + endOfDayCharges,
    chargeCounts: { atReserve, opportunity, endOfDay: endOfDayCharges },
    efcPerDay: efcPerOperatingDay,
    dayLengthHours: dayEndTimeS / 3600,
    stressors,
  };
}

/**
 * Simulate a plan: runtime on one charge, the shift as scheduled (time series and events), charging, the
 * daily schedule, ageing and end-of-life runtime, and plain-language warnings. Never throws on a validated
 * plan; never returns NaN (unbounded runtime is `null` with `runtimeUnbounded: true`).
 */
export function simulate(plan: Plan, options: SimulateOptions = {}): SimulationResult {
  const maxStepSoc = options.maxStepSoc ?? DEFAULT_MAX_STEP_SOC;
  const engine: EngineOptions = { maxStepSoc, ...(options.noSkipAhead ? { skipAhead: false } : {}) };
  const rp = resolvePlan(plan);
  const { pack, charger } = rp;

  // 1. Runtime on one charge.
  const rt = runtimeOnOneCharge(rp, pack, engine, !options.skipSeries);
  const runtimeHours = runtimeHoursOf(rt);
  const e = rt.state.energy;
  const terminalJ = e.locomotionJ + e.computeJ + e.accessoriesJ + e.conversionLossJ;
  const accountedJ = terminalJ + e.batteryLossJ;
  const chemicalJ = e.chemicalOutJ;
  const dischargeS = rt.state.dischargeTimeS;
  const runtimeEndedBy = endOf(rt);

  // 2. The shift as scheduled (time series).
  const repeat = plan.dutyCycle.repeat;
  const shift = simulateShift(rp, engine, !options.skipSeries);
  const shiftCompleted =
    shift.endedBy !== 'reserve' && shift.endedBy !== 'cutoff' && shift.endedBy !== 'power-limit';
  if (shiftCompleted && repeat.mode !== 'untilReserve') {
    shift.state.events.push({
      timeS: shift.state.timeS,
      kind: 'shift-complete',
      segment: rp.segments.length - 1,
      soc: shift.state.soc,
      message: `Shift complete with ${(shift.state.soc * 100).toFixed(0)} % SoC left`,
    });
  }

  // 3. Charging from the reserve (docs/battery-model.md, "Charging").
  const fromSoc = pack.reserveSoc;
  let chargeTimeTo80Hours: number | null = null;
  let chargeTimeToFullHours: number | null = null;
  let chargePowerLimited: boolean | null = null;
  const full = charger ? chargeCcCv(pack, charger, fromSoc, Infinity, { maxStepSoc }) : undefined;
  if (charger && full) {
    chargeTimeToFullHours = full.elapsedS / 3600;
    // "To 80 %" only when a full charge gets there (a lower charge limit or end point never does).
    if (full.socEnd >= 0.8) {
      const to80 = chargeCcCv(pack, charger, fromSoc, Infinity, { maxStepSoc, targetSoc: 0.8 });
      chargeTimeTo80Hours = to80.elapsedS / 3600;
    }
    chargePowerLimited = full.powerLimited;
  }

  // 4. Daily schedule and ageing.
  const day = dailySchedule(rp, engine, full);
  let yearsTo80: number | null = null;
  let runtimeAtEol: number | null = null;
  let ageing: SimulationResult['ageing'] = null;
  const ageingWarnings: Warning[] = [];
  if (!options.skipLifetime) {
    const chem = plan.battery.chemistry;
    const soh = plan.battery.stateOfHealthPercent / 100;
    const t0 = soh >= 1 ? 0 : daysToCapacity(chem, day.stressors, soh);
    const t80 = daysToCapacity(chem, day.stressors, 0.8);
    yearsTo80 = Number.isFinite(t80)
      ? Math.max(0, t80 - (Number.isFinite(t0) ? t0 : 0)) / DAYS_PER_YEAR
      : null;
    const horizonYears = Math.min(30, Math.max(1, (yearsTo80 ?? 15) * 1.25));
    ageing = {
      stressors: day.stressors,
      curve: ageingCurve(chem, day.stressors, horizonYears, 61),
      model: chem,
    };
    for (const w of ageingRangeWarnings(chem, day.stressors)) {
      ageingWarnings.push({ code: w.code, severity: 'info', message: w.message, text: w.text });
    }
    const eol = runtimeOnOneCharge(rp, endOfLifePack(plan), engine);
    runtimeAtEol = runtimeHoursOf(eol);
  }

  const ratedAh = pack.ratedCapacityAh;
  const peakCRate = ratedAh > 0 ? rt.state.peakCurrentA / ratedAh : 0;
  const result: SimulationResult = {
    feasibility: 'feasible',
    feasible: true,
    infeasibleReasons: [],
    unknownReasons: [],
    caveats: [],
    figuresAreBounds: false,
    targetStatus: [],
    runtimeHours,
    runtimeUnbounded: runtimeHours === null,
    runtimeEndedBy,
    averagePowerW: dischargeS > 0 ? terminalJ / rt.state.timeS : 0,
    peakPowerW: rt.state.peakBatteryW,
    peakCurrentA: rt.state.peakCurrentA,
    peakCRate,
    energyBreakdownWh: breakdown(e),
    energyBalance: {
      chemicalWh: chemicalJ / J_PER_WH,
      accountedWh: accountedJ / J_PER_WH,
      // Relative to the energy drawn, with a 1 J floor so runs that draw next to nothing compare absolutely.
      relativeError: Math.abs(chemicalJ - accountedJ) / Math.max(1, chemicalJ, accountedJ),
    },
    chargeTimeTo80Hours,
    chargeTimeToFullHours,
    chargePowerLimited,
    chargePeakCurrentA: full ? full.peakCurrentA : null,
    chargesPerDay: day.chargesPerDay,
    chargeCounts: day.chargeCounts,
    equivalentFullCyclesPerDay: day.efcPerDay,
    yearsTo80PercentSoH: yearsTo80,
    runtimeAtEndOfLifeHours: runtimeAtEol,
    ageing,
    shift: {
      mode: repeat.mode,
      durationHours: shift.state.timeS / 3600,
      completed: shiftCompleted,
      endSoc: shift.state.soc,
      cycles: shift.cycles,
      lastCycle: shift.lastCycle
        ? { socChangePercent: shift.lastCycle.socChange * 100, hours: shift.lastCycle.durationS / 3600 }
        : null,
      sustainable: shift.steady
        ? {
            cycleEndSocPercent: shift.steady.cycleStartSoc * 100,
            minSocPercent: shift.steady.minSoc * 100,
          }
        : null,
    },
    pack: {
      chemistry: pack.chemistry,
      configuration: pack.configuration,
      ratedEnergyWh: pack.ratedEnergyWh,
      ratedCapacityAh: pack.ratedCapacityAh,
      capacityAh: pack.capacityAh,
      nominalVoltageV: pack.ratedCapacityAh > 0 ? pack.ratedEnergyWh / pack.ratedCapacityAh : 0,
      maxVoltageV: pack.maxVoltageV,
      minVoltageV: pack.minVoltageV,
      resistanceOhm: pack.resistanceOhm,
      massKg: pack.massKg,
      totalRobotMassKg: rp.totalMassKg,
      maxDischargeCRate: pack.maxDischargeCRate,
      maxChargeCRate: pack.maxChargeCRate,
      usableEnergyWh: terminalJ / J_PER_WH,
      chargedSocPercent: chargedSoc(pack, charger) * 100,
    },
    devices: rp.devices.map((d) => d.spec),
    ai: rp.aiAnalyses,
    segments: rp.segments.map((s) => ({
      index: s.index,
      kind: s.kind,
      label: s.label,
      durationMin: Number.isFinite(s.durationS) ? s.durationS / 60 : null,
      batteryW: s.power.batteryW,
      locomotionW: s.power.locomotionW,
      computeW: s.power.computeW,
      accessoriesW: s.power.accessoriesW,
      conversionLossW: s.power.conversionLossW,
    })),
    series: thin(shift.state.series ?? [], MAX_SERIES_POINTS),
    runtimeSeries: thin(rt.state.series ?? [], MAX_SERIES_POINTS),
    events: shift.state.events,
    warnings: [],
  };
  const remarks = [...buildRemarks(rp, result, day.dayLengthHours), ...ageingWarnings];
  const verdict = feasibilityOf(remarks);
  // A plan that cannot run (or rests on a missing figure) gets no advice about how long it would have run.
  result.warnings = verdict.feasible ? remarks : remarks.filter((w) => !isHypotheticalRemark(w.code));
  result.feasibility = verdict.feasibility;
  result.feasible = verdict.feasible;
  result.infeasibleReasons = verdict.infeasibleReasons;
  result.unknownReasons = verdict.unknownReasons;
  result.caveats = verdict.caveats;
  result.figuresAreBounds = verdict.figuresAreBounds;
  result.targetStatus = targetVerdicts(plan.targets, result, verdict.feasibility);
  return result;
}
