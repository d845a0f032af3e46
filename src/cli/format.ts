import type { Plan } from '../plan/schema';
import type { PlanError } from '../plan/load';
import { digitsFor, END_WORDS, fmtHours, fmtNum } from '../sim/remarks';
import type { SimulationResult } from '../sim/simulate';
import { STATUS_MARK, type TargetId } from '../sim/verdict';

/** " (target 5 h ✓)": a target, its status mark, and the shown value's own precision rule. */
function targetNote(r: SimulationResult, id: TargetId, show: (v: number) => string): string {
  const v = r.targetStatus.find((x) => x.id === id);
  if (!v) return '';
  // An infeasible plan has no ✗ "missed" either: its figure is no answer, so the target is not judged on it.
  if (v.because === 'infeasible') return ` (target ${show(v.target)})`;
  return ` (target ${show(v.target)} ${STATUS_MARK[v.status]})`;
}

/**
 * A load-dependent figure as the verdict allows it: as is for a feasible plan; for an infeasible one "—" with
 * the figure as if the plan could run; for an unknown one "?" with the figure from the figures given.
 */
function answered(r: SimulationResult, text: string): string {
  if (r.feasibility === 'infeasible') return `— cannot run as written (if it could: ${text})`;
  if (r.feasibility === 'unknown')
    return `? unknown (from the figures given${r.figuresAreBounds ? ', a bound: the loads are underestimated' : ''}: ${text})`;
  return text;
}

export function formatErrors(file: string, errors: readonly PlanError[]): string {
  const lines = [`${file}: ${errors.length} problem${errors.length === 1 ? '' : 's'}`];
  for (const e of errors) lines.push(`  ${e.path}: ${e.message}`);
  return lines.join('\n') + '\n';
}

/**
 * The fields `simulate --json` promises (README.md, "The CLI"), plus the rest of the result without the
 * series.
 */
export function simulationJson(plan: Plan, r: SimulationResult, includeSeries: boolean) {
  const { series, runtimeSeries, ...rest } = r;
  // The result already leads with the promised fields (runtimeHours … warnings); the series are opt-in.
  return { plan: plan.name, ...rest, ...(includeSeries ? { series, runtimeSeries } : {}) };
}

function packLine(r: SimulationResult): string {
  const p = r.pack;
  const conf =
    p.configuration.kind === 'cells' ? `${p.configuration.series}S${p.configuration.parallel}P · ` : '';
  return `${p.chemistry} · ${conf}${fmtNum(p.ratedEnergyWh / 1000)} kWh · ${fmtNum(p.nominalVoltageV)} V · ${fmtNum(p.ratedCapacityAh)} Ah · ${fmtNum(p.resistanceOhm * 1000)} mΩ · ${fmtNum(p.massKg)} kg (${fmtNum((100 * p.massKg) / Math.max(p.totalRobotMassKg, 1e-9), 2)} % of the robot's ${fmtNum(p.totalRobotMassKg)} kg)`;
}

/** The readable summary `powerplan simulate` prints. */
export function formatSummary(plan: Plan, r: SimulationResult): string {
  const rows: [string, string][] = [];
  rows.push(['Pack', packLine(r)]);
  const rt = r.targetStatus.find((x) => x.id === 'runtime');
  const runtime =
    (r.runtimeHours === null
      ? answered(r, 'unbounded (no load)')
      : answered(
          r,
          `${fmtHours(r.runtimeHours, rt)} per charge, ending at the ${END_WORDS[r.runtimeEndedBy] ?? 'reserve'}`,
        )) + targetNote(r, 'runtime', (h) => fmtHours(h));
  rows.push(['Runtime', runtime]);
  rows.push([
    'Power',
    answered(
      r,
      `average ${fmtNum(r.averagePowerW)} W · peak ${fmtNum(r.peakPowerW)} W · peak ${fmtNum(r.peakCRate, 2)}C (limit ${fmtNum(r.pack.maxDischargeCRate, 2)}C)`,
    ),
  ]);
  const e = r.energyBreakdownWh;
  rows.push([
    'Energy',
    answered(
      r,
      `locomotion ${fmtNum(e.locomotion)} Wh · compute ${fmtNum(e.compute)} Wh · accessories ${fmtNum(e.accessories)} Wh · conversion loss ${fmtNum(e.conversionLoss)} Wh · battery I²R ${fmtNum(e.batteryLoss)} Wh`,
    ),
  ]);
  if (r.chargeTimeToFullHours !== null) {
    rows.push([
      'Charging',
      (r.chargeTimeTo80Hours !== null ? `from reserve to 80 %: ${fmtHours(r.chargeTimeTo80Hours)} · ` : '') +
        `to full (${fmtNum(r.pack.chargedSocPercent, 3)} %): ${fmtHours(
          r.chargeTimeToFullHours,
          r.targetStatus.find((x) => x.id === 'chargeTime'),
        )}` +
        targetNote(r, 'chargeTime', (h) => fmtHours(h)),
    ]);
  } else rows.push(['Charging', 'no charger in the plan']);
  rows.push([
    'Daily',
    answered(
      r,
      `${chargesPerDayText(r)} · ${fmtNum(r.equivalentFullCyclesPerDay, 2)} equivalent full cycles/day`,
    ) +
      ` (${fmtNum(plan.dutyCycle.operatingHoursPerDay)} h/day, ${fmtNum(plan.dutyCycle.daysPerYear)} days/year)`,
  ]);
  const life = r.targetStatus.find((x) => x.id === 'lifetime');
  const eol = r.targetStatus.find((x) => x.id === 'endOfLifeRuntime');
  rows.push([
    'Life',
    answered(
      r,
      `${r.yearsTo80PercentSoH === null ? 'more than 50' : fmtNum(r.yearsTo80PercentSoH, digitsFor(r.yearsTo80PercentSoH, life))} years to 80 % SoH`,
    ) + targetNote(r, 'lifetime', (y) => `${fmtNum(y)} years`),
  ]);
  rows.push([
    'End of life',
    answered(
      r,
      `runtime ${r.runtimeAtEndOfLifeHours === null ? 'unbounded' : fmtHours(r.runtimeAtEndOfLifeHours, eol)} at 80 % SoH`,
    ) + targetNote(r, 'endOfLifeRuntime', (h) => fmtHours(h)),
  ]);
  rows.push(['Shift', answered(r, shiftText(r))]);
  // What each language model's prediction assumes: runtime, weight format, power mode, and the fastest rate.
  for (const a of r.ai) {
    if (!a.inference) continue;
    const inf = a.inference;
    const device = r.devices.find((d) => d.id === a.deviceId)?.name ?? a.deviceId;
    rows.push([
      'LLM',
      `${a.workloadLabel} on ${device}${inf.powerMode ? ` (${inf.powerMode})` : ''}: ${inf.runtime}, ${inf.format ?? `${fmtNum(inf.bitsPerWeight ?? 4)}-bit nominal`}; at most ${inf.maxTokensPerS === null ? '?' : fmtNum(inf.maxTokensPerS)} tok/s (${fmtNum(inf.bandwidthEfficiency * 100)} % of the bandwidth + ${fmtNum(inf.perTokenOverheadMs)} ms per token)`,
    ]);
  }
  const width = Math.max(...rows.map(([k]) => k.length));
  const lines = [plan.name, ''];
  if (!r.feasible) {
    lines.push(
      r.feasibility === 'infeasible'
        ? 'INFEASIBLE: this plan cannot run as written, so it has no runtime, charges or life to give:'
        : 'UNKNOWN: a figure the answer depends on is missing, so the runtime, charges and life are not answers:',
    );
    for (const reason of [...r.infeasibleReasons, ...r.unknownReasons]) lines.push(`  ${reason.message}`);
    lines.push('');
  } else if (r.caveats.length) {
    lines.push('PROVISIONAL: this answer rests on figures that are claimed, not measured:');
    for (const c of r.caveats) lines.push(`  ${c.message}`);
    lines.push('');
  }
  for (const [k, v] of rows) lines.push(`${k.padEnd(width)}  ${v}`);
  if (r.warnings.length) {
    lines.push('', 'Remarks');
    const icon = { error: '✗', warning: '⚠', info: 'ℹ' } as const;
    for (const w of r.warnings) lines.push(`  ${icon[w.severity]} ${w.message}`);
  }
  return lines.join('\n') + '\n';
}

/** "2 charges/day (1 at the reserve, 1 after the day)": the count and what it counts. */
export function chargesPerDayText(r: SimulationResult): string {
  const c = r.chargeCounts;
  const parts: string[] = [];
  if (c.atReserve > 0) parts.push(`${fmtNum(c.atReserve, 3)} at the reserve`);
  if (c.opportunity > 0) parts.push(`${fmtNum(c.opportunity, 3)} in the duty cycle`);
  if (c.endOfDay > 0) parts.push(`${fmtNum(c.endOfDay, 3)} after the day`);
  return `${fmtNum(r.chargesPerDay, 3)} charges/day${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

/** The shift line: how it was scheduled and how it ended (sustainable, completed, or stopped early). */
function shiftText(r: SimulationResult): string {
  const s = r.shift;
  const mode = s.mode === 'untilReserve' ? 'until the reserve' : s.mode;
  if (s.sustainable)
    return `${mode}: sustainable — the charge segments keep the pack above the reserve for good; each cycle ends at ${fmtNum(s.sustainable.cycleEndSocPercent, 3)} % SoC and dips to ${fmtNum(s.sustainable.minSocPercent, 3)} % (settled after ${fmtHours(s.durationHours)})`;
  const c = s.lastCycle;
  const keepUp =
    r.segments.some((x) => x.kind === 'charge') && c
      ? c.socChangePercent < -0.05
        ? `; the charge segments do not keep up: each cycle ends ${fmtNum(-c.socChangePercent, 2)} % lower (${fmtNum(-c.socChangePercent / c.hours, 2)} %/h)`
        : '; the charge segments keep up: each cycle ends where it started'
      : '';
  return `${mode}: ${fmtHours(s.durationHours)}, ${s.completed ? 'completed' : 'NOT completed'}, ends at ${fmtNum(s.endSoc * 100)} % SoC${keepUp}`;
}
