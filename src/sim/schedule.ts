import type { ChargerModel } from '../battery/charging';
import type { PackModel } from '../battery/pack';
import type { ResolvedSegment } from '../plan/resolve';
import { cutoffSocAtPower } from './discharge';
import {
  copyTally,
  emptyTally,
  newState,
  runChargeSegment,
  runLoadSegment,
  type EngineOptions,
  type EnergyTally,
  type SimState,
} from './engine';

/**
 * Runs a duty cycle's segments in a loop. Cycles are simulated one by one; when a whole cycle moves the SoC
 * by much less than the integrator's SoC step, the run skips ahead by k identical cycles using the average of
 * the cycle simulated at the current SoC and at the predicted end (a predictor–corrector step, second-order
 * in the SoC change), so a long run of short cycles costs a bounded amount of work.
 */
export interface ScheduleLimits {
  /** Stop after this many cycles (Infinity: no limit). */
  maxCycles: number;
  /** Stop after this much operating time in seconds (Infinity: no limit). Recharges do not count. */
  maxOperatingS: number;
  /** On reserve/cut-off: stop the run, or recharge to full (needs a charger) and carry on. */
  onEmpty: 'stop' | 'recharge';
}

export interface ScheduleResult {
  state: SimState;
  endedBy: 'reserve' | 'cutoff' | 'cycles' | 'time' | 'unbounded' | 'no-charger';
  cycles: number;
  operatingS: number;
  /** Charges started because the reserve was reached (onEmpty: 'recharge'). */
  rechargesAtReserve: number;
  /** Duty-cycle charge segments that added charge. */
  opportunityCharges: number;
  rechargeTimeS: number;
}

/** Hard bound on segment evaluations in one run: a guard against pathological inputs, never reached in use. */
export const MAX_SEGMENT_EVALUATIONS = 200_000;

/** Highest SoC at which any load segment must stop (reserve, or the voltage cut-off at its power). */
export function highestFloorSoc(
  pack: PackModel,
  cutoffSocBySegment: ReadonlyMap<number, number | null>,
): number {
  let floor = pack.reserveSoc;
  for (const cut of cutoffSocBySegment.values()) floor = Math.max(floor, cut ?? 1);
  return floor;
}

interface CycleDelta {
  timeS: number;
  operatingS: number;
  socDrop: number;
  throughputSoc: number;
  dischargeTimeS: number;
  socSeconds: number;
  anodeSeconds: number;
  energy: EnergyTally;
  opportunityCharges: number;
}

function tallyDiff(a: EnergyTally, b: EnergyTally): EnergyTally {
  const out = emptyTally();
  for (const k of Object.keys(out) as (keyof EnergyTally)[]) out[k] = a[k] - b[k];
  return out;
}

export function runSchedule(
  pack: PackModel,
  charger: ChargerModel | null,
  segments: readonly ResolvedSegment[],
  startSoc: number,
  limits: ScheduleLimits,
  opts: EngineOptions,
  recordSeries: boolean,
  trackOccupancy = false,
): ScheduleResult {
  const st = newState(startSoc, recordSeries, trackOccupancy);
  const res: ScheduleResult = {
    state: st,
    endedBy: 'cycles',
    cycles: 0,
    operatingS: 0,
    rechargesAtReserve: 0,
    opportunityCharges: 0,
    rechargeTimeS: 0,
  };
  const active = segments.filter((s) => s.durationS > 0);
  const hasCharge = active.some((s) => s.kind === 'charge');
  const hasLoad = active.some((s) => s.kind !== 'charge' && s.power.batteryW > 0);
  if (!hasLoad && limits.maxCycles === Infinity && limits.maxOperatingS === Infinity) {
    res.endedBy = 'unbounded';
    return res;
  }
  const cutoffSocBySegment = new Map<number, number | null>();
  for (const seg of active) {
    if (seg.kind !== 'charge' && seg.power.batteryW > 0)
      cutoffSocBySegment.set(seg.index, cutoffSocAtPower(pack, seg.power.batteryW));
  }
  opts = { ...opts, cutoffSocBySegment };
  const floorSoc = highestFloorSoc(pack, cutoffSocBySegment);
  let evaluations = 0;

  /** Run one cycle on state `s`; returns how it ended and the operating time used. */
  const runCycle = (
    s: SimState,
    budgetS: number,
    live: boolean,
  ): { ended: ScheduleResult['endedBy'] | null; operatingS: number; opp: number } => {
    let operating = 0;
    let opp = 0;
    for (const seg of active) {
      let remaining = Math.min(seg.durationS, budgetS - operating);
      if (remaining <= 0) return { ended: 'time', operatingS: operating, opp };
      evaluations++;
      if (seg.kind === 'charge') {
        if (!charger) continue;
        const before = s.soc;
        const out = runChargeSegment(s, pack, charger, seg.index, remaining, opts);
        operating += out.elapsedS;
        if (s.soc > before + 1e-9) opp++;
        continue;
      }
      while (remaining > 0) {
        const out = runLoadSegment(s, pack, seg, remaining, opts);
        operating += out.elapsedS;
        remaining -= out.elapsedS;
        if (!out.stopped) break;
        if (limits.onEmpty === 'stop' || !live) return { ended: out.by, operatingS: operating, opp };
        if (!charger) return { ended: 'no-charger', operatingS: operating, opp };
        const t0 = s.timeS;
        runChargeSegment(s, pack, charger, seg.index, Infinity, opts);
        res.rechargesAtReserve++;
        res.rechargeTimeS += s.timeS - t0;
        if (remaining <= 1e-9 || evaluations > MAX_SEGMENT_EVALUATIONS) break;
      }
    }
    return { ended: null, operatingS: operating, opp };
  };

  while (res.cycles < limits.maxCycles) {
    if (evaluations > MAX_SEGMENT_EVALUATIONS) {
      res.endedBy = 'cycles';
      return res;
    }
    const before = snapshot(st);
    const budget = limits.maxOperatingS - res.operatingS;
    const rechargesBefore = res.rechargesAtReserve;
    const out = runCycle(st, budget, true);
    res.operatingS += out.operatingS;
    res.opportunityCharges += out.opp;
    if (out.ended) {
      res.endedBy = out.ended;
      if (out.ended === 'time') res.cycles++;
      return res;
    }
    res.cycles++;
    if (res.operatingS >= limits.maxOperatingS) {
      res.endedBy = 'time';
      return res;
    }
    const d = deltaOf(st, before, out.operatingS, out.opp);
    if (!hasLoad || (d.socDrop <= 1e-12 && !hasCharge)) {
      if (limits.maxCycles === Infinity && limits.maxOperatingS === Infinity) {
        res.endedBy = 'unbounded';
        return res;
      }
    }
    if (res.rechargesAtReserve !== rechargesBefore) continue;
    // Skip ahead over cycles that each move the SoC by much less than one integration step.
    const drop = Math.abs(d.socDrop);
    const periodic = drop <= 1e-12;
    if (!periodic && drop * 4 > opts.maxStepSoc) continue;
    let k = periodic ? Infinity : Math.floor(opts.maxStepSoc / drop) - 1;
    k = Math.min(k, limits.maxCycles - res.cycles);
    if (d.operatingS > 0)
      k = Math.min(k, Math.floor((limits.maxOperatingS - res.operatingS) / d.operatingS) - 1);
    if (d.socDrop > 0) k = Math.min(k, Math.floor((st.soc - floorSoc - 2 * d.socDrop) / d.socDrop) - 1);
    if (!(k >= 2) || !Number.isFinite(k)) {
      if (periodic && limits.maxCycles === Infinity && limits.maxOperatingS === Infinity) {
        res.endedBy = 'unbounded';
        return res;
      }
      continue;
    }
    // Predictor: the same cycle k cycles later; corrector: average the two.
    const probe = cloneState(st, pack.maxSoc);
    probe.soc = st.soc - k * d.socDrop;
    const probeBefore = snapshot(probe);
    const probeOut = runCycle(probe, Infinity, false);
    if (probeOut.ended) continue;
    const d2 = deltaOf(probe, probeBefore, probeOut.operatingS, probeOut.opp);
    applySkip(st, res, d, d2, k);
  }
  res.endedBy = 'cycles';
  return res;
}

function snapshot(st: SimState) {
  return {
    timeS: st.timeS,
    soc: st.soc,
    throughputSoc: st.throughputSoc,
    dischargeTimeS: st.dischargeTimeS,
    socSeconds: st.socSeconds,
    anodeSeconds: st.anodePotentialVSeconds,
    energy: copyTally(st.energy),
    minSoc: st.minSoc,
  };
}

function deltaOf(
  st: SimState,
  before: ReturnType<typeof snapshot>,
  operatingS: number,
  opp: number,
): CycleDelta {
  return {
    timeS: st.timeS - before.timeS,
    operatingS,
    socDrop: before.soc - st.soc,
    throughputSoc: st.throughputSoc - before.throughputSoc,
    dischargeTimeS: st.dischargeTimeS - before.dischargeTimeS,
    socSeconds: st.socSeconds - before.socSeconds,
    anodeSeconds: st.anodePotentialVSeconds - before.anodeSeconds,
    energy: tallyDiff(st.energy, before.energy),
    opportunityCharges: opp,
  };
}

function cloneState(st: SimState, _maxSoc: number): SimState {
  return { ...st, energy: copyTally(st.energy), series: null, events: [] };
}

function applySkip(st: SimState, res: ScheduleResult, a: CycleDelta, b: CycleDelta, k: number): void {
  if ((globalThis as any).DIAG) {
    const e = (d: CycleDelta) =>
      (d.energy.chemicalOutJ -
        (d.energy.accessoriesJ +
          d.energy.conversionLossJ +
          d.energy.batteryLossJ +
          d.energy.locomotionJ +
          d.energy.computeJ)) /
      d.energy.chemicalOutJ;
    console.log(
      'skip k',
      k,
      'soc',
      st.soc,
      'E',
      st.energy.chemicalOutJ,
      'relA',
      e(a),
      'relB',
      e(b),
      'dropA',
      a.socDrop,
      't',
      a.timeS,
      st.timeS,
    );
  }
  const avg = (x: number, y: number) => 0.5 * (x + y);
  const socBefore = st.soc;
  st.timeS += k * avg(a.timeS, b.timeS);
  st.soc -= k * avg(a.socDrop, b.socDrop);
  st.throughputSoc += k * avg(a.throughputSoc, b.throughputSoc);
  st.dischargeTimeS += k * avg(a.dischargeTimeS, b.dischargeTimeS);
  st.socSeconds += k * avg(a.socSeconds, b.socSeconds);
  st.anodePotentialVSeconds += k * avg(a.anodeSeconds, b.anodeSeconds);
  for (const key of Object.keys(st.energy) as (keyof EnergyTally)[]) {
    st.energy[key] += k * avg(a.energy[key], b.energy[key]);
  }
  st.minSoc = Math.min(st.minSoc, st.soc - Math.max(0, socBefore - st.soc) / k);
  res.operatingS += k * avg(a.operatingS, b.operatingS);
  res.opportunityCharges += k * a.opportunityCharges;
  res.cycles += k;
  if (st.series && st.series.length > 0) {
    const last = st.series[st.series.length - 1]!;
    st.series.push({ ...last, timeS: st.timeS, soc: st.soc });
  }
}
