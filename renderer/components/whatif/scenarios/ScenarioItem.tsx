import { useMemo, useState } from 'react';
import { describeScenario, localizedScenarioName } from '../../../../src/analysis';
import type { Plan } from '../../../../src/plan/schema';
import { useI18n } from '../../../i18n';
import type { ScenarioControls, ScenarioNotice } from './controls';
import { NotesField } from './NotesField';
import { ScenarioActions, type ScenarioRefusal } from './ScenarioActions';
import { ScenarioNameInput } from './ScenarioNameInput';
import { partName, problemText } from './words';

/** One scenario: its name (edited in place), its changes in words, why it no longer applies, its notes. */
export function ScenarioItem({
  index,
  count,
  plan,
  controls,
  notify,
  focusAfter,
}: {
  index: number;
  count: number;
  plan: Plan;
  controls: ScenarioControls;
  notify(n: ScenarioNotice): void;
  /** Focus a control (by test id) after an edit moved or removed this one. */
  focusAfter(testId: string): void;
}) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { doc, dispatch } = controls;
  const s = doc.scenarios![index]!;
  const shown = localizedScenarioName(plan, s, lang);
  const problems = controls.scenarioErrors.filter((e) => e.path === `scenarios[${index}]`);
  const [problem, setProblem] = useState<ScenarioRefusal | null>(null);
  const words = useMemo(() => describeScenario(plan, s, lang), [plan, s, lang]);
  return (
    <li
      className={`scenario-item${problems.length ? ' scenario-broken' : ''}`}
      data-testid={`scenario-${index}`}
      aria-label={t('scn.actionsFor', { name: shown })}
    >
      <div className="scenario-head">
        <span className="scenario-number" aria-hidden="true">
          {index + 1}
        </span>
        <ScenarioNameInput
          doc={doc}
          index={index}
          shown={shown}
          dispatch={dispatch}
          testId={`scenario-name-${index}`}
        />
        <ScenarioActions
          index={index}
          count={count}
          name={s.name}
          shown={shown}
          broken={problems.length > 0}
          controls={controls}
          notify={notify}
          focusAfter={focusAfter}
          onProblem={setProblem}
        />
      </div>
      {problem && (
        <p className="field-error" role="alert" data-testid={`scenario-problem-${index}`}>
          {problem.problem === 'cannotRemove'
            ? t('scn.problem.cannotRemoveBase', {
                what: (problem.detail ?? '')
                  .split(', ')
                  .map((p) => partName(i18n, plan, p))
                  .join(', '),
              })
            : problemText(t, problem.problem)}
        </p>
      )}
      <p className="scenario-words" data-testid={`scenario-words-${index}`}>
        {words}
      </p>
      {problems.length > 0 && (
        <p className="scenario-warning" role="alert" data-testid={`scenario-warning-${index}`}>
          <span aria-hidden="true">⚠ </span>
          {t('scn.broken')} {problems.map((p) => p.message).join('; ')}
        </p>
      )}
      <NotesField notes={s.notes ?? ''} index={index} dispatch={dispatch} />
    </li>
  );
}
