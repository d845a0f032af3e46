/**
 * Workload analysis: busy fraction, feasibility, power and energy of one AI device running one workload.
 *
 *     u = Σ demanded busy time per second
 *       LLM:    r_decode · t_token + (requests/min / 60) · t_prefill
 *       vision: frames/s · t_frame        world model: clips/s · t_clip        fixed: as given
 *     P = P_idle + clamp(u, 0, 1) · (P_max − P_idle)                                        (docs/ai-model.md §3)
 *
 * u > 1 is infeasible; the issue names the bottleneck with the numbers (needed vs available GB/s or TOPS).
 * Step times come from the roofline (./roofline), energies from ./energy.
 */
import { devicePowerW } from './power';
import { ph } from '../text/phrase';
import { aiIssue } from './issue';
import { analyseLlm } from './analyse-llm';
import { analyseVision, analyseWorldModel } from './analyse-units';
import { exceeds, finish } from './feasibility';
import { PCT } from './phrase-values';
import { DEFAULT_EFFICIENCY } from './roofline';
import { validateDevice, validateEfficiency, validateWorkload } from './validate';
import type {
  AiIssue,
  DeviceSpec,
  Efficiency,
  FixedAnalysis,
  FixedWorkload,
  Workload,
  WorkloadAnalysis,
} from './types';

export { NEAR_LIMIT_UTILISATION, ON_CHIP_MEMORY_IMPOSSIBLE_BYTES } from './feasibility';

/**
 * Analyse a workload on a device. Never throws and never returns NaN/Infinity: invalid inputs produce
 * AI_INVALID_INPUT errors, and then the device is assumed flat out (utilisation 1, P_max — conservative for
 * battery sizing) with no roofline or energy section.
 *
 * @param w workload (LLM, vision, world model or fixed utilisation)
 * @param d device
 * @param e achievable efficiencies (default η_bw 0.7, η_c 0.5)
 */
export function analyseWorkload(
  w: Workload,
  d: DeviceSpec,
  e: Efficiency = DEFAULT_EFFICIENCY,
): WorkloadAnalysis {
  const inputIssues = [...validateWorkload(w), ...validateDevice(d), ...validateEfficiency(e)];
  if (inputIssues.length > 0) return invalidAnalysis(w, d, inputIssues);
  let result: WorkloadAnalysis;
  switch (w.kind) {
    case 'llm':
      result = analyseLlm(w, d, e);
      break;
    case 'vision':
      result = analyseVision(w, d, e);
      break;
    case 'worldModel':
      result = analyseWorldModel(w, d, e);
      break;
    case 'fixed':
      result = analyseFixed(w, d);
      break;
  }
  if (hasNonFinite(result)) {
    return invalidAnalysis(w, d, [
      aiIssue(
        'AI_INVALID_INPUT',
        'error',
        ph('AI_INVALID_INPUT', {
          text: 'Inputs are outside the numeric range the model can evaluate (a result overflowed).',
        }),
      ),
    ]);
  }
  return result;
}

function invalidAnalysis(w: Workload, d: DeviceSpec, issues: AiIssue[]): WorkloadAnalysis {
  const known = w.kind === 'llm' || w.kind === 'vision' || w.kind === 'worldModel' || w.kind === 'fixed';
  const base = {
    deviceName: typeof d.name === 'string' ? d.name : '',
    utilisation: 1,
    utilisationIsLowerBound: false,
    feasible: false,
    powerW: devicePowerW(d, 1),
    issues,
  };
  if (!known || w.kind === 'fixed') return { kind: 'fixed', ...base };
  if (w.kind === 'llm') return { kind: 'llm', ...base };
  return { kind: w.kind, ...base };
}

function hasNonFinite(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasNonFinite);
  return false;
}

function analyseFixed(w: FixedWorkload, d: DeviceSpec): FixedAnalysis {
  const issues: AiIssue[] = exceeds(w.utilisation)
    ? [
        aiIssue(
          'AI_OVERLOADED',
          'error',
          ph('AI_FIXED_OVERLOADED', { u: PCT(w.utilisation), device: d.name }),
        ),
      ]
    : [];
  return finish({
    kind: 'fixed',
    deviceName: d.name,
    utilisation: w.utilisation,
    utilisationIsLowerBound: false,
    powerW: devicePowerW(d, w.utilisation),
    issues,
  });
}
