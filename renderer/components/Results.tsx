import { memo, useState, type ReactNode } from 'react';
import { missingPowerFigures } from '../../src/plan/presets';
import type { Plan } from '../../src/plan/schema';
import type { SimulationResult } from '../../src/sim/simulate';
import type { Warning } from '../../src/sim/remarks';
import { verdictDigits } from '../../src/sim/targets';
import {
  LOAD_DEPENDENT,
  targetStatus as ruleStatus,
  type TargetStatus,
  type TargetVerdict,
} from '../../src/sim/verdict';
import { useI18n } from '../i18n';
import { AgeingChart, EnergyChart, PowerChart, SocChart, type SocView } from './Charts';

export type Status = 'ok' | 'near' | 'bad' | 'unknown' | 'none';

/** Green when the target is met, amber within 10 % of it, red beyond; 'none' without a target. */
export function targetStatus(
  value: number | null,
  target: number | undefined,
  better: 'higher' | 'lower',
): Status {
  if (target === undefined) return 'none';
  return fromVerdict(ruleStatus(value, target, better, false, 'feasible').status);
}

/** The card status of a target verdict (src/sim/verdict.ts: one rule for CLI, UI, compare and report). */
export function fromVerdict(s: TargetStatus): Status {
  return s === 'met' ? 'ok' : s === 'near' ? 'near' : s === 'missed' ? 'bad' : 'unknown';
}

const ICON: Record<Status, string> = { ok: '✓', near: '!', bad: '✗', unknown: '?', none: '' };
const STATUS_KEY = {
  ok: 'status.ok',
  near: 'status.near',
  bad: 'status.bad',
  unknown: 'status.unknown',
} as const;

function Card({
  title,
  value,
  sub,
  status,
  testId,
  raw,
  note,
}: {
  title: string;
  value: string;
  sub: string;
  status: Status;
  testId: string;
  raw?: number | null;
  /** A second line that qualifies the figure (infeasible, unknown, power capped). */
  note?: string | undefined;
}) {
  const { t } = useI18n();
  return (
    <div className={`card status-${status}`} data-testid={testId} data-status={status}>
      <div className="card-title">{title}</div>
      <div className="card-value">
        {status !== 'none' && (
          <span className="status-icon" role="img" aria-label={t(STATUS_KEY[status])}>
            {ICON[status]}
          </span>
        )}
        <span data-testid={`${testId}-value`} data-value={raw ?? ''}>
          {value}
        </span>
      </div>
      <div className="card-sub">{sub}</div>
      {note && (
        <div className="card-note" data-testid={`${testId}-note`}>
          {note}
        </div>
      )}
    </div>
  );
}

/**
 * A card's figure for a target verdict: "—" when the plan is infeasible (a figure of a plan that cannot run
 * is not an answer), else the value with as many digits as it takes for the shown figure to read its verdict.
 */
function verdictValue(
  v: TargetVerdict | undefined,
  value: number | null,
  show: (x: number, verdict: TargetVerdict | undefined) => string,
  empty: string,
  bound = '',
): string {
  if (v?.because === 'infeasible') return '—';
  if (value === null) return empty;
  return bound + show(value, v);
}

/** Headline cards: runtime, charge time, charges per day, years to 80 %, runtime at end of life. */
export function ResultCards({
  plan,
  result,
  stale = false,
}: {
  plan: Plan;
  result: SimulationResult;
  /** The result is of the plan's last valid version: its figures show, greyed, with no verdict on them. */
  stale?: boolean;
}) {
  const i = useI18n();
  const { t } = i;
  const tg = plan.targets;
  const verdict = (id: TargetVerdict['id']) => result.targetStatus.find((x) => x.id === id);
  const status = (id: TargetVerdict['id']): Status => {
    const v = verdict(id);
    return v ? fromVerdict(v.status) : 'none';
  };
  if (stale)
    return (
      <div className="cards cards-stale" data-testid="cards-stale">
        <p className="stale-stamp" role="status">
          {t('results.staleStamp')}
        </p>
        {(
          [
            ['card-runtime', 'card.runtime', result.runtimeHours, 'h'],
            ['card-charge', 'card.charge', result.chargeTimeToFullHours, 'h'],
            ['card-charges', 'card.chargesPerDay', result.chargesPerDay, ''],
            ['card-years', 'card.years', result.yearsTo80PercentSoH, ''],
            ['card-eol', 'card.eol', result.runtimeAtEndOfLifeHours, 'h'],
          ] as const
        ).map(([id, title, v, unit]) => (
          <Card
            key={id}
            testId={id}
            raw={v}
            title={t(title)}
            value={v === null ? '—' : unit === 'h' ? i.hours(v) : i.num(v)}
            sub={t('results.staleSub')}
            status="none"
          />
        ))}
      </div>
    );
  const qualifier = (id: TargetVerdict['id']): string | undefined => {
    const v = verdict(id);
    if (result.feasibility === 'infeasible' && LOAD_DEPENDENT[id]) return t('card.infeasible');
    if (result.feasibility === 'unknown' && LOAD_DEPENDENT[id]) return t('card.unknown');
    if (v?.because === 'not-available') return t('card.notAvailable');
    return undefined;
  };
  const capped = result.warnings.some((w) => w.code === 'AI_DEVICE_OVERLOADED');
  const hours = (x: number, v: TargetVerdict | undefined) => i.hours(x, v);
  const runtimeNote = qualifier('runtime') ?? (capped ? t('card.computeCapped') : undefined);
  const c = result.chargeCounts;
  const countParts = [
    c.atReserve > 0 ? t('card.chargesAtReserve', { n: i.num(c.atReserve, 3) }) : null,
    c.opportunity > 0 ? t('card.chargesInCycle', { n: i.num(c.opportunity, 3) }) : null,
    c.endOfDay > 0 ? t('card.chargesAfterDay', { n: i.num(c.endOfDay, 3) }) : null,
  ].filter(Boolean);
  const loadDependentInfeasible = result.feasibility === 'infeasible';
  // A missing power or bandwidth figure underestimates the loads: the figures shown are bounds.
  const upTo = result.figuresAreBounds ? '≤ ' : '';
  const atLeast = result.figuresAreBounds ? '≥ ' : '';
  return (
    <div className="cards" aria-live="polite">
      <Card
        testId="card-runtime"
        raw={result.runtimeHours}
        title={t('card.runtime')}
        value={verdictValue(verdict('runtime'), result.runtimeHours, hours, t('card.unbounded'), upTo)}
        sub={
          tg.runtimeHours !== undefined
            ? t('card.target', { target: `≥ ${i.hours(tg.runtimeHours)}` })
            : t('card.noTarget')
        }
        status={
          tg.runtimeHours === undefined && result.feasibility !== 'feasible'
            ? result.feasibility === 'infeasible'
              ? 'bad'
              : 'unknown'
            : status('runtime')
        }
        note={runtimeNote}
      />
      <Card
        testId="card-charge"
        raw={result.chargeTimeToFullHours}
        title={t('card.charge')}
        value={verdictValue(verdict('chargeTime'), result.chargeTimeToFullHours, hours, t('card.noCharger'))}
        sub={
          (result.chargeTimeToFullHours === null
            ? ''
            : `${t('card.fullAt', { pct: i.num(result.pack.chargedSocPercent, 3) })} · `) +
          (tg.chargeTimeMin !== undefined
            ? t('card.target', { target: `≤ ${i.hours(tg.chargeTimeMin / 60)}` })
            : t('card.noTarget'))
        }
        status={
          result.chargeTimeToFullHours === null && !verdict('chargeTime') ? 'none' : status('chargeTime')
        }
        note={qualifier('chargeTime')}
      />
      <Card
        testId="card-charges"
        raw={result.chargesPerDay}
        title={t('card.chargesPerDay')}
        value={loadDependentInfeasible ? '—' : atLeast + i.count(result.chargesPerDay)}
        sub={
          loadDependentInfeasible
            ? ''
            : (countParts.length ? countParts.join(' + ') + ' · ' : '') +
              t('card.efc', { efc: i.num(result.equivalentFullCyclesPerDay, 2) })
        }
        status={loadDependentInfeasible ? 'bad' : result.feasibility === 'unknown' ? 'unknown' : 'none'}
        note={
          loadDependentInfeasible
            ? t('card.infeasible')
            : result.feasibility === 'unknown'
              ? t('card.unknown')
              : undefined
        }
      />
      <Card
        testId="card-years"
        raw={result.yearsTo80PercentSoH}
        title={t('card.years')}
        value={verdictValue(
          verdict('lifetime'),
          result.yearsTo80PercentSoH,
          (x, v) => i.num(x, v ? verdictDigits(x, v.target, v.better) : 3),
          '> 50',
          upTo,
        )}
        sub={
          tg.lifetimeYears !== undefined
            ? t('card.target', { target: `≥ ${i.years(tg.lifetimeYears)}` })
            : t('card.noTarget')
        }
        status={status('lifetime')}
        note={qualifier('lifetime')}
      />
      <Card
        testId="card-eol"
        raw={result.runtimeAtEndOfLifeHours}
        title={t('card.eol')}
        value={verdictValue(
          verdict('endOfLifeRuntime'),
          result.runtimeAtEndOfLifeHours,
          hours,
          t('card.unbounded'),
          upTo,
        )}
        sub={
          tg.runtimeHours !== undefined
            ? t('card.target', { target: `≥ ${i.hours(tg.runtimeHours)}` })
            : t('card.noTarget')
        }
        status={status('endOfLifeRuntime')}
        note={qualifier('endOfLifeRuntime')}
      />
    </div>
  );
}

/**
 * The loudest thing on screen when the plan cannot run (red) or its answer depends on a missing figure
 * (amber): the reasons in words, and what to do about them.
 */
export function VerdictBanner({
  result,
  onCompareChips,
  onEnterChipFigures,
}: {
  result: SimulationResult;
  onCompareChips?: (() => void) | undefined;
  onEnterChipFigures?: (() => void) | undefined;
}) {
  const { t, phrase } = useI18n();
  if (result.feasibility === 'feasible') {
    if (result.caveats.length === 0) return null;
    return (
      <div className="verdict verdict-provisional" role="status" data-testid="verdict-provisional">
        <div className="verdict-head">
          <span className="verdict-icon" aria-hidden="true">
            ≈
          </span>
          <strong>{t('verdict.provisional')}</strong>
        </div>
        <ul>
          {result.caveats.map((r) => (
            <li key={r.code + r.message}>{phrase(r.text)}</li>
          ))}
        </ul>
      </div>
    );
  }
  const infeasible = result.feasibility === 'infeasible';
  const reasons = infeasible ? result.infeasibleReasons : result.unknownReasons;
  const aiReason = reasons.some((r) => r.code.startsWith('AI_'));
  const chipFigures = reasons.some((r) => r.code === 'DEVICE_POWER_UNKNOWN' || r.code.endsWith('_UNKNOWN'));
  return (
    <div
      className={`verdict verdict-${result.feasibility}`}
      role="alert"
      data-testid="verdict-banner"
      data-feasibility={result.feasibility}
    >
      <div className="verdict-head">
        <span className="verdict-icon" aria-hidden="true">
          {infeasible ? '✗' : '?'}
        </span>
        <strong>{t(infeasible ? 'verdict.infeasible' : 'verdict.unknown')}</strong>
      </div>
      <ul>
        {reasons.map((r) => (
          <li key={r.code + r.message}>{phrase(r.text)}</li>
        ))}
        {infeasible &&
          result.unknownReasons.map((r) => (
            <li key={r.code + r.message} className="muted">
              {phrase(r.text)}
            </li>
          ))}
      </ul>
      <div className="verdict-actions">
        {aiReason && onCompareChips && (
          <button type="button" onClick={onCompareChips} data-testid="verdict-compare-chips">
            {t('verdict.compareChips')}
          </button>
        )}
        {chipFigures && onEnterChipFigures && (
          <button type="button" onClick={onEnterChipFigures} data-testid="verdict-enter-figures">
            {t('verdict.enterFigures')}
          </button>
        )}
      </div>
    </div>
  );
}

/**
 * Plain-language remarks in the reader's language, most severe first, with icon and text (colour is never the
 * only signal). A remark whose cure is a plan edit offers it as an Apply button (one undo step) when `onApply`
 * is given (not in the report).
 */
export function Remarks({
  result,
  onApply,
}: {
  result: SimulationResult;
  onApply?: ((label: string, changes: NonNullable<Warning['fix']>['changes']) => void) | undefined;
}) {
  const { t, phrase } = useI18n();
  const order = { error: 0, warning: 1, info: 2 } as const;
  const list = [...result.warnings].sort((a, b) => order[a.severity] - order[b.severity]);
  if (list.length === 0) return <p className="muted">{t('results.noRemarks')}</p>;
  return (
    <ul className="remarks" data-testid="remarks">
      {list.map((w, i) => (
        <li key={i} className={`remark remark-${w.severity}`} data-code={w.code}>
          <span className="remark-icon" aria-hidden="true">
            {w.severity === 'error' ? '✗' : w.severity === 'warning' ? '⚠' : 'ℹ'}
          </span>
          <span>{phrase(w.text)}</span>
          {w.fix && onApply && (
            <button
              type="button"
              className="remark-fix"
              data-testid={`fix-${w.code}`}
              onClick={() => onApply(phrase(w.fix!.label), w.fix!.changes)}
            >
              {t('remark.apply', { fix: phrase(w.fix.label) })}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Per device and workload: busy time, power and energy per token or frame. */
export function AiSummary({ result }: { result: SimulationResult }) {
  const i = useI18n();
  if (result.ai.length === 0) return null;
  return (
    <ul className="ai-lines" data-testid="ai-summary">
      {result.ai.map((a) => {
        const dev = result.devices.find((d) => d.id === a.deviceId);
        const e = 'energy' in a.analysis ? a.analysis.energy : undefined;
        const perToken = e && 'joulesPerToken' in e ? e : undefined;
        // A device with no power figure anywhere has an unknown power, not 0 W; without a bandwidth figure
        // the memory share of the energy is not known either.
        const powerUnknown = dev !== undefined && missingPowerFigures(dev).length > 0;
        const bandwidthKnown = dev?.memoryBandwidthGBps.value != null;
        return (
          <li key={`${a.deviceId}-${a.workloadId}`}>
            {i.t('results.aiLine', {
              workload: a.workloadLabel,
              device: dev?.name ?? a.deviceId,
              util: i.percent(a.analysis.utilisation),
              power: powerUnknown ? '? W' : `${i.num(a.analysis.powerW)} W`,
            })}
            {a.inference && (
              <span className="muted" data-testid="ai-inference">
                {' '}
                ·{' '}
                {i.t('results.inference', {
                  runtime: a.inference.runtime,
                  format:
                    a.inference.format ??
                    i.t('results.nominalBits', { bits: i.num(a.inference.bitsPerWeight ?? 4) }),
                  mode: a.inference.powerMode ? ` · ${a.inference.powerMode}` : '',
                  max: a.inference.maxTokensPerS === null ? '?' : i.num(a.inference.maxTokensPerS, 3),
                })}
              </span>
            )}
            {!a.analysis.feasible && <span className="muted"> · {i.t('results.cannotRunHere')}</span>}
            {perToken && !powerUnknown && a.analysis.feasible && (
              <span className="muted">
                {' '}
                ·{' '}
                {bandwidthKnown
                  ? i.t('results.perToken', {
                      j: i.num(perToken.joulesPerToken, 3),
                      mem: i.percent(perToken.memoryShareOfEnergy ?? 0, 2),
                    })
                  : i.t('results.perTokenOnly', { j: i.num(perToken.joulesPerToken, 3) })}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Results below the duty-cycle editor (the headline cards sit above it, in App): the remarks update with the
 * edit; the charts (the slow part to render) take the deferred result, so React renders them after the cards
 * are on screen and typing never waits for them.
 */
export function ResultsPanel({
  result,
  deferred,
  stale = false,
  onApply,
}: {
  result: SimulationResult;
  deferred: { plan: Plan; result: SimulationResult };
  /** Apply a remark's fix to the plan (one undo step). */
  onApply?: ((label: string, changes: NonNullable<Warning['fix']>['changes']) => void) | undefined;
  /** Of the plan's last valid version: charts greyed, and no remarks (they would name what was changed). */
  stale?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className="results">
      <ChartsBlock plan={deferred.plan} result={deferred.result} />
      <h2>{t('section.remarks')}</h2>
      {stale ? (
        <p className="muted" data-testid="remarks-stale">
          {t('results.staleRemarks')}
        </p>
      ) : (
        <>
          <Remarks result={result} onApply={onApply} />
          <AiSummary result={result} />
        </>
      )}
    </div>
  );
}

/** How the shift went, in words: sustainable (steady state), stopped early, or completed. */
export function ShiftLine({ result }: { result: SimulationResult }) {
  const i = useI18n();
  const s = result.shift;
  const text = s.sustainable
    ? i.t('chart.sustainable', {
        end: i.num(s.sustainable.cycleEndSocPercent, 3),
        min: i.num(s.sustainable.minSocPercent, 3),
      })
    : s.completed
      ? i.t('chart.shiftDone', { h: i.hours(s.durationHours), soc: i.num(s.endSoc * 100, 3) })
      : i.t('chart.shiftStops', {
          h: i.hours(s.durationHours),
          end: i.t(
            `end.${result.runtimeEndedBy === 'cutoff' || result.runtimeEndedBy === 'power-limit' ? result.runtimeEndedBy : 'reserve'}`,
          ),
        });
  // Charge segments: whether they keep up, judged cycle by cycle (the shift may end mid-cycle).
  const opportunity = result.segments.some((x) => x.kind === 'charge');
  const c = s.lastCycle;
  const drain =
    opportunity && !s.sustainable && c
      ? ' ' +
        (c.socChangePercent < -0.05
          ? i.t('chart.chargesBehind', {
              cycle: i.num(-c.socChangePercent, 2),
              rate: i.num(-c.socChangePercent / c.hours, 2),
            })
          : i.t('chart.chargesKeepUp'))
      : '';
  return (
    <p className={`shift-line${s.sustainable ? ' sustainable' : ''}`} data-testid="shift-line">
      {text}
      {drain}
    </p>
  );
}

/** The one-charge view's caption: how long a full charge lasts and what ends it. */
function RuntimeLine({ result }: { result: SimulationResult }) {
  const i = useI18n();
  if (result.runtimeHours === null) return null;
  const end =
    result.runtimeEndedBy === 'cutoff' || result.runtimeEndedBy === 'power-limit'
      ? result.runtimeEndedBy
      : 'reserve';
  return (
    <p className="shift-line" data-testid="runtime-line">
      {i.t('chart.oneCharge', { h: i.hours(result.runtimeHours), end: i.t(`end.${end}`) })}
    </p>
  );
}

/**
 * A chart of a plan with no answer (infeasible, or resting on a missing figure): drawn faded under a label
 * that says so, never as if it were the answer.
 */
export function NotAnAnswer({
  feasibility,
  children,
}: {
  feasibility: SimulationResult['feasibility'];
  children: ReactNode;
}) {
  const { t } = useI18n();
  if (feasibility === 'feasible') return <>{children}</>;
  return (
    <div className={`not-answer not-answer-${feasibility}`} data-testid="chart-not-answer">
      <div className="not-answer-chart" aria-hidden="true">
        {children}
      </div>
      <p className="not-answer-label">
        {t(feasibility === 'infeasible' ? 'chart.notAnswerInfeasible' : 'chart.notAnswerUnknown')}
      </p>
    </div>
  );
}

const ChartsBlock = memo(function ChartsBlock({ plan, result }: { plan: Plan; result: SimulationResult }) {
  const { t } = useI18n();
  const [view, setView] = useState<SocView>('shift');
  const f = result.feasibility;
  return (
    <div className="charts">
      <figure className="chart">
        <figcaption>
          {t(view === 'shift' ? 'chart.socShift' : 'chart.socRuntime')}
          <span className="segmented" role="group" aria-label={t('chart.soc')}>
            {(['shift', 'runtime'] as const).map((v) => (
              <button
                key={v}
                type="button"
                aria-pressed={view === v}
                className={view === v ? 'active' : ''}
                onClick={() => setView(v)}
                data-testid={`soc-view-${v}`}
              >
                {t(v === 'shift' ? 'chart.viewShift' : 'chart.viewRuntime')}
              </button>
            ))}
          </span>
        </figcaption>
        <NotAnAnswer feasibility={f}>
          <SocChart result={result} reservePercent={plan.battery.reservePercent} view={view} />
        </NotAnAnswer>
        {f === 'feasible' &&
          (view === 'shift' ? <ShiftLine result={result} /> : <RuntimeLine result={result} />)}
      </figure>
      <figure className="chart">
        <figcaption>{t('chart.power')}</figcaption>
        <NotAnAnswer feasibility={f}>
          <PowerChart result={result} />
        </NotAnAnswer>
      </figure>
      <figure className="chart">
        <figcaption>{t('chart.energy')}</figcaption>
        <NotAnAnswer feasibility={f}>
          <EnergyChart result={result} />
        </NotAnAnswer>
      </figure>
      <figure className="chart">
        <figcaption>{t('chart.ageing')}</figcaption>
        <NotAnAnswer feasibility={f}>
          <AgeingChart result={result} />
        </NotAnAnswer>
      </figure>
    </div>
  );
});
