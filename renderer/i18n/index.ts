import { createContext, useContext } from 'react';
import { localizeCatalogNames } from '../../src/catalog/chip-names';
import { formatterFor, type Formatter } from '../../src/text/format';
import { renderPhrase, type Phrase } from '../../src/text/phrase';
import { en, type MessageKey } from './en';
import { ko } from './ko';

export type Lang = 'en' | 'ko';
export const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { en, ko };

/** Numbers, durations and units come from the one formatter (src/text/format.ts). */
export interface I18n extends Pick<
  Formatter,
  'num' | 'hours' | 'duration' | 'count' | 'years' | 'fixed' | 'percent' | 'unit'
> {
  lang: Lang;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** A sentence of the model (a remark, an AI issue, a fix) in this language (src/text/phrase.ts). */
  phrase(p: Phrase): string;
}

export function makeI18n(lang: Lang): I18n {
  const dict = DICTIONARIES[lang];
  const f = formatterFor(lang);
  return {
    lang,
    phrase: (p) => renderPhrase(p, lang),
    t(key, vars) {
      let s = dict[key] ?? en[key] ?? key;
      if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
      // A chip's catalog name inside a sentence is said in the reader's language (src/catalog/chip-names.ts).
      return vars && lang !== 'en' ? localizeCatalogNames(s, lang) : s;
    },
    num: f.num,
    hours: f.hours,
    duration: f.duration,
    count: f.count,
    years: f.years,
    fixed: f.fixed,
    percent: f.percent,
    unit: f.unit,
  };
}

export const I18nContext = createContext<I18n>(makeI18n('en'));
export const useI18n = () => useContext(I18nContext);
