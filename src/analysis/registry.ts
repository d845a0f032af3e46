import type { Plan } from '../plan/schema';
import { comparisonToCsv, sensitivityToCsv, sweepToCsv } from '../report/csv';
import { compare, type Comparison } from './compare';
import type { Scenario } from './scenarios';
import type { OutputKey } from './outputs';
import { sensitivityInSteps, type Sensitivity } from './sensitivity';
import { sizeForTargets, type SizingTargets, type TargetSizing } from './size-targets';
import { checkSweep, runSweep, type SweepResult, type SweepSpec } from './sweep';

/** How a long analysis reports progress and is stopped. */
export interface AnalysisControl {
  onProgress: (done: number, total: number) => void;
  signal: AbortSignal;
}

/** Each analysis's inputs (besides the plan) and result. */
export interface AnalysisTypes {
  compare: { input: { scenarios: Scenario[] }; result: Comparison };
  sensitivity: { input: { output: OutputKey; deltaPercent: number }; result: Sensitivity };
  sweep: { input: { spec: SweepSpec }; result: SweepResult };
  size: { input: { targets: SizingTargets; atEndOfLife: boolean }; result: TargetSizing };
}
export type AnalysisId = keyof AnalysisTypes;

/** One analysis, defined once: its names, where it lives in the app and the CLI, how it runs, its CSV. */
export interface AnalysisDef<K extends AnalysisId> {
  id: K;
  /** Its name in each language (the tab, the View menu, the report's section). */
  label: { en: string; ko: string };
  /** The app's tab that shows it. */
  tab: 'compare' | 'sensitivity' | 'sweep' | 'sizing';
  /** The CLI command that runs it (`powerplan <cli> PLAN …`). */
  cli: string;
  /** Run it on a plan, with progress and cancellation where it is long. */
  run(
    plan: Plan,
    input: AnalysisTypes[K]['input'],
    control: AnalysisControl,
  ): Promise<AnalysisTypes[K]['result']>;
  /** Its table as CSV (null when the result is not a table: sizing's answer is a pack). */
  csv: ((result: AnalysisTypes[K]['result']) => string) | null;
}

/**
 * The analyses, in the order the app's tabs and the View menu show them. The worker runs them through here,
 * the tab bar and the menu list them from here (src/analysis/tabs.ts), and a test holds that each has its CLI
 * command.
 */
export const ANALYSES: { readonly [K in AnalysisId]: AnalysisDef<K> } = {
  compare: {
    id: 'compare',
    label: { en: 'Compare', ko: '비교' },
    tab: 'compare',
    cli: 'compare',
    run: async (plan, { scenarios }) => compare(plan, scenarios),
    csv: comparisonToCsv,
  },
  sensitivity: {
    id: 'sensitivity',
    label: { en: 'Sensitivity', ko: '민감도' },
    tab: 'sensitivity',
    cli: 'sensitivity',
    run: (plan, { output, deltaPercent }, { onProgress, signal }) =>
      sensitivityInSteps(plan, {
        output,
        deltaPercent,
        onProgress,
        signal,
        pause: () => new Promise<void>((r) => setTimeout(r, 0)),
      }),
    csv: sensitivityToCsv,
  },
  sweep: {
    id: 'sweep',
    label: { en: 'Sweep', ko: '스윕' },
    tab: 'sweep',
    cli: 'sweep',
    run: async (plan, { spec }, { onProgress, signal }) => {
      const errors = checkSweep(plan, spec);
      if (errors.length) throw new Error(errors.map((e) => `${e.path}: ${e.message}`).join('; '));
      return runSweep(plan, spec, { chunkSize: 100, onProgress, signal });
    },
    csv: sweepToCsv,
  },
  size: {
    id: 'size',
    label: { en: 'Sizing', ko: '용량 산정' },
    tab: 'sizing',
    cli: 'size',
    run: async (plan, { targets, atEndOfLife }) => sizeForTargets(plan, targets, { atEndOfLife }),
    csv: null,
  },
};

export const ANALYSIS_IDS = Object.keys(ANALYSES) as AnalysisId[];

/** The analysis a what-if tab shows. */
export function analysisOfTab(tab: AnalysisDef<AnalysisId>['tab']): {
  id: AnalysisId;
  label: { en: string; ko: string };
} {
  const id = ANALYSIS_IDS.find((k) => ANALYSES[k].tab === tab)!;
  return { id, label: ANALYSES[id].label };
}
