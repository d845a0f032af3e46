import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './plan-helpers';

/**
 * Doc comments cite the project's own pages (`docs/battery-model.md, "Charging"`), the README
 * (`README.md, "The CLI"`) or a public source (`docs/references.md#pybamm`). Every cited file, section and
 * anchor must exist in this repository; nothing may cite design notes that are not part of it.
 */

const SCANNED_DIRS = ['src', 'renderer', 'app', 'scripts'];
const SOURCE = /\.(ts|tsx|mts|cts)$/;

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(p).isDirectory() ? sourceFiles(p) : SOURCE.test(name) ? [p] : [];
  });
}

/** Documents outside this repository. (The patterns are escaped so this file does not contain the paths.) */
const OUTSIDE: { pattern: RegExp; problem: string }[] = [
  { pattern: /\bDESIGN(?:\.md\b|\s*§)/, problem: 'cites DESIGN.md, which is not in this repository' },
  { pattern: /\bmodels\.md\b/, problem: 'cites models.md, which is not in this repository' },
  { pattern: /\.\.\/shared\b|\/work\/shared\b/, problem: 'refers to a directory outside the repository' },
];

/** `docs/<name>.md` (optionally `#anchor`), not as the tail of a URL or another path; `../docs/` counts. */
const DOC_MENTION = /(?:^|[^\w./-]|\.\.\/)docs\/([\w.-]+\.md)(?:#([\w-]+))?/g;
/** `docs/<name>.md, "Section"` or `README.md, "Section"` on one line. */
const SECTION_MENTION = /(?:^|[^\w./-])((?:docs\/)?[\w.-]+\.md),? "([^"]+)"/g;

function headings(markdown: string): string[] {
  const out: string[] = [];
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced) {
      const m = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
      if (m) out.push(m[1]!);
    }
  }
  return out;
}

/** GitHub's heading slug, closely enough for the headings in docs/. */
const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');

function anchors(markdown: string): Set<string> {
  const ids = [...markdown.matchAll(/\b(?:id|name)="([^"]+)"/g)].map((m) => m[1]!);
  return new Set([...ids, ...headings(markdown).map(slug)]);
}

/** A quoted section matches a heading that starts with it, with or without the heading's number ("3. "). */
function hasSection(markdown: string, section: string): boolean {
  return headings(markdown).some(
    (h) => h.startsWith(section) || h.replace(/^\d+[a-z]?\.\s+/, '').startsWith(section),
  );
}

const cache = new Map<string, string | null>();
function readDoc(path: string): string | null {
  if (!cache.has(path))
    cache.set(path, existsSync(join(ROOT, path)) ? readFileSync(join(ROOT, path), 'utf8') : null);
  return cache.get(path)!;
}

/** Every problem in one file's text, as `file:line: problem — line`. */
function citationProblems(file: string, text: string): string[] {
  const out: string[] = [];
  text.split('\n').forEach((line, i) => {
    const at = `${file}:${i + 1}`;
    const report = (problem: string) => out.push(`${at}: ${problem} — ${line.trim()}`);
    for (const { pattern, problem } of OUTSIDE) if (pattern.test(line)) report(problem);
    for (const m of line.matchAll(DOC_MENTION)) {
      const doc = readDoc(`docs/${m[1]}`);
      if (doc === null) report(`cites docs/${m[1]}, which does not exist`);
      else if (m[2] && !anchors(doc).has(m[2])) report(`docs/${m[1]} has no anchor #${m[2]}`);
    }
    for (const m of line.matchAll(SECTION_MENTION)) {
      const doc = readDoc(m[1]!);
      if (doc !== null && !hasSection(doc, m[2]!)) report(`${m[1]} has no section "${m[2]}"`);
    }
  });
  return out;
}

describe('doc citations in src/, renderer/, app/ and scripts/', () => {
  const files = SCANNED_DIRS.flatMap((d) => sourceFiles(join(ROOT, d)));

  it('scans the sources', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('cite only files, sections and anchors that exist in this repository', () => {
    const problems = files.flatMap((f) => citationProblems(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(problems).toEqual([]);
  });

  it('the check finds what it should (and not URLs)', () => {
    const outside = ['..', 'shared', 'reference', 'x.md'].join('/');
    const sample = [
      ' * Source: DESIGN.md §4.',
      ' * P = P_idle + u·(P_max − P_idle)   (DESIGN §3)',
      ' * (models.md §5.5)',
      ` * see ${outside}`,
      ' * (docs/cli.md)',
      ' * docs/references.md#no-such-anchor',
      ' * docs/battery-model.md, "No such section"',
      ' * fine: docs/battery-model.md, "Charging"; docs/references.md#pybamm; README.md, "The CLI"',
      ' * fine: https://github.com/o/r/blob/main/docs/benchmarks.md and BATTERY_DESIGN_CELLS_JS',
    ].join('\n');
    const lines = citationProblems('sample.ts', sample).map((p) => Number(/^sample\.ts:(\d+)/.exec(p)![1]));
    expect(lines).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
