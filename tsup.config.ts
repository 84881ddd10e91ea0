import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

// Two packages from one source tree:
// - hmip-ratings (packages/hmip-ratings): the rules, frameworks, cases, margins, sampling and
//   trust, and the toolkit; its only dependency is zod.
// - hmip-ratings-sheets (packages/hmip-ratings-sheets): the tools floors (docs/architecture.md):
//   src/sheet, src/read, src/pipelines and src/output, with src/sheets.ts as their entry, and
//   src/cli (the hmip-ratings command), on top of hmip-ratings, papaparse and exceljs.
// The core is built without DOM or Node types, so it cannot use either by accident; the tools
// floor reads files in the browser (web streams) and in Node (the command).
const common = { tsconfig: 'tsconfig.build.json', target: 'es2022', sourcemap: true } as const;
const tools = { ...common, tsconfig: 'tsconfig.tools.json' } as const;
const CORE = 'packages/hmip-ratings/dist';
const SHEETS = 'packages/hmip-ratings-sheets/dist';
const TOOLS = ['src/sheet', 'src/read', 'src/pipelines', 'src/output'];
const TOOLS_FLOOR = ['!src/sheets.ts', '!src/cli/**', ...TOOLS.map((d) => `!${d}/**`)];
// What the sheets package finds at run time rather than bundling.
const sheetsExternal = ['hmip-ratings', 'papaparse', 'exceljs', '@observablehq/plot', 'linkedom'];

// The source tree has no side effects at import (no module does more than define and freeze), as
// both packages declare with "sideEffects": false. Bundling the command from source, esbuild
// cannot know that, so this says it; otherwise --help, which needs a few helpers, would load the
// whole of the rules and zod.
const withoutSideEffects: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'source-without-side-effects',
  setup(build) {
    const source = `${resolve('src')}/`;
    build.onResolve({ filter: /.*/ }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      if (args.path !== 'hmip-ratings' && !args.importer.startsWith(source)) return undefined;
      const found = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      if (found.errors.length > 0 || found.external || !found.path.startsWith(source)) {
        return undefined;
      }
      return { path: found.path, sideEffects: false };
    });
  },
};

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
    // CommonJS, bundled, with its declarations (.d.cts). The ESM declarations (.d.ts) are the same
    // text: scripts/copy-types.mjs copies them after the build rather than building them twice.
    ...common,
    entry: { index: 'src/index.ts' },
    outDir: CORE,
    format: ['cjs'],
    dts: true,
  },
  {
    // The sheets package: ESM one file per module, as the core, so a page's bundler splits it by
    // what each step uses (the CSV path of a page does not carry the trend or sampling sheets) and
    // the workbook reader, writer and charts stay behind their import(); CommonJS bundled with
    // its declarations (copied for ESM, as the core's).
    ...tools,
    entry: ['src/sheets.ts', ...TOOLS.map((d) => `${d}/**/*.ts`)],
    outDir: SHEETS,
    format: ['esm'],
    bundle: false,
  },
  {
    ...tools,
    entry: { index: 'src/sheets.ts' },
    outDir: SHEETS,
    format: ['cjs'],
    external: sheetsExternal,
    dts: true,
  },
  {
    // The command, bundled with the rules, zod and papaparse. Split at every import(): each
    // command, the workbook reader and writer, and the charts are chunks of their own, loaded when
    // used (one file would hoist the charts' static import of Plot to the top and load Plot and
    // d3 on --help). exceljs, Plot and linkedom are found at run time.
    ...tools,
    entry: { cli: 'src/cli/index.ts' },
    outDir: SHEETS,
    format: ['esm'],
    splitting: true,
    esbuildOptions(options) {
      options.chunkNames = 'cli/[name]-[hash]';
    },
    target: 'node20',
    platform: 'node',
    noExternal: ['hmip-ratings', 'papaparse', 'zod'],
    external: ['exceljs', '@observablehq/plot', 'linkedom'],
    esbuildPlugins: [withoutSideEffects],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
