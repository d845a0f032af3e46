import type { Plan } from '../plan/schema';
import { simulate, type SimulationResult } from '../sim/simulate';
import { OUTPUTS, readOutput, type OutputKey } from './outputs';
import { applyScenario, type Scenario } from './scenarios';
import { sizePack } from './sizing';
import type { Feasibility, TargetVerdict, VerdictReason } from '../sim/verdict';

/** The rows of a comparison: headline outputs plus the pack mass needed for the runtime target. */
export const COMPARE_ROWS = [
  'runtimeHours',
  'runtimeAtEndOfLifeHours',
  'chargeTimeToFullHours',
  'chargesPerDay',
  'yearsTo80PercentSoH',
  'computeEnergyWh',
  'averagePowerW',
] as const satisfies readonly OutputKey[];

export type CompareRowKey = (typeof COMPARE_ROWS)[number] | 'packMassForTargetKg' | 'computeAveragePowerW';

/**
 * Rows whose value does not depend on the loads (the charge time from the reserve: pack and charger only;
 * src/analysis/outputs.ts says which). The pack mass for the target and the compute power depend on them.
 * Every other row describes the loads running as planned, so a column that cannot run (or rests on a missing
 * figure) shows no value there (docs/verdicts.md).
 */
export const LOAD_INDEPENDENT_ROWS: ReadonlySet<CompareRowKey> = new Set(
  COMPARE_ROWS.filter((k) => !OUTPUTS[k].loadDependent),
);

export interface CompareCell {
  /** The row's value; null when not available, or when the column cannot run or is unknown (`status`). */
  value: number | null;
  /**
   * 'value' for an answer; 'infeasible' or 'unknown' when the row depends on the loads and the column's plan
   * cannot run, or rests on a missing figure: no value, no change, no colour.
   */
  status: 'value' | 'infeasible' | 'unknown';
  /** Value − base value (null for the base column or when either is null). */
  delta: number | null;
  deltaPercent: number | null;
  /**
   * Whether the change is larger than the model resolves (`MODEL_RESOLUTION_RELATIVE` of the base value):
   * smaller changes are shown but neither coloured nor called better or worse.
   */
  significant: boolean;
  /** Whether the change is an improvement by the row's better direction (null: not significant, or n/a). */
  better: boolean | null;
}

export interface CompareColumn {
  name: string;
  ok: boolean;
  errors: { path: string; message: string }[];
  cells: Partial<Record<CompareRowKey, CompareCell>>;
  warnings: string[];
  /** The column's verdict (src/sim/verdict.ts): null when the scenario does not apply. */
  feasibility: Feasibility | null;
  infeasibleReasons: VerdictReason[];
  unknownReasons: VerdictReason[];
  /** What a feasible column rests on that is only claimed (a target chip's claim-implied figures). */
  caveats: VerdictReason[];
  targetStatus: TargetVerdict[];
  result: SimulationResult | null;
}

/**
 * Changes smaller than 1 % of the base value are within what the model resolves: its inputs (datasheet
 * capacities, resistances, chip powers) carry several per cent, so a −21 s change in an 8 h runtime is not a
 * finding. Such cells show the change without colour or a better/worse mark (docs/verdicts.md).
 */
export const MODEL_RESOLUTION_RELATIVE = 0.01;

/** Whether `delta` is a change the model resolves, relative to the base value `base`. */
export function isSignificantChange(delta: number, base: number): boolean {
  return Math.abs(delta) >= MODEL_RESOLUTION_RELATIVE * Math.max(Math.abs(base), 1e-12);
}

export interface Comparison {
  /** Each row: its key, its name in English (`label`) and in each language (`labels`), unit, better side. */
  rows: {
    key: CompareRowKey;
    label: string;
    labels: { en: string; ko: string };
    unit: string;
    better: 'higher' | 'lower' | 'neither';
  }[];
  columns: CompareColumn[];
  targetHours: number | null;
}

function valuesOf(
  plan: Plan,
  r: SimulationResult,
  targetHours: number | null,
): Record<CompareRowKey, number | null> {
  const out = {} as Record<CompareRowKey, number | null>;
  for (const k of COMPARE_ROWS) out[k] = readOutput(r, k);
  out.computeAveragePowerW =
    r.runtimeHours && r.runtimeHours > 0 ? r.energyBreakdownWh.compute / r.runtimeHours : null;
  out.packMassForTargetKg = null;
  if (targetHours !== null && r.feasible) {
    const s = sizePack(plan, targetHours, { atEndOfLife: true, curve: false });
    out.packMassForTargetKg = s.feasible ? s.massKg : null;
  }
  return out;
}

/**
 * Compare a base plan with variations (swap a chip, change the pack, change the duty cycle): each scenario's
 * headline outputs with deltas against the base, and the pack mass each needs to meet the runtime target at
 * end of life (the plan's target unless `targetHours` is given).
 */
export function compare(
  base: Plan,
  scenarios: readonly Scenario[],
  opts: { targetHours?: number } = {},
): Comparison {
  const targetHours = opts.targetHours ?? base.targets.runtimeHours ?? null;
  const rows: Comparison['rows'] = [
    ...COMPARE_ROWS.map((k) => ({ key: k as CompareRowKey, ...pickRow(k) })),
    {
      key: 'computeAveragePowerW',
      label: 'Average compute power',
      labels: { en: 'Average compute power', ko: '평균 연산 전력' },
      unit: 'W',
      better: 'lower',
    },
    {
      key: 'packMassForTargetKg',
      label: 'Pack mass for the runtime target',
      labels: {
        en: 'Pack mass for the runtime target (at end of life)',
        ko: '운용 목표에 필요한 팩 질량 (수명 말기)',
      },
      unit: 'kg',
      better: 'lower',
    },
  ];
  const baseResult = simulate(base, { skipSeries: true });
  const baseValues = answeredValues(valuesOf(base, baseResult, targetHours), baseResult.feasibility);
  const column = (
    name: string,
    r: SimulationResult,
    values: Record<CompareRowKey, number | null>,
    isBase: boolean,
  ): CompareColumn => {
    const cells: CompareColumn['cells'] = {};
    const answered = answeredValues(values, r.feasibility);
    for (const row of rows) {
      const v = answered[row.key];
      const b = baseValues[row.key];
      const delta = !isBase && v !== null && b !== null ? v - b : null;
      const significant = delta !== null && b !== null && isSignificantChange(delta, b);
      cells[row.key] = {
        value: v,
        status: r.feasibility === 'feasible' || LOAD_INDEPENDENT_ROWS.has(row.key) ? 'value' : r.feasibility,
        delta,
        deltaPercent: delta !== null && b ? (delta / Math.abs(b)) * 100 : null,
        significant,
        better:
          !significant || delta === null || row.better === 'neither'
            ? null
            : row.better === 'higher'
              ? delta > 0
              : delta < 0,
      };
    }
    return {
      name,
      ok: true,
      errors: [],
      cells,
      warnings: r.warnings.map((w) => `${w.code}: ${w.message}`),
      feasibility: r.feasibility,
      infeasibleReasons: r.infeasibleReasons,
      unknownReasons: r.unknownReasons,
      caveats: r.caveats,
      targetStatus: r.targetStatus,
      result: r,
    };
  };
  const columns: CompareColumn[] = [column('Base', baseResult, baseValues, true)];
  for (const sc of scenarios) {
    const applied = applyScenario(base, sc);
    if (!applied.ok) {
      columns.push({
        name: sc.name,
        ok: false,
        errors: applied.errors,
        cells: {},
        warnings: [],
        feasibility: null,
        infeasibleReasons: [],
        unknownReasons: [],
        caveats: [],
        targetStatus: [],
        result: null,
      });
      continue;
    }
    const r = simulate(applied.plan, { skipSeries: true });
    columns.push(column(sc.name, r, valuesOf(applied.plan, r, targetHours), false));
  }
  return { rows, columns, targetHours };
}

/** The values that are answers: load-dependent rows of an infeasible or unknown plan become null. */
function answeredValues(
  values: Record<CompareRowKey, number | null>,
  feasibility: Feasibility,
): Record<CompareRowKey, number | null> {
  if (feasibility === 'feasible') return values;
  const out = { ...values };
  for (const k of Object.keys(out) as CompareRowKey[]) if (!LOAD_INDEPENDENT_ROWS.has(k)) out[k] = null;
  return out;
}

function pickRow(k: (typeof COMPARE_ROWS)[number]) {
  const o = OUTPUTS[k];
  return {
    label: o.label.en,
    labels: o.label,
    unit: o.unit,
    better: o.better as 'higher' | 'lower' | 'neither',
  };
}
