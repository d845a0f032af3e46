import * as scenarioEdits from '../../../../src/plan/scenario-edits';
import { uniqueScenarioName, type ScenarioEdit } from '../../../../src/plan/scenario-edits';
import { useI18n } from '../../../i18n';
import { deleteScenario, duplicateScenario, makeScenarioBase, moveScenario } from '../../../state/commands';
import type { ScenarioControls, ScenarioNotice } from './controls';

/** A scenario edit refused, and why (said under the scenario's head). */
export type ScenarioRefusal = Extract<ScenarioEdit, { ok: false }>;

/** A scenario's actions: move it up or down, duplicate it, make it the base, delete it. */
export function ScenarioActions({
  index,
  count,
  name,
  shown,
  broken,
  controls,
  notify,
  focusAfter,
  onProblem,
}: {
  index: number;
  count: number;
  /** The scenario's name as written in the plan. */
  name: string;
  /** Its name as shown (a generated name in the reader's language). */
  shown: string;
  /** The scenario no longer applies to the plan (it cannot become the base). */
  broken: boolean;
  controls: ScenarioControls;
  notify(n: ScenarioNotice): void;
  /** Focus a control (by test id) after an edit moved or removed this one. */
  focusAfter(testId: string): void;
  /** An action was refused (null: the last one was done). */
  onProblem(p: ScenarioRefusal | null): void;
}) {
  const { t } = useI18n();
  const { doc, dispatch } = controls;
  const move = (to: number, id: string) => {
    dispatch(moveScenario(index, to, t('cmd.moveScenario')));
    focusAfter(`${id}-${to}`);
  };
  return (
    <span className="scenario-actions" role="group" aria-label={t('scn.actionsFor', { name: shown })}>
      <button
        type="button"
        className="icon"
        disabled={index === 0}
        onClick={() => move(index - 1, 'scenario-up')}
        aria-label={t('scn.moveUp')}
        title={t('scn.moveUp')}
        data-testid={`scenario-up-${index}`}
      >
        ↑
      </button>
      <button
        type="button"
        className="icon"
        disabled={index === count - 1}
        onClick={() => move(index + 1, 'scenario-down')}
        aria-label={t('scn.moveDown')}
        title={t('scn.moveDown')}
        data-testid={`scenario-down-${index}`}
      >
        ↓
      </button>
      <button
        type="button"
        onClick={() => {
          // The edit's own check (the plan's 20 scenarios): a refusal is said, and nothing changes.
          const check = scenarioEdits.duplicateScenario(doc, index, t('scn.copySuffix'));
          if (!check.ok) return onProblem(check);
          dispatch(duplicateScenario(index, t('scn.copySuffix'), t('cmd.duplicateScenario')));
          focusAfter(`scenario-name-${index + 1}`);
        }}
        data-testid={`scenario-duplicate-${index}`}
      >
        {t('scn.duplicate')}
      </button>
      <button
        type="button"
        disabled={broken}
        title={broken ? t('scn.problem.doesNotApply') : t('scn.makeBaseHelp')}
        onClick={() => {
          const previous = {
            name: t('scn.previousBase'),
            notes: t('scn.previousBaseNotes', { name }),
          };
          const label = t('cmd.makeScenarioBase');
          const kept = uniqueScenarioName(doc, previous.name, index);
          const check = scenarioEdits.makeScenarioBase(doc, index, previous);
          if (!check.ok) return onProblem(check);
          onProblem(null);
          dispatch(makeScenarioBase(index, previous, label));
          notify({ text: t('scn.madeBase', { name: shown, previous: kept }), undoLabel: label });
        }}
        data-testid={`scenario-make-base-${index}`}
      >
        {t('scn.makeBase')}
      </button>
      <button
        type="button"
        className="danger"
        onClick={() => {
          const label = t('cmd.deleteScenario');
          dispatch(deleteScenario(index, label));
          notify({ text: t('scn.deleted', { name: shown }), undoLabel: label });
          focusAfter(count > 1 ? `scenario-delete-${Math.min(index, count - 2)}` : 'scenarios-title');
        }}
        aria-label={`${t('scn.delete')}: ${shown}`}
        data-testid={`scenario-delete-${index}`}
      >
        {t('scn.delete')}
      </button>
    </span>
  );
}
