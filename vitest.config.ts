import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Examples import the package by name, as a user would; in tests that name is the source.
  resolve: {
    alias: [
      {
        find: /^hmip-ratings$/,
        replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)),
      },
      {
        find: /^hmip-ratings\/toolkit$/,
        replacement: fileURLToPath(new URL('./src/toolkit.ts', import.meta.url)),
      },
      {
        find: /^hmip-ratings\/([a-z]+)$/,
        replacement: `${fileURLToPath(new URL('./src/', import.meta.url))}$1/index.ts`,
      },
      {
        find: /^hmip-ratings-sheets\/elements$/,
        replacement: fileURLToPath(new URL('./src/elements/index.ts', import.meta.url)),
      },
      {
        find: /^hmip-ratings-sheets$/,
        replacement: fileURLToPath(new URL('./src/sheets.ts', import.meta.url)),
      },
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test-prop.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 60_000,
    // One fixed seed for every property test unless FC_SEED says otherwise (npm run fuzz).
    setupFiles: ['test/support/property-seed.ts'],
    // One marker per run, so the example pages are bundled once however many browser files ask.
    globalSetup: ['test/support/web-run.ts'],
    // Worker threads that keep their module cache from file to file: the library is pure (no
    // module state, no mocks in any test), so files need no fresh module graph each, and the
    // suite spends 7 s importing instead of 95 s (docs/performance.md, "npm test").
    pool: 'threads',
    isolate: false,
    // Every core: the browser tests wait on Chromium much of the time.
    maxWorkers: '100%',
  },
});
