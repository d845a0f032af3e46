import { describe, expect, it } from 'vitest';
import { graphiteAnodePotentialV } from '../../src/battery/ageing';
import { chargeCcCv, chargedSoc, maxChargeCurrentA } from '../../src/battery/charging';
import { packOcvV } from '../../src/battery/pack';
import { chargeCurrentForPowerA } from '../../src/battery/rint';
import { resolvePlan } from '../../src/plan/resolve';
import { planSchema, type Plan, type PlanInput } from '../../src/plan/schema';
import { dailySchedule, simulate } from '../../src/sim/simulate';
import { minimalPlan } from './plan-helpers';

// Engine details found by the outside check: the charge's peak current, the skip-ahead near the power limit,
// the power limit as its own end reason, the end-of-day charge's anode potential, and opportunity charging
// (every cycle drawn, never above full, sustainable shifts stop).

/** A 1 s 2600 W / 4 s 300 W pulse train on a 0.25 Ω pack (cut-off 7 V, so the power limit ends it). */
function pulsePlan(energyWh: number, minVoltageV = 7): Plan {
  return planSchema.parse({
    format: 'powerplan',
    version: 2,
    name: 'pulse train',
    robot: {
      name: 'r',
      massWithoutBatteryKg: 10,
      activities: [
        { id: 'hi', label: 'Pulse', powerW: 2600 },
        { id: 'lo', label: 'Base', powerW: 300 },
      ],
    },
    battery: {
      chemistry: 'NMC',
      pack: {
        energyWh,
        nominalVoltageV: 52,
        internalResistanceOhm: 0.25,
        massKg: 6,
        minVoltageV,
        maxDischargeCRate: 200,
      },
      reservePercent: 0,
    },
    powerConversion: { dcdcEfficiencyPercent: 100, locomotionEfficiencyPercent: 100 },
    dutyCycle: {
      segments: [
        { kind: 'activity', activity: 'hi', durationMin: 1 / 60 },
        { kind: 'activity', activity: 'lo', durationMin: 4 / 60 },
      ],
    },
  } satisfies PlanInput);
}

describe('the skip-ahead near the power limit', () => {
  it.each([500, 2000, 5000])(
    '%i Wh: within 1e-6 of the cycle-by-cycle run, ended by the power limit',
    (wh) => {
      const p = pulsePlan(wh);
      const fast = simulate(p, { skipSeries: true, skipLifetime: true });
      const ref = simulate(p, { skipSeries: true, skipLifetime: true, noSkipAhead: true });
      expect(Math.abs(fast.runtimeHours! - ref.runtimeHours!) / ref.runtimeHours!).toBeLessThan(1e-6);
      expect(fast.runtimeEndedBy).toBe('power-limit');
    },
  );

  it('reaching P_max is its own end reason: the terminal sits at OCV/2, far above the 7 V cut-off', () => {
    const r = simulate(pulsePlan(500));
    const ev = r.events.find((e) => e.kind === 'power-limit-reached')!;
    expect(ev).toBeDefined();
    expect(ev.message).not.toMatch(/cut-off/);
    const volts = Number(/at ([\d.]+) V across/.exec(ev.message)![1]);
    expect(volts).toBeGreaterThan(20);
    expect(volts).toBeCloseTo(Math.sqrt(2600 * 0.25), 0);
    // With a cut-off above √(P·R) the voltage cut-off ends it, and says so.
    expect(simulate(pulsePlan(500, 30), { skipSeries: true }).runtimeEndedBy).toBe('cutoff');
  });
});

describe("the charge's peak current is sampled at the start of the CC phase", () => {
  it('power-limited CC: the first point of the charge carries I(OCV(soc₀)), the largest current', () => {
    const p = minimalPlan({
      charger: { powerW: 2000, efficiencyPercent: 92 },
      battery: {
        chemistry: 'NMC',
        pack: {
          energyWh: 2300,
          nominalVoltageV: 52,
          internalResistanceOhm: 0.047,
          massKg: 15,
          maxChargeCRate: 1,
        },
        reservePercent: 10,
      },
    });
    const rp = resolvePlan(p);
    const ch = chargeCcCv(rp.pack, rp.charger!, 0.1, Infinity);
    const expected = Math.min(
      maxChargeCurrentA(rp.pack),
      chargeCurrentForPowerA(packOcvV(rp.pack, 0.1), rp.pack.resistanceOhm, 2000 * 0.92),
    );
    expect(ch.startCurrentA).toBeCloseTo(expected, 12);
    expect(ch.peakCurrentA).toBeCloseTo(expected, 12);
    expect(ch.samples.every((s) => s.currentA <= ch.peakCurrentA)).toBe(true);
    const r = simulate(p);
    expect(r.chargePeakCurrentA).toBeCloseTo(
      Math.min(
        maxChargeCurrentA(rp.pack),
        chargeCurrentForPowerA(packOcvV(rp.pack, rp.pack.reserveSoc), rp.pack.resistanceOhm, 1840),
      ),
      12,
    );
  });
});

describe("the end-of-day charge's anode potential is integrated per sub-step", () => {
  it('the mean anode potential converges with the step (a one-trapezoid charge would not)', () => {
    const p = minimalPlan({
      charger: { powerW: 300, efficiencyPercent: 92 },
      dutyCycle: {
        segments: [{ kind: 'activity', activity: 'work', durationMin: 60 }],
        operatingHoursPerDay: 6,
      },
    });
    const rp = resolvePlan(p);
    const coarse = dailySchedule(rp, 0.02).stressors.meanAnodePotentialV;
    const fine = dailySchedule(rp, 0.001).stressors.meanAnodePotentialV;
    expect(Math.abs(coarse - fine) / fine).toBeLessThan(2e-3);
    // The old single trapezoid over the end-of-day charge differs measurably from the per-sub-step integral.
    const day = dailySchedule(rp, 0.001);
    const full = chargedSoc(rp.pack, rp.charger);
    const ch = chargeCcCv(rp.pack, rp.charger!, day.run.state.soc === full ? 0.1 : 0.1, Infinity);
    let prev = { t: 0, s: 0.1 };
    let perStep = 0;
    for (const q of ch.samples) {
      perStep +=
        0.5 * (graphiteAnodePotentialV(prev.s) + graphiteAnodePotentialV(q.soc)) * (q.timeS - prev.t);
      prev = { t: q.timeS, s: q.soc };
    }
    const oneTrapezoid =
      0.5 * (graphiteAnodePotentialV(0.1) + graphiteAnodePotentialV(ch.socEnd)) * ch.elapsedS;
    expect(Math.abs(oneTrapezoid - perStep) / perStep).toBeGreaterThan(1e-3);
  });
});

describe('opportunity charging in the duty cycle', () => {
  /** Work then a short charge, repeated; `untilReserve` unless hours are given. */
  const opp = (workMin: number, chargeMin: number, hours?: number) =>
    minimalPlan({
      robot: {
        name: 'r',
        massWithoutBatteryKg: 10,
        activities: [{ id: 'work', label: 'Work', powerW: 300 }],
      },
      charger: { powerW: 1000 },
      dutyCycle: {
        segments: [
          { kind: 'activity', activity: 'work', durationMin: workMin },
          { kind: 'charge', durationMin: chargeMin, label: 'Dock' },
        ],
        repeat: hours ? { mode: 'hours', hours } : { mode: 'untilReserve' },
      },
    });

  it('every cycle is in the series: a rise per cycle, skipped cycles drawn (no flat stretch)', () => {
    const r = simulate(opp(20, 10, 8));
    expect(r.shift.cycles).toBe(16);
    // A rise of the SoC (a charge) in each cycle's slot of the series.
    for (let c = 0; c < 16; c++) {
      const slot = r.series.filter((p) => p.timeS >= c * 1800 && p.timeS <= (c + 1) * 1800);
      const socs = slot.map((p) => p.soc);
      expect(Math.max(...socs) - Math.min(...socs), `cycle ${c}`).toBeGreaterThan(0.01);
    }
  });

  it('a shift of 600 short cycles: the skipped cycles are drawn too, and the SoC never passes full', () => {
    const r = simulate(opp(0.5, 0.3, 8));
    const full = r.pack.chargedSocPercent / 100;
    expect(Math.max(...r.series.map((s) => s.soc))).toBeLessThanOrEqual(full + 1e-9);
    // Drawn, not one flat line: the SoC moves up and down across the whole shift.
    const lastQuarter = r.series.filter((s) => s.timeS > 6 * 3600);
    const socs = lastQuarter.map((s) => s.soc);
    expect(Math.max(...socs) - Math.min(...socs)).toBeGreaterThan(1e-3);
    expect(r.shift.endSoc).toBeLessThanOrEqual(full + 1e-9);
  });

  it('a shift that never reaches the reserve is sustainable: it stops once settled, not at a 168 h cap', () => {
    const r = simulate(opp(30, 10));
    expect(r.shift.sustainable).not.toBeNull();
    expect(r.shift.durationHours).toBeLessThan(48);
    expect(r.shift.completed).toBe(true);
    const s = r.shift.sustainable!;
    expect(s.minSocPercent).toBeLessThan(s.cycleEndSocPercent);
    expect(s.minSocPercent).toBeGreaterThan(r.pack.chargedSocPercent * 0 + 10);
    // The steady state is one: a cycle from there ends there.
    const again = simulate(opp(30, 10));
    expect(again.shift.sustainable!.cycleEndSocPercent).toBeCloseTo(s.cycleEndSocPercent, 9);
  });

  it('a shift whose charges do not keep up still ends at the reserve', () => {
    const r = simulate(opp(5, 1));
    expect(r.shift.sustainable).toBeNull();
    expect(r.shift.completed).toBe(false);
    expect(r.shift.endSoc).toBeCloseTo(0.1, 9);
  });
});
