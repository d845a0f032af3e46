import {
  headlineMark,
  headlines,
  headlineStatus,
  headlineStatusWords,
  headlineSubLine,
  staleHeadlines,
  type Headline,
  type HeadlineStatus,
} from '../../src/analysis/headlines';
import type { Plan } from '../../src/plan/schema';
import type { SimulationResult } from '../../src/sim/simulate';
import { targetStatus as ruleStatus, type TargetStatus } from '../../src/sim/verdict';
import { useI18n } from '../i18n';

export type Status = HeadlineStatus;

/** Green when the target is met, amber within 10 % of it, red beyond; 'none' without a target. */
export function targetStatus(
  value: number | null,
  target: number | undefined,
  better: 'higher' | 'lower',
): Status {
  if (target === undefined) return 'none';
  return headlineStatus(ruleStatus(value, target, better, false, 'feasible').status);
}

/** The card status of a target verdict (src/analysis/headlines.ts). */
export function fromVerdict(s: TargetStatus): Status {
  return headlineStatus(s);
}

/** One headline as a card: title, status mark and figure, facts and target, and what qualifies the figure. */
function Card({ h }: { h: Headline }) {
  const { lang } = useI18n();
  const testId = `card-${h.key}`;
  const words = h.status === 'none' ? undefined : headlineStatusWords(h.status, lang);
  return (
    <div className={`card status-${h.status}`} data-testid={testId} data-status={h.status}>
      <div className="card-title">{h.title}</div>
      <div className="card-value">
        {words && (
          <span className="status-icon" role="img" aria-label={words} title={words}>
            {headlineMark(h.status)}
          </span>
        )}
        <span data-testid={`${testId}-value`} data-value={h.raw ?? ''}>
          {h.value}
        </span>
      </div>
      <div className="card-sub">{headlineSubLine(h)}</div>
      {h.note && (
        <div className="card-note" data-testid={`${testId}-note`}>
          {h.note}
        </div>
      )}
    </div>
  );
}

/**
 * The headline cards (src/analysis/headlines.ts: the same headlines the CLI summary prints). A stale result
 * (of the plan's last valid version) shows its figures greyed, with no verdict on them.
 */
export function ResultCards({
  plan,
  result,
  stale = false,
}: {
  plan: Plan;
  result: SimulationResult;
  stale?: boolean;
}) {
  const { lang, t } = useI18n();
  if (stale)
    return (
      <div className="cards cards-stale" data-testid="cards-stale">
        <p className="stale-stamp" role="status">
          {t('results.staleStamp')}
        </p>
        {staleHeadlines(plan, result, lang).map((h) => (
          <Card key={h.key} h={h} />
        ))}
      </div>
    );
  return (
    <div className="cards" aria-live="polite">
      {headlines(plan, result, lang).map((h) => (
        <Card key={h.key} h={h} />
      ))}
    </div>
  );
}
