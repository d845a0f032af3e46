import { describe, expect, it } from 'vitest';
import {
  llmBytesPerToken,
  llmKvCacheBytes,
  llmRoofline,
  llmWeightBytes,
  type LlmWorkload,
} from '../../src/ai';
import {
  fileBitsPerWeight,
  ggmlTypeForRow,
  useMoreBits,
  weightBits,
  type LlmArchitecture,
} from '../../src/ai/quantisation';
import { findWeightFormat, WEIGHT_FORMATS } from '../../src/catalog';

// True bytes per token: the GGUF type rules against llama.cpp's published bits per weight, the row-length
// fall-backs that make small "4-bit" models 6+ bits, the head read in full, sliding-window KV, and the
// per-token overhead in the decode step.

const LLAMA2_7B: LlmArchitecture = {
  hiddenSize: 4096,
  intermediateSize: 11008,
  layers: 32,
  queryHeads: 32,
  kvHeads: 32,
  headDim: 128,
  vocabSize: 32000,
  tiedEmbeddings: false,
};
const LLAMA2_7B_BLOCKS = 32 * (4 * 4096 * 4096 + 3 * 4096 * 11008);

describe('GGUF type mixes', () => {
  it("reproduce llama.cpp's published bits per weight for Llama 2 7B (tools/quantize/README.md)", () => {
    const bpw = (mix: 'Q4_K_M' | 'Q5_K_M' | 'Q3_K_M' | 'Q6_K') =>
      fileBitsPerWeight(LLAMA2_7B, { kind: 'gguf', mix }, LLAMA2_7B_BLOCKS);
    expect(bpw('Q4_K_M')).toBeCloseTo(4.84, 2);
    expect(bpw('Q5_K_M')).toBeCloseTo(5.68, 2);
    expect(bpw('Q3_K_M')).toBeCloseTo(3.91, 2);
    expect(bpw('Q6_K')).toBeCloseTo(6.56, 2);
  });

  it('use_more_bits picks the first and last eighth and every third layer between (integer division, as in C)', () => {
    const picked = [...Array(32).keys()].filter((i) => useMoreBits(i, 32));
    expect(picked).toEqual([0, 1, 2, 3, 6, 9, 12, 15, 18, 21, 24, 27, 28, 29, 30, 31]);
  });

  it('rows that are not a multiple of 256 fall back: a "4-bit" SmolLM2-135M is 6.2 bits per parameter', () => {
    expect(ggmlTypeForRow('Q4_K', 576)).toBe('Q5_0');
    expect(ggmlTypeForRow('Q6_K', 576)).toBe('Q8_0');
    expect(ggmlTypeForRow('Q4_K', 2048)).toBe('Q4_K');
    const smol: LlmArchitecture = {
      hiddenSize: 576,
      intermediateSize: 1536,
      layers: 30,
      queryHeads: 9,
      kvHeads: 3,
      headDim: 64,
      vocabSize: 49152,
      tiedEmbeddings: true,
    };
    const b = weightBits(smol, { kind: 'gguf', mix: 'Q4_K_M' });
    // The tied table is the output: Q6_K asked, Q8_0 (8.5 bpw) for its 576-wide rows.
    expect(b.headBits).toBe(8.5);
    expect(b.embeddingBits).toBe(8.5);
    const blocks = 30 * (2 * 576 * 576 + 2 * 576 * 192 + 3 * 576 * 1536);
    expect(fileBitsPerWeight(smol, { kind: 'gguf', mix: 'Q4_K_M' }, blocks)).toBeCloseTo(6.16, 2);
  });

  it('every catalog format is between 4 and 16 bits and carries a source', () => {
    for (const f of WEIGHT_FORMATS) {
      const b = weightBits(LLAMA2_7B, f.rule);
      for (const x of [b.blockBits, b.headBits, b.embeddingBits]) {
        expect(x).toBeGreaterThanOrEqual(3.4);
        expect(x).toBeLessThanOrEqual(16);
      }
      expect(f.source).toMatch(/\S/);
    }
    // AWQ INT4 g128: 4 + 16/128 + 4/128; its head stays FP16.
    const awq = weightBits(LLAMA2_7B, findWeightFormat('awq-int4')!.rule);
    expect(awq.blockBits).toBeCloseTo(4.15625, 12);
    expect(awq.headBits).toBe(16);
  });
});

describe('bytes read per token', () => {
  const base: LlmWorkload = {
    kind: 'llm',
    paramsB: 3.213,
    bitsPerWeight: 4,
    layers: 28,
    kvHeads: 8,
    headDim: 128,
    kvBits: 16,
    contextTokens: 0,
    decodeTokensPerS: 0,
    promptTokensPerRequest: 0,
    requestsPerMin: 0,
  };

  it('without a layout: params × nominal bits (the old rule, kept exactly)', () => {
    expect(llmWeightBytes(base)).toEqual({ perTokenBytes: 3.213e9 / 2, residentBytes: 3.213e9 / 2 });
  });

  it('with one: blocks + the head in full + one embedding row; resident adds the untied table', () => {
    const V = 128256;
    const H = 3072;
    const w: LlmWorkload = {
      ...base,
      weightLayout: {
        blockBits: 4.5,
        headBits: 16,
        embeddingBits: 16,
        vocabSize: V,
        hiddenSize: H,
        tiedEmbeddings: false,
      },
    };
    const E = V * H;
    const blocks = 3.213e9 - 2 * E;
    const b = llmWeightBytes(w);
    expect(b.perTokenBytes).toBeCloseTo((blocks * 4.5) / 8 + E * 2 + H * 2, 0);
    expect(b.residentBytes).toBeCloseTo((blocks * 4.5) / 8 + E * 2 + E * 2, 0);
    // Tied: one table, read in full as the head; nothing extra resident.
    const tied = llmWeightBytes({ ...w, weightLayout: { ...w.weightLayout!, tiedEmbeddings: true } });
    expect(tied.residentBytes).toBeCloseTo(((3.213e9 - E) * 4.5) / 8 + E * 2, 0);
  });

  it('sliding-window layers keep only their window; layers without attention keep no KV', () => {
    const w: LlmWorkload = { ...base, layers: 26, kvHeads: 1, headDim: 256, contextTokens: 4096 };
    const perLayerToken = 2 * 1 * 256 * 2;
    expect(llmKvCacheBytes(w)).toBe(26 * perLayerToken * 4096);
    const gemma = { ...w, attentionLayout: { fullLayers: 4, slidingLayers: 22, slidingWindowTokens: 512 } };
    expect(llmKvCacheBytes(gemma)).toBe(perLayerToken * (4 * 4096 + 22 * 512));
    const hybrid = { ...w, attentionLayout: { fullLayers: 6, slidingLayers: 0, slidingWindowTokens: 0 } };
    expect(llmBytesPerToken(hybrid).kvBytes).toBe(perLayerToken * 6 * 4096);
  });

  it('a runtime overhead adds to every decode step: t = max(memory, compute) + t₀, r_max = 1 / t', () => {
    const device = {
      name: 'd',
      idlePowerW: 1,
      maxPowerW: 10,
      peakOpsPerS: 50e12,
      memoryBandwidthBytesPerS: 100e9,
      memoryCapacityBytes: null,
      memoryEnergyPjPerBit: 6,
      computeEnergyPjPerOp: 0.2,
    };
    const plain = llmRoofline(base, device, { bandwidth: 0.5, compute: 0.5 });
    const slow = llmRoofline(base, device, { bandwidth: 0.5, compute: 0.5, perTokenOverheadS: 0.004 });
    expect(plain.decodeTimePerTokenS).toBeCloseTo(3.213e9 / 2 / 50e9, 15);
    expect(slow.decodeTimePerTokenS).toBeCloseTo(plain.decodeTimePerTokenS + 0.004, 15);
    expect(slow.maxDecodeTokensPerS).toBeCloseTo(1 / slow.decodeTimePerTokenS, 12);
  });
});
