import { parseTegrastatsLine, type TotalPowerRule } from './tegrastats';

/** A row the reader could not use, with why (reported, never silently dropped). */
export interface SkippedRow {
  line: number;
  reason: 'no-power' | 'bad-number' | 'time-not-increasing' | 'time-gap';
}

/** A measured power series read from a log: what was read, what was skipped and why, and the totals. */
export interface PowerLog {
  format: 'tegrastats';
  /** Seconds from the first sample. */
  timeS: number[];
  powerW: number[];
  rowsRead: number;
  rowsSkipped: number;
  /** Skipped rows by reason: the count and the first few line numbers (1-based). */
  skipped: Record<SkippedRow['reason'], { count: number; firstLines: number[] }>;
  totalPowerRule: TotalPowerRule | 'mixed';
  /** The input rail the total was read from, when one was. */
  inputRail: string | null;
  timeSpanS: number;
  meanPowerW: number;
  peakPowerW: number;
  /** ∫P dt by the trapezoid rule over the samples, Wh. */
  energyWh: number;
}

/** At most this many line numbers are kept per skip reason. */
const FIRST_LINES = 5;

/** A gap longer than this many sampling intervals is reported (the log was paused or lines were lost). */
const GAP_INTERVALS = 10;

/**
 * Energy of a sampled power series by the trapezoid rule, Wh: Σ (Pᵢ + Pᵢ₊₁)/2 · (tᵢ₊₁ − tᵢ) / 3600. The
 * instantaneous samples are integrated, not tegrastats' running average.
 */
export function trapezoidEnergyWh(timeS: readonly number[], powerW: readonly number[]): number {
  let j = 0;
  for (let k = 1; k < timeS.length; k++)
    j += ((powerW[k - 1]! + powerW[k]!) / 2) * (timeS[k]! - timeS[k - 1]!);
  return j / 3600;
}

/**
 * Read a tegrastats log (docs/telemetry.md). Lines with timestamps are placed by them; without, by the
 * sampling interval (`intervalMs`, tegrastats' `--interval`, 1000 ms by default). Lines with no power rail,
 * timestamps that do not increase, and gaps are reported with their line numbers.
 */
export function readTegrastatsLog(text: string, opts: { intervalMs?: number } = {}): PowerLog {
  const intervalS = (opts.intervalMs ?? 1000) / 1000;
  const skipped: PowerLog['skipped'] = {
    'no-power': { count: 0, firstLines: [] },
    'bad-number': { count: 0, firstLines: [] },
    'time-not-increasing': { count: 0, firstLines: [] },
    'time-gap': { count: 0, firstLines: [] },
  };
  const skip = (line: number, reason: SkippedRow['reason']) => {
    const s = skipped[reason];
    s.count++;
    if (s.firstLines.length < FIRST_LINES) s.firstLines.push(line);
  };
  const timeS: number[] = [];
  const powerW: number[] = [];
  const rules = new Set<TotalPowerRule>();
  let inputRail: string | null = null;
  let t0: number | null = null;
  let lineNo = 0;
  for (const raw of text.split(/\r?\n/)) {
    lineNo++;
    if (raw.trim() === '') continue;
    const s = parseTegrastatsLine(raw);
    if (!s) {
      skip(lineNo, 'no-power');
      continue;
    }
    if (!Number.isFinite(s.totalW)) {
      skip(lineNo, 'bad-number');
      continue;
    }
    let t: number;
    if (s.timeS !== null) {
      t0 ??= s.timeS;
      t = s.timeS - t0;
    } else t = timeS.length ? timeS.at(-1)! + intervalS : 0;
    const last = timeS.at(-1);
    if (last !== undefined && t <= last) {
      skip(lineNo, 'time-not-increasing');
      continue;
    }
    // A gap is kept (the power between is interpolated) but said.
    if (last !== undefined && t - last > GAP_INTERVALS * intervalS) skip(lineNo, 'time-gap');
    rules.add(s.rule);
    inputRail ??= s.inputRail;
    timeS.push(t);
    powerW.push(s.totalW);
  }
  const timeSpanS = timeS.length ? timeS.at(-1)! - timeS[0]! : 0;
  const energyWh = trapezoidEnergyWh(timeS, powerW);
  return {
    format: 'tegrastats',
    timeS,
    powerW,
    rowsRead: timeS.length,
    rowsSkipped:
      skipped['no-power'].count + skipped['bad-number'].count + skipped['time-not-increasing'].count,
    skipped,
    totalPowerRule: rules.size === 1 ? [...rules][0]! : rules.size === 0 ? 'sum-of-rails' : 'mixed',
    inputRail,
    timeSpanS,
    meanPowerW: timeSpanS > 0 ? (energyWh * 3600) / timeSpanS : (powerW[0] ?? 0),
    peakPowerW: powerW.reduce((m, p) => Math.max(m, p), 0),
    energyWh,
  };
}
