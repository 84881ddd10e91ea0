// Writes the LibreOffice workbooks the date tests read (test/fixtures/dates/): the example caseload,
// audit log and Cumberland audit with their dates written day first (dd/mm/yyyy, as a UK copy of
// Excel shows them), saved as CSV (the audit as Cases.csv, so its one sheet is named Cases), then opened and saved as .xlsx by LibreOffice with the English
// (UK) CSV import, so every date is a date cell. Usage: node scripts/make-date-fixtures.mjs
// The command for each file, run from the fixtures folder with a private profile:
//   soffice -env:UserInstallation=file:///tmp/<profile> --headless \
//     --infilter=CSV:44,34,76,1,,2057 --convert-to xlsx --outdir . <name>.csv
// (CSV filter options: comma, double quote, UTF-8, from line 1, default column types, language
// 2057 = English (UK), so 05/01/2025 is read as 5 January 2025.)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const DIR = resolve('test/fixtures/dates');
/** yyyy-mm-dd as dd/mm/yyyy. */
const dayFirst = (iso) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1');
/** A CSV's column `column` rewritten day first (the example files hold no quoted commas). */
function rewrite(text, column) {
  const [header, ...rows] = text.trim().split('\n');
  const at = header.split(',').indexOf(column);
  return (
    [
      header,
      ...rows.map((r) =>
        r
          .split(',')
          .map((c, i) => (i === at ? dayFirst(c) : c))
          .join(','),
      ),
    ].join('\n') + '\n'
  );
}

/** Converts `name`.csv in DIR to `name`.xlsx with LibreOffice, as the header says. */
export function convert(dir, name) {
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
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr || run.error}`);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(
    join(DIR, 'caseload-dmy.csv'),
    rewrite(readFileSync('examples/caseload.csv', 'utf8'), 'disposal date'),
  );
  writeFileSync(
    join(DIR, 'audited-dmy.csv'),
    rewrite(readFileSync('examples/audited.csv', 'utf8'), 'audit date'),
  );
  const cases = readFileSync('examples/cumberland/cases.csv', 'utf8').trim().split('\n');
  writeFileSync(
    join(DIR, 'Cases.csv'),
    cases.map((r, i) => `${r},${i === 0 ? 'date' : '05/01/2024'}`).join('\n') + '\n',
  );
  for (const name of ['caseload-dmy', 'audited-dmy', 'Cases']) convert(DIR, name);
  console.log(`wrote ${DIR}`);
}
