import { describe, expect, it } from 'vitest';
import { chargeCcCv } from '../../src/battery/charging';
import { buildPack, packOcvV } from '../../src/battery/pack';
import { resolvePlan } from '../../src/plan/resolve';
import { simulate } from '../../src/sim/simulate';
import { EXAMPLES, readExample } from './plan-helpers';

describe.each(EXAMPLES)('example %s', (file) => {
  const plan = readExample(file);
  const r = simulate(plan);

  it('balances energy: chemical out = loads + conversion loss + I²R to 1e-6', () => {
    const e = r.energyBreakdownWh;
    const accounted = e.locomotion + e.compute + e.accessories + e.conversionLoss + e.batteryLoss;
    expect(r.energyBalance.chemicalWh).toBeGreaterThan(0);
    expect(Math.abs(r.energyBalance.chemicalWh - accounted) / r.energyBalance.chemicalWh).toBeLessThan(1e-6);
  });

  it('starts from the CC-CV end point: OCV(full) = V_max − I_end·R, or the charge limit', () => {
    const pack = buildPack(plan.battery);
    const full = r.pack.chargedSocPercent / 100;
    const endCurrentA = (plan.charger?.endOfChargeCRate ?? 0.05) * pack.ratedCapacityAh;
    const ocvEnd = pack.maxVoltageV - endCurrentA * pack.resistanceOhm;
    if (full < pack.maxSoc) expect(packOcvV(pack, full)).toBeCloseTo(ocvEnd, 9);
    else expect(packOcvV(pack, pack.maxSoc)).toBeLessThanOrEqual(ocvEnd + 1e-9);
    expect(r.series[0]!.soc).toBeCloseTo(full, 12);
  });

  it('chemical energy drawn equals Q·∫OCV dSoC between full and the end SoC (independent check)', () => {
    const pack = buildPack(plan.battery);
    const endSoc = pack.reserveSoc; // examples end at the reserve
    const startSoc = r.pack.chargedSocPercent / 100;
    expect(r.runtimeEndedBy).toBe('reserve');
    let integral = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const s = endSoc + ((startSoc - endSoc) * (i + 0.5)) / n;
      integral += packOcvV(pack, s) * ((startSoc - endSoc) / n);
    }
    expect(r.energyBalance.chemicalWh / (pack.capacityAh * integral)).toBeCloseTo(1, 6);
  });

  it('is time-step independent: halving the max SoC step changes runtime by < 0.1 %', () => {
    const coarse = simulate(plan, { maxStepSoc: 0.05, skipLifetime: true }).runtimeHours!;
    const fine = simulate(plan, { maxStepSoc: 0.025, skipLifetime: true }).runtimeHours!;
    const finest = simulate(plan, { maxStepSoc: 0.002, skipLifetime: true }).runtimeHours!;
    expect(Math.abs(coarse - fine) / fine).toBeLessThan(1e-3);
    expect(Math.abs(r.runtimeHours! - finest) / finest).toBeLessThan(1e-3);
  });

  it('returns finite numbers everywhere', () => {
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
    for (const p of r.series) {
      expect(p.soc).toBeGreaterThanOrEqual(0);
      expect(p.soc).toBeLessThanOrEqual(1);
    }
  });

  it('charge time matches a fine explicit time-step CC-CV reference within 0.5 %', () => {
    const rp = resolvePlan(plan);
    if (!rp.charger) return;
    const pack = rp.pack;
    const model = chargeCcCv(pack, rp.charger, pack.reserveSoc, Infinity);
    // Reference: explicit Euler in time, dt = 0.5 s, same physics written out directly.
    const dt = 0.5;
    const R = pack.resistanceOhm;
    const iMax = pack.maxChargeCRate * pack.ratedCapacityAh;
    const pDc = rp.charger.powerW * rp.charger.efficiency;
    const iEnd = rp.charger.endOfChargeCRate * pack.ratedCapacityAh;
    let soc = pack.reserveSoc;
    let t = 0;
    for (;;) {
      const ocv = packOcvV(pack, soc);
      const iPower = (-ocv + Math.sqrt(ocv * ocv + 4 * R * pDc)) / (2 * R);
      let i = Math.min(iMax, iPower);
      if (ocv + i * R > pack.maxVoltageV) i = (pack.maxVoltageV - ocv) / R;
      if (i <= iEnd || soc >= pack.maxSoc) break;
      soc += (i * dt) / (3600 * pack.capacityAh);
      t += dt;
    }
    expect(Math.abs(model.elapsedS - t) / t).toBeLessThan(5e-3);
  });
});
