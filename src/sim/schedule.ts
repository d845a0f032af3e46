import { chargeEndSoc, type ChargerModel } from '../battery/charging';
import type { PackModel } from '../battery/pack';
import type { ResolvedSegment } from '../plan/resolve';
import {
  closeCycle,
  deltaOf,
  openCycle,
  probeState,
  sumsOf,
  type CycleDelta,
  type CycleOutcome,
} from './cycle-sums';
import { cutoffSocAtPower } from './discharge';
import {
  newState,
  restDocked,
  runChargeSegment,
  runLoadSegment,
  type EngineOptions,
  type SimState,
} from './engine';
import {
  MAX_SEGMENT_EVALUATIONS,
  PERIODIC_SOC_TOLERANCE,
  SKIP_RELATIVE_TOLERANCE,
  STEADY_APPROACH_SOC,
  type ScheduleLimits,
  type ScheduleResult,
  type SteadyState,
} from './schedule-types';
import { applySkip, ocvBreakpointAbove, ocvBreakpointBelow } from './skip-ahead';

export {
  MAX_SEGMENT_EVALUATIONS,
  PERIODIC_SOC_TOLERANCE,
  SKIP_RELATIVE_TOLERANCE,
  type ScheduleLimits,
  type ScheduleResult,
  type SteadyState,
} from './schedule-types';

/** Highest SoC at which any load segment must stop (reserve, or the voltage cut-off at its power). */
export function highestFloorSoc(
  pack: PackModel,
  cutoffSocBySegment: ReadonlyMap<number, number | null>,
): number {
  let floor = pack.reserveSoc;
  for (const cut of cutoffSocBySegment.values()) floor = Math.max(floor, cut ?? 1);
  return floor;
}

/**
 * Runs a duty cycle's segments in a loop. Cycles are simulated one by one; when a whole cycle moves the SoC
 * by much less than the integrator's SoC step, the run skips ahead by k identical cycles using the average of
 * the cycle simulated at the current SoC and at the predicted end (a predictor–corrector step, second-order
 * in the SoC change), so a long run of short cycles costs a bounded amount of work. A skip ends short of the
 * next OCV-table breakpoint (like the integrator's sub-steps: across a kink of the OCV curve the average is
 * only first-order) and short of the floor. A cycle's increments (energies, times, SoC drop) are summed over
 * the cycle itself, never taken as differences of the run's totals, which are up to ~1e10 times larger.
 */
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
    steady: null,
    lastCycle: null,
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

  /**
   * Run one cycle on state `s`; returns how it ended, the operating and elapsed time and the net SoC drop,
   * each summed over the cycle's own segments (never as a difference of the state's large running values).
   */
  const runCycle = (s: SimState, budgetS: number, live: boolean): CycleOutcome => {
    const out: CycleOutcome = {
      ended: null,
      operatingS: 0,
      elapsedS: 0,
      socDrop: 0,
      opp: 0,
      minSoc: s.soc,
    };
    for (const seg of active) {
      let remaining = Math.min(seg.durationS, budgetS - out.operatingS);
      if (remaining <= 0) {
        out.ended = 'time';
        return out;
      }
      evaluations++;
      if (seg.kind === 'charge') {
        if (!charger) continue;
        const before = s.soc;
        const ch = runChargeSegment(s, pack, charger, seg.index, remaining, opts);
        // Full before the segment's end: the robot stays docked until then (the next segment starts on time).
        const docked = remaining - ch.elapsedS > 1e-9 ? remaining - ch.elapsedS : 0;
        restDocked(s, pack, seg.index, docked);
        out.operatingS += ch.elapsedS + docked;
        out.elapsedS += ch.elapsedS + docked;
        out.socDrop += before - s.soc;
        if (s.soc > before + 1e-9) out.opp++;
        continue;
      }
      while (remaining > 0) {
        const step = runLoadSegment(s, pack, seg, remaining, opts);
        out.operatingS += step.elapsedS;
        out.elapsedS += step.elapsedS;
        out.socDrop += step.socDrop;
        if (s.soc < out.minSoc) out.minSoc = s.soc;
        remaining -= step.elapsedS;
        if (!step.stopped) break;
        if (limits.onEmpty === 'stop' || !live) {
          out.ended = step.by;
          return out;
        }
        if (!charger) {
          out.ended = 'no-charger';
          return out;
        }
        const before = s.soc;
        const ch = runChargeSegment(s, pack, charger, seg.index, Infinity, opts);
        out.elapsedS += ch.elapsedS;
        out.socDrop += before - s.soc;
        // A recharge that adds nothing (the floor is at full: the load meets the cut-off even there) would
        // leave the load stopping at once, forever: the run ends here.
        if (!(s.soc > before)) {
          out.ended = step.by;
          return out;
        }
        res.rechargesAtReserve++;
        res.rechargeTimeS += ch.elapsedS;
        if (res.rechargesAtReserve >= (limits.maxRecharges ?? Infinity)) {
          out.ended = 'recharge-cap';
          return out;
        }
        // Each recharge-and-resume counts: a pack that empties in a fraction of a second loops here.
        evaluations++;
        if (remaining <= 1e-9 || evaluations > MAX_SEGMENT_EVALUATIONS) break;
      }
    }
    return out;
  };

  /** One cycle run from `soc` on a probe copy of `from` (the state is untouched); null if it stops. */
  const probeCycle = (from: SimState, soc: number): CycleDelta | null => {
    const probe = probeState(from);
    probe.soc = soc;
    const o = runCycle(probe, Infinity, false);
    return o.ended ? null : deltaOf(sumsOf(probe), o);
  };

  /**
   * A skip of k identical cycles, integrated as an ODE over the cycle count. The run's SoCs S₀, S₁, … obey
   * S₍ₙ₊₁₎ = Sₙ − F̄((Sₙ + S₍ₙ₊₁₎)/2), with F̄(σ) the drop of the cycle whose middle SoC is σ — the implicit
   * midpoint rule for dσ/dn = −F̄(σ), second order and symmetric, so the smooth curve through the run's SoCs
   * solves that ODE up to terms in F̄′² (below 1e-7 of the change for any drop a skip allows; taking F(S) of
   * the cycle *starting* at S instead would be off by F′/2, ~1e-4). Each sum g (energies, times, ∫SoC dt)
   * of a cycle is likewise its value at the cycle's middle, and Σ g over the skip is ∫ ḡ dn to second order.
   *
   * The ODE is stepped with the classical Runge–Kutta method: four probe cycles centred at S₀, S₀ − (k/2)·F̄₁,
   * S₀ − (k/2)·F̄₂ and S₀ − k·F̄₃ (a probe starts half a drop above its centre), and a sum over the skip is
   * k·(g₁ + 2g₂ + 2g₃ + g₄)/6. Its error is estimated against the trapezoid k·(g₁ + g₄)/2: the skip is
   * accepted when the two SoC changes agree to `SKIP_RELATIVE_TOLERANCE` of the change, else halved — near the
   * pack's power limit, where the current has a square-root singularity at OCV = 2√(P·R), the skips shrink.
   * The end must keep two of the larger drop above the floor. Null: no skip.
   */
  const skipStep = (
    from: SimState,
    live: CycleDelta,
    k: number,
  ): { deltas: CycleDelta[]; k: number } | null => {
    const half = 0.5 * live.socDrop;
    const centred = (sigma: number) => probeCycle(from, sigma + half);
    const d = centred(from.soc);
    if (!d) return null;
    for (let attempt = 0; attempt < 8 && k >= 2; attempt++) {
      const d2 = centred(from.soc - 0.5 * k * d.socDrop);
      const d3 = d2 && centred(from.soc - 0.5 * k * d2.socDrop);
      const d4 = d3 && centred(from.soc - k * d3.socDrop);
      if (!d2 || !d3 || !d4) {
        k = Math.floor(k / 2);
        continue;
      }
      const rk4 = (k * (d.socDrop + 2 * d2.socDrop + 2 * d3.socDrop + d4.socDrop)) / 6;
      const trapezoid = (k * (d.socDrop + d4.socDrop)) / 2;
      // (A cycle that returns to where it started — charged to full each time — has only rounding noise to
      // compare: a floor of 1e-12 of the SoC the cycle moves up and down.)
      if (Math.abs(rk4 - trapezoid) > SKIP_RELATIVE_TOLERANCE * Math.abs(rk4) + 1e-12 * k * d.throughputSoc) {
        k = Math.floor(k / 2);
        continue;
      }
      const maxDrop = Math.max(d.socDrop, d2.socDrop, d3.socDrop, d4.socDrop);
      if (!(maxDrop > 0) || from.soc - rk4 - 2 * maxDrop >= floorSoc) return { deltas: [d, d2, d3, d4], k };
      k = Math.floor((from.soc - floorSoc - 2 * maxDrop) / maxDrop) - 1;
    }
    return null;
  };

  /** The cycle from `soc` (a probe: the state is untouched), or null when it reaches the floor. */
  const cycleFrom = (soc: number): CycleOutcome | null => {
    const probe = probeState(st);
    probe.soc = soc;
    const o = runCycle(probe, Infinity, false);
    return o.ended ? null : o;
  };
  /**
   * The steady state below `soc` that a run of falling cycles converges to, if any: the highest S < soc whose
   * cycle does not lower the SoC (F(S) ≥ S). The cycle map F is monotone (a higher start ends higher), so the
   * start SoCs fall monotonically to the highest such S, or to the floor when there is none. A scan for a
   * point with F(S) ≥ S, then bisection.
   */
  const steadyBelow = (soc: number): SteadyState | null => {
    const rises = (s: number) => {
      const o = cycleFrom(s);
      return o !== null && o.socDrop <= PERIODIC_SOC_TOLERANCE;
    };
    let lo = -1;
    const n = 24;
    for (let i = 1; i <= n; i++) {
      const s = soc - ((soc - floorSoc) * i) / n;
      if (rises(s)) {
        lo = s;
        break;
      }
    }
    if (lo < 0) return null;
    let hi = soc;
    for (let i = 0; i < 50 && hi - lo > 1e-9; i++) {
      const mid = 0.5 * (lo + hi);
      if (rises(mid)) lo = mid;
      else hi = mid;
    }
    const o = cycleFrom(lo);
    return o ? { cycleStartSoc: lo, minSoc: o.minSoc } : null;
  };
  let steadyTarget: SteadyState | null | undefined;
  const chargeEnd = charger ? chargeEndSoc(pack, charger) : 1;

  while (res.cycles < limits.maxCycles) {
    if (evaluations > MAX_SEGMENT_EVALUATIONS) {
      res.endedBy = 'cycles';
      return res;
    }
    const totals = openCycle(st);
    const budget = limits.maxOperatingS - res.operatingS;
    const rechargesBefore = res.rechargesAtReserve;
    const cycleStartIndex = st.series ? st.series.length : 0;
    const out = runCycle(st, budget, true);
    const d = deltaOf(closeCycle(st, totals), out);
    res.operatingS += out.operatingS;
    res.opportunityCharges += out.opp;
    if (out.ended) {
      res.endedBy = out.ended;
      if (out.ended === 'time') res.cycles++;
      return res;
    }
    res.cycles++;
    res.lastCycle = { socChange: -d.socDrop, durationS: out.elapsedS };
    if (res.operatingS >= limits.maxOperatingS) {
      res.endedBy = 'time';
      return res;
    }
    if (!hasLoad || (d.socDrop <= 1e-12 && !hasCharge)) {
      if (limits.maxCycles === Infinity && limits.maxOperatingS === Infinity) {
        res.endedBy = 'unbounded';
        return res;
      }
    }
    if (limits.untilSteady && hasCharge && hasLoad) {
      // A cycle that does not lower the SoC is repeated by every later one (or they rise to the charge end).
      if (d.socDrop <= PERIODIC_SOC_TOLERANCE) {
        const o = d.socDrop >= -PERIODIC_SOC_TOLERANCE ? out : cycleFrom(chargeEnd);
        res.steady = { cycleStartSoc: st.soc, minSoc: (o ?? out).minSoc };
        if (d.socDrop < -PERIODIC_SOC_TOLERANCE) {
          const top = steadyBelow(chargeEnd);
          if (top) res.steady = top;
        }
        res.endedBy = 'steady';
        return res;
      }
      if (steadyTarget === undefined) steadyTarget = steadyBelow(st.soc);
      if (steadyTarget && st.soc - steadyTarget.cycleStartSoc <= STEADY_APPROACH_SOC) {
        res.steady = steadyTarget;
        res.endedBy = 'steady';
        return res;
      }
    }
    if (res.rechargesAtReserve !== rechargesBefore || opts.skipAhead === false) continue;
    // Skip ahead over cycles that each move the SoC by much less than one integration step.
    const drop = Math.abs(d.socDrop);
    const periodic = drop <= 1e-12;
    if (!periodic && drop * 4 > opts.maxStepSoc) continue;
    let k = periodic ? Infinity : Math.floor(opts.maxStepSoc / drop) - 1;
    k = Math.min(k, limits.maxCycles - res.cycles);
    if (d.operatingS > 0)
      k = Math.min(k, Math.floor((limits.maxOperatingS - res.operatingS) / d.operatingS) - 1);
    if (d.socDrop > 0) {
      // Stop three drops short of the floor or of the next OCV breakpoint, whichever comes first.
      const stop = Math.max(floorSoc, ocvBreakpointBelow(pack, st.soc));
      k = Math.min(k, Math.floor((st.soc - stop - 2 * d.socDrop) / d.socDrop) - 1);
      // …and, converging to a steady state, short of it.
      if (steadyTarget) k = Math.min(k, Math.floor((st.soc - steadyTarget.cycleStartSoc) / d.socDrop) - 1);
    } else if (d.socDrop < 0) {
      // Cycles that add charge: stop three rises short of the charge's end point or of the next breakpoint
      // above (never past full).
      const rise = -d.socDrop;
      const stop = Math.min(chargeEnd, ocvBreakpointAbove(pack, st.soc));
      k = Math.min(k, Math.floor((stop - st.soc - 2 * rise) / rise) - 1);
    }
    if (!(k >= 2) || !Number.isFinite(k)) {
      if (periodic && limits.maxCycles === Infinity && limits.maxOperatingS === Infinity) {
        res.endedBy = 'unbounded';
        return res;
      }
      continue;
    }
    const step = skipStep(st, d, k);
    if (step) applySkip(st, res, step.deltas, step.k, pack, cycleStartIndex);
  }
  res.endedBy = 'cycles';
  return res;
}
