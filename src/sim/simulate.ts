import { ageingCurve, ageingRangeWarnings, DAYS_PER_YEAR, daysToCapacity } from '../battery/ageing';
import { chargeCcCv, chargedSoc } from '../battery/charging';
import { resolvePlan } from '../plan/resolve';
import type { Plan } from '../plan/schema';
import { dailySchedule } from './daily-schedule';
import type { EngineOptions, EnergyTally, SeriesPoint } from './engine';
import { buildRemarks } from './remarks';
import {
  DEFAULT_MAX_STEP_SOC,
  endOf,
  endOfLifePack,
  runtimeHoursOf,
  runtimeOnOneCharge,
  simulateShift,
} from './runs';
import type { EnergyBreakdownWh, SimulateOptions, SimulationResult } from './simulation-types';
import { feasibilityOf, isHypotheticalRemark, targetVerdicts } from './verdict';
import type { Warning } from './warning';

export type {
  EnergyBreakdownWh,
  PackSummary,
  SegmentSummary,
  SimulateOptions,
  SimulationResult,
} from './simulation-types';
export {
  DEFAULT_MAX_STEP_SOC,
  endOfLifePack,
  runtimeOnOneCharge,
  simulateRuntimeAnswer,
  simulateRuntimeHours,
  simulateShift,
} from './runs';
export { dailySchedule, MAX_DAILY_RECHARGES } from './daily-schedule';

/** Longest time series handed to charts (points); longer runs are thinned evenly. */
export const MAX_SERIES_POINTS = 4000;

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
