import type { AnalysisId, AnalysisTypes } from '../../src/analysis/registry';
import type { Plan } from '../../src/plan/schema';

/** Messages between the UI and the analysis worker: one per analysis of the registry, with its inputs. */
export type AnalysisRequest = {
  [K in AnalysisId]: { id: number; kind: K; plan: Plan } & AnalysisTypes[K]['input'];
}[AnalysisId];

export type AnalysisResultOf = { [K in AnalysisId]: AnalysisTypes[K]['result'] };

export type WorkerMessage =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'result'; result: unknown }
  | { id: number; type: 'error'; message: string };

export type ControlMessage = { type: 'cancel'; id: number };
