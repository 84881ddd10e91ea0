// Bundles the example page from the package's own ESM build in dist/ (run `npm run build` first).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

if (!existsSync('dist/index.js') || !existsSync('dist/sheets/index.js')) {
  console.error('build-web: dist/ is missing; run `npm run build` first');
  process.exit(1);
}
await build({
  entryPoints: ['examples/web/app.ts'],
  outfile: 'examples/web/app.js',
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  alias: { 'hmip-ratings': './dist/index.js', 'hmip-ratings/sheets': './dist/sheets/index.js' },
  logLevel: 'warning',
});
