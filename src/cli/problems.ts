import { describePath } from '../plan/describe-path';
import type { PlanError } from '../plan/load';
import type { Lang } from '../text/phrase';
import { say } from './format';

/**
 * Problems with an input — a plan file, a scenario, the sweep's axes — in the reader's language: a line that
 * counts them, then one line each with where and what.
 *
 * English names each place by its JSON path (`battery.pack.energyWh: must be …`). Korean names it by the field
 * registry's Korean label, with the path after it so the file can still be searched
 * (`배터리 › 팩 에너지 (battery.pack.energyWh): …`). The message after the colon is the schema's and stays
 * English: it is generated from the plan schema's checks (src/plan/schema.ts, src/plan/load.ts).
 *
 * `doc` is the input as read (parsed JSON, or the plan), so a list element is named by its label
 * (`동작 “Walking” › 전력`); without it, by its position.
 */
export function formatProblems(
  subject: string,
  errors: readonly PlanError[],
  lang: Lang,
  doc?: unknown,
): string {
  const n = errors.length;
  const lines = [
    n === 1
      ? say('cli.problemOne', { subject }, lang)
      : say('cli.problemMany', { subject, n: String(n) }, lang),
  ];
  for (const e of errors) lines.push(`  ${whereIn(doc, e.path, lang)}: ${e.message}`);
  return lines.join('\n') + '\n';
}

/** A problem's place: the path (English), or its Korean words and the path. */
function whereIn(doc: unknown, path: string, lang: Lang): string {
  if (lang === 'en') return path;
  const words = describePath(docOf(doc), path, lang);
  return words === path || path === '(plan)' || path === '(file)' ? words : `${words} (${path})`;
}

function docOf(doc: unknown): Record<string, unknown> | null {
  return typeof doc === 'object' && doc !== null && !Array.isArray(doc)
    ? (doc as Record<string, unknown>)
    : null;
}

/** The JSON of a file's text, or null when it is not JSON (only to name the places of its problems). */
export function jsonOrNull(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return null;
  }
}
