// Issue 15, item 3, a real file: a workbook whose headings carry the key questions' wording (as a
// service's own audit workbook has them), written with exceljs, rates exactly as the plain-id
// audit of the same cases (examples/cumberland). The Questions sheet is left out, as a service's
// own workbook has none, so the framework is read off the headings themselves.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyQuestionsOf, youth2021 } from '../../src/index.js';
import { csvRows, rateAudit, readCasesWorkbook, readColumnMap } from '../../src/sheets.js';

const CASES = readFileSync('examples/cumberland/cases.csv', 'utf8');
const JUDGEMENTS = readFileSync('examples/cumberland/judgements.json', 'utf8');
const TEXT = new Map(keyQuestionsOf(youth2021).map((kq) => [kq.id as string, kq.text]));

async function workbook(heading: (id: string) => string, sheets = ['Cases']): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const rows = csvRows(CASES, 'cases.csv');
  const sheet = book.addWorksheet(sheets[0]);
  sheet.addRow((rows[0] as string[]).map((h) => (TEXT.has(h) ? heading(h) : h)));
  for (const row of rows.slice(1)) sheet.addRow(row);
  for (const name of sheets.slice(1)) book.addWorksheet(name).addRow(['heading', 'key question']);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('a workbook with the key questions worded in its headings', () => {
  it('rates exactly as the plain-id audit: score 12, Requires improvement, every figure the same', async () => {
    const judgements = { name: 'j.json', data: JUDGEMENTS };
    const plain = await rateAudit({ cases: { name: 'cases.csv', data: CASES }, judgements });
    const worded = await rateAudit({
      cases: { name: 'audit.xlsx', data: await workbook((id) => `${id} ${TEXT.get(id)}`) },
      judgements,
    });
    expect(worded.rating).toEqual(plain.rating);
    expect(worded.tally).toEqual(plain.tally);
    expect(worded.framework.id).toBe('hmip-youth-2021');
    expect(worded.frameworkChoice).toBe('read off the sheet');
    expect(worded.rating.score).toBe(12);
    expect(worded.rating.overall).toBe('Requires improvement');
  });

  it('the wording alone (curly apostrophes, as Word and Excel type them) reads the same cases', async () => {
    const data = await workbook((id) => (TEXT.get(id) as string).replace(/'/g, '\u2019'));
    const book = await readCasesWorkbook(data, { framework: youth2021 });
    const plain = await rateAudit({
      cases: { name: 'cases.csv', data: CASES },
      judgements: { name: 'j.json', data: JUDGEMENTS },
    });
    expect(book.cases.cases).toEqual(plain.cases.cases);
  });

  it('a column map kept as a workbook (its Columns sheet) is read', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Columns');
    sheet.addRow(['heading', 'key question']);
    sheet.addRow(['Desistance analysed?', '2.1.1']);
    book.addWorksheet('Notes').addRow(['kept by the QA lead']);
    const map = await readColumnMap({
      name: 'columns.xlsx',
      data: new Uint8Array(await book.xlsx.writeBuffer()),
    });
    expect([...map]).toEqual([['Desistance analysed?', '2.1.1']]);
  });
});
