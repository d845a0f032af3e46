import { trapezoidEnergyWh } from './power-log';

/**
 * jetson-stats (jtop) CSV logs (docs/telemetry.md): `examples/jtop_logger.py` writes one column per key of
 * `jtop.stats` — `time`, then `Power <rail>` per rail and `Power TOT` in mW. `Power TOT` is the input rail
 * where the module has one, else the sum of the rails (jtop `power.py` `total_power()`), so it is read as
 * the total; without it the `Power …` rails are summed. jetson-stats 3.x wrote `power cur` instead.
 * `Temp …` columns are temperatures, whatever the docstring says (jetson_stats #800): only `Power ` is power.
 */
export interface JtopPowerLog {
  format: 'jtop-csv';
  timeS: number[];
  powerW: number[];
  totalColumn: string | null;
  railColumns: string[];
  badLines: number[];
  energyWh: number;
}

/** Whether a header row is a jtop CSV's (a `time` column and at least one `Power …` column). */
export function isJtopHeader(header: readonly string[]): boolean {
  return header.some((h) => h.trim() === 'time') && header.some((h) => /^power /i.test(h.trim()));
}

/** Seconds of a jtop `time` cell (`2024-09-27 12:00:01.123456`, an ISO date-time). */
function secondsOfDate(cell: string): number {
  const t = Date.parse(cell.trim().replace(' ', 'T') + (/[zZ]|[+-]\d\d:?\d\d$/.test(cell.trim()) ? '' : 'Z'));
  return t / 1000;
}

/** Read a jtop CSV already split into cells (the header row first). */
export function readJtopCsv(rows: readonly { line: number; cells: readonly string[] }[]): JtopPowerLog {
  const header = rows[0]?.cells.map((h) => h.trim()) ?? [];
  const timeCol = header.indexOf('time');
  const totalCol = header.findIndex((h) => h === 'Power TOT' || h.toLowerCase() === 'power cur');
  const rails = header.flatMap((h, k) => (/^Power /.test(h) && k !== totalCol ? [k] : []));
  const timeS: number[] = [];
  const powerW: number[] = [];
  const badLines: number[] = [];
  let t0: number | null = null;
  for (const { line, cells } of rows.slice(1)) {
    const t = secondsOfDate(cells[timeCol] ?? '');
    const mw =
      totalCol >= 0
        ? Number(cells[totalCol])
        : rails.reduce((s, k) => s + Number(cells[k]), rails.length ? 0 : NaN);
    if (!Number.isFinite(t) || !Number.isFinite(mw) || (cells[totalCol] ?? '0').trim() === '') {
      badLines.push(line);
      continue;
    }
    t0 ??= t;
    if (timeS.length && t - t0 <= timeS.at(-1)!) {
      badLines.push(line);
      continue;
    }
    timeS.push(t - t0);
    powerW.push(mw / 1000);
  }
  return {
    format: 'jtop-csv',
    timeS,
    powerW,
    totalColumn: totalCol >= 0 ? header[totalCol]! : null,
    railColumns: rails.map((k) => header[k]!),
    badLines,
    energyWh: trapezoidEnergyWh(timeS, powerW),
  };
}
