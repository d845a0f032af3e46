import type { Plan } from '../plan/schema';
import type { PlanError } from '../plan/load';
import { fmtNum } from '../sim/remarks';
import { num, ph, renderPhrase, type Lang, type PhraseValue } from '../text/phrase';
import type { PhraseId } from '../text/phrases';
import { displayWidth } from './table';
import type { SimulationResult } from '../sim/simulate';
import { headlineMark, headlines, headlineSubLine, type Headline } from '../analysis/headlines';

/** A phrase of the CLI's prose in the reader's language. */
export function say(id: PhraseId, params: Record<string, PhraseValue>, lang: Lang): string {
  return renderPhrase(ph(id, params), lang);
}

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

/** A headline as a summary row's value: "✓ 8 h 03 min · ends at the reserve · target ≥ 5 h". */
function headlineRow(h: Headline): string {
  const mark = headlineMark(h.status);
  const sub = headlineSubLine(h);
  return [`${mark ? mark + ' ' : ''}${h.value}`, ...(sub ? [sub] : []), ...(h.note ? [h.note] : [])].join(
    ' · ',
  );
}

/**
 * The readable summary `powerplan simulate` prints, in English or Korean (`--lang`): the pack, then the
 * headline results exactly as the app's cards show them (src/analysis/headlines.ts), then the detail.
 */
export function formatSummary(plan: Plan, r: SimulationResult, lang: Lang = 'en'): string {
  const rows: [string, string][] = [];
  const row = (id: PhraseId, value: string) => rows.push([say(id, {}, lang), value]);
  row('cli.row.pack', packLine(r, lang));
  for (const h of headlines(plan, r, lang)) rows.push([h.title, headlineRow(h)]);
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
  row(
    'cli.row.shift',
    answered(r, shiftText(r, lang), lang) +
      say(
        'cli.dayPattern',
        { hours: num(plan.dutyCycle.operatingHoursPerDay), days: num(plan.dutyCycle.daysPerYear) },
        lang,
      ),
  );
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
