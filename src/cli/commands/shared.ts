// Helpers the analysis commands share (compare, sensitivity, sweep): repeatable flags, outputs, table cells.
import { isOutputKey, OUTPUT_KEYS, type OutputKey } from '../../analysis';
import { UserError } from '../../node/files';
import { digitsFor, fmtCount, fmtNum } from '../../sim/remarks';
import { STATUS_MARK, type TargetVerdict } from '../../sim/verdict';
import { fmtHoursIn } from '../../text/numbers';
import { unitIn, type Lang } from '../../text/phrase';
import type { FlagValues } from '../command';
import { say } from '../format';

/** All values of a repeatable string flag. */
export function many(values: FlagValues, name: string): string[] {
  const v = values[name];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map(String);
}

export function outputFlag(
  values: FlagValues,
  name = 'output',
  fallback: OutputKey = 'runtimeHours',
): OutputKey {
  const raw = values[name];
  if (raw === undefined) return fallback;
  if (typeof raw !== 'string' || !isOutputKey(raw)) {
    throw new UserError(`--${name}: must be one of ${OUTPUT_KEYS.join(', ')} (got "${String(raw)}")`);
  }
  return raw;
}

export function fmtValue(
  v: number | null | undefined,
  unit: string,
  verdict?: TargetVerdict,
  lang: Lang = 'en',
): string {
  if (v === null || v === undefined) return say('cli.na.none', {}, lang);
  const mark = verdict ? ` ${STATUS_MARK[verdict.status]}` : '';
  if (unit === 'h') return fmtHoursIn(v, lang, verdict) + mark;
  // Counts per day: whole when whole ("2 /day"), else one decimal ("1.8 /day").
  if (unit === '/day') return `${fmtCount(v)} ${say('cli.perDay', {}, lang)}`;
  return `${fmtNum(v, digitsFor(v, verdict))} ${unitIn(unit, lang)}`.trim() + mark;
}

/** "feasible", "INFEASIBLE" or "unknown": a column's verdict for the table's first row. */
export const FEASIBILITY_PHRASE = {
  feasible: 'cli.feasibleWord',
  infeasible: 'cli.infeasibleWord',
  unknown: 'cli.unknownWord',
} as const;
