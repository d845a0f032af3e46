import { describe, expect, it } from 'vitest';
import { isJtopHeader, readJtopCsv } from '../../src/telemetry/jtop-csv';

// jtop CSV logs as jetson-stats' logger writes them: `Power TOT` is the total, rails are not added to it.

const HEADER = [
  'time',
  'uptime',
  'CPU1',
  'RAM',
  'GPU',
  'Temp CPU',
  'Power VDD_CPU_GPU_CV',
  'Power VDD_SOC',
  'Power TOT',
  'jetson_clocks',
];
const row = (s: number, totMw: number) => [
  new Date(Date.UTC(2024, 8, 27, 12, 0, s)).toISOString().replace('T', ' ').replace('Z', '000'),
  '1:00:00',
  '12',
  '0.4',
  '30',
  '48.5',
  String(totMw * 0.2),
  String(totMw * 0.25),
  String(totMw),
  'OFF',
];
const asRows = (cells: string[][]) => cells.map((c, k) => ({ line: k + 1, cells: c }));

describe('jtop CSV', () => {
  it('reads Power TOT as the total, in watts, and integrates it', () => {
    expect(isJtopHeader(HEADER)).toBe(true);
    expect(isJtopHeader(['Test Time / s', 'Voltage / V'])).toBe(false);
    const r = readJtopCsv(asRows([HEADER, ...Array.from({ length: 61 }, (_, s) => row(s, 8000))]));
    expect(r.totalColumn).toBe('Power TOT');
    expect(r.railColumns).toEqual(['Power VDD_CPU_GPU_CV', 'Power VDD_SOC']);
    expect(r.powerW[0]).toBe(8);
    expect(r.timeS.at(-1)).toBe(60);
    // 8 W for 60 s, not 8 W + the rails.
    expect(r.energyWh).toBeCloseTo((8 * 60) / 3600, 12);
  });

  it('sums the rails when there is no total; bad rows are reported by line', () => {
    const noTot = HEADER.filter((h) => h !== 'Power TOT');
    const rows = Array.from({ length: 11 }, (_, s) =>
      row(s, 10000).filter((_, k) => HEADER[k] !== 'Power TOT'),
    );
    rows[4] = ['not a date', ...rows[4]!.slice(1)];
    const r = readJtopCsv(asRows([noTot, ...rows]));
    expect(r.totalColumn).toBeNull();
    expect(r.powerW[0]).toBeCloseTo(4.5, 12);
    expect(r.badLines).toEqual([6]);
    expect(r.timeS.length).toBe(10);
  });
});
