import { describe, expect, it } from 'vitest';
import {
  batterySeries,
  detectBatteryColumns,
  detectDischargeSign,
  secondsOf,
} from '../../src/telemetry/battery-log';

// Battery logs from cyclers and BMSs, written from their published column names (docs/telemetry.md): the
// format and units are found from the header, and which way discharge points from the data.

/** A pack discharging at 10 A for 10 min, resting 2 min, charging at 5 A for 5 min: V = 50 − 0.002·Ah·… − I·R. */
function pack(n = 1020) {
  const out: { t: number; v: number; i: number }[] = [];
  let ah = 0;
  for (let t = 0; t < n; t++) {
    const i = t < 600 ? 10 : t < 720 ? 0 : -5; // discharge positive
    ah += i / 3600;
    out.push({ t, v: 50 - 20 * ah - 0.05 * i, i });
  }
  return out;
}
const rows = (cells: string[][]) => cells.map((c, k) => ({ line: k + 2, cells: c }));

describe('battery log columns', () => {
  it.each([
    [['Test Time / s', 'Voltage / V', 'Current / A'], 'bdf', 1],
    [['test_time_second', 'voltage_volt', 'current_ampere'], 'bdf', 1],
    [['Date Time', 'Test Time (s)', 'Step Index', 'Current (A)', 'Voltage (V)'], 'arbin', 1],
    [['Test Time (sec)', 'Current', 'Voltage', 'Temp 1'], 'maccor', 1],
    [['Step Index', 'Total Time', 'Current(mA)', 'Voltage(V)', 'Capacity(mAh)'], 'neware', 0.001],
    [['time/s', 'Ecell/V', 'I/mA', 'Ns'], 'biologic', 0.001],
  ] as const)('%j → %s', (header, format, scale) => {
    const m = detectBatteryColumns(header)!;
    expect(m.format).toBe(format);
    expect(m.currentScale).toBe(scale);
    expect(header[m.time]!.toLowerCase()).toMatch(/time/);
    expect(header[m.voltage]!.toLowerCase()).toMatch(/volt|ecell/);
  });

  it('an unknown table is not guessed', () => {
    expect(detectBatteryColumns(['a', 'b', 'c'])).toBeNull();
    expect(detectBatteryColumns(['Test Time / s', 'Voltage / V'])).toBeNull();
  });

  it('reads seconds, h:mm:ss and refuses words', () => {
    expect(secondsOf('12.5')).toBe(12.5);
    expect(secondsOf('1:02:03.5')).toBe(3723.5);
    expect(secondsOf('1e3')).toBe(1000);
    expect(Number.isNaN(secondsOf('n/a'))).toBe(true);
  });
});

describe('the sign of discharge, from the data', () => {
  it('BDF (charging positive) and a BMS with discharge positive both come out discharge positive', () => {
    const p = pack();
    const bdf = batterySeries(
      rows(p.map((r) => [String(r.t), String(r.v), String(-r.i)])),
      detectBatteryColumns(['Test Time / s', 'Voltage / V', 'Current / A'])!,
    );
    expect(bdf.dischargeSign).toBe(-1);
    expect(bdf.series.currentA.slice(0, 3)).toEqual([10, 10, 10]);
    expect(bdf.series.currentA.at(-1)).toBe(-5);
    const bms = batterySeries(
      rows(p.map((r) => [String(r.t), String(r.i * 1000), String(r.v)])),
      detectBatteryColumns(['Total Time', 'Current(mA)', 'Voltage(V)'])!,
    );
    expect(bms.dischargeSign).toBe(1);
    expect(bms.series.currentA[0]).toBeCloseTo(10, 12);
    expect(detectDischargeSign([1, 1, 1], [0, 0, 0])).toBeNull();
  });

  it('rows with missing or non-numeric cells, and time going back, are reported by line', () => {
    const p = pack(50).map((r) => [String(r.t), String(r.v), String(-r.i)]);
    p[10] = ['10', '', '-10'];
    p[20] = ['x', '49', '-10'];
    p[30] = ['5', '49', '-10'];
    const r = batterySeries(
      rows(p),
      detectBatteryColumns(['Test Time / s', 'Voltage / V', 'Current / A'])!,
      -1,
    );
    expect(r.badLines).toEqual([12, 22, 32]);
    expect(r.series.timeS.length).toBe(47);
  });
});
