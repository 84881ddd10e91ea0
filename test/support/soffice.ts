// LibreOffice for the tests that open or save a spreadsheet in it: Debian's soffice, or SOFFICE_PATH.
// .ci/run installs libreoffice-calc-nogui when it is missing; elsewhere those tests are skipped with
// a notice that `npm test`'s summary repeats ("LibreOffice (soffice) not found").
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether soffice can be run. */
export const SOFFICE: boolean =
  spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;

/** Appended to a skipped test's name, so the reason shows where the test does. */
export const sofficeNotice = SOFFICE ? '' : ' (skipped: LibreOffice (soffice) not found)';

/**
 * Converts `name`.csv in `dir` to `name`.xlsx as scripts/make-date-fixtures.mjs does: the English
 * (UK) CSV import (language 2057, so 05/01/2025 is 5 January), a private profile per run so runs in
 * parallel never share one, and a minute at most.
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
