import {
  checkSweep,
  linspace,
  OUTPUT_KEYS,
  OUTPUTS,
  outputLabel,
  runSweep,
  type OutputKey,
  type SweepAxis,
} from '../../analysis';
import { UserError, writeOutputFile } from '../../node/files';
import { describePath } from '../../plan/describe-path';
import { fieldAt } from '../../plan/field-registry';
import type { Plan } from '../../plan/schema';
import { sweepToCsv } from '../../report/csv';
import { fmtNum } from '../../sim/remarks';
import type { Feasibility } from '../../sim/verdict';
import { unitIn, type Lang } from '../../text/phrase';
import type { PhraseId } from '../../text/phrases';
import { langFlag, langOption, type Command } from '../command';
import { say } from '../format';
import { formatProblems } from '../problems';
import { interruptible, progressOnStderr } from '../progress';
import { textTable } from '../table';
import { requirePlan } from './plan-commands';
import { FEASIBILITY_PHRASE, many, outputFlag } from './shared';

/** Field units that are English words, in the reader's language (the others: `unitIn`). */
const UNIT_WORDS: Readonly<Record<string, PhraseId>> = {
  days: 'cli.unit.days',
  cycles: 'cli.unit.cycles',
  tokens: 'cli.unit.tokens',
  'clips/s': 'cli.unit.clipsPerS',
};
const unitWord = (unit: string, lang: Lang) => {
  const id = UNIT_WORDS[unit];
  return id ? say(id, {}, lang) : unitIn(unit, lang);
};

/**
 * An axis's column: in English its path, as `--axis` takes it; in Korean the input in words from the field
 * registry ("배터리 › 팩 에너지"), with its unit.
 */
function axisColumn(plan: Plan, path: string, lang: Lang): string {
  if (lang === 'en') return path;
  const unit = fieldAt(path)?.unit;
  const words = describePath(plan, path, lang);
  return unit ? `${words} (${unitWord(unit, lang)})` : words;
}

/**
 * An output's column: in English its key, as `--output` takes it; in Korean its name from the outputs registry,
 * with its unit (a count per day says "per day" in its name already).
 */
function outputColumn(key: OutputKey, lang: Lang): string {
  if (lang === 'en') return key;
  const unit = OUTPUTS[key].unit;
  return unit && unit !== '/day'
    ? `${outputLabel(key, lang)} (${unitIn(unit, lang)})`
    : outputLabel(key, lang);
}

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
  usage:
    'sweep PLAN --axis PATH=FROM:TO:COUNT [--axis PATH=V1,V2,…] [--output KEY]... [--lang en|ko] [--json] [--csv FILE]',
  description:
    'Example: powerplan sweep plan.json --axis battery.pack.energyWh=1000:4000:7 --axis compute[0].maxPowerW=2,5,15,30\n' +
    `Outputs: ${OUTPUT_KEYS.join(', ')}.\n` +
    "Each point's verdict is its last column: where the plan cannot run, outputs that depend on the loads are\n" +
    "'—' (no answer), and '?' where a figure they need is missing. With --lang ko the columns are named by the\n" +
    'inputs and outputs in Korean, with their units (the paths and keys stay in --json and the CSV).',
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
    lang: langOption('the table and its note'),
  },
  positionals: [1, 1],
  async run([file], values, io) {
    const lang = langFlag(values);
    const plan = requirePlan(file!, lang);
    const axes = many(values, 'axis').map(parseAxis);
    if (axes.length < 1 || axes.length > 2) throw new UserError('--axis: give one or two axes');
    const outputs = many(values, 'output').map((o) => outputFlag({ output: o }));
    const spec = {
      axes: axes as [SweepAxis] | [SweepAxis, SweepAxis],
      outputs: outputs.length ? outputs : (['runtimeHours'] as OutputKey[]),
    };
    const errors = checkSweep(plan, spec);
    if (errors.length)
      throw new UserError(formatProblems(say('cli.sweepSubject', {}, lang), errors, lang, plan).trimEnd());
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
    const header = [
      ...axes.map((a) => axisColumn(plan, a.path, lang)),
      ...spec.outputs.map((o) => outputColumn(o, lang)),
      say('cli.verdictColumn', {}, lang),
    ];
    if (typeof values.csv === 'string') writeOutputFile(values.csv, sweepToCsv(r), [file!]);
    if (values.json) {
      io.out(JSON.stringify(r, null, 2) + '\n');
      return 0;
    }
    // The words, once (a sweep may have 250 000 points).
    const word = (f: Feasibility) => say(FEASIBILITY_PHRASE[f], {}, lang);
    const words = { feasible: word('feasible'), infeasible: word('infeasible'), unknown: word('unknown') };
    const notAvailable = say('cli.na.none', {}, lang);
    io.out(
      textTable(
        header,
        points.map((p, i) => {
          const f = r.feasibility[i] ?? 'unknown';
          const none = f === 'infeasible' ? '—' : f === 'unknown' ? '?' : notAvailable;
          return [...p.map((v) => (v === null ? none : fmtNum(v, 4))), words[f]];
        }),
      ) +
        (r.feasibility.some((f) => f !== 'feasible')
          ? `\n${say('cli.sweepLegend', { cmd: 'simulate' }, lang)}\n`
          : ''),
    );
    return 0;
  },
};
