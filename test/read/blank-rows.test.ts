// A wholly blank row inside a sheet (issue 15, misread class "a blank row inside a workbook sheet
// refused as a case with no id although CSV skips it"): skipped alike in CSV and workbooks, in every
// sheet: cases, caseload, judgements, audit log and decisions. A workbook writes a blank row three
// ways: not at all (a gap in the row numbers), as <row/> with no cells, or with blank cells.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  disagreementRows,
  moderateAudits,
  rateAudit,
  readAuditLog,
  readCaseload,
  toCsv,
} from '../../src/sheets.js';
import { csvRows } from '../../src/sheets.js';
import { xmlWorkbook, type XmlRow } from '../support/xml-workbook.js';

/** The rows with a blank row of each kind after the header and between the others. */
function withBlanks(rows: readonly (readonly string[])[]): { csv: string; xlsx: XmlRow[] } {
  const [header, ...body] = rows as [readonly string[], ...(readonly string[])[]];
  const blanks: XmlRow[] = [
    'gap',
    'empty',
    header.map(() => ({ v: ' ', t: 'inlineStr' as const })),
  ];
  const xlsx: XmlRow[] = [header];
  const csv: string[][] = [[...header]];
  body.forEach((row, i) => {
    xlsx.push(blanks[i % 3] as XmlRow, row);
    csv.push(
      i % 3 === 2 ? header.map(() => ' ') : header.map(() => ''),
      row.map((c) => c),
    );
  });
  return { csv: toCsv(csv), xlsx };
}

const CASES = csvRows(readFileSync('examples/cumberland/cases.csv', 'utf8'), 'c.csv');
const JUDGEMENTS = csvRows(readFileSync('examples/cumberland/judgements.csv', 'utf8'), 'j.csv');

describe('a wholly blank row is skipped alike in CSV and in a workbook', () => {
  it('cases and judgements: the audit rates as it does without the blank rows', async () => {
    const plain = await rateAudit({
      cases: { name: 'c.csv', data: toCsv(CASES) },
      judgements: { name: 'j.csv', data: toCsv(JUDGEMENTS) },
    });
    const cases = withBlanks(CASES);
    const judgements = withBlanks(JUDGEMENTS);
    const csv = await rateAudit({
      cases: { name: 'c.csv', data: cases.csv },
      judgements: { name: 'j.csv', data: judgements.csv },
    });
    const book = await rateAudit({
      cases: {
        name: 'c.xlsx',
        data: xmlWorkbook({ Cases: cases.xlsx, Judgements: judgements.xlsx }),
      },
    });
    expect(plain.rating.score).toBe(12);
    expect(csv.rating).toEqual(plain.rating);
    expect(book.rating).toEqual(plain.rating);
    expect(book.tally).toEqual(plain.tally);
  });

  it('caseload and audit log: the same records', async () => {
    const caseload = csvRows(readFileSync('examples/caseload.csv', 'utf8'), 'c.csv').slice(0, 12);
    const audited = csvRows(readFileSync('examples/audited.csv', 'utf8'), 'a.csv');
    const plain = await readCaseload({ name: 'c.csv', data: toCsv(caseload) });
    const blanks = withBlanks(caseload);
    expect((await readCaseload({ name: 'c.csv', data: blanks.csv })).records).toEqual(
      plain.records,
    );
    expect(
      (await readCaseload({ name: 'c.xlsx', data: xmlWorkbook({ Caseload: blanks.xlsx }) }))
        .records,
    ).toEqual(plain.records);
    const log = await readAuditLog({ name: 'a.csv', data: toCsv(audited) });
    const logBlanks = withBlanks(audited);
    expect((await readAuditLog({ name: 'a.csv', data: logBlanks.csv })).entries).toEqual(
      log.entries,
    );
    expect(
      (await readAuditLog({ name: 'a.xlsx', data: xmlWorkbook({ Audits: logBlanks.xlsx }) }))
        .entries,
    ).toEqual(log.entries);
  });

  it('decisions: the same answers decided', async () => {
    const first = {
      name: 'first.csv',
      data: readFileSync('examples/moderation/first.csv', 'utf8'),
    };
    const second = {
      name: 'second.csv',
      data: readFileSync('examples/moderation/second.csv', 'utf8'),
    };
    const rows = disagreementRows(await moderateAudits({ first, second }));
    const decided = rows.map((r, i) => (i === 0 ? r : [...r.slice(0, 4), i % 2 ? 'Yes' : 'N']));
    const plain = await moderateAudits({
      first,
      second,
      decisions: { name: 'd.csv', data: toCsv(decided) },
    });
    const blanks = withBlanks(decided);
    const csv = await moderateAudits({
      first,
      second,
      decisions: { name: 'd.csv', data: blanks.csv },
    });
    const book = await moderateAudits({
      first,
      second,
      decisions: { name: 'd.xlsx', data: xmlWorkbook({ Decisions: blanks.xlsx }) },
    });
    expect(plain.moderated.changes).toHaveLength(3);
    expect(csv.moderated.changes).toEqual(plain.moderated.changes);
    expect(book.moderated.changes).toEqual(plain.moderated.changes);
  });
});
