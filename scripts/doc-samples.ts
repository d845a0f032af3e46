// Keep the CLI samples in the docs true to the code: every ```text block line `$ npx powerplan ARGS` (with
// `\` continuations) is followed by the output the CLI prints for ARGS today. `npm run docs:samples` rewrites
// the files; tests/unit/doc-samples.test.ts fails when a sample is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../src/cli/main';

export const SAMPLE_FILES = ['README.md', 'docs/analysis.md'];
const PROMPT = '$ npx powerplan ';

/** Split a shell-like argument string (single and double quotes, no escapes). */
function shellWords(s: string): string[] {
  return [...s.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

async function cliOutput(root: string, args: string[]): Promise<string> {
  let out = '';
  let err = '';
  const cwd = process.cwd();
  process.chdir(root);
  try {
    await runCli(args, { out: (t) => (out += t), err: (t) => (err += t) });
  } finally {
    process.chdir(cwd);
  }
  return (out + err).trimEnd();
}

/** The text with every runnable sample's output replaced by the CLI's current output. */
export async function refreshSamples(root: string, text: string): Promise<string> {
  const lines = text.split('\n');
  const result: string[] = [];
  let inBlock = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith('```')) inBlock = !inBlock && line.startsWith('```text');
    if (!inBlock || !line.startsWith(PROMPT)) {
      result.push(line);
      continue;
    }
    const command = [line];
    while (command[command.length - 1]!.endsWith('\\') && i + 1 < lines.length) command.push(lines[++i]!);
    result.push(...command);
    const args = shellWords(
      command
        .map((l) => l.replace(/\\$/, ''))
        .join(' ')
        .slice(PROMPT.length),
    );
    // Skip the old output: up to the next prompt or the end of the block.
    const oldOutput: string[] = [];
    while (i + 1 < lines.length && !lines[i + 1]!.startsWith(PROMPT) && !lines[i + 1]!.startsWith('```'))
      oldOutput.push(lines[++i]!);
    const runnable = args.filter((a) => a.endsWith('.json')).every((a) => existsSync(join(root, a)));
    if (!runnable) {
      result.push(...oldOutput);
      continue;
    }
    const trailingBlank = oldOutput.length > 0 && oldOutput[oldOutput.length - 1] === '';
    result.push(...(await cliOutput(root, args)).split('\n'));
    if (trailingBlank) result.push('');
  }
  return result.join('\n');
}

async function main(): Promise<void> {
  const root = join(__dirname, '..');
  for (const f of SAMPLE_FILES) {
    const path = join(root, f);
    const before = readFileSync(path, 'utf8');
    const after = await refreshSamples(root, before);
    if (after !== before) writeFileSync(path, after);
    console.log(`${f}: ${after === before ? 'up to date' : 'updated'}`);
  }
}

if (process.argv[1]?.endsWith('doc-samples.ts')) void main();
