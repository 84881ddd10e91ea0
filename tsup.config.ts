import { defineConfig } from 'tsup';

// Two packages from one source tree:
// - hmip-ratings (packages/hmip-ratings): the rules, frameworks, cases, margins, sampling and
//   trust, and the toolkit; its only dependency is zod.
// - hmip-ratings-sheets (packages/hmip-ratings-sheets): src/sheets (CSV and workbooks, whole
//   audits, reports) and src/cli (the hmip-ratings command), on top of hmip-ratings, papaparse and
//   exceljs.
// The core is built without DOM or Node types, so it cannot use either by accident; the tools
// floor reads files in the browser (web streams) and in Node (the command).
const common = { tsconfig: 'tsconfig.build.json', target: 'es2022', sourcemap: true } as const;
const tools = { ...common, tsconfig: 'tsconfig.tools.json' } as const;
const CORE = 'packages/hmip-ratings/dist';
const SHEETS = 'packages/hmip-ratings-sheets/dist';
const TOOLS_FLOOR = ['!src/sheets/**', '!src/cli/**', '!src/report/**'];
// What the sheets package finds at run time rather than bundling.
const sheetsExternal = ['hmip-ratings', 'papaparse', 'exceljs', '@observablehq/plot', 'linkedom'];

export default defineConfig([
  {
    // ESM keeps one file per module, so with "sideEffects": false a consumer's bundler drops every
    // module it does not use (importing bandFor does not pull in zod or the frameworks).
    ...common,
    entry: ['src/**/*.ts', ...TOOLS_FLOOR],
    outDir: CORE,
    format: ['esm'],
    bundle: false,
  },
  {
    // CommonJS, bundled, with its declarations (.d.cts); and the ESM declarations (.d.ts).
    ...common,
    entry: { index: 'src/index.ts' },
    outDir: CORE,
    format: ['cjs'],
    dts: true,
  },
  {
    ...common,
    entry: { index: 'src/index.ts' },
    outDir: CORE,
    format: ['esm'],
    dts: { only: true },
  },
  {
    // The sheets package: ESM with the workbook reader and writer in chunks of their own, loaded
    // only when a workbook is read or written; CommonJS bundled; declarations for both.
    ...tools,
    entry: { index: 'src/sheets/index.ts' },
    outDir: SHEETS,
    format: ['esm'],
    splitting: true,
    external: sheetsExternal,
    dts: true,
  },
  {
    ...tools,
    entry: { index: 'src/sheets/index.ts' },
    outDir: SHEETS,
    format: ['cjs'],
    external: sheetsExternal,
    dts: true,
  },
  {
    // The command, bundled into one file with the rules, zod and papaparse, so it starts with one
    // module load; exceljs (writing workbooks) is loaded only when a workbook is written.
    ...tools,
    entry: { cli: 'src/cli/index.ts' },
    outDir: SHEETS,
    format: ['esm'],
    splitting: false,
    target: 'node20',
    platform: 'node',
    noExternal: ['hmip-ratings', 'papaparse', 'zod'],
    external: ['exceljs', '@observablehq/plot', 'linkedom'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
