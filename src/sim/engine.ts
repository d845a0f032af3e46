import { graphiteAnodePotentialV } from '../battery/ageing';
import { chargeCcCv, type ChargerModel } from '../battery/charging';
import { packOcvV, type PackModel } from '../battery/pack';
import { ZERO_POWER, type SegmentPower } from '../loads/loads';
import type { ResolvedSegment } from '../plan/resolve';
import { dischargeAtPower, type DischargeEnd } from './discharge';

/** One point of the simulated time series. Current and battery power are positive on discharge. */
export interface SeriesPoint {
  timeS: number;
  soc: number;
  terminalV: number;
  currentA: number;
  batteryW: number;
  locomotionW: number;
  computeW: number;
  accessoriesW: number;
  /** Conversion loss + pack I²R loss at this point (W). */
  lossW: number;
  segment: number;
}

export type EventKind =
  | 'reserve-reached'
  | 'cutoff-reached'
  | 'power-limit-reached'
  | 'charge-complete'
  | 'charge-started'
  | 'shift-complete'
  | 'c-rate-exceeded'
  | 'power-limit-exceeded';

export interface SimEvent {
  timeS: number;
  kind: EventKind;
  segment: number;
  soc: number;
  message: string;
}

/** Energy tallies in joules. */
export interface EnergyTally {
  locomotionJ: number;
  computeJ: number;
  accessoriesJ: number;
  conversionLossJ: number;
  batteryLossJ: number;
  /** Chemical energy drawn from the cells on discharge (J). */
  chemicalOutJ: number;
  /** Chemical energy stored on charge (J). */
  chemicalInJ: number;
  /** Energy from the wall while charging (J), charger and pack losses included. */
  wallInJ: number;
  chargerLossJ: number;
  chargeLossJ: number;
}

/** Add `from` into `into`, field by field. */
export function addTally(into: EnergyTally, from: EnergyTally): void {
  into.locomotionJ += from.locomotionJ;
  into.computeJ += from.computeJ;
  into.accessoriesJ += from.accessoriesJ;
  into.conversionLossJ += from.conversionLossJ;
  into.batteryLossJ += from.batteryLossJ;
  into.chemicalOutJ += from.chemicalOutJ;
  into.chemicalInJ += from.chemicalInJ;
  into.wallInJ += from.wallInJ;
  into.chargerLossJ += from.chargerLossJ;
  into.chargeLossJ += from.chargeLossJ;
}

export function emptyTally(): EnergyTally {
  return {
    locomotionJ: 0,
    computeJ: 0,
    accessoriesJ: 0,
    conversionLossJ: 0,
    batteryLossJ: 0,
    chemicalOutJ: 0,
    chemicalInJ: 0,
    wallInJ: 0,
    chargerLossJ: 0,
    chargeLossJ: 0,
  };
}

/** Mutable simulation state, advanced segment by segment. */
export interface SimState {
  timeS: number;
  soc: number;
  energy: EnergyTally;
  dischargeTimeS: number;
  /** Σ|ΔSoC| (fraction of current capacity) — half of it is the equivalent full cycles. */
  throughputSoc: number;
  peakBatteryW: number;
  peakCurrentA: number;
  minSoc: number;
  maxSoc: number;
  /** ∫SoC dt and ∫Ua(SoC) dt (s) — time averages feed the calendar-ageing stressors. */
  socSeconds: number;
  anodePotentialVSeconds: number;
  /** Whether to integrate socSeconds / anodePotentialVSeconds (only the daily schedule needs them). */
  trackOccupancy: boolean;
  series: SeriesPoint[] | null;
  events: SimEvent[];
}

/** Add the trapezoid of SoC and anode potential over a sub-step from socA to socB lasting dtS. */
export function occupy(st: SimState, socA: number, socB: number, dtS: number): void {
  if (!st.trackOccupancy || !(dtS > 0) || !Number.isFinite(dtS)) return;
  st.socSeconds += 0.5 * (socA + socB) * dtS;
  st.anodePotentialVSeconds += 0.5 * (graphiteAnodePotentialV(socA) + graphiteAnodePotentialV(socB)) * dtS;
}

export function newState(soc: number, recordSeries: boolean, trackOccupancy = false): SimState {
  return {
    timeS: 0,
    soc,
    energy: emptyTally(),
    dischargeTimeS: 0,
    throughputSoc: 0,
    peakBatteryW: 0,
    peakCurrentA: 0,
    minSoc: soc,
    maxSoc: soc,
    socSeconds: 0,
    anodePotentialVSeconds: 0,
    trackOccupancy,
    series: recordSeries ? [] : null,
    events: [],
  };
}

export interface EngineOptions {
  maxStepSoc: number;
  /** Skip ahead over runs of identical short cycles (default true; false runs every cycle, for reference). */
  skipAhead?: boolean;
  /** Precomputed cut-off SoC of each load segment (by segment index), to save work in long loops. */
  cutoffSocBySegment?: Map<number, number | null>;
}

/** How a load segment ended; `socDrop` is the SoC it discharged as integrated (see `DischargeResult`). */
export type StepOutcome =
  | { stopped: false; elapsedS: number; socDrop: number }
  | { stopped: true; elapsedS: number; socDrop: number; by: DischargeEnd };

/**
 * Most points a time series holds while it is recorded: past it the series is halved in place (every other
 * point kept, the last always), so a long run is thinned as it goes — bounded memory and time — and ends with
 * between MAX_RECORDED_POINTS/2 and MAX_RECORDED_POINTS points evenly spread, before the final thinning.
 */
export const MAX_RECORDED_POINTS = 16_000;

/** Halve a recorded series in place when it outgrows MAX_RECORDED_POINTS. */
export function capSeries(series: SeriesPoint[]): void {
  if (series.length <= MAX_RECORDED_POINTS) return;
  const last = series[series.length - 1]!;
  let w = 0;
  for (let r = 0; r < series.length; r += 2) series[w++] = series[r]!;
  series.length = w;
  if (series[w - 1] !== last) series.push(last);
}

function pushPoint(
  st: SimState,
  pack: PackModel,
  p: SegmentPower,
  seg: number,
  soc: number,
  i: number,
  v: number,
) {
  if (!st.series) return;
  if (st.series.length >= MAX_RECORDED_POINTS) capSeries(st.series);
  st.series.push({
    timeS: st.timeS,
    soc,
    terminalV: v,
    currentA: i,
    batteryW: i >= 0 ? p.batteryW : v * i,
    locomotionW: p.locomotionW,
    computeW: p.computeW,
    accessoriesW: p.accessoriesW,
    lossW: p.conversionLossW + Math.max(0, i) * Math.max(0, i) * pack.resistanceOhm,
    segment: seg,
  });
}

/**
 * Run one discharge segment (constant battery power) for up to `durationS`. Updates the state, the energy
 * tallies by category (each category's energy is its power × the time actually run) and the series.
 */
export function runLoadSegment(
  st: SimState,
  pack: PackModel,
  seg: ResolvedSegment,
  durationS: number,
  opts: EngineOptions,
): StepOutcome {
  const p = seg.power;
  if (durationS <= 0) return { stopped: false, elapsedS: 0, socDrop: 0 };
  const startTime = st.timeS;
  const cutoffSoc = opts.cutoffSocBySegment?.get(seg.index);
  const r = dischargeAtPower(pack, st.soc, p.batteryW, durationS, {
    floorSoc: pack.reserveSoc,
    maxStepSoc: opts.maxStepSoc,
    ...(cutoffSoc !== undefined ? { cutoffSoc } : {}),
    samples: st.series !== null || st.trackOccupancy,
  });
  const ocvStart = packOcvV(pack, st.soc);
  const firstI = p.batteryW > 0 ? (r.samples[0]?.currentA ?? 0) : 0;
  pushPoint(st, pack, p, seg.index, st.soc, firstI, ocvStart - firstI * pack.resistanceOhm);
  let prev = { timeS: 0, soc: st.soc };
  for (const s of r.samples) {
    st.timeS = startTime + s.timeS;
    occupy(st, prev.soc, s.soc, s.timeS - prev.timeS);
    prev = s;
    pushPoint(st, pack, p, seg.index, s.soc, s.currentA, s.terminalV);
  }
  occupy(st, prev.soc, r.socEnd, r.elapsedS - prev.timeS);
  st.timeS = startTime + r.elapsedS;
  if (p.batteryW <= 0) pushPoint(st, pack, p, seg.index, st.soc, 0, ocvStart);
  const t = r.elapsedS;
  st.energy.locomotionJ += p.locomotionW * t;
  st.energy.computeJ += p.computeW * t;
  st.energy.accessoriesJ += p.accessoriesW * t;
  st.energy.conversionLossJ += p.conversionLossW * t;
  st.energy.batteryLossJ += r.lossJ;
  st.energy.chemicalOutJ += r.chemicalEnergyJ;
  if (p.batteryW > 0) {
    st.dischargeTimeS += t;
    st.peakBatteryW = Math.max(st.peakBatteryW, p.batteryW);
    st.peakCurrentA = Math.max(st.peakCurrentA, r.peakCurrentA);
  }
  st.throughputSoc += r.socDrop;
  st.soc = r.socEnd;
  st.minSoc = Math.min(st.minSoc, st.soc);
  if (r.endedBy === 'duration') return { stopped: false, elapsedS: t, socDrop: r.socDrop };
  const by = r.endedBy;
  st.events.push({
    timeS: st.timeS,
    kind: by === 'reserve' ? 'reserve-reached' : by === 'cutoff' ? 'cutoff-reached' : 'power-limit-reached',
    segment: seg.index,
    soc: st.soc,
    message:
      by === 'reserve'
        ? `Reserve of ${(pack.reserveSoc * 100).toFixed(0)} % reached`
        : by === 'cutoff'
          ? `Terminal voltage reached the ${pack.minVoltageV.toFixed(1)} V cut-off at ${(st.soc * 100).toFixed(1)} % SoC`
          : `At ${(st.soc * 100).toFixed(1)} % SoC the pack can no longer deliver ${p.batteryW.toFixed(0)} W (its most, OCV²/4R, at ${r.minTerminalV.toFixed(1)} V across the terminals)`,
  });
  return { stopped: true, elapsedS: t, socDrop: r.socDrop, by };
}

/** Run a CC-CV charge for up to `durationS` (Infinity: until full). */
export function runChargeSegment(
  st: SimState,
  pack: PackModel,
  charger: ChargerModel,
  segIndex: number,
  durationS: number,
  opts: EngineOptions,
): { elapsedS: number; full: boolean } {
  const startTime = st.timeS;
  const r = chargeCcCv(pack, charger, st.soc, durationS, { maxStepSoc: opts.maxStepSoc });
  const zero = ZERO_POWER;
  if (r.samples.length > 0) {
    st.events.push({
      timeS: st.timeS,
      kind: 'charge-started',
      segment: segIndex,
      soc: st.soc,
      message: 'Charging started',
    });
    const i0 = r.startCurrentA;
    pushPoint(st, pack, zero, segIndex, st.soc, -i0, packOcvV(pack, st.soc) + i0 * pack.resistanceOhm);
  }
  let prev = { timeS: 0, soc: st.soc };
  for (const s of r.samples) {
    st.timeS = startTime + s.timeS;
    occupy(st, prev.soc, s.soc, s.timeS - prev.timeS);
    prev = s;
    pushPoint(st, pack, zero, segIndex, s.soc, -s.currentA, s.terminalV);
  }
  if (Number.isFinite(r.elapsedS)) occupy(st, prev.soc, r.socEnd, r.elapsedS - prev.timeS);
  st.timeS = startTime + (Number.isFinite(r.elapsedS) ? r.elapsedS : 0);
  st.energy.chemicalInJ += r.chemicalEnergyJ;
  st.energy.wallInJ += r.wallEnergyJ;
  st.energy.chargerLossJ += r.chargerLossJ;
  st.energy.chargeLossJ += r.packLossJ;
  st.throughputSoc += r.socEnd - st.soc;
  // A CC-CV charge that reaches its end current is, by the datasheet's definition, a full charge; the SoC is
  // where it stopped (`chargeEndSoc`), never snapped up to the charge limit.
  const full = r.endedBy === 'full';
  st.soc = r.socEnd;
  st.maxSoc = Math.max(st.maxSoc, st.soc);
  if (full) {
    st.events.push({
      timeS: st.timeS,
      kind: 'charge-complete',
      segment: segIndex,
      soc: st.soc,
      message: `Charge complete after ${(r.elapsedS / 60).toFixed(0)} min`,
    });
  }
  return { elapsedS: Number.isFinite(r.elapsedS) ? r.elapsedS : 0, full };
}

/**
 * The rest of a duty-cycle charge segment after the pack is full: the robot stays docked until the segment's
 * planned end (the duty cycle is the plan's timeline; the next segment starts when it says). The pack rests
 * at its charged SoC, drawing nothing (the charger carries the robot), and ages at that SoC.
 */
export function restDocked(st: SimState, pack: PackModel, segIndex: number, durationS: number): void {
  if (!(durationS > 0) || !Number.isFinite(durationS)) return;
  occupy(st, st.soc, st.soc, durationS);
  st.timeS += durationS;
  pushPoint(st, pack, ZERO_POWER, segIndex, st.soc, 0, packOcvV(pack, st.soc));
}
