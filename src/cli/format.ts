import type { Plan } from '../plan/schema';
import { meetsMaximum, meetsMinimum } from '../sim/targets';
import type { PlanError } from '../plan/load';
import { fmtHours, fmtNum } from '../sim/remarks';
import type { SimulationResult } from '../sim/simulate';

const tick = (ok: boolean) => (ok ? '✓' : '✗');

export function formatErrors(file: string, errors: readonly PlanError[]): string {
  const lines = [`${file}: ${errors.length} problem${errors.length === 1 ? '' : 's'}`];
  for (const e of errors) lines.push(`  ${e.path}: ${e.message}`);
  return lines.join('\n') + '\n';
}

/** The fields `simulate --json` promises (docs/cli.md), plus the rest of the result without the series. */
export function simulationJson(plan: Plan, r: SimulationResult, includeSeries: boolean) {
  const { series, ...rest } = r;
  // The result already leads with the promised fields (runtimeHours … warnings); the series is opt-in.
  return { plan: plan.name, ...rest, ...(includeSeries ? { series } : {}) };
}

function packLine(r: SimulationResult): string {
  const p = r.pack;
  const conf =
    p.configuration.kind === 'cells' ? `${p.configuration.series}S${p.configuration.parallel}P · ` : '';
  return `${p.chemistry} · ${conf}${fmtNum(p.ratedEnergyWh / 1000)} kWh · ${fmtNum(p.nominalVoltageV)} V · ${fmtNum(p.ratedCapacityAh)} Ah · ${fmtNum(p.resistanceOhm * 1000)} mΩ · ${fmtNum(p.massKg)} kg (robot ${fmtNum(p.totalRobotMassKg)} kg)`;
}

/** The readable summary `powerplan simulate` prints. */
export function formatSummary(plan: Plan, r: SimulationResult): string {
  const t = plan.targets;
  const rows: [string, string][] = [];
  rows.push(['Pack', packLine(r)]);
  const runtime =
    r.runtimeHours === null
      ? 'unbounded (no load)'
      : `${fmtHours(r.runtimeHours)} per charge` +
        (t.runtimeHours !== undefined
          ? ` (target ${fmtHours(t.runtimeHours)} ${tick(meetsMinimum(r.runtimeHours, t.runtimeHours))})`
          : '') +
        ` — ends at the ${r.runtimeEndedBy === 'cutoff' ? 'voltage cut-off' : 'reserve'}`;
  rows.push(['Runtime', runtime]);
  rows.push([
    'Power',
    `average ${fmtNum(r.averagePowerW)} W · peak ${fmtNum(r.peakPowerW)} W · peak ${fmtNum(r.peakCRate, 2)}C (limit ${fmtNum(r.pack.maxDischargeCRate, 2)}C)`,
  ]);
  const e = r.energyBreakdownWh;
  rows.push([
    'Energy',
    `locomotion ${fmtNum(e.locomotion)} Wh · compute ${fmtNum(e.compute)} Wh · accessories ${fmtNum(e.accessories)} Wh · conversion loss ${fmtNum(e.conversionLoss)} Wh · battery I²R ${fmtNum(e.batteryLoss)} Wh`,
  ]);
  if (r.chargeTimeToFullHours !== null) {
    rows.push([
      'Charging',
      (r.chargeTimeTo80Hours !== null ? `from reserve to 80 %: ${fmtHours(r.chargeTimeTo80Hours)} · ` : '') +
        `to full (${fmtNum(r.pack.chargedSocPercent, 3)} %): ${fmtHours(r.chargeTimeToFullHours)}` +
        (t.chargeTimeMin !== undefined
          ? ` (target ${fmtHours(t.chargeTimeMin / 60)} ${tick(meetsMaximum(r.chargeTimeToFullHours * 60, t.chargeTimeMin))})`
          : ''),
    ]);
  } else rows.push(['Charging', 'no charger in the plan']);
  rows.push([
    'Daily',
    `${fmtNum(r.chargesPerDay, 2)} charges/day · ${fmtNum(r.equivalentFullCyclesPerDay, 2)} equivalent full cycles/day (${fmtNum(plan.dutyCycle.operatingHoursPerDay)} h/day, ${fmtNum(plan.dutyCycle.daysPerYear)} days/year)`,
  ]);
  rows.push([
    'Life',
    `${r.yearsTo80PercentSoH === null ? 'more than 50' : fmtNum(r.yearsTo80PercentSoH, 2)} years to 80 % SoH · runtime at end of life ${
      r.runtimeAtEndOfLifeHours === null ? 'unbounded' : fmtHours(r.runtimeAtEndOfLifeHours)
    }`,
  ]);
  rows.push([
    'Shift',
    `${r.shift.mode === 'untilReserve' ? 'until the reserve' : r.shift.mode}: ${fmtHours(r.shift.durationHours)}, ${r.shift.completed ? 'completed' : 'NOT completed'}, ends at ${fmtNum(r.shift.endSoc * 100)} % SoC`,
  ]);
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = [plan.name, ''];
  for (const [k, v] of rows) lines.push(`${k.padEnd(width)}  ${v}`);
  if (r.warnings.length) {
    lines.push('', 'Remarks');
    const icon = { error: '✗', warning: '⚠', info: 'ℹ' } as const;
    for (const w of r.warnings) lines.push(`  ${icon[w.severity]} ${w.code}: ${w.message}`);
  }
  return lines.join('\n') + '\n';
}
