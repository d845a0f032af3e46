import type {
  Comparison,
  Scenario,
  Sensitivity,
  SizingTargets,
  TargetSizing,
  SweepResult,
  SweepSpec,
  OutputKey,
} from '../../src/analysis';
import type { Plan } from '../../src/plan/schema';

/** Messages between the UI and the analysis worker. */
export type AnalysisRequest =
  | { id: number; kind: 'compare'; plan: Plan; scenarios: Scenario[] }
  | { id: number; kind: 'sensitivity'; plan: Plan; output: OutputKey; deltaPercent: number }
  | { id: number; kind: 'sweep'; plan: Plan; spec: SweepSpec }
  | { id: number; kind: 'size'; plan: Plan; targets: SizingTargets; atEndOfLife: boolean };

export type AnalysisResultOf = {
  compare: Comparison;
  sensitivity: Sensitivity;
  sweep: SweepResult;
  size: TargetSizing;
};

export type WorkerMessage =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'result'; result: unknown }
  | { id: number; type: 'error'; message: string };

export type ControlMessage = { type: 'cancel'; id: number };
