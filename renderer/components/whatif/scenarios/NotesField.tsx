import { useEffect, useState } from 'react';
import { MAX_SCENARIO_NOTES, type ScenarioEditProblem } from '../../../../src/plan/scenario-edits';
import { useI18n } from '../../../i18n';
import { setScenarioNotes } from '../../../state/commands';
import type { Command } from '../../../state/store';
import { problemText } from './words';

/** A scenario's notes: saved when the field is left (or on Ctrl+Enter); Escape puts them back. */
export function NotesField({
  notes,
  index,
  dispatch,
}: {
  notes: string;
  index: number;
  dispatch(cmd: Command): void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(notes);
  const [problem, setProblem] = useState<ScenarioEditProblem | null>(null);
  useEffect(() => setText(notes), [notes]);
  const commit = () => {
    if (text === notes) return;
    if (text.length > MAX_SCENARIO_NOTES) return setProblem('notesTooLong');
    setProblem(null);
    dispatch(setScenarioNotes(index, text, t('cmd.scenarioNotes')));
  };
  return (
    <label className="scenario-notes">
      <span className="visually-hidden">{t('scn.notes')}</span>
      <textarea
        value={text}
        rows={Math.min(4, Math.max(1, text.split('\n').length))}
        placeholder={t('scn.notesPlaceholder')}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') {
            e.preventDefault();
            setText(notes);
          }
        }}
        data-testid={`scenario-notes-${index}`}
      />
      {problem && (
        <span className="field-error" role="alert">
          {problemText(t, problem)}
        </span>
      )}
    </label>
  );
}
