import type { Comparison, Sensitivity, SweepResult } from '../analysis';
import { outputHeader } from '../analysis/column-names';
import type { SeriesPoint } from '../sim/engine';

/**
 * A text cell a spreadsheet would run as a formula is neutralised (OWASP, "CSV Injection"): a cell that begins
 * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so Excel, LibreOffice and Sheets show
 * it as text. Numbers are numbers (a negative number is written as one, never prefixed).
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV field: numbers as written (non-finite ones empty), text neutralised and quoted when needed (RFC 4180). */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const s =
    typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : neutraliseFormula(value);
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

/** A comparison as CSV: one row per output, the base value then each scenario's value and delta. */
export function comparisonToCsv(c: Comparison): string {
  const header = [
    'output',
    'unit',
    ...c.columns.flatMap((col, i) => (i === 0 ? [col.name] : [col.name, `${col.name} delta`])),
  ];
  // First the verdict of each column: an empty load-dependent cell of an infeasible column is "cannot run".
  const verdict = [
    'verdict',
    '',
    ...c.columns.flatMap((col, i) =>
      i === 0 ? [col.feasibility ?? 'invalid'] : [col.feasibility ?? 'invalid', null],
    ),
  ];
  const rows = c.rows.map((row) => [
    row.label,
    row.unit,
    ...c.columns.flatMap((col, i) => {
      const cell = col.cells[row.key];
      return i === 0 ? [cell?.value ?? null] : [cell?.value ?? null, cell?.delta ?? null];
    }),
  ]);
  return toCsv(header, [verdict, ...rows]);
}

/** A sensitivity study as CSV: one row per input, ranked. */
export function sensitivityToCsv(s: Sensitivity): string {
  return toCsv(
    [
      'input',
      'input_name',
      'base_input',
      'low_input',
      'high_input',
      `${outputHeader(s.output)} at −${s.deltaPercent} %`,
      `${outputHeader(s.output)} at +${s.deltaPercent} %`,
      'swing',
      'low_na',
      'high_na',
    ],
    s.bars.map((b) => [
      b.path,
      b.label ?? b.path,
      b.baseInput,
      b.lowInput,
      b.highInput,
      b.outputLow,
      b.outputHigh,
      b.swing,
      b.lowNa,
      b.highNa,
    ]),
  );
}

/** A sweep as CSV: one row per grid point (axis values, then outputs). */
export function sweepToCsv(r: SweepResult): string {
  const [a, b] = r.axes;
  const rows: (number | string | null)[][] = [];
  for (let i = 0; i < r.total; i++) {
    const coords = b
      ? [a!.values[Math.floor(i / b.values.length)]!, b.values[i % b.values.length]!]
      : [a!.values[i]!];
    rows.push([...coords, ...r.outputs.map((o) => r.values[o]![i] ?? null), r.feasibility[i] ?? null]);
  }
  return toCsv(
    [...r.axes.map((x) => x.label ?? x.path), ...r.outputs.map(outputHeader), 'feasibility'],
    rows,
  );
}
