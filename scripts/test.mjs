// Runs the whole suite (unit, property, type, example, package, install and browser tests) and ends
// with the plain line "N passed, N failed" that CI reads, from vitest's JSON report. Tests skipped
// because a tool is missing (Chromium, poppler, LibreOffice, the source documents) are counted on that line
// with the reason; CI has every tool, so nothing is skipped there.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const report = join(mkdtempSync(join(tmpdir(), 'hmip-ratings-')), 'vitest.json');
const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);

const which = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const seeds = process.env.HMIP_SEEDS ?? resolve('../shared/seeds');
const missing = [
  ...(existsSync(chromium) ? [] : [`Chromium not found at ${chromium}`]),
  ...(which('pdftotext') && which('pdfinfo') ? [] : ['poppler (pdftotext, pdfinfo) not found']),
  ...(which('soffice') ? [] : ['LibreOffice (soffice) not found']),
  ...(existsSync(seeds) ? [] : [`source documents not found at ${seeds}`]),
];

let passed = 0;
let failed;
let skipped = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.numRuntimeErrorTestSuites ?? 0);
  skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
} catch {
  failed = 1; // no report: the run itself failed
}
const skips =
  skipped > 0
    ? `, ${skipped} skipped (${missing.length > 0 ? missing.join('; ') : 'marked skip in the tests'})`
    : '';
console.log(`${passed} passed, ${failed} failed${skips}`);
process.exit(run.status === 0 && failed === 0 && passed > 0 ? 0 : 1);
