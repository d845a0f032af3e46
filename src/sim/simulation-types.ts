/** What `simulate` (src/sim/simulate.ts) takes and returns: its options and its result. */
import type { AgeingPoint, AgeingStressors } from '../battery/ageing';
import type { PackModel } from '../battery/pack';
import type { ResolvedDeviceSpec } from '../plan/presets';
import type { DeviceWorkloadAnalysis } from '../plan/resolve';
import type { Plan } from '../plan/schema';
import type { DischargeEnd } from './discharge';
import type { SeriesPoint, SimEvent } from './engine';
import type { Feasibility, TargetVerdict, VerdictReason } from './verdict';
import type { Warning } from './warning';

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
