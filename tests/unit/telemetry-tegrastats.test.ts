import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTegrastatsLog, trapezoidEnergyWh } from '../../src/telemetry/power-log';
import { isTegrastatsLine, parseTegrastatsLine } from '../../src/telemetry/tegrastats';

// tegrastats lines of every Jetson generation, written from the published formats (docs/telemetry.md):
// the total follows jtop's rule, the instantaneous value is integrated, and junk is reported, not dropped.

const pad = (n: number) => String(n).padStart(2, '0');
const stamp = (s: number) => {
  const d = new Date(Date.UTC(2024, 8, 27, 12, 0, 0) + s * 1000);
  return `${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}-${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} `;
};
const mw = (w: number) => Math.round(w * 1000);

/** A line of a generation for module power `w` (W); `avg` is a running average the reader must ignore. */
const LINE = {
  nano: (w: number, avg: number) =>
    `RAM 1520/3956MB (lfb 4x4MB) SWAP 0/1978MB (cached 0MB) CPU [9%@1479,5%@1479] EMC_FREQ 0% GR3D_FREQ 0% PLL@26C CPU@29C POM_5V_IN ${mw(w)}/${mw(avg)} POM_5V_GPU ${mw(w * 0.2)}/${mw(avg * 0.2)} POM_5V_CPU ${mw(w * 0.4)}/${mw(avg * 0.4)}`,
  tx2: (w: number, avg: number) =>
    `RAM 2000/7852MB (lfb 1x4MB) CPU [1%@345] VDD_IN ${mw(w)}/${mw(avg)} VDD_CPU ${mw(w * 0.15)}/153 VDD_GPU 153/153 VDD_SOC 384/384 VDD_WIFI 38/124 VDD_DDR 192/192`,
  orinNx: (w: number, avg: number) =>
    `RAM 2000/15000MB (lfb 1x4MB) CPU [1%@1200] VDD_IN ${mw(w)}mW/${mw(avg)}mW VDD_CPU_GPU_CV ${mw(w * 0.2)}mW/1067mW VDD_SOC ${mw(w * 0.25)}mW/1384mW`,
  // No input rail: the total is the sum of the rails.
  xavier: (w: number, avg: number) =>
    `RAM 1000/31000MB (lfb 1x4MB) CPU [1%@1200] GPU ${mw(w * 0.3)}/${mw(avg * 0.3)} CPU ${mw(w * 0.2)}/385 SOC ${mw(w * 0.3)}/2503 CV 0/0 VDDRQ ${mw(w * 0.05)}/192 SYS5V ${mw(w * 0.15)}/2692`,
  jp7: (w: number, avg: number) =>
    `RAM 3000/62000MB (lfb 1x4MB) GR3D_FREQ 12%@[1300,1300] cpu@52.968C/52.968C VDD_GPU_SOC ${mw(w * 0.4)}mW/${mw(avg * 0.4)}mW/${mw(w)}mW VDD_CPU_CV ${mw(w * 0.25)}mW/3268mW/3268mW VIN_SYS_5V0 ${mw(w * 0.35)}mW/5500mW/5500mW`,
} as const;

/** A square-wave module power: 4 W idle, 12 W busy, switching every 30 s. */
const profile = (t: number) => (Math.floor(t / 30) % 2 ? 12 : 4);

function log(gen: keyof typeof LINE, seconds: number, opts: { stamps?: boolean; junk?: boolean } = {}) {
  const lines: string[] = [];
  let sum = 0;
  for (let t = 0; t <= seconds; t++) {
    const w = profile(t);
    sum += w;
    lines.push((opts.stamps ? stamp(t) : '') + LINE[gen](w, sum / (t + 1)));
    if (opts.junk && t % 50 === 7)
      lines.push('tegrastats: some warning', 'RAM 1520/3956MB (lfb 4x4MB) POM_5V_IN 34');
  }
  return lines.join('\n') + '\n';
}

describe('tegrastats lines', () => {
  it('reads each generation with the total jtop gives', () => {
    const nano = parseTegrastatsLine(LINE.nano(3.41, 3.41))!;
    expect(nano.totalW).toBeCloseTo(3.41, 12);
    expect([nano.rule, nano.inputRail]).toEqual(['input-rail', 'POM_5V_IN']);
    // Never the input rail plus the others (jetson_stats #51).
    expect(nano.totalW).not.toBeCloseTo(3.41 + 0.682 + 1.364, 3);
    expect(parseTegrastatsLine(LINE.tx2(1.038, 1.134))!.totalW).toBeCloseTo(1.038, 12);
    const nx = parseTegrastatsLine(LINE.orinNx(5.348, 5.348))!;
    expect([nx.totalW, nx.inputRail]).toEqual([5.348, 'VDD_IN']);
    const xavier = parseTegrastatsLine(LINE.xavier(10, 10))!;
    expect(xavier.rule).toBe('sum-of-rails');
    expect(xavier.totalW).toBeCloseTo(10, 9);
    // JetPack 7: three values per rail, the first is read; the rails are summed (no VDD_IN on AGX Orin).
    const jp7 = parseTegrastatsLine(LINE.jp7(20, 3))!;
    expect(jp7.rule).toBe('sum-of-rails');
    expect(jp7.totalW).toBeCloseTo(20, 9);
    expect(Object.keys(jp7.railsW)).toEqual(['VDD_GPU_SOC', 'VDD_CPU_CV', 'VIN_SYS_5V0']);
  });

  it('reads timestamps and tells a tegrastats line from junk', () => {
    expect(parseTegrastatsLine(stamp(0) + LINE.orinNx(5, 5))!.timeS).toBe(Date.UTC(2024, 8, 27, 12) / 1000);
    expect(isTegrastatsLine(LINE.tx2(1, 1))).toBe(true);
    expect(isTegrastatsLine('Time,Voltage / V,Current / A')).toBe(false);
    expect(parseTegrastatsLine('RAM 1520/3956MB (lfb 4x4MB) CPU [9%@1479]')).toBeNull();
  });
});

describe('a tegrastats log as a power series', () => {
  it.each(Object.keys(LINE) as (keyof typeof LINE)[])(
    '%s: the energy of the instantaneous power, not of the running average',
    (gen) => {
      const r = readTegrastatsLog(log(gen, 600));
      expect(r.rowsRead).toBe(601);
      expect(r.rowsSkipped).toBe(0);
      expect(r.timeSpanS).toBe(600);
      // The square wave sampled each second, by the trapezoid rule: 29 s at each level and a 1-s edge at 8 W
      // per half period, so exactly 8 W on average: 600 s · 8 W = 4800 J.
      expect(r.energyWh).toBeCloseTo(4800 / 3600, 6);
      expect(r.energyWh).toBe(trapezoidEnergyWh(r.timeS, r.powerW));
      expect(r.peakPowerW).toBeCloseTo(12, 9);
      expect(r.meanPowerW).toBeGreaterThan(7.8);
      expect(r.meanPowerW).toBeLessThan(8.2);
      expect(r.totalPowerRule).toBe(gen === 'xavier' || gen === 'jp7' ? 'sum-of-rails' : 'input-rail');
    },
  );

  it('junk lines are counted with their line numbers; timestamps place the samples; a gap is said', () => {
    const text = log('orinNx', 200, { stamps: true, junk: true });
    const lines = text.split('\n');
    lines.splice(120, 40); // 40 lines lost: a gap of ~36 s
    lines.splice(30, 0, lines[29]!); // a duplicated line
    const r = readTegrastatsLog(lines.join('\n'));
    const junk = lines.flatMap((l, k) => (parseTegrastatsLine(l) || l === '' ? [] : [k + 1]));
    expect(junk.length).toBeGreaterThan(2);
    expect(r.skipped['no-power'].count).toBe(junk.length);
    expect(r.skipped['no-power'].firstLines).toEqual(junk.slice(0, 5));
    expect(r.skipped['time-not-increasing'].count).toBe(1);
    expect(r.skipped['time-gap'].count).toBe(1);
    expect(r.timeSpanS).toBe(200);
    expect(r.rowsSkipped).toBe(junk.length + 1);
  });

  it('property: the energy of any constant power P over N samples is P · (N − 1) · interval', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 60, noNaN: true }),
        fc.integer({ min: 2, max: 300 }),
        fc.integer({ min: 10, max: 5000 }),
        (w, n, intervalMs) => {
          const text = Array.from({ length: n }, () => LINE.tx2(w, w)).join('\n');
          const r = readTegrastatsLog(text, { intervalMs });
          const p = Math.round(w * 1000) / 1000;
          return (
            Math.abs(r.energyWh - (p * (n - 1) * intervalMs) / 1000 / 3600) < 1e-9 * Math.max(1, r.energyWh)
          );
        },
      ),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 200) },
    );
  });
});
