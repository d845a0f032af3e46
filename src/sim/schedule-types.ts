/** What a schedule run (src/sim/schedule.ts `runSchedule`) is limited by and returns, and its tolerances. */
import type { DischargeEnd } from './discharge';
import type { SimState } from './engine';

export interface ScheduleLimits {
  /** Stop after this many cycles (Infinity: no limit). */
  maxCycles: number;
  /** Stop after this much operating time in seconds (Infinity: no limit). Recharges do not count. */
  maxOperatingS: number;
  /** On reserve/cut-off: stop the run, or recharge to full (needs a charger) and carry on. */
  onEmpty: 'stop' | 'recharge';
  /** With onEmpty 'recharge': stop after this many recharges (the caller extrapolates the rest). */
  maxRecharges?: number;
  /**
   * Stop once the run is known never to reach the floor: a duty cycle with charge segments whose cycles no
   * longer lower the SoC, or that converge to a periodic steady state above the floor (endedBy 'steady').
   */
  untilSteady?: boolean;
}

/** A periodic steady state: every cycle starts (and ends) at `cycleStartSoc` and dips to `minSoc`. */
export interface SteadyState {
  cycleStartSoc: number;
  minSoc: number;
}

export interface ScheduleResult {
  state: SimState;
  endedBy: DischargeEnd | 'cycles' | 'time' | 'unbounded' | 'no-charger' | 'recharge-cap' | 'steady';
  cycles: number;
  operatingS: number;
  /** Charges started because the reserve was reached (onEmpty: 'recharge'). */
  rechargesAtReserve: number;
  /** Duty-cycle charge segments that added charge. */
  opportunityCharges: number;
  rechargeTimeS: number;
  /** With `untilSteady`: the steady state the run settles into (null when it reaches the floor). */
  steady: SteadyState | null;
  /**
   * The last complete cycle: its net SoC change (end − start, as a fraction) and duration (s). With charge
   * segments, a change ≥ 0 means they keep up. Null before a cycle completes.
   */
  lastCycle: { socChange: number; durationS: number } | null;
}

/** A cycle whose net SoC change is within this of zero repeats itself (a periodic steady state). */
export const PERIODIC_SOC_TOLERANCE = 1e-9;
/** With `untilSteady`, the run stops within this SoC of a steady state it converges to. */
export const STEADY_APPROACH_SOC = 1e-3;

/**
 * A skip is accepted when its fourth-order (Runge–Kutta) and second-order (trapezoid) SoC changes agree to
 * this fraction of the change; else it is halved (`skipStep`).
 */
export const SKIP_RELATIVE_TOLERANCE = 1e-5;

/** Hard bound on segment evaluations in one run: a guard against pathological inputs, never reached in use. */
export const MAX_SEGMENT_EVALUATIONS = 200_000;
