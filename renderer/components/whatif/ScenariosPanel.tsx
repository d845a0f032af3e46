import { useEffect, useMemo, useRef, useState } from 'react';
import { MAX_SCENARIOS } from '../../../src/plan/scenario-schema';
import type { Plan } from '../../../src/plan/schema';
import { useI18n } from '../../i18n';
import type { ScenarioControls, ScenarioNotice } from './scenarios/controls';
import { SaveEdits } from './scenarios/SaveEdits';
import { ScenarioItem } from './scenarios/ScenarioItem';
import './scenarios.css';

export type { ScenarioControls, ScenarioNotice } from './scenarios/controls';

/**
 * The plan's scenarios, at the top of the Compare tab: each with its name (edited in place), its changes in
 * words, its notes, a warning when it no longer applies, and its actions (move, duplicate, make it the base,
 * delete); and the edits since the plan was opened or last saved, to keep as a new scenario. Its parts are in
 * ./scenarios/.
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
