// Explores the property and fuzz suites from fresh seeds: `npm test` runs them from one fixed seed
// (test/support/property-seed.ts), so that CI's verdict is reproducible; this runs every
// *.test-prop.ts file several times with FC_SEED=random and lists each failing property with the
// seed that replays it (FC_SEED=<seed> npx vitest run <file>). A failure found here is fixed and
// pinned as a named test. Usage: npm run fuzz [-- <rounds>] (default 5).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const rounds = Number(process.argv[2] ?? 5);
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 1000) {
  console.error(`rounds must be a whole number from 1 to 1000 (got ${process.argv[2]})`);
  process.exit(2);
}
const files = readdirSync('test', { recursive: true })
  .filter((f) => String(f).endsWith('.test-prop.ts'))
  .map((f) => join('test', String(f)))
  .sort();
const dir = mkdtempSync(join(tmpdir(), 'hmip-ratings-fuzz-'));
let failed = 0;
let passed = 0;
for (let round = 1; round <= rounds; round++) {
  const report = join(dir, `round-${round}.json`);
  spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--typecheck.enabled=false',
      '--reporter=dot',
      '--reporter=json',
      `--outputFile.json=${report}`,
      ...files,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, FC_SEED: 'random' } },
  );
  let json;
  try {
    json = JSON.parse(readFileSync(report, 'utf8'));
  } catch {
    console.log(`round ${round}: the run gave no report`);
    failed++;
    continue;
  }
  passed += json.numPassedTests;
  for (const file of json.testResults)
    for (const test of file.assertionResults)
      if (test.status === 'failed') {
        failed++;
        const first = (test.failureMessages[0] ?? '').split('\n').slice(0, 3).join(' | ');
        console.log(
          `round ${round}: ${file.name.replace(process.cwd() + '/', '')} > ${test.fullName}`,
        );
        console.log(`  ${first.slice(0, 400)}`);
      }
  console.log(
    `round ${round} of ${rounds}: ${json.numPassedTests} passed, ${json.numFailedTests} failed`,
  );
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
