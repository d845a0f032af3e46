/**
 * The plan's battery: pack figures or cells × series × parallel, limits, state of health and OCV table.
 */
import { z } from 'zod';
import { CHEMISTRIES } from '../battery/chemistry';
import { ocvTableIssues } from '../battery/ocv';
import { id, num, percent } from './fields';
import { notes } from './schema-common';

export const packFiguresSchema = z.strictObject({
  energyWh: num(0, 10_000_000, 'Wh', { exclusiveMin: true }),
  nominalVoltageV: num(0, 2000, 'V', { exclusiveMin: true }),
  maxVoltageV: num(0, 2500, 'V', { exclusiveMin: true }).optional(),
  minVoltageV: num(0, 2000, 'V', { exclusiveMin: true }).optional(),
  internalResistanceOhm: num(0, 100, 'Ω'),
  /** The pack's mass, fixed ("pinned"): it stays as given when the energy changes. */
  massKg: num(0, 100_000, 'kg').optional(),
  /** Pack-level specific energy: the mass follows the energy (`massKg = energyWh / specificEnergyWhPerKg`). */
  specificEnergyWhPerKg: num(0, 2000, 'Wh/kg', { exclusiveMin: true }).optional(),
  maxDischargeCRate: num(0, 200, 'C', { exclusiveMin: true }).optional(),
  maxChargeCRate: num(0, 20, 'C', { exclusiveMin: true }).optional(),
  cycleLife: num(1, 100_000, 'cycles').optional(),
});

export const cellSchema = z.strictObject({
  capacityAh: num(0, 5000, 'Ah', { exclusiveMin: true }),
  nominalVoltageV: num(0.5, 5, 'V'),
  maxVoltageV: num(0.5, 5, 'V'),
  minVoltageV: num(0.5, 5, 'V'),
  internalResistanceOhm: num(0, 10, 'Ω'),
  massKg: num(0, 100, 'kg', { exclusiveMin: true }),
  maxDischargeCRate: num(0, 200, 'C', { exclusiveMin: true }),
  maxChargeCRate: num(0, 20, 'C', { exclusiveMin: true }),
  cycleLife: num(1, 100_000, 'cycles').optional(),
});

export const cellPackSchema = z.strictObject({
  preset: id.optional(),
  cell: cellSchema,
  series: num(1, 1000, 'cells', { int: true }),
  parallel: num(1, 1000, 'strings', { int: true }),
  packMassOverheadPercent: percent(0, 300).default(25),
});

export const ocvPointSchema = z.strictObject({
  socPercent: percent(0, 100),
  voltageV: num(0.5, 5, 'V per cell'),
});

export const batterySchema = z
  .strictObject({
    chemistry: z.enum(CHEMISTRIES, { error: `must be one of ${CHEMISTRIES.join(', ')}` }),
    pack: packFiguresSchema.optional(),
    cells: cellPackSchema.optional(),
    reservePercent: percent(0, 90).default(10),
    maxSocPercent: percent(10, 100).default(100),
    stateOfHealthPercent: percent(10, 100).default(100),
    temperatureC: num(-40, 80, '°C').default(25),
    ocvTable: z
      .array(ocvPointSchema)
      .min(2, { error: 'needs at least 2 points' })
      .max(200, { error: 'allows at most 200 points' })
      .optional(),
    notes,
  })
  .superRefine((b, ctx) => {
    if ((b.pack === undefined) === (b.cells === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'give exactly one of "pack" (pack figures) or "cells" (cell × series × parallel)',
      });
    }
    if (b.reservePercent >= b.maxSocPercent) {
      ctx.addIssue({
        code: 'custom',
        path: ['reservePercent'],
        message: `must be below maxSocPercent (${b.maxSocPercent} %)`,
      });
    }
    const c = b.cells?.cell;
    if (c && !(c.minVoltageV < c.nominalVoltageV && c.nominalVoltageV < c.maxVoltageV)) {
      ctx.addIssue({
        code: 'custom',
        path: ['cells', 'cell'],
        message: `needs minVoltageV < nominalVoltageV < maxVoltageV (got ${c.minVoltageV} / ${c.nominalVoltageV} / ${c.maxVoltageV} V)`,
      });
    }
    const p = b.pack;
    if (p && (p.massKg === undefined) === (p.specificEnergyWhPerKg === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['pack', p.massKg === undefined ? 'massKg' : 'specificEnergyWhPerKg'],
        message:
          p.massKg === undefined
            ? 'required: give the pack mass (massKg) or its specific energy (specificEnergyWhPerKg)'
            : 'give either massKg (a fixed mass) or specificEnergyWhPerKg (mass follows the energy), not both',
      });
    }
    if (p?.maxVoltageV !== undefined && p.maxVoltageV <= p.nominalVoltageV) {
      ctx.addIssue({
        code: 'custom',
        path: ['pack', 'maxVoltageV'],
        message: 'must be above nominalVoltageV',
      });
    }
    if (p?.minVoltageV !== undefined && p.minVoltageV >= p.nominalVoltageV) {
      ctx.addIssue({
        code: 'custom',
        path: ['pack', 'minVoltageV'],
        message: 'must be below nominalVoltageV',
      });
    }
    if (b.ocvTable) {
      // The rule is the pack model's (src/battery/ocv.ts), on the table as it reads it: SoC = socPercent / 100.
      const issues = ocvTableIssues(
        b.ocvTable.map((p) => ({ soc: p.socPercent / 100, voltageV: p.voltageV })),
      );
      if (issues.some((i) => i.kind === 'first-not-empty' || i.kind === 'last-not-full')) {
        ctx.addIssue({
          code: 'custom',
          path: ['ocvTable'],
          message: 'must start at socPercent 0 and end at 100',
        });
      }
      const order = issues.find((i) => i.kind === 'soc-not-increasing' || i.kind === 'voltage-decreasing');
      if (order) {
        ctx.addIssue({
          code: 'custom',
          path: ['ocvTable', order.index],
          message: 'socPercent must increase strictly and voltageV must not decrease along the table',
        });
      }
    }
  });
