import { describeScenario, type Comparison, type CompareColumn } from '../../../src/analysis';
import type { Plan } from '../../../src/plan/schema';
import { useI18n } from '../../i18n';
import { ComparisonTable } from './ReportAnalyses';

/** One bar chart of the report's scenarios: an output of every column against its target, in grey scale. */
function ScenarioBars({
  c,
  output,
  title,
  show,
  target,
}: {
  c: Comparison;
  output: 'runtimeHours' | 'yearsTo80PercentSoH';
  title: string;
  show: (x: number) => string;
  target: number | undefined;
}) {
  const i = useI18n();
  const name = (col: CompareColumn, k: number) => (k === 0 ? i.t('compare.base') : col.name);
  const values = c.columns.map((col) => col.cells[output]?.value ?? null);
  const top = Math.max(target ?? 0, ...values.map((v) => v ?? 0)) * 1.08 || 1;
  const pct = (x: number) => `${(100 * x) / top}%`;
  return (
    <figure className="scenario-bars keep" data-testid={`scenario-bars-${output}`}>
      <figcaption>{title}</figcaption>
      {c.columns.map((col, k) => {
        const v = values[k];
        const cell = col.cells[output];
        return (
          <div className="sbar-row" key={k}>
            <span className="sbar-name">
              <bdi>{name(col, k)}</bdi>
            </span>
            <span className="sbar-track">
              {v !== null && v !== undefined ? (
                <span
                  className={`sbar ${k === 0 ? 'sbar-base' : ''}`}
                  style={{ width: pct(v) }}
                  data-value={v}
                />
              ) : null}
              {target !== undefined && (
                <span className="sbar-target" style={{ left: pct(target) }} aria-hidden="true" />
              )}
            </span>
            <span className="sbar-value">
              {v !== null && v !== undefined
                ? show(v)
                : cell?.status === 'infeasible'
                  ? i.t('compare.infeasible')
                  : '—'}
            </span>
          </div>
        );
      })}
      {target !== undefined && (
        <p className="muted sbar-legend">{i.t('report.scenarioTarget', { target: show(target) })}</p>
      )}
    </figure>
  );
}

/**
 * The plan's own scenarios (plan format v2): each one's changes in words and its notes, the comparison with
 * verdicts, and the runtime and lifetime bars of every scenario. A scenario that no longer applies is listed
 * with why, and left out of the table.
 */
export function ScenariosSection({ plan, comparison }: { plan: Plan; comparison: Comparison }) {
  const i = useI18n();
  const scenarios = plan.scenarios ?? [];
  return (
    <section className="page-break" data-testid="report-scenarios">
      <h2>{i.t('report.scenarios')}</h2>
      <dl className="scenario-list">
        {scenarios.map((s) => {
          const col = comparison.columns.find((x, k) => k > 0 && x.name === s.name);
          return (
            <div key={s.name} className="keep">
              <dt>
                <bdi>{s.name}</bdi>
              </dt>
              <dd>
                {describeScenario(plan, s, i.lang)}
                {col && !col.ok && (
                  <div className="error">
                    {i.t('report.scenarioBroken')}{' '}
                    {col.errors.map((e) => `${e.path}: ${e.message}`).join('; ')}
                  </div>
                )}
                {s.notes && (
                  <div className="muted">
                    <bdi>{s.notes}</bdi>
                  </div>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      <div className="keep">
        <ComparisonTable c={comparison} />
      </div>
      <ScenarioBars
        c={comparison}
        output="runtimeHours"
        title={i.t('report.scenarioRuntime')}
        show={(x) => i.duration(x)}
        target={plan.targets.runtimeHours}
      />
      <ScenarioBars
        c={comparison}
        output="yearsTo80PercentSoH"
        title={i.t('report.scenarioLife')}
        show={(x) => i.years(x)}
        target={plan.targets.lifetimeYears}
      />
    </section>
  );
}
