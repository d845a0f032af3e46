/**
 * Target checks with a relative tolerance: a result that meets its target to within floating-point rounding
 * (a runtime of 9.999999999999998 h for a 10 h target) meets it. 1e-9 is far below any figure the model or
 * the UI resolves and far above double rounding on sums of a few thousand terms.
 */
export const TARGET_RELATIVE_TOLERANCE = 1e-9;

/** Whether `value` reaches a minimum target (runtime, lifetime): value ≥ target·(1 − 1e-9). */
export function meetsMinimum(value: number, target: number): boolean {
  return value >= target * (1 - TARGET_RELATIVE_TOLERANCE);
}

/** Whether `value` stays within a maximum target (charge time): value ≤ target·(1 + 1e-9). */
export function meetsMaximum(value: number, target: number): boolean {
  return value <= target * (1 + TARGET_RELATIVE_TOLERANCE);
}

/** Within this fraction of a target a miss is amber ("near"), beyond it red — the result cards and remarks agree. */
const NEAR_TARGET_RATIO = 0.9;

/** Severity of a missed target: 'warning' within 10 % of it, 'error' beyond (same rule as the cards' colours). */
export function shortfallSeverity(
  value: number,
  target: number,
  better: 'higher' | 'lower',
): 'warning' | 'error' {
  const ratio = better === 'higher' ? value / target : target / value;
  return ratio >= NEAR_TARGET_RATIO ? 'warning' : 'error';
}
