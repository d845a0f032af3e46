import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    // Both cores of the CI machine (Vitest's default leaves one idle there): the two 10 000-plan fuzz files
    // take ~4 min each and otherwise run one after the other.
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
