import { checkSweep, compare, runSweep, sensitivityInSteps, sizeForTargets } from '../../src/analysis';
import type { AnalysisRequest } from './protocol';

/**
 * Run one analysis request (in the worker, or directly in tests), reporting progress and honouring
 * cancellation between chunks.
 */
export async function runRequest(
  req: AnalysisRequest,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<unknown> {
  switch (req.kind) {
    case 'compare': {
      const r = compare(req.plan, req.scenarios);
      // Drop the full simulation results: large, and the view only needs the cells.
      return { ...r, columns: r.columns.map((c) => ({ ...c, result: null })) };
    }
    case 'size':
      return sizeForTargets(req.plan, req.targets, { atEndOfLife: req.atEndOfLife });
    case 'sweep': {
      const errors = checkSweep(req.plan, req.spec);
      if (errors.length) throw new Error(errors.map((e) => `${e.path}: ${e.message}`).join('; '));
      return runSweep(req.plan, req.spec, { chunkSize: 100, onProgress, signal });
    }
    case 'sensitivity':
      return sensitivityInSteps(req.plan, {
        output: req.output,
        deltaPercent: req.deltaPercent,
        onProgress,
        signal,
        pause: () => new Promise<void>((r) => setTimeout(r, 0)),
      });
  }
}
