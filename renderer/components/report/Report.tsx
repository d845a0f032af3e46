import type { Comparison, Sensitivity } from '../../../src/analysis';
import { REPORT_ASSUMPTIONS } from '../../../src/report/sources';
import type { Plan } from '../../../src/plan/schema';
import type { SimulationResult } from '../../../src/sim/simulate';
import { VERSION } from '../../../src/version';
import { useI18n, type Lang } from '../../i18n';
import { AgeingChart, EnergyChart, PowerChart, SocChart } from '../Charts';
import { ReportTimeline } from '../ReportTimeline';
import { describeSegment } from '../duty/segments';
import { ComparisonSection, SensitivitySection } from './ReportAnalyses';
import { ScenariosSection } from './ReportScenarios';
import {
  ComputeTablesSection,
  RobotBatterySection,
  ShiftTargetsSection,
  SourcesSection,
} from './ReportTables';
import { NotAnAnswer, Remarks, ResultCards, ShiftLine, VerdictBanner } from '../Results';
import { StatusLegend } from '../StatusLegend';

export interface ReportOptions {
  paper: 'a4' | 'letter';
  lang: Lang;
  comparison?: Comparison | null;
  /** The plan's own scenarios compared (plan format v2); null when the plan has none. */
  scenarios?: Comparison | null;
  sensitivity?: Sensitivity | null;
}

/** Page content width in CSS px for the paper (A4 210 mm, Letter 8.5 in, minus 2 × 15 mm margins). */
export function contentWidthPx(paper: 'a4' | 'letter'): number {
  const mm = paper === 'a4' ? 210 - 30 : 215.9 - 30;
  return Math.floor((mm / 25.4) * 96);
}

/**
 * The printable report: every page's content in order, charts without animation, sections that never split
 * a chart across pages (CSS break-inside: avoid). Printed by Electron's printToPDF, by headless Chromium for
 * `powerplan report`, and by the browser's print in web mode.
 */
export function Report({
  plan,
  result,
  options,
}: {
  plan: Plan;
  result: SimulationResult;
  options: ReportOptions;
}) {
  const i = useI18n();
  const { t } = i;
  const width = contentWidthPx(options.paper);
  const date = new Intl.DateTimeFormat(options.lang === 'ko' ? 'ko-KR' : 'en-GB', {
    dateStyle: 'long',
  }).format(new Date());
  return (
    <article className={`report paper-${options.paper}`} data-testid="report">
      <header className="report-head">
        <div className="report-brand">PowerPlan {VERSION}</div>
        <h1>
          <bdi>{plan.name}</bdi>
        </h1>
        <div className="muted">
          <bdi>{plan.robot.name}</bdi> · {date}
        </div>
      </header>
      <section className="keep">
        <h2>{t('report.results')}</h2>
        <VerdictBanner result={result} />
        <ResultCards plan={plan} result={result} />
        <StatusLegend result={result} />
      </section>
      <section className="keep">
        <h2>{t('section.dutyCycle')}</h2>
        <ReportTimeline plan={plan} result={result} width={width} />
        <ol className="steps">
          {plan.dutyCycle.segments.map((s, k) => (
            <li key={k}>{describeSegment(plan, s, i)}</li>
          ))}
        </ol>
      </section>
      <section className="keep">
        <h2>{t('chart.socShift')}</h2>
        <NotAnAnswer feasibility={result.feasibility}>
          <SocChart
            result={result}
            animate={false}
            width={width}
            height={380}
            reservePercent={plan.battery.reservePercent}
          />
        </NotAnAnswer>
        {result.feasible && <ShiftLine result={result} />}
      </section>
      <RobotBatterySection plan={plan} result={result} />
      <ShiftTargetsSection plan={plan} />
      <ComputeTablesSection plan={plan} result={result} />
      <section className="keep page-break">
        <h2>
          {t('report.breakdown')}: {t('chart.power')}
        </h2>
        <NotAnAnswer feasibility={result.feasibility}>
          <PowerChart result={result} animate={false} width={width} height={220} />
        </NotAnAnswer>
      </section>
      <section className="keep">
        <h2>{t('chart.energy')}</h2>
        <NotAnAnswer feasibility={result.feasibility}>
          <EnergyChart result={result} animate={false} width={width} height={190} />
        </NotAnAnswer>
      </section>
      <section className="keep">
        <h2>{t('chart.ageing')}</h2>
        <NotAnAnswer feasibility={result.feasibility}>
          <AgeingChart result={result} animate={false} width={width} height={200} />
        </NotAnAnswer>
      </section>
      {options.scenarios && <ScenariosSection plan={plan} comparison={options.scenarios} />}
      {options.comparison && <ComparisonSection c={options.comparison} />}
      {options.sensitivity && <SensitivitySection s={options.sensitivity} plan={plan} />}
      <section className="keep">
        <h2>{t('section.remarks')}</h2>
        <Remarks result={result} />
      </section>
      <section className="keep">
        <h2>{t('report.assumptions')}</h2>
        <ul className="assumptions">
          {REPORT_ASSUMPTIONS.map((a) => (
            <li key={a.id}>{i.phrase(a)}</li>
          ))}
        </ul>
        {plan.notes && (
          <>
            <h3>{t('report.notes')}</h3>
            <p className="notes">
              <bdi>{plan.notes}</bdi>
            </p>
          </>
        )}
      </section>
      <SourcesSection plan={plan} result={result} />
    </article>
  );
}
