import { defineConfig } from 'vitest/config';
// @ts-expect-error: plain JS helper shared with the build
import { hbsVitePlugin } from './scripts/lib/hbs.mjs';

// Browser tests: the built dist/chrome in real headless Chromium (test/browser/harness.ts).
// One file at a time: each launches its own browser and the machine has 2 cores.
export default defineConfig({
  plugins: [hbsVitePlugin()],
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 45_000,
    hookTimeout: 60_000,
  },
});
