import { describe, expect, it } from 'vitest';
import {
  DEFAULT_EFFICIENCY,
  llmBytesPerToken,
  llmKvBytesPerContextToken,
  llmOpsPerToken,
  llmPrefillPerRequest,
  llmRoofline,
  stepTime,
  unitRoofline,
  weightsBytes,
  type DeviceSpec,
  type LlmWorkload,
} from '../../src/ai';

// Illustrative devices (hand-copied datasheet figures; idle powers are assumptions).
const ORIN_NX: DeviceSpec = {
  name: 'Jetson Orin NX 16GB',
  idlePowerW: 5,
  maxPowerW: 25,
  peakOpsPerS: 50e12, // 100 sparse INT8 TOPS → 50 dense
  memoryBandwidthBytesPerS: 102.4e9,
  memoryCapacityBytes: 16e9,
  memoryEnergyPjPerBit: 6,
  computeEnergyPjPerOp: 0.2,
};

// Llama 3.2 3B: 3.21B params, 28 layers, 24 query / 8 KV heads, head dim 128; INT4 weights, FP16 KV.
const LLAMA_3B_INT4: LlmWorkload = {
  kind: 'llm',
  paramsB: 3.21,
  bitsPerWeight: 4,
  layers: 28,
  kvHeads: 8,
  queryHeads: 24,
  headDim: 128,
  kvBits: 16,
  contextTokens: 4096,
  decodeTokensPerS: 20,
  promptTokensPerRequest: 512,
  requestsPerMin: 2,
};

// docs/ai-model.md, "5. Worked example": "a 3B model at INT4", no context.
const THREE_B_INT4: LlmWorkload = {
  ...LLAMA_3B_INT4,
  paramsB: 3,
  contextTokens: 0,
  queryHeads: undefined,
  promptTokensPerRequest: 0,
  requestsPerMin: 0,
};

describe('DEFAULT_EFFICIENCY', () => {
  it('is η_bw 0.7, η_c 0.5 and frozen', () => {
    expect(DEFAULT_EFFICIENCY).toEqual({ bandwidth: 0.7, compute: 0.5 });
    expect(Object.isFrozen(DEFAULT_EFFICIENCY)).toBe(true);
  });
});

describe('llmBytesPerToken', () => {
  it('3B params at 4 bits = 3e9 · 4 / 8 = 1.5e9 bytes of weights', () => {
    expect(weightsBytes(3, 4)).toBe(1.5e9);
    expect(llmBytesPerToken(THREE_B_INT4)).toEqual({ weightsBytes: 1.5e9, kvBytes: 0, totalBytes: 1.5e9 });
  });

  it('Llama 3.2 3B KV: 2 (K,V) · 28 layers · 8 heads · 128 dim · 2 B = 114,688 B per context token', () => {
    expect(llmKvBytesPerContextToken(LLAMA_3B_INT4)).toBe(114_688);
  });

  it('reads weights + KV at 4096 context: 1.605e9 + 114,688 · 4096 = 1.605e9 + 469,762,048 B', () => {
    const b = llmBytesPerToken(LLAMA_3B_INT4);
    expect(b.weightsBytes).toBeCloseTo(1.605e9, 0); // 3.21e9 · 4 / 8
    expect(b.kvBytes).toBe(469_762_048);
    expect(b.totalBytes).toBeCloseTo(2_074_762_048, 0);
  });

  it('an INT8 KV cache halves the KV bytes', () => {
    expect(llmBytesPerToken({ ...LLAMA_3B_INT4, kvBits: 8 }).kvBytes).toBe(469_762_048 / 2);
  });

  it('throws a RangeError naming the field on invalid input', () => {
    expect(() => llmBytesPerToken({ ...LLAMA_3B_INT4, paramsB: 0 })).toThrow(RangeError);
    expect(() => llmBytesPerToken({ ...LLAMA_3B_INT4, contextTokens: NaN })).toThrow(/contextTokens/);
  });
});

describe('llmOpsPerToken', () => {
  it('2·N linear ops plus attention 4·layers·heads·headDim·context', () => {
    // linear: 2 · 3.21e9 = 6.42e9; attention: 4 · 28 · 24 · 128 · 4096 = 1,409,286,144
    const ops = llmOpsPerToken(LLAMA_3B_INT4);
    expect(ops.linearOps).toBeCloseTo(6.42e9, 0);
    expect(ops.attentionOps).toBe(1_409_286_144);
    expect(ops.totalOps).toBeCloseTo(6.42e9 + 1_409_286_144, 0);
  });

  it('uses kvHeads for attention when queryHeads is absent (a lower bound under GQA: 3× fewer here)', () => {
    const ops = llmOpsPerToken({ ...LLAMA_3B_INT4, queryHeads: undefined });
    expect(ops.attentionOps).toBe(1_409_286_144 / 3);
  });
});

describe('llmPrefillPerRequest', () => {
  it('2·N·P + causal attention 2·layers·heads·headDim·P·(P+1); weights + P tokens of KV written', () => {
    // ops: 2 · 3.21e9 · 512 = 3.28704e12; attention 2 · 28 · 24 · 128 · 512 · 513 = 45,185,236,992
    // bytes: 1.605e9 + 114,688 · 512 = 1.605e9 + 58,720,256
    const p = llmPrefillPerRequest(LLAMA_3B_INT4);
    expect(p.ops).toBeCloseTo(3.28704e12 + 45_185_236_992, -1);
    expect(p.bytes).toBeCloseTo(1.605e9 + 58_720_256, 0);
  });

  it('is zero for an empty prompt', () => {
    expect(llmPrefillPerRequest({ ...LLAMA_3B_INT4, promptTokensPerRequest: 0 })).toEqual({
      bytes: 0,
      ops: 0,
    });
  });
});

describe('llmRoofline', () => {
  it('worked example: 3B INT4 on Orin NX 102.4 GB/s at η 0.7 → 71.68e9 / 1.5e9 ≈ 47.8 tok/s, memory-bound', () => {
    const r = llmRoofline(THREE_B_INT4, ORIN_NX);
    expect(r.maxDecodeTokensPerSByBandwidth).toBeCloseTo(47.7867, 3);
    // compute roof: 0.5 · 50e12 / 6e9 = 4166.7 tok/s — far above
    expect(r.maxDecodeTokensPerSByCompute).toBeCloseTo(4166.667, 2);
    expect(r.maxDecodeTokensPerS).toBeCloseTo(47.7867, 3);
    expect(r.bound).toBe('memory');
    // time per token = 1.5e9 / 71.68e9 = 20.93 ms (memory) vs 6e9 / 25e12 = 0.24 ms (compute)
    expect(r.decode.memoryTimeS).toBeCloseTo(0.0209263, 6);
    expect(r.decode.computeTimeS).toBeCloseTo(0.00024, 8);
    expect(r.decodeTimePerTokenS).toBeCloseTo(1 / r.maxDecodeTokensPerS, 12);
    // arithmetic intensity 6e9 / 1.5e9 = 4 ops/B; ridge 25e12 / 71.68e9 = 348.8 ops/B
    expect(r.arithmeticIntensityOpsPerByte).toBe(4);
    expect(r.ridgePointOpsPerByte).toBeCloseTo(348.772, 2);
  });

  it('Llama 3.2 3B at 4096 context: 71.68e9 / 2,074,762,048 ≈ 34.5 tok/s (vs 44.7 at context 0)', () => {
    const r = llmRoofline(LLAMA_3B_INT4, ORIN_NX);
    expect(r.maxDecodeTokensPerS).toBeCloseTo(34.5485, 3);
    expect(r.bound).toBe('memory');
  });

  it('prefill of 512 tokens is compute-bound: 3.332e12 ops / 25e12 = 133 ms vs 23 ms of memory', () => {
    const r = llmRoofline(LLAMA_3B_INT4, ORIN_NX);
    expect(r.prefill.bound).toBe('compute');
    expect(r.prefillTimePerRequestS).toBeCloseTo(3_332_225_236_992 / 25e12, 9);
    expect(r.prefill.memoryTimeS).toBeCloseTo((1.605e9 + 58_720_256) / 71.68e9, 9);
  });

  it('is compute-bound when peak ops are tiny', () => {
    const r = llmRoofline(THREE_B_INT4, { ...ORIN_NX, peakOpsPerS: 0.1e12 });
    // compute: 6e9 / (0.5 · 0.1e12) = 0.12 s; memory 0.0209 s
    expect(r.bound).toBe('compute');
    expect(r.decodeTimePerTokenS).toBeCloseTo(0.12, 9);
    expect(r.maxDecodeTokensPerS).toBeCloseTo(1 / 0.12, 9);
  });

  it('unknown bandwidth: no memory time, no bandwidth roof, bound unknown, time a lower bound', () => {
    const r = llmRoofline(LLAMA_3B_INT4, { ...ORIN_NX, memoryBandwidthBytesPerS: null });
    expect(r.decode.memoryTimeS).toBeNull();
    expect(r.maxDecodeTokensPerSByBandwidth).toBeNull();
    expect(r.ridgePointOpsPerByte).toBeNull();
    expect(r.bound).toBe('unknown');
    expect(r.timeIsLowerBound).toBe(true);
    expect(r.decodeTimePerTokenS).toBe(r.decode.computeTimeS);
  });

  it('scales with the efficiencies: η_bw 0.9 gives 0.9 · 102.4e9 / 1.5e9 = 61.44 tok/s', () => {
    const r = llmRoofline(THREE_B_INT4, ORIN_NX, { bandwidth: 0.9, compute: 0.5 });
    expect(r.maxDecodeTokensPerS).toBeCloseTo(61.44, 9);
  });

  it('throws on an invalid device or efficiency', () => {
    expect(() => llmRoofline(THREE_B_INT4, { ...ORIN_NX, peakOpsPerS: 0 })).toThrow(/peakOpsPerS/);
    expect(() => llmRoofline(THREE_B_INT4, ORIN_NX, { bandwidth: 0, compute: 0.5 })).toThrow(RangeError);
  });
});

describe('stepTime / unitRoofline', () => {
  it('zero bytes need no bandwidth: compute-bound even when bandwidth is unknown', () => {
    const s = stepTime(0, 1e12, { ...ORIN_NX, memoryBandwidthBytesPerS: null }, DEFAULT_EFFICIENCY);
    expect(s).toMatchObject({ memoryTimeS: 0, computeTimeS: 0.04, timeS: 0.04, bound: 'compute' });
    expect(s.timeIsLowerBound).toBe(false);
  });

  it('frame roofline: 8.7 GFLOP/frame on 25e12 effective ops/s → 0.348 ms, 2874 frames/s', () => {
    const r = unitRoofline('frame', { bytes: 0, ops: 8.7e9 }, ORIN_NX);
    expect(r.step.timeS).toBeCloseTo(8.7e9 / 25e12, 12);
    expect(r.maxUnitsPerS).toBeCloseTo(25e12 / 8.7e9, 6);
  });

  it('rejects zero ops per unit instead of returning Infinity', () => {
    expect(() => unitRoofline('frame', { bytes: 0, ops: 0 }, ORIN_NX)).toThrow(RangeError);
  });
});
