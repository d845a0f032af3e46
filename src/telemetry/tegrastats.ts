/**
 * tegrastats lines, every Jetson generation (docs/telemetry.md):
 * - Nano `POM_5V_IN 3410/3410 POM_5V_GPU 451/451` and TX2 `VDD_IN 1038/1134 …`: `cur/avg` in mW, no unit;
 * - AGX Xavier `GPU 1155/1155 CPU 385/385 SOC 2504/2503 …`: rails without `VDD_`, no input rail;
 * - Orin (JetPack 5/6) `VDD_IN 5348mW/5348mW …`: `cur mW/avg mW`;
 * - JetPack 7 `VDD_GPU_SOC 5139mW/5139mW/5139mW …`: three values per rail.
 * A line may start with a timestamp `MM-DD-YYYY HH:MM:SS` (tegrastats --timestamp / jtop's `DATE_RE`).
 *
 * Only the first value of each rail is read: it is the instantaneous power; the second is a running average
 * since tegrastats started, which smears every change (jetson_stats #85). The module's total follows jtop's
 * rule (jetson-stats `jtop/core/power.py` `total_power()`): the input rail (`VDD_IN`, `POM_5V_IN`) where the
 * module has one, else the sum of the rails (AGX Xavier, AGX Orin) — never the input rail plus the others
 * (jetson_stats #51), and never one rail such as AGX Orin's `VIN_SYS_5V0` alone as the total (jetson_stats #344).
 */

/** How a line's total power was found. */
export type TotalPowerRule = 'input-rail' | 'sum-of-rails';

export interface TegrastatsSample {
  /** Seconds since the Unix epoch, when the line has a timestamp. */
  timeS: number | null;
  /** Each power rail's instantaneous power, W. */
  railsW: Record<string, number>;
  /** The module's power, W, by `rule`. */
  totalW: number;
  rule: TotalPowerRule;
  /** The rail the total is read from ('VDD_IN', 'POM_5V_IN'), or null for a sum. */
  inputRail: string | null;
}

/** Input rails: each is the whole module's power where present. */
const INPUT_RAILS = ['VDD_IN', 'POM_5V_IN'] as const;

/** A rail `NAME cur/avg[/max]` with optional `mW`/`W` units (jtop's `WATT_RE`, extended to a third value). */
const RAIL =
  /\b([A-Z][A-Z0-9_]*) ([0-9]+(?:\.[0-9]+)?)(m?W)?\/([0-9]+(?:\.[0-9]+)?)(?:m?W)?(?:\/[0-9]+(?:\.[0-9]+)?(?:m?W)?)?(?=\s|$)/g;

/** Fields that look like rails but are not power (frequencies, memory, temperatures are matched elsewhere). */
const NOT_POWER = new Set(['RAM', 'SWAP', 'IRAM', 'EMC_FREQ', 'GR3D_FREQ', 'APE', 'MTS']);

/** `MM-DD-YYYY HH:MM:SS ` at the start of a line (tegrastats --timestamp; jtop `DATE_RE`). */
const DATE = /^(\d{1,2})-(\d{1,2})-(\d{4}) (\d{1,2}):(\d{2}):(\d{2}) /;

/** Whether a line is a tegrastats line (it has `RAM x/yMB` and at least one power rail). */
export function isTegrastatsLine(line: string): boolean {
  return /\bRAM \d+\/\d+MB\b/.test(line) && parseRails(line).size > 0;
}

function parseRails(line: string): Map<string, number> {
  const rails = new Map<string, number>();
  for (const m of line.matchAll(RAIL)) {
    const name = m[1]!;
    if (NOT_POWER.has(name) || name.endsWith('_FREQ')) continue;
    // No unit (Nano, TX2, Xavier) and "mW" are milliwatts; a bare "W" is watts.
    const value = Number(m[2]);
    rails.set(name, m[3] === 'W' ? value : value / 1000);
  }
  return rails;
}

/**
 * One tegrastats line as a sample, or null when it has no power rail (a junk line, a truncated line). The
 * timestamp, when present, is read as UTC: tegrastats writes local time without a zone, and only differences
 * between samples matter to an import.
 */
export function parseTegrastatsLine(line: string): TegrastatsSample | null {
  const rails = parseRails(line);
  if (rails.size === 0) return null;
  const d = DATE.exec(line);
  const timeS = d
    ? Date.UTC(Number(d[3]), Number(d[1]) - 1, Number(d[2]), Number(d[4]), Number(d[5]), Number(d[6])) / 1000
    : null;
  const railsW = Object.fromEntries(rails);
  const input = INPUT_RAILS.find((r) => rails.has(r)) ?? null;
  if (input) return { timeS, railsW, totalW: rails.get(input)!, rule: 'input-rail', inputRail: input };
  let sum = 0;
  for (const w of rails.values()) sum += w;
  return { timeS, railsW, totalW: sum, rule: 'sum-of-rails', inputRail: null };
}
