import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// These test the built packages (packages/*/dist, built by `npm test`'s pretest) as a user's code
// meets them, through their own names and exports maps.
const node = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  execFileSync('node', args, { encoding: 'utf8', env: { ...process.env, ...env } });
const CLI = 'packages/hmip-ratings-sheets/dist/cli.js';
const LAUNCHER = 'packages/hmip-ratings-sheets/bin/hmip-ratings.js';

/** The modules a command loaded, by URL, recorded by a resolve hook. */
function modulesLoaded(args: string[]): string[] {
  const log = join(mkdtempSync(join(tmpdir(), 'hmip-modules-')), 'modules.txt');
  node(['--import', './test/fixtures/log-modules.mjs', ...args], { LOG_MODULES: log });
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

describe('the published packages', () => {
  it('work from CommonJS', () => {
    const out = node([
      '-e',
      "const h = require('hmip-ratings'); const p = require('hmip-ratings/published'); const s = require('hmip-ratings-sheets'); console.log(h.rateInspection(p.cumberland2024).score, h.percentYes(5, 8), typeof s.readCasesCsv)",
    ]);
    expect(out.trim()).toBe('12 63 function');
  });

  it('work from ESM', () => {
    const out = node([
      '--input-type=module',
      '-e',
      "import { rateInspection } from 'hmip-ratings'; import { walthamForest2024 } from 'hmip-ratings/published'; import { formatReport } from 'hmip-ratings-sheets'; console.log(rateInspection(walthamForest2024).score, typeof formatReport)",
    ]);
    expect(out.trim()).toBe('11 function');
  });

  it("one RatingRuleError class: an error from the sheets package is the core package's", () => {
    const out = node([
      '--input-type=module',
      '-e',
      "import { RatingRuleError } from 'hmip-ratings'; import { csvRows } from 'hmip-ratings-sheets'; try { csvRows('a\\n\"b', 'x.csv') } catch (e) { console.log(e instanceof RatingRuleError) }",
    ]);
    expect(out.trim()).toBe('true');
  });

  it('one copy in a process: require and import give the same classes, so instanceof holds', () => {
    // A tool that requires the package and a dependency that imports it share one module
    // (ESM only; Node 20.19 and later load it with require()).
    const out = node([
      '--input-type=module',
      '-e',
      [
        "import { createRequire } from 'node:module';",
        "const required = createRequire(process.cwd() + '/x.js')('hmip-ratings');",
        "const imported = await import('hmip-ratings');",
        "const sheets = createRequire(process.cwd() + '/x.js')('hmip-ratings-sheets');",
        'let caught; try { required.rateInspection({}) } catch (e) { caught = e }',
        "let fromSheets; try { sheets.csvRows('a\\n\"b', 'x.csv') } catch (e) { fromSheets = e }",
        'console.log(required.RatingRuleError === imported.RatingRuleError, caught instanceof imported.RatingRuleError, fromSheets instanceof imported.RatingRuleError, required.youth2021 === imported.youth2021)',
      ].join(' '),
    ]);
    expect(out.trim()).toBe('true true true true');
  });

  it('runs its command from the bin, the launcher of the built command', () => {
    const manifest = JSON.parse(
      readFileSync('packages/hmip-ratings-sheets/package.json', 'utf8'),
    ) as { bin: Record<string, string> };
    expect(manifest.bin).toEqual({ 'hmip-ratings': './bin/hmip-ratings.js' });
    const out = node([
      `packages/hmip-ratings-sheets/${manifest.bin['hmip-ratings']}`,
      'rate',
      'examples/cumberland/cases.csv',
      '--judgements',
      'examples/cumberland/judgements.csv',
    ]);
    expect(out).toContain('Score 12/36');
  });

  it('the launcher without the built command says in one line to build it, and exits 2', () => {
    const copy = join(mkdtempSync(join(tmpdir(), 'hmip-unbuilt-')), 'bin');
    mkdirSync(copy);
    copyFileSync(LAUNCHER, join(copy, 'hmip-ratings.js'));
    const run = spawnSync('node', [join(copy, 'hmip-ratings.js'), '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      'hmip-ratings: the command is not built yet: run `npm run build` in the repository, then try again\n',
    );
  });

  it('the CSV path and --help never load exceljs or the charts; a workbook or HTML report does', () => {
    const csv = modulesLoaded([
      CLI,
      'rate',
      'examples/cumberland/cases.csv',
      '--judgements',
      'examples/cumberland/judgements.csv',
    ]);
    const help = modulesLoaded([CLI, '--help']);
    const xlsx = modulesLoaded([CLI, 'rate', 'examples/cumberland/audit.xlsx']);
    const html = modulesLoaded([
      CLI,
      'rate',
      'examples/cumberland/cases.csv',
      '--judgements',
      'examples/cumberland/judgements.csv',
      '--format',
      'html',
    ]);
    const out = join(mkdtempSync(join(tmpdir(), 'hmip-template-')), 't.xlsx');
    const template = modulesLoaded([CLI, 'template', '--out', out]);
    const heavy = /\/(exceljs|@observablehq|d3-[a-z-]+|linkedom)\//;
    for (const loaded of [csv, help, xlsx]) expect(loaded.filter((m) => heavy.test(m))).toEqual([]);
    expect(template.some((m) => m.includes('/exceljs/'))).toBe(true);
    expect(html.some((m) => m.includes('/@observablehq/plot/'))).toBe(true);
    expect(html.some((m) => m.includes('/linkedom/'))).toBe(true);
    // the command bundles the rules, zod and papaparse: it resolves no module of those packages
    for (const loaded of [csv, help])
      expect(loaded.filter((m) => /hmip-ratings\/dist|papaparse|\/zod\//.test(m))).toEqual([]);
    // --help loads the help text alone: not the rules, zod or a command (a few kB of the bundle)
    const ownFiles = help.filter((m) => m.includes('/hmip-ratings-sheets/dist/'));
    const bytes = ownFiles.reduce((sum, m) => sum + statSync(new URL(m)).size, 0);
    expect(ownFiles.length).toBeLessThanOrEqual(4);
    expect(bytes).toBeLessThan(30_000);
  });

  it('bundles for the browser and runs with no Node globals', async () => {
    const bundle = await build({
      stdin: {
        contents:
          "import { rateInspection, ratingsTable } from 'hmip-ratings'; import { cheshire2021 } from 'hmip-ratings/published'; result = ratingsTable(rateInspection(cheshire2021));",
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
