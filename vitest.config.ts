import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
