import {
  checkSweep,
  compare,
  runSweep,
  sensitivity,
  sensitivityInputs,
  sizePack,
  type Sensitivity,
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
      return sizePack(req.plan, req.targetHours, {
        atEndOfLife: req.atEndOfLife,
        ...(req.chargeMinutes !== undefined ? { chargeMinutes: req.chargeMinutes } : {}),
      });
    case 'sweep': {
      const errors = checkSweep(req.plan, req.spec);
      if (errors.length) throw new Error(errors.map((e) => `${e.path}: ${e.message}`).join('; '));
      return runSweep(req.plan, req.spec, { chunkSize: 100, onProgress, signal });
    }
    case 'sensitivity': {
      const inputs = sensitivityInputs(req.plan);
      const merged: Sensitivity = {
        output: req.output,
        deltaPercent: req.deltaPercent,
        baseOutput: null,
        bars: [],
      };
      for (let i = 0; i < inputs.length; i++) {
        if (signal.aborted) break;
        const one = sensitivity(req.plan, {
          output: req.output,
          deltaPercent: req.deltaPercent,
          paths: [inputs[i]!.path],
        });
        merged.baseOutput = one.baseOutput;
        merged.bars.push(...one.bars);
        onProgress(i + 1, inputs.length);
        await new Promise<void>((r) => setTimeout(r, 0));
      }
      merged.bars.sort((a, b) => b.swing - a.swing || a.path.localeCompare(b.path));
      return merged;
    }
  }
}
