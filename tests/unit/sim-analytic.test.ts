import { describe, expect, it } from 'vitest';
import { buildPack } from '../../src/battery/pack';
import { constantPowerCurrentA, maxDeliverablePowerW } from '../../src/battery/rint';
import { dischargeAtPower } from '../../src/sim/discharge';
import { simulate } from '../../src/sim/simulate';
import { FLAT_OCV, idealPlan, minimalPlan } from './plan-helpers';

describe('ideal battery at constant power', () => {
  it.each([
    [1000, 100],
    [2300, 333],
    [605, 403],
    [50, 7],
  ])('%d Wh at %d W runs exactly E/P', (energyWh, powerW) => {
    const r = simulate(idealPlan(energyWh, powerW));
    expect(r.runtimeHours).not.toBeNull();
    expect(r.runtimeHours!).toBeCloseTo(energyWh / powerW, 9);
    expect(r.energyBreakdownWh.locomotion).toBeCloseTo(energyWh, 6);
    expect(r.energyBreakdownWh.batteryLoss).toBe(0);
    expect(r.energyBreakdownWh.conversionLoss).toBe(0);
  });

  it('splits E/P across alternating segments by their average power', () => {
    const plan = idealPlan(1200, 100, {
      robot: {
        name: 'Ideal',
        massWithoutBatteryKg: 10,
        activities: [
          { id: 'hi', label: 'High', powerW: 300 },
          { id: 'lo', label: 'Low', powerW: 100 },
        ],
      },
      dutyCycle: {
        segments: [
          { kind: 'activity', activity: 'hi', durationMin: 10 },
          { kind: 'activity', activity: 'lo', durationMin: 30 },
        ],
      },
    });
    // One 40-min cycle uses 300·10/60 + 100·30/60 = 100 Wh; 1200 Wh last 12 cycles = 8 h exactly.
    expect(simulate(plan).runtimeHours!).toBeCloseTo(8, 9);
  });

  it('with a reserve, runs (1 − reserve)·E/P', () => {
    const plan = idealPlan(1000, 100);
    const withReserve = { ...plan, battery: { ...plan.battery, reservePercent: 20 } };
    expect(simulate(withReserve).runtimeHours!).toBeCloseTo(8, 9);
  });
});

describe('Rint battery with a flat OCV', () => {
  const V = 37;
  const R = 0.2;
  const P = 400;
  const Q = 1000 / V; // Ah, pack figures: Q = E / V_nom
  it('draws the closed-form current and runs Q/I', () => {
    const expectedI = (V - Math.sqrt(V * V - 4 * R * P)) / (2 * R);
    expect(constantPowerCurrentA(V, R, P)).toBeCloseTo(expectedI, 12);
    const plan = idealPlan(1000, P);
    const rintPlan = {
      ...plan,
      battery: { ...plan.battery, pack: { ...plan.battery.pack!, internalResistanceOhm: R } },
    };
    const r = simulate(rintPlan);
    const expectedHours = Q / expectedI;
    expect(r.runtimeHours!).toBeCloseTo(expectedHours, 9);
    // I²R loss: I²R·t; delivered P·t; chemical OCV·I·t.
    expect(r.energyBreakdownWh.batteryLoss).toBeCloseTo(expectedI * expectedI * R * expectedHours, 6);
    expect(r.energyBalance.chemicalWh).toBeCloseTo(V * expectedI * expectedHours, 6);
  });

  it('flags a load above P_max = OCV²/4R and never returns NaN', () => {
    expect(maxDeliverablePowerW(V, R)).toBeCloseTo((V * V) / (4 * R), 9);
    expect(constantPowerCurrentA(V, R, 2000)).toBeNull();
    const plan = idealPlan(1000, 2000);
    const hot = {
      ...plan,
      battery: { ...plan.battery, pack: { ...plan.battery.pack!, internalResistanceOhm: R } },
    };
    const r = simulate(hot);
    expect(r.warnings.map((w) => w.code)).toContain('POWER_ABOVE_DELIVERABLE');
    expect(r.runtimeHours).toBe(0);
    expect(JSON.stringify(r)).not.toContain('NaN');
  });

  it('ends at the terminal-voltage cut-off when sag reaches it before the reserve', () => {
    const plan = idealPlan(1000, 600, {});
    const sagging = {
      ...plan,
      battery: {
        ...plan.battery,
        ocvTable: [
          { socPercent: 0, voltageV: 3.0 },
          { socPercent: 100, voltageV: 4.2 },
        ],
        pack: { ...plan.battery.pack!, internalResistanceOhm: 0.3, minVoltageV: 30 },
      },
    };
    const r = simulate(sagging);
    expect(r.runtimeEndedBy).toBe('cutoff');
    expect(r.warnings.map((w) => w.code)).toContain('CUTOFF_BEFORE_RESERVE');
    // At the end, terminal voltage = cut-off: OCV_end = Vmin + P·R/Vmin.
    const pack = buildPack(sagging.battery);
    const ocvEnd = 30 + (600 * 0.3) / 30;
    const d = dischargeAtPower(pack, 1, 600, Infinity, { floorSoc: 0, maxStepSoc: 0.02 });
    expect(pack.ocvScale * (3.0 + 1.2 * d.socEnd)).toBeCloseTo(ocvEnd, 9);
    expect(d.minTerminalV).toBeCloseTo(30, 6);
  });
});

describe('zero load', () => {
  it('gives an explicit unbounded runtime, not a hang', () => {
    const r = simulate(idealPlan(1000, 0));
    expect(r.runtimeHours).toBeNull();
    expect(r.runtimeUnbounded).toBe(true);
    expect(r.warnings.map((w) => w.code)).toContain('RUNTIME_UNBOUNDED');
  });
  it('an unpowered rest segment draws nothing', () => {
    const plan = minimalPlan({
      dutyCycle: {
        segments: [
          { kind: 'activity', activity: 'work', durationMin: 30 },
          { kind: 'rest', durationMin: 30 },
        ],
      },
    });
    const busy = simulate(minimalPlan());
    const rested = simulate(plan);
    // Same energy, half the duty: twice the wall-clock time, within the rounding of the last partial cycle.
    expect(rested.runtimeHours! / busy.runtimeHours!).toBeGreaterThan(1.9);
    expect(rested.energyBreakdownWh.locomotion).toBeCloseTo(busy.energyBreakdownWh.locomotion, 3);
  });
});

describe('mass scaling', () => {
  it('activity power scales as (m/m_ref)^k with the battery mass included', () => {
    const plan = idealPlan(1000, 100, {
      robot: {
        name: 'Scaled',
        massWithoutBatteryKg: 15,
        activities: [{ id: 'work', label: 'Work', powerW: 100 }],
        massScaling: { referenceMassKg: 10, exponent: 1 },
      },
    });
    // Total mass 15 + 5 = 20 kg → P = 100·2 = 200 W → 5 h.
    const r = simulate(plan);
    expect(r.pack.totalRobotMassKg).toBe(20);
    expect(r.runtimeHours!).toBeCloseTo(5, 9);
  });
});

describe('conversion efficiency', () => {
  it('electronics draw P/η from the battery; locomotion P/η_loco', () => {
    const plan = idealPlan(1000, 100, {
      compute: [{ id: 'npu', idlePowerW: 10, maxPowerW: 10 }],
      powerConversion: { dcdcEfficiencyPercent: 80, locomotionEfficiencyPercent: 100 },
    });
    // Battery power 100 + 10/0.8 = 112.5 W.
    const r = simulate(plan);
    expect(r.runtimeHours!).toBeCloseTo(1000 / 112.5, 9);
    expect(r.energyBreakdownWh.conversionLoss).toBeCloseTo(2.5 * (1000 / 112.5), 6);
  });
  it('a flat table is used as-is (sanity of the helper)', () => {
    expect(FLAT_OCV[0]!.voltageV).toBe(3.7);
  });
});
