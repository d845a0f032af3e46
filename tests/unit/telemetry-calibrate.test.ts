import { describe, expect, it } from 'vitest';
import type { BatterySeries } from '../../src/telemetry/battery-log';
import { calibratePack } from '../../src/telemetry/calibrate';

// A plan → its simulated log → calibration: the same R and capacity within stated tolerances.

/** A 14S NMC-like pack OCV: 3.0–4.15 V per cell, curved. */
const ocv = (soc: number) =>
  14 * (3.0 + 0.75 * soc + 0.4 * soc * soc - 0.25 * soc ** 3 + 0.25 * soc ** 0.5 * 0);

/** A seeded normal noise generator (Box–Muller on a small LCG), so the test is deterministic. */
function noise(seed: number) {
  let x = seed;
  const u = () => ((x = (x * 1103515245 + 12345) % 2 ** 31) + 1) / (2 ** 31 + 1);
  return () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
}

/** A robot's shift on a pack of `q` Ah and `r` Ω: walking 20 A / sitting 5 A every 10 min, 1 s samples, σ mV noise. */
function shift(q: number, r: number, hours: number, sigmaV: number, steps = true): BatterySeries {
  const rnd = noise(7);
  const s: BatterySeries = { timeS: [], voltageV: [], currentA: [] };
  let ah = 0;
  for (let t = 0; t <= hours * 3600; t += 1) {
    const i = steps ? (Math.floor(t / 600) % 3 === 0 ? 20 : 5) : 9;
    if (t > 0) ah += i / 3600;
    s.timeS.push(t);
    s.currentA.push(i);
    s.voltageV.push(ocv(1 - ah / q) - i * r + sigmaV * rnd());
  }
  return s;
}

describe('calibrating a pack from its log', () => {
  it('recovers R and capacity from a deep discharge with load steps, with intervals that hold the truth', () => {
    const s = shift(44.2, 0.047, 3.5, 0.01);
    const c = calibratePack(s, ocv, 40);
    expect(c.notFitted).toEqual([]);
    const r = c.internalResistanceOhm!;
    const q = c.capacityAh!;
    expect(Math.abs(r.value - 0.047) / 0.047).toBeLessThan(0.02);
    expect(Math.abs(q.value - 44.2) / 44.2).toBeLessThan(0.01);
    expect(r.low95).toBeLessThan(0.047);
    expect(r.high95).toBeGreaterThan(0.047);
    expect(c.initialSocPercent).toBeGreaterThan(97);
    expect(c.rmsVoltageErrorV).toBeLessThan(0.012);
  });

  it('refuses a resistance without current variation, and a capacity without a deep discharge', () => {
    const flat = calibratePack(shift(44.2, 0.047, 3, 0.005, false), ocv, 40);
    expect(flat.internalResistanceOhm).toBeNull();
    expect(flat.notFitted[0]!.reason).toMatch(/current hardly varies/);
    const shallow = calibratePack(shift(44.2, 0.047, 0.5, 0.005), ocv, 40);
    expect(shallow.capacityAh).toBeNull();
    expect(shallow.notFitted.map((x) => x.figure)).toContain('capacityAh');
  });
});
