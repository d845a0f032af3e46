/** Number formatting for issue messages (plain, locale-independent, no trailing zeros). */

/**
 * 3 significant figures below 100 (38.4, 17.9, 1.5, 0.47), one decimal from 100 to 1000 (102.4), integers above.
 * Non-finite values print as given ('Infinity') so a message never hides them.
 */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  const a = Math.abs(x);
  if (a >= 1000) return String(Math.round(x));
  if (a >= 100) return String(Number(x.toFixed(1)));
  if (a === 0) return '0';
  return String(Number(x.toPrecision(3)));
}

/** Fraction → whole percent with a space, e.g. 0.7 → '70 %'. */
export function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 100)} %`;
}

/** Bytes → decimal gigabytes, e.g. 1.5e9 → '1.5 GB'. */
export function formatGB(bytes: number): string {
  return `${formatNumber(bytes / 1e9)} GB`;
}

/** Bytes/s → decimal GB/s, e.g. 25.6e9 → '25.6 GB/s'. */
export function formatGBps(bytesPerS: number): string {
  return `${formatNumber(bytesPerS / 1e9)} GB/s`;
}

/** Ops/s → TOPS, e.g. 12.5e12 → '12.5 TOPS'. */
export function formatTops(opsPerS: number): string {
  return `${formatNumber(opsPerS / 1e12)} TOPS`;
}
