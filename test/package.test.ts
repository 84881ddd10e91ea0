import { execFileSync } from 'node:child_process';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// These test the built package (dist/, built by `npm test`'s pretest) as a user's code meets it,
// through its own name and exports map.
const node = (args: string[]) => execFileSync('node', args, { encoding: 'utf8' });

describe('the published package', () => {
  it('works from CommonJS', () => {
    const out = node([
      '-e',
      "const h = require('hmip-ratings'); const s = require('hmip-ratings/sheets'); console.log(h.rateInspection(h.cumberland2024).score, h.percentYes(5, 8), typeof s.readCasesCsv)",
    ]);
    expect(out.trim()).toBe('12 63 function');
  });

  it('works from ESM', () => {
    const out = node([
      '--input-type=module',
      '-e',
      "import { rateInspection, walthamForest2024 } from 'hmip-ratings'; import { formatReport } from 'hmip-ratings/sheets'; console.log(rateInspection(walthamForest2024).score, typeof formatReport)",
    ]);
    expect(out.trim()).toBe('11 function');
  });

  it('runs its command from the built bin', () => {
    const out = node([
      'dist/cli.js',
      'rate',
      'examples/cumberland/cases.csv',
      '--judgements',
      'examples/cumberland/judgements.csv',
    ]);
    expect(out).toContain('Score 12/36');
  });

  it('bundles for the browser and runs with no Node globals', async () => {
    const bundle = await build({
      stdin: {
        contents:
          "import { rateInspection, cheshire2021, ratingsTable } from 'hmip-ratings'; result = ratingsTable(rateInspection(cheshire2021));",
        resolveDir: process.cwd(),
        loader: 'js',
      },
      bundle: true,
      platform: 'browser',
      format: 'iife',
      write: false,
      minify: true,
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]?.text ?? '';
    const context: { result?: string } = {};
    runInNewContext(code, context); // no process, require, Buffer or module
    expect(context.result?.split('\n').slice(0, 3)).toEqual([
      'Cheshire Youth Justice Service',
      'Score 26/36',
      'Overall rating       Good',
    ]);
    expect(code).not.toMatch(/papaparse|exceljs/i);
  });
});
