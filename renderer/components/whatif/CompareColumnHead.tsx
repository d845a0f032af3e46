import { useState } from 'react';
import { useI18n } from '../../i18n';
import { deleteScenario } from '../../state/commands';
import { Unbroken } from './CompareCell';
import type { ScenarioControls, ScenarioNotice } from './scenarios/controls';
import { ScenarioNameInput } from './scenarios/ScenarioNameInput';

/**
 * A scenario column's head: its name, and (when the table shows the plan's scenarios as they are) Rename in
 * place and Delete, which edit the plan's scenario.
 */
export function ColumnHead({
  name,
  index,
  controls,
  notify,
}: {
  name: string;
  /** The scenario's position in the plan; null: the column cannot be edited now. */
  index: number | null;
  controls: ScenarioControls;
  notify(n: ScenarioNotice): void;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  if (index === null) return <Unbroken text={name} />;
  if (editing)
    return (
      <ScenarioNameInput
        doc={controls.doc}
        index={index}
        shown={name}
        dispatch={controls.dispatch}
        testId={`compare-rename-input-${index}`}
        autoFocus
        onDone={() => setEditing(false)}
      />
    );
  return (
    <span className="col-head">
      <span className="col-name">
        <Unbroken text={name} />
      </span>
      <span className="col-tools">
        <button
          type="button"
          onClick={() => setEditing(true)}
          aria-label={t('compare.renameColumn', { name })}
          title={t('compare.renameColumn', { name })}
          data-testid={`compare-rename-${index}`}
        >
          ✎
        </button>
        <button
          type="button"
          onClick={() => {
            const label = t('cmd.deleteScenario');
            controls.dispatch(deleteScenario(index, label));
            notify({ text: t('scn.deleted', { name }), undoLabel: label });
          }}
          aria-label={t('compare.removeColumn', { name })}
          title={t('compare.removeColumn', { name })}
          data-testid={`compare-remove-${index}`}
        >
          ×
        </button>
      </span>
    </span>
  );
}
