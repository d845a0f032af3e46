import type { SeriesPoint } from '../sim/engine';

/** Quote a CSV field when needed (RFC 4180). */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text with a header line. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

export const SERIES_CSV_HEADER = [
  'time_h',
  'soc_percent',
  'terminal_voltage_v',
  'current_a',
  'battery_power_w',
  'locomotion_w',
  'compute_w',
  'accessories_w',
  'losses_w',
  'segment',
] as const;

/** The simulated time series as CSV (full precision, SI-ish units named in the header). */
export function seriesToCsv(series: readonly SeriesPoint[]): string {
  return toCsv(
    SERIES_CSV_HEADER,
    series.map((p) => [
      p.timeS / 3600,
      p.soc * 100,
      p.terminalV,
      p.currentA,
      p.batteryW,
      p.locomotionW,
      p.computeW,
      p.accessoriesW,
      p.lossW,
      p.segment,
    ]),
  );
}
