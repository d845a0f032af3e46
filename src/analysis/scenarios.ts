import { z } from 'zod';
import { scenarioSchema, type Scenario } from '../plan/scenario-schema';

// A scenario is part of the plan format (src/plan/scenario-schema.ts) and is applied by src/plan/scenario.ts;
// analyses read both from here too.
export { changeSchema, scenarioSchema, type Change, type Scenario } from '../plan/scenario-schema';
export { applyChange, applyScenario, withoutScenarios } from '../plan/scenario';
export { describeChange, describeScenario } from './scenario-words';

/** A `--scenarios FILE`: a list of 1 to 50 scenarios, added to the plan's own. */
export const scenarioListSchema = z.array(scenarioSchema).min(1).max(50);

/** A ready scenario: swap a device's chip for a catalog preset. */
export function swapChipScenario(
  device: string,
  preset: string,
  name = `+ ${preset}`,
  overrides?: Record<string, unknown>,
): Scenario {
  return { name, changes: [{ op: 'swapDevice', device, preset, ...(overrides ? { overrides } : {}) }] };
}
