import { devicePowerW } from './power';
import { memoryShareOfTime, stepEnergy } from './energy';
import { ph } from '../text/phrase';
import { boundLabel, finish, loadIssues, memoryCapacityIssues } from './feasibility';
import { GB, N } from './phrase-values';
import { ratioOrNull } from './ratio';
import { llmKvCacheBytes, llmRoofline, llmWeightBytes } from './roofline';
import type { DeviceSpec, Efficiency, LlmAnalysis, LlmMemoryFootprint, LlmWorkload } from './types';

/** LLM: decode + prefill busy time, bandwidth/compute/memory-fit checks, energy per token. */
export function analyseLlm(w: LlmWorkload, d: DeviceSpec, e: Efficiency): LlmAnalysis {
  const roofline = llmRoofline(w, d, e);
  const requestsPerS = w.requestsPerMin / 60;
  const decodeU = w.decodeTokensPerS * roofline.decodeTimePerTokenS;
  const prefillU = requestsPerS * roofline.prefillTimePerRequestS;
  const utilisation = decodeU + prefillU;
  const bytesPerS = w.decodeTokensPerS * roofline.decode.bytes + requestsPerS * roofline.prefill.bytes;
  const opsPerS = w.decodeTokensPerS * roofline.decode.ops + requestsPerS * roofline.prefill.ops;
  const hasPrefill = requestsPerS > 0 && w.promptTokensPerRequest > 0;

  const decodePart =
    w.decodeTokensPerS > 0 ? ph('demand.decode', { rate: N(w.decodeTokensPerS) }) : undefined;
  const prefillPart = hasPrefill
    ? ph('demand.prefill', { rpm: N(w.requestsPerMin), tokens: N(w.promptTokensPerRequest) })
    : undefined;
  const demand =
    decodePart && prefillPart
      ? ph('demand.both', { decode: { p: decodePart }, prefill: { p: prefillPart } })
      : (decodePart ?? prefillPart ?? ph('demand.none'));

  const wb = llmWeightBytes(w).residentBytes;
  const kv = llmKvCacheBytes(w);
  const cap = d.memoryCapacityBytes;
  const memory: LlmMemoryFootprint = {
    weightsBytes: wb,
    kvCacheBytes: kv,
    totalBytes: wb + kv,
    capacityBytes: cap,
    fits: cap === null ? null : wb + kv <= cap,
  };

  const issues = [
    ...memoryCapacityIssues(
      d,
      memory.totalBytes,
      ph('what.llm', { wb: GB(wb), kv: GB(kv) }),
      ph('need.llm', { wb: GB(wb), kv: GB(kv), ctx: N(w.contextTokens), total: GB(memory.totalBytes) }),
    ),
    ...loadIssues({
      d,
      e,
      demand,
      bytesPerS,
      opsPerS,
      utilisation,
      memoryTimeUnknown:
        roofline.decode.timeIsLowerBound || (hasPrefill && roofline.prefill.timeIsLowerBound),
      phases: [
        { label: ph('phase.decode'), utilisation: decodeU, bound: boundLabel(roofline.decode) },
        { label: ph('phase.prefill'), utilisation: prefillU, bound: boundLabel(roofline.prefill) },
      ],
      bandwidthHint:
        roofline.maxDecodeTokensPerSByBandwidth === null
          ? undefined
          : ph('hint.decodeRate', {
              who: {
                p: e.runtimeName
                  ? ph('who.runtime', { runtime: e.runtimeName, device: d.name })
                  : ph('who.decode'),
              },
              max: N(roofline.maxDecodeTokensPerS),
              bytes: GB(roofline.bytesPerToken.totalBytes),
              overhead: {
                p:
                  roofline.perTokenOverheadS > 0
                    ? ph('overhead.ms', { ms: N(roofline.perTokenOverheadS * 1000) })
                    : ph('overhead.none'),
              },
            }),
      overloadHint:
        roofline.perTokenOverheadS > 0
          ? ph('hint.overhead', {
              runtime: e.runtimeName ? e.runtimeName : { p: ph('runtime.generic') },
              ms: N(roofline.perTokenOverheadS * 1000),
              device: d.name,
              max: N(roofline.maxDecodeTokensPerS),
            })
          : undefined,
      bandwidthUnknownHint: ph('bwUnknown.hint'),
    }),
  ];

  const powerW = devicePowerW(d, utilisation);
  const perToken = stepEnergy(roofline.decode.bytes, roofline.decode.ops, roofline.decodeTimePerTokenS, d);
  const prefillPerRequest = stepEnergy(
    roofline.prefill.bytes,
    roofline.prefill.ops,
    roofline.prefillTimePerRequestS,
    d,
  );
  return finish({
    kind: 'llm',
    deviceName: d.name,
    utilisation,
    utilisationIsLowerBound:
      roofline.decode.timeIsLowerBound || (hasPrefill && roofline.prefill.timeIsLowerBound),
    powerW,
    issues,
    utilisationBreakdown: { decode: decodeU, prefill: prefillU },
    demand: { bytesPerS, opsPerS },
    roofline,
    memory,
    energy: {
      perToken,
      joulesPerToken: perToken.totalJ,
      tokensPerJoule: ratioOrNull(1, perToken.totalJ),
      memoryShareOfEnergy: perToken.memoryShareOfEnergy,
      memoryShareOfDynamicEnergy: perToken.memoryShareOfDynamicEnergy,
      memoryShareOfTime: memoryShareOfTime(roofline.decode.memoryTimeS, roofline.decode.computeTimeS),
      memoryBound: roofline.bound === 'unknown' ? null : roofline.bound === 'memory',
      prefillPerRequest,
      deviceJoulesPerToken: ratioOrNull(powerW, w.decodeTokensPerS),
      deviceJoulesPerTokenAtMaxRate: d.maxPowerW / roofline.maxDecodeTokensPerS,
    },
  });
}
