import { describe, expect, it } from 'vitest';
import { CHEMISTRIES } from '../../src/battery/chemistry';
import { batterySchema } from '../../src/plan/schema';
import {
  breakpointsBetween,
  defaultOcvTable,
  integrateOcv,
  meanOcvV,
  OCV_SOURCES,
  ocvAt,
  ocvTableIssues,
  ocvTableProblems,
  socAtOcv,
  type OcvTable,
} from '../../src/battery/ocv';

/** Hand-made table: 3.0 V at empty, 3.5 V at half, 4.1 V at full. */
const HAND_TABLE: OcvTable = [
  { soc: 0, voltageV: 3.0 },
  { soc: 0.5, voltageV: 3.5 },
  { soc: 1, voltageV: 4.1 },
];

/** Table with a flat piece between 40 % and 60 %. */
const FLAT_TABLE: OcvTable = [
  { soc: 0, voltageV: 3.0 },
  { soc: 0.4, voltageV: 3.3 },
  { soc: 0.6, voltageV: 3.3 },
  { soc: 1, voltageV: 3.6 },
];

function midpointRiemann(table: OcvTable, steps: number): number {
  let sum = 0;
  for (let k = 0; k < steps; k++) sum += ocvAt(table, (k + 0.5) / steps);
  return sum / steps;
}

describe('ocvAt', () => {
  it('returns the table voltage at table points', () => {
    expect(ocvAt(defaultOcvTable('NMC'), 0.5)).toBe(3.7509);
    expect(ocvAt(defaultOcvTable('NMC'), 1)).toBe(4.2);
    expect(ocvAt(defaultOcvTable('NCA'), 0.25)).toBe(3.5411);
    expect(ocvAt(defaultOcvTable('LFP'), 0.5)).toBe(3.2995);
    expect(ocvAt(defaultOcvTable('LFP'), 0)).toBe(2.2862);
    expect(ocvAt(HAND_TABLE, 0.5)).toBe(3.5);
  });

  it('interpolates linearly between points', () => {
    expect(ocvAt(HAND_TABLE, 0.25)).toBeCloseTo(3.25, 12);
    expect(ocvAt(HAND_TABLE, 0.75)).toBeCloseTo(3.8, 12);
    // NMC 0.2 → 3.4852 V, 0.3 → 3.5814 V
    expect(ocvAt(defaultOcvTable('NMC'), 0.25)).toBeCloseTo(3.5333, 10);
    // LFP 0.5 → 3.2995 V, 0.6 → 3.3035 V
    expect(ocvAt(defaultOcvTable('LFP'), 0.55)).toBeCloseTo(3.3015, 10);
    // NCA 0.9 → 4.063 V, 0.95 → 4.1257 V, a quarter of the way
    expect(ocvAt(defaultOcvTable('NCA'), 0.9125)).toBeCloseTo(4.063 + 0.25 * 0.0627, 10);
  });

  it('clamps outside the table', () => {
    expect(ocvAt(HAND_TABLE, -0.2)).toBe(3.0);
    expect(ocvAt(HAND_TABLE, 1.7)).toBe(4.1);
    expect(ocvAt(defaultOcvTable('LFP'), 2)).toBe(3.5305);
  });

  it('gives NaN for NaN', () => {
    expect(ocvAt(HAND_TABLE, Number.NaN)).toBeNaN();
  });
});

describe('socAtOcv', () => {
  it('inverts the hand table', () => {
    expect(socAtOcv(HAND_TABLE, 3.25)).toBeCloseTo(0.25, 12);
    expect(socAtOcv(HAND_TABLE, 3.8)).toBeCloseTo(0.75, 12);
    expect(socAtOcv(HAND_TABLE, 3.5)).toBeCloseTo(0.5, 12);
    expect(socAtOcv(HAND_TABLE, 4.1)).toBe(1);
  });

  it('returns 0 at or below the empty voltage and null above the full voltage', () => {
    expect(socAtOcv(HAND_TABLE, 3.0)).toBe(0);
    expect(socAtOcv(HAND_TABLE, 1.0)).toBe(0);
    expect(socAtOcv(HAND_TABLE, 4.1000001)).toBeNull();
    expect(socAtOcv(defaultOcvTable('NMC'), 4.25)).toBeNull();
    expect(socAtOcv(defaultOcvTable('NMC'), 2.5)).toBe(0);
  });

  it('picks the lowest SoC on a flat piece', () => {
    expect(socAtOcv(FLAT_TABLE, 3.3)).toBeCloseTo(0.4, 12);
    expect(socAtOcv(FLAT_TABLE, 3.45)).toBeCloseTo(0.8, 12);
  });

  it('round-trips ocvAt on every default table (all are strictly increasing)', () => {
    for (const chemistry of CHEMISTRIES) {
      const table = defaultOcvTable(chemistry);
      for (let k = 1; k < 200; k++) {
        const soc = k / 200;
        const back = socAtOcv(table, ocvAt(table, soc));
        expect(back, `${chemistry} at ${soc}`).not.toBeNull();
        expect(back ?? Number.NaN).toBeCloseTo(soc, 9);
      }
    }
  });
});

describe('integrateOcv', () => {
  it('integrates the hand table exactly (trapezoids)', () => {
    // 0.5·(3.0+3.5)/2 + 0.5·(3.5+4.1)/2 = 1.625 + 1.9
    expect(integrateOcv(HAND_TABLE, 0, 1)).toBeCloseTo(3.525, 12);
    // 0.25·(3.25+3.5)/2 + 0.25·(3.5+3.8)/2 = 0.84375 + 0.9125
    expect(integrateOcv(HAND_TABLE, 0.25, 0.75)).toBeCloseTo(1.75625, 12);
    // inside one segment: 0.1·(3.1+3.2)/2
    expect(integrateOcv(HAND_TABLE, 0.1, 0.2)).toBeCloseTo(0.315, 12);
  });

  it('clamps both ends to [0, 1], is zero on an empty interval and negative when reversed', () => {
    expect(integrateOcv(HAND_TABLE, -1, 2)).toBeCloseTo(3.525, 12);
    expect(integrateOcv(HAND_TABLE, 0.3, 0.3)).toBe(0);
    expect(integrateOcv(HAND_TABLE, 0.75, 0.25)).toBeCloseTo(-1.75625, 12);
  });

  it('is additive over sub-intervals', () => {
    const table = defaultOcvTable('NMC');
    const whole = integrateOcv(table, 0.05, 0.93);
    const parts = integrateOcv(table, 0.05, 0.333) + integrateOcv(table, 0.333, 0.93);
    expect(parts).toBeCloseTo(whole, 12);
  });

  it('matches a fine midpoint Riemann sum over [0, 1] for every default table', () => {
    for (const chemistry of CHEMISTRIES) {
      const table = defaultOcvTable(chemistry);
      expect(integrateOcv(table, 0, 1), chemistry).toBeCloseTo(midpointRiemann(table, 200_000), 6);
    }
  });
});

describe('meanOcvV', () => {
  it('equals the integral over [0, 1]', () => {
    expect(meanOcvV(HAND_TABLE)).toBeCloseTo(3.525, 12);
    for (const chemistry of CHEMISTRIES) {
      const table = defaultOcvTable(chemistry);
      expect(meanOcvV(table)).toBe(integrateOcv(table, 0, 1));
    }
  });

  it('gives plausible energy-weighted cell voltages', () => {
    expect(meanOcvV(defaultOcvTable('NMC'))).toBeCloseTo(3.7221, 3);
    expect(meanOcvV(defaultOcvTable('NCA'))).toBeCloseTo(3.7181, 3);
    expect(meanOcvV(defaultOcvTable('LFP'))).toBeCloseTo(3.2677, 3);
  });
});

describe('breakpointsBetween', () => {
  it('lists the table SoCs strictly inside the interval, ascending', () => {
    expect(breakpointsBetween(defaultOcvTable('NMC'), 0.1, 0.3)).toEqual([0.125, 0.15, 0.2]);
    expect(breakpointsBetween(HAND_TABLE, 0, 1)).toEqual([0.5]);
    expect(breakpointsBetween(HAND_TABLE, 0.5, 1)).toEqual([]);
    expect(breakpointsBetween(HAND_TABLE, 0.1, 0.2)).toEqual([]);
  });

  it('does not depend on the order of the bounds', () => {
    expect(breakpointsBetween(defaultOcvTable('LFP'), 0.995, 0.9)).toEqual([0.98, 0.99]);
  });
});

describe('default tables', () => {
  it('are valid: SoC 0 → 1 strictly increasing, voltage non-decreasing, 11–21 points', () => {
    for (const chemistry of CHEMISTRIES) {
      const table = defaultOcvTable(chemistry);
      expect(ocvTableProblems(table), chemistry).toEqual([]);
      expect(table.length).toBeGreaterThanOrEqual(11);
      expect(table.length).toBeLessThanOrEqual(21);
      for (let i = 1; i < table.length; i++) {
        const prev = table[i - 1];
        const cur = table[i];
        if (prev === undefined || cur === undefined) throw new Error('missing point');
        expect(cur.soc).toBeGreaterThan(prev.soc);
        expect(cur.voltageV).toBeGreaterThanOrEqual(prev.voltageV);
      }
    }
  });

  it('are frozen and returned as the same instance', () => {
    const table = defaultOcvTable('NCA');
    expect(defaultOcvTable('NCA')).toBe(table);
    expect(Object.isFrozen(table)).toBe(true);
    expect(Object.isFrozen(table[0])).toBe(true);
  });

  it('LFP is flat: 3.19–3.35 V from 10 % to 90 %, 20–80 % spans about 0.1 V', () => {
    const lfp = defaultOcvTable('LFP');
    for (let k = 10; k <= 90; k++) {
      const v = ocvAt(lfp, k / 100);
      expect(v).toBeGreaterThanOrEqual(3.19);
      expect(v).toBeLessThanOrEqual(3.35);
    }
    expect(ocvAt(lfp, 0.8) - ocvAt(lfp, 0.2)).toBeLessThan(0.11);
    expect(ocvAt(lfp, 0.9) - ocvAt(lfp, 0.3)).toBeLessThan(0.1);
  });

  it('NMC and NCA slope: more than 0.45 V between 20 % and 80 %, ending at 4.2 V', () => {
    for (const chemistry of ['NMC', 'NCA'] as const) {
      const table = defaultOcvTable(chemistry);
      expect(ocvAt(table, 0.8) - ocvAt(table, 0.2), chemistry).toBeGreaterThan(0.45);
      expect(ocvAt(table, 1)).toBeCloseTo(4.2, 2);
      expect(ocvAt(table, 0.1)).toBeGreaterThan(3.2);
    }
    const nmc = defaultOcvTable('NMC');
    expect(ocvAt(nmc, 0)).toBe(2.5);
  });

  it('name their sources', () => {
    expect(OCV_SOURCES.NMC.source).toContain('10.1149/1945-7111/ab9050');
    expect(OCV_SOURCES.NMC.source).toContain('Chen2020.py');
    expect(OCV_SOURCES.NCA.source).toContain('10.1149/2.0411609jes');
    expect(OCV_SOURCES.LFP.source).toContain('CLFP_Sony_US26650_OCV.csv');
    for (const chemistry of CHEMISTRIES) {
      expect(OCV_SOURCES[chemistry].cell.length).toBeGreaterThan(0);
      expect(OCV_SOURCES[chemistry].note.length).toBeGreaterThan(0);
    }
  });
});

describe('ocvTableProblems', () => {
  it('accepts a valid table', () => {
    expect(ocvTableProblems(HAND_TABLE)).toEqual([]);
    expect(ocvTableProblems(FLAT_TABLE)).toEqual([]);
  });

  it('needs at least two points', () => {
    expect(ocvTableProblems([])).toEqual([expect.stringContaining('at least 2 points')]);
    expect(ocvTableProblems([{ soc: 0, voltageV: 3 }]).join(' ')).toContain('at least 2 points');
  });

  it('needs SoC from 0 to 1', () => {
    const problems = ocvTableProblems([
      { soc: 0.1, voltageV: 3 },
      { soc: 0.9, voltageV: 4 },
    ]);
    expect(problems.join(' | ')).toContain('first point must be at SoC 0');
    expect(problems.join(' | ')).toContain('last point must be at SoC 1');
  });

  it('needs strictly increasing SoC and non-decreasing voltage', () => {
    const repeated = ocvTableProblems([
      { soc: 0, voltageV: 3 },
      { soc: 0.5, voltageV: 3.5 },
      { soc: 0.5, voltageV: 3.6 },
      { soc: 1, voltageV: 4 },
    ]);
    expect(repeated.join(' ')).toContain('point 3: SoC 0.5 must be greater than the previous 0.5');
    const dropping = ocvTableProblems([
      { soc: 0, voltageV: 3.5 },
      { soc: 0.5, voltageV: 3.4 },
      { soc: 1, voltageV: 4 },
    ]);
    expect(dropping).toEqual(['point 2: voltage 3.4 V is below the previous 3.5 V']);
  });

  it('needs finite, positive voltages and finite SoC', () => {
    const problems = ocvTableProblems([
      { soc: 0, voltageV: 0 },
      { soc: Number.NaN, voltageV: 3 },
      { soc: 0.7, voltageV: Number.POSITIVE_INFINITY },
      { soc: 1, voltageV: -1 },
    ]);
    const text = problems.join(' | ');
    expect(text).toContain('point 1: voltage 0 V must be positive');
    expect(text).toContain('point 2: SoC NaN is not a finite number');
    expect(text).toContain('point 3: voltage Infinity V is not a finite number');
    expect(text).toContain('point 4: voltage -1 V must be positive');
  });
});

describe("a plan's ocvTable: the schema applies the same rule", () => {
  const pack = { energyWh: 1000, nominalVoltageV: 48, internalResistanceOhm: 0.05, massKg: 5 };
  const tableIssues = (t: { socPercent: number; voltageV: number }[]) => {
    const r = batterySchema.safeParse({ chemistry: 'NMC', pack, ocvTable: t });
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  const cases: { socPercent: number; voltageV: number }[][] = [
    [],
    [{ socPercent: 0, voltageV: 3 }],
    [
      { socPercent: 0, voltageV: 3 },
      { socPercent: 100, voltageV: 4 },
    ],
    [
      { socPercent: 5, voltageV: 3 },
      { socPercent: 95, voltageV: 4 },
    ],
    [
      { socPercent: 0, voltageV: 3 },
      { socPercent: 50, voltageV: 3.5 },
      { socPercent: 50, voltageV: 3.6 },
      { socPercent: 100, voltageV: 4 },
    ],
    [
      { socPercent: 0, voltageV: 3.5 },
      { socPercent: 50, voltageV: 3.4 },
      { socPercent: 100, voltageV: 4 },
    ],
  ];

  it('accepts exactly the tables ocvTableIssues accepts (SoC = socPercent / 100), and never throws', () => {
    for (const t of cases) {
      const rule = ocvTableIssues(t.map((p) => ({ soc: p.socPercent / 100, voltageV: p.voltageV })));
      expect(tableIssues(t).length === 0, JSON.stringify(t)).toBe(rule.length === 0);
    }
  });

  it('names the table for its ends and the first point out of order', () => {
    expect(tableIssues(cases[3]!)).toEqual(['ocvTable: must start at socPercent 0 and end at 100']);
    expect(tableIssues(cases[4]!)).toEqual([
      'ocvTable.2: socPercent must increase strictly and voltageV must not decrease along the table',
    ]);
    expect(tableIssues(cases[5]!)).toEqual([
      'ocvTable.1: socPercent must increase strictly and voltageV must not decrease along the table',
    ]);
    expect(tableIssues([])).toEqual(['ocvTable: needs at least 2 points']);
  });
});
