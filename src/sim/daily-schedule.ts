import { DAYS_PER_YEAR, graphiteAnodePotentialV, type AgeingStressors } from '../battery/ageing';
import { chargeCcCv, chargedSoc, type ChargeResult } from '../battery/charging';
import type { ResolvedPlan } from '../plan/resolve';
import { occupy, type EngineOptions } from './engine';
import { DEFAULT_MAX_STEP_SOC, engineOf, SECONDS_PER_DAY } from './runs';
import { runSchedule } from './schedule';

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
