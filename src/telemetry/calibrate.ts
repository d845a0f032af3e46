import type { BatterySeries } from './battery-log';

/**
 * Fit the planner's own pack model to a measured log (docs/telemetry.md "Calibration"): the Rint model
 * V = OCV(SoC) − I·R with SoC = SoC₀ − Ah(t)/Q (Ah(t) = ∫I dt / 3600, discharge positive; docs/battery-model.md),
 * by least squares on the terminal voltage. For a given capacity Q and starting charge SoC₀ the resistance
 * has the closed form R = Σ(OCVₖ − Vₖ)·Iₖ / Σ Iₖ²; Q and SoC₀ are found by a bounded grid search refined
 * around the best point. 95 % intervals come from the residual variance and the Jacobian of the three
 * parameters (covariance σ²(JᵀJ)⁻¹, the usual linearised least-squares estimate).
 */
export interface Fitted {
  value: number;
  low95: number;
  high95: number;
}

export interface CalibrationResult {
  internalResistanceOhm: Fitted | null;
  capacityAh: Fitted | null;
  initialSocPercent: number;
  rmsVoltageErrorV: number;
  /** What could not be fitted, and why (in words a reader acts on). */
  notFitted: { figure: 'internalResistanceOhm' | 'capacityAh'; reason: string }[];
  samples: number;
  /** Charge moved through the pack over the log, Ah (discharge positive). */
  throughputAh: number;
}

/** Below this spread of current (A), the resistance cannot be told from the open-circuit voltage. */
const MIN_CURRENT_SPREAD_A = 0.05;
/** Below this share of the capacity discharged, the capacity cannot be told from the OCV curve's slope. */
const MIN_DEPTH = 0.2;

function chargeAh(s: BatterySeries): number[] {
  const ah = [0];
  for (let k = 1; k < s.timeS.length; k++)
    ah.push(
      ah[k - 1]! + ((s.currentA[k - 1]! + s.currentA[k]!) / 2) * ((s.timeS[k]! - s.timeS[k - 1]!) / 3600),
    );
  return ah;
}

/** Residuals Vₖ − (OCV(SoCₖ) − Iₖ·R), and the closed-form best R for this Q and SoC₀. */
function residuals(
  s: BatterySeries,
  ah: readonly number[],
  ocv: (soc: number) => number,
  q: number,
  soc0: number,
  r?: number,
) {
  const o = ah.map((a) => ocv(Math.min(1, Math.max(0, soc0 - a / q))));
  let num = 0;
  let den = 0;
  for (let k = 0; k < o.length; k++) {
    num += (o[k]! - s.voltageV[k]!) * s.currentA[k]!;
    den += s.currentA[k]! ** 2;
  }
  const rBest = r ?? (den > 0 ? num / den : 0);
  const res = o.map((ov, k) => s.voltageV[k]! - (ov - s.currentA[k]! * rBest));
  return { rBest, res, sse: res.reduce((t, x) => t + x * x, 0) };
}

/** Inverse of a symmetric 3×3 matrix (null when singular). */
function inverse3(m: number[][]): number[][] | null {
  const [a, b, c] = m as [number[], number[], number[]];
  const det =
    a[0]! * (b[1]! * c[2]! - b[2]! * c[1]!) -
    a[1]! * (b[0]! * c[2]! - b[2]! * c[0]!) +
    a[2]! * (b[0]! * c[1]! - b[1]! * c[0]!);
  if (!Number.isFinite(det) || Math.abs(det) < 1e-300) return null;
  const cof = (r: number, k: number) => {
    const rows = [0, 1, 2].filter((x) => x !== r);
    const cols = [0, 1, 2].filter((x) => x !== k);
    const v =
      m[rows[0]!]![cols[0]!]! * m[rows[1]!]![cols[1]!]! - m[rows[0]!]![cols[1]!]! * m[rows[1]!]![cols[0]!]!;
    return ((r + k) % 2 ? -v : v) / det;
  };
  return [0, 1, 2].map((i) => [0, 1, 2].map((j) => cof(j, i)));
}

/**
 * Calibrate a pack from a log. `ocv(soc)` is the pack's open-circuit voltage (the plan's chemistry table,
 * scaled to its series count); `capacityGuessAh` bounds the search (0.2×–5× of it).
 */
export function calibratePack(
  s: BatterySeries,
  ocv: (soc: number) => number,
  capacityGuessAh: number,
): CalibrationResult {
  const n = s.timeS.length;
  const ah = chargeAh(s);
  const throughputAh = Math.max(...ah) - Math.min(...ah);
  const mean = s.currentA.reduce((t, i) => t + i, 0) / Math.max(n, 1);
  const spread = Math.sqrt(s.currentA.reduce((t, i) => t + (i - mean) ** 2, 0) / Math.max(n, 1));
  // Grid over log Q and SoC₀, then two refinements around the best cell.
  const maxAh = Math.max(...ah);
  // The search runs on at most ~1500 evenly spaced samples; the final fit and its intervals use all of them.
  const stride = Math.max(1, Math.floor(n / 1500));
  const pick = <T>(xs: readonly T[]) => xs.filter((_, k) => k % stride === 0);
  const coarse: BatterySeries = {
    timeS: pick(s.timeS),
    voltageV: pick(s.voltageV),
    currentA: pick(s.currentA),
  };
  const coarseAh = pick(ah);
  let best = { q: capacityGuessAh, soc0: 1, sse: Infinity };
  let [qLo, qHi, sLo, sHi] = [Math.log(capacityGuessAh * 0.2), Math.log(capacityGuessAh * 5), 0.05, 1];
  for (let pass = 0; pass < 4; pass++) {
    const N = 24;
    for (let a = 0; a <= N; a++)
      for (let b = 0; b <= N; b++) {
        const q = Math.exp(qLo + ((qHi - qLo) * a) / N);
        const soc0 = sLo + ((sHi - sLo) * b) / N;
        if (soc0 - maxAh / q < -0.02) continue; // would run below empty
        const { sse } = residuals(coarse, coarseAh, ocv, q, soc0);
        if (sse < best.sse) best = { q, soc0, sse };
      }
    const dq = (qHi - qLo) / 12;
    const ds = (sHi - sLo) / 12;
    [qLo, qHi] = [Math.log(best.q) - dq, Math.log(best.q) + dq];
    [sLo, sHi] = [Math.max(0, best.soc0 - ds), Math.min(1, best.soc0 + ds)];
  }
  const { rBest, sse } = residuals(s, ah, ocv, best.q, best.soc0);
  const dof = Math.max(n - 3, 1);
  const sigma2 = sse / dof;
  // Jacobian of the residuals in (R, Q, SoC₀) by central differences.
  const p = [rBest, best.q, best.soc0];
  const h = [Math.max(1e-6, rBest * 1e-4), best.q * 1e-4, 1e-5];
  const cols = [0, 1, 2].map((j) => {
    const up = [...p];
    const dn = [...p];
    up[j]! += h[j]!;
    dn[j]! -= h[j]!;
    const ru = residuals(s, ah, ocv, up[1]!, up[2]!, up[0]!).res;
    const rd = residuals(s, ah, ocv, dn[1]!, dn[2]!, dn[0]!).res;
    return ru.map((x, k) => (x - rd[k]!) / (2 * h[j]!));
  });
  const jtj = [0, 1, 2].map((i) =>
    [0, 1, 2].map((j) => cols[i]!.reduce((t, x, k) => t + x * cols[j]![k]!, 0)),
  );
  const cov = inverse3(jtj);
  const ci = (j: number, v: number): Fitted => {
    const se = cov ? Math.sqrt(Math.max(0, sigma2 * cov[j]![j]!)) : Infinity;
    return { value: v, low95: v - 1.96 * se, high95: v + 1.96 * se };
  };
  const notFitted: CalibrationResult['notFitted'] = [];
  if (spread < MIN_CURRENT_SPREAD_A)
    notFitted.push({
      figure: 'internalResistanceOhm',
      reason: `the current hardly varies (spread ${spread.toFixed(3)} A): a resistance cannot be told from the open-circuit voltage; log a load step`,
    });
  if (throughputAh < MIN_DEPTH * best.q)
    notFitted.push({
      figure: 'capacityAh',
      reason: `only ${throughputAh.toFixed(2)} Ah (${Math.round((100 * throughputAh) / best.q)} % of the pack) moved through it: a capacity needs a discharge of at least ${MIN_DEPTH * 100} %`,
    });
  return {
    internalResistanceOhm: notFitted.some((x) => x.figure === 'internalResistanceOhm') ? null : ci(0, rBest),
    capacityAh: notFitted.some((x) => x.figure === 'capacityAh') ? null : ci(1, best.q),
    initialSocPercent: best.soc0 * 100,
    rmsVoltageErrorV: Math.sqrt(sse / Math.max(n, 1)),
    notFitted,
    samples: n,
    throughputAh,
  };
}
