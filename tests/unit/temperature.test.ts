import { describe, expect, it } from 'vitest';
import { CHEMISTRIES } from '../../src/battery/chemistry';
import {
  capacityFactorAt,
  resistanceFactorAt,
  TEMPERATURE_RANGE_C,
  TEMPERATURE_SOURCES,
} from '../../src/battery/temperature';

/** A123 C/30 capacities (Ah) as read from the esctoolbox-python data, to recompute the factors by hand. */
const A123_AH = { m25: 2.02298166, m15: 2.036669786, m5: 2.03360603, p5: 2.0406668, p25: 2.060185946 };
const R_GAS = 8.314462618;

function arrhenius(eaJPerMol: number, temperatureC: number): number {
  return Math.exp((eaJPerMol / R_GAS) * (1 / (temperatureC + 273.15) - 1 / 298.15));
}

describe('temperature range', () => {
  it('covers −20 °C to 60 °C', () => {
    expect(TEMPERATURE_RANGE_C).toEqual({ min: -20, max: 60 });
  });
});

describe('capacityFactorAt', () => {
  it('is exactly 1 at 25 °C', () => {
    for (const chemistry of CHEMISTRIES) expect(capacityFactorAt(chemistry, 25)).toBe(1);
  });

  it('is below 1 in the cold, with the measured A123 C/30 values', () => {
    const pooled = (A123_AH.m15 + A123_AH.m5) / 2 / A123_AH.p25; // −15/−5 °C pooled to stay monotone
    const atMinus25 = A123_AH.m25 / A123_AH.p25;
    for (const chemistry of CHEMISTRIES) {
      expect(capacityFactorAt(chemistry, -15)).toBeCloseTo(pooled, 12);
      expect(capacityFactorAt(chemistry, -5)).toBeCloseTo(pooled, 12);
      expect(capacityFactorAt(chemistry, 5)).toBeCloseTo(A123_AH.p5 / A123_AH.p25, 12);
      // −20 °C lies half-way between the −25 °C and −15 °C points
      expect(capacityFactorAt(chemistry, -20)).toBeCloseTo((atMinus25 + pooled) / 2, 12);
      expect(capacityFactorAt(chemistry, -20)).toBeCloseTo(0.9849, 4);
      expect(capacityFactorAt(chemistry, 0)).toBeLessThan(1);
    }
  });

  it('is slightly above 1 when warm and held above 45 °C', () => {
    expect(capacityFactorAt('LFP', 35)).toBeCloseTo(2.06464344 / A123_AH.p25, 12);
    expect(capacityFactorAt('LFP', 45)).toBeCloseTo(1.00305, 5);
    expect(capacityFactorAt('LFP', 55)).toBe(capacityFactorAt('LFP', 45));
  });

  it('is non-decreasing in temperature and stays in (0, 1.05]', () => {
    for (const chemistry of CHEMISTRIES) {
      let prev = capacityFactorAt(chemistry, -40);
      for (let t = -40; t <= 80; t += 0.5) {
        const f = capacityFactorAt(chemistry, t);
        expect(f).toBeGreaterThanOrEqual(prev);
        expect(f).toBeGreaterThan(0);
        expect(f).toBeLessThanOrEqual(1.05);
        prev = f;
      }
    }
  });

  it('clamps outside the valid range', () => {
    for (const chemistry of CHEMISTRIES) {
      expect(capacityFactorAt(chemistry, -45)).toBe(capacityFactorAt(chemistry, TEMPERATURE_RANGE_C.min));
      expect(capacityFactorAt(chemistry, 90)).toBe(capacityFactorAt(chemistry, TEMPERATURE_RANGE_C.max));
    }
  });

  it('gives NaN for NaN', () => {
    expect(capacityFactorAt('NMC', Number.NaN)).toBeNaN();
  });
});

describe('resistanceFactorAt', () => {
  it('is exactly 1 at 25 °C', () => {
    for (const chemistry of CHEMISTRIES) expect(resistanceFactorAt(chemistry, 25)).toBe(1);
  });

  it('NMC and NCA follow Arrhenius with Ea = 20 kJ/mol', () => {
    for (const chemistry of ['NMC', 'NCA'] as const) {
      expect(resistanceFactorAt(chemistry, -20)).toBeCloseTo(arrhenius(20_000, -20), 12);
      expect(resistanceFactorAt(chemistry, -20)).toBeCloseTo(4.196, 3);
      expect(resistanceFactorAt(chemistry, 0)).toBeCloseTo(2.0926, 4);
      expect(resistanceFactorAt(chemistry, 40)).toBeCloseTo(0.6795, 4);
    }
  });

  it('LFP hits the measured Sony US26650FTC1 ratios at 10 °C and 40 °C', () => {
    // mean discharge R over SoC 0.2–0.9: 10 °C 69.11 mΩ, 25 °C 46.75 mΩ, 40 °C 36.76 mΩ
    expect(resistanceFactorAt('LFP', 10)).toBeCloseTo(1.4785, 4);
    expect(resistanceFactorAt('LFP', 40)).toBeCloseTo(0.7864, 4);
    expect(resistanceFactorAt('LFP', -20)).toBeCloseTo(3.714, 3);
  });

  it('rises in the cold and never falls below ~0.7 when hot', () => {
    for (const chemistry of CHEMISTRIES) {
      expect(resistanceFactorAt(chemistry, -10)).toBeGreaterThan(2);
      expect(resistanceFactorAt(chemistry, 0)).toBeGreaterThan(1);
      let prev = resistanceFactorAt(chemistry, -40);
      for (let t = -40; t <= 80; t += 0.5) {
        const f = resistanceFactorAt(chemistry, t);
        expect(f).toBeLessThanOrEqual(prev);
        expect(f).toBeGreaterThanOrEqual(0.67);
        prev = f;
      }
    }
  });

  it('is held above 40 °C and clamped outside the valid range', () => {
    for (const chemistry of CHEMISTRIES) {
      expect(resistanceFactorAt(chemistry, 50)).toBe(resistanceFactorAt(chemistry, 40));
      expect(resistanceFactorAt(chemistry, 75)).toBe(resistanceFactorAt(chemistry, 40));
      expect(resistanceFactorAt(chemistry, -35)).toBe(resistanceFactorAt(chemistry, TEMPERATURE_RANGE_C.min));
    }
  });

  it('gives NaN for NaN', () => {
    expect(resistanceFactorAt('LFP', Number.NaN)).toBeNaN();
  });
});

describe('TEMPERATURE_SOURCES', () => {
  it('names a source for every chemistry', () => {
    for (const chemistry of CHEMISTRIES) {
      expect(TEMPERATURE_SOURCES[chemistry].capacity).toContain('esctoolbox-python');
      expect(TEMPERATURE_SOURCES[chemistry].resistance.length).toBeGreaterThan(20);
    }
    expect(TEMPERATURE_SOURCES.LFP.resistance).toContain('CLFP_Sony_US26650_Rint.csv');
    expect(TEMPERATURE_SOURCES.NMC.resistance).toContain('example_set.py');
    expect(TEMPERATURE_SOURCES.NMC.capacity).toContain('proxy');
  });
});
