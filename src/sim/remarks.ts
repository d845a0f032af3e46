import { sizeCharger } from '../battery/charge-sizing';
import { chargedSoc } from '../battery/charging';
import { meetsMaximum, meetsMinimum, shortfallSeverity } from './targets';
import { TEMPERATURE_RANGE_C } from '../battery/temperature';
import type { ResolvedPlan } from '../plan/resolve';
import type { SimulationResult } from './simulation-types';
import { nested, num, ph, type PhraseValue } from '../text/phrase';
import { digitsFor, END_PHRASES, pct, V, W } from './remark-format';
import { runtimeFix } from './remark-fixes';
import { verdictRemarks } from './verdict-remarks';
import { remark, type RemarkFix, type Warning } from './warning';

export { remark, type RemarkFix, type Warning } from './warning';
export { fmtCount, fmtNum } from '../text/numbers';
export { digitsFor, END_PHRASES, END_WORDS, fmtHours, listWords } from './remark-format';
export { verdictRemarks, type RuntimeFacts } from './verdict-remarks';

/**
 * Plain-language remarks in the spirit of eCalc's (docs/battery-model.md, "Remarks"): each says what is wrong,
 * with the numbers, and what to change. Codes are stable; tests and the UI key on them.
 */
export function buildRemarks(rp: ResolvedPlan, r: SimulationResult, dayLengthHours: number): Warning[] {
  const out: Warning[] = verdictRemarks(rp, r);
  const { pack, plan, charger } = rp;
  const targets = plan.targets;
  const cells = pack.configuration.kind === 'cells' ? pack.configuration : null;
  const hoursVs = (h: number, target: number, better: 'higher' | 'lower'): PhraseValue => ({
    h,
    target,
    better,
  });

  if (r.runtimeUnbounded) out.push(remark('RUNTIME_UNBOUNDED', 'info', ph('RUNTIME_UNBOUNDED')));

  if (r.runtimeEndedBy === 'cutoff' && r.runtimeHours !== null && r.runtimeHours > 0) {
    out.push(
      remark(
        'CUTOFF_BEFORE_RESERVE',
        'warning',
        ph('CUTOFF_BEFORE_RESERVE', {
          cutoff: V(pack.minVoltageV),
          reserve: pct(pack.reserveSoc * 100),
          peak: W(r.peakPowerW),
        }),
      ),
    );
  }
  if (r.runtimeEndedBy === 'power-limit' && r.runtimeHours !== null && r.runtimeHours > 0) {
    out.push(
      remark(
        'POWER_LIMIT_BEFORE_RESERVE',
        'warning',
        ph('POWER_LIMIT_BEFORE_RESERVE', {
          reserve: pct(pack.reserveSoc * 100),
          peak: W(r.peakPowerW),
          cutoff: V(pack.minVoltageV),
        }),
      ),
    );
  }

  if (targets.runtimeHours !== undefined && r.runtimeHours !== null) {
    if (!meetsMinimum(r.runtimeHours, targets.runtimeHours)) {
      const extraWh =
        r.runtimeHours > 0 ? (targets.runtimeHours / r.runtimeHours - 1) * r.energyBalance.chemicalWh : 0;
      const perString = cells ? r.pack.ratedEnergyWh / cells.parallel : null;
      const strings = perString && extraWh > 0 ? Math.ceil(extraWh / perString) : 0;
      const severity = shortfallSeverity(r.runtimeHours, targets.runtimeHours, 'higher');
      if (r.runtimeHours > 0) {
        const text = ph('RUNTIME_BELOW_TARGET', {
          runtime: hoursVs(r.runtimeHours, targets.runtimeHours, 'higher'),
          target: { h: targets.runtimeHours },
          extra: num(extraWh, 'Wh'),
          strings:
            strings === 0
              ? nested('empty')
              : strings === 1
                ? nested('runtime.oneString')
                : nested('runtime.strings', { n: String(strings) }),
        });
        out.push(remark('RUNTIME_BELOW_TARGET', severity, text, runtimeFix(rp, extraWh, strings)));
      } else {
        out.push(
          remark(
            'RUNTIME_BELOW_TARGET',
            severity,
            ph('RUNTIME_ZERO', { target: { h: targets.runtimeHours } }),
          ),
        );
      }
    }
    if (
      r.runtimeAtEndOfLifeHours !== null &&
      !meetsMinimum(r.runtimeAtEndOfLifeHours, targets.runtimeHours) &&
      meetsMinimum(r.runtimeHours, targets.runtimeHours)
    ) {
      out.push(
        remark(
          'EOL_RUNTIME_BELOW_TARGET',
          shortfallSeverity(r.runtimeAtEndOfLifeHours, targets.runtimeHours, 'higher'),
          ph('EOL_RUNTIME_BELOW_TARGET', {
            target: { h: targets.runtimeHours },
            eol: hoursVs(r.runtimeAtEndOfLifeHours, targets.runtimeHours, 'higher'),
          }),
        ),
      );
    }
  }

  if (!charger) out.push(remark('NO_CHARGER', 'info', ph('NO_CHARGER')));
  const fullSoc = chargedSoc(pack, charger);
  if (fullSoc < pack.maxSoc - 0.02) {
    const endC = charger?.endOfChargeCRate ?? 0.05;
    const endA = endC * pack.ratedCapacityAh;
    const endOcvV = pack.maxVoltageV - endA * pack.resistanceOhm;
    const ends = { endA: num(endA, 'A', 3), endC: num(endC, '', 2) };
    out.push(
      remark(
        'CHARGE_STOPS_EARLY',
        'warning',
        ph('CHARGE_STOPS_EARLY', {
          full: pct(fullSoc * 100, 3),
          limit: pct(pack.maxSoc * 100, 3),
          vmax: V(pack.maxVoltageV, 4),
          why:
            endOcvV > 0
              ? nested('stops.endCurrent', { ...ends, ocv: V(endOcvV, 4) })
              : nested('stops.resistance', { ...ends, r: num(pack.resistanceOhm * 1000, 'mΩ', 3) }),
        }),
      ),
    );
  }
  if (charger) {
    if (targets.chargeTimeMin !== undefined && r.chargeTimeToFullHours !== null) {
      const targetS = targets.chargeTimeMin * 60;
      const currentMin = r.chargeTimeToFullHours * 60;
      if (!meetsMaximum(currentMin, targets.chargeTimeMin)) {
        const fromSoc = pack.reserveSoc;
        const sizing = sizeCharger(pack, charger, fromSoc, targetS);
        const target = num(targets.chargeTimeMin);
        const kw = (w: number): PhraseValue => num(w / 1000, 'kW');
        let advice: PhraseValue;
        let fix: RemarkFix | undefined;
        if (sizing.requiredPowerW !== null) {
          advice = nested('charge.needCharger', {
            target,
            kw: kw(sizing.requiredPowerW),
            now: kw(charger.powerW),
          });
          // A charger a little above the need (rounded up to 100 W), so the fix meets the target.
          const powerW = Math.ceil((sizing.requiredPowerW * 1.001) / 100) * 100;
          fix = {
            label: ph('fix.charger', { kw: kw(powerW) }),
            changes: [{ op: 'set', path: 'charger.powerW', value: powerW }],
          };
        } else if (sizing.requiredCRate !== null) {
          const raised = sizeCharger(
            { ...pack, maxChargeCRate: sizing.requiredCRate * 1.001 },
            charger,
            fromSoc,
            targetS,
          );
          advice = nested('charge.needCells', {
            fastest: { h: sizing.fastestS / 3600 },
            c: num(pack.maxChargeCRate, '', 2),
            target,
            req: num(sizing.requiredCRate, '', 2),
            charger:
              raised.requiredPowerW !== null
                ? nested('charge.andCharger', { kw: kw(raised.requiredPowerW) })
                : nested('charge.cellsOnly'),
          });
        } else {
          advice = nested('charge.outOfReach', { target });
        }
        out.push(
          remark(
            'CHARGE_TARGET_MISSED',
            shortfallSeverity(currentMin, targets.chargeTimeMin, 'lower'),
            ph('CHARGE_TARGET_MISSED', {
              time: hoursVs(currentMin / 60, targets.chargeTimeMin / 60, 'lower'),
              advice,
            }),
            fix,
          ),
        );
      }
    }
    if (plan.battery.temperatureC < 0) {
      out.push(
        remark('COLD_CHARGE', 'warning', ph('COLD_CHARGE', { t: num(plan.battery.temperatureC, '°C') })),
      );
    }
  }

  if (!r.shift.completed && r.shift.mode !== 'untilReserve') {
    const asked = plan.dutyCycle.repeat;
    const what: PhraseValue =
      asked.mode === 'count'
        ? nested('shift.repetitions', { n: String(asked.count) })
        : asked.mode === 'hours'
          ? { h: asked.hours }
          : '';
    out.push(
      remark(
        'SHIFT_NOT_COMPLETED',
        'error',
        ph('SHIFT_NOT_COMPLETED', {
          after: { h: r.shift.durationHours },
          end: nested(END_PHRASES[r.runtimeEndedBy] ?? 'end.reserve'),
          asked: what,
        }),
      ),
    );
  }

  if (dayLengthHours > 24 + 1e-9) {
    out.push(
      remark(
        'DAY_TOO_LONG',
        'warning',
        ph('DAY_TOO_LONG', {
          hours: num(plan.dutyCycle.operatingHoursPerDay),
          total: { h: dayLengthHours },
        }),
      ),
    );
  }

  if (
    targets.lifetimeYears !== undefined &&
    r.yearsTo80PercentSoH !== null &&
    !meetsMinimum(r.yearsTo80PercentSoH, targets.lifetimeYears)
  ) {
    const years = r.yearsTo80PercentSoH;
    out.push(
      remark(
        'LIFETIME_BELOW_TARGET',
        shortfallSeverity(years, targets.lifetimeYears, 'higher'),
        ph('LIFETIME_BELOW_TARGET', {
          years: num(years, '', digitsFor(years, { target: targets.lifetimeYears, better: 'higher' })),
          target: num(targets.lifetimeYears),
          lfp: nested(pack.chemistry === 'LFP' ? 'empty' : 'lifetime.lfpHint'),
        }),
      ),
    );
  }

  // Without a lifetime target nothing else says that the pack wears out within a year.
  if (targets.lifetimeYears === undefined && r.yearsTo80PercentSoH !== null && r.yearsTo80PercentSoH < 1) {
    out.push(
      remark(
        'SHORT_LIFE',
        'warning',
        ph('SHORT_LIFE', {
          years: { n: r.yearsTo80PercentSoH * 12, d: 2, u: 'months' },
          efc: num(r.equivalentFullCyclesPerDay, '', 2),
        }),
      ),
    );
  }

  if (targets.maxPackMassPercent !== undefined && r.pack.totalRobotMassKg > 0) {
    const share = (r.pack.massKg / r.pack.totalRobotMassKg) * 100;
    if (!meetsMaximum(share, targets.maxPackMassPercent)) {
      out.push(
        remark(
          'PACK_MASS_ABOVE_LIMIT',
          shortfallSeverity(share, targets.maxPackMassPercent, 'lower'),
          ph('PACK_MASS_ABOVE_LIMIT', {
            mass: num(r.pack.massKg, 'kg'),
            share: pct(share, digitsFor(share, { target: targets.maxPackMassPercent, better: 'lower' })),
            total: num(r.pack.totalRobotMassKg, 'kg'),
            limit: pct(targets.maxPackMassPercent),
          }),
        ),
      );
    }
  }

  const t = plan.battery.temperatureC;
  if (t < TEMPERATURE_RANGE_C.min || t > TEMPERATURE_RANGE_C.max) {
    out.push(
      remark(
        'TEMPERATURE_OUTSIDE_DATA',
        'warning',
        ph('TEMPERATURE_OUTSIDE_DATA', {
          t: num(t, '°C'),
          min: String(TEMPERATURE_RANGE_C.min),
          max: String(TEMPERATURE_RANGE_C.max),
        }),
      ),
    );
  }
  return out;
}
