import { z } from 'zod';
import { seriesToCsv } from '../../report/csv';
import { planSchema } from '../../plan/schema';
import { applyScenario } from '../../plan/scenario';
import { simulate } from '../../sim/simulate';
import { choiceFlag, langAsked, langFlag, langOption, type Command } from '../command';
import { formatSummary, say, simulationJson } from '../format';
import { loadPlanFile, readTextFile, UserError, writeOutputFile } from '../../node/files';
import type { PlanError } from '../../plan/load';
import type { Plan } from '../../plan/schema';
import type { Lang } from '../../text/phrase';
import { formatProblems, jsonOrNull } from '../problems';

/** A plan file's problems, in the reader's language (Korean names each place by the plan's own labels). */
function planProblems(file: string, errors: readonly PlanError[], lang: Lang): string {
  if (lang === 'en') return formatProblems(file, errors, lang);
  let doc: unknown = null;
  try {
    doc = jsonOrNull(readTextFile(file));
  } catch {
    /* the file that failed to load may be gone: name places by position */
  }
  return formatProblems(file, errors, lang, doc);
}

/** Load a plan or throw a UserError listing every problem with its place, in the reader's language. */
export function requirePlan(file: string, lang: Lang = 'en'): Plan {
  const r = loadPlanFile(file);
  if (!r.ok) throw new UserError(planProblems(file, r.errors, lang).trimEnd());
  return r.plan;
}

/**
 * The plan a `--scenario NAME` asks for: the plan's own scenario of that name (case aside) applied to it, named
 * "plan — scenario"; the plan itself without the flag. An unknown name lists the plan's scenarios.
 */
export function planForScenario(plan: Plan, name: unknown): Plan {
  if (typeof name !== 'string') return plan;
  const list = plan.scenarios ?? [];
  const s = list.find((x) => x.name.trim().toLowerCase() === name.trim().toLowerCase());
  if (!s)
    throw new UserError(
      `--scenario ${JSON.stringify(name)}: the plan has ${
        list.length ? `the scenarios ${list.map((x) => JSON.stringify(x.name)).join(', ')}` : 'no scenarios'
      }`,
    );
  const r = applyScenario(plan, s);
  if (!r.ok) throw new UserError(r.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return { ...r.plan, name: `${plan.name} — ${s.name}` };
}

const scenarioOption = {
  type: 'string',
  value: 'NAME',
  description: "Run one of the plan's own scenarios instead of the plan itself",
} as const;

export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'Simulate a plan: runtime per charge, power, energy by category, charging, daily cycles and life.',
  usage: 'simulate PLAN [--scenario NAME] [--json] [--csv FILE] [--series] [--lang en|ko]',
  description:
    'Exit 3 when the plan is infeasible (the AI payload cannot run on its chip, or the pack cannot deliver the\n' +
    'load) or its answer is unknown (a figure it depends on is missing); `feasibility` and the reasons are in\n' +
    'the output. Target statuses: ✓ met, ! within 10 %, ✗ missed, ? unknown.',
  options: {
    json: { type: 'boolean', description: 'Print one JSON object instead of the summary' },
    csv: { type: 'string', value: 'FILE', description: 'Write the time series of the shift to FILE as CSV' },
    series: { type: 'boolean', description: 'With --json: include the time series' },
    scenario: scenarioOption,
    lang: {
      type: 'string',
      value: 'en|ko',
      description: 'Language of the summary and its remarks (default en)',
    },
  },
  positionals: [1, 1],
  run([file], values, io) {
    const lang = langFlag(values);
    const plan = planForScenario(requirePlan(file!, lang), values.scenario);
    const result = simulate(plan);
    if (typeof values.csv === 'string') writeOutputFile(values.csv, seriesToCsv(result.series), [file!]);
    if (values.json)
      io.out(
        JSON.stringify(
          {
            // Which of the plan's scenarios ran (none: the plan itself).
            ...(typeof values.scenario === 'string' ? { scenario: values.scenario } : {}),
            ...simulationJson(plan, result, values.series === true),
          },
          null,
          2,
        ) + '\n',
      );
    else io.out(formatSummary(plan, result, lang));
    // Like `size`: 3 when the plan cannot run as written, or its answer depends on a missing figure.
    return result.feasible ? 0 : 3;
  },
};

export const validateCommand: Command = {
  name: 'validate',
  summary:
    'Check a plan file: exit 0 when valid, otherwise exit 2 and print every problem with its JSON path.',
  usage: 'validate PLAN [--lang en|ko] [--json]',
  description:
    '--lang ko prints the verdict and names each problem by its Korean field label, with its JSON path; the\n' +
    "message itself is the plan schema's, in English. --json is the same in every language.",
  options: {
    json: { type: 'boolean', description: 'Print {"valid": bool, "errors": [{path, message}]}' },
    lang: langOption('the verdict and the problems'),
  },
  positionals: [1, 1],
  run([file], values, io) {
    const lang = langFlag(values);
    const loaded = loadPlanFile(file!);
    // A scenario that does not apply makes the file invalid here, though the plan itself still opens.
    const r =
      loaded.ok && loaded.scenarioErrors.length > 0
        ? { ok: false as const, errors: loaded.scenarioErrors }
        : loaded;
    if (values.json) {
      io.out(
        JSON.stringify(
          r.ok ? { valid: true, errors: [], notices: r.notices } : { valid: false, errors: r.errors },
          null,
          2,
        ) + '\n',
      );
      return r.ok ? 0 : 2;
    }
    if (!r.ok) {
      io.err(planProblems(file!, r.errors, lang));
      return 2;
    }
    // Migration notices come from the migration itself (src/plan/migrate.ts), in English.
    io.out(
      `${say('cli.valid', { file: file!, v: String(r.plan.version) }, lang)}${r.notices.length ? '\n  ' + r.notices.join('\n  ') : ''}\n`,
    );
    return 0;
  },
};

/** The JSON Schema of the plan format, generated from the zod schema (input side: defaults optional). */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(planSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: 'https://powerplan.dev/schema/plan-v1.json',
    title: 'PowerPlan plan (format version 1)',
    description: 'A robot battery and on-device AI power plan. See docs/plan-format.md.',
  };
}

export const schemaCommand: Command = {
  name: 'schema',
  summary: 'Print the JSON Schema of the plan format (for editors: add "$schema" to a plan file).',
  usage: 'schema',
  options: {},
  positionals: [0, 0],
  run(_p, _v, io) {
    io.out(JSON.stringify(planJsonSchema(), null, 2) + '\n');
    return 0;
  },
};

export const reportCommand: Command = {
  name: 'report',
  summary: 'Render the plan report as a PDF in a system Chromium (for CI pipelines).',
  usage:
    'report PLAN -o FILE.pdf [--scenario NAME] [--paper a4|letter] [--lang en|ko] [--compare-seed] [--sensitivity]',
  description:
    'Finds Chromium or Chrome through POWERPLAN_CHROMIUM (or CHROMIUM_PATH) or the standard install paths.\n' +
    '--compare-seed adds the seed chip comparison; --sensitivity adds the runtime tornado.',
  options: {
    out: { type: 'string', short: 'o', value: 'FILE.pdf', description: 'Where to write the PDF (required)' },
    paper: { type: 'string', value: 'a4|letter', description: 'Paper size (default a4)' },
    lang: { type: 'string', value: 'en|ko', description: 'Report language (default en)' },
    'compare-seed': { type: 'boolean', description: 'Include the GPU-class vs DX-M1 vs DX-M2 comparison' },
    sensitivity: { type: 'boolean', description: 'Include the sensitivity of runtime' },
    scenario: { ...scenarioOption, description: "Make one of the plan's own scenarios the report's subject" },
  },
  positionals: [1, 1],
  async run([file], values, io) {
    const plan = planForScenario(requirePlan(file!, langAsked(values)), values.scenario);
    const out = values.out;
    if (typeof out !== 'string' || out.trim() === '') throw new UserError('-o FILE.pdf: required');
    const paper = choiceFlag(values, 'paper', ['a4', 'letter'] as const) ?? 'a4';
    const lang = langFlag(values);
    const { renderReportPdf } = await import('../report');
    const r = await renderReportPdf(plan, out, [file!], {
      paper,
      lang,
      compareSeed: values['compare-seed'] === true,
      sensitivity: values.sensitivity === true,
    });
    io.out(`${out}: ${(r.bytes / 1024).toFixed(0)} KiB PDF (${paper}, ${lang})\n`);
    return 0;
  },
};
