import { defineConfig } from 'tsup';

const common = { tsconfig: 'tsconfig.build.json', target: 'es2022', sourcemap: true } as const;

export default defineConfig([
  {
    // ESM keeps one file per module, so with "sideEffects": false a consumer's bundler drops every
    // module it does not use (importing bandFor does not pull in zod or the frameworks).
    ...common,
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
  },
  {
    // CommonJS, bundled per entry point, with its declarations (.d.cts).
    ...common,
    entry: { index: 'src/index.ts', sheets: 'src/sheets/index.ts' },
    format: ['cjs'],
    dts: true,
  },
  {
    // The ESM declarations (.d.ts), bundled per entry point.
    ...common,
    entry: { index: 'src/index.ts', sheets: 'src/sheets/index.ts' },
    format: ['esm'],
    dts: { only: true },
  },
  {
    ...common,
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
