import { ANALYSES } from '../../src/analysis/registry';
import type { AnalysisRequest } from './protocol';

/**
 * Run one analysis request (in the worker, or directly in tests) through the analysis registry, reporting
 * progress and honouring cancellation between chunks.
 */
export async function runRequest(
  req: AnalysisRequest,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<unknown> {
  const control = { onProgress, signal };
  switch (req.kind) {
    case 'compare': {
      const r = await ANALYSES.compare.run(req.plan, { scenarios: req.scenarios }, control);
      // Drop the full simulation results: large, and the view only needs the cells.
      return { ...r, columns: r.columns.map((c) => ({ ...c, result: null })) };
    }
    case 'size':
      return ANALYSES.size.run(req.plan, { targets: req.targets, atEndOfLife: req.atEndOfLife }, control);
    case 'sweep':
      return ANALYSES.sweep.run(req.plan, { spec: req.spec }, control);
    case 'sensitivity':
      return ANALYSES.sensitivity.run(
        req.plan,
        { output: req.output, deltaPercent: req.deltaPercent },
        control,
      );
  }
}
