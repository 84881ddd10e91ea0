// Bundles the example page from the packages' own ESM builds (run `npm run build` first). The
// workbook reader is a chunk of its own, fetched only when a workbook is dropped.
import { build } from 'esbuild';
import { existsSync, rmSync } from 'node:fs';

const CORE = 'packages/hmip-ratings/dist/index.js';
const SHEETS = 'packages/hmip-ratings-sheets/dist/index.js';
if (!existsSync(CORE) || !existsSync(SHEETS)) {
  console.error('build-web: the packages are not built; run `npm run build` first');
  process.exit(1);
}
rmSync('examples/web/app', { recursive: true, force: true });
await build({
  entryPoints: { app: 'examples/web/app.ts' },
  outdir: 'examples/web/app',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  metafile: false,
  alias: { 'hmip-ratings': `./${CORE}`, 'hmip-ratings-sheets': `./${SHEETS}` },
  // The sheets package loads exceljs only to write workbooks, which the page never does.
  external: ['exceljs'],
  logLevel: 'warning',
});
