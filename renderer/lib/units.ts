/**
 * Typed-unit input: "2.3 kWh" in an energy field, "45 min" or "1.5 h" in a duration, "47 mΩ" in a
 * resistance. Each field has a base unit; the text may carry any unit of the same quantity.
 */
const SCALES: Record<string, Record<string, number>> = {
  Wh: { wh: 1, kwh: 1000, mwh: 1e6 },
  W: { w: 1, kw: 1000, mw: 0.001 },
  V: { v: 1, mv: 0.001, kv: 1000 },
  Ω: { ω: 1, ohm: 1, ohms: 1, mω: 0.001, mohm: 0.001 },
  kg: { kg: 1, g: 0.001, t: 1000 },
  min: { min: 1, m: 1, h: 60, hr: 60, s: 1 / 60, sec: 1 / 60 },
  h: { h: 1, hr: 1, min: 1 / 60, m: 1 / 60, s: 1 / 3600 },
  Ah: { ah: 1, mah: 0.001 },
  '%': { '%': 1 },
  '°C': { '°c': 1, c: 1 },
};

/** Parse a number with an optional unit into the field's base unit; null when it is not one. */
export function parseQuantity(text: string, baseUnit: string): number | null {
  const m = /^\s*([-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:e[-+]?\d+)?)\s*([^\d\s].*)?$/i.exec(
    text.replace(/[\u202f\u00a0 ](?=\d{3}\b)/g, ''),
  );
  if (!m) return null;
  const value = Number(m[1]!.replace(',', '.'));
  if (!Number.isFinite(value)) return null;
  const unit = (m[2] ?? '').trim().toLowerCase();
  if (!unit) return value;
  const table = SCALES[baseUnit];
  if (!table) return unit === baseUnit.toLowerCase() ? value : null;
  const scale = table[unit];
  return scale === undefined ? null : value * scale;
}
