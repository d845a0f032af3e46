import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The hostile plan files: the committed ones in tests/fixtures/bad/ and two generated (too big to commit). */
export const BAD_DIR = join(__dirname, 'fixtures', 'bad');
const EXAMPLE = join(__dirname, '..', 'examples', 'optimus-class-dx-m1.powerplan.json');

/** Generate, in a fresh temp folder, a 50 MB file and a plan with 100 000 segments. */
export function generatedBadFiles(): [name: string, path: string][] {
  const tmp = mkdtempSync(join(tmpdir(), 'pp-bad-'));
  const big = join(tmp, 'fifty-megabytes.powerplan.json');
  writeFileSync(big, '{"format":"powerplan","version":1,"name":"' + 'x'.repeat(50 * 1024 * 1024) + '"}');
  const doc = JSON.parse(readFileSync(EXAMPLE, 'utf8'));
  doc.dutyCycle.segments = Array.from({ length: 100_000 }, () => ({
    kind: 'activity',
    activity: 'walk',
    durationMin: 1,
  }));
  const many = join(tmp, 'hundred-thousand-segments.powerplan.json');
  writeFileSync(many, JSON.stringify(doc));
  return [
    ['fifty-megabytes.powerplan.json', big],
    ['hundred-thousand-segments.powerplan.json', many],
  ];
}

/** Every hostile file as [name, path]. */
export function badCorpus(): [name: string, path: string][] {
  const committed = readdirSync(BAD_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f): [string, string] => [f, join(BAD_DIR, f)]);
  return [...committed, ...generatedBadFiles()];
}
