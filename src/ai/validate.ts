/**
 * Input validation. Every numeric input is checked for finiteness and range so that the model never
 * produces NaN or Infinity: invalid inputs become AI_INVALID_INPUT issues (from `analyseWorkload`) or a
 * RangeError (from the low-level formula functions).
 */
import { formatNumber } from './format';
import { invalidInput } from './issue';
import type {
  AiIssue,
  DeviceSpec,
  Efficiency,
  LlmWorkload,
  VisionWorkload,
  Workload,
  WorldModelWorkload,
} from './types';

type Rule = 'positive' | 'nonNegative' | 'fraction';

const RULE_TEXT: Record<Rule, string> = {
  positive: 'a finite number > 0',
  nonNegative: 'a finite number ≥ 0',
  fraction: 'a number in (0, 1]',
};

function check(issues: AiIssue[], field: string, value: unknown, rule: Rule): void {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (rule === 'positive' ? value > 0 : rule === 'nonNegative' ? value >= 0 : value > 0 && value <= 1);
  if (!ok) {
    const shown = typeof value === 'number' ? formatNumber(value) : String(value);
    issues.push(invalidInput(field, `${field} must be ${RULE_TEXT[rule]}; got ${shown}.`));
  }
}

function checkOptional(issues: AiIssue[], field: string, value: unknown, rule: Rule): void {
  if (value !== undefined && value !== null) check(issues, field, value, rule);
}

/** Device: powers ≥ 0 with max ≥ idle, peak ops > 0, bandwidth/capacity > 0 or null, energy constants ≥ 0. */
export function validateDevice(d: DeviceSpec): AiIssue[] {
  const issues: AiIssue[] = [];
  check(issues, 'device.idlePowerW', d.idlePowerW, 'nonNegative');
  check(issues, 'device.maxPowerW', d.maxPowerW, 'nonNegative');
  if (Number.isFinite(d.idlePowerW) && Number.isFinite(d.maxPowerW) && d.maxPowerW < d.idlePowerW) {
    issues.push(
      invalidInput(
        'device.maxPowerW',
        `device.maxPowerW (${formatNumber(d.maxPowerW)} W) must be ≥ device.idlePowerW ` +
          `(${formatNumber(d.idlePowerW)} W).`,
      ),
    );
  }
  check(issues, 'device.peakOpsPerS', d.peakOpsPerS, 'positive');
  checkOptional(issues, 'device.memoryBandwidthBytesPerS', d.memoryBandwidthBytesPerS, 'positive');
  checkOptional(issues, 'device.memoryCapacityBytes', d.memoryCapacityBytes, 'positive');
  check(issues, 'device.memoryEnergyPjPerBit', d.memoryEnergyPjPerBit, 'nonNegative');
  check(issues, 'device.computeEnergyPjPerOp', d.computeEnergyPjPerOp, 'nonNegative');
  return issues;
}

/** Efficiencies η_bw, η_c ∈ (0, 1]. */
export function validateEfficiency(e: Efficiency): AiIssue[] {
  const issues: AiIssue[] = [];
  check(issues, 'efficiency.bandwidth', e.bandwidth, 'fraction');
  check(issues, 'efficiency.compute', e.compute, 'fraction');
  checkOptional(issues, 'efficiency.perTokenOverheadS', e.perTokenOverheadS, 'nonNegative');
  return issues;
}

/** LLM shape > 0; context, prompt, rates ≥ 0. */
export function validateLlmWorkload(w: LlmWorkload): AiIssue[] {
  const issues: AiIssue[] = [];
  check(issues, 'workload.paramsB', w.paramsB, 'positive');
  check(issues, 'workload.bitsPerWeight', w.bitsPerWeight, 'positive');
  check(issues, 'workload.layers', w.layers, 'positive');
  check(issues, 'workload.kvHeads', w.kvHeads, 'positive');
  check(issues, 'workload.headDim', w.headDim, 'positive');
  check(issues, 'workload.kvBits', w.kvBits, 'positive');
  check(issues, 'workload.contextTokens', w.contextTokens, 'nonNegative');
  check(issues, 'workload.decodeTokensPerS', w.decodeTokensPerS, 'nonNegative');
  check(issues, 'workload.promptTokensPerRequest', w.promptTokensPerRequest, 'nonNegative');
  check(issues, 'workload.requestsPerMin', w.requestsPerMin, 'nonNegative');
  checkOptional(issues, 'workload.queryHeads', w.queryHeads, 'positive');
  const L = w.weightLayout;
  if (L) {
    check(issues, 'workload.weightLayout.blockBits', L.blockBits, 'positive');
    check(issues, 'workload.weightLayout.headBits', L.headBits, 'positive');
    check(issues, 'workload.weightLayout.embeddingBits', L.embeddingBits, 'positive');
    check(issues, 'workload.weightLayout.vocabSize', L.vocabSize, 'positive');
    check(issues, 'workload.weightLayout.hiddenSize', L.hiddenSize, 'positive');
    checkOptional(issues, 'workload.weightLayout.residentParamsB', L.residentParamsB, 'positive');
  }
  const A = w.attentionLayout;
  if (A) {
    check(issues, 'workload.attentionLayout.fullLayers', A.fullLayers, 'nonNegative');
    check(issues, 'workload.attentionLayout.slidingLayers', A.slidingLayers, 'nonNegative');
    check(issues, 'workload.attentionLayout.slidingWindowTokens', A.slidingWindowTokens, 'nonNegative');
  }
  return issues;
}

export function validateVisionWorkload(w: VisionWorkload): AiIssue[] {
  const issues: AiIssue[] = [];
  check(issues, 'workload.gflopsPerFrame', w.gflopsPerFrame, 'positive');
  check(issues, 'workload.framesPerS', w.framesPerS, 'nonNegative');
  checkOptional(issues, 'workload.weightsBytes', w.weightsBytes, 'nonNegative');
  return issues;
}

export function validateWorldModelWorkload(w: WorldModelWorkload): AiIssue[] {
  const issues: AiIssue[] = [];
  check(issues, 'workload.gflopsPerClip', w.gflopsPerClip, 'positive');
  check(issues, 'workload.clipsPerS', w.clipsPerS, 'nonNegative');
  checkOptional(issues, 'workload.paramsB', w.paramsB, 'positive');
  checkOptional(issues, 'workload.bitsPerWeight', w.bitsPerWeight, 'positive');
  return issues;
}

/** Validates any workload (including an unknown `kind` arriving from untyped JSON). */
export function validateWorkload(w: Workload): AiIssue[] {
  switch (w.kind) {
    case 'llm':
      return validateLlmWorkload(w);
    case 'vision':
      return validateVisionWorkload(w);
    case 'worldModel':
      return validateWorldModelWorkload(w);
    case 'fixed': {
      const issues: AiIssue[] = [];
      check(issues, 'workload.utilisation', w.utilisation, 'nonNegative');
      return issues;
    }
    default: {
      const kind = (w as { kind?: unknown }).kind;
      return [
        invalidInput(
          'workload.kind',
          `workload.kind must be 'llm', 'vision', 'worldModel' or 'fixed'; got ${String(kind)}.`,
        ),
      ];
    }
  }
}

/** Throws a RangeError listing the issues, if any (used by the low-level formula functions). */
export function assertNoIssues(issues: readonly AiIssue[], fn: string): void {
  if (issues.length > 0) throw new RangeError(`${fn}: ${issues.map((i) => i.message).join(' ')}`);
}
