/**
 * Fitting inference runtimes to published measurements (docs/ai-validation.md, "The fit").
 *
 * For each measurement (src/analysis/ai-validation.ts `fitTerms`) the model's time per output token is
 *
 *     t = (1/η) · memS/κ_mode + t₀ · σ_mode + s · σ_mode · V/100 000 + (1/η_c) · prefillS/out
 *
 * which is linear in (1/η, t₀, s, 1/η_c) once the power-mode scales κ and σ are fixed, and linear in (1/κ, σ)
 * once the runtime's figures are fixed. The fit alternates the two weighted least-squares problems (weights
 * 1/t², so every measurement counts by its relative error) until they settle:
 *
 * - per runtime: 1/η and t₀ always; s for runtimes that sample on the host (llama.cpp, MLC); 1/η_c when the
 *   runtime has end-to-end measurements. Ollama runs llama.cpp's kernels: it shares llama.cpp's η and s and
 *   fits only its own t₀;
 * - per power mode other than a chip's reference: κ and σ, from the llama.cpp measurements in that mode (one
 *   source measured eight models in every Orin Nano mode with the same settings).
 *
 * Bounds: η ≤ 1 and η_c ≤ 1 (no runtime beats the peak), t₀, s ≥ 0, κ ≤ 1; a coefficient that would cross
 * its bound is held there and the rest refitted.
 */
import type { FitTerms } from './ai-validation';

/** Runtimes whose per-token time grows with the vocabulary (sampling over the logits on the host). */
export const VOCAB_SAMPLING_RUNTIMES: ReadonlySet<string> = new Set(['llama.cpp', 'mlc-llm']);
/** Runtimes that run another's kernels: their η and s are that runtime's, only t₀ is their own. */
export const KERNELS_OF: Readonly<Record<string, string>> = { ollama: 'llama.cpp' };

export interface RuntimeFit {
  runtime: string;
  bandwidthEfficiency: number;
  perTokenOverheadMs: number;
  perVocabOverheadMs: number;
  /** Null when the runtime has no end-to-end measurements to fit it from. */
  prefillComputeEfficiency: number | null;
  measurements: number;
}

export interface ModeFit {
  mode: string;
  bandwidthScale: number;
  overheadScale: number;
  measurements: number;
}

export interface FitResult {
  runtimes: RuntimeFit[];
  modes: ModeFit[];
}

/** Weighted least squares `min Σ w (y − X·b)²` by the normal equations (at most a few unknowns). */
function wls(X: number[][], y: number[], w: number[]): number[] | null {
  const k = X[0]?.length ?? 0;
  const A = Array.from({ length: k }, () => new Array<number>(k + 1).fill(0));
  for (let i = 0; i < X.length; i++) {
    for (let r = 0; r < k; r++) {
      for (let c = 0; c < k; c++) A[r]![c]! += w[i]! * X[i]![r]! * X[i]![c]!;
      A[r]![k]! += w[i]! * X[i]![r]! * y[i]!;
    }
  }
  // Gaussian elimination with partial pivoting.
  for (let c = 0; c < k; c++) {
    let p = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(A[r]![c]!) > Math.abs(A[p]![c]!)) p = r;
    if (Math.abs(A[p]![c]!) < 1e-300) return null;
    [A[c], A[p]] = [A[p]!, A[c]!];
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = A[r]![c]! / A[c]![c]!;
      for (let j = c; j <= k; j++) A[r]![j]! -= f * A[c]![j]!;
    }
  }
  return A.map((row, i) => row[k]! / row[i]!);
}

/**
 * Bounded WLS: columns may be held at a bound (`lower`), the rest fitted; a fitted value that crosses its bound
 * is held there and the rest refitted, until none does.
 */
function boundedWls(X: number[][], y: number[], w: number[], lower: number[]): number[] {
  const k = lower.length;
  const held = new Map<number, number>();
  for (let pass = 0; pass <= k; pass++) {
    const free = [...Array(k).keys()].filter((j) => !held.has(j));
    const yAdj = y.map((v, i) => v - [...held].reduce((s, [j, b]) => s + X[i]![j]! * b, 0));
    const b = free.length
      ? wls(
          X.map((row) => free.map((j) => row[j]!)),
          yAdj,
          w,
        )
      : [];
    if (!b) break;
    const coef = new Array<number>(k);
    free.forEach((j, n) => (coef[j] = b[n]!));
    for (const [j, v] of held) coef[j] = v;
    const crossing = free.filter((j) => coef[j]! < lower[j]!);
    if (crossing.length === 0) return coef;
    for (const j of crossing) held.set(j, lower[j]!);
  }
  return lower.map((l, j) => (held.has(j) ? held.get(j)! : l));
}

const modeKey = (t: FitTerms) => t.powerMode ?? '';

/** Fit every runtime (and the power-mode scales) to the measurements' terms. */
export function fitRuntimes(terms: readonly FitTerms[], iterations = 60): FitResult {
  const kappa = new Map<string, number>();
  const sigma = new Map<string, number>();
  const k = (t: FitTerms) => kappa.get(modeKey(t)) ?? 1;
  const sg = (t: FitTerms) => sigma.get(modeKey(t)) ?? 1;
  const fits = new Map<string, { a: number; t0: number; s: number; c: number | null; n: number }>();
  const runtimes = [...new Set(terms.map((t) => t.runtime))].filter((r) => !(r in KERNELS_OF));
  for (let it = 0; it < iterations; it++) {
    for (const r of runtimes) {
      const rows = terms.filter((t) => t.runtime === r);
      const sampling = VOCAB_SAMPLING_RUNTIMES.has(r);
      const e2e = rows.some((t) => t.metric === 'end-to-end');
      const X = rows.map((t) => [
        t.memS / k(t),
        sg(t),
        ...(sampling ? [(sg(t) * t.vocab) / 1e5] : []),
        ...(e2e ? [t.metric === 'end-to-end' ? t.prefillS / t.outputTokens : 0] : []),
      ]);
      const y = rows.map((t) => t.measuredS);
      const w = y.map((v) => 1 / (v * v));
      const lower = [1, 0, ...(sampling ? [0] : []), ...(e2e ? [1] : [])];
      const b = boundedWls(X, y, w, lower);
      fits.set(r, {
        a: b[0]!,
        t0: b[1]!,
        s: sampling ? b[2]! : 0,
        c: e2e ? b[b.length - 1]! : null,
        n: rows.length,
      });
    }
    // Runtimes on another's kernels: that runtime's η and s, their own t₀ (WLS with the rest fixed).
    for (const [r, base] of Object.entries(KERNELS_OF)) {
      const rows = terms.filter((t) => t.runtime === r);
      const f = fits.get(base);
      if (!rows.length || !f) continue;
      const y = rows.map((t) => t.measuredS - (f.a * t.memS) / k(t) - (f.s * sg(t) * t.vocab) / 1e5);
      const w = rows.map((t) => 1 / (t.measuredS * t.measuredS));
      const b = boundedWls(
        rows.map((t) => [sg(t)]),
        y,
        w,
        [0],
      );
      fits.set(r, { a: f.a, t0: b[0]!, s: f.s, c: null, n: rows.length });
    }
    // Power modes: κ and σ from llama.cpp's measurements in each non-reference mode.
    const modes = [...new Set(terms.map(modeKey))].filter((m) => m !== '');
    const ref = fits.get('llama.cpp');
    if (!ref) break;
    for (const m of modes) {
      const rows = terms.filter((t) => t.powerMode === m && t.runtime === 'llama.cpp');
      if (rows.length < 2) continue;
      const X = rows.map((t) => [ref.a * t.memS, ref.t0 + (ref.s * t.vocab) / 1e5]);
      const y = rows.map((t) => t.measuredS);
      const b = boundedWls(
        X,
        y,
        y.map((v) => 1 / (v * v)),
        [1, 0],
      );
      kappa.set(m, 1 / b[0]!);
      sigma.set(m, b[1]!);
    }
  }
  return {
    runtimes: [...fits].map(([runtime, f]) => ({
      runtime,
      bandwidthEfficiency: 1 / f.a,
      perTokenOverheadMs: f.t0 * 1000,
      perVocabOverheadMs: f.s * 1000,
      prefillComputeEfficiency: f.c === null ? null : 1 / f.c,
      measurements: f.n,
    })),
    modes: [...kappa].map(([mode, bandwidthScale]) => ({
      mode,
      bandwidthScale,
      overheadScale: sigma.get(mode) ?? 1,
      measurements: terms.filter((t) => t.powerMode === mode && t.runtime === 'llama.cpp').length,
    })),
  };
}

/**
 * A measurement's predicted seconds per output token under a fit (the same formula as the model's; used for
 * the fit's own residuals and the leave-one-source-out check, where the catalog is not the fit).
 */
export function predictFromFit(t: FitTerms, fit: FitResult): number | null {
  const r = fit.runtimes.find((x) => x.runtime === t.runtime);
  if (!r) return null;
  const mode = fit.modes.find((m) => m.mode === t.powerMode);
  const kappa = mode?.bandwidthScale ?? 1;
  const sigma = mode?.overheadScale ?? 1;
  const prefill =
    t.metric === 'end-to-end' && r.prefillComputeEfficiency
      ? t.prefillS / (r.prefillComputeEfficiency * t.outputTokens)
      : 0;
  return (
    t.memS / (r.bandwidthEfficiency * kappa) +
    (sigma * (r.perTokenOverheadMs + (r.perVocabOverheadMs * t.vocab) / 1e5)) / 1000 +
    prefill
  );
}
