import { hoursDisplay } from '../sim/targets';

/** Numbers for messages: `digits` significant figures (3), thin-space thousands ("1 850"), a true minus. */
export function fmtNum(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return String(x);
  const abs = Math.abs(x);
  const rounded = abs >= 10 ** digits ? Math.round(x) : Number(x.toPrecision(digits));
  const [int, frac] = String(Math.abs(rounded)).split('.');
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');
  return (rounded < 0 ? '−' : '') + grouped + (frac ? '.' + frac : '');
}

/** A count: whole when it is whole ("2"), else one decimal ("1.8"): an extrapolated day may hold a fraction. */
export function fmtCount(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return Math.abs(x - Math.round(x)) < 1e-9 ? String(Math.round(x)) : x.toFixed(1);
}

/**
 * Hours as "4.2 h" or "45 min" (Korean "4.2 시간", "45 분"); with a target, enough digits that a miss never
 * reads as met (src/sim/targets.ts `hoursDisplay`).
 */
export function fmtHoursIn(
  h: number,
  lang: 'en' | 'ko',
  verdict?: { target: number; better: 'higher' | 'lower' } | undefined,
): string {
  const d = hoursDisplay(h, verdict);
  const unit = lang === 'ko' ? (d.unit === 'h' ? '시간' : '분') : d.unit;
  return `${fmtNum(d.value, d.digits)} ${unit}`;
}
