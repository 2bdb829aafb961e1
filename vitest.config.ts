import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Every core, at least two (vitest would keep one free: one worker on 2 cores), test files in threads sharing one module graph per
    // worker: the tests keep no global state (no mocks, no process.env or cwd changes), and this
    // saves loading the sources again for each of the forty files.
    pool: 'threads',
    maxWorkers: Math.max(2, availableParallelism() - 1),
    isolate: false,
    // A missing golden file fails, here as in CI: goldens are written only on purpose, with
    // `npx vitest run -u` (all) or ASSO_UPDATE_GOLDENS=1 (the missing ones), then read in the diff.
    update: process.env.ASSO_UPDATE_GOLDENS === '1' ? 'new' : 'none',
  },
});
