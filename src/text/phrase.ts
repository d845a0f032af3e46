import { formatNumber } from '../ai/format';
import { localizeCatalogNames } from '../catalog/chip-names';
import { formatterFor, unitIn } from './format';
import { settleParticles } from './korean-particles';
import { PHRASES, type PhraseId } from './phrases';

export type { Lang } from './format';
import type { Lang } from './format';

/**
 * A sentence as data: a phrase id and its parameters. Remarks, AI issues and ageing notes carry one, so each
 * reader (UI, CLI, PDF) renders it in its own language with `renderPhrase`; `--json` carries it as is.
 */
export interface Phrase {
  id: PhraseId;
  params?: Readonly<Record<string, PhraseValue>>;
}

/**
 * One parameter of a phrase:
 * - a string: user text (a label, a chip's name), shown verbatim;
 * - `{ n, d?, u? }`: a number to `d` significant figures (3) with a unit symbol (`h`, `min`, `years` are
 *   translated; W, V, A, GB/s… are the same in every language);
 * - `{ pct }`: a fraction shown as a whole percent;
 * - `{ ai, u? }`: a number in the AI messages' style (3 figures below 100, one decimal to 1000, whole above);
 * - `{ h, target?, better? }`: a duration as said ("1 h 21 min", "45 min"), never reading a miss as met;
 * - `{ p, cap? }`: a nested phrase (`cap`: its first letter upper-cased, where it starts a sentence);
 * - `{ list }`: values joined as "a, b and c"; `{ join, sep }`: values joined by `sep` ("a + b").
 */
export type PhraseValue =
  | string
  | { n: number; d?: number; u?: string }
  | { pct: number }
  | { ai: number; u?: string }
  | { h: number; target?: number; better?: 'higher' | 'lower' }
  | { p: Phrase; cap?: boolean }
  | { list: readonly PhraseValue[] }
  | { join: readonly PhraseValue[]; sep: string };

export { unitIn } from './format';

/** "a", "a and b", "a, b and c" — Korean "a, b 및 c". */
export function listIn(words: readonly string[], lang: Lang): string {
  if (words.length <= 1) return words[0] ?? '';
  const and = lang === 'ko' ? ' 및 ' : ' and ';
  return `${words.slice(0, -1).join(', ')}${and}${words.at(-1)}`;
}

function renderValue(v: PhraseValue, lang: Lang): string {
  if (typeof v === 'string') return v;
  if ('n' in v) return formatterFor(lang).num(v.n, v.d ?? 3) + (v.u ? ` ${unitIn(v.u, lang)}` : '');
  if ('pct' in v) return `${Math.round(v.pct * 100)} %`;
  if ('ai' in v) return formatNumber(v.ai) + (v.u ? ` ${unitIn(v.u, lang)}` : '');
  if ('h' in v)
    return formatterFor(lang).duration(
      v.h,
      v.target !== undefined ? { target: v.target, better: v.better ?? 'higher' } : undefined,
    );
  if ('p' in v) {
    const text = renderPhrase(v.p, lang);
    return v.cap ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  }
  if ('join' in v) return v.join.map((x) => renderValue(x, lang)).join(v.sep);
  return listIn(
    v.list.map((x) => renderValue(x, lang)),
    lang,
  );
}

/** A phrase in a language: its template with each `{name}` replaced by the parameter, rendered. */
export function renderPhrase(phrase: Phrase, lang: Lang): string {
  const template = PHRASES[phrase.id][lang];
  const params = phrase.params ?? {};
  const text = template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    return v === undefined ? whole : renderValue(v, lang);
  });
  // In Korean, catalog names are said in Korean and "은(는)"-style particles settled by the word before them.
  return lang === 'ko' ? settleParticles(localizeCatalogNames(text, lang)) : text;
}

/** Shorthands for building phrases. */
export const ph = (id: PhraseId, params?: Record<string, PhraseValue>): Phrase =>
  params ? { id, params } : { id };
export const num = (n: number, u?: string, d?: number): PhraseValue => ({
  n,
  ...(d !== undefined ? { d } : {}),
  ...(u ? { u } : {}),
});
export const nested = (id: PhraseId, params?: Record<string, PhraseValue>): PhraseValue => ({
  p: ph(id, params),
});
