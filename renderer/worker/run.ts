import {
  checkSweep,
  compare,
  evaluateOutput,
  rankBars,
  runSweep,
  sensitivityBar,
  sensitivityInputs,
  sizeForTargets,
  type Sensitivity,
  type TornadoBar,
} from '../../src/analysis';
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
    case 'sensitivity': {
      const inputs = sensitivityInputs(req.plan);
      const d = req.deltaPercent / 100;
      const baseOutput = evaluateOutput(req.plan, req.output);
      const bars: TornadoBar[] = [];
      for (let i = 0; i < inputs.length; i++) {
        if (signal.aborted) break;
        bars.push(sensitivityBar(req.plan, inputs[i]!, req.output, d, baseOutput));
        onProgress(i + 1, inputs.length);
        await new Promise<void>((r) => setTimeout(r, 0));
      }
      const merged: Sensitivity = {
        output: req.output,
        deltaPercent: req.deltaPercent,
        baseOutput,
        bars: rankBars(bars),
      };
      return merged;
    }
  }
}
