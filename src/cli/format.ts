import type { Plan } from '../plan/schema';
import type { PlanError } from '../plan/load';
import { digitsFor, END_PHRASES, fmtNum } from '../sim/remarks';
import { fmtHoursIn } from '../text/numbers';
import { num, ph, renderPhrase, type Lang, type PhraseValue } from '../text/phrase';
import type { PhraseId } from '../text/phrases';
import { displayWidth } from './table';
import type { SimulationResult } from '../sim/simulate';
import { STATUS_MARK, type TargetId } from '../sim/verdict';

/** " (target 5 h ✓)": a target, its status mark, and the shown value's own precision rule. */
function targetNote(r: SimulationResult, id: TargetId, show: (v: number) => string, lang: Lang): string {
  const v = r.targetStatus.find((x) => x.id === id);
  if (!v) return '';
  // An infeasible plan has no ✗ "missed" either: its figure is no answer, so the target is not judged on it.
  if (v.because === 'infeasible') return say('cli.target', { target: show(v.target) }, lang);
  return say('cli.targetMark', { target: show(v.target), mark: STATUS_MARK[v.status] }, lang);
}

/** A phrase of the CLI's prose in the reader's language. */
export function say(id: PhraseId, params: Record<string, PhraseValue>, lang: Lang): string {
  return renderPhrase(ph(id, params), lang);
}

/** Hours against a target's verdict (enough digits that a miss never reads as met). */
const hoursVs = (h: number, v?: { target: number; better: 'higher' | 'lower' }): PhraseValue =>
  v ? { h, target: v.target, better: v.better } : { h };

/**
 * A load-dependent figure as the verdict allows it: as is for a feasible plan; for an infeasible one "—" with
 * the figure as if the plan could run; for an unknown one "?" with the figure from the figures given.
 */
function answered(r: SimulationResult, text: string, lang: Lang): string {
  if (r.feasibility === 'infeasible') return say('cli.cannotRun', { text }, lang);
  if (r.feasibility === 'unknown')
    return say(r.figuresAreBounds ? 'cli.unknownBound' : 'cli.unknown', { text }, lang);
  return text;
}

export function formatErrors(file: string, errors: readonly PlanError[]): string {
  const lines = [`${file}: ${errors.length} problem${errors.length === 1 ? '' : 's'}`];
  for (const e of errors) lines.push(`  ${e.path}: ${e.message}`);
  return lines.join('\n') + '\n';
}

/**
 * The fields `simulate --json` promises (README.md, "The CLI"), plus the rest of the result without the
 * series.
 */
export function simulationJson(plan: Plan, r: SimulationResult, includeSeries: boolean) {
  const { series, runtimeSeries, ...rest } = r;
  // The result already leads with the promised fields (runtimeHours … warnings); the series are opt-in.
  return { plan: plan.name, ...rest, ...(includeSeries ? { series, runtimeSeries } : {}) };
}

function packLine(r: SimulationResult, lang: Lang): string {
  const p = r.pack;
  const conf =
    p.configuration.kind === 'cells' ? `${p.configuration.series}S${p.configuration.parallel}P · ` : '';
  return say(
    'cli.pack',
    {
      pack: `${p.chemistry} · ${conf}${fmtNum(p.ratedEnergyWh / 1000)} kWh · ${fmtNum(p.nominalVoltageV)} V · ${fmtNum(p.ratedCapacityAh)} Ah · ${fmtNum(p.resistanceOhm * 1000)} mΩ · ${fmtNum(p.massKg)} kg`,
      share: num((100 * p.massKg) / Math.max(p.totalRobotMassKg, 1e-9), '%', 2),
      robot: num(p.totalRobotMassKg, 'kg'),
    },
    lang,
  );
}

/** The readable summary `powerplan simulate` prints, in English or Korean (`--lang`). */
export function formatSummary(plan: Plan, r: SimulationResult, lang: Lang = 'en'): string {
  const rows: [string, string][] = [];
  const row = (id: PhraseId, value: string) => rows.push([say(id, {}, lang), value]);
  const hours = (h: number) => fmtHoursIn(h, lang);
  row('cli.row.pack', packLine(r, lang));
  const rt = r.targetStatus.find((x) => x.id === 'runtime');
  const runtime =
    (r.runtimeHours === null
      ? answered(r, say('cli.unbounded', {}, lang), lang)
      : answered(
          r,
          say(
            'cli.runtime',
            {
              h: hoursVs(r.runtimeHours, rt),
              end: { p: ph(END_PHRASES[r.runtimeEndedBy] ?? 'end.reserve') },
            },
            lang,
          ),
          lang,
        )) + targetNote(r, 'runtime', hours, lang);
  row('cli.row.runtime', runtime);
  row(
    'cli.row.power',
    answered(
      r,
      say(
        'cli.power',
        {
          avg: num(r.averagePowerW, 'W'),
          peak: num(r.peakPowerW, 'W'),
          c: num(r.peakCRate, '', 2),
          limit: num(r.pack.maxDischargeCRate, '', 2),
        },
        lang,
      ),
      lang,
    ),
  );
  const e = r.energyBreakdownWh;
  row(
    'cli.row.energy',
    answered(
      r,
      say(
        'cli.energy',
        {
          loco: num(e.locomotion, 'Wh'),
          compute: num(e.compute, 'Wh'),
          acc: num(e.accessories, 'Wh'),
          conv: num(e.conversionLoss, 'Wh'),
          i2r: num(e.batteryLoss, 'Wh'),
        },
        lang,
      ),
      lang,
    ),
  );
  if (r.chargeTimeToFullHours !== null) {
    row(
      'cli.row.charging',
      (r.chargeTimeTo80Hours !== null ? say('cli.to80', { h: { h: r.chargeTimeTo80Hours } }, lang) : '') +
        say(
          'cli.toFull',
          {
            full: num(r.pack.chargedSocPercent, '%', 3),
            h: hoursVs(
              r.chargeTimeToFullHours,
              r.targetStatus.find((x) => x.id === 'chargeTime'),
            ),
          },
          lang,
        ) +
        targetNote(r, 'chargeTime', hours, lang),
    );
  } else row('cli.row.charging', say('cli.noCharger', {}, lang));
  row(
    'cli.row.daily',
    answered(
      r,
      say(
        'cli.daily',
        { charges: chargesPerDayText(r, lang), efc: num(r.equivalentFullCyclesPerDay, '', 2) },
        lang,
      ),
      lang,
    ) +
      say(
        'cli.dayPattern',
        { hours: num(plan.dutyCycle.operatingHoursPerDay), days: num(plan.dutyCycle.daysPerYear) },
        lang,
      ),
  );
  const life = r.targetStatus.find((x) => x.id === 'lifetime');
  const eol = r.targetStatus.find((x) => x.id === 'endOfLifeRuntime');
  row(
    'cli.row.life',
    answered(
      r,
      r.yearsTo80PercentSoH === null
        ? say('cli.lifeLong', {}, lang)
        : say(
            'cli.life',
            { years: num(r.yearsTo80PercentSoH, '', digitsFor(r.yearsTo80PercentSoH, life)) },
            lang,
          ),
      lang,
    ) + targetNote(r, 'lifetime', (y) => say('cli.years', { y: num(y) }, lang), lang),
  );
  row(
    'cli.row.eol',
    answered(
      r,
      say(
        'cli.eol',
        {
          h:
            r.runtimeAtEndOfLifeHours === null
              ? { p: ph('cli.unboundedWord') }
              : hoursVs(r.runtimeAtEndOfLifeHours, eol),
        },
        lang,
      ),
      lang,
    ) + targetNote(r, 'endOfLifeRuntime', hours, lang),
  );
  row('cli.row.shift', answered(r, shiftText(r, lang), lang));
  // What each language model's prediction assumes: runtime, weight format, power mode, and the fastest rate.
  for (const a of r.ai) {
    if (!a.inference) continue;
    const inf = a.inference;
    const device = r.devices.find((d) => d.id === a.deviceId)?.name ?? a.deviceId;
    row(
      'cli.row.llm',
      say(
        'cli.llm',
        {
          workload: a.workloadLabel,
          device: device + (inf.powerMode ? ` (${inf.powerMode})` : ''),
          runtime: inf.runtime,
          format: inf.format ?? { p: ph('cli.nominalBits', { bits: num(inf.bitsPerWeight ?? 4) }) },
          max: inf.maxTokensPerS === null ? '?' : num(inf.maxTokensPerS),
          eff: num(inf.bandwidthEfficiency * 100),
          ms: num(inf.perTokenOverheadMs),
        },
        lang,
      ),
    );
  }
  const width = Math.max(...rows.map(([k]) => displayWidth(k)));
  const lines = [plan.name, ''];
  if (!r.feasible) {
    lines.push(say(r.feasibility === 'infeasible' ? 'cli.infeasible' : 'cli.unknownHead', {}, lang));
    for (const reason of [...r.infeasibleReasons, ...r.unknownReasons])
      lines.push(`  ${renderPhrase(reason.text, lang)}`);
    lines.push('');
  } else if (r.caveats.length) {
    lines.push(say('cli.provisional', {}, lang));
    for (const c of r.caveats) lines.push(`  ${renderPhrase(c.text, lang)}`);
    lines.push('');
  }
  for (const [k, v] of rows) lines.push(`${k}${' '.repeat(width - displayWidth(k))}  ${v}`);
  if (r.warnings.length) {
    lines.push('', say('cli.remarks', {}, lang));
    const icon = { error: '✗', warning: '⚠', info: 'ℹ' } as const;
    for (const w of r.warnings) lines.push(`  ${icon[w.severity]} ${renderPhrase(w.text, lang)}`);
  }
  return lines.join('\n') + '\n';
}

/** "2 charges/day (1 at the reserve, 1 after the day)": the count and what it counts. */
export function chargesPerDayText(r: SimulationResult, lang: Lang = 'en'): string {
  const c = r.chargeCounts;
  const parts: string[] = [];
  if (c.atReserve > 0) parts.push(say('cli.atReserve', { n: num(c.atReserve, '', 3) }, lang));
  if (c.opportunity > 0) parts.push(say('cli.inCycle', { n: num(c.opportunity, '', 3) }, lang));
  if (c.endOfDay > 0) parts.push(say('cli.afterDay', { n: num(c.endOfDay, '', 3) }, lang));
  return (
    say('cli.chargesPerDay', { n: num(r.chargesPerDay, '', 3) }, lang) +
    (parts.length ? ` (${parts.join(', ')})` : '')
  );
}

/** The shift line: how it was scheduled and how it ended (sustainable, completed, or stopped early). */
function shiftText(r: SimulationResult, lang: Lang): string {
  const s = r.shift;
  const mode: PhraseValue =
    s.mode === 'untilReserve'
      ? { p: ph('cli.mode.untilReserve') }
      : { p: ph(s.mode === 'hours' ? 'cli.mode.hours' : 'cli.mode.count') };
  if (s.sustainable)
    return say(
      'cli.sustainable',
      {
        mode,
        end: num(s.sustainable.cycleEndSocPercent, '%', 3),
        min: num(s.sustainable.minSocPercent, '%', 3),
        after: { h: s.durationHours },
      },
      lang,
    );
  const c = s.lastCycle;
  const keepUp =
    r.segments.some((x) => x.kind === 'charge') && c
      ? c.socChangePercent < -0.05
        ? say(
            'cli.notKeepUp',
            { drop: num(-c.socChangePercent, '%', 2), rate: num(-c.socChangePercent / c.hours, '%/h', 2) },
            lang,
          )
        : say('cli.keepUp', {}, lang)
      : '';
  return (
    say(
      s.completed ? 'cli.shiftDone' : 'cli.shiftStopped',
      { mode, h: { h: s.durationHours }, soc: num(s.endSoc * 100, '%') },
      lang,
    ) + keepUp
  );
}
