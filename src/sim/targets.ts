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

/** Most significant digits any figure is shown with. */
const MAX_SHOWN_DIGITS = 10;

/** `x` rounded to `digits` significant figures. */
export function roundSignificant(x: number, digits: number): number {
  return x === 0 || !Number.isFinite(x) ? x : Number(x.toPrecision(digits));
}

/**
 * How many significant digits to show `value` with, so the shown figure and its verdict agree: `base`
 * (3) unless that rounds a miss onto or past the target — 2.987 years against a 3-year target is shown as
 * 2.987, never "3"; a met target never rounds below it. One rule for the cards, compare, CLI and report.
 */
export function verdictDigits(value: number, target: number, better: 'higher' | 'lower', base = 3): number {
  if (!Number.isFinite(value) || !Number.isFinite(target)) return base;
  const meets = better === 'higher' ? meetsMinimum(value, target) : meetsMaximum(value, target);
  for (let d = base; d < MAX_SHOWN_DIGITS; d++) {
    const shown = roundSignificant(value, d);
    const shownMeets = better === 'higher' ? shown >= target : shown <= target;
    if (meets ? shownMeets || meetsExact(shown, target, better) : !shownMeets) return d;
  }
  return MAX_SHOWN_DIGITS;
}

/** A met value whose rounding lands a hair past the target still reads as met (within the tolerance). */
function meetsExact(shown: number, target: number, better: 'higher' | 'lower'): boolean {
  return better === 'higher' ? meetsMinimum(shown, target) : meetsMaximum(shown, target);
}

/**
 * How a duration in hours is shown: in minutes under one hour, else in hours, with the significant digits
 * `verdictDigits` gives in the shown unit (a 30.04-min charge against a 30-min target reads "30.04 min", not
 * "30 min"). One rule for the CLI's `fmtHours` and the UI's `hours`.
 */
export function hoursDisplay(
  hours: number,
  verdict?: { target: number; better: 'higher' | 'lower' } | undefined,
): { value: number; unit: 'h' | 'min'; digits: number } {
  const inMinutes = hours < 1;
  const k = inMinutes ? 60 : 1;
  const digits = verdict ? verdictDigits(hours * k, verdict.target * k, verdict.better) : 3;
  return { value: hours * k, unit: inMinutes ? 'min' : 'h', digits };
}
