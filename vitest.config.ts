import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Examples import the package by name, as a user would; in tests that name is the source.
  resolve: {
    alias: [
      { find: /^hmip-ratings$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      { find: /^hmip-ratings-sheets$/, replacement: fileURLToPath(new URL('./src/sheets/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test-prop.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 60_000,
  },
});
