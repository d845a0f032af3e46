import { ph, renderPhrase, type Phrase } from '../text/phrase';
import { sizeCharger, type ChargerSizing } from '../battery/charge-sizing';
import { buildPack } from '../battery/pack';
import { ROBOTS, hasValue } from '../catalog';
import type { Plan } from '../plan/schema';
import { simulate } from '../sim/simulate';
import type { VerdictReason } from '../sim/verdict';
import { MAX_PARALLEL, planWithSize, sizePack, type SizingResult } from './sizing';

/**
 * Planning assumption for the mass-limit default: pack-level specific energy of the catalog's humanoid packs
 * (NMC/NCA cylindrical cells with housing and BMS, ~150 Wh/kg; Tesla's 2.3 kWh Optimus pack is quoted at about
 * that). Only used to estimate the catalog humanoids' pack masses, which are not published.
 */
const HUMANOID_PACK_WH_PER_KG = 150;

/**
 * The default pack mass limit, as a share of the robot's total mass: the largest share among the catalog's
 * humanoids that publish both their battery energy and their mass (pack mass = energy ÷ 150 Wh/kg), rounded up
 * to the next 5 %. Optimus (2.3 kWh, 73 kg) and Figure 02 (2.25 kWh, 70 kg) carry ~21 %, so the default is
 * 25 %: a sized pack above it is flagged. A plan sets its own limit with `targets.maxPackMassPercent`.
 */
export function defaultPackMassLimitPercent(): number {
  let most = 0;
  for (const r of ROBOTS) {
    if (r.type !== 'humanoid' || !hasValue(r.batteryEnergyWh) || !hasValue(r.massKg)) continue;
    most = Math.max(most, r.batteryEnergyWh.value / HUMANOID_PACK_WH_PER_KG / r.massKg.value);
  }
  return Math.ceil((most * 100) / 5) * 5;
}

export interface SizingTargets {
  /** Runtime per charge to meet (at end of life unless `atEndOfLife` is false). */
  runtimeHours?: number | undefined;
  /** Years until 80 % state of health. */
  lifetimeYears?: number | undefined;
  /** Reserve-to-full charge time: sizes the charger for the chosen pack. */
  chargeTimeMin?: number | undefined;
  /** Largest pack share of the robot's total mass; a hard limit when given, else the humanoid default flags. */
  maxPackMassPercent?: number | undefined;
}

export type BindingTarget = 'runtime' | 'discharge-rate' | 'lifetime';

export interface TargetSizing extends SizingResult {
  /** Which target sets the size (the larger of the sizes each needs); null when infeasible or none given. */
  binding: BindingTarget | null;
  /**
   * The size each target needs (strings or Wh; null: not asked). The lifetime's is searched from the
   * runtime's size up, so it is null when the runtime's size already lasts long enough.
   */
  needs: { runtime: number | null; lifetime: number | null };
  /** Years to 80 % SoH of the chosen pack (when a lifetime target is given). */
  lifetimeYears: number | null;
  /** The chosen pack's share of the robot's total mass (%). */
  packMassPercent: number | null;
  /** The mass limit applied (%), and whether the plan set it (else the humanoid default, which only flags). */
  massLimitPercent: number;
  massLimitFromPlan: boolean;
  /** Said when the pack is heavier than the limit (a flag for the default limit; infeasible for the plan's). */
  massWarning: string | null;
  /** The same sentence as data, rendered in the reader's language (src/text/phrase.ts). */
  massWarningText: Phrase | null;
  /**
   * Why no pack can be sized at all: the plan is infeasible for a reason a pack does not change (the AI payload
   * does not fit its chip) or rests on a missing figure; the reasons are the plan's own (src/sim/verdict.ts).
   */
  blockedBy: { feasibility: 'infeasible' | 'unknown'; reasons: VerdictReason[] } | null;
  /** Whether the charge-time target can be met by some charger for the chosen pack (null: no such target). */
  chargeTargetReachable: boolean | null;
}

/**
 * Infeasibility a bigger or smaller pack can cure: the pack cannot deliver the load, or its current rating is
 * exceeded. Anything else (the AI payload, a missing figure) blocks sizing: no pack makes the plan run.
 */
export const PACK_CURABLE_CODES: ReadonlySet<string> = new Set([
  'POWER_ABOVE_DELIVERABLE',
  'PACK_CANNOT_RUN_LOAD',
  'DISCHARGE_C_RATE_EXCEEDED',
]);

/** What stops a plan from being sized, if anything: its infeasible reasons no pack cures, or unknown figures. */
export function sizingBlockers(plan: Plan): TargetSizing['blockedBy'] {
  const r = simulate(plan, { skipSeries: true });
  const uncurable = r.infeasibleReasons.filter((x) => !PACK_CURABLE_CODES.has(x.code));
  if (uncurable.length > 0) return { feasibility: 'infeasible', reasons: uncurable };
  if (r.feasibility === 'unknown') return { feasibility: 'unknown', reasons: r.unknownReasons };
  return null;
}

/** Pack mass share of total robot mass (%) for a plan. */
function massShare(plan: Plan): { packKg: number; percent: number } {
  const packKg = buildPack(plan.battery).massKg;
  const total = plan.robot.massWithoutBatteryKg + packKg;
  return { packKg, percent: total > 0 ? (packKg / total) * 100 : 0 };
}

/**
 * The smallest pack that meets every target at once: the runtime (at end of life by default) and the
 * lifetime set lower bounds on its size (a bigger pack runs longer and cycles shallower, so ages slower); the
 * mass limit sets an upper bound; the charge-time target sizes the charger for the chosen pack. The answer says
 * which target binds, and flags a pack heavier than the mass limit — infeasible when the plan sets the limit.
 */
export function sizeForTargets(
  plan: Plan,
  targets: SizingTargets,
  opts: { atEndOfLife?: boolean; curve?: boolean; onEvaluate?: () => void } = {},
): TargetSizing {
  const atEndOfLife = opts.atEndOfLife ?? true;
  const runtimeTarget = targets.runtimeHours;
  const limitFromPlan = targets.maxPackMassPercent !== undefined;
  const massLimitPercent = targets.maxPackMassPercent ?? defaultPackMassLimitPercent();
  const blockedBy = sizingBlockers(plan);
  if (blockedBy) {
    const what = ph(
      blockedBy.feasibility === 'infeasible' ? 'size.blockedInfeasible' : 'size.blockedUnknown',
      {
        reasons: { join: blockedBy.reasons.map((x) => ({ p: x.text })), sep: ' ' },
      },
    );
    return {
      mode: plan.battery.cells ? 'cells' : 'pack',
      targetHours: runtimeTarget ?? 0,
      atEndOfLife,
      series: plan.battery.cells ? plan.battery.cells.series : null,
      parallel: null,
      energyWh: null,
      massKg: null,
      runtimeHours: null,
      peakCRate: null,
      maxDischargeCRate: buildPack(plan.battery).maxDischargeCRate,
      iterations: 1,
      curve: [],
      charger: null,
      plan: null,
      limitedBy: null,
      feasible: false,
      reason: renderPhrase(what, 'en'),
      reasonText: what,
      binding: null,
      needs: { runtime: null, lifetime: null },
      lifetimeYears: null,
      packMassPercent: null,
      massLimitPercent,
      massLimitFromPlan: limitFromPlan,
      massWarning: null,
      massWarningText: null,
      blockedBy,
      chargeTargetReachable: null,
    };
  }
  const base = sizePack(plan, runtimeTarget ?? 0, {
    atEndOfLife,
    ...(opts.curve === false ? { curve: false } : {}),
    ...(opts.onEvaluate ? { onEvaluate: opts.onEvaluate } : {}),
  });
  const result: TargetSizing = {
    ...base,
    binding: null,
    needs: { runtime: base.feasible && runtimeTarget !== undefined ? sizeOf(base) : null, lifetime: null },
    lifetimeYears: null,
    packMassPercent: null,
    massLimitPercent,
    massLimitFromPlan: limitFromPlan,
    massWarning: null,
    massWarningText: null,
    blockedBy: null,
    chargeTargetReachable: null,
  };
  if (!base.feasible) return result;
  let size = runtimeTarget !== undefined ? sizeOf(base) : smallestSize(plan);
  result.binding =
    base.limitedBy === 'discharge-rate' ? 'discharge-rate' : runtimeTarget !== undefined ? 'runtime' : null;

  // Lifetime: the smallest size (at least the runtime's) whose pack lasts the target.
  if (targets.lifetimeYears !== undefined) {
    const years = (s: number) => {
      opts.onEvaluate?.();
      result.iterations++;
      return simulate(planWithSize(plan, s), { skipSeries: true }).yearsTo80PercentSoH ?? Infinity;
    };
    const target = targets.lifetimeYears;
    const cells = plan.battery.cells !== undefined;
    const hi0 = cells ? MAX_PARALLEL : sizeOf(base) * 256;
    let lo = size;
    if (years(lo) < target) {
      let hi = lo;
      let found = false;
      while (hi < hi0) {
        lo = hi;
        hi = Math.min(hi0, hi * 2);
        if (years(hi) >= target) {
          found = true;
          break;
        }
      }
      if (!found) {
        const most = years(hi0);
        return infeasible(
          result,
          ph('size.lifetime', {
            target: fmt(target),
            size: describeSize(plan, hi0),
            most: fmt(most),
            t: fmt(plan.battery.temperatureC),
          }),
        );
      }
      while (cells ? hi - lo > 1 : hi / lo > 1.001) {
        const mid = cells ? Math.floor((lo + hi) / 2) : Math.sqrt(lo * hi);
        if (years(mid) >= target) hi = mid;
        else lo = mid;
      }
      result.needs.lifetime = hi;
      if (hi > size) {
        size = hi;
        result.binding = 'lifetime';
      }
    }
  }

  const sized = planWithSize(plan, size);
  const chosen = simulate(sized, { skipSeries: true });
  const share = massShare(sized);
  Object.assign(result, {
    feasible: true,
    reason: null,
    parallel: plan.battery.cells ? size : null,
    energyWh: chosen.pack.ratedEnergyWh,
    massKg: share.packKg,
    runtimeHours: atEndOfLife ? chosen.runtimeAtEndOfLifeHours : chosen.runtimeHours,
    peakCRate: chosen.peakCRate,
    plan: sized,
    lifetimeYears: targets.lifetimeYears !== undefined ? chosen.yearsTo80PercentSoH : null,
    packMassPercent: share.percent,
  });

  // The mass limit: above it the pack is flagged (default) or the targets cannot all be met (plan's limit).
  if (share.percent > massLimitPercent * (1 + 1e-9)) {
    const text = ph('size.mass', {
      kg: fmt(share.packKg),
      pct: fmt(share.percent),
      total: fmt(plan.robot.massWithoutBatteryKg + share.packKg),
      limit: fmt(massLimitPercent),
      whose: { p: ph(limitFromPlan ? 'size.limitPlan' : 'size.limitHumanoids') },
    });
    if (limitFromPlan) return infeasible(result, ph('size.massInfeasible', { text: { p: text } }));
    const warning = ph('size.massWarning', { text: { p: text, cap: true } });
    result.massWarning = renderPhrase(warning, 'en');
    result.massWarningText = warning;
  }

  // Charge time: the charger the chosen pack needs.
  if (targets.chargeTimeMin !== undefined) {
    const pack = buildPack(sized.battery);
    const ch = plan.charger ?? { powerW: 1000, efficiencyPercent: 92, endOfChargeCRate: 0.05 };
    const model = {
      powerW: ch.powerW,
      efficiency: ch.efficiencyPercent / 100,
      endOfChargeCRate: ch.endOfChargeCRate,
    };
    const c: ChargerSizing = sizeCharger(pack, model, pack.reserveSoc, targets.chargeTimeMin * 60);
    result.charger = { ...c, targetMinutes: targets.chargeTimeMin };
    result.chargeTargetReachable = c.requiredPowerW !== null;
  }
  return result;
}

function infeasible(r: TargetSizing, reason: Phrase): TargetSizing {
  return {
    ...r,
    feasible: false,
    reason: renderPhrase(reason, 'en'),
    reasonText: reason,
    binding: null,
    plan: null,
    parallel: null,
    energyWh: null,
    massKg: null,
    runtimeHours: null,
    peakCRate: null,
  };
}

function sizeOf(r: SizingResult): number {
  return r.mode === 'cells' ? r.parallel! : r.energyWh!;
}

function smallestSize(plan: Plan): number {
  return plan.battery.cells ? 1 : plan.battery.pack!.energyWh / 256;
}

function describeSize(plan: Plan, size: number): string {
  return plan.battery.cells ? `${plan.battery.cells.series}S${size}P` : `${fmt(size / 1000)} kWh`;
}

function fmt(x: number): string {
  return String(Number(x.toPrecision(3)));
}
