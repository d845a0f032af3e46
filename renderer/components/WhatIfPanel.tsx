import type { TargetSizing } from '../../src/analysis';
import type { AppTab } from '../../src/analysis/tabs';
import type { Plan } from '../../src/plan/schema';
import { useI18n } from '../i18n';
import {
  CompareView,
  SensitivityView,
  SizingView,
  SweepView,
  type ChipScreen,
  type ExportCsv,
  type SweepAxis,
} from './WhatIf';
import type { ScenarioControls } from './whatif/ScenariosPanel';

/** The what-if tabs (compare, sensitivity, sweep, sizing) of the plan's current valid version. */
export function WhatIfPanel({
  tab,
  plan,
  stale,
  scenarioControls,
  chipScreen,
  setChipScreen,
  sweepStart,
  onSweep,
  onApplySize,
  onExportCsv,
}: {
  tab: Exclude<AppTab, 'plan'>;
  plan: Plan;
  /** The plan has a problem: `plan` is its last valid version. */
  stale: boolean;
  /** The document's scenarios and the store's dispatch and undo, for the Scenarios panel and Compare. */
  scenarioControls: ScenarioControls;
  chipScreen: ChipScreen | null;
  setChipScreen(s: ChipScreen | null): void;
  sweepStart: SweepAxis | null;
  /** Open the sweep tab on an input, over ±50 % of its value (a sensitivity bar was clicked). */
  onSweep(start: SweepAxis): void;
  onApplySize(r: TargetSizing): void;
  onExportCsv: ExportCsv;
}) {
  const { t } = useI18n();
  return (
    // While the plan has a problem, the analyses are of its last valid version: said, greyed, and nothing
    // from them can be applied.
    <div className={stale ? 'stale' : ''} data-testid={stale ? 'whatif-stale' : undefined}>
      {stale && (
        <p className="stale-stamp" role="status">
          {t('results.staleWhatIf')}
        </p>
      )}
      {tab === 'compare' && (
        <CompareView
          plan={plan}
          controls={scenarioControls}
          screen={chipScreen}
          setScreen={setChipScreen}
          onExportCsv={onExportCsv}
        />
      )}
      {tab === 'sensitivity' && (
        <SensitivityView
          plan={plan}
          onExportCsv={onExportCsv}
          onSweep={(path, value) => onSweep({ path, from: value * 0.5, to: value * 1.5 })}
        />
      )}
      {tab === 'sweep' && <SweepView plan={plan} initial={sweepStart} onExportCsv={onExportCsv} />}
      {tab === 'sizing' && <SizingView plan={plan} onApply={onApplySize} applyDisabled={stale} />}
    </div>
  );
}
