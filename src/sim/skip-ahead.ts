/**
 * Skipping ahead over many identical cycles (src/sim/schedule.ts): where a skip must stop (the OCV table's
 * breakpoints), how it is applied to the state, and how the skipped cycles are drawn in the time series.
 */
import { packOcvV, type PackModel } from '../battery/pack';
import { TALLY_KEYS, type CycleDelta } from './cycle-sums';
import { capSeries, MAX_RECORDED_POINTS, type SeriesPoint, type SimState } from './engine';
import type { ScheduleResult } from './schedule-types';

/** The lowest OCV-table breakpoint above `soc` (Infinity if none). */
export function ocvBreakpointAbove(pack: PackModel, soc: number): number {
  const xs = pack.ocvSocs;
  for (let i = 0; i < xs.length; i++) if (xs[i]! > soc) return xs[i]!;
  return Infinity;
}

/** The highest OCV-table breakpoint below `soc` (−Infinity if none). */
export function ocvBreakpointBelow(pack: PackModel, soc: number): number {
  const xs = pack.ocvSocs;
  for (let i = xs.length - 1; i >= 0; i--) if (xs[i]! < soc) return xs[i]!;
  return -Infinity;
}

/** Points of the time series a skip may add (the skipped cycles are drawn, not one flat line). */
const MAX_SKIP_SERIES_POINTS = 1000;

export function applySkip(
  st: SimState,
  res: ScheduleResult,
  [a, b, c, e]: CycleDelta[],
  k: number,
  pack: PackModel,
  cycleStartIndex: number,
): void {
  // Runge–Kutta weights (1, 2, 2, 1)/6 over the skip's k cycles (see `skipStep`).
  const rk = (x: number, y: number, z: number, w: number) => (k * (x + 2 * y + 2 * z + w)) / 6;
  const socBefore = st.soc;
  const timeBefore = st.timeS;
  st.timeS += rk(a!.timeS, b!.timeS, c!.timeS, e!.timeS);
  st.soc -= rk(a!.socDrop, b!.socDrop, c!.socDrop, e!.socDrop);
  st.throughputSoc += rk(a!.throughputSoc, b!.throughputSoc, c!.throughputSoc, e!.throughputSoc);
  st.dischargeTimeS += rk(a!.dischargeTimeS, b!.dischargeTimeS, c!.dischargeTimeS, e!.dischargeTimeS);
  st.socSeconds += rk(a!.socSeconds, b!.socSeconds, c!.socSeconds, e!.socSeconds);
  st.anodePotentialVSeconds += rk(a!.anodeSeconds, b!.anodeSeconds, c!.anodeSeconds, e!.anodeSeconds);
  for (const key of TALLY_KEYS)
    st.energy[key] += rk(a!.energy[key], b!.energy[key], c!.energy[key], e!.energy[key]);
  st.minSoc = Math.min(st.minSoc, st.soc - Math.max(0, socBefore - st.soc) / k);
  res.operatingS += rk(a!.operatingS, b!.operatingS, c!.operatingS, e!.operatingS);
  res.opportunityCharges += k * a!.opportunityCharges;
  res.cycles += k;
  if (st.series) drawSkippedCycles(st.series, pack, cycleStartIndex, k, timeBefore, socBefore, st);
}

/**
 * Draw the skipped cycles: the last simulated cycle's points (from `from`), repeated k times, each shifted
 * by the cycle's time and by the SoC the skip moved per cycle, the terminal voltage moved with the OCV at the
 * shifted SoC (the current and its I·R kept). At most MAX_SKIP_SERIES_POINTS points: over a long skip every
 * m-th cycle is drawn.
 */
function drawSkippedCycles(
  series: SeriesPoint[],
  pack: PackModel,
  from: number,
  k: number,
  timeBefore: number,
  socBefore: number,
  st: SimState,
): void {
  const pattern = series.slice(from);
  if (pattern.length === 0) {
    const last = series[series.length - 1];
    if (last) series.push({ ...last, timeS: st.timeS, soc: st.soc });
    return;
  }
  const t0 = pattern[0]!.timeS;
  const cycleS = (st.timeS - timeBefore) / k;
  const dropPerCycle = (socBefore - st.soc) / k;
  // The pattern's times run from the previous cycle's start; its last point is where this skip starts.
  const patternStart = timeBefore - (pattern[pattern.length - 1]!.timeS - t0);
  const stride = Math.max(1, Math.ceil((k * pattern.length) / MAX_SKIP_SERIES_POINTS));
  for (let j = 1; j <= k; j += stride) {
    for (const p of pattern) {
      const soc = p.soc - j * dropPerCycle;
      if (series.length >= MAX_RECORDED_POINTS) capSeries(series);
      series.push({
        ...p,
        timeS: patternStart + j * cycleS + (p.timeS - t0),
        soc,
        terminalV: p.terminalV + packOcvV(pack, soc) - packOcvV(pack, p.soc),
      });
    }
  }
  const last = series[series.length - 1]!;
  if (last.timeS < st.timeS) series.push({ ...last, timeS: st.timeS, soc: st.soc });
}
