import { commandHelp, parseCommandArgs, type Command, type Output } from './command';
import { catalogCommand } from './commands/catalog-command';
import { compareCommand } from './commands/compare-command';
import { reportCommand, schemaCommand, simulateCommand, validateCommand } from './commands/plan-commands';
import { sensitivityCommand } from './commands/sensitivity-command';
import { sizeCommand } from './commands/size-command';
import { sweepCommand } from './commands/sweep-command';
import { UserError } from '../node/files';
import { Interrupted, INTERRUPTED_EXIT } from './progress';
import { VERSION } from '../version';
import { escapeForTerminal } from '../text/safe-text';

export const COMMANDS: Command[] = [
  simulateCommand,
  validateCommand,
  compareCommand,
  sensitivityCommand,
  sweepCommand,
  sizeCommand,
  catalogCommand,
  reportCommand,
  schemaCommand,
];

export function mainHelp(): string {
  const lines = [
    `powerplan ${VERSION} — battery and on-device AI power planning for robots`,
    '',
    'Usage: powerplan COMMAND [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(12)} ${c.summary}`),
    '',
    "Run `powerplan COMMAND --help` for a command's options. Plan format: docs/plan-format.md.",
    'Exit codes: 0 success, 2 invalid input (bad plan, flag or path), 3 no feasible answer (simulate: the',
    'plan is infeasible or depends on a missing figure; size: no pack meets the targets), 130 stopped with',
    'Ctrl+C (nothing written), 1 internal error.',
  ];
  return lines.join('\n') + '\n';
}

/** Run the CLI; returns the exit code. Never throws. */
export async function runCli(argv: string[], rawIo: Output): Promise<number> {
  // Everything printed passes one filter: text from a plan or a flag cannot reach the terminal as a control
  // sequence or a text-direction override, whatever path it took (src/text/safe-text.ts).
  const io: Output = {
    out: (t) => rawIo.out(escapeForTerminal(t)),
    err: (t) => rawIo.err(escapeForTerminal(t)),
  };
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(mainHelp());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(VERSION + '\n');
    return 0;
  }
  const cmd = COMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.err(`powerplan: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}.\n`);
    return 2;
  }
  try {
    const args = parseCommandArgs(cmd, rest);
    if (args.help) {
      io.out(commandHelp(cmd));
      return 0;
    }
    return await cmd.run(args.positionals, args.values, io);
  } catch (e) {
    if (e instanceof Interrupted) {
      io.err(`powerplan ${cmd.name}: ${e.message}\n`);
      return INTERRUPTED_EXIT;
    }
    if (e instanceof UserError) {
      io.err(`powerplan ${cmd.name}: ${e.message}\n`);
      return 2;
    }
    io.err(
      `powerplan ${cmd.name}: internal error: ${(e as Error)?.message ?? String(e)}\n(please report this with the plan file)\n`,
    );
    return 1;
  }
}

/** Entry point for the bundled CLI: run with process argv and set the exit code. */
export function main(): void {
  // stdout closed early (`| head`) is not an error; a failing stdout (`> /dev/full`) is one line, exit 2.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(
      `powerplan: cannot write the output: ${e.code === 'ENOSPC' ? 'the disk is full' : e.message}\n`,
    );
    process.exit(2);
  });
  void runCli(process.argv.slice(2), {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
  }).then((code) => {
    process.exitCode = code;
  });
}

if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) main();
