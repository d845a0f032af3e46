import {
  powerModeScenarios,
  runtimeScenarios,
  screenChips,
  seedChipScenarios,
  swapChipScenario,
  type Comparison,
  type Scenario,
  type ScreenedChip,
} from '../../../src/analysis';
import { ACCELERATORS } from '../../../src/catalog';
import { chipDisplayName } from '../../../src/catalog/chip-names';
import { addScenarios as addScenarioList } from '../../../src/plan/scenario-edits';
import type { Plan } from '../../../src/plan/schema';
import { comparisonToCsv } from '../../../src/report/csv';
import { useI18n } from '../../i18n';
import { addScenarios, deleteAllScenarios } from '../../state/commands';
import { SelectField } from '../Field';
import type { ScenarioControls, ScenarioNotice } from './scenarios/controls';
import type { ExportCsv } from './shared';

const CHIPS = ACCELERATORS.filter((a) => a.status !== 'reference');

/** The catalog chips left out of a "chips that fit" comparison, with why (src/analysis `screenChips`). */
export interface ChipScreen {
  cannot: ScreenedChip[];
  unknown: ScreenedChip[];
}

/**
 * The ready-made scenarios, each a click that adds them to the plan (one undo step; one the plan has already
 * is not added twice): a chip, the seed chip set, the chips that fit, power modes, runtimes; Delete all; CSV.
 */
export function CompareToolbar({
  plan,
  device,
  controls,
  notify,
  setScreen,
  comparison: c,
  onExportCsv,
}: {
  plan: Plan;
  /** The device the scenarios vary (the plan's first). */
  device: string | undefined;
  controls: ScenarioControls;
  notify(n: ScenarioNotice): void;
  setScreen(s: ChipScreen | null): void;
  comparison: Comparison | null;
  onExportCsv: ExportCsv;
}) {
  const { t, lang } = useI18n();
  const count = controls.doc.scenarios?.length ?? 0;
  const add = (list: Scenario[], screen: ChipScreen | null = null) => {
    const r = addScenarioList(controls.doc, list);
    const label = t('cmd.addScenarios');
    if (r.added) controls.dispatch(addScenarios(list, label));
    setScreen(screen);
    notify({
      text: [
        t('scn.added', { n: r.added }),
        r.present ? t('scn.addedPresent', { n: r.present }) : '',
        r.overLimit ? t('scn.addedOver', { n: r.overLimit }) : '',
      ]
        .filter(Boolean)
        .join(' '),
      ...(r.added ? { undoLabel: label } : {}),
    });
  };
  return (
    <div className="generators" data-testid="scenario-generators">
      <span className="generators-label">{t('compare.generators')}</span>
      {device && (
        <SelectField
          label={t('action.swapChip')}
          value=""
          options={[
            { value: '', label: '—' },
            ...CHIPS.map((x) => ({ value: x.id, label: chipDisplayName(x, lang) })),
          ]}
          onChange={(id) => id && add([swapChipScenario(device, id, chipDisplayName(id, lang))])}
          testId="swap-chip"
        />
      )}
      {device && (
        <button
          type="button"
          onClick={() => add(seedChipScenarios(device, lang))}
          data-testid="seed-scenarios"
        >
          {t('action.addSeed')}
        </button>
      )}
      {device && (
        <button
          type="button"
          onClick={() => {
            const s = screenChips(plan, device, lang);
            add(s.fit, { cannot: s.cannot, unknown: s.unknown });
          }}
          data-testid="fit-scenarios"
        >
          {t('action.addFit')}
        </button>
      )}
      {device && powerModeScenarios(plan, device).length > 0 && (
        <button
          type="button"
          onClick={() => add(powerModeScenarios(plan, device, lang))}
          data-testid="mode-scenarios"
        >
          {t('action.comparePowerModes')}
        </button>
      )}
      {device && (
        <button
          type="button"
          onClick={() => add(runtimeScenarios(plan, device, lang))}
          data-testid="runtime-scenarios"
        >
          {t('action.compareRuntimes')}
        </button>
      )}
      <span className="spacer" />
      {count > 0 && (
        <button
          type="button"
          onClick={() => {
            const label = t('cmd.deleteAllScenarios');
            controls.dispatch(deleteAllScenarios(label));
            setScreen(null);
            notify({ text: t('scn.deletedAll', { n: count }), undoLabel: label });
          }}
          data-testid="clear-scenarios"
        >
          {t('action.clearScenarios')}
        </button>
      )}
      {c && (
        <button
          type="button"
          onClick={() => onExportCsv(comparisonToCsv(c), 'comparison')}
          data-testid="compare-csv"
        >
          {t('toolbar.exportCsv')}
        </button>
      )}
    </div>
  );
}
