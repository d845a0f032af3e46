/**
 * A cycle's own sums (energies, throughput, times, ∫SoC dt): moved out of the state at the start of a cycle
 * and added back at its end, so a cycle's increments are never taken as differences of the run's large totals.
 */
import { addTally, emptyTally, type EnergyTally, type SimState } from './engine';
import type { ScheduleResult } from './schedule-types';

/** The additive totals of a state that every cycle increments. */
export interface Sums {
  energy: EnergyTally;
  throughputSoc: number;
  dischargeTimeS: number;
  socSeconds: number;
  anodeSeconds: number;
}

/** What one cycle added: its own sums, elapsed and operating time, and the SoC it discharged (net). */
export interface CycleDelta extends Sums {
  timeS: number;
  operatingS: number;
  socDrop: number;
  opportunityCharges: number;
}

export const TALLY_KEYS = Object.keys(emptyTally()) as (keyof EnergyTally)[];

/**
 * Move the sums out of `st`, leaving zeros, so that the next cycle accumulates only its own increments.
 * A cycle's increments must not be measured as `total after − total before`: late in a long run the totals
 * are ~1e10 times one cycle's share, and the difference keeps only the few digits of the increment that
 * survive rounding at the total's magnitude (relative error ≈ ulp(total)/increment, over 1e-6 for microwatt
 * loads), an error the skip then multiplies by k.
 */
export function openCycle(st: SimState): Sums {
  const totals = sumsOf(st);
  st.energy = emptyTally();
  st.throughputSoc = 0;
  st.dischargeTimeS = 0;
  st.socSeconds = 0;
  st.anodePotentialVSeconds = 0;
  return totals;
}

/**
 * Add the cycle's increments (now in `st`) to the `totals` from `openCycle` and put those back in `st`;
 * returns the increments.
 */
export function closeCycle(st: SimState, totals: Sums): Sums {
  const inc = sumsOf(st);
  addTally(totals.energy, inc.energy);
  st.energy = totals.energy;
  st.throughputSoc = totals.throughputSoc + inc.throughputSoc;
  st.dischargeTimeS = totals.dischargeTimeS + inc.dischargeTimeS;
  st.socSeconds = totals.socSeconds + inc.socSeconds;
  st.anodePotentialVSeconds = totals.anodeSeconds + inc.anodeSeconds;
  return inc;
}

/** The sums of `st` (the tally object itself, not a copy). */
export function sumsOf(st: SimState): Sums {
  return {
    energy: st.energy,
    throughputSoc: st.throughputSoc,
    dischargeTimeS: st.dischargeTimeS,
    socSeconds: st.socSeconds,
    anodeSeconds: st.anodePotentialVSeconds,
  };
}

export interface CycleOutcome {
  ended: ScheduleResult['endedBy'] | null;
  operatingS: number;
  elapsedS: number;
  socDrop: number;
  opp: number;
  /** Lowest SoC at the end of any load step of the cycle (the SoC only falls within a load step). */
  minSoc: number;
}

/** The cycle's delta (fields written out: spreading objects is slow in V8). */
export function deltaOf(inc: Sums, out: CycleOutcome): CycleDelta {
  return {
    energy: inc.energy,
    throughputSoc: inc.throughputSoc,
    dischargeTimeS: inc.dischargeTimeS,
    socSeconds: inc.socSeconds,
    anodeSeconds: inc.anodeSeconds,
    timeS: out.elapsedS,
    operatingS: out.operatingS,
    socDrop: out.socDrop,
    opportunityCharges: out.opp,
  };
}

/** A copy of `st` with zeroed sums (its cycle's increments are then its sums), no series and no events. */
export function probeState(st: SimState): SimState {
  return {
    ...st,
    energy: emptyTally(),
    throughputSoc: 0,
    dischargeTimeS: 0,
    socSeconds: 0,
    anodePotentialVSeconds: 0,
    series: null,
    events: [],
  };
}
