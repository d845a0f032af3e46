import { describe, expect, it } from 'vitest';
import {
  AI_ISSUE_CODES,
  analyseWorkload,
  devicePowerW,
  formatNumber,
  type DeviceSpec,
  type LlmAnalysis,
  type LlmWorkload,
  type UnitAnalysis,
  type Workload,
  type WorkloadAnalysis,
} from '../../src/ai';

const ORIN_NX: DeviceSpec = {
  name: 'Jetson Orin NX 16GB',
  idlePowerW: 5,
  maxPowerW: 25,
  peakOpsPerS: 50e12,
  memoryBandwidthBytesPerS: 102.4e9,
  memoryCapacityBytes: 16e9,
  memoryEnergyPjPerBit: 6,
  computeEnergyPjPerOp: 0.2,
};

const DX_M1: DeviceSpec = {
  name: 'DX-M1',
  idlePowerW: 1,
  maxPowerW: 5,
  peakOpsPerS: 25e12,
  memoryBandwidthBytesPerS: 25.6e9, // illustrative; not published by the vendor
  memoryCapacityBytes: 4e9,
  memoryEnergyPjPerBit: 6,
  computeEnergyPjPerOp: 0.2,
};

const HAILO_8: DeviceSpec = {
  name: 'Hailo-8',
  idlePowerW: 0.5,
  maxPowerW: 2.5,
  peakOpsPerS: 26e12,
  memoryBandwidthBytesPerS: null,
  memoryCapacityBytes: null,
  memoryEnergyPjPerBit: 6,
  computeEnergyPjPerOp: 0.2,
};

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

const THREE_B_INT4: LlmWorkload = {
  ...LLAMA_3B_INT4,
  paramsB: 3,
  contextTokens: 0,
  queryHeads: undefined,
  promptTokensPerRequest: 0,
  requestsPerMin: 0,
};

function llm(a: WorkloadAnalysis): LlmAnalysis {
  if (a.kind !== 'llm') throw new Error(`expected an LLM analysis, got ${a.kind}`);
  return a;
}
function units(a: WorkloadAnalysis): UnitAnalysis {
  if (a.kind !== 'vision' && a.kind !== 'worldModel')
    throw new Error(`expected a unit analysis, got ${a.kind}`);
  return a;
}
function codes(a: WorkloadAnalysis): string[] {
  return a.issues.map((i) => i.code);
}
function hasNonFinite(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasNonFinite);
  return false;
}

describe('devicePowerW: P = P_idle + clamp(u,0,1)·(P_max − P_idle)', () => {
  it('is linear between idle and max', () => {
    expect(devicePowerW(ORIN_NX, 0)).toBe(5);
    expect(devicePowerW(ORIN_NX, 0.25)).toBe(10); // 5 + 0.25 · 20
    expect(devicePowerW(ORIN_NX, 1)).toBe(25);
  });
  it('clamps u outside [0,1] and treats NaN as flat out', () => {
    expect(devicePowerW(ORIN_NX, 3)).toBe(25);
    expect(devicePowerW(ORIN_NX, -1)).toBe(5);
    expect(devicePowerW(ORIN_NX, NaN)).toBe(25);
    expect(devicePowerW({ idlePowerW: NaN, maxPowerW: NaN }, 0.5)).toBe(0);
  });
});

describe('analyseWorkload: LLM', () => {
  it('Llama 3.2 3B INT4 on Orin NX at 20 tok/s + 2 × 512-token prompts/min', () => {
    const a = llm(analyseWorkload(LLAMA_3B_INT4, ORIN_NX));
    // decode: 20 tok/s · (2,074,762,048 B / 71.68e9 B/s = 28.945 ms) = 0.57890
    // prefill: (2/60) /s · (3,332,225,236,992 ops / 25e12 = 133.29 ms) = 0.0044430
    expect(a.utilisationBreakdown?.decode).toBeCloseTo(0.578896, 5);
    expect(a.utilisationBreakdown?.prefill).toBeCloseTo(0.004443, 5);
    expect(a.utilisation).toBeCloseTo(0.583339, 5);
    expect(a.powerW).toBeCloseTo(5 + 0.583339 * 20, 3); // 16.667 W
    expect(a.feasible).toBe(true);
    expect(a.issues).toEqual([]);
    expect(a.memory).toMatchObject({ kvCacheBytes: 469_762_048, capacityBytes: 16e9, fits: true });
    // demand: 20 · 2,074,762,048 + (2/60) · 1,663,720,256 = 41.55 GB/s
    expect(a.demand?.bytesPerS).toBeCloseTo(20 * 2_074_762_048 + (2 / 60) * 1_663_720_256, -1);
  });

  it('utilisation is linear in the demanded decode rate (u = r / r_max without prefill)', () => {
    const u = (r: number) => analyseWorkload({ ...THREE_B_INT4, decodeTokensPerS: r }, ORIN_NX).utilisation;
    const rMax = 71.68e9 / 1.5e9; // 47.79 tok/s
    expect(u(10)).toBeCloseTo(10 / rMax, 12);
    expect(u(20)).toBeCloseTo(2 * u(10), 12);
    expect(u(0)).toBe(0);
  });

  it('utilisation is affine in the decode rate with prefill: u(r) = r·t_tok + req/s·t_prefill', () => {
    const u = (r: number) => analyseWorkload({ ...LLAMA_3B_INT4, decodeTokensPerS: r }, ORIN_NX).utilisation;
    const slope = u(11) - u(10);
    expect(u(30) - u(20)).toBeCloseTo(10 * slope, 10);
    expect(u(0)).toBeCloseTo((2 / 60) * (3_332_225_236_992 / 25e12), 12);
  });

  it('bandwidth exceeded: the message gives the needed and available GB/s', () => {
    // 3.84B params at 4 bits = 1.92e9 B/token; 20 tok/s → 38.4 GB/s; 0.7 · 25.6 = 17.92 GB/s
    const a = llm(analyseWorkload({ ...THREE_B_INT4, paramsB: 3.84 }, DX_M1));
    expect(a.feasible).toBe(false);
    expect(a.utilisation).toBeCloseTo(38.4 / 17.92, 9); // raw u = 2.14, not clamped
    expect(a.powerW).toBe(5); // power clamps at P_max
    const issue = a.issues.find((i) => i.code === 'AI_BANDWIDTH_EXCEEDED');
    expect(issue?.severity).toBe('error');
    expect(issue?.message).toContain(
      'Decode at 20 tok/s needs 38.4 GB/s of memory bandwidth; DX-M1 has 25.6 GB/s (at 70 % efficiency: 17.9 GB/s)',
    );
    // hint: r_max = 17.92e9 / 1.92e9 = 9.33 tok/s
    expect(issue?.message).toContain('9.33 tok/s');
  });

  it('memory too small: the message gives both sizes in GB', () => {
    // Llama 3 8B INT4: 8e9 · 4 / 8 = 4 GB weights + 0.47 GB KV at 4096 > 4 GB
    const a = analyseWorkload(
      { ...LLAMA_3B_INT4, paramsB: 8, decodeTokensPerS: 1, requestsPerMin: 0 },
      DX_M1,
    );
    const issue = a.issues.find((i) => i.code === 'AI_MEMORY_TOO_SMALL');
    expect(a.feasible).toBe(false);
    expect(issue?.message).toBe(
      "Weights 4 GB + KV cache 0.47 GB at 4096 tokens = 4.47 GB do not fit DX-M1's 4 GB of memory.",
    );
  });

  it('a shorter context makes the same model fit', () => {
    const a = analyseWorkload(
      { ...LLAMA_3B_INT4, paramsB: 7.5, contextTokens: 1024, decodeTokensPerS: 1, requestsPerMin: 0 },
      DX_M1,
    );
    // 3.75 GB + 114,688 · 1024 = 0.117 GB → 3.87 GB ≤ 4 GB
    expect(codes(a)).not.toContain('AI_MEMORY_TOO_SMALL');
  });

  it('compute exceeded: names needed and available TOPS', () => {
    // 0.1e12 peak · 0.5 = 0.05 TOPS; 3B INT4 needs 6e9 ops/token · 20 = 0.12 TOPS
    const a = analyseWorkload(THREE_B_INT4, { ...ORIN_NX, name: 'TinyNPU', peakOpsPerS: 0.1e12 });
    const issue = a.issues.find((i) => i.code === 'AI_COMPUTE_EXCEEDED');
    expect(issue?.message).toBe(
      'Decode at 20 tok/s needs 0.12 TOPS of compute; TinyNPU has 0.1 TOPS peak (at 50 % efficiency: 0.05 TOPS).',
    );
  });

  it('overloaded when phases serialise although each resource is within its limit', () => {
    // Device: 0.7 · 100e9 = 70e9 B/s, 0.5 · 10e12 = 5e12 ops/s.
    // Decode: 1e9 B/token (1B params at 8 bits) → 1/70 s; 56 tok/s → u = 0.8 (memory 56e9 B/s < 70e9).
    // Prefill: 500 tokens · 2e9 ops = 1e12 ops → 0.2 s; 90 requests/min = 1.5/s → u = 0.3
    // (ops 112e9 + 1.5e12 = 1.61e12 < 5e12). Total u = 1.1.
    const dev: DeviceSpec = {
      ...ORIN_NX,
      name: 'NPU-X',
      memoryBandwidthBytesPerS: 100e9,
      peakOpsPerS: 10e12,
    };
    const w: LlmWorkload = {
      ...THREE_B_INT4,
      paramsB: 1,
      bitsPerWeight: 8,
      layers: 1,
      kvHeads: 1,
      headDim: 1,
      decodeTokensPerS: 56,
      promptTokensPerRequest: 500,
      requestsPerMin: 90,
    };
    const a = llm(analyseWorkload(w, dev));
    expect(a.utilisation).toBeCloseTo(1.1, 5);
    expect(codes(a)).toEqual(['AI_OVERLOADED']);
    expect(a.issues[0]?.message).toContain('NPU-X would be busy 110 % of the time');
    expect(a.issues[0]?.message).toContain('decode 80 % (memory-bound) + prefill 30 % (compute-bound)');
  });

  it('near the limit: a warning above 90 % busy, still feasible', () => {
    const a = analyseWorkload({ ...THREE_B_INT4, decodeTokensPerS: 0.95 * (71.68e9 / 1.5e9) }, ORIN_NX);
    expect(a.feasible).toBe(true);
    expect(a.utilisation).toBeCloseTo(0.95, 9);
    expect(codes(a)).toEqual(['AI_NEAR_LIMIT']);
  });

  it('exactly at the roof is feasible (no rounding false alarm)', () => {
    const a = analyseWorkload({ ...THREE_B_INT4, decodeTokensPerS: 71.68e9 / 1.5e9 }, ORIN_NX);
    expect(a.feasible).toBe(true);
  });

  it('unknown bandwidth: warning with the needed GB/s, lower-bound utilisation, no invented memory time', () => {
    const dev = { ...DX_M1, memoryBandwidthBytesPerS: null };
    const a = llm(analyseWorkload({ ...THREE_B_INT4, paramsB: 3.84 }, dev));
    expect(a.feasible).toBe(true); // compute alone: 20 · 7.68e9 ops = 0.154 TOPS of 12.5
    expect(a.utilisationIsLowerBound).toBe(true);
    const issue = a.issues.find((i) => i.code === 'AI_BANDWIDTH_UNKNOWN');
    expect(issue?.severity).toBe('warning');
    expect(issue?.message).toContain('DX-M1 memory bandwidth is unknown');
    expect(issue?.message).toContain('needs 38.4 GB/s of memory bandwidth');
    expect(a.roofline?.decode.memoryTimeS).toBeNull();
    expect(a.energy?.memoryShareOfTime).toBeNull();
    expect(a.energy?.memoryBound).toBeNull();
    // memory energy needs no bandwidth: 1.92e9 B · 8 · 6 pJ = 0.09216 J
    expect(a.energy?.perToken.memoryJ).toBeCloseTo(0.09216, 9);
  });

  it('unknown capacity: a warning, the fit is not judged', () => {
    const a = llm(analyseWorkload(THREE_B_INT4, { ...ORIN_NX, memoryCapacityBytes: null }));
    expect(codes(a)).toEqual(['AI_MEMORY_CAPACITY_UNKNOWN']);
    expect(a.memory?.fits).toBeNull();
    expect(a.feasible).toBe(true);
  });
});

describe('analyseWorkload: energy per token', () => {
  it('breakdown for 3B INT4 on LPDDR5 (6 pJ/bit, 0.2 pJ/op): memory dominates the dynamic energy', () => {
    const a = llm(analyseWorkload(THREE_B_INT4, { ...ORIN_NX, idlePowerW: 0 }));
    const e = a.energy!;
    // memory: 1.5e9 B · 8 · 6e-12 = 0.072 J; compute: 6e9 · 0.2e-12 = 0.0012 J; static 0 (idle 0)
    expect(e.perToken.memoryJ).toBeCloseTo(0.072, 12);
    expect(e.perToken.computeJ).toBeCloseTo(0.0012, 12);
    expect(e.perToken.staticJ).toBe(0);
    // share = 0.072 / 0.0732 = 0.9836 > 0.8
    expect(e.memoryShareOfEnergy).toBeCloseTo(0.072 / 0.0732, 12);
    expect(e.memoryShareOfEnergy).toBeGreaterThan(0.8);
    expect(e.tokensPerJoule).toBeCloseTo(1 / 0.0732, 9);
    // time: 20.93 ms memory vs 0.24 ms compute → 98.9 % of the time moves data
    expect(e.memoryShareOfTime).toBeCloseTo(0.0209263 / (0.0209263 + 0.00024), 5);
    expect(e.memoryBound).toBe(true);
  });

  it('Llama 3.2 3B at 4096 context with 5 W idle: breakdown sums to the total; static power dominates', () => {
    const e = llm(analyseWorkload(LLAMA_3B_INT4, ORIN_NX)).energy!;
    const t = e.perToken;
    // memory 2,074,762,048 · 48e-12 = 0.099589 J; compute 7,829,286,144 · 0.2e-12 = 0.0015659 J
    // static 5 W · 28.945 ms = 0.14472 J; total 0.24588 J
    expect(t.memoryJ).toBeCloseTo(0.099589, 6);
    expect(t.computeJ).toBeCloseTo(0.0015659, 7);
    expect(t.staticJ).toBeCloseTo(0.14472, 5);
    expect(t.memoryJ + t.computeJ + t.staticJ).toBeCloseTo(t.totalJ, 15);
    expect(e.joulesPerToken).toBe(t.totalJ);
    expect(e.memoryShareOfDynamicEnergy).toBeCloseTo(0.98452, 5);
    expect(e.memoryShareOfEnergy).toBeCloseTo(0.40503, 5);
    // device level: P(u) / r = 16.667 W / 20 tok/s = 0.8333 J/token; at full speed 25 W / 34.55 = 0.7236
    expect(e.deviceJoulesPerToken).toBeCloseTo(0.833339, 5);
    expect(e.deviceJoulesPerTokenAtMaxRate).toBeCloseTo(25 / 34.5485, 4);
  });

  it.each([
    // context, r_max = 71.68e9 / (1.605e9 + 114,688·L), J/token, weights + KV (GB)
    [0, 44.66, 0.1903, 1.605],
    [4096, 34.55, 0.2459, 2.0748],
    [32768, 13.37, 0.6351, 5.3631],
    [131072, 4.31, 1.9694, 16.6374],
  ])('docs/ai-model.md context table: L = %i → %f tok/s, %f J/token, %f GB', (ctx, rMax, jPerToken, gb) => {
    const a = llm(analyseWorkload({ ...LLAMA_3B_INT4, contextTokens: ctx }, ORIN_NX));
    expect(a.roofline?.maxDecodeTokensPerS).toBeCloseTo(rMax, 2);
    expect(a.energy?.joulesPerToken).toBeCloseTo(jPerToken, 4);
    expect(a.energy?.memoryShareOfTime).toBeGreaterThan(0.98);
    expect((a.memory?.totalBytes ?? 0) / 1e9).toBeCloseTo(gb, 4);
    expect(codes(a).includes('AI_MEMORY_TOO_SMALL')).toBe(gb > 16);
  });

  it('prefill is not data-movement dominated: memory share of time ≈ 15 %', () => {
    const r = llm(analyseWorkload(LLAMA_3B_INT4, ORIN_NX)).roofline!;
    const mem = r.prefill.memoryTimeS!; // 23.2 ms
    const share = mem / (mem + r.prefill.computeTimeS); // vs 133.3 ms compute
    expect(share).toBeCloseTo(0.1483, 3);
    expect(r.prefill.bound).toBe('compute');
  });

  it('zero energy constants and zero idle give zero energy and null tokens/J, not NaN', () => {
    const a = llm(
      analyseWorkload(THREE_B_INT4, {
        ...ORIN_NX,
        idlePowerW: 0,
        memoryEnergyPjPerBit: 0,
        computeEnergyPjPerOp: 0,
      }),
    );
    expect(a.energy?.joulesPerToken).toBe(0);
    expect(a.energy?.tokensPerJoule).toBeNull();
    expect(a.energy?.memoryShareOfEnergy).toBe(0);
    expect(hasNonFinite(a)).toBe(false);
  });

  it('no demand: device energy per token is null, u = 0, P = idle', () => {
    const a = llm(analyseWorkload({ ...THREE_B_INT4, decodeTokensPerS: 0 }, ORIN_NX));
    expect(a.utilisation).toBe(0);
    expect(a.powerW).toBe(5);
    expect(a.energy?.deviceJoulesPerToken).toBeNull();
  });
});

describe('analyseWorkload: vision, world model, fixed', () => {
  it('vision without weight traffic: compute-bound, bandwidth not needed', () => {
    // YOLOv8s-like 28.6 GFLOP/frame at 30 fps = 0.858 TOPS of 0.5 · 26 = 13 TOPS → u = 0.066
    const a = units(analyseWorkload({ kind: 'vision', gflopsPerFrame: 28.6, framesPerS: 30 }, HAILO_8));
    expect(a.utilisation).toBeCloseTo(0.858 / 13, 12);
    expect(a.powerW).toBeCloseTo(0.5 + (0.858 / 13) * 2, 12);
    expect(a.issues).toEqual([]);
    expect(a.energy?.unit).toBe('frame');
    // 28.6e9 ops · 0.2 pJ = 5.72 mJ; static 0.5 W · 2.2 ms = 1.1 mJ
    expect(a.energy?.perUnit.computeJ).toBeCloseTo(0.00572, 12);
    expect(a.energy?.perUnit.staticJ).toBeCloseTo(0.5 * (28.6e9 / 13e12), 12);
    expect(a.energy?.memoryShareOfTime).toBe(0);
  });

  it('vision over the compute roof: needed vs available TOPS', () => {
    // 100 GFLOP · 200 fps = 20 TOPS > 13 TOPS
    const a = analyseWorkload({ kind: 'vision', gflopsPerFrame: 100, framesPerS: 200 }, HAILO_8);
    expect(a.feasible).toBe(false);
    expect(a.issues.find((i) => i.code === 'AI_COMPUTE_EXCEEDED')?.message).toBe(
      'Vision at 200 frames/s needs 20 TOPS of compute; Hailo-8 has 26 TOPS peak (at 50 % efficiency: 13 TOPS).',
    );
  });

  it('vision with weights on a device of unknown bandwidth warns', () => {
    const a = analyseWorkload(
      { kind: 'vision', gflopsPerFrame: 8.7, framesPerS: 30, weightsBytes: 11e6 },
      HAILO_8,
    );
    expect(codes(a)).toEqual(['AI_MEMORY_CAPACITY_UNKNOWN', 'AI_BANDWIDTH_UNKNOWN']);
    expect(a.utilisationIsLowerBound).toBe(true);
  });

  it('world model: weights read per clip, memory-bound at low arithmetic intensity', () => {
    // 1B params at 16 bits = 2e9 B/clip → 2e9 / 71.68e9 = 27.9 ms; 50 GFLOP / 25e12 = 2 ms
    const a = units(
      analyseWorkload(
        { kind: 'worldModel', gflopsPerClip: 50, clipsPerS: 10, paramsB: 1, bitsPerWeight: 16 },
        ORIN_NX,
      ),
    );
    expect(a.roofline?.bound).toBe('memory');
    expect(a.utilisation).toBeCloseTo(10 * (2e9 / 71.68e9), 12);
    expect(a.energy?.unit).toBe('clip');
    expect(a.energy?.perUnit.memoryJ).toBeCloseTo(2e9 * 8 * 6e-12, 12);
  });

  it('world model with paramsB but no bitsPerWeight warns and counts no weight traffic', () => {
    const a = units(
      analyseWorkload({ kind: 'worldModel', gflopsPerClip: 50, clipsPerS: 1, paramsB: 1 }, ORIN_NX),
    );
    expect(codes(a)).toEqual(['AI_WEIGHT_BITS_UNKNOWN']);
    expect(a.roofline?.step.bytes).toBe(0);
  });

  it('fixed utilisation: power linear; above 1 is AI_OVERLOADED with raw u reported', () => {
    const half = analyseWorkload({ kind: 'fixed', utilisation: 0.5 }, ORIN_NX);
    expect(half).toMatchObject({ kind: 'fixed', utilisation: 0.5, powerW: 15, feasible: true, issues: [] });
    const over = analyseWorkload({ kind: 'fixed', utilisation: 1.2 }, ORIN_NX);
    expect(over).toMatchObject({ utilisation: 1.2, powerW: 25, feasible: false });
    expect(codes(over)).toEqual(['AI_OVERLOADED']);
  });
});

describe('analyseWorkload: invalid inputs give issues, never NaN', () => {
  const cases: [string, Workload, DeviceSpec, string][] = [
    ['zero params', { ...THREE_B_INT4, paramsB: 0 }, ORIN_NX, 'workload.paramsB'],
    ['NaN context', { ...THREE_B_INT4, contextTokens: NaN }, ORIN_NX, 'workload.contextTokens'],
    ['negative rate', { ...THREE_B_INT4, decodeTokensPerS: -1 }, ORIN_NX, 'workload.decodeTokensPerS'],
    ['zero peak', THREE_B_INT4, { ...ORIN_NX, peakOpsPerS: 0 }, 'device.peakOpsPerS'],
    [
      'zero bandwidth',
      THREE_B_INT4,
      { ...ORIN_NX, memoryBandwidthBytesPerS: 0 },
      'device.memoryBandwidthBytesPerS',
    ],
    ['max < idle', THREE_B_INT4, { ...ORIN_NX, maxPowerW: 1 }, 'device.maxPowerW'],
    [
      'infinite pJ/bit',
      THREE_B_INT4,
      { ...ORIN_NX, memoryEnergyPjPerBit: Infinity },
      'device.memoryEnergyPjPerBit',
    ],
    ['zero fps', { kind: 'vision', gflopsPerFrame: 0, framesPerS: 30 }, ORIN_NX, 'workload.gflopsPerFrame'],
    ['negative fixed', { kind: 'fixed', utilisation: -0.1 }, ORIN_NX, 'workload.utilisation'],
  ];
  it.each(cases)('%s', (_label, w, d, field) => {
    const a = analyseWorkload(w, d);
    expect(a.feasible).toBe(false);
    expect(a.issues.some((i) => i.code === 'AI_INVALID_INPUT' && i.field === field)).toBe(true);
    expect(hasNonFinite(a)).toBe(false);
    expect(a.utilisation).toBe(1); // assumed flat out
  });

  it('efficiency outside (0, 1]', () => {
    const a = analyseWorkload(THREE_B_INT4, ORIN_NX, { bandwidth: 1.5, compute: 0 });
    expect(a.issues.map((i) => i.field)).toEqual(['efficiency.bandwidth', 'efficiency.compute']);
  });

  it('unknown workload kind from untyped JSON', () => {
    const a = analyseWorkload({ kind: 'quantum' } as unknown as Workload, ORIN_NX);
    expect(a.issues[0]?.field).toBe('workload.kind');
    expect(a.feasible).toBe(false);
  });

  it('issue codes are the published stable set', () => {
    expect(AI_ISSUE_CODES).toEqual([
      'AI_INVALID_INPUT',
      'AI_BANDWIDTH_EXCEEDED',
      'AI_COMPUTE_EXCEEDED',
      'AI_OVERLOADED',
      'AI_MEMORY_TOO_SMALL',
      'AI_BANDWIDTH_UNKNOWN',
      'AI_MEMORY_CAPACITY_UNKNOWN',
      'AI_WEIGHT_BITS_UNKNOWN',
      'AI_NEAR_LIMIT',
    ]);
  });
});

describe('formatNumber', () => {
  it('prints 3 significant figures below 100, one decimal below 1000, no trailing zeros', () => {
    expect([38.4, 17.92, 25.6, 1.5, 0.4698, 102.4, 1186.2, 0, 20].map(formatNumber)).toEqual([
      '38.4',
      '17.9',
      '25.6',
      '1.5',
      '0.47',
      '102.4',
      '1186',
      '0',
      '20',
    ]);
  });
});
