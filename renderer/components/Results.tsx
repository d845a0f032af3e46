import { memo, useState, type ReactNode } from 'react';
import { missingPowerFigures } from '../../src/plan/presets';
import type { Plan } from '../../src/plan/schema';
import type { SimulationResult } from '../../src/sim/simulate';
import type { Warning } from '../../src/sim/remarks';
import { useI18n } from '../i18n';
import { AgeingChart, EnergyChart, PowerChart, SocChart, type SocView } from './Charts';

// The headline cards and their status rule live in ./ResultCards; importers use either path.
export { fromVerdict, ResultCards, targetStatus, type Status } from './ResultCards';

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
