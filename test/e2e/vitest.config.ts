import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The browser tests: real Chromium, the real SDK, the built library. One file at a time (the CI
 * machine has 2 cores and each file launches its own browser), Node environment, long timeouts.
 */
export default defineConfig({
  // The repository, not this folder: paths below and in the tests are from there.
  root: resolve(import.meta.dirname, '../..'),
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/harness/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    restoreMocks: true,
  },
});
