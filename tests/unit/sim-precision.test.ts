import { describe, expect, it } from 'vitest';
import { integrateOcv } from '../../src/battery/ocv';
import { packOcvV } from '../../src/battery/pack';
import { resolvePlan } from '../../src/plan/resolve';
import { planSchema } from '../../src/plan/schema';
import { cutoffSocAtPower, dischargeAtPower } from '../../src/sim/discharge';
import { runtimeOnOneCharge, simulate } from '../../src/sim/simulate';

/**
 * A fuzz-found extreme: a 0.35 µW lamp (0.61 µW from the pack) on a 1.5 Ah cell group in 1-second cycles,
 * R = 0. The runtime is ~3.3e10 s (~3.3e10 cycles, nearly all skipped); each cycle moves the SoC by ~3e-11,
 * only ~1e5 doubles, and late in the run each cycle's energy is ~1e-11 of the totals.
 */
const microwattPlan = planSchema.parse({
  format: 'powerplan',
  version: 2,
  name: 'fuzz',
  robot: {
    name: 'r',
    massWithoutBatteryKg: 0,
    activities: [
      { id: 'a', label: 'A', powerW: 0 },
      { id: 'b', label: 'B', powerW: 0 },
    ],
  },
  battery: {
    chemistry: 'NMC',
    cells: {
      cell: {
        capacityAh: 0.5,
        nominalVoltageV: 3.6,
        maxVoltageV: 4.2,
        minVoltageV: 2.5,
        internalResistanceOhm: 0,
        massKg: 0.01,
        maxDischargeCRate: 0.2,
        maxChargeCRate: 0.1,
      },
      series: 1,
      parallel: 6,
      packMassOverheadPercent: 25,
    },
    reservePercent: 0,
    maxSocPercent: 100,
    stateOfHealthPercent: 50.774092905302126,
    temperatureC: 0,
  },
  compute: [{ id: 'dev', idlePowerW: 0, maxPowerW: 0, defaultUtilisationPercent: 0 }],
  accessories: [{ id: 'lamp', label: 'Lamp', powerW: 3.5408113605317207e-7, mode: 'perSegment' }],
  powerConversion: { dcdcEfficiencyPercent: 58.26562296802483, locomotionEfficiencyPercent: 100 },
  dutyCycle: {
    segments: [
      { kind: 'activity', activity: 'a', durationMin: 0.016666666666666725, accessoriesOn: ['lamp'] },
    ],
    repeat: { mode: 'hours', hours: 0.1 },
    operatingHoursPerDay: 0,
    daysPerYear: 250,
  },
  targets: {},
});

describe('precision of microwatt loads over ~1e10 one-second cycles', () => {
  it.each([0.02, 0.005])('balances energy far inside 1e-6 (maxStepSoc %f)', (maxStepSoc) => {
    const r = simulate(microwattPlan, { maxStepSoc, skipLifetime: true, skipSeries: true });
    // The contract is 1e-6; per-cycle energies taken as differences of the run's totals gave ~1e-6.
    expect(r.energyBalance.relativeError).toBeLessThan(1e-9);
  });

  it.each([0.02, 0.005])('ends at the floor and matches Q·∫OCV ds / P (maxStepSoc %f)', (maxStepSoc) => {
    const rp = resolvePlan(microwattPlan);
    const { pack } = rp;
    const powerW = rp.segments[0]!.power.batteryW;
    const floor = Math.max(pack.reserveSoc, cutoffSocAtPower(pack, powerW) ?? 1);
    const run = runtimeOnOneCharge(rp, pack, maxStepSoc);
    expect(run.endedBy === 'reserve' || run.endedBy === 'cutoff').toBe(true);
    // Skips used to overshoot the floor (to −0.001 SoC): the drop per cycle grows as the OCV falls.
    expect(run.state.soc).toBeGreaterThanOrEqual(floor - 1e-12);
    expect(run.state.soc).toBeLessThan(floor + 1e-9);
    // With R = 0 the current is P/OCV, so t = 3600·Q·∫ds/I = 3600·Q·∫OCV ds / P and the chemical energy is
    // 3600·Q·∫OCV ds, exactly, over [floor, maxSoc].
    const chemicalJ =
      3600 * pack.capacityAh * pack.ocvScale * integrateOcv(pack.ocvTable, floor, pack.maxSoc);
    expect(Math.abs(run.state.timeS / (chemicalJ / powerW) - 1)).toBeLessThan(2e-6);
    expect(Math.abs(run.state.energy.chemicalOutJ / chemicalJ - 1)).toBeLessThan(2e-6);
  });

  it('keeps the sub-ulp part of a one-second step in the SoC drop, charge and energies', () => {
    const rp = resolvePlan(microwattPlan);
    const { pack } = rp;
    const powerW = rp.segments[0]!.power.batteryW;
    const soc0 = 0.6180339887;
    const d = dischargeAtPower(pack, soc0, powerW, 1, { floorSoc: 0, maxStepSoc: 0.02, samples: false });
    const expectedDrop = powerW / packOcvV(pack, soc0) / (3600 * pack.capacityAh); // I·t / 3600·Q, R = 0
    expect(d.endedBy).toBe('duration');
    expect(d.elapsedS).toBe(1);
    expect(Math.abs(d.socDrop / expectedDrop - 1)).toBeLessThan(1e-9);
    expect(Math.abs((d.chargeAh * 3600) / (powerW / packOcvV(pack, soc0)) - 1)).toBeLessThan(1e-9);
    // The rounded SoCs alone are off by up to half a double's spacing, ~1e-6 of this drop.
    expect(Math.abs(soc0 - d.socEnd - d.socDrop)).toBeLessThanOrEqual(Number.EPSILON);
    expect(Math.abs(d.chemicalEnergyJ / (d.terminalEnergyJ + d.lossJ) - 1)).toBeLessThan(1e-12);
  });
});
