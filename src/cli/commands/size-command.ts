import { sizeForTargets } from '../../analysis';
import { UserError, writeOutputFile } from '../../node/files';
import { digitsFor, fmtNum } from '../../sim/remarks';
import { nested, num, renderPhrase, type PhraseValue } from '../../text/phrase';
import type { PhraseId } from '../../text/phrases';
import { langFlag, numberFlag, type Command } from '../command';
import { say } from '../format';
import { progressOnStderr } from '../progress';
import { displayWidth } from '../table';
import { requirePlan } from './plan-commands';

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
    const lang = langFlag(values);
    const plan = requirePlan(file!, lang);
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
