import { createContext, useContext } from 'react';
import { en, type MessageKey } from './en';
import { ko } from './ko';

export type Lang = 'en' | 'ko';
export const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { en, ko };

export interface I18n {
  lang: Lang;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** Number with locale grouping and `digits` significant figures. */
  num(value: number, digits?: number): string;
  /** Hours as "8.06 h"; under one hour, minutes ("54 min"). `digits` significant figures (default 3). */
  hours(h: number, digits?: number): string;
  /** A decimal with exactly `decimals` places ("2.0"): counts shown as decimals. */
  fixed(value: number, decimals: number): string;
  percent(fraction: number, digits?: number): string;
}

export function makeI18n(lang: Lang): I18n {
  const dict = DICTIONARIES[lang];
  const locale = lang === 'ko' ? 'ko-KR' : 'en-GB';
  const formatters = new Map<number, Intl.NumberFormat>();
  const nf = (digits: number) => {
    let f = formatters.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(locale, { maximumSignificantDigits: digits });
      formatters.set(digits, f);
    }
    return f;
  };
  const num = (value: number, digits = 3) =>
    Number.isFinite(value)
      ? Math.abs(value) >= 10 ** digits
        ? new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value)
        : nf(digits).format(value)
      : '—';
  return {
    lang,
    t(key, vars) {
      let s = dict[key] ?? en[key] ?? key;
      if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
      return s;
    },
    num,
    hours(h, digits = 3) {
      if (!Number.isFinite(h)) return '—';
      // Three significant figures, as the CLI prints them (src/sim/remarks.ts fmtHours), or more to show a miss.
      if (h < 1) return `${num(h * 60, digits)} ${lang === 'ko' ? '분' : 'min'}`;
      return `${num(h, digits)} h`;
    },
    fixed(value, decimals) {
      return Number.isFinite(value)
        ? new Intl.NumberFormat(locale, {
            minimumFractionDigits: decimals,
            maximumFractionDigits: decimals,
          }).format(value)
        : '—';
    },
    percent(fraction, digits = 3) {
      return `${num(fraction * 100, digits)} %`;
    },
  };
}

export const I18nContext = createContext<I18n>(makeI18n('en'));
export const useI18n = () => useContext(I18nContext);
