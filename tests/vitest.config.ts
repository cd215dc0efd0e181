import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: happy-dom + WXT's fakeBrowser. End-to-end tests have their own config (vitest.e2e.config.ts).
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    // Corpus suites read ~100 gzipped pages; give them room on the shared 2-core machines.
    testTimeout: 60_000,
  },
});
