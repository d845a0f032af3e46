import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  AGEING_MODEL_SOURCES,
  ageingAt,
  ageingCurve,
  ageingRangeWarnings,
  daysToCapacity,
  extractDailyStressors,
  graphiteAnodePotentialV,
  type AgeingStressors,
  type SocSample,
} from '../../src/battery/ageing';
import { CHEMISTRIES } from '../../src/battery/chemistry';

/** |a − b| ≤ rel·|b| */
function expectRel(actual: number, expected: number, rel = 1e-6): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected));
}

/** 25 °C, 1 EFC/day, DoD 0.8, mean SoC 0.5, BLAST Crate = 2·EFC/24 h = 1/12 per hour, Cdis 0.5. */
const NOMINAL: AgeingStressors = {
  temperatureC: 25,
  efcPerDay: 1,
  depthOfDischarge: 0.8,
  meanSoc: 0.5,
  meanAnodePotentialV: graphiteAnodePotentialV(0.5),
  avgCRatePerH: 2 / 24,
  avgDischargeCRatePerH: 0.5,
};

describe('graphiteAnodePotentialV (Safari & Delacourt 2011, BLAST _get_Ua)', () => {
  it('matches the formula by hand at SoC 0, 0.5 and 1', () => {
    // SoC 0.5: Xa = 0.0085 + 0.5·0.7715 = 0.39425
    //   0.6379 + 0.5416·e^(−305.53·0.39425)=2.6e−53 + 0.044·tanh(−(0.39425−0.1958)/0.1088)=−0.0417663
    //   − 0.1978·tanh((0.39425−1.0571)/0.0854)=+0.1978 − 0.6875·tanh((0.39425+0.0117)/0.0529)=−0.6875
    //   − 0.0175·tanh((0.39425−0.5692)/0.0875)=+0.0168698   → Ua = 0.1233037 V
    expect(graphiteAnodePotentialV(0.5)).toBeCloseTo(0.1233037, 6);
    // SoC 0: Xa = 0.0085 → 0.6379 + 0.0403469 + 0.0412739 + 0.1978 − 0.250467 + 0.0174999 = 0.6843541 V
    expect(graphiteAnodePotentialV(0)).toBeCloseTo(0.6843541, 6);
    // SoC 1: Xa = 0.78 → 0.6379 + 0 − 0.0439981 + 0.1972 − 0.6875 − 0.0172194 = 0.0863823 V
    expect(graphiteAnodePotentialV(1)).toBeCloseTo(0.0863823, 6);
  });

  it('is monotone decreasing in SoC and guarded', () => {
    let prev = Infinity;
    for (let i = 0; i <= 1000; i++) {
      const u = graphiteAnodePotentialV(i / 1000);
      expect(u).toBeLessThanOrEqual(prev);
      prev = u;
    }
    expect(graphiteAnodePotentialV(Number.NaN)).toBeCloseTo(0.1233037, 6); // NaN → SoC 0.5
    expect(graphiteAnodePotentialV(-3)).toBe(graphiteAnodePotentialV(0));
    expect(graphiteAnodePotentialV(7)).toBe(graphiteAnodePotentialV(1));
  });
});

describe('extractDailyStressors', () => {
  /** 0.9 → 0.1 over 8 h (0.1/h), 0.1 → 0.9 over 4 h (0.2/h), then rest at 0.9 for the remaining 12 h. */
  function triangle(stepS: number): SocSample[] {
    const out: SocSample[] = [];
    for (let t = 0; t <= 12 * 3600; t += stepS) {
      const h = t / 3600;
      out.push({ timeS: t, soc: h <= 8 ? 0.9 - 0.1 * h : 0.1 + 0.2 * (h - 8) });
    }
    return out;
  }

  it('gets EFC, DoD, C-rates and mean SoC exactly on a triangle profile', () => {
    const s = extractDailyStressors(triangle(60), 86_400, 30);
    // EFC = Σ|ΔSoC|/2 = (0.8 + 0.8)/2 = 0.8 per day; DoD = 0.9 − 0.1 = 0.8
    expectRel(s.efcPerDay, 0.8, 1e-9);
    expectRel(s.depthOfDischarge, 0.8, 1e-9);
    // BLAST Crate = Σ|ΔSoC| / 24 h = 1.6/24 = 0.0666667 per hour
    expectRel(s.avgCRatePerH, 1.6 / 24, 1e-9);
    // Cdis = 0.8 / 8 h = 0.1/h; Cchg = 0.8 / 4 h = 0.2/h
    expectRel(s.avgDischargeCRatePerH, 0.1, 1e-9);
    expectRel(s.avgChargeCRatePerH ?? Number.NaN, 0.2, 1e-9);
    // mean SoC = (8 h·0.5 + 4 h·0.5 + 12 h·0.9)/24 h = 16.8/24 = 0.7
    expectRel(s.meanSoc, 0.7, 1e-9);
    expect(s.temperatureC).toBe(30);
    // mean Ua lies between Ua(0.9) and Ua(0.1) and is dominated by the 12 h rest at 0.9
    expect(s.meanAnodePotentialV).toBeGreaterThan(graphiteAnodePotentialV(0.9));
    expect(s.meanAnodePotentialV).toBeLessThan(graphiteAnodePotentialV(0.1));
  });

  it('is independent of the time step (60 s vs 10 s within 0.1 %), also for a smooth profile', () => {
    const smooth = (stepS: number): SocSample[] => {
      const out: SocSample[] = [];
      for (let t = 0; t <= 86_400; t += stepS) {
        const h = t / 3600;
        // two 7 h sinusoidal cycles between 0.2 and 0.95, then rest at the end value
        const soc =
          h < 14 ? 0.575 + 0.375 * Math.cos((2 * Math.PI * h) / 7 + 0.3) : 0.575 + 0.375 * Math.cos(0.3);
        out.push({ timeS: t, soc });
      }
      return out;
    };
    for (const profile of [triangle, smooth]) {
      const a = extractDailyStressors(profile(60), 86_400, 25);
      const b = extractDailyStressors(profile(10), 86_400, 25);
      for (const key of [
        'efcPerDay',
        'depthOfDischarge',
        'meanSoc',
        'meanAnodePotentialV',
        'avgCRatePerH',
        'avgDischargeCRatePerH',
      ] as const) {
        expectRel(a[key], b[key], 1e-3);
      }
      const qa = ageingAt('LFP', a, 3650).relativeCapacity;
      const qb = ageingAt('LFP', b, 3650).relativeCapacity;
      expectRel(qa, qb, 1e-3);
    }
  });

  it('rests at the last SoC, scales EFC to a 24 h day and cuts samples beyond the day', () => {
    // one 0.5 discharge in 1 h, declared 12 h period → 0.25 EFC per period → 0.5 EFC per 24 h
    const s = extractDailyStressors(
      [
        { timeS: 0, soc: 1 },
        { timeS: 3600, soc: 0.5 },
      ],
      12 * 3600,
      25,
    );
    expectRel(s.efcPerDay, 0.5, 1e-12);
    // mean SoC = (1 h·0.75 + 11 h·0.5)/12 h
    expectRel(s.meanSoc, (0.75 + 5.5) / 12, 1e-12);
    const cut = extractDailyStressors(
      [
        { timeS: 0, soc: 1 },
        { timeS: 7200, soc: 0 },
      ],
      3600,
      25,
    );
    expectRel(cut.depthOfDischarge, 0.5, 1e-12); // interpolated at the 1 h boundary
    expectRel(cut.efcPerDay, 0.25 * 24, 1e-12);
  });

  it('zeroes storage-level rates below 0.01/h like BLAST', () => {
    // 0.005/h self-discharge-like drift over 24 h: counts in EFC, not in C-rates
    const s = extractDailyStressors(
      [
        { timeS: 0, soc: 0.6 },
        { timeS: 86_400, soc: 0.48 },
      ],
      86_400,
      25,
    );
    expectRel(s.efcPerDay, 0.06, 1e-9);
    expect(s.avgCRatePerH).toBe(0);
    expect(s.avgDischargeCRatePerH).toBe(0);
  });

  it('handles junk input without NaN', () => {
    const junk = [
      { timeS: Number.NaN, soc: 0.5 },
      { timeS: 50, soc: 2 },
      { timeS: 10, soc: -1 },
      { timeS: 10, soc: 0.5 },
      { timeS: Infinity, soc: 0.1 },
    ];
    for (const samples of [[], junk, [{ timeS: 0, soc: 0.3 }]]) {
      for (const day of [86_400, 0, -1, Number.NaN]) {
        const s = extractDailyStressors(samples, day, Number.NaN);
        for (const v of Object.values(s)) expect(Number.isFinite(v)).toBe(true);
      }
    }
  });
});

describe('ageingAt — hand-checked BLAST-Lite figures', () => {
  it('LFP (lfp_gr_250AhPrismatic_2019) at 25 °C, 1 EFC/day, DoD 0.8, mean SoC 0.5, 365 days', () => {
    // T = 298.15 K, Ua = 0.1233037 V, Crate = 1/12 per hour
    // kcal = |p1|·exp(p2/T)·exp(p3·Ua/T)
    //      = 8.37e4 · exp(−5210/298.15 = −17.474426) · exp(−3560·0.1233037/298.15 = −1.4722827)
    //      = 8.37e4 · 2.5760446e−8 · 0.22940123 = 4.9462331e−4
    // kcyc = (p4 + p5·DoD + p6·Crate)·(exp(p7/T) + exp(−p8/T))
    //      = (4.38e−8 + 1.55e−8·0.8 + 1.68e−7/12 = 7.02e−8) · (exp(7.3453) = 1548.8934 + exp(−519.9) ≈ 0)
    //      = 1.0873231e−4
    // q_t   = kcal·365^0.526 = 4.9462331e−4 · 22.272350 = 0.0110164
    // q_EFC = kcyc·365^0.828 = 1.0873231e−4 · 132.30568 = 0.0143859
    // q     = 1 − 0.0110164 − 0.0143859 = 0.9745977
    const p = ageingAt('LFP', NOMINAL, 365);
    expect(p.days).toBe(365);
    expect(p.efc).toBe(365);
    expectRel(p.relativeCapacity, 0.9745977, 1e-6);
    // r (Sony-Murata LFP form): k_cal,r = 3.4194e−10/s · (−3.3903·0³ + 1.5604) → ·365·86400 s = 0.0168264
    //   k_cyc,r = (−0.002/12 + 0.0021)·(6.8477·0.3³ + 0.91882 = 1.1037079) = 0.00213384 → ·365/100 = 0.0077885
    //   r = 1 + 0.0168264 + 0.0077885 = 1.0246149
    expectRel(p.relativeResistance, 1.0246149, 1e-6);
  });

  it('NMC (nmc811_grSi_LGM50_5Ah_2021) at 25 °C, mean SoC 0.5, Cdis 0.5C, 1 EFC/day, 365 days', () => {
    // TN = 298.15/308.15 = 0.96754827, TN³ = 0.90576998, UaN = 0.1233037/0.123 = 1.0024689
    // k_cal = −2.3915663 + 2.4420532·exp(TN³/UaN^(1/3)) [= 6.0367449] − 4.4599825·TN³/UaN^0.5 [= −4.0347406]
    //         + 0.44814006·exp(0.5^0.5/TN²) [= 0.9537876] − 0.18533780·exp(0.5³) [= −0.2100152] = 0.3542104
    // k_cyc = 0.18123502·exp(−0.12377921·0.5³) [0.98464668]·exp(1.2445954·TN³·0.5^0.5) [2.2191708] = 0.3960165
    // q = 1 − 0.3542104·(365/1e4)^0.6516977 [0.11562440] − 0.3960165·(365/1e4)^0.4419968 [0.23149310]
    //   = 1 − 0.0409554 − 0.0916751 = 0.8673696
    const p = ageingAt('NMC', NOMINAL, 365);
    expectRel(p.relativeCapacity, 0.8673696, 1e-6);
    // r (Kokam LLI): q1 = 2.66e7·exp(−17.8/TN)·exp(−5.21·UaN/TN) = 1.2325971e−3
    //   q3 = 3.8e3·exp(−18.4/TN)·exp(1.04·exp(0.8²)) = 1.5042551e−4
    //   r = 1 + 0.057·q1·365^1.25 [1595.3871] + 4.87·q3·365^0.712 [66.734824] = 1.1609768
    expectRel(p.relativeResistance, 1.1609768, 1e-6);
  });

  it('NCA (nca_gr_Panasonic3Ah_2018) at 25 °C, DoD 0.8, mean SoC 0.5, 1 EFC/day, 365 days', () => {
    // k_cal = 75.4·exp(−3340/298.15) [1.3641214e−5]·exp(353·0.5/298.15) [1.8075709] = 1.8591726e−3
    // k_cyc = (1.86e−6 + 4.74e−11/12 + 1.77e−4·0.8)·(exp(≈0) + exp(≈0)) = 2.8692001e−4
    // q = 1 − 1.8591726e−3·365^0.512 [20.506614] − 2.8692001e−4·365^0.699 [61.807718] = 0.9441408
    expectRel(ageingAt('NCA', NOMINAL, 365).relativeCapacity, 0.9441408, 1e-6);
  });

  it('is new at day 0 and applies degradationScalar to the loss', () => {
    for (const c of CHEMISTRIES) {
      const p0 = ageingAt(c, NOMINAL, 0);
      expect(p0.relativeCapacity).toBe(1);
      expect(p0.relativeResistance).toBe(1);
      const nominal = ageingAt(c, NOMINAL, 500);
      const doubled = ageingAt(c, NOMINAL, 500, { degradationScalar: 2 });
      expectRel(1 - doubled.relativeCapacity, 2 * (1 - nominal.relativeCapacity), 1e-9);
      expectRel(doubled.relativeResistance - 1, 2 * (nominal.relativeResistance - 1), 1e-9);
      expect(ageingAt(c, NOMINAL, 500, { degradationScalar: Number.NaN })).toEqual(nominal);
    }
  });
});

describe('ageing behaviour', () => {
  it('fades monotonically over time for every chemistry', () => {
    for (const c of CHEMISTRIES) {
      const curve = ageingCurve(c, NOMINAL, 30, 301);
      expect(curve).toHaveLength(301);
      expect(curve[0]?.days).toBe(0);
      expect(curve[300]?.days).toBeCloseTo(30 * 365, 9);
      for (let i = 1; i < curve.length; i++) {
        const a = curve[i - 1];
        const b = curve[i];
        if (!a || !b) throw new Error('missing point');
        expect(b.relativeCapacity).toBeLessThanOrEqual(a.relativeCapacity);
        expect(b.relativeResistance).toBeGreaterThanOrEqual(a.relativeResistance);
      }
    }
  });

  it('fades faster in calendar storage when hotter', () => {
    const rest = (temperatureC: number): AgeingStressors => ({
      ...NOMINAL,
      temperatureC,
      efcPerDay: 0,
      avgCRatePerH: 0,
      avgDischargeCRatePerH: 0,
    });
    for (const c of CHEMISTRIES) {
      const q15 = ageingAt(c, rest(15), 3 * 365).relativeCapacity;
      const q25 = ageingAt(c, rest(25), 3 * 365).relativeCapacity;
      const q45 = ageingAt(c, rest(45), 3 * 365).relativeCapacity;
      expect(q25).toBeLessThan(q15);
      expect(q45).toBeLessThan(q25);
    }
    // LFP by hand: kcal(45 °C)/kcal(25 °C) = exp(−5210/318.15 − 3560·Ua/318.15) / exp(… /298.15) = 3.2905511
    const loss25 = 1 - ageingAt('LFP', rest(25), 100).relativeCapacity;
    const loss45 = 1 - ageingAt('LFP', rest(45), 100).relativeCapacity;
    expectRel(loss45 / loss25, 3.2905511, 1e-6);
  });

  it('daysToCapacity agrees with ageingAt', () => {
    for (const c of CHEMISTRIES) {
      for (const threshold of [0.9, 0.8, 0.7]) {
        const d = daysToCapacity(c, NOMINAL, threshold, 100);
        expect(Number.isFinite(d)).toBe(true);
        expect(ageingAt(c, NOMINAL, d).relativeCapacity).toBeCloseTo(threshold, 6);
        expect(ageingAt(c, NOMINAL, d * 0.999).relativeCapacity).toBeGreaterThan(threshold);
      }
    }
    // NMC M50 at these stressors: ~2.2 years to 80 %
    const dNmc = daysToCapacity('NMC', NOMINAL);
    expect(dNmc / 365).toBeGreaterThan(2);
    expect(dNmc / 365).toBeLessThan(2.5);
  });

  it('daysToCapacity returns 0, Infinity and survives junk arguments', () => {
    expect(daysToCapacity('LFP', NOMINAL, 1)).toBe(0);
    expect(daysToCapacity('LFP', NOMINAL, 0.8, 1)).toBe(Infinity);
    const cold: AgeingStressors = { ...NOMINAL, efcPerDay: 0, temperatureC: -20 };
    expect(daysToCapacity('NCA', cold, 0.8, 50)).toBe(Infinity);
    for (const t of [Number.NaN, -1, 5, Infinity]) {
      for (const y of [Number.NaN, -1, 0, 1e9, Infinity]) {
        const d = daysToCapacity('NMC', NOMINAL, t, y);
        expect(Number.isNaN(d)).toBe(false);
        expect(d).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('ageingCurve guards points and years', () => {
    expect(ageingCurve('LFP', NOMINAL, 10, Number.NaN)).toHaveLength(2);
    expect(ageingCurve('LFP', NOMINAL, Number.NaN, 5).every((p) => p.days === 0)).toBe(true);
    expect(ageingCurve('LFP', NOMINAL, 1, 2.6)).toHaveLength(3);
  });
});

describe('ageingRangeWarnings', () => {
  it('flags out-of-range use with stable codes', () => {
    const codes = (c: (typeof CHEMISTRIES)[number], s: AgeingStressors): string[] =>
      ageingRangeWarnings(c, s).map((w) => w.code);
    // LFP inside its range: no warnings
    expect(codes('LFP', { ...NOMINAL, avgDischargeCRatePerH: 0.5, avgChargeCRatePerH: 0.5 })).toEqual([]);
    expect(codes('LFP', { ...NOMINAL, temperatureC: 50 })).toContain('AGEING_TEMP_OUT_OF_RANGE');
    expect(codes('LFP', { ...NOMINAL, temperatureC: 50 })).toContain('AGEING_MODEL_LIMITATION');
    expect(codes('LFP', { ...NOMINAL, depthOfDischarge: 0.4 })).toContain('AGEING_DOD_OUT_OF_RANGE');
    expect(codes('LFP', { ...NOMINAL, avgDischargeCRatePerH: 1.5 })).toContain(
      'AGEING_DISCHARGE_RATE_OUT_OF_RANGE',
    );
    expect(codes('LFP', { ...NOMINAL, temperatureC: 10, avgChargeCRatePerH: 0.3 })).toContain(
      'AGEING_CHARGE_RATE_OUT_OF_RANGE',
    );
    // NMC M50: cycled above 25 °C and below 100 % DoD
    const nmc = codes('NMC', { ...NOMINAL, temperatureC: 35 });
    expect(nmc).toContain('AGEING_TEMP_OUT_OF_RANGE');
    expect(nmc).toContain('AGEING_DOD_OUT_OF_RANGE');
    // storage only: calendar range applies, not cycling range
    expect(codes('NMC', { ...NOMINAL, efcPerDay: 0, temperatureC: 40 })).not.toContain(
      'AGEING_TEMP_OUT_OF_RANGE',
    );
    expect(codes('NCA', { ...NOMINAL, temperatureC: Number.NaN })).toContain('AGEING_INPUT_CLAMPED');
    for (const w of ageingRangeWarnings('NMC', { ...NOMINAL, temperatureC: 35 })) {
      expect(w.message.length).toBeGreaterThan(10);
    }
  });

  it('documents a source for every chemistry', () => {
    for (const c of CHEMISTRIES) {
      expect(AGEING_MODEL_SOURCES[c].source).toContain('NREL/BLAST-Lite');
      expect(AGEING_MODEL_SOURCES[c].validRange.length).toBeGreaterThan(10);
    }
  });
});

describe('fuzz: outputs stay finite and bounded', () => {
  const anyNumber = fc.oneof(
    fc.double({ noNaN: false }),
    fc.double({ min: -100, max: 200, noNaN: true }),
    fc.constantFrom(Number.NaN, Infinity, -Infinity, 0, -0, 1e308, -1e308, 5e-324),
  );
  const stressors = fc.record({
    temperatureC: anyNumber,
    efcPerDay: anyNumber,
    depthOfDischarge: anyNumber,
    meanSoc: anyNumber,
    meanAnodePotentialV: anyNumber,
    avgCRatePerH: anyNumber,
    avgDischargeCRatePerH: anyNumber,
    avgChargeCRatePerH: anyNumber,
  });
  const chemistry = fc.constantFrom(...CHEMISTRIES);

  it('ageingAt / ageingCurve / daysToCapacity / warnings never produce NaN', () => {
    fc.assert(
      fc.property(chemistry, stressors, anyNumber, anyNumber, anyNumber, (c, s, days, threshold, scalar) => {
        const o = { degradationScalar: scalar };
        const p = ageingAt(c, s, days, o);
        for (const v of [p.days, p.efc, p.relativeCapacity, p.relativeResistance]) {
          expect(Number.isFinite(v)).toBe(true);
        }
        expect(p.relativeCapacity).toBeGreaterThanOrEqual(0);
        expect(p.relativeCapacity).toBeLessThanOrEqual(1.01);
        expect(p.relativeResistance).toBeGreaterThanOrEqual(1);
        for (const q of ageingCurve(c, s, 5, 4, o)) expect(Number.isFinite(q.relativeCapacity)).toBe(true);
        const d = daysToCapacity(c, s, threshold, 20, o);
        expect(Number.isNaN(d)).toBe(false);
        expect(d).toBeGreaterThanOrEqual(0);
        for (const w of ageingRangeWarnings(c, s)) expect(typeof w.code).toBe('string');
      }),
      { numRuns: 2000 },
    );
  });

  it('extractDailyStressors is finite for random sample sets', () => {
    const sample = fc.record({ timeS: anyNumber, soc: anyNumber });
    fc.assert(
      fc.property(fc.array(sample, { maxLength: 40 }), anyNumber, anyNumber, (samples, day, temp) => {
        const s = extractDailyStressors(samples, day, temp);
        for (const v of Object.values(s)) expect(Number.isFinite(v)).toBe(true);
        expect(s.depthOfDischarge).toBeGreaterThanOrEqual(0);
        expect(s.depthOfDischarge).toBeLessThanOrEqual(1);
      }),
      { numRuns: 1000 },
    );
  });
});
