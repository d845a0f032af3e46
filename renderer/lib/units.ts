/**
 * Typed-unit input: "2.3 kWh" in an energy field, "45 min" or "1.5 h" in a duration, "47 mΩ" in a
 * resistance. Each field has a base unit; the text may carry any unit of the same quantity.
 */
/** Units by their exact spelling: prefixes are case-sensitive (mWh is a milliwatt-hour, MWh a megawatt-hour). */
const SCALES: Record<string, Record<string, number>> = {
  Wh: { Wh: 1, kWh: 1000, MWh: 1e6, mWh: 0.001 },
  W: { W: 1, kW: 1000, MW: 1e6, mW: 0.001 },
  V: { V: 1, mV: 0.001, kV: 1000 },
  Ω: { Ω: 1, ohm: 1, ohms: 1, mΩ: 0.001, mohm: 0.001, kΩ: 1000 },
  kg: { kg: 1, g: 0.001, t: 1000 },
  min: { min: 1, m: 1, h: 60, hr: 60, s: 1 / 60, sec: 1 / 60, 분: 1, 시간: 60, 초: 1 / 60 },
  h: { h: 1, hr: 1, min: 1 / 60, m: 1 / 60, s: 1 / 3600, 시간: 1, 분: 1 / 60, 초: 1 / 3600 },
  years: { years: 1, year: 1, y: 1, 년: 1 },
  tokens: { tokens: 1, token: 1, 토큰: 1 },
  Ah: { Ah: 1, mAh: 0.001 },
  '%': { '%': 1 },
  '°C': { '°C': 1, C: 1 },
};

/**
 * Case-insensitive spellings ("kwh", "KW", "v") where the case does not change the meaning. "mwh"/"MWH" and
 * "mw"/"MW"-style spellings that could be milli or mega are left out: only their exact spelling is accepted.
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

/**
 * The number in a field's text. A comma followed by exactly three digits groups thousands ("2,300" → 2300,
 * "1,234,567.5"), as the app itself prints numbers; any other comma is a decimal comma ("1,5" → 1.5).
 */
function parseNumber(text: string): number {
  const grouped = /^[-+]?\d{1,3}(,\d{3})+(\.\d*)?(e[-+]?\d+)?$/i.test(text);
  return Number(grouped ? text.replaceAll(',', '') : text.replace(',', '.'));
}

/** Parse a number with an optional unit into the field's base unit; null when it is not one. */
export function parseQuantity(text: string, baseUnit: string): number | null {
  const m =
    /^\s*([-+]?(?:\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:[.,]\d*)?|[.,]\d+)(?:e[-+]?\d+)?)\s*([^\d\s].*)?$/i.exec(
      text.replace(/[\u202f\u00a0 ](?=\d{3}\b)/g, ''),
    );
  if (!m) return null;
  const value = parseNumber(m[1]!);
  if (!Number.isFinite(value)) return null;
  const unit = (m[2] ?? '').trim();
  if (!unit) return value;
  const table = SCALES[baseUnit];
  if (!table) return unit.toLowerCase() === baseUnit.toLowerCase() ? value : null;
  const scale = table[unit] ?? LOOSE[baseUnit]![unit.toLowerCase()];
  return scale === undefined ? null : value * scale;
}

/** Units as a Korean reader writes them (the model's units stay SI-ish; only the shown word changes). */
const KO_UNITS: Readonly<Record<string, string>> = {
  h: '시간',
  min: '분',
  s: '초',
  years: '년',
  days: '일',
  tokens: '토큰',
  '/day': '/일',
};

/** A unit as shown to the reader in their language ("min" → "분" in Korean). */
export function unitLabel(unit: string, lang: 'en' | 'ko'): string {
  return lang === 'ko' ? (KO_UNITS[unit] ?? unit) : unit;
}
