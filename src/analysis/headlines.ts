import type { Plan } from '../plan/schema';
import { END_PHRASES } from '../sim/remarks';
import type { SimulationResult } from '../sim/simulate';
import { verdictDigits } from '../sim/targets';
import { STATUS_MARK, type TargetId, type TargetStatus, type TargetVerdict } from '../sim/verdict';
import { formatterFor, type Formatter, type Lang, type Verdict } from '../text/format';
import { num, ph, renderPhrase, type PhraseValue } from '../text/phrase';
import type { PhraseId } from '../text/phrases';
import { OUTPUTS, outputLabel, readOutput, type OutputKey } from './outputs';

/** How a headline reads against its target: met, near (missed by under 10 %), missed, unknown, or no target. */
export type HeadlineStatus = 'ok' | 'near' | 'bad' | 'unknown' | 'none';

/** One headline result as every reader shows it: the app's and the PDF's cards and the CLI summary's rows. */
export interface Headline {
  /** A short name (`runtime`, `charge`, …): the card's test id and the CLI row's key. */
  key: string;
  id: OutputKey;
  title: string;
  /** The figure as shown ("8 h 03 min", "≤ 2.54 years", "—" when the plan cannot run). */
  value: string;
  /** The figure itself (null when there is none: no charger, unbounded). */
  raw: number | null;
  /** Facts that qualify the figure ("ends at the reserve", "to 80 %: 54 min"). */
  facts: string[];
  /** "target ≥ 5 h", "no target", or null for a headline that has no target. */
  target: string | null;
  status: HeadlineStatus;
  /** Why the figure is no answer or is bounded (the plan cannot run, a figure is missing, no charger). */
  note?: string;
}

/** What a headline's spec may add to the figure, in the reader's language. */
interface Context {
  plan: Plan;
  result: SimulationResult;
  lang: Lang;
  f: Formatter;
  say: (id: PhraseId, params?: Record<string, PhraseValue>) => string;
}

/** One headline: the output it shows, the target it is judged on, how its figure reads, and its facts. */
interface HeadlineSpec {
  key: string;
  output: OutputKey;
  target?: TargetId;
  /** The figure in words, against its target's verdict when there is one. */
  show(x: number, v: Verdict | undefined, f: Formatter): string;
  /** What stands in for a figure that does not exist (no charger, unbounded runtime). */
  empty: PhraseId;
  facts?(c: Context): string[];
  note?(c: Context): string | undefined;
}

const duration = (x: number, v: Verdict | undefined, f: Formatter) => f.duration(x, v);

/**
 * The headline results, in the order they are shown. Adding a result card is one entry here (its output in
 * src/analysis/outputs.ts names it in both languages) plus the phrases of its facts.
 */
export const HEADLINES: readonly HeadlineSpec[] = [
  {
    key: 'runtime',
    output: 'runtimeHours',
    target: 'runtime',
    show: duration,
    empty: 'headline.unbounded',
    facts: ({ result, say }) =>
      result.runtimeHours === null || result.feasibility === 'infeasible'
        ? []
        : [say('headline.endsAt', { end: { p: ph(END_PHRASES[result.runtimeEndedBy] ?? 'end.reserve') } })],
    note: ({ result, say }) =>
      result.warnings.some((w) => w.code === 'AI_DEVICE_OVERLOADED')
        ? say('headline.computeCapped')
        : undefined,
  },
  {
    key: 'charge',
    output: 'chargeTimeToFullHours',
    target: 'chargeTime',
    show: duration,
    empty: 'headline.noCharger',
    facts: ({ result, f, say }) =>
      result.chargeTimeToFullHours === null
        ? []
        : [
            ...(result.chargeTimeTo80Hours !== null
              ? [say('headline.to80', { h: f.duration(result.chargeTimeTo80Hours) })]
              : []),
            say('headline.fullAt', { pct: num(result.pack.chargedSocPercent, '%', 3) }),
          ],
  },
  {
    key: 'charges',
    output: 'chargesPerDay',
    show: (x, _v, f) => f.count(x),
    empty: 'headline.unbounded',
    facts: ({ result, f, say }) => {
      const c = result.chargeCounts;
      const counts = [
        c.atReserve > 0 ? say('headline.atReserve', { n: f.num(c.atReserve) }) : null,
        c.opportunity > 0 ? say('headline.inCycle', { n: f.num(c.opportunity) }) : null,
        c.endOfDay > 0 ? say('headline.afterDay', { n: f.num(c.endOfDay) }) : null,
      ].filter((x): x is string => x !== null);
      return [
        ...(counts.length ? [counts.join(' + ')] : []),
        say('headline.efc', { efc: f.num(result.equivalentFullCyclesPerDay, 2) }),
      ];
    },
  },
  {
    key: 'years',
    output: 'yearsTo80PercentSoH',
    target: 'lifetime',
    show: (x, v, f) => f.years(x, v ? verdictDigits(x, v.target, v.better) : 3),
    empty: 'headline.overFifty',
  },
  {
    key: 'eol',
    output: 'runtimeAtEndOfLifeHours',
    target: 'endOfLifeRuntime',
    show: duration,
    empty: 'headline.unbounded',
  },
];

/** The card status of a target verdict (src/sim/verdict.ts: one rule for CLI, UI, compare and report). */
export function headlineStatus(s: TargetStatus): HeadlineStatus {
  return s === 'met' ? 'ok' : s === 'near' ? 'near' : s === 'missed' ? 'bad' : 'unknown';
}

/** The mark a status is shown with (✓ ! ✗ ?), nothing without a target. */
export function headlineMark(s: HeadlineStatus): string {
  return s === 'ok'
    ? STATUS_MARK.met
    : s === 'near'
      ? STATUS_MARK.near
      : s === 'bad'
        ? STATUS_MARK.missed
        : s === 'unknown'
          ? STATUS_MARK.unknown
          : '';
}

/** What a status means, in words (the mark's accessible name and legend). */
export function headlineStatusWords(s: Exclude<HeadlineStatus, 'none'>, lang: Lang): string {
  const id = (
    { ok: 'status.met', near: 'status.near', bad: 'status.missed', unknown: 'status.unknown' } as const
  )[s];
  return renderPhrase(ph(id), lang);
}

function context(plan: Plan, result: SimulationResult, lang: Lang): Context {
  return {
    plan,
    result,
    lang,
    f: formatterFor(lang),
    say: (id, params) => renderPhrase(ph(id, params), lang),
  };
}

/** One headline of a result, judged (src/sim/verdict.ts) and worded in `lang`. */
function headline(spec: HeadlineSpec, c: Context): Headline {
  const { result, f, say } = c;
  const out = OUTPUTS[spec.output];
  const raw = readOutput(result, spec.output);
  const verdict: TargetVerdict | undefined = spec.target
    ? result.targetStatus.find((x) => x.id === spec.target)
    : undefined;
  const infeasible = result.feasibility === 'infeasible' && out.loadDependent;
  const unknown = result.feasibility === 'unknown' && out.loadDependent;
  // A missing power or bandwidth figure underestimates the loads: the figure is a bound on the answer.
  const bound = result.figuresAreBounds && out.loadDependent ? (out.better === 'higher' ? '≤ ' : '≥ ') : '';
  const value = infeasible ? '—' : raw === null ? say(spec.empty) : bound + spec.show(raw, verdict, f);
  const status: HeadlineStatus = verdict
    ? headlineStatus(verdict.status)
    : infeasible
      ? 'bad'
      : unknown
        ? 'unknown'
        : 'none';
  const note = infeasible
    ? say('headline.infeasible')
    : unknown
      ? say('headline.unknown')
      : verdict?.because === 'not-available'
        ? say('headline.notAvailable')
        : spec.note?.(c);
  const target =
    spec.target === undefined
      ? null
      : verdict
        ? say('headline.target', {
            target: `${verdict.better === 'higher' ? '≥' : '≤'} ${spec.show(verdict.target, undefined, f)}`,
          })
        : say('headline.noTarget');
  return {
    key: spec.key,
    id: spec.output,
    title: outputLabel(spec.output, c.lang),
    value,
    raw,
    facts: infeasible ? [] : (spec.facts?.(c) ?? []),
    target,
    status,
    ...(note !== undefined ? { note } : {}),
  };
}

/** The headline results of a plan's simulation, in the reader's language. */
export function headlines(plan: Plan, result: SimulationResult, lang: Lang): Headline[] {
  const c = context(plan, result, lang);
  return HEADLINES.map((spec) => headline(spec, c));
}

/**
 * The headlines of a stale result (of the plan's last valid version): the figures with no verdict, no facts and
 * no target, since the plan they would be judged against is not the one on screen.
 */
export function staleHeadlines(plan: Plan, result: SimulationResult, lang: Lang): Headline[] {
  const c = context(plan, result, lang);
  return HEADLINES.map((spec) => {
    const raw = readOutput(result, spec.output);
    return {
      key: spec.key,
      id: spec.output,
      title: outputLabel(spec.output, lang),
      value: raw === null ? c.say(spec.empty) : spec.show(raw, undefined, c.f),
      raw,
      facts: [c.say('headline.lastValid')],
      target: null,
      status: 'none',
    };
  });
}

/** A headline's second line: its facts and its target ("ends at the reserve · target ≥ 5 h"). */
export function headlineSubLine(h: Headline): string {
  return [...h.facts, ...(h.target ? [h.target] : [])].join(' · ');
}
