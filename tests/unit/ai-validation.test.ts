import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  fitTerms,
  isSmallModel,
  MEASUREMENTS,
  predictMeasurement,
  validationRows,
  validationStats,
} from '../../src/analysis/ai-validation';
import { fitRuntimes, predictFromFit } from '../../src/analysis/runtime-fit';
import { findAccelerator, findRuntime, RUNTIMES } from '../../src/catalog';
import { AI_VALIDATION_PAGE, aiValidationFile } from '../../scripts/ai-validation';
import { ROOT } from './plan-helpers';

// The AI model against the published measurements: the statistics hold, the catalog is the fit, the page is
// current, and the fit's formula is the model's.

const rows = validationRows();
const terms = MEASUREMENTS.measurements.map(fitTerms).filter((t) => t !== null);

describe('predictions against published measurements', () => {
  it('every measurement carries its source and the words it was read from; exclusions say why', () => {
    for (const m of MEASUREMENTS.measurements) {
      expect(m.source.url).toMatch(/^https?:\/\//);
      expect(m.source.quote.length).toBeGreaterThan(5);
      if (!m.use) expect(m.excludedBecause).toMatch(/\S/);
    }
    expect(rows.length).toBeGreaterThanOrEqual(100);
  });

  it('median predicted/measured within 0.9–1.1 and ≥ 80 % within ±30 %, for models under 1.5 B and larger', () => {
    const small = validationStats(rows.filter((r) => isSmallModel(r.m)).map((r) => r.p.ratio));
    const large = validationStats(rows.filter((r) => !isSmallModel(r.m)).map((r) => r.p.ratio));
    for (const s of [small, large]) {
      expect(s.count).toBeGreaterThan(40);
      expect(s.medianRatio).toBeGreaterThanOrEqual(0.9);
      expect(s.medianRatio).toBeLessThanOrEqual(1.1);
      expect(s.within30Percent).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('per runtime with several sources: llama.cpp, MLC, vLLM, TensorRT Edge-LLM and HailoRT each meet the target', () => {
    for (const rt of ['llama.cpp', 'mlc-llm', 'vllm', 'tensorrt-edge-llm', 'hailort-genai']) {
      const s = validationStats(rows.filter((r) => r.p.runtime === rt).map((r) => r.p.ratio));
      expect(s.medianRatio, rt).toBeGreaterThanOrEqual(0.9);
      expect(s.medianRatio, rt).toBeLessThanOrEqual(1.1);
      expect(s.within30Percent, rt).toBeGreaterThanOrEqual(0.8);
    }
  });

  it('the plain roofline it replaces was the optimistic spreadsheet: 1.5× too fast, 2.2× for small models', () => {
    const base = validationRows(true);
    expect(validationStats(base.map((r) => r.p.ratio)).medianRatio).toBeGreaterThan(1.4);
    expect(
      validationStats(base.filter((r) => isSmallModel(r.m)).map((r) => r.p.ratio)).medianRatio,
    ).toBeGreaterThan(2);
  });
});

describe('the catalog is the fit', () => {
  const fit = fitRuntimes(terms);
  const close = (a: number | null, b: number | null) => {
    if (a === null || b === null) return a === b;
    return Math.abs(a - b) <= 0.005 * Math.max(Math.abs(a), Math.abs(b)) + 0.006;
  };

  it('each fitted runtime constant equals a re-fit (to the 3 significant figures the catalog keeps)', () => {
    for (const r of fit.runtimes) {
      const c = findRuntime(r.runtime)!;
      expect(close(c.bandwidthEfficiency.value, r.bandwidthEfficiency), `${r.runtime} η`).toBe(true);
      expect(close(c.perTokenOverheadMs.value, r.perTokenOverheadMs), `${r.runtime} t0`).toBe(true);
      expect(close(c.perVocabOverheadMs.value, r.perVocabOverheadMs), `${r.runtime} s`).toBe(true);
      if (r.prefillComputeEfficiency !== null)
        expect(close(c.prefillComputeEfficiency.value, r.prefillComputeEfficiency), `${r.runtime} ηc`).toBe(
          true,
        );
      expect(c.bandwidthEfficiency.confidence).toBe('fitted');
    }
  });

  it("the Orin Nano power-mode scales equal a re-fit, and HailoRT fits at η = 1 against Hailo-10H's fitted bandwidth", () => {
    const modes = findAccelerator('jetson-orin-nano-8gb-super')!.powerModes!;
    for (const m of fit.modes) {
      const c = modes.find((x) => x.id === m.mode)!;
      expect(close(c.bandwidthScale.value, m.bandwidthScale), `${m.mode} κ`).toBe(true);
      expect(close(c.overheadScale.value, m.overheadScale), `${m.mode} σ`).toBe(true);
    }
    expect(fit.runtimes.find((r) => r.runtime === 'hailort-genai')!.bandwidthEfficiency).toBeCloseTo(1, 2);
    expect(findAccelerator('hailo-10h')!.memoryBandwidthGBps).toMatchObject({
      value: 7.05,
      confidence: 'fitted',
    });
  });

  it("the fit's formula is the model's: for every measurement both predict the same rate", () => {
    for (const t of terms) {
      const m = MEASUREMENTS.measurements.find((x) => x.id === t.id)!;
      const viaModel = predictMeasurement(m)!;
      const viaFit = 1 / predictFromFit(t, fit)!;
      const measuredRatio = viaModel.tokensPerS / m.tokensPerS;
      expect(Math.abs(viaFit / m.tokensPerS - measuredRatio), `#${t.id}`).toBeLessThan(0.02 * measuredRatio);
    }
  });

  it('every runtime offered in plans names a default format or leaves the nominal bits, and carries a source', () => {
    for (const r of RUNTIMES) {
      expect(r.bandwidthEfficiency.source).toMatch(/\S/);
      expect(r.bandwidthEfficiency.value!).toBeGreaterThan(0);
      expect(r.bandwidthEfficiency.value!).toBeLessThanOrEqual(1);
    }
  });
});

describe('docs/ai-validation.md', () => {
  it('is what scripts/ai-validation.ts generates today (npm run docs:ai-validation)', async () => {
    const path = join(ROOT, AI_VALIDATION_PAGE);
    expect(readFileSync(path, 'utf8')).toBe(await aiValidationFile(path));
  });
});
