// One LibreOffice conversion, shared by scripts/make-date-fixtures.ts (which made the committed date
// fixtures) and the tests that convert in a real LibreOffice (test/support/soffice.ts).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Converts `name`.csv in `dir` to `name`.xlsx with LibreOffice's English (UK) CSV import (language
 * 2057, so 05/01/2025 is 5 January), a private profile per run so runs in parallel never share one,
 * and a minute at most. The command, run from `dir`:
 *   soffice -env:UserInstallation=file:///tmp/<profile> --headless \
 *     --infilter=CSV:44,34,76,1,,2057 --convert-to xlsx --outdir . <name>.csv
 * (CSV filter options: comma, double quote, UTF-8, from line 1, default column types, language 2057.)
 */
export function convertCsv(dir: string, name: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'hmip-lo-'));
  try {
    const run = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--infilter=CSV:44,34,76,1,,2057',
        '--convert-to',
        'xlsx',
        '--outdir',
        dir,
        join(dir, `${name}.csv`),
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr || String(run.error)}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}
