/**
 * Typed-unit input: "2.3 kWh" in an energy field, "45 min", "1.5 h", "1 h 30 min" or "1:30" in a duration,
 * "47 mΩ" in a resistance. Each field has a base unit; the text may carry any unit of the same quantity.
 * The reading is pure: text, base unit and locale in, a value (with a note when the number was ambiguous)
 * or a reason out.
 */
/** Units by their exact spelling: prefixes are case-sensitive (mWh is a milliwatt-hour, MWh a megawatt-hour). */
const SCALES: Record<string, Record<string, number>> = {
  Wh: { Wh: 1, kWh: 1000, MWh: 1e6, mWh: 0.001 },
  W: { W: 1, kW: 1000, MW: 1e6, mW: 0.001 },
  V: { V: 1, mV: 0.001, kV: 1000 },
  Ω: { Ω: 1, ohm: 1, ohms: 1, mΩ: 0.001, mohm: 0.001, kΩ: 1000 },
  kg: { kg: 1, g: 0.001, t: 1000 },
  years: { years: 1, year: 1, y: 1, 년: 1 },
  tokens: { tokens: 1, token: 1, 토큰: 1 },
  Ah: { Ah: 1, mAh: 0.001 },
  '%': { '%': 1 },
  '°C': { '°C': 1, C: 1 },
};

/** Units of time, in seconds. A field whose unit is one of `TIME_BASES` reads durations ("1 h 30 min", "1:30"). */
const TIME: Record<string, number> = {
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
  시간: 3600,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  m: 60,
  분: 60,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  초: 1,
};
const TIME_BASES = ['h', 'min', 's'] as const;
/** The canonical time units, largest first: "1 h 30" means 30 of the unit after h. */
const TIME_ORDER = [3600, 60, 1] as const;
for (const base of TIME_BASES)
  SCALES[base] = Object.fromEntries(Object.entries(TIME).map(([u, s]) => [u, s / TIME[base]!]));

/**
 * Case-insensitive spellings ("kwh", "KW", "v", "MIN") where the case does not change the meaning. "mwh"/"MWH"
 * and "mw"/"MW"-style spellings that could be milli or mega are left out: only their exact spelling is accepted.
 */
const LOOSE: Record<string, Record<string, number>> = Object.fromEntries(
  Object.entries(SCALES).map(([base, table]) => {
    const byLower = new Map<string, number[]>();
    for (const [unit, scale] of Object.entries(table)) {
      const k = unit.toLowerCase();
      byLower.set(k, [...(byLower.get(k) ?? []), scale]);
    }
    const loose: Record<string, number> = {};
    for (const [k, scales] of byLower) if (scales.length === 1) loose[k] = scales[0]!;
    return [base, loose];
  }),
);

/** Units as a Korean reader writes them (the model's units stay SI-ish; only the shown word changes). */
const KO_UNITS: Readonly<Record<string, string>> = {
  h: '시간',
  min: '분',
  s: '초',
  years: '년',
  days: '일',
  tokens: '토큰',
  '/day': '/일',
  '/min': '/분',
  'clips/s': '클립/초',
};
/** A field given its unit as shown in Korean ("년") reads like the field of the model's unit ("years"). */
const FROM_KO: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(KO_UNITS).map(([unit, ko]) => [ko, unit]),
);

/** A unit as shown to the reader in their language ("min" → "분" in Korean). */
export function unitLabel(unit: string, lang: 'en' | 'ko'): string {
  return lang === 'ko' ? (KO_UNITS[unit] ?? unit) : unit;
}

/** Why a number was read the way it was, when the text could have meant another number. */
export type QuantityNoteCode =
  /** "1,5" in a locale whose decimal point is ".": read as 1.5. */
  | 'ambiguousDecimal'
  /** "1,500" in a locale whose decimal point is ".": read as 1500, though it could be 1.5 elsewhere. */
  | 'ambiguousThousands'
  /** "1.234,5" in a locale whose decimal point is ".": read in the other convention, as 1234.5. */
  | 'foreignFormat';

export interface QuantityNote {
  code: QuantityNoteCode;
  /** The text as it was read, its numbers written plainly in the locale ("1.5", "1500 Wh", "1.5 h"). */
  read: string;
  /** The mark taken as the decimal point in that reading. */
  decimal: string;
  /** The mark taken as a thousands separator in that reading. */
  group: string;
}

export type QuantityError =
  /** Not a number, or more than one number where a field takes one. */
  | { code: 'notANumber' }
  /** A unit the field's quantity does not have ("3 kg" in an energy field). */
  | { code: 'wrongUnit'; unit: string }
  /** A duration with a part that is not a time ("1 h 30 kg"). */
  | { code: 'notATimeUnit'; unit: string }
  /** h:mm or h:mm:ss with minutes or seconds that are not two digits up to 59 ("1:75", "1:5"). */
  | { code: 'badClock' }
  /** Duration parts out of order, repeated, or a bare number first ("30 min 1 h", "1 h 2 h", "1 30 min"). */
  | { code: 'badDuration' };

export type QuantityReading =
  { ok: true; value: number; note?: QuantityNote } | { ok: false; error: QuantityError };

type Mark = '.' | ',';
interface Marks {
  decimal: Mark;
  /** The other mark: the locale's thousands separator when it is not a space. */
  group: Mark;
}

const MARKS = new Map<string, Marks>();
/** The locale's decimal mark ("en", "ko" → "."; "de" → ","); "." for a locale Intl does not know. */
function marksOf(locale: string): Marks {
  let marks = MARKS.get(locale);
  if (!marks) {
    let decimal: Mark = '.';
    try {
      const part = new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal');
      if (part?.value === ',') decimal = ',';
    } catch {
      // Not a locale tag: the app's own convention.
    }
    marks = { decimal, group: decimal === '.' ? ',' : '.' };
    MARKS.set(locale, marks);
  }
  return marks;
}

const count = (s: string, c: string) => s.split(c).length - 1;
const esc = (c: Mark) => (c === '.' ? '\\.' : ',');

/**
 * The digits and marks of one number ("1,234.5", "1,5", "1.234,5") as a value, by the locale's marks. In a
 * "." locale: one "," before exactly three digits is a thousands separator ("1,500" → 1500) and any other lone
 * "," a decimal comma ("1,5" → 1.5), both noted as ambiguous; several groups ("1,234,567") or a decimal point
 * after them ("1,500.5") are the locale's own format and need no note; the other convention as a whole
 * ("1.234,5", "1.234.567") is read as such, noted. Null when no convention reads it ("1,2,3", "1.2.3").
 */
function readNumber(
  digits: string,
  exponent: string,
  { decimal: D, group: G }: Marks,
): { value: number; code?: QuantityNoteCode } | null {
  if (!/\d/.test(digits)) return null;
  const nD = count(digits, D);
  const nG = count(digits, G);
  const groupedBy = (g: Mark) => new RegExp(`^\\d{1,3}(${esc(g)}\\d{3})+`);
  const value = (plain: string) => Number(plain + exponent);
  const strip = (s: string, c: Mark) => s.replaceAll(c, '');
  if (nG === 0) {
    if (nD <= 1) return { value: value(digits.replace(D, '.')) };
    // "1.234.567": only thousands can repeat.
    return new RegExp(`${groupedBy(D).source}$`).test(digits)
      ? { value: value(strip(digits, D)), code: 'foreignFormat' }
      : null;
  }
  if (nD === 0) {
    if (new RegExp(`${groupedBy(G).source}$`).test(digits))
      return nG === 1
        ? { value: value(strip(digits, G)), code: 'ambiguousThousands' }
        : { value: value(strip(digits, G)) };
    return nG === 1 ? { value: value(digits.replace(G, '.')), code: 'ambiguousDecimal' } : null;
  }
  // Both marks: the locale's format ("1,234.5"), or the other one ("1.234,5").
  if (new RegExp(`${groupedBy(G).source}${esc(D)}\\d*$`).test(digits))
    return { value: value(strip(digits, G).replace(D, '.')) };
  if (new RegExp(`${groupedBy(D).source}${esc(G)}\\d*$`).test(digits))
    return { value: value(strip(digits, D).replace(G, '.')), code: 'foreignFormat' };
  return null;
}

/** Seconds in a time unit as typed ("h", "MIN", "시간"); undefined when it is not one. */
function timeSeconds(unit: string): number | undefined {
  return TIME[unit] ?? TIME[unit.toLowerCase()];
}

/** One number of the text, with the unit written after it (if any). */
interface Part {
  sign: string;
  value: number;
  code: QuantityNoteCode | undefined;
  /** The space between the number and its unit, as typed ("" in "1h" and "1시간"). */
  space: string;
  unit: string;
}

const fail = (error: QuantityError): QuantityReading => ({ ok: false, error });

/**
 * Read a field's text ("2.3 kWh", "1,5", "1 h 30 min", "1:30") into the field's base unit, in a locale ("en",
 * "ko", or any BCP 47 tag: its decimal mark decides how "," and "." are read). A duration field ("h", "min",
 * "s") also takes compound durations, largest unit first ("1 h 30 min", "1h30", "1시간 30분", "2 min 5 s"; a
 * bare last number is the next unit down) and h:mm or h:mm:ss ("1:30", "1:30:15"; "1:30 min" is m:ss).
 * A reading that guessed between conventions carries a note for the field to show; it never blocks.
 */
export function readQuantity(text: string, baseUnit: string, locale = 'en'): QuantityReading {
  const marks = marksOf(locale);
  const base = SCALES[baseUnit] ? baseUnit : (FROM_KO[baseUnit] ?? baseUnit);
  const baseSeconds = (TIME_BASES as readonly string[]).includes(base) ? TIME[base] : undefined;
  const s = text
    .replace(/[\u2212\u2012\u2013]/g, '-')
    // Thousands grouped by spaces ("1 898", "1 234 567", narrow or no-break spaces as Intl prints them).
    .replace(/(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))/g, '');
  if (s.includes(':'))
    return baseSeconds === undefined ? fail({ code: 'notANumber' }) : readClock(s, baseSeconds, marks);

  const parts: Part[] = [];
  const re = /\s*([-+]?)(\d[\d.,]*|[.,]\d[\d.,]*)(e[-+]?\d+)?(\s*)([^\d\s.,:+-]*)\s*/iy;
  while (re.lastIndex < s.length) {
    const m = re.exec(s);
    if (!m) return fail({ code: 'notANumber' });
    const n = readNumber(m[2]!, m[3] ?? '', marks);
    if (!n || !Number.isFinite(n.value)) return fail({ code: 'notANumber' });
    parts.push({ sign: m[1]!, value: n.value, code: n.code, space: m[4]!, unit: m[5]! });
  }
  if (parts.length === 0) return fail({ code: 'notANumber' });

  let value: number;
  if (parts.length === 1) {
    const { sign, value: n, unit } = parts[0]!;
    const signed = sign === '-' ? -n : n;
    if (!unit) value = signed;
    else if (baseSeconds !== undefined) {
      const seconds = timeSeconds(unit);
      if (seconds === undefined) return fail({ code: 'notATimeUnit', unit });
      value = (signed * seconds) / baseSeconds;
    } else if (SCALES[base]) {
      const scale = SCALES[base][unit] ?? LOOSE[base]![unit.toLowerCase()];
      if (scale === undefined) return fail({ code: 'wrongUnit', unit });
      value = signed * scale;
    } else if (!base) return fail({ code: 'notANumber' });
    else if (unit.toLowerCase() === baseUnit.toLowerCase() || unit.toLowerCase() === base.toLowerCase())
      value = signed;
    else return fail({ code: 'wrongUnit', unit });
  } else {
    // Only a duration has parts ("1 h 30 min").
    if (baseSeconds === undefined) return fail({ code: 'notANumber' });
    const odd = parts.find((p) => p.unit && timeSeconds(p.unit) === undefined);
    if (odd) return fail({ code: 'notATimeUnit', unit: odd.unit });
    let total = 0;
    let rank = -1;
    for (const [i, p] of parts.entries()) {
      if (i > 0 && p.sign) return fail({ code: 'badDuration' });
      // A bare number is the unit after the one before it, and only last ("1h30", "2 min 5").
      const r = p.unit ? TIME_ORDER.indexOf(timeSeconds(p.unit)! as (typeof TIME_ORDER)[number]) : rank + 1;
      if ((!p.unit && (i === 0 || i < parts.length - 1)) || r <= rank || r >= TIME_ORDER.length)
        return fail({ code: 'badDuration' });
      rank = r;
      total += p.value * TIME_ORDER[r]!;
    }
    value = ((parts[0]!.sign === '-' ? -1 : 1) * total) / baseSeconds;
  }
  if (!Number.isFinite(value)) return fail({ code: 'notANumber' });
  const noted = parts.find((p) => p.code);
  if (!noted) return { ok: true, value };
  const plain = (v: number) => String(v).replace('.', marks.decimal);
  const read = parts.map((p) => `${p.sign}${plain(p.value)}${p.unit ? p.space + p.unit : ''}`).join(' ');
  const foreign = noted.code !== 'ambiguousThousands';
  return {
    ok: true,
    value,
    note: {
      code: noted.code!,
      read,
      decimal: foreign ? marks.group : marks.decimal,
      group: foreign ? marks.decimal : marks.group,
    },
  };
}

/** "1:30" (h:mm), "1:30:15" (h:mm:ss), "-0:45", "1:30 min" (m:ss): minutes and seconds two digits up to 59. */
function readClock(s: string, baseSeconds: number, marks: Marks): QuantityReading {
  const m = /^\s*([-+]?)(\d+):(\d+)(?::(\d+)(?:([.,])(\d+))?)?\s*([^\d\s.,:+-]+)?\s*$/.exec(s);
  if (!m) return fail({ code: 'badClock' });
  const [, sign, h, mm, ss, mark, fraction, unit] = m;
  const lead = unit ? timeSeconds(unit) : 3600;
  if (lead === undefined) return fail({ code: 'notATimeUnit', unit: unit! });
  const start = TIME_ORDER.indexOf(lead as (typeof TIME_ORDER)[number]);
  const fields = ss === undefined ? [mm!] : [mm!, ss];
  if (start + fields.length >= TIME_ORDER.length) return fail({ code: 'badClock' });
  if (fields.some((f) => !/^[0-5]\d$/.test(f))) return fail({ code: 'badClock' });
  if (mark && mark !== marks.decimal) return fail({ code: 'badClock' });
  const last = Number(`${fields.at(-1)}${fraction === undefined ? '' : `.${fraction}`}`);
  const values = [Number(h), ...fields.slice(0, -1).map(Number), last];
  const total = values.reduce((sum, v, i) => sum + v * TIME_ORDER[start + i]!, 0);
  const value = ((sign === '-' ? -1 : 1) * total) / baseSeconds;
  return Number.isFinite(value) ? { ok: true, value } : fail({ code: 'notANumber' });
}

/** Parse a number with an optional unit into the field's base unit; null when it is not one (`readQuantity`). */
export function parseQuantity(text: string, baseUnit: string, locale = 'en'): number | null {
  const r = readQuantity(text, baseUnit, locale);
  return r.ok ? r.value : null;
}
