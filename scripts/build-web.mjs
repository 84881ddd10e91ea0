// Bundles the example page from the packages' own ESM builds (run `npm run build` first), with
// Vite (Rollup). Rating a CSV audit is the first load; the sample, moderation and trend steps,
// the workbook reader, Observable Plot and exceljs are chunks of their own, fetched when first
// needed.
//
// Why Rollup and not esbuild: both packages are imported through their index, which re-exports
// every module. esbuild's code splitting places whole files by which entry points reach them, and
// a file re-exported by the index is reached by every importer of the index, so the first load
// carried the trend, sampling and moderation code too: 107 kB gzip, against 68 kB with Rollup,
// which follows each re-export to the module that defines it (measured 2026-11-23; see
// docs/performance.md). A consumer bundling with esbuild pays the same.
import { build } from 'vite';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const CORE = 'packages/hmip-ratings/dist/index.js';
const SHEETS = 'packages/hmip-ratings-sheets/dist/sheets.js';
const OUT = 'examples/web/app';
// The embed example (examples/embed): the elements and a live audit, bundled on their own.
const EMBED = 'examples/embed/app';
if (!existsSync(CORE) || !existsSync(SHEETS)) {
  console.error('build-web: the packages are not built; run `npm run build` first');
  process.exit(1);
}
rmSync(OUT, { recursive: true, force: true });
rmSync(EMBED, { recursive: true, force: true });

/** Warnings that say nothing about this page. */
const QUIET = [
  // zod's own source comments, which Rollup drops
  (w) => w.code === 'INVALID_ANNOTATION',
  // the report module is dynamically imported by formatReport and also statically by the index;
  // the page uses htmlReport directly, so it is in the first load either way
  (w) => /dynamic import will not move module into another chunk/.test(w.message),
];

/** Vite's settings for one page: its entry, where the bundle goes. */
const page = (input, outDir) => ({
  configFile: false,
  logLevel: 'warn',
  resolve: {
    // The packages by name, as the page's own code imports them: each entry of the core.
    alias: [
      {
        find: /^hmip-ratings-sheets\/elements$/,
        replacement: resolve('packages/hmip-ratings-sheets/dist/elements/index.js'),
      },
      { find: /^hmip-ratings-sheets$/, replacement: resolve(SHEETS) },
      { find: /^hmip-ratings$/, replacement: resolve(CORE) },
      {
        find: /^hmip-ratings\/toolkit$/,
        replacement: resolve('packages/hmip-ratings/dist/toolkit.js'),
      },
      {
        find: /^hmip-ratings\/([a-z]+)$/,
        replacement: `${resolve('packages/hmip-ratings/dist')}/$1/index.js`,
      },
    ],
  },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    minify: 'esbuild',
    // The page's tests build it without source maps (HMIP_WEB_SOURCEMAP=0): 11 s instead of 14.
    sourcemap: process.env.HMIP_WEB_SOURCEMAP !== '0',
    modulePreload: false,
    reportCompressedSize: false,
    rollupOptions: {
      input,
      // linkedom gives Node a document for charts; a page has its own, so it is never loaded
      external: ['linkedom'],
      preserveEntrySignatures: false,
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      onwarn(warning, warn) {
        if (!QUIET.some((quiet) => quiet(warning))) warn(warning);
      },
    },
  },
});

const web = page({ app: 'examples/web/app.ts' }, OUT);
const [output] = [
  await build({
    ...web,
    define: {
      VERSION: JSON.stringify(
        JSON.parse(readFileSync('packages/hmip-ratings-sheets/package.json', 'utf8')).version,
      ),
    },
    // exceljs is one 900 kB file, fetched only when a workbook is written
    build: { ...web.build, chunkSizeWarningLimit: 1000 },
  }),
].flat();
const [embed] = [await build(page({ embed: 'examples/embed/embed.ts' }, EMBED))].flat();

// The sizes a browser downloads, for docs/performance.md: the first load (the CSV path: app.js
// and the chunks it imports) and each chunk fetched later.
if (process.argv.includes('--sizes')) {
  const chunks = output.output.filter((o) => o.type === 'chunk');
  const gzip = (name) => gzipSync(readFileSync(`${OUT}/${name}`)).length;
  const first = new Set(['app.js']);
  for (const name of first)
    for (const i of chunks.find((c) => c.fileName === name)?.imports ?? []) first.add(i);
  for (const c of chunks)
    console.log(`${first.has(c.fileName) ? 'first' : 'later'}\t${c.fileName}\t${gzip(c.fileName)}`);
  console.log(`first load\t${[...first].reduce((sum, name) => sum + gzip(name), 0)}`);
  const all = embed.output.filter((o) => o.type === 'chunk');
  const size = all.reduce(
    (sum, c) => sum + gzipSync(readFileSync(`${EMBED}/${c.fileName}`)).length,
    0,
  );
  console.log(`embed page\t${all.map((c) => c.fileName).join(' ')}\t${size}`);
}
