import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { describeChange, describeScenario, localizedScenarioName } from '../../../src/analysis';
import { describePath } from '../../../src/plan/describe-path';
import { validatePlan, type PlanError } from '../../../src/plan/load';
import { withoutScenarios } from '../../../src/plan/scenario';
import { planChanges } from '../../../src/plan/scenario-diff';
import {
  nextScenarioName,
  scenarioNameProblem,
  uniqueScenarioName,
  type ScenarioEdit,
  type ScenarioEditProblem,
} from '../../../src/plan/scenario-edits';
import * as scenarioEdits from '../../../src/plan/scenario-edits';
import { MAX_SCENARIOS } from '../../../src/plan/scenario-schema';
import type { Plan } from '../../../src/plan/schema';
import { useI18n, type I18n } from '../../i18n';
import { en, type MessageKey } from '../../i18n/en';
import {
  deleteScenario,
  duplicateScenario,
  makeScenarioBase,
  moveScenario,
  renameScenario,
  saveEditsAsScenario,
  setScenarioNotes,
} from '../../state/commands';
import type { Command, PlanDoc } from '../../state/store';
import './scenarios.css';

/**
 * What the Compare tab needs to edit the plan's scenarios: the document and its baseline (the plan as opened
 * or last saved), the scenarios that no longer apply, and the store's dispatch and undo.
 */
export interface ScenarioControls {
  doc: PlanDoc;
  baseline: PlanDoc;
  scenarioErrors: readonly PlanError[];
  dispatch(cmd: Command): void;
  /** The label of the step Undo would undo (a notice offers Undo while it is its own step). */
  undoLabel: string | null;
  undo(): void;
  /** Keep the edits so far in the base (the baseline moves to the plan as it is). */
  keepEditsInBase(): void;
}

/** A message after a scenario edit, with Undo while that edit is the last step. */
export interface ScenarioNotice {
  text: string;
  undoLabel?: string;
}

const PROBLEM: Record<ScenarioEditProblem, MessageKey> = {
  empty: 'scn.problem.empty',
  tooLong: 'scn.problem.tooLong',
  duplicate: 'scn.problem.duplicate',
  badText: 'scn.problem.badText',
  notesTooLong: 'scn.problem.notesTooLong',
  tooMany: 'scn.problem.tooMany',
  planInvalid: 'scn.problem.planInvalid',
  doesNotApply: 'scn.problem.doesNotApply',
  noSuchScenario: 'scn.problem.other',
  noEdits: 'scn.problem.other',
  cannotRemove: 'scn.problem.other',
};

export const problemText = (t: I18n['t'], p: ScenarioEditProblem) => t(PROBLEM[p]);

/** A top-level part of the plan in the editor's words: its section ("Charger"), else its path in words. */
function partName(i18n: I18n, plan: Plan, path: string): string {
  const section = `section.${path}`;
  return section in en ? i18n.t(section as MessageKey) : describePath(plan, path, i18n.lang);
}

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

/** A scenario's notes: saved when the field is left (or on Ctrl+Enter); Escape puts them back. */
function NotesField({
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
    if (text.length > 4000) return setProblem('notesTooLong');
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

/**
 * The edits since the plan was opened or last saved, in words, and what to do with them: save them as a
 * scenario (the plan goes back as it was), or keep them in the base.
 */
function SaveEdits({
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
    const p = scenarioNameProblem(doc, chosen);
    if (p) return setProblem(p);
    if ((doc.scenarios?.length ?? 0) >= MAX_SCENARIOS) return setProblem('tooMany');
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

/** One scenario: its name (edited in place), its changes in words, why it no longer applies, its notes. */
function ScenarioItem({
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
  const shown = localizedScenarioName(plan, s as never, lang);
  const problems = controls.scenarioErrors.filter((e) => e.path === `scenarios[${index}]`);
  const [problem, setProblem] = useState<Extract<ScenarioEdit, { ok: false }> | null>(null);
  const words = useMemo(() => describeScenario(plan, s as never, lang), [plan, s, lang]);
  const move = (to: number, id: string) => {
    dispatch(moveScenario(index, to, t('cmd.moveScenario')));
    focusAfter(`${id}-${to}`);
  };
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
              if (count >= MAX_SCENARIOS) return setProblem({ ok: false, problem: 'tooMany' });
              dispatch(duplicateScenario(index, t('scn.copySuffix'), t('cmd.duplicateScenario')));
              focusAfter(`scenario-name-${index + 1}`);
            }}
            data-testid={`scenario-duplicate-${index}`}
          >
            {t('scn.duplicate')}
          </button>
          <button
            type="button"
            disabled={problems.length > 0}
            title={problems.length ? t('scn.problem.doesNotApply') : t('scn.makeBaseHelp')}
            onClick={() => {
              const previous = {
                name: t('scn.previousBase'),
                notes: t('scn.previousBaseNotes', { name: s.name }),
              };
              const label = t('cmd.makeScenarioBase');
              const kept = uniqueScenarioName(doc, previous.name, index);
              const check = scenarioEdits.makeScenarioBase(doc, index, previous);
              if (!check.ok) return setProblem(check);
              setProblem(null);
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

/**
 * The plan's scenarios, at the top of the Compare tab: each with its name (edited in place), its changes in
 * words, its notes, a warning when it no longer applies, and its actions (move, duplicate, make it the base,
 * delete); and the edits since the plan was opened or last saved, to keep as a new scenario.
 */
export function ScenariosPanel({
  plan,
  controls,
  notify,
}: {
  plan: Plan;
  controls: ScenarioControls;
  notify(n: ScenarioNotice): void;
}) {
  const { t } = useI18n();
  const list = useMemo(() => controls.doc.scenarios ?? [], [controls.doc.scenarios]);
  const root = useRef<HTMLElement>(null);
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (!focus) return;
    root.current?.querySelector<HTMLElement>(`[data-testid="${focus}"]`)?.focus();
    setFocus(null);
  }, [focus, list]);
  return (
    <section
      className="scenarios-panel"
      data-testid="scenarios-panel"
      aria-labelledby="scenarios-title"
      ref={root}
    >
      <div className="scenarios-head">
        <h2 id="scenarios-title" tabIndex={-1} data-testid="scenarios-title">
          {t('scn.title')}{' '}
          <span className="muted small">{t('scn.count', { n: list.length, max: MAX_SCENARIOS })}</span>
        </h2>
        <p className="muted small">{t('scn.intro')}</p>
      </div>
      <SaveEdits controls={controls} plan={plan} notify={notify} />
      {list.length === 0 ? (
        <p className="muted" data-testid="scenarios-none">
          {t('scn.none')}
        </p>
      ) : (
        <ol className="scenario-list" data-testid="scenario-list">
          {list.map((_, i) => (
            <ScenarioItem
              key={i}
              index={i}
              count={list.length}
              plan={plan}
              controls={controls}
              notify={notify}
              focusAfter={setFocus}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
