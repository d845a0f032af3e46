import { describeInput, OUTPUT_KEYS, OUTPUTS, outputLabel, sensitivityInSteps } from '../../analysis';
import { writeOutputFile } from '../../node/files';
import { sensitivityToCsv } from '../../report/csv';
import { num, renderPhrase } from '../../text/phrase';
import { langAsked, langFlag, numberFlag, type Command } from '../command';
import { say } from '../format';
import { interruptible, progressOnStderr, yielder } from '../progress';
import { textTable } from '../table';
import { requirePlan } from './plan-commands';
import { fmtValue, outputFlag } from './shared';

/** Why a sensitivity side has no value, in a table cell. */
const NA_PHRASE = {
  infeasible: 'cli.na.infeasible',
  unknown: 'cli.na.unknown',
  'not-available': 'cli.na.none',
} as const;

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
    const plan = requirePlan(file!, langAsked(values));
    const output = outputFlag(values);
    const deltaPercent = numberFlag(values, 'delta', 0.1, 90, '%') ?? 10;
    const top = numberFlag(values, 'top', 1, 1000) ?? 15;
    const lang = langFlag(values);
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
