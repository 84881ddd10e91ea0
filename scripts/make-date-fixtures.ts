// Writes the LibreOffice workbooks the date tests read (test/fixtures/dates/): the example caseload,
// audit log and Cumberland audit with their dates written day first (dd/mm/yyyy, as a UK copy of
// Excel shows them), saved as CSV (the audit as Cases.csv, so its one sheet is named Cases), then
// opened and saved as .xlsx by LibreOffice with the English (UK) CSV import (scripts/soffice-convert.ts
// gives the command), so every date is a date cell. Usage: npx tsx scripts/make-date-fixtures.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { convertCsv } from './soffice-convert.js';

const DIR = resolve('test/fixtures/dates');
/** yyyy-mm-dd as dd/mm/yyyy. */
const dayFirst = (iso: string): string => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1');
/** A CSV's column `column` rewritten day first (the example files hold no quoted commas). */
function rewrite(text: string, column: string): string {
  const [header, ...rows] = text.trim().split('\n');
  const at = (header ?? '').split(',').indexOf(column);
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
  for (const name of ['caseload-dmy', 'audited-dmy', 'Cases']) convertCsv(DIR, name);
  console.log(`wrote ${DIR}`);
}
