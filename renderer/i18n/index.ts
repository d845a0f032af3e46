import { createContext, useContext } from 'react';
import { hoursDisplay } from '../../src/sim/targets';
import { renderPhrase, type Phrase } from '../../src/text/phrase';
import { en, type MessageKey } from './en';
import { ko } from './ko';

export type Lang = 'en' | 'ko';
export const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { en, ko };

export interface I18n {
  lang: Lang;
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** Number with locale grouping and `digits` significant figures. */
  num(value: number, digits?: number): string;
  /**
   * Hours as "8.06 h"; under one hour, minutes ("54 min"): 3 significant figures, or — against a target —
   * as many as the shown figure needs to read its verdict (src/sim/targets.ts `hoursDisplay`).
   */
  hours(h: number, verdict?: { target: number; better: 'higher' | 'lower' }): string;
  /** A decimal with exactly `decimals` places ("2.0"). */
  fixed(value: number, decimals: number): string;
  /** A count: whole when it is whole ("2"), else one decimal ("1.8"): an extrapolated day may hold a fraction. */
  count(value: number): string;
  /** Years as "2.53 years" / "2.53년"; under a tenth of a year, days ("18 days" / "18일"). */
  years(y: number, digits?: number): string;
  percent(fraction: number, digits?: number): string;
  /** A sentence of the model (a remark, an AI issue, a fix) in this language (src/text/phrase.ts). */
  phrase(p: Phrase): string;
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
    phrase: (p) => renderPhrase(p, lang),
    t(key, vars) {
      let s = dict[key] ?? en[key] ?? key;
      if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
      return s;
    },
    num,
    hours(h, verdict) {
      if (!Number.isFinite(h)) return '—';
      // The CLI's rule (src/sim/remarks.ts fmtHours): 3 significant figures, more to show a miss.
      const d = hoursDisplay(h, verdict);
      const unit = d.unit === 'min' ? (lang === 'ko' ? '분' : 'min') : lang === 'ko' ? '시간' : 'h';
      return `${num(d.value, d.digits)} ${unit}`;
    },
    count(value) {
      if (!Number.isFinite(value)) return '—';
      const whole = Math.abs(value - Math.round(value)) < 1e-9;
      return new Intl.NumberFormat(locale, {
        minimumFractionDigits: whole ? 0 : 1,
        maximumFractionDigits: whole ? 0 : 1,
      }).format(value);
    },
    years(y, digits = 3) {
      if (!Number.isFinite(y)) return '—';
      if (Math.abs(y) < 0.1) {
        const days = num(y * 365.25, 2);
        return lang === 'ko' ? `${days}일` : `${days} days`;
      }
      return lang === 'ko' ? `${num(y, digits)}년` : `${num(y, digits)} years`;
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
