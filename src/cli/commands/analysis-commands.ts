import { readTextFile, UserError, writeOutputFile } from '../io';
import {
  checkSweep,
  compare,
  isOutputKey,
  linspace,
  MODEL_RESOLUTION_RELATIVE,
  OUTPUT_KEYS,
  OUTPUTS,
  outputLabel,
  runSweep,
  scenarioListSchema,
  seedChipScenarios,
  powerModeScenarios,
  runtimeScenarios,
  describeInput,
  sensitivityInSteps,
  sizeForTargets,
  swapChipScenario,
  type Change,
  type OutputKey,
  type Scenario,
  type SweepAxis,
} from '../../analysis';
import { interruptible, progressOnStderr, yielder } from '../progress';
import { comparisonToCsv, sensitivityToCsv, sweepToCsv } from '../../report/csv';
import { digitsFor, fmtCount, fmtNum } from '../../sim/remarks';
import { STATUS_MARK, verdictForOutput, type TargetVerdict } from '../../sim/verdict';
import { choiceFlag, numberFlag, type Command, type FlagValues } from '../command';
import { formatErrors, say } from '../format';
import { fmtHoursIn } from '../../text/numbers';
import { nested, num, renderPhrase, unitIn, type Lang, type PhraseValue } from '../../text/phrase';
import type { PhraseId } from '../../text/phrases';
import { displayWidth, textTable } from '../table';
import { requirePlan } from './plan-commands';

type Values = FlagValues;

/** Files a command reads besides the plan (never written over by an output). */
function inputsOf(values: Values): string[] {
  return typeof values.scenarios === 'string' ? [values.scenarios] : [];
}

/** All values of a repeatable string flag. */
function many(values: Values, name: string): string[] {
  const v = values[name];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).map(String);
}

function outputFlag(values: Values, name = 'output', fallback: OutputKey = 'runtimeHours'): OutputKey {
  const raw = values[name];
  if (raw === undefined) return fallback;
  if (typeof raw !== 'string' || !isOutputKey(raw)) {
    throw new UserError(`--${name}: must be one of ${OUTPUT_KEYS.join(', ')} (got "${String(raw)}")`);
  }
  return raw;
}

function fmtValue(
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

/** Why a sensitivity side has no value, in a table cell. */
const NA_PHRASE = {
  infeasible: 'cli.na.infeasible',
  unknown: 'cli.na.unknown',
  'not-available': 'cli.na.none',
} as const;

/** "feasible", "INFEASIBLE" or "unknown": a column's verdict for the table's first row. */
const FEASIBILITY_PHRASE = {
  feasible: 'cli.feasibleWord',
  infeasible: 'cli.infeasibleWord',
  unknown: 'cli.unknownWord',
} as const;
const FEASIBILITY_WORD = {
  feasible: say(FEASIBILITY_PHRASE.feasible, {}, 'en'),
  infeasible: say(FEASIBILITY_PHRASE.infeasible, {}, 'en'),
  unknown: say(FEASIBILITY_PHRASE.unknown, {}, 'en'),
} as const;

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
    'Each --swap DEVICE=PRESET or --set PATH=VALUE makes one scenario. --scenarios FILE reads a JSON list of\n' +
    '{"name", "changes": [{"op": "set"|"scale"|"swapDevice", ...}]}. --seed adds the ready chip set (GPU-class\n' +
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
    const lang = choiceFlag(values, 'lang', ['en', 'ko'] as const) ?? 'en';
    const plan = requirePlan(file!);
    const scenarios: Scenario[] = [];
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
          formatErrors(
            values.scenarios,
            parsed.error.issues.map((i) => ({ path: i.path.join('.') || '(file)', message: i.message })),
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
      throw new UserError('no scenarios: give --swap, --set, --scenarios, --seed, --modes or --runtimes');
    const targetHours = numberFlag(values, 'target-hours', 0.01, 100_000, 'h');
    const c = compare(plan, scenarios, targetHours !== undefined ? { targetHours } : {});
    const bad = c.columns.filter((col) => !col.ok);
    if (bad.length) {
      throw new UserError(
        bad.map((col) => formatErrors(`scenario "${col.name}"`, col.errors).trimEnd()).join('\n'),
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
    // Why a scenario is infeasible or unknown, under the table (its figures describe a plan that cannot run).
    const flagged = c.columns.flatMap((col, k) => [
      ...col.infeasibleReasons.map((r) => `  ✗ ${name(col, k)}: ${renderPhrase(r.text, lang)}`),
      ...col.unknownReasons.map((r) => `  ? ${name(col, k)}: ${renderPhrase(r.text, lang)}`),
    ]);
    io.out(
      `${plan.name}\n\n${textTable(header, [verdictRow, ...rows])}\n` +
        say('cli.compareLegend', { pct: num(MODEL_RESOLUTION_RELATIVE * 100) }, lang) +
        '\n' +
        (flagged.length ? `\n${say('cli.flaggedHead', {}, lang)}\n${flagged.join('\n')}\n` : ''),
    );
    return 0;
  },
};

export const sensitivityCommand: Command = {
  name: 'sensitivity',
  summary: 'Tornado: how much an output moves for ±X % on every numeric input, ranked.',
  usage: 'sensitivity PLAN [--output KEY] [--delta PERCENT] [--top N] [--lang en|ko] [--json] [--csv FILE]',
  description:
    `Outputs: ${OUTPUT_KEYS.join(', ')}.\n` +
    'A plan that cannot run (or rests on a missing figure) has no runtime to be sensitive about: the reasons\n' +
    'are printed and the exit code is 3. A side whose input leaves its range, or where the plan cannot run, is n/a.',
  options: {
    output: { type: 'string', value: 'KEY', description: 'Output to rank by (default runtimeHours)' },
    delta: { type: 'string', value: 'PERCENT', description: 'Step on each input, ± percent (default 10)' },
    top: { type: 'string', value: 'N', description: 'Show the N largest bars (default 15)' },
    lang: { type: 'string', value: 'en|ko', description: 'Language of the table (default en)' },
    json: { type: 'boolean', description: 'Print JSON' },
    csv: { type: 'string', value: 'FILE', description: 'Write all bars as CSV' },
  },
  positionals: [1, 1],
  async run([file], values, io) {
    const plan = requirePlan(file!);
    const output = outputFlag(values);
    const deltaPercent = numberFlag(values, 'delta', 0.1, 90, '%') ?? 10;
    const top = numberFlag(values, 'top', 1, 1000) ?? 15;
    const lang = choiceFlag(values, 'lang', ['en', 'ko'] as const) ?? 'en';
    const s = await interruptible((signal) =>
      sensitivityInSteps(plan, {
        output,
        deltaPercent,
        signal,
        onProgress: progressOnStderr('sensitivity', io),
        pause: yielder(),
      }),
    );
    if (typeof values.csv === 'string') writeOutputFile(values.csv, sensitivityToCsv(s), [file!]);
    if (values.json) {
      io.out(JSON.stringify(s, null, 2) + '\n');
      return s.blockedBy ? 3 : 0;
    }
    if (s.blockedBy) {
      const infeasible = s.blockedBy.feasibility === 'infeasible';
      io.out(
        say(
          infeasible ? 'cli.sensBlockedInfeasible' : 'cli.sensBlockedUnknown',
          { output: outputLabel(output, lang) },
          lang,
        ) +
          '\n' +
          s.blockedBy.reasons
            .map((r) => `  ${infeasible ? '✗' : '?'} ${renderPhrase(r.text, lang)}`)
            .join('\n') +
          '\n',
      );
      return 3;
    }
    const unit = OUTPUTS[output].unit;
    const maxSwing = Math.max(...s.bars.map((b) => b.swing), 1e-12);
    const rows = s.bars.slice(0, Math.round(top)).map((b) => [
      describeInput(plan, b, lang),
      b.lowNa && b.lowNa !== 'out-of-range'
        ? say(NA_PHRASE[b.lowNa], {}, lang)
        : fmtValue(b.outputLow, unit, undefined, lang),
      b.highNa && b.highNa !== 'out-of-range'
        ? say(NA_PHRASE[b.highNa], {}, lang)
        : fmtValue(b.outputHigh, unit, undefined, lang),
      // No bar for an input that does not move the output.
      b.swing > 0 ? '█'.repeat(Math.max(1, Math.round((b.swing / maxSwing) * 24))) : '',
    ]);
    io.out(
      say(
        'cli.sensHead',
        {
          output: outputLabel(output, lang),
          base: fmtValue(s.baseOutput, unit, undefined, lang),
          d: num(deltaPercent),
        },
        lang,
      ) +
        '\n\n' +
        textTable(
          [
            say('cli.input', {}, lang),
            `−${deltaPercent} %`,
            `+${deltaPercent} %`,
            say('cli.swing', {}, lang),
          ],
          rows,
        ),
    );
    return 0;
  },
};

function parseAxis(spec: string): SweepAxis {
  // PATH=FROM:TO:COUNT or PATH=v1,v2,v3
  const eq = spec.indexOf('=');
  if (eq < 1) throw new UserError(`--axis: expected PATH=FROM:TO:COUNT or PATH=V1,V2,… (got "${spec}")`);
  const path = spec.slice(0, eq);
  const rest = spec.slice(eq + 1);
  const range = rest.split(':');
  if (range.length === 3) {
    const [from, to, count] = range.map(Number);
    if (
      ![from, to, count].every((n) => Number.isFinite(n)) ||
      count! < 1 ||
      count! > 10_000 ||
      !Number.isInteger(count)
    ) {
      throw new UserError(
        `--axis ${path}: FROM:TO:COUNT needs numbers and a whole COUNT in 1 … 10000 (got "${rest}")`,
      );
    }
    return { path, values: linspace(from!, to!, count!) };
  }
  const list = rest.split(',').map(Number);
  if (list.length === 0 || list.some((n) => !Number.isFinite(n))) {
    throw new UserError(`--axis ${path}: values must be numbers (got "${rest}")`);
  }
  return { path, values: list };
}

export const sweepCommand: Command = {
  name: 'sweep',
  summary: 'Sweep one or two plan fields over a grid and report outputs at every point.',
  usage: 'sweep PLAN --axis PATH=FROM:TO:COUNT [--axis PATH=V1,V2,…] [--output KEY]... [--json] [--csv FILE]',
  description:
    'Example: powerplan sweep plan.json --axis battery.pack.energyWh=1000:4000:7 --axis compute[0].maxPowerW=2,5,15,30\n' +
    `Outputs: ${OUTPUT_KEYS.join(', ')}.\n` +
    "Each point's verdict is its last column: where the plan cannot run, outputs that depend on the loads are\n" +
    "'—' (no answer), and '?' where a figure they need is missing.",
  options: {
    axis: {
      type: 'string',
      multiple: true,
      value: 'SPEC',
      description: 'An axis: PATH=FROM:TO:COUNT or PATH=V1,V2,… (one or two)',
    },
    output: {
      type: 'string',
      multiple: true,
      value: 'KEY',
      description: 'Output(s) to compute (repeatable; default runtimeHours)',
    },
    json: { type: 'boolean', description: 'Print JSON' },
    csv: { type: 'string', value: 'FILE', description: 'Write the grid as CSV (one row per point)' },
  },
  positionals: [1, 1],
  async run([file], values, io) {
    const plan = requirePlan(file!);
    const axes = many(values, 'axis').map(parseAxis);
    if (axes.length < 1 || axes.length > 2) throw new UserError('--axis: give one or two axes');
    const outputs = many(values, 'output').map((o) => outputFlag({ output: o }));
    const spec = {
      axes: axes as [SweepAxis] | [SweepAxis, SweepAxis],
      outputs: outputs.length ? outputs : (['runtimeHours'] as OutputKey[]),
    };
    const errors = checkSweep(plan, spec);
    if (errors.length) throw new UserError(formatErrors('the sweep', errors).trimEnd());
    const progress = progressOnStderr('sweep', io);
    const r = await interruptible((signal) =>
      runSweep(plan, spec, { chunkSize: 20, onProgress: progress, signal }),
    );
    const points: (number | null)[][] = [];
    for (let i = 0; i < r.total; i++) {
      const coords =
        axes.length === 1
          ? [axes[0]!.values[i]!]
          : [
              axes[0]!.values[Math.floor(i / axes[1]!.values.length)]!,
              axes[1]!.values[i % axes[1]!.values.length]!,
            ];
      points.push([...coords, ...spec.outputs.map((o) => r.values[o]![i] ?? null)]);
    }
    const header = [...axes.map((a) => a.path), ...spec.outputs, 'verdict'];
    if (typeof values.csv === 'string') writeOutputFile(values.csv, sweepToCsv(r), [file!]);
    if (values.json) {
      io.out(JSON.stringify(r, null, 2) + '\n');
      return 0;
    }
    io.out(
      textTable(
        header,
        points.map((p, i) => {
          const f = r.feasibility[i] ?? 'unknown';
          const none = f === 'infeasible' ? '—' : f === 'unknown' ? '?' : 'n/a';
          return [...p.map((v) => (v === null ? none : fmtNum(v, 4))), FEASIBILITY_WORD[f]];
        }),
      ) +
        (r.feasibility.some((f) => f !== 'feasible')
          ? "\n— : the plan cannot run at that point; ? : a figure it depends on is missing (see 'simulate').\n"
          : ''),
    );
    return 0;
  },
};

export const sizeCommand: Command = {
  name: 'size',
  summary:
    'The smallest pack that meets every target at once (runtime at end of life, lifetime, mass limit), with mass feedback, and the charger for the charge-time target.',
  usage:
    'size PLAN [--target-hours H] [--lifetime-years Y] [--charge-minutes M] [--max-mass-percent P] [--new] [--lang en|ko] [--json] [--out FILE]',
  description:
    "Targets default to the plan's own (targets.runtimeHours, lifetimeYears, chargeTimeMin, maxPackMassPercent).\n" +
    'The answer says which target sets the size. Without a mass limit in the plan, a pack heavier than the\n' +
    "catalog humanoids' share of their robot's mass (25 %) is flagged. Exit 3 when no pack meets the targets,\n" +
    'or when the plan cannot run for a reason no pack changes (its AI payload does not fit its chip) or rests\n' +
    'on a missing figure: the reasons are printed.',
  options: {
    'target-hours': { type: 'string', value: 'H', description: 'Runtime per charge to meet' },
    'lifetime-years': { type: 'string', value: 'Y', description: 'Years to 80 % state of health to meet' },
    'charge-minutes': {
      type: 'string',
      value: 'M',
      description: 'Size the charger for this reserve-to-full time',
    },
    'max-mass-percent': {
      type: 'string',
      value: 'P',
      description: "Largest pack share of the robot's total mass (a hard limit)",
    },
    new: { type: 'boolean', description: 'Size for a new pack instead of end of life (80 % SoH)' },
    json: { type: 'boolean', description: 'Print JSON' },
    out: { type: 'string', value: 'FILE', description: 'Write the plan with the sized pack to FILE' },
    lang: { type: 'string', value: 'en|ko', description: 'Language of the answer (default en)' },
  },
  positionals: [1, 1],
  run([file], values, io) {
    const lang = choiceFlag(values, 'lang', ['en', 'ko'] as const) ?? 'en';
    const plan = requirePlan(file!);
    const t = plan.targets;
    const runtimeHours = numberFlag(values, 'target-hours', 0.01, 100_000, 'h') ?? t.runtimeHours;
    const lifetimeYears = numberFlag(values, 'lifetime-years', 0.01, 100, 'years') ?? t.lifetimeYears;
    const chargeTimeMin = numberFlag(values, 'charge-minutes', 1, 100_000, 'min') ?? t.chargeTimeMin;
    const maxPackMassPercent = numberFlag(values, 'max-mass-percent', 1, 100, '%') ?? t.maxPackMassPercent;
    if (runtimeHours === undefined && lifetimeYears === undefined)
      throw new UserError(
        'no target to size for: give --target-hours or --lifetime-years (or set targets in the plan)',
      );
    const progress = progressOnStderr('size', io);
    let evaluations = 0;
    const r = sizeForTargets(
      plan,
      { runtimeHours, lifetimeYears, chargeTimeMin, maxPackMassPercent },
      { atEndOfLife: !values.new, onEvaluate: () => progress(++evaluations, evaluations + 1) },
    );
    if (typeof values.out === 'string' && r.plan)
      writeOutputFile(values.out, JSON.stringify(r.plan, null, 2) + '\n', [file!]);
    if (values.json) {
      const { plan: _p, ...rest } = r;
      io.out(JSON.stringify(rest, null, 2) + '\n');
      return r.feasible ? 0 : 3;
    }
    const when: PhraseValue = { p: { id: r.atEndOfLife ? 'size.whenEol' : 'size.whenNew' } };
    const asked: PhraseValue[] = [
      ...(runtimeHours !== undefined ? [nested('size.askRuntime', { h: { h: runtimeHours }, when })] : []),
      ...(lifetimeYears !== undefined ? [nested('size.askLife', { y: num(lifetimeYears) })] : []),
    ];
    const lines = [say('size.head', { plan: plan.name, asked: { list: asked } }, lang), ''];
    // Labelled rows, and lines of their own (the mass warning) between them.
    const rows: ([PhraseId, string] | string)[] = [];
    if (r.feasible) {
      const conf = r.mode === 'cells' ? `${r.series}S${r.parallel}P · ` : '';
      rows.push([
        'size.row.pack',
        say(
          'size.pack',
          {
            pack: `${conf}${fmtNum(r.energyWh! / 1000)} kWh · ${fmtNum(r.massKg!)} kg`,
            pct: num(r.packMassPercent ?? 0, '%'),
          },
          lang,
        ),
      ]);
      rows.push([
        'size.row.runtime',
        say(
          'size.runtime',
          {
            h:
              r.runtimeHours === null
                ? nested('cli.unboundedWord')
                : {
                    h: r.runtimeHours,
                    ...(runtimeHours !== undefined
                      ? { target: runtimeHours, better: 'higher' as const }
                      : {}),
                  },
            when,
            c: num(r.peakCRate!, '', 2),
            limit: num(r.maxDischargeCRate, '', 2),
          },
          lang,
        ),
      ]);
      if (r.lifetimeYears !== null)
        rows.push([
          'size.row.life',
          say(
            'cli.life',
            {
              years: num(
                r.lifetimeYears,
                '',
                digitsFor(
                  r.lifetimeYears,
                  lifetimeYears !== undefined ? { target: lifetimeYears, better: 'higher' } : undefined,
                ),
              ),
            },
            lang,
          ),
        ]);
      if (r.binding) {
        const what =
          r.binding === 'discharge-rate'
            ? nested('size.bindsRate', { c: num(r.maxDischargeCRate, '', 2) })
            : nested(r.binding === 'runtime' ? 'size.bindsRuntime' : 'size.bindsLifetime');
        const need =
          r.binding === 'lifetime' && r.needs.runtime !== null
            ? nested(r.limitedBy === 'discharge-rate' ? 'size.needRuntimeRate' : 'size.needRuntime', {
                size: describeNeed(r, r.needs.runtime),
              })
            : r.binding !== 'lifetime' && r.needs.lifetime !== null
              ? nested('size.needLifetime', { size: describeNeed(r, r.needs.lifetime) })
              : nested('empty');
        rows.push(['size.row.binds', say('size.binds', { what, need }, lang)]);
      }
      rows.push(['size.row.search', say('size.search', { n: String(r.iterations) }, lang)]);
      if (r.massWarningText) rows.push(`⚠ ${renderPhrase(r.massWarningText, lang)}`);
    }
    if (r.charger && r.feasible) {
      const c = r.charger;
      const min = num(c.targetMinutes);
      rows.push([
        'size.row.charger',
        c.requiredPowerW !== null
          ? say('size.charger', { kw: num(c.requiredPowerW / 1000, 'kW'), min }, lang)
          : c.requiredCRate !== null
            ? say(
                'size.chargerCells',
                { fastest: { h: c.fastestS / 3600 }, min, c: num(c.requiredCRate, '', 2) },
                lang,
              )
            : say('size.chargerOutOfReach', { min }, lang),
      ]);
    }
    const labelled = rows.filter((x): x is [PhraseId, string] => typeof x !== 'string');
    const width = Math.max(8, ...labelled.map(([id]) => displayWidth(say(id, {}, lang))));
    for (const row of rows) {
      if (typeof row === 'string') lines.push(row);
      else {
        const label = say(row[0], {}, lang);
        lines.push(`${label}${' '.repeat(width - displayWidth(label) + 2)}${row[1]}`);
      }
    }
    if (!r.feasible)
      lines.push(
        say(
          r.blockedBy?.feasibility === 'unknown' ? 'size.unknownHead' : 'size.infeasibleHead',
          { reason: r.reasonText ? { p: r.reasonText } : (r.reason ?? '') },
          lang,
        ),
      );
    io.out(lines.join('\n') + '\n');
    return r.feasible ? 0 : 3;
  },
};

function describeNeed(r: { mode: 'cells' | 'pack'; series: number | null }, size: number): string {
  // S×P and kWh read the same in every language.
  return r.mode === 'cells' ? `${r.series}S${size}P` : `${fmtNum(size / 1000)} kWh`;
}
