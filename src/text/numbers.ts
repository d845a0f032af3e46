import { formatterFor, type Verdict } from './format';

// Shorthands of the one formatter (src/text/format.ts) for code that writes English text or takes a language.

/** A number to `digits` significant figures (3), locale grouping ("1,850"), a true minus. */
export function fmtNum(x: number, digits = 3): string {
  return Number.isFinite(x) ? formatterFor('en').num(x, digits) : String(x);
}

/** A count: whole when it is whole ("2"), else one decimal ("1.8"): an extrapolated day may hold a fraction. */
export function fmtCount(x: number): string {
  return Number.isFinite(x) ? formatterFor('en').count(x) : String(x);
}

/**
 * Hours for tables, where figures are compared down a column: "4.2 h" or "45 min" (Korean "4.2 시간", "45 분");
 * with a target, enough digits that a miss never reads as met (src/text/format.ts `hours`).
 */
export function fmtHoursIn(h: number, lang: 'en' | 'ko', verdict?: Verdict | undefined): string {
  return formatterFor(lang).hours(h, verdict);
}
