import { useMemo, useState } from 'react';
import { describeChange } from '../../../../src/analysis';
import { validatePlan } from '../../../../src/plan/load';
import { withoutScenarios } from '../../../../src/plan/scenario';
import { planChanges } from '../../../../src/plan/scenario-diff';
import * as scenarioEdits from '../../../../src/plan/scenario-edits';
import { nextScenarioName, type ScenarioEditProblem } from '../../../../src/plan/scenario-edits';
import type { Plan } from '../../../../src/plan/schema';
import { useI18n } from '../../../i18n';
import { saveEditsAsScenario } from '../../../state/commands';
import type { ScenarioControls, ScenarioNotice } from './controls';
import { partName, problemText } from './words';

/**
 * The edits since the plan was opened or last saved, in words, and what to do with them: save them as a
 * scenario (the plan goes back as it was), or keep them in the base.
 */
export function SaveEdits({
  controls,
  plan,
  notify,
}: {
  controls: ScenarioControls;
  plan: Plan;
  notify(n: ScenarioNotice): void;
}) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { doc, baseline, dispatch } = controls;
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<ScenarioEditProblem | null>(null);
  const pending = useMemo(
    () => planChanges(withoutScenarios(baseline), withoutScenarios(doc)),
    [baseline, doc],
  );
  const basePlan = useMemo(() => {
    const v = validatePlan(baseline);
    return v.ok ? v.plan : plan;
  }, [baseline, plan]);
  const suggested = nextScenarioName(doc, t('scn.defaultStem'));
  if (!pending.ok)
    return (
      <div className="save-edits" data-testid="save-edits">
        <p role="status" data-testid="save-edits-cannot">
          {t('scn.cannotRemove', {
            what: pending.removed.map((p) => partName(i18n, basePlan, p)).join(', '),
          })}
        </p>
        <KeepButton controls={controls} notify={notify} />
      </div>
    );
  if (pending.changes.length === 0)
    return (
      <p className="muted small save-edits-hint" data-testid="save-edits-hint">
        {t('scn.howTo')}
      </p>
    );
  const words = pending.changes.map((c) => describeChange(basePlan, c, lang));
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    const chosen = name.trim() || suggested;
    // The edit's own checks (the name, the plan's 20 scenarios): what it refuses is said, and nothing changes.
    const check = scenarioEdits.saveEditsAsScenario(doc, baseline, chosen);
    if (!check.ok) return setProblem(check.problem);
    const label = t('cmd.saveEditsAsScenario');
    dispatch(saveEditsAsScenario(baseline, chosen, undefined, label));
    setName('');
    setProblem(null);
    notify({ text: t('scn.saved', { name: chosen }), undoLabel: label });
  };
  return (
    <form className="save-edits" data-testid="save-edits" onSubmit={save}>
      <p className="save-edits-title">
        <strong>{t('scn.pendingTitle', { n: words.length })}</strong>
      </p>
      <ul className="save-edits-words" data-testid="pending-words">
        {words.slice(0, 8).map((w, k) => (
          <li key={k}>{w}</li>
        ))}
        {words.length > 8 && <li>… (+{words.length - 8})</li>}
      </ul>
      <div className="save-edits-actions">
        <label className="field">
          <span>{t('scn.name')}</span>
          <input
            value={name}
            placeholder={suggested}
            maxLength={200}
            aria-invalid={problem ? true : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setProblem(null);
            }}
            data-testid="save-edits-name"
          />
        </label>
        <button
          type="submit"
          className="primary"
          title={t('scn.saveAsHelp')}
          data-testid="save-edits-as-scenario"
        >
          {t('scn.saveAs')}
        </button>
        <KeepButton controls={controls} notify={notify} />
      </div>
      {problem && (
        <p className="field-error" role="alert" data-testid="save-edits-error">
          {problemText(t, problem)}
        </p>
      )}
      <p className="muted small">{t('scn.pendingHelp')}</p>
    </form>
  );
}

function KeepButton({ controls, notify }: { controls: ScenarioControls; notify(n: ScenarioNotice): void }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      onClick={() => {
        controls.keepEditsInBase();
        notify({ text: t('scn.kept') });
      }}
      title={t('scn.keepInBaseHelp')}
      data-testid="keep-edits-in-base"
    >
      {t('scn.keepInBase')}
    </button>
  );
}
