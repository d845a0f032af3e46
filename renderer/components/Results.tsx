import { memo } from 'react';
import type { Plan } from '../../src/plan/schema';
import type { SimulationResult } from '../../src/sim/simulate';
import { meetsMaximum, meetsMinimum, shortfallSeverity } from '../../src/sim/targets';
import { useI18n } from '../i18n';
import { AgeingChart, EnergyChart, PowerChart, SocChart } from './Charts';

export type Status = 'ok' | 'near' | 'bad' | 'none';

/** Green when the target is met, amber within 10 % of it, red beyond; 'none' without a target. */
export function targetStatus(
  value: number | null,
  target: number | undefined,
  better: 'higher' | 'lower',
): Status {
  if (target === undefined) return 'none';
  if (value === null) return better === 'higher' ? 'ok' : 'bad';
  if (better === 'higher' ? meetsMinimum(value, target) : meetsMaximum(value, target)) return 'ok';
  // The remarks' rule (src/sim/targets.ts): a warning is amber, an error red.
  return shortfallSeverity(value, target, better) === 'warning' ? 'near' : 'bad';
}

const ICON: Record<Status, string> = { ok: '✓', near: '!', bad: '✗', none: '' };

function Card({
  title,
  value,
  sub,
  status,
  testId,
  raw,
}: {
  title: string;
  value: string;
  sub: string;
  status: Status;
  testId: string;
  raw?: number | null;
}) {
  const { t } = useI18n();
  return (
    <div className={`card status-${status}`} data-testid={testId}>
      <div className="card-title">{title}</div>
      <div className="card-value">
        {status !== 'none' && (
          <span
            className="status-icon"
            role="img"
            aria-label={t(status === 'ok' ? 'status.ok' : status === 'near' ? 'status.near' : 'status.bad')}
          >
            {ICON[status]}
          </span>
        )}
        <span data-testid={`${testId}-value`} data-value={raw ?? ''}>
          {value}
        </span>
      </div>
      <div className="card-sub">{sub}</div>
    </div>
  );
}

/** Headline cards: runtime, charge time, charges per day, years to 80 %, runtime at end of life. */
export function ResultCards({ plan, result }: { plan: Plan; result: SimulationResult }) {
  const i = useI18n();
  const { t } = i;
  const tg = plan.targets;
  const runtime = result.runtimeHours;
  const chargeH = result.chargeTimeToFullHours;
  return (
    <div className="cards" aria-live="polite">
      <Card
        testId="card-runtime"
        raw={runtime}
        title={t('card.runtime')}
        value={runtime === null ? t('card.unbounded') : i.hours(runtime)}
        sub={
          tg.runtimeHours !== undefined
            ? t('card.target', { target: `≥ ${i.hours(tg.runtimeHours)}` })
            : t('card.noTarget')
        }
        status={targetStatus(runtime, tg.runtimeHours, 'higher')}
      />
      <Card
        testId="card-charge"
        raw={chargeH}
        title={t('card.charge')}
        value={chargeH === null ? t('card.noCharger') : i.hours(chargeH)}
        sub={
          (chargeH === null
            ? ''
            : `${t('card.fullAt', { pct: i.num(result.pack.chargedSocPercent, 3) })} · `) +
          (tg.chargeTimeMin !== undefined
            ? t('card.target', { target: `≤ ${i.hours(tg.chargeTimeMin / 60)}` })
            : t('card.noTarget'))
        }
        status={chargeH === null ? 'none' : targetStatus(chargeH * 60, tg.chargeTimeMin, 'lower')}
      />
      <Card
        testId="card-charges"
        title={t('card.chargesPerDay')}
        value={i.num(result.chargesPerDay, 2)}
        sub={t('card.efc', { efc: i.num(result.equivalentFullCyclesPerDay, 2) })}
        status="none"
      />
      <Card
        testId="card-years"
        title={t('card.years')}
        value={result.yearsTo80PercentSoH === null ? '> 50' : i.num(result.yearsTo80PercentSoH, 2)}
        sub={
          tg.lifetimeYears !== undefined
            ? t('card.target', { target: `≥ ${i.num(tg.lifetimeYears)}` })
            : t('card.noTarget')
        }
        status={targetStatus(result.yearsTo80PercentSoH ?? Infinity, tg.lifetimeYears, 'higher')}
      />
      <Card
        testId="card-eol"
        title={t('card.eol')}
        value={
          result.runtimeAtEndOfLifeHours === null
            ? t('card.unbounded')
            : i.hours(result.runtimeAtEndOfLifeHours)
        }
        sub={
          tg.runtimeHours !== undefined
            ? t('card.target', { target: `≥ ${i.hours(tg.runtimeHours)}` })
            : t('card.noTarget')
        }
        status={targetStatus(result.runtimeAtEndOfLifeHours, tg.runtimeHours, 'higher')}
      />
    </div>
  );
}

/** Plain-language remarks, most severe first, with icon and text (colour is never the only signal). */
export function Remarks({ result }: { result: SimulationResult }) {
  const { t } = useI18n();
  const order = { error: 0, warning: 1, info: 2 } as const;
  const list = [...result.warnings].sort((a, b) => order[a.severity] - order[b.severity]);
  if (list.length === 0) return <p className="muted">{t('results.noRemarks')}</p>;
  return (
    <ul className="remarks" data-testid="remarks">
      {list.map((w, i) => (
        <li key={i} className={`remark remark-${w.severity}`}>
          <span className="remark-icon" aria-hidden="true">
            {w.severity === 'error' ? '✗' : w.severity === 'warning' ? '⚠' : 'ℹ'}
          </span>
          <span>
            <code>{w.code}</code> {w.message}
          </span>
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
        return (
          <li key={`${a.deviceId}-${a.workloadId}`}>
            {i.t('results.aiLine', {
              workload: a.workloadLabel,
              device: dev?.name ?? a.deviceId,
              util: i.percent(a.analysis.utilisation),
              power: `${i.num(a.analysis.powerW)} W`,
            })}
            {perToken && (
              <span className="muted">
                {' '}
                ·{' '}
                {i.t('results.perToken', {
                  j: i.num(perToken.joulesPerToken, 3),
                  mem: i.percent(perToken.memoryShareOfEnergy ?? 0, 2),
                })}
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
}: {
  result: SimulationResult;
  deferred: { plan: Plan; result: SimulationResult };
}) {
  const { t } = useI18n();
  return (
    <div className="results">
      <ChartsBlock plan={deferred.plan} result={deferred.result} />
      <h2>{t('section.remarks')}</h2>
      <Remarks result={result} />
      <AiSummary result={result} />
    </div>
  );
}

const ChartsBlock = memo(function ChartsBlock({ plan, result }: { plan: Plan; result: SimulationResult }) {
  const { t } = useI18n();
  return (
    <div className="charts">
      <figure className="chart">
        <figcaption>{t('chart.soc')}</figcaption>
        <SocChart result={result} reservePercent={plan.battery.reservePercent} />
      </figure>
      <figure className="chart">
        <figcaption>{t('chart.power')}</figcaption>
        <PowerChart result={result} />
      </figure>
      <figure className="chart">
        <figcaption>{t('chart.energy')}</figcaption>
        <EnergyChart result={result} />
      </figure>
      <figure className="chart">
        <figcaption>{t('chart.ageing')}</figcaption>
        <AgeingChart result={result} />
      </figure>
    </div>
  );
});
