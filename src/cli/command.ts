import { parseArgs } from 'node:util';
import { UserError } from '../node/files';
import type { Lang } from '../text/phrase';

export type FlagValues = Record<string, string | boolean | string[] | undefined>;

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Value placeholder for help, e.g. "FILE". */
  value?: string;
  /** The flag may be given more than once (values collected in order). */
  multiple?: boolean;
  description: string;
}

export interface Command {
  name: string;
  summary: string;
  /** Usage line after `powerplan `. */
  usage: string;
  description?: string;
  options: Record<string, OptionSpec>;
  /** Number of positional arguments allowed: [min, max]. */
  positionals: [number, number];
  run(positionals: string[], values: FlagValues, io: Output): Promise<number> | number;
}

export function commandHelp(cmd: Command): string {
  const lines = [`Usage: powerplan ${cmd.usage}`, '', cmd.summary];
  if (cmd.description) lines.push('', cmd.description);
  const opts = Object.entries({
    ...cmd.options,
    help: { type: 'boolean', short: 'h', description: 'Show this help' } as OptionSpec,
  });
  lines.push('', 'Options:');
  for (const [name, o] of opts) {
    const flag = `${o.short ? `-${o.short}, ` : '    '}--${name}${o.type === 'string' ? ` ${o.value ?? 'VALUE'}` : ''}`;
    lines.push(`  ${flag.padEnd(30)} ${o.description}`);
  }
  return lines.join('\n') + '\n';
}

/** Parse argv for a command; unknown flags and wrong counts become UserErrors naming the flag. */
export function parseCommandArgs(cmd: Command, argv: string[]) {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }> = {
    help: { type: 'boolean', short: 'h' },
  };
  for (const [name, o] of Object.entries(cmd.options))
    options[name] = {
      type: o.type,
      ...(o.short ? { short: o.short } : {}),
      ...(o.multiple ? { multiple: true } : {}),
    };
  // `--target-hours -1`: a value that looks like a negative number belongs to the flag before it (parseArgs
  // would call it ambiguous), so the flag's own range check can answer with the allowed range.
  const args: string[] = [];
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k]!;
    const name = a.startsWith('--') ? a.slice(2) : null;
    const next = argv[k + 1];
    if (name && options[name]?.type === 'string' && next !== undefined && /^-\d|^-\.\d/.test(next)) {
      args.push(`${a}=${next}`);
      k++;
    } else args.push(a);
  }
  let parsed;
  try {
    parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = (e as Error).message.replace(/\. To specify a positional argument.*$/s, '');
    throw new UserError(`${msg}. See \`powerplan ${cmd.name} --help\`.`);
  }
  const values = parsed.values as FlagValues;
  if (values.help) return { help: true as const, positionals: [], values };
  const [min, max] = cmd.positionals;
  if (parsed.positionals.length < min) {
    throw new UserError(`missing argument: usage: powerplan ${cmd.usage}`);
  }
  if (parsed.positionals.length > max) {
    throw new UserError(`unexpected argument "${parsed.positionals[max]}": usage: powerplan ${cmd.usage}`);
  }
  return { help: false as const, positionals: parsed.positionals, values };
}

/** A numeric flag within [min, max], or a UserError naming the flag and the range. */
export function numberFlag(
  values: FlagValues,
  name: string,
  min: number,
  max: number,
  unit = '',
): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : NaN;
  if (!Number.isFinite(n) || n < min || n > max) {
    throw new UserError(
      `--${name}: must be a number in ${min} … ${max}${unit ? ' ' + unit : ''} (got "${String(raw)}")`,
    );
  }
  return n;
}

/** A string flag restricted to a set of values. */
export function choiceFlag<T extends string>(
  values: FlagValues,
  name: string,
  choices: readonly T[],
): T | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !(choices as readonly string[]).includes(raw)) {
    throw new UserError(`--${name}: must be one of ${choices.join(', ')} (got "${String(raw)}")`);
  }
  return raw as T;
}

/** The languages the CLI speaks (`--lang`). */
export const LANGS = ['en', 'ko'] as const satisfies readonly Lang[];

/** The `--lang` option of a command that prints prose: `what` it puts in the reader's language. */
export function langOption(what: string): OptionSpec {
  return { type: 'string', value: 'en|ko', description: `Language of ${what} (default en)` };
}

/** The `--lang` flag: English unless `ko` is asked for; anything else is a UserError naming the choices. */
export function langFlag(values: FlagValues): Lang {
  return choiceFlag(values, 'lang', LANGS) ?? 'en';
}

/**
 * The language asked for, without judging the flag: for messages printed before the flag is checked (a plan
 * that does not load), so which error a command reports first does not change.
 */
export function langAsked(values: FlagValues): Lang {
  return values.lang === 'ko' ? 'ko' : 'en';
}
