import {
  compare,
  describeScenario,
  MODEL_RESOLUTION_RELATIVE,
  scenarioListSchema,
  seedChipScenarios,
  powerModeScenarios,
  runtimeScenarios,
  swapChipScenario,
  type Change,
  type Scenario,
} from '../../analysis';
import { readTextFile, UserError, writeOutputFile } from '../../node/files';
import { comparisonToCsv } from '../../report/csv';
import { fmtNum } from '../../sim/remarks';
import { verdictForOutput } from '../../sim/verdict';
import { fmtHoursIn } from '../../text/numbers';
import { num, renderPhrase, unitIn, type Lang } from '../../text/phrase';
import { langFlag, numberFlag, type Command, type FlagValues } from '../command';
import { say } from '../format';
import { formatProblems } from '../problems';
import { textTable } from '../table';
import { requirePlan } from './plan-commands';
import { FEASIBILITY_PHRASE, fmtValue, many } from './shared';

/** Files a command reads besides the plan (never written over by an output). */
function inputsOf(values: FlagValues): string[] {
  return typeof values.scenarios === 'string' ? [values.scenarios] : [];
}

function fmtDelta(
  delta: number | null | undefined,
  pct: number | null | undefined,
  unit: string,
  better: boolean | null | undefined,
  lang: Lang = 'en',
): string {
  if (delta === null || delta === undefined) return '';
  // No change: nothing. A change within the model's resolution, or one neither better nor worse: no arrow.
  if (!(Math.abs(delta) > 1e-12)) return '';
  const sign = delta > 0 ? '+' : '−';
  const abs =
    unit === 'h'
      ? fmtHoursIn(Math.abs(delta), lang)
      : unit === 'years' && Math.abs(delta) < 0.1
        ? say('cli.days', { n: num(Math.abs(delta) * 365.25, '', 2) }, lang) // weeks read in days, not "0.0622 years"
        : `${fmtNum(Math.abs(delta))} ${unit === '/day' ? say('cli.perDay', {}, lang) : unitIn(unit, lang)}`.trim();
  const arrow = better === true ? ' ▲' : better === false ? ' ▼' : '';
  return ` (${sign}${abs}${pct !== null && pct !== undefined ? `, ${sign}${fmtNum(Math.abs(pct), 2)} %` : ''}${arrow})`;
}

function parseSet(spec: string): Change {
  const eq = spec.indexOf('=');
  if (eq < 1) throw new UserError(`--set: expected PATH=VALUE (got "${spec}")`);
  const raw = spec.slice(eq + 1);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = raw;
  }
  return { op: 'set', path: spec.slice(0, eq), value };
}

export const compareCommand: Command = {
  name: 'compare',
  summary:
    'Compare a plan with variations (swap a chip, change the pack or duty cycle): outputs with deltas.',
  usage:
    'compare PLAN [--swap DEVICE=PRESET]... [--set PATH=VALUE]... [--scenarios FILE] [--seed] [--modes] [--runtimes] [--target-hours H] [--lang en|ko] [--json] [--csv FILE]',
  description:
    "Without --swap, --set, --seed, --modes or --runtimes, the plan's own scenarios are compared. Each --swap\n" +
    'DEVICE=PRESET or --set PATH=VALUE makes one scenario. --scenarios FILE adds a JSON list of\n' +
    '{"name", "changes": [...]} (docs/plan-format.md,\n' +
    '"Scenarios"). --seed adds the ready chip set (GPU-class\n' +
    "Jetson AGX Orin, Orin NX, DX-M1, DX-M2 target) on the plan's first device. The last row is the pack mass each\n" +
    'scenario needs for the runtime target at end of life.',
  options: {
    swap: {
      type: 'string',
      multiple: true,
      value: 'DEVICE=PRESET',
      description: 'Scenario: run DEVICE on catalog chip PRESET (repeatable)',
    },
    set: {
      type: 'string',
      multiple: true,
      value: 'PATH=VALUE',
      description: 'Scenario: set a plan field, e.g. battery.pack.energyWh=3000 (repeatable)',
    },
    scenarios: { type: 'string', value: 'FILE', description: 'Scenarios from a JSON file' },
    seed: {
      type: 'boolean',
      description: 'Add the seed chip scenarios (GPU-class vs DX-M1 vs DX-M2 target)',
    },
    modes: {
      type: 'boolean',
      description: "Add one scenario per power mode of the first device's chip (e.g. Orin Nano 7/15/25 W)",
    },
    runtimes: {
      type: 'boolean',
      description: "Add one scenario per LLM runtime on the plan's first device",
    },
    'target-hours': {
      type: 'string',
      value: 'H',
      description: "Runtime target for the pack-mass row (default: the plan's)",
    },
    json: { type: 'boolean', description: 'Print JSON' },
    csv: { type: 'string', value: 'FILE', description: 'Write the table as CSV' },
    lang: { type: 'string', value: 'en|ko', description: 'Language of the table and its notes (default en)' },
  },
  positionals: [1, 1],
  run([file], values, io) {
    const lang = langFlag(values);
    const plan = requirePlan(file!, lang);
    // By default the plan's own scenarios (plan format v2), with those of a --scenarios FILE; a flag that names
    // its own variations (--swap, --set, --seed, --modes, --runtimes) compares those instead.
    const ownVariations =
      many(values, 'swap').length > 0 ||
      many(values, 'set').length > 0 ||
      values.seed === true ||
      values.modes === true ||
      values.runtimes === true;
    const scenarios: Scenario[] = ownVariations ? [] : [...(plan.scenarios ?? [])];
    for (const s of many(values, 'swap')) {
      const [device, preset] = s.split('=');
      if (!device || !preset) throw new UserError(`--swap: expected DEVICE=PRESET (got "${s}")`);
      scenarios.push(swapChipScenario(device, preset, `${device} → ${preset}`));
    }
    for (const s of many(values, 'set')) scenarios.push({ name: s, changes: [parseSet(s)] });
    if (typeof values.scenarios === 'string') {
      let doc: unknown;
      try {
        doc = JSON.parse(readTextFile(values.scenarios));
      } catch (e) {
        if (e instanceof UserError) throw e;
        throw new UserError(`${values.scenarios}: is not valid JSON: ${(e as Error).message}`);
      }
      const parsed = scenarioListSchema.safeParse(doc);
      if (!parsed.success) {
        throw new UserError(
          formatProblems(
            values.scenarios,
            parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(file)', message: i.message })),
            lang,
          ).trimEnd(),
        );
      }
      scenarios.push(...parsed.data);
    }
    if (values.seed) scenarios.push(...seedChipScenarios(plan.compute[0]?.id ?? 'npu'));
    if (values.modes) {
      const modes = powerModeScenarios(plan, plan.compute[0]?.id ?? '');
      if (modes.length === 0)
        throw new UserError("--modes: the plan's first device has no chip with power modes in the catalog");
      scenarios.push(...modes);
    }
    if (values.runtimes) scenarios.push(...runtimeScenarios(plan, plan.compute[0]?.id ?? ''));
    if (scenarios.length === 0)
      throw new UserError(
        'no scenarios: the plan has none of its own; give --swap, --set, --scenarios, --seed, --modes or --runtimes',
      );
    const targetHours = numberFlag(values, 'target-hours', 0.01, 100_000, 'h');
    const c = compare(plan, scenarios, targetHours !== undefined ? { targetHours } : {});
    const bad = c.columns.filter((col) => !col.ok);
    if (bad.length) {
      throw new UserError(
        bad
          .map((col) =>
            formatProblems(
              say('cli.scenarioSubject', { name: col.name }, lang),
              col.errors,
              lang,
              plan,
            ).trimEnd(),
          )
          .join('\n'),
      );
    }
    if (typeof values.csv === 'string')
      writeOutputFile(values.csv, comparisonToCsv(c), [file!, ...inputsOf(values)]);
    if (values.json) {
      io.out(
        JSON.stringify({ ...c, columns: c.columns.map(({ result: _r, ...col }) => col) }, null, 2) + '\n',
      );
      return 0;
    }
    const name = (col: (typeof c.columns)[number], k: number) =>
      k === 0 ? say('cli.base', {}, lang) : col.name;
    const header = ['', ...c.columns.map(name)];
    const verdictRow = [
      say('cli.verdict', {}, lang),
      // A feasible column that rests on claimed figures (a target chip) says so, as the app does.
      ...c.columns.map(
        (col) =>
          say(FEASIBILITY_PHRASE[col.feasibility ?? 'unknown'], {}, lang) +
          (col.feasibility === 'feasible' && col.caveats.length > 0 ? say('cli.claimed', {}, lang) : ''),
      ),
    ];
    const rows = c.rows.map((row) => [
      row.key === 'packMassForTargetKg' && c.targetHours !== null
        ? say('cli.packForTarget', { h: { h: c.targetHours } }, lang)
        : row.labels[lang],
      ...c.columns.map((col) => {
        const cell = col.cells[row.key];
        // A row that describes the loads running, of a column that cannot run or rests on a missing figure.
        if (cell?.status === 'infeasible') return say('cli.cell.cannotRun', {}, lang);
        if (cell?.status === 'unknown') return say('cli.cell.missing', {}, lang);
        return (
          fmtValue(cell?.value, row.unit, verdictForOutput(col.targetStatus, row.key), lang) +
          fmtDelta(cell?.delta, cell?.deltaPercent, row.unit, cell?.better, lang)
        );
      }),
    ]);
    // What each scenario changes, in the editor's words.
    const changes = scenarios.map((s) => `  ${s.name}: ${describeScenario(plan, s, lang)}`);
    // Why a scenario is infeasible or unknown, under the table (its figures describe a plan that cannot run).
    const flagged = c.columns.flatMap((col, k) => [
      ...col.infeasibleReasons.map((r) => `  ✗ ${name(col, k)}: ${renderPhrase(r.text, lang)}`),
      ...col.unknownReasons.map((r) => `  ? ${name(col, k)}: ${renderPhrase(r.text, lang)}`),
    ]);
    io.out(
      `${plan.name}\n\n${textTable(header, [verdictRow, ...rows])}\n` +
        say('cli.compareLegend', { pct: num(MODEL_RESOLUTION_RELATIVE * 100) }, lang) +
        '\n' +
        `\n${say('cli.scenariosHead', {}, lang)}\n${changes.join('\n')}\n` +
        (flagged.length ? `\n${say('cli.flaggedHead', {}, lang)}\n${flagged.join('\n')}\n` : ''),
    );
    return 0;
  },
};
