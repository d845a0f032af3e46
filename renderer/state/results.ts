import { useMemo, useRef } from 'react';
import { validatePlan, type PlanError } from '../../src/plan/load';
import type { Plan } from '../../src/plan/schema';
import { simulate, type SimulationResult } from '../../src/sim/simulate';
import type { PlanDoc } from './store';

export interface Derived {
  plan: Plan | null;
  errors: PlanError[];
  /** The plan's scenarios that no longer apply to it, each at `scenarios[i]` (the plan itself is valid). */
  scenarioErrors: PlanError[];
  result: SimulationResult | null;
  /** The result belongs to an earlier (valid) version of the document. */
  stale: boolean;
}

/**
 * Results derived from the document: validate, then simulate — memoised on the document's identity (Immer
 * gives every edit a new root). While the document is invalid the last valid result is kept, marked stale.
 */
export function useDerived(doc: PlanDoc): Derived {
  const lastGood = useRef<{ plan: Plan; result: SimulationResult } | null>(null);
  return useMemo(() => {
    performance.mark('pp:derive-start');
    const v = validatePlan(doc);
    if (!v.ok) {
      const last = lastGood.current;
      return {
        plan: last?.plan ?? null,
        errors: v.errors,
        scenarioErrors: [],
        result: last?.result ?? null,
        stale: true,
      };
    }
    let result: SimulationResult;
    try {
      result = simulate(v.plan);
    } catch (e) {
      return {
        plan: v.plan,
        errors: [{ path: '(model)', message: String(e) }],
        scenarioErrors: v.scenarioErrors,
        result: lastGood.current?.result ?? null,
        stale: true,
      };
    }
    lastGood.current = { plan: v.plan, result };
    performance.mark('pp:derive-end');
    return { plan: v.plan, errors: [], scenarioErrors: v.scenarioErrors, result, stale: false };
  }, [doc]);
}
