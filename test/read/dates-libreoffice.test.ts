// Real files saved by LibreOffice (issue 15): the example caseload, audit log and an audit with
// their dates written day first, opened from CSV with the English (UK) import and saved as .xlsx,
// so every date is a date cell in LibreOffice's own number format. The committed fixtures are read
// everywhere (scripts/make-date-fixtures.ts made them); where soffice is installed (CI installs
// libreoffice-calc-nogui) the same conversion is run here from a CSV written in the test.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAuditLog, readCaseload } from '../../src/read/caseload-sheet.js';
import { trendAudits } from '../../src/pipelines/trend.js';
import { rateAudit } from '../../src/pipelines/rate-audit.js';
import { convertCsv, SOFFICE, sofficeNotice } from '../support/soffice.js';

const FIXTURES = 'test/fixtures/dates';
const fixture = (name: string) => ({
  name,
  data: new Uint8Array(readFileSync(join(FIXTURES, name))),
});
const text = (path: string) => ({
  name: path.split('/').pop() as string,
  data: readFileSync(path, 'utf8'),
});

describe('workbooks saved by LibreOffice, with day-first dates as date cells', () => {
  it('the caseload reads exactly as the ISO example it was made from, 198 dates', async () => {
    const iso = await readCaseload(text('examples/caseload.csv'));
    const saved = await readCaseload(fixture('caseload-dmy.xlsx'));
    const dayFirst = await readCaseload(text(join(FIXTURES, 'caseload-dmy.csv')));
    expect(iso.records).toHaveLength(198);
    expect(saved.records).toEqual(iso.records);
    expect(dayFirst.records).toEqual(iso.records);
    expect(saved.file).toBe('caseload-dmy.xlsx [caseload-dmy]');
  });

  it('the audit log reads exactly as the ISO example', async () => {
    const iso = await readAuditLog(text('examples/audited.csv'));
    expect((await readAuditLog(fixture('audited-dmy.xlsx'))).entries).toEqual(iso.entries);
    expect(iso.entries[0]).toEqual({ id: 'YJ-4208', date: '2025-01-20' });
  });

  it("an audit's date column (05/01/2024, a date cell) dates it in a trend, and it rates as the CSV", async () => {
    const saved = fixture('Cases.xlsx');
    const result = await trendAudits([
      { cases: saved },
      { cases: text('examples/cumberland/cases.csv'), date: '30/06/2024' },
    ]);
    expect(result.audits.map((a) => [a.date, a.dateFrom])).toEqual([
      ['2024-01-05', 'date column'],
      ['2024-06-30', 'given'],
    ]);
    const csv = await rateAudit(
      { cases: text('examples/cumberland/cases.csv') },
      { incomplete: 'allow' },
    );
    const xlsx = await rateAudit({ cases: saved }, { incomplete: 'allow' });
    expect(xlsx.tally).toEqual(csv.tally);
  });

  it.skipIf(!SOFFICE)(
    `LibreOffice now: a caseload and an audit log written as CSV here, saved as .xlsx, read back exactly${sofficeNotice}`,
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'hmip-dates-lo-'));
      writeFileSync(
        join(dir, 'caseload.csv'),
        'case,disposal,disposal date,team\nC1,Referral order,15/11/2024,North\nC2,Youth caution,05/01/2025,South\nC3,Youth caution,29/02/2024,South\n',
      );
      writeFileSync(join(dir, 'audits.csv'), 'case,audit date\nC1,03/02/2025\nC9,31/12/2024\n');
      convertCsv(dir, 'caseload');
      convertCsv(dir, 'audits');
      const read = (name: string) => ({
        name,
        data: new Uint8Array(readFileSync(join(dir, name))),
      });
      const caseload = await readCaseload(read('caseload.xlsx'));
      expect(caseload.records.map((r) => [r.id, r.date, r.attributes?.['team']])).toEqual([
        ['C1', '2024-11-15', 'North'],
        ['C2', '2025-01-05', 'South'],
        ['C3', '2024-02-29', 'South'],
      ]);
      expect((await readAuditLog(read('audits.xlsx'))).entries).toEqual([
        { id: 'C1', date: '2025-02-03' },
        { id: 'C9', date: '2024-12-31' },
      ]);
    },
    // Two runs of LibreOffice, up to a minute each on a busy machine.
    150_000,
  );
});
