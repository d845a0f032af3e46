import type { Plan } from '../../src/plan/schema';
import type { SimulationResult } from '../../src/sim/simulate';
import { verdictDigits } from '../../src/sim/targets';
import {
  LOAD_DEPENDENT,
  targetStatus as ruleStatus,
  type TargetStatus,
  type TargetVerdict,
} from '../../src/sim/verdict';
import { useI18n, type I18n } from '../i18n';

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

/** The result's verdict on one target (none when the plan sets no such target). */
function verdictOf(result: SimulationResult, id: TargetVerdict['id']): TargetVerdict | undefined {
  return result.targetStatus.find((x) => x.id === id);
}

/** A card's status from its target's verdict ('none' without one). */
function statusOf(result: SimulationResult, id: TargetVerdict['id']): Status {
  const v = verdictOf(result, id);
  return v ? fromVerdict(v.status) : 'none';
}

/** The note that qualifies a target's figure: the plan cannot run, rests on a missing figure, or n/a. */
function qualifier(result: SimulationResult, id: TargetVerdict['id'], t: I18n['t']): string | undefined {
  const v = verdictOf(result, id);
  if (result.feasibility === 'infeasible' && LOAD_DEPENDENT[id]) return t('card.infeasible');
  if (result.feasibility === 'unknown' && LOAD_DEPENDENT[id]) return t('card.unknown');
  if (v?.because === 'not-available') return t('card.notAvailable');
  return undefined;
}

/** "≤ " before a figure that is an upper bound (a missing power or bandwidth figure underestimates the loads). */
const upTo = (result: SimulationResult) => (result.figuresAreBounds ? '≤ ' : '');

/** The runtime target as a card's sub-line ("Target ≥ 8 h"), or "no target". */
function runtimeTargetLine(plan: Plan, i: I18n): string {
  const tg = plan.targets;
  return tg.runtimeHours !== undefined
    ? i.t('card.target', { target: `≥ ${i.hours(tg.runtimeHours)}` })
    : i.t('card.noTarget');
}

type CardProps = { plan: Plan; result: SimulationResult };

/** The cards of a stale result (the plan's last valid version): the figures, greyed, with no verdict. */
function StaleCardList({ result }: { result: SimulationResult }) {
  const i = useI18n();
  const { t } = i;
  return (
    <>
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
    </>
  );
}

/** Runtime on one charge, against the runtime target; noted when the compute is capped by its power. */
function RuntimeCard({ plan, result }: CardProps) {
  const i = useI18n();
  const { t } = i;
  const capped = result.warnings.some((w) => w.code === 'AI_DEVICE_OVERLOADED');
  const hours = (x: number, v: TargetVerdict | undefined) => i.hours(x, v);
  return (
    <Card
      testId="card-runtime"
      raw={result.runtimeHours}
      title={t('card.runtime')}
      value={verdictValue(
        verdictOf(result, 'runtime'),
        result.runtimeHours,
        hours,
        t('card.unbounded'),
        upTo(result),
      )}
      sub={runtimeTargetLine(plan, i)}
      status={
        plan.targets.runtimeHours === undefined && result.feasibility !== 'feasible'
          ? result.feasibility === 'infeasible'
            ? 'bad'
            : 'unknown'
          : statusOf(result, 'runtime')
      }
      note={qualifier(result, 'runtime', t) ?? (capped ? t('card.computeCapped') : undefined)}
    />
  );
}

/** Time to a full charge (and the charge it stops at), against the charge-time target. */
function ChargeCard({ plan, result }: CardProps) {
  const i = useI18n();
  const { t } = i;
  const tg = plan.targets;
  const hours = (x: number, v: TargetVerdict | undefined) => i.hours(x, v);
  return (
    <Card
      testId="card-charge"
      raw={result.chargeTimeToFullHours}
      title={t('card.charge')}
      value={verdictValue(
        verdictOf(result, 'chargeTime'),
        result.chargeTimeToFullHours,
        hours,
        t('card.noCharger'),
      )}
      sub={
        (result.chargeTimeToFullHours === null
          ? ''
          : `${t('card.fullAt', { pct: i.num(result.pack.chargedSocPercent, 3) })} · `) +
        (tg.chargeTimeMin !== undefined
          ? t('card.target', { target: `≤ ${i.hours(tg.chargeTimeMin / 60)}` })
          : t('card.noTarget'))
      }
      status={
        result.chargeTimeToFullHours === null && !verdictOf(result, 'chargeTime')
          ? 'none'
          : statusOf(result, 'chargeTime')
      }
      note={qualifier(result, 'chargeTime', t)}
    />
  );
}

/** Charges per day, split into at the reserve, within the cycle and after the day; equivalent full cycles. */
function ChargesCard({ result }: { result: SimulationResult }) {
  const i = useI18n();
  const { t } = i;
  const c = result.chargeCounts;
  const countParts = [
    c.atReserve > 0 ? t('card.chargesAtReserve', { n: i.num(c.atReserve, 3) }) : null,
    c.opportunity > 0 ? t('card.chargesInCycle', { n: i.num(c.opportunity, 3) }) : null,
    c.endOfDay > 0 ? t('card.chargesAfterDay', { n: i.num(c.endOfDay, 3) }) : null,
  ].filter(Boolean);
  const loadDependentInfeasible = result.feasibility === 'infeasible';
  // A missing power or bandwidth figure underestimates the loads: the count shown is a lower bound.
  const atLeast = result.figuresAreBounds ? '≥ ' : '';
  return (
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
  );
}

/** Years to 80 % state of health, against the lifetime target. */
function YearsCard({ plan, result }: CardProps) {
  const i = useI18n();
  const { t } = i;
  const tg = plan.targets;
  return (
    <Card
      testId="card-years"
      raw={result.yearsTo80PercentSoH}
      title={t('card.years')}
      value={verdictValue(
        verdictOf(result, 'lifetime'),
        result.yearsTo80PercentSoH,
        (x, v) => i.num(x, v ? verdictDigits(x, v.target, v.better) : 3),
        '> 50',
        upTo(result),
      )}
      sub={
        tg.lifetimeYears !== undefined
          ? t('card.target', { target: `≥ ${i.years(tg.lifetimeYears)}` })
          : t('card.noTarget')
      }
      status={statusOf(result, 'lifetime')}
      note={qualifier(result, 'lifetime', t)}
    />
  );
}

/** Runtime at end of life (the aged pack), against the runtime target. */
function EndOfLifeCard({ plan, result }: CardProps) {
  const i = useI18n();
  const { t } = i;
  const hours = (x: number, v: TargetVerdict | undefined) => i.hours(x, v);
  return (
    <Card
      testId="card-eol"
      raw={result.runtimeAtEndOfLifeHours}
      title={t('card.eol')}
      value={verdictValue(
        verdictOf(result, 'endOfLifeRuntime'),
        result.runtimeAtEndOfLifeHours,
        hours,
        t('card.unbounded'),
        upTo(result),
      )}
      sub={runtimeTargetLine(plan, i)}
      status={statusOf(result, 'endOfLifeRuntime')}
      note={qualifier(result, 'endOfLifeRuntime', t)}
    />
  );
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
  if (stale)
    return (
      <div className="cards cards-stale" data-testid="cards-stale">
        <StaleCardList result={result} />
      </div>
    );
  return (
    <div className="cards" aria-live="polite">
      <RuntimeCard plan={plan} result={result} />
      <ChargeCard plan={plan} result={result} />
      <ChargesCard result={result} />
      <YearsCard plan={plan} result={result} />
      <EndOfLifeCard plan={plan} result={result} />
    </div>
  );
}
