import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: the core rules (zod only) and the spreadsheet adapters, apart.
    entry: { index: 'src/index.ts', sheets: 'src/sheets/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    tsconfig: 'tsconfig.build.json',
    target: 'es2022',
    clean: true,
    sourcemap: true,
    treeshake: true,
  },
  {
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    tsconfig: 'tsconfig.build.json',
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
  },
]);
