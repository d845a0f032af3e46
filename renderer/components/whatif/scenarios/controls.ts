import type { PlanError } from '../../../../src/plan/load';
import type { Command, PlanDoc } from '../../../state/store';

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
