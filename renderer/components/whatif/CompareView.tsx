import { useMemo, useState } from 'react';
import { localizedScenarioName, MODEL_RESOLUTION_RELATIVE, type Comparison } from '../../../src/analysis';
import { sameValue } from '../../../src/plan/scenario-diff';
import type { Plan } from '../../../src/plan/schema';
import { useI18n } from '../../i18n';
import { CompareReasons, CompareTable, LeftOutChips } from './CompareTable';
import { CompareToolbar, type ChipScreen } from './CompareToolbar';
import { ScenariosPanel, type ScenarioControls, type ScenarioNotice } from './ScenariosPanel';
import { NoticeBar } from './scenarios/NoticeBar';
import { Progress, useAnalysis, type ExportCsv } from './shared';

/**
 * The plan's scenarios (the Scenarios panel, to edit them) and the comparison of the base with all of them,
 * side by side: verdicts per target, deltas coloured only when they matter. Ready-made scenarios are a click
 * away and land in the plan (one undo step each). Its parts: the toolbar of ready-made scenarios
 * (./CompareToolbar), the table (./CompareTable, its heads ./CompareColumnHead, its cells ./CompareCell).
 */
export function CompareView({
  plan,
  controls,
  screen = null,
  setScreen = () => undefined,
  onExportCsv,
}: {
  /** The plan's current valid version, its scenarios included. */
  plan: Plan;
  controls: ScenarioControls;
  /** Set after "chips that fit": the chips left out and why. */
  screen?: ChipScreen | null;
  setScreen?(s: ChipScreen | null): void;
  onExportCsv: ExportCsv;
}) {
  const i = useI18n();
  const { t } = i;
  const device = plan.compute[0]?.id;
  const [notice, setNotice] = useState<ScenarioNotice | null>(null);
  const scenarios = useMemo(() => plan.scenarios ?? [], [plan]);
  // Generated scenarios named in the reader's language, even when set up in the other one.
  const named = useMemo(
    () => scenarios.map((s) => ({ ...s, name: localizedScenarioName(plan, s, i.lang) })),
    [plan, scenarios, i.lang],
  );
  const a = useAnalysis<'compare'>(named.length ? { kind: 'compare', plan, scenarios: named } : null);
  const c: Comparison | null = named.length ? a.result : null;
  // The table's columns are the document's scenarios as they stand (not a result still on its way, nor the
  // last valid version of a plan with a problem): only then do its heads rename and delete them.
  const editable =
    c !== null &&
    c.columns.length - 1 === named.length &&
    c.columns.slice(1).every((col, k) => col.name === named[k]!.name) &&
    sameValue(controls.doc.scenarios ?? [], scenarios);
  const leftOut = screen ? [...screen.cannot, ...screen.unknown] : [];
  return (
    <div className="whatif" data-testid="compare-view">
      <ScenariosPanel plan={plan} controls={controls} notify={setNotice} />
      <CompareToolbar
        plan={plan}
        device={device}
        controls={controls}
        notify={setNotice}
        setScreen={setScreen}
        comparison={c}
        onExportCsv={onExportCsv}
      />
      {scenarios.length === 0 && (
        <p className="muted" data-testid="compare-empty">
          {screen ? t('compare.noneFit') : t('compare.empty')}
        </p>
      )}
      <Progress progress={named.length ? a.progress : null} onCancel={a.cancel} />
      {a.error && <p className="error">{a.error}</p>}
      {c && (
        <div className="compare-scroll">
          <CompareTable c={c} editable={editable} controls={controls} notify={setNotice} />
        </div>
      )}
      {c && (
        <p className="muted small">{t('compare.legend', { pct: i.num(MODEL_RESOLUTION_RELATIVE * 100) })}</p>
      )}
      {c && c.columns.some((col) => col.infeasibleReasons.length + col.unknownReasons.length > 0) && (
        <CompareReasons c={c} />
      )}
      {leftOut.length > 0 && <LeftOutChips leftOut={leftOut} />}
      {notice && <NoticeBar notice={notice} controls={controls} onClose={() => setNotice(null)} />}
    </div>
  );
}
