import { describePath } from '../../../../src/plan/describe-path';
import type { ScenarioEditProblem } from '../../../../src/plan/scenario-edits';
import type { Plan } from '../../../../src/plan/schema';
import type { I18n } from '../../../i18n';
import { en, type MessageKey } from '../../../i18n/en';

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

/** Why a scenario edit was not done, in the reader's words. */
export const problemText = (t: I18n['t'], p: ScenarioEditProblem) => t(PROBLEM[p]);

/** A top-level part of the plan in the editor's words: its section ("Charger"), else its path in words. */
export function partName(i18n: I18n, plan: Plan, path: string): string {
  const section = `section.${path}`;
  return section in en ? i18n.t(section as MessageKey) : describePath(plan, path, i18n.lang);
}
