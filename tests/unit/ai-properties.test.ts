import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyseWorkload,
  devicePowerW,
  llmRoofline,
  type DeviceSpec,
  type Efficiency,
  type LlmWorkload,
  type Workload,
} from '../../src/ai';

function hasNonFinite(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasNonFinite);
  return false;
}

const pos = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

const deviceArb: fc.Arbitrary<DeviceSpec> = fc
  .record({
    idlePowerW: pos(0, 100),
    extraW: pos(0, 1000),
    peakOpsPerS: pos(1e9, 1e18),
    memoryBandwidthBytesPerS: fc.option(pos(1e8, 1e13), { nil: null }),
    memoryCapacityBytes: fc.option(pos(1e6, 1e13), { nil: null }),
    memoryEnergyPjPerBit: pos(0, 50),
    computeEnergyPjPerOp: pos(0, 10),
  })
  .map(({ extraW, ...d }) => ({ name: 'Dev', ...d, maxPowerW: d.idlePowerW + extraW }));

const efficiencyArb: fc.Arbitrary<Efficiency> = fc.record({ bandwidth: pos(0.01, 1), compute: pos(0.01, 1) });

const llmArb: fc.Arbitrary<LlmWorkload> = fc.record({
  kind: fc.constant('llm' as const),
  paramsB: pos(0.01, 1000),
  bitsPerWeight: pos(1, 32),
  layers: fc.integer({ min: 1, max: 200 }),
  kvHeads: fc.integer({ min: 1, max: 128 }),
  headDim: fc.integer({ min: 16, max: 512 }),
  kvBits: pos(2, 32),
  contextTokens: fc.integer({ min: 0, max: 1_000_000 }),
  decodeTokensPerS: pos(0, 10_000),
  promptTokensPerRequest: fc.integer({ min: 0, max: 100_000 }),
  requestsPerMin: pos(0, 10_000),
});

const workloadArb: fc.Arbitrary<Workload> = fc.oneof(
  llmArb,
  fc.record({
    kind: fc.constant('vision' as const),
    gflopsPerFrame: pos(0.001, 1e5),
    framesPerS: pos(0, 1000),
    weightsBytes: fc.option(pos(0, 1e11), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('worldModel' as const),
    gflopsPerClip: pos(0.001, 1e6),
    clipsPerS: pos(0, 100),
    paramsB: fc.option(pos(0.001, 100), { nil: undefined }),
    bitsPerWeight: fc.option(pos(1, 32), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('fixed' as const), utilisation: pos(0, 2) }),
);

describe('properties', () => {
  it('all outputs are finite for random positive inputs; power within [idle, max]; feasibility ⇔ no error', () => {
    fc.assert(
      fc.property(workloadArb, deviceArb, efficiencyArb, (w, d, e) => {
        const a = analyseWorkload(w, d, e);
        expect(hasNonFinite(a)).toBe(false);
        expect(a.powerW).toBeGreaterThanOrEqual(d.idlePowerW);
        expect(a.powerW).toBeLessThanOrEqual(d.maxPowerW);
        expect(a.utilisation).toBeGreaterThanOrEqual(0);
        expect(a.feasible).toBe(a.issues.every((i) => i.severity !== 'error'));
        for (const i of a.issues) expect(i.message).not.toMatch(/NaN|Infinity|undefined/);
        // Load errors appear exactly when the raw busy fraction exceeds 1 (memory fit aside).
        const loadError = a.issues.some((i) =>
          ['AI_BANDWIDTH_EXCEEDED', 'AI_COMPUTE_EXCEEDED', 'AI_OVERLOADED'].includes(i.code),
        );
        expect(loadError).toBe(a.utilisation > 1 + 1e-9);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws and never returns NaN, whatever the numbers (including NaN, ±Infinity, negatives)', () => {
    const anyNum = fc.oneof(fc.double(), fc.constant(0), fc.constant(-1));
    fc.assert(
      fc.property(
        fc.record({
          paramsB: anyNum,
          bitsPerWeight: anyNum,
          contextTokens: anyNum,
          decodeTokensPerS: anyNum,
          peakOpsPerS: anyNum,
          bw: fc.option(anyNum, { nil: null }),
          idle: anyNum,
          max: anyNum,
          eta: anyNum,
        }),
        (x) => {
          const w: LlmWorkload = {
            kind: 'llm',
            paramsB: x.paramsB,
            bitsPerWeight: x.bitsPerWeight,
            layers: 28,
            kvHeads: 8,
            headDim: 128,
            kvBits: 16,
            contextTokens: x.contextTokens,
            decodeTokensPerS: x.decodeTokensPerS,
            promptTokensPerRequest: 100,
            requestsPerMin: 1,
          };
          const d: DeviceSpec = {
            name: 'Dev',
            idlePowerW: x.idle,
            maxPowerW: x.max,
            peakOpsPerS: x.peakOpsPerS,
            memoryBandwidthBytesPerS: x.bw,
            memoryCapacityBytes: 8e9,
            memoryEnergyPjPerBit: 6,
            computeEnergyPjPerOp: 0.2,
          };
          const a = analyseWorkload(w, d, { bandwidth: x.eta, compute: 0.5 });
          expect(hasNonFinite(a)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('utilisation is linear in the decode rate without prefill: u(k·r) = k·u(r)', () => {
    fc.assert(
      fc.property(llmArb, deviceArb, pos(0.1, 100), fc.oneof(fc.constant(0), pos(0.01, 10)), (w, d, r, k) => {
        const base = { ...w, requestsPerMin: 0 };
        const u1 = analyseWorkload({ ...base, decodeTokensPerS: r }, d).utilisation;
        const uk = analyseWorkload({ ...base, decodeTokensPerS: k * r }, d).utilisation;
        expect(Math.abs(uk - k * u1)).toBeLessThanOrEqual(1e-9 * k * u1);
      }),
    );
  });

  it('energy breakdown sums to its total; decode time = 1 / r_max', () => {
    fc.assert(
      fc.property(llmArb, deviceArb, efficiencyArb, (w, d, e) => {
        const a = analyseWorkload(w, d, e);
        if (a.kind !== 'llm' || !a.energy || !a.roofline) return;
        const t = a.energy.perToken;
        expect(Math.abs(t.memoryJ + t.computeJ + t.staticJ - t.totalJ)).toBeLessThanOrEqual(1e-12 * t.totalJ);
        expect(a.roofline.decodeTimePerTokenS * a.roofline.maxDecodeTokensPerS).toBeCloseTo(1, 9);
        expect(a.energy.memoryShareOfEnergy).toBeGreaterThanOrEqual(0);
        expect(a.energy.memoryShareOfEnergy).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('more bandwidth never lowers the max decode rate', () => {
    fc.assert(
      fc.property(llmArb, deviceArb, pos(1, 10), (w, d, k) => {
        const bw = d.memoryBandwidthBytesPerS ?? 1e11;
        const slow = llmRoofline(w, { ...d, memoryBandwidthBytesPerS: bw });
        const fast = llmRoofline(w, { ...d, memoryBandwidthBytesPerS: bw * k });
        expect(fast.maxDecodeTokensPerS).toBeGreaterThanOrEqual(slow.maxDecodeTokensPerS * (1 - 1e-12));
      }),
    );
  });

  it('devicePowerW stays in [idle, max] for any utilisation', () => {
    fc.assert(
      fc.property(pos(0, 100), pos(0, 1000), fc.double(), (idle, extra, u) => {
        const p = devicePowerW({ idlePowerW: idle, maxPowerW: idle + extra }, u);
        expect(p).toBeGreaterThanOrEqual(idle);
        expect(p).toBeLessThanOrEqual(idle + extra);
      }),
    );
  });
});
