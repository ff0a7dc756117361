import { defineConfig } from 'vitest/config';
// @ts-expect-error: plain JS helper shared with the build
import { hbsVitePlugin } from './scripts/lib/hbs.mjs';

// Unit tests: pure logic and DOM-level tests (happy-dom), no browser.
export default defineConfig({
  plugins: [hbsVitePlugin()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
