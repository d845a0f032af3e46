/** How remarks write hours, lists, what ended a discharge, and figures with their units. */
import { fmtHoursIn } from '../text/numbers';
import { listIn, num, renderPhrase, type PhraseValue } from '../text/phrase';
import type { PhraseId } from '../text/phrases';
import { verdictDigits } from './targets';

/** "a", "a and b", "a, b and c". */
export function listWords(words: readonly string[]): string {
  return listIn(words, 'en');
}

/** What ended a discharge, as the remarks name it. */
export const END_PHRASES: Readonly<Record<string, PhraseId>> = {
  reserve: 'end.reserve',
  cutoff: 'end.cutoff',
  'power-limit': 'end.powerLimit',
};

/** What ended a discharge, in English. */
export const END_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(END_PHRASES).map(([k, id]) => [k, renderPhrase({ id }, 'en')]),
);

/**
 * Significant digits for a value compared with a target: 3, or as many as it takes for the shown figure to
 * read the same verdict (src/sim/targets.ts `verdictDigits`).
 */
export function digitsFor(
  value: number,
  verdict?: { target: number; better: 'higher' | 'lower' } | undefined,
): number {
  return verdict ? verdictDigits(value, verdict.target, verdict.better) : 3;
}

/** Hours as "4.2 h" or "45 min"; with a target, enough digits that a miss never reads as met. */
export function fmtHours(
  h: number,
  verdict?: { target: number; better: 'higher' | 'lower' } | undefined,
): string {
  return fmtHoursIn(h, 'en', verdict);
}

/** Watts, volts, amperes… to 3 significant figures (or `d`). */
export const W = (x: number): PhraseValue => num(x, 'W');
export const V = (x: number, d?: number): PhraseValue => num(x, 'V', d);
export const pct = (x: number, d?: number): PhraseValue => num(x, '%', d);
