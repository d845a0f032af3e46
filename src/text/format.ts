import { hoursDisplay, meetsMaximum, meetsMinimum } from '../sim/targets';

/** The languages PowerPlan speaks. */
export type Lang = 'en' | 'ko';

/**
 * The one number, duration and unit formatter of PowerPlan, per language: the result cards, the editor, the
 * CLI, the phrase renderer and the PDF all format through it, so one figure reads the same everywhere.
 * Numbers take the locale's grouping ("1,898" in en-GB and ko-KR) and a true minus sign.
 */
export interface Formatter {
  lang: Lang;
  /** `digits` significant figures (3); whole numbers from 10^digits up ("1,898", not "1.9e3"). */
  num(value: number, digits?: number): string;
  /** A decimal with exactly `decimals` places ("2.0"). */
  fixed(value: number, decimals: number): string;
  /** A count: whole when it is whole ("2"), else one decimal ("1.8"): an extrapolated day may hold a fraction. */
  count(value: number): string;
  /**
   * Hours as a decimal ("8.06 h", Korean "8.06 시간"); under one hour, minutes ("54 min"): 3 significant
   * figures or, against a target, as many as the shown figure needs to read its verdict
   * (src/sim/targets.ts `hoursDisplay`). For tables, where figures are compared down a column.
   */
  hours(h: number, verdict?: Verdict): string;
  /**
   * A duration as people say it: "8 h 04 min" (Korean "8시간 4분"), "54 min" under an hour, whole hours from
   * 100 h. Falls back to `hours` when whole minutes would read a missed target as met or the other way round.
   */
  duration(h: number, verdict?: Verdict): string;
  /** Years as "2.54 years" / "2.54년"; under a tenth of a year, days ("18 days" / "18일"). */
  years(y: number, digits?: number): string;
  /** A fraction as a percent ("46.6 %"). */
  percent(fraction: number, digits?: number): string;
  /** A unit symbol in this language: h, min, years, months are words in Korean; W, V, Wh… are symbols. */
  unit(symbol: string): string;
  /** A number and its unit ("259 W", "1.35 시간"). */
  quantity(value: number, symbol: string, digits?: number): string;
}

/** A target a figure is read against. */
export interface Verdict {
  target: number;
  better: 'higher' | 'lower';
}

/** Unit symbols that are words, per language. */
const UNIT_WORDS: Readonly<Record<Lang, Readonly<Record<string, string>>>> = {
  en: {},
  ko: {
    h: '시간',
    min: '분',
    years: '년',
    year: '년',
    months: '개월',
    days: '일',
    strings: '개',
    '/day': '/일',
  },
};

/** A unit symbol in a language (`h` → 시간 in Korean); symbols such as W, V, Wh, GB/s are the same everywhere. */
export function unitIn(symbol: string, lang: Lang): string {
  return UNIT_WORDS[lang][symbol] ?? symbol;
}

/** Whether a shown figure reads the same verdict as the value it rounds (met stays met, missed stays missed). */
function readsTrue(value: number, shown: number, v: Verdict): boolean {
  const meets = (x: number) =>
    v.better === 'higher' ? meetsMinimum(x, v.target) : meetsMaximum(x, v.target);
  return meets(value) === meets(shown);
}

const LOCALES: Record<Lang, string> = { en: 'en-GB', ko: 'ko-KR' };
const cache = new Map<Lang, Formatter>();

/** The formatter of a language (made once per language). */
export function formatterFor(lang: Lang): Formatter {
  const cached = cache.get(lang);
  if (cached) return cached;
  const locale = LOCALES[lang];
  const significant = new Map<number, Intl.NumberFormat>();
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const sig = (digits: number) => {
    let f = significant.get(digits);
    if (!f) {
      f = new Intl.NumberFormat(locale, { maximumSignificantDigits: digits });
      significant.set(digits, f);
    }
    return f;
  };
  const minus = (s: string) => s.replace('-', '−');
  const num = (value: number, digits = 3) =>
    Number.isFinite(value)
      ? minus(Math.abs(value) >= 10 ** digits ? whole.format(value) : sig(digits).format(value))
      : '—';
  const unit = (symbol: string) => unitIn(symbol, lang);
  const hours = (h: number, verdict?: Verdict) => {
    if (!Number.isFinite(h)) return '—';
    const d = hoursDisplay(h, verdict);
    return `${num(d.value, d.digits)} ${unit(d.unit)}`;
  };
  const f: Formatter = {
    lang,
    num,
    fixed: (value, decimals) =>
      Number.isFinite(value)
        ? minus(
            new Intl.NumberFormat(locale, {
              minimumFractionDigits: decimals,
              maximumFractionDigits: decimals,
            }).format(value),
          )
        : '—',
    count(value) {
      if (!Number.isFinite(value)) return '—';
      const isWhole = Math.abs(value - Math.round(value)) < 1e-9;
      return minus(
        new Intl.NumberFormat(locale, {
          minimumFractionDigits: isWhole ? 0 : 1,
          maximumFractionDigits: isWhole ? 0 : 1,
        }).format(value),
      );
    },
    hours,
    duration(h, verdict) {
      if (!Number.isFinite(h) || h >= 100) return hours(h, verdict);
      if (h < 1) {
        const d = hoursDisplay(h, verdict);
        return lang === 'ko' ? `${num(d.value, d.digits)}분` : `${num(d.value, d.digits)} min`;
      }
      const totalMin = Math.round(h * 60);
      const H = Math.floor(totalMin / 60);
      const M = totalMin - 60 * H;
      if (verdict && !readsTrue(h, totalMin / 60, verdict)) return hours(h, verdict);
      if (lang === 'ko') return M === 0 ? `${H}시간` : `${H}시간 ${M}분`;
      return M === 0 ? `${H} h` : `${H} h ${String(M).padStart(2, '0')} min`;
    },
    years(y, digits = 3) {
      if (!Number.isFinite(y)) return '—';
      if (Math.abs(y) < 0.1) {
        const days = num(y * 365.25, 2);
        return lang === 'ko' ? `${days}일` : `${days} days`;
      }
      return lang === 'ko' ? `${num(y, digits)}년` : `${num(y, digits)} years`;
    },
    percent: (fraction, digits = 3) => `${num(fraction * 100, digits)} %`,
    unit,
    quantity: (value, symbol, digits = 3) => `${num(value, digits)} ${unit(symbol)}`,
  };
  cache.set(lang, f);
  return f;
}
