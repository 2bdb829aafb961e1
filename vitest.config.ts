import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // At least two workers (vitest keeps a core free: one worker on 2 cores), in threads; each
    // worker's files share one module graph: the tests keep no global state (no mocks, no change
    // to process.env or the working folder), and the sources load once per worker, not per file.
    pool: 'threads',
    maxWorkers: Math.max(2, availableParallelism() - 1),
    isolate: false,
    // A missing golden file fails, here as in CI: goldens are written only on purpose, with
    // `npx vitest run -u` (all) or ASSO_UPDATE_GOLDENS=1 (the missing ones), then read in the diff.
    update: process.env.ASSO_UPDATE_GOLDENS === '1' ? 'new' : 'none',
  },
});
