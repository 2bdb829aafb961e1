import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A missing golden file fails, here as in CI: goldens are written only on purpose, with
    // `npx vitest run -u` (all) or ASSO_UPDATE_GOLDENS=1 (the missing ones), then read in the diff.
    update: process.env.ASSO_UPDATE_GOLDENS === '1' ? 'new' : 'none',
  },
});
