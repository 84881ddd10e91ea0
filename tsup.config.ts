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
const TOOLS = ['src/sheet', 'src/read', 'src/pipelines', 'src/output', 'src/elements'];
const TOOLS_FLOOR = ['!src/sheets.ts', '!src/cli/**', ...TOOLS.map((d) => `!${d}/**`)];
// What the sheets package finds at run time rather than bundling: the core by each of its entries.
const CORE_NAME = /^hmip-ratings(\/.*)?$/;
const sheetsExternal = [CORE_NAME, 'papaparse', 'exceljs', '@observablehq/plot', 'linkedom'];
// The core's entries (package.json "exports"): the root and one per room of the QA cycle.
const ROOMS = [
  'cases',
  'margins',
  'sampling',
  'confidence',
  'breakdown',
  'moderation',
  'live',
  'trend',
  'grades',
  'actions',
];
const CORE_ENTRIES: Record<string, string> = {
  index: 'src/index.ts',
  toolkit: 'src/toolkit.ts',
  ...Object.fromEntries(
    [...ROOMS, 'published'].map((room) => [`${room}/index`, `src/${room}/index.ts`]),
  ),
};

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
      if (!CORE_NAME.test(args.path) && !args.importer.startsWith(source)) return undefined;
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
    // The declarations: one file per entry, read by a person (named framework types, each type
    // written once; types shared by entries sit in one chunk). The package is ESM only: Node
    // 20.19 and later load it with require() too, so a process holds one copy of the library.
    ...common,
    entry: CORE_ENTRIES,
    outDir: CORE,
    format: ['esm'],
    dts: { only: true },
  },
  {
    // The sheets package: ESM one file per module, as the core, so a page's bundler splits it by
    // what each step uses (the CSV path of a page does not carry the trend or sampling sheets) and
    // the workbook reader, writer and charts stay behind their import().
    ...tools,
    entry: ['src/sheets.ts', ...TOOLS.map((d) => `${d}/**/*.ts`)],
    outDir: SHEETS,
    format: ['esm'],
    bundle: false,
  },
  {
    ...tools,
    entry: { sheets: 'src/sheets.ts', elements: 'src/elements/index.ts' },
    outDir: SHEETS,
    format: ['esm'],
    external: sheetsExternal,
    dts: { only: true },
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
    noExternal: [CORE_NAME, 'papaparse', 'zod'],
    external: ['exceljs', '@observablehq/plot', 'linkedom'],
    esbuildPlugins: [withoutSideEffects],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
