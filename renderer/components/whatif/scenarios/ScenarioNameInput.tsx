import { useEffect, useId, useState } from 'react';
import { scenarioNameProblem, type ScenarioEditProblem } from '../../../../src/plan/scenario-edits';
import { useI18n } from '../../../i18n';
import { renameScenario } from '../../../state/commands';
import type { Command, PlanDoc } from '../../../state/store';
import { problemText } from './words';

/**
 * A scenario's name, edited in place: Enter or leaving the field renames it (one undo step), Escape puts the
 * name back; a name that cannot be (empty, too long, taken) is said under the field and changes nothing.
 */
export function ScenarioNameInput({
  doc,
  index,
  shown,
  dispatch,
  testId,
  autoFocus = false,
  onDone,
}: {
  doc: PlanDoc;
  index: number;
  /** The name as shown (a generated name in the reader's language). */
  shown: string;
  dispatch(cmd: Command): void;
  testId: string;
  autoFocus?: boolean;
  onDone?: () => void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(shown);
  const [problem, setProblem] = useState<ScenarioEditProblem | null>(null);
  const errorId = useId();
  useEffect(() => setText(shown), [shown]);
  const commit = () => {
    const name = text.trim();
    if (name === shown.trim()) {
      setText(shown);
      setProblem(null);
      onDone?.();
      return;
    }
    const p = scenarioNameProblem(doc, name, index);
    if (p) return setProblem(p);
    setProblem(null);
    dispatch(renameScenario(index, name, t('cmd.renameScenario')));
    onDone?.();
  };
  return (
    <span className="scenario-name-field">
      <input
        className="scenario-name"
        value={text}
        maxLength={200}
        aria-label={t('scn.name')}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? errorId : undefined}
        // Opened by the user's click on "rename": the field takes the focus the button had.
        autoFocus={autoFocus}
        onChange={(e) => {
          setText(e.target.value);
          setProblem(null);
        }}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            setText(shown);
            setProblem(null);
            onDone?.();
          }
        }}
        data-testid={testId}
      />
      {problem && (
        <span className="field-error" role="alert" id={errorId} data-testid={`${testId}-error`}>
          {problemText(t, problem)}
        </span>
      )}
    </span>
  );
}
