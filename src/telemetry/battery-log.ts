/**
 * Battery logs with pack (or cell) voltage and current, as tables (docs/telemetry.md):
 * - Battery Data Format (Battery Data Alliance, ontology 1.3.0): `Test Time / s`, `Voltage / V`,
 *   `Current / A` (machine names `test_time_second`, `voltage_volt`, `current_ampere`); positive = charging;
 * - cycler exports, by the column names PyProBE maps (imperialcollegelondon.github.io/PyProBE, `cyclers`):
 *   Arbin `Test Time (s)`, `Current (A)`, `Voltage (V)`; Maccor `Test Time (sec)`, `Current`, `Voltage`;
 *   Neware `Total Time`, `Current(mA)`, `Voltage(V)`; BioLogic `time/s`, `I/mA`, `Ecell/V`;
 * - Batrium pack logs (whitespace-delimited `LogDate LogTime … PackAmp PackVolt …`).
 * Which way discharge current points differs between sources, so it is detected from the data: current that
 * flows while the voltage falls is discharge (`detectDischargeSign`). Inside PowerPlan discharge is positive.
 */

export type BatteryLogFormat = 'bdf' | 'arbin' | 'maccor' | 'neware' | 'biologic' | 'batrium';

/** Where the time, voltage and current are in a table, and their units. */
export interface ColumnMap {
  format: BatteryLogFormat;
  time: number;
  voltage: number;
  current: number;
  /** Multiply the current column by this to get amperes (0.001 for mA). */
  currentScale: number;
  /** Batrium: the time is the date and time columns together. */
  dateColumn?: number;
}

interface Pattern {
  format: BatteryLogFormat;
  time: readonly string[];
  voltage: readonly string[];
  current: readonly (readonly [string, number])[];
}

const PATTERNS: readonly Pattern[] = [
  {
    format: 'bdf',
    time: ['test time / s', 'test_time_second'],
    voltage: ['voltage / v', 'voltage_volt'],
    current: [
      ['current / a', 1],
      ['current_ampere', 1],
    ],
  },
  {
    format: 'arbin',
    time: ['test time (s)', 'test_time(s)'],
    voltage: ['voltage (v)', 'voltage(v)'],
    current: [
      ['current (a)', 1],
      ['current(a)', 1],
    ],
  },
  {
    format: 'maccor',
    time: ['test time (sec)', 'test time (s)'],
    voltage: ['voltage'],
    current: [['current', 1]],
  },
  {
    format: 'neware',
    time: ['total time'],
    voltage: ['voltage(v)'],
    current: [
      ['current(ma)', 0.001],
      ['current(a)', 1],
    ],
  },
  {
    format: 'biologic',
    time: ['time/s'],
    voltage: ['ecell/v'],
    current: [
      ['i/ma', 0.001],
      ['<i>/ma', 0.001],
    ],
  },
  { format: 'batrium', time: ['logtime'], voltage: ['packvolt'], current: [['packamp', 1]] },
];

/** The columns of a known battery-log format in a header row, or null. */
export function detectBatteryColumns(header: readonly string[]): ColumnMap | null {
  const names = header.map((h) => h.trim().toLowerCase());
  for (const p of PATTERNS) {
    const time = names.findIndex((n) => p.time.includes(n));
    const voltage = names.findIndex((n) => p.voltage.includes(n));
    const cur = p.current.map(([n, k]) => [names.indexOf(n), k] as const).find(([i]) => i >= 0);
    if (time < 0 || voltage < 0 || !cur) continue;
    const map: ColumnMap = { format: p.format, time, voltage, current: cur[0], currentScale: cur[1] };
    if (p.format === 'batrium') map.dateColumn = names.indexOf('logdate');
    return map;
  }
  return null;
}

/** Seconds from a time cell: a number of seconds, `h:mm:ss(.s)` (Neware), or a clock time `hh:mm:ss.sss`. */
export function secondsOf(cell: string): number {
  const t = cell.trim();
  if (/^[+-]?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(t)) return Number(t);
  const m = /^(\d+):(\d{2}):(\d{2}(?:\.\d+)?)$/.exec(t);
  if (m) return Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]);
  return NaN;
}

/** A measured battery series: time from the first row, terminal voltage, current with discharge positive. */
export interface BatterySeries {
  timeS: number[];
  voltageV: number[];
  /** Discharge positive (PowerPlan's convention). */
  currentA: number[];
}

/**
 * Which sign the log gives discharge current: −1 when discharge is negative (BDF, ROS 2 BatteryState), +1
 * when positive (Elithion, ArduPilot, Batrium). Read from the data: over the log, current that flows while the
 * terminal voltage falls is discharge, so sign(Σ I·ΔV) = −(discharge sign). Null when the data cannot say
 * (no current, or a voltage that never moves with it).
 */
export function detectDischargeSign(voltageV: readonly number[], currentA: readonly number[]): 1 | -1 | null {
  let s = 0;
  let scale = 0;
  for (let k = 1; k < voltageV.length; k++) {
    const dv = voltageV[k]! - voltageV[k - 1]!;
    s += currentA[k]! * dv;
    scale += Math.abs(currentA[k]! * dv);
  }
  if (scale === 0 || Math.abs(s) < 1e-3 * scale) return null;
  return s > 0 ? -1 : 1;
}

/** Rows with their line numbers, a column map: the series, discharge positive, and the rows that were unusable. */
export function batterySeries(
  rows: readonly { line: number; cells: readonly string[] }[],
  map: ColumnMap,
  dischargeSign?: 1 | -1,
): { series: BatterySeries; badLines: number[]; dischargeSign: 1 | -1 | null } {
  const timeS: number[] = [];
  const voltageV: number[] = [];
  const currentA: number[] = [];
  const badLines: number[] = [];
  let t0: number | null = null;
  for (const { line, cells } of rows) {
    const tRaw = secondsOf(cells[map.time] ?? '');
    const v = Number(cells[map.voltage]);
    const i = Number(cells[map.current]) * map.currentScale;
    if (
      !Number.isFinite(tRaw) ||
      !Number.isFinite(v) ||
      !Number.isFinite(i) ||
      (cells[map.voltage] ?? '').trim() === ''
    ) {
      badLines.push(line);
      continue;
    }
    t0 ??= tRaw;
    const t = tRaw - t0;
    if (timeS.length && t <= timeS.at(-1)!) {
      badLines.push(line);
      continue;
    }
    timeS.push(t);
    voltageV.push(v);
    currentA.push(i);
  }
  const sign = dischargeSign ?? detectDischargeSign(voltageV, currentA);
  const k = sign ?? (map.format === 'batrium' ? 1 : -1);
  return {
    series: { timeS, voltageV, currentA: currentA.map((i) => k * i) },
    badLines,
    dischargeSign: sign,
  };
}
