import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { refreshSamples, SAMPLE_FILES } from '../../scripts/doc-samples';
import { ROOT } from './plan-helpers';

describe('CLI samples in the docs', () => {
  it.each(SAMPLE_FILES)(
    '%s shows what the CLI prints today (npm run docs:samples refreshes it)',
    async (file) => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      expect(text).toContain('$ npx powerplan ');
      expect(await refreshSamples(ROOT, text)).toBe(text);
    },
  );
});
