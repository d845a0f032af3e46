import { z } from 'zod';
import { validatePlan, type PlanError } from '../plan/load';
import type { Plan } from '../plan/schema';
import { withChip } from '../plan/edits';
import { getAtPath, parsePath, setAtPath } from './paths';

/** One change to a plan. */
export const changeSchema = z.discriminatedUnion(
  'op',
  [
    z.strictObject({ op: z.literal('set'), path: z.string().min(1).max(200), value: z.unknown() }),
    z.strictObject({
      op: z.literal('scale'),
      path: z.string().min(1).max(200),
      factor: z.number().finite().gt(0).lte(1000),
    }),
    z.strictObject({
      op: z.literal('swapDevice'),
      device: z.string().min(1).max(40),
      preset: z.string().min(1).max(60),
      /** Device fields to set on top of the preset (validated with the plan schema). */
      overrides: z.record(z.string(), z.unknown()).optional(),
    }),
  ],
  { error: 'must be a change with op "set", "scale" or "swapDevice"' },
);
export type Change = z.infer<typeof changeSchema>;

export const scenarioSchema = z.strictObject({
  name: z.string().min(1).max(80),
  changes: z.array(changeSchema).max(100),
});
export type Scenario = z.infer<typeof scenarioSchema>;
export const scenarioListSchema = z.array(scenarioSchema).min(1).max(50);

function applyChange(doc: Record<string, unknown>, c: Change): Record<string, unknown> {
  switch (c.op) {
    case 'set':
      parsePath(c.path);
      return setAtPath(doc, c.path, c.value);
    case 'scale': {
      const v = getAtPath(doc, c.path);
      if (typeof v !== 'number') throw new RangeError(`${c.path} is not a number in this plan`);
      return setAtPath(doc, c.path, v * c.factor);
    }
    case 'swapDevice': {
      const list = (doc.compute as Record<string, unknown>[] | undefined) ?? [];
      const i = list.findIndex((d) => d.id === c.device);
      if (i < 0) throw new RangeError(`the plan has no compute device "${c.device}"`);
      const compute = [...list];
      compute[i] = withChip(list[i] as never, c.preset, c.overrides ?? {});
      return { ...doc, compute };
    }
  }
}

/** Apply a scenario's changes to a base plan and validate the result with the plan schema. */
export function applyScenario(
  base: Plan,
  scenario: Scenario,
): { ok: true; plan: Plan } | { ok: false; errors: PlanError[] } {
  let doc = base as unknown as Record<string, unknown>;
  try {
    for (const c of scenario.changes) doc = applyChange(doc, c);
  } catch (e) {
    return { ok: false, errors: [{ path: `(scenario "${scenario.name}")`, message: (e as Error).message }] };
  }
  const r = validatePlan(doc);
  if (!r.ok)
    return {
      ok: false,
      errors: r.errors.map((e) => ({ ...e, message: `${e.message} (scenario "${scenario.name}")` })),
    };
  return { ok: true, plan: r.plan };
}

/** A ready scenario: swap a device's chip for a catalog preset. */
export function swapChipScenario(
  device: string,
  preset: string,
  name = `+ ${preset}`,
  overrides?: Record<string, unknown>,
): Scenario {
  return { name, changes: [{ op: 'swapDevice', device, preset, ...(overrides ? { overrides } : {}) }] };
}
