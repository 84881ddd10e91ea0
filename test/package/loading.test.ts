// Observable Plot and linkedom load only when a chart or an HTML report is made: the command's
// CSV and table paths, and importing the sheets package, never load them (as test/package/package.test.ts
// checks for exceljs, here from the source, run by tsx, so it needs no build).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The modules a Node process loaded, by URL, recorded by a resolve hook. */
function modulesLoaded(args: string[]): { modules: string[]; out: string } {
  const log = join(mkdtempSync(join(tmpdir(), 'hmip-report-modules-')), 'modules.txt');
  const out = execFileSync(
    'node',
    ['--import', 'tsx', '--import', './test/fixtures/log-modules.mjs', ...args],
    { encoding: 'utf8', env: { ...process.env, LOG_MODULES: log }, maxBuffer: 64 << 20 },
  );
  return { modules: readFileSync(log, 'utf8').split('\n').filter(Boolean), out };
}

const RATE = [
  'src/cli/index.ts',
  'rate',
  'examples/cumberland/cases.csv',
  '--judgements',
  'examples/cumberland/judgements.csv',
];
const charting = (modules: string[]) =>
  modules.filter((m) => /\/@observablehq\/plot\/|\/linkedom\//.test(m));

describe('the charting libraries load only for charts', () => {
  it('the table and CSV formats never load Plot or linkedom; --format html loads both', () => {
    const table = modulesLoaded(RATE);
    const csv = modulesLoaded([...RATE, '--format', 'csv']);
    const html = modulesLoaded([...RATE, '--format', 'html']);
    expect(table.out).toContain('Score 12/36');
    expect(csv.out.split('\n')[0]).toMatch(/^standard,name,rating/);
    expect(charting(table.modules)).toEqual([]);
    expect(charting(csv.modules)).toEqual([]);
    // nor the report and chart modules themselves
    const reportModules = (modules: readonly string[]) =>
      modules.filter((m) => /\/src\/output\/(html\/report|charts\/[a-z-]+)\.ts$/.test(m));
    expect(reportModules(table.modules)).toEqual([]);
    expect(reportModules(html.modules).length).toBeGreaterThan(0);
    expect(html.modules.some((m) => m.includes('/@observablehq/plot/'))).toBe(true);
    expect(html.modules.some((m) => m.includes('/linkedom/'))).toBe(true);
    expect(html.out).toMatch(/^<!doctype html>/);
    expect(html.out).toContain('<strong id="score">Score 12/36</strong>');
    // the command stamps the report with the package's version and today's date
    expect(html.out).toMatch(/Report made on <time datetime="\d{4}-\d{2}-\d{2}">/);
    // a released version by number; before the first release (0.0.0), said in words
    expect(html.out).toMatch(
      /with (hmip-ratings-sheets [1-9]\d*\.\d+\.\d+|hmip-ratings-sheets 0\.[1-9]\d*\.\d+|hmip-ratings-sheets 0\.0\.[1-9]\d*|an unreleased build of hmip-ratings-sheets \(from source, before its first release\))\./,
    );
  });

  it('importing the sheets package loads neither', () => {
    const { modules } = modulesLoaded([
      '--input-type=module',
      '-e',
      "const s = await import('./src/sheets.ts'); console.log(typeof s.htmlReport, typeof s.keyQuestionChart)",
    ]);
    expect(modules.some((m) => m.endsWith('/src/sheets.ts'))).toBe(true);
    expect(charting(modules)).toEqual([]);
  });
});
