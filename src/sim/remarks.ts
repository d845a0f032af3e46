import { sizeCharger } from '../battery/charge-sizing';
import { chargedSoc } from '../battery/charging';
import { meetsMaximum, meetsMinimum, shortfallSeverity, verdictDigits } from './targets';
import { packOcvV } from '../battery/pack';
import { maxDeliverablePowerW } from '../battery/rint';
import { TEMPERATURE_RANGE_C } from '../battery/temperature';
import { missingPowerFigures } from '../plan/presets';
import type { ResolvedPlan } from '../plan/resolve';
import type { SimulationResult } from './simulate';
import type { Change } from '../analysis/scenarios';
import { fmtHoursIn, fmtNum } from '../text/numbers';
import { listIn, nested, num, ph, renderPhrase, type Phrase, type PhraseValue } from '../text/phrase';
import type { PhraseId } from '../text/phrases';

/**
 * A remark: a stable code, a severity and its sentence as data (`text`: a phrase id and parameters), rendered
 * in the reader's language by `renderPhrase` (src/text/phrase.ts); `message` is its English rendering. A
 * remark whose cure is a plan edit carries it as `fix` (the app's Apply button, one undo step).
 */
export interface Warning {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  text: Phrase;
  fix?: RemarkFix;
}

/** A plan edit that cures a remark: its label (a phrase) and the changes (scenario changes, plan paths). */
export interface RemarkFix {
  label: Phrase;
  changes: Change[];
}

/** A remark from its code, severity and sentence; its English message rendered once here. */
export function remark(code: string, severity: Warning['severity'], text: Phrase, fix?: RemarkFix): Warning {
  return { code, severity, message: renderPhrase(text, 'en'), text, ...(fix ? { fix } : {}) };
}

export { fmtCount, fmtNum } from '../text/numbers';

/** "a", "a and b", "a, b and c". */
export function listWords(words: readonly string[]): string {
  return listIn(words, 'en');
}

/** What ended a discharge, as the remarks name it. */
export const END_PHRASES: Readonly<Record<string, PhraseId>> = {
  reserve: 'end.reserve',
  cutoff: 'end.cutoff',
  'power-limit': 'end.powerLimit',
};

/** What ended a discharge, in English. */
export const END_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(END_PHRASES).map(([k, id]) => [k, renderPhrase({ id }, 'en')]),
);

/** The largest battery-side load of the duty cycle (W). */
function maxLoadW(rp: ResolvedPlan): number {
  return rp.segments.reduce((m, s) => (s.kind === 'charge' ? m : Math.max(m, s.power.batteryW)), 0);
}

/**
 * Significant digits for a value compared with a target: 3, or as many as it takes for the shown figure to
 * read the same verdict (src/sim/targets.ts `verdictDigits`).
 */
export function digitsFor(
  value: number,
  verdict?: { target: number; better: 'higher' | 'lower' } | undefined,
): number {
  return verdict ? verdictDigits(value, verdict.target, verdict.better) : 3;
}

/** Hours as "4.2 h" or "45 min"; with a target, enough digits that a miss never reads as met. */
export function fmtHours(
  h: number,
  verdict?: { target: number; better: 'higher' | 'lower' } | undefined,
): string {
  return fmtHoursIn(h, 'en', verdict);
}

/** What the verdict remarks need of the run on one charge (a full simulation result has all of it). */
export interface RuntimeFacts {
  runtimeHours: number | null;
  runtimeEndedBy: SimulationResult['runtimeEndedBy'];
  peakPowerW: number;
  peakCurrentA: number;
  peakCRate: number;
  pack: { chargedSocPercent: number };
}

/** Watts, volts, amperes… to 3 significant figures (or `d`). */
const W = (x: number): PhraseValue => num(x, 'W');
const V = (x: number, d?: number): PhraseValue => num(x, 'V', d);
const pct = (x: number, d?: number): PhraseValue => num(x, '%', d);

/**
 * The remarks the verdict is read from (src/sim/verdict.ts): the pack cannot deliver the load or exceeds its
 * current rating, the AI payload does not fit its chip, a figure is unknown, a chip's figures are only claimed.
 * They need only the plan and the run on one charge, so the fast paths of sweeps and sensitivity reach the same
 * verdict as a full simulation (one rule, one place).
 */
export function verdictRemarks(rp: ResolvedPlan, r: RuntimeFacts): Warning[] {
  const out: Warning[] = [];
  const { pack } = rp;
  const cells = pack.configuration.kind === 'cells' ? pack.configuration : null;
  // Power the pack cannot deliver even when full.
  const pMaxFullW = maxDeliverablePowerW(packOcvV(pack, chargedSoc(pack, rp.charger)), pack.resistanceOhm);
  let deliverable = true;
  for (const s of rp.segments) {
    if (s.kind !== 'charge' && s.power.batteryW > pMaxFullW) {
      deliverable = false;
      out.push(
        remark(
          'POWER_ABOVE_DELIVERABLE',
          'error',
          ph('POWER_ABOVE_DELIVERABLE', { segment: s.label, load: W(s.power.batteryW), max: W(pMaxFullW) }),
        ),
      );
      break;
    }
  }
  // A load the pack delivers at no SoC above its floor: the runtime is zero.
  if (deliverable && r.runtimeHours !== null && r.runtimeHours <= 0) {
    const load = W(r.peakPowerW || maxLoadW(rp));
    const why =
      r.runtimeEndedBy === 'reserve'
        ? nested('cannotRun.reserve', {
            full: pct(r.pack.chargedSocPercent, 3),
            reserve: pct(pack.reserveSoc * 100),
          })
        : r.runtimeEndedBy === 'power-limit'
          ? nested('cannotRun.powerLimit', { load })
          : nested('cannotRun.cutoff', {
              load,
              cutoff: V(pack.minVoltageV),
              r: num(pack.resistanceOhm * 1000, 'mΩ'),
            });
    out.push(remark('PACK_CANNOT_RUN_LOAD', 'error', ph('PACK_CANNOT_RUN_LOAD', { why })));
  }

  if (r.peakCRate > pack.maxDischargeCRate * (1 + 1e-9)) {
    const needP = cells ? Math.ceil((cells.parallel * r.peakCRate) / pack.maxDischargeCRate) : null;
    const text = ph('DISCHARGE_C_RATE_EXCEEDED', {
      peak: W(r.peakPowerW),
      current: num(r.peakCurrentA, 'A'),
      c: num(r.peakCRate, '', 2),
      rated: nested(cells ? 'rated.cell' : 'rated.pack'),
      max: num(pack.maxDischargeCRate, '', 2),
      advice:
        needP && cells
          ? nested('cRate.moreParallel', { series: String(cells.series), parallel: String(needP) })
          : nested('cRate.largerPack'),
    });
    out.push(
      remark(
        'DISCHARGE_C_RATE_EXCEEDED',
        'error',
        text,
        needP && cells ? parallelFix(cells.series, needP) : undefined,
      ),
    );
  }

  // On-device AI: each workload's feasibility on its device, and devices asked for more than 100 % busy time.
  const seen = new Set<string>();
  for (const a of rp.aiAnalyses) {
    const device = rp.devices.find((d) => d.id === a.deviceId);
    for (const issue of a.analysis.issues) {
      const key = `${issue.code}:${issue.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(
        remark(
          issue.code,
          issue.severity,
          ph('ai.onDevice', {
            workload: a.workloadLabel,
            device: device?.name ?? a.deviceId,
            issue: { p: issue.text },
          }),
        ),
      );
    }
  }
  for (const [segIndex, byDevice] of Object.entries(rp.rawUtilisation)) {
    for (const [deviceId, u] of Object.entries(byDevice)) {
      if (u <= 1) continue;
      const seg = rp.segments[Number(segIndex)]!;
      const device = rp.devices.find((d) => d.id === deviceId);
      const parts = rp.aiAnalyses
        .filter((a) => a.deviceId === deviceId && a.segmentIndexes.includes(seg.index))
        .map((a) => `${a.workloadLabel} ${fmtNum(a.analysis.utilisation * 100, 3)} %`);
      out.push(
        remark(
          'AI_DEVICE_OVERLOADED',
          'error',
          ph('AI_DEVICE_OVERLOADED', {
            segment: seg.label,
            device: device?.name ?? deviceId,
            busy: pct(u * 100, 3),
            parts: parts.join(' + '),
            max: W(device?.maxPowerW ?? 0),
          }),
        ),
      );
    }
  }

  // A device with no power figure anywhere (plan or catalog) would silently draw nothing.
  for (const d of rp.devices) {
    const missing = missingPowerFigures(d.spec);
    if (missing.length === 0) continue;
    const which = missing.length === 2 ? 'both' : missing[0] === 'maxPowerW' ? 'max' : 'idle';
    out.push(
      remark(
        'DEVICE_POWER_UNKNOWN',
        'warning',
        ph('DEVICE_POWER_UNKNOWN', {
          device: d.name,
          what: nested(which === 'both' ? 'power.none' : which === 'max' ? 'power.noMax' : 'power.noIdle'),
          where: nested(d.spec.preset ? 'where.planOrCatalog' : 'where.plan'),
          enter: nested(which === 'both' ? 'enter.both' : which === 'max' ? 'enter.max' : 'enter.idle'),
        }),
      ),
    );
  }

  // A target chip's figures implied by its vendor's claims: the answer is only as good as the claims.
  for (const d of rp.devices) {
    const figures = (
      [
        ['maxPowerW', 'figure.power'],
        ['peakTops', 'figure.compute'],
        ['memoryBandwidthGBps', 'figure.bandwidth'],
        ['memoryCapacityGB', 'figure.memory'],
      ] as const
    ).filter(([k]) => d.spec[k].provenance.confidence === 'claim_implied');
    if (figures.length === 0) continue;
    out.push(
      remark(
        'CLAIM_IMPLIED_FIGURES',
        'warning',
        ph(figures.length === 1 ? 'CLAIM_IMPLIED_FIGURES' : 'CLAIM_IMPLIED_FIGURES_MANY', {
          device: d.name,
          figures: { list: figures.map(([, id]) => nested(id)) },
        }),
      ),
    );
  }

  // Language models that run together on one device must fit its memory together (weights + KV caches).
  const memorySeen = new Set<string>();
  for (const seg of rp.segments) {
    for (const device of rp.devices) {
      const capGB = device.spec.memoryCapacityGB.value;
      if (capGB === null) continue;
      const cap = capGB * 1e9;
      const resident = rp.aiAnalyses.filter(
        (a) =>
          a.deviceId === device.id &&
          a.segmentIndexes.includes(seg.index) &&
          a.analysis.kind === 'llm' &&
          a.analysis.memory !== undefined,
      );
      if (resident.length < 2) continue;
      const bytes = resident.reduce(
        (sum, a) => sum + (a.analysis.kind === 'llm' ? a.analysis.memory!.totalBytes : 0),
        0,
      );
      const key = `${device.id}:${resident.map((a) => a.workloadId).join(',')}`;
      if (bytes <= cap || memorySeen.has(key)) continue;
      memorySeen.add(key);
      out.push(
        remark(
          'AI_MEMORY_TOO_SMALL',
          'error',
          ph('AI_MEMORY_TOGETHER', {
            segment: seg.label,
            workloads: resident.map((a) => a.workloadLabel).join(' + '),
            device: device.name,
            need: num(bytes / 1e9, 'GB', 3),
            cap: num(cap / 1e9, 'GB', 3),
          }),
        ),
      );
    }
  }

  return out;
}

/** The fix "use S×P": the cells' parallel strings set to `parallel`. */
function parallelFix(series: number, parallel: number): RemarkFix {
  return {
    label: ph('fix.parallel', { series: String(series), parallel: String(parallel) }),
    changes: [{ op: 'set', path: 'battery.cells.parallel', value: parallel }],
  };
}

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

/**
 * The fix for a runtime short of its target: the parallel strings it names (cells), or the pack's energy raised
 * by the missing energy, rounded up to 10 Wh (pack figures). Both are before mass feedback: the remark says
 * so, and Sizing finds the exact pack.
 */
function runtimeFix(rp: ResolvedPlan, extraWh: number, strings: number): RemarkFix | undefined {
  const b = rp.plan.battery;
  if (b.cells && strings > 0) return parallelFix(b.cells.series, b.cells.parallel + strings);
  if (b.pack && extraWh > 0) {
    const energyWh = Math.ceil((b.pack.energyWh + extraWh) / 10) * 10;
    return {
      label: ph('fix.packEnergy', { energy: num(energyWh / 1000, 'kWh') }),
      changes: [{ op: 'set', path: 'battery.pack.energyWh', value: energyWh }],
    };
  }
  return undefined;
}
