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
