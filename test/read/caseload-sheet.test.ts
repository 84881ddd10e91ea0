import { fc, test } from '@fast-check/vitest';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { RatingRuleError, youth2021, youth2018 } from '../../src/index.js';
import { drawSample } from '../../src/sampling/index.js';
import {
  casesToRows,
  csvRows,
  formatSamplePlan,
  rateAudit,
  readAuditLog,
  readCaseload,
  sampleCases,
  sampleCaseload,
  sampleExclusionRows,
  sampleStrataRows,
  toCsv,
} from '../../src/sheets.js';
import { readDate, serialDate } from '../../src/sheet/dates.js';
import { refusedLines } from '../support/refused.js';

const FIELDWORK = '2025-07-07';

const problems = refusedLines;

async function workbook(sheets: Record<string, unknown[][]>, hidden: string[] = []) {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name, { state: hidden.includes(name) ? 'hidden' : 'visible' });
    for (const row of rows) sheet.addRow(row);
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('reading a caseload sheet', () => {
  it('reads case, disposal (names, ids and sourced aliases), disposal date and every other column as an attribute', async () => {
    const sheet = await readCaseload(
      {
        name: 'caseload.csv',
        data: [
          'Gender,Case,Disposal Date,DISPOSAL,team',
          'girl,C1,2024-11-15,Referral order,North',
          ',,,,',
          'boy,C2,2025-03-01,youth-caution,South',
          'boy,C3,2025-03-02,Outcome 22,South',
        ].join('\n'),
      },
      { disposalAliases: { 'Outcome 22': 'community resolution' } },
    );
    expect(sheet.records).toEqual([
      {
        id: 'C1',
        kind: 'court',
        disposal: 'community-sentence',
        date: '2024-11-15',
        attributes: { Gender: 'girl', team: 'North' },
      },
      {
        id: 'C2',
        kind: 'out-of-court',
        disposal: 'youth-caution',
        date: '2025-03-01',
        attributes: { Gender: 'boy', team: 'South' },
      },
      {
        id: 'C3',
        kind: 'out-of-court',
        disposal: 'community-resolution',
        date: '2025-03-02',
        attributes: { Gender: 'boy', team: 'South' },
      },
    ]);
    expect(sheet.rows).toEqual([2, 4, 5]);
    expect(sheet.columns).toEqual({
      Gender: 'A (Gender)',
      case: 'B (Case)',
      date: 'C (Disposal Date)',
      disposal: 'D (DISPOSAL)',
      team: 'E (team)',
    });
    expect(sheet.attributes).toEqual(['Gender', 'team']);
    expect(sheet.framework).toBe(youth2021);
  });

  it('finds every problem in one pass, located at row and column, and reads nothing', async () => {
    const data = [
      'case,kind,disposal,date,2.1.1,gender',
      'C1,court,Community sentence,2024-02-30,,girl',
      ',court,Caution,31/01/2025,,boy',
      'C3,out-of-court,Custodial sentence,,,boy',
      'C4,court,Community sentence,45611,,boy',
      'C5,,Community sentence,2025-13-01,,boy',
    ].join('\n');
    expect(await problems(() => readCaseload({ name: 'caseload.csv', data }))).toEqual([
      'caseload.csv r1 E (2.1.1): unknown-column: "2.1.1" reads as a key-question id: a caseload has no answers (rename the column if it is a detail of the case)',
      'caseload.csv r2 D (date): invalid-date: "2024-02-30" is not a date: February 2024 has 29 days',
      'caseload.csv r3 A (case): invalid-input: the case has no id',
      'caseload.csv r3 C (disposal): unknown-disposal: "Caution" is not a disposal of hmip-youth-2021: use community sentence, custodial sentence, youth conditional caution, youth caution, community resolution, or map it to one of them yourself with --disposal "Caution=DISPOSAL" (disposalAliases in code; the sources do not say which it is)',
      'caseload.csv r3 D (date): invalid-date: the file writes dates two ways: "31/01/2025" here, but "2024-02-30" (row 2); write every date one way (dd/mm/yyyy or yyyy-mm-dd) rather than have them guessed',
      'caseload.csv r4 B (kind): invalid-input: a custodial sentence is court, not out-of-court',
      'caseload.csv r4 D (date): invalid-date: the disposal date is missing: write it dd/mm/yyyy or yyyy-mm-dd',
      'caseload.csv r5 D (date): invalid-date: "45611" is not a date: write it dd/mm/yyyy or yyyy-mm-dd, for example 31/01/2025 or 2025-01-31',
      'caseload.csv r6 D (date): invalid-date: "2025-13-01" is not a date: there is no month 13',
    ]);
  });

  it('names a missing column, pointing at a near name', async () => {
    expect(
      await problems(() =>
        readCaseload({ name: 'c.csv', data: 'id,Disposal type,date of order\nC1,x,y\n' }),
      ),
    ).toEqual([
      'c.csv r1 A (id): missing-column: there is no "case" column in the header row: if "id" is it, name that column "case"',
      'c.csv r1 B (Disposal type): missing-column: there is no "disposal" column in the header row: if "Disposal type" is it, name that column "disposal"',
      'c.csv r1 C (date of order): missing-column: there is no "date" or "disposal date" column in the header row: if "date of order" is it, name that column "date"',
    ]);
    expect(
      await problems(() =>
        readCaseload({ name: 'c.csv', data: 'case,disposal,date,disposal date\n' }),
      ),
    ).toEqual([
      'c.csv r1 D (disposal date): invalid-file: "disposal date" is a date column twice (also C (date))',
    ]);
  });

  it('reads a workbook: its Caseload sheet, date cells stored as Excel serial numbers, and ISO text', async () => {
    const bytes = await workbook({
      Notes: [['not the caseload']],
      Caseload: [
        ['case', 'disposal', 'date', 'gender'],
        ['C1', 'Referral order', new Date(Date.UTC(2024, 10, 15)), 'girl'],
        ['C2', 'Youth caution', '2025-03-01', 'boy'],
        ['C3', 'Youth caution', new Date(Date.UTC(2024, 1, 29)), 'boy'],
      ],
    });
    const sheet = await readCaseload({ name: 'caseload.xlsx', data: bytes });
    expect(sheet.file).toBe('caseload.xlsx [Caseload]');
    expect(sheet.records.map((r) => [r.id, r.date])).toEqual([
      ['C1', '2024-11-15'],
      ['C2', '2025-03-01'],
      ['C3', '2024-02-29'],
    ]);
    // The only visible sheet is read whatever its name; a hidden one never is.
    const only = await workbook({
      Sheet1: [
        ['case', 'disposal', 'date'],
        ['C1', 'Youth caution', '2025-03-01'],
      ],
    });
    expect((await readCaseload({ name: 'only.xlsx', data: only })).records).toHaveLength(1);
    const hidden = await workbook(
      { Caseload: [['case', 'disposal', 'date']], Other: [['x']], More: [['y']] },
      ['Caseload'],
    );
    expect(await problems(() => readCaseload({ name: 'h.xlsx', data: hidden }))).toEqual([
      'h.xlsx r : missing-sheet: the workbook has no visible sheet named Caseload: found "Other", "More" (hidden sheets are not read: "Caseload")',
    ]);
  });

  it('reads a log of earlier audits: case and date (or audit date); other columns are notes', async () => {
    const log = await readAuditLog({
      name: 'log.csv',
      data: 'case,audit date,auditor\nC1,2025-01-20,AB\nC1,2024-01-20,CD\n\nC2,2025-02-30,AB\n,2025-01-01,\n',
    }).catch((e: RatingRuleError) => e);
    expect(log).toBeInstanceOf(RatingRuleError);
    expect(
      (log as RatingRuleError).issues.map((i) => [i.location?.row, i.location?.column, i.code]),
    ).toEqual([
      [5, 'B (audit date)', 'invalid-date'],
      [6, 'A (case)', 'invalid-input'],
    ]);
    const good = await readAuditLog({
      name: 'log.csv',
      data: 'Case,Date\nC1,2025-01-20\nC1,2024-01-20\n',
    });
    expect(good.entries).toEqual([
      { id: 'C1', date: '2025-01-20' },
      { id: 'C1', date: '2024-01-20' },
    ]);
    expect(good.rows).toEqual([2, 3]);
  });

  it('refuses bad arguments and options with typed errors, every one at once', async () => {
    expect(
      await problems(() =>
        readCaseload(null as never, { framework: 'hmip-youth-2030', colour: 1 } as never),
      ),
    ).toEqual([
      'options.colour r : invalid-option: unknown option (known: framework, dateOrder, disposalAliases, limits, inflater)',
      'options.framework r : unknown-framework: unknown framework "hmip-youth-2030": use hmip-youth-2018 or hmip-youth-2021',
      'file r : invalid-argument: file must be a file: { name, data } with text or bytes (got null)',
    ]);
    expect(await problems(() => readCaseload({ name: 'caseload.pdf', data: 'x' }))).toEqual([
      'caseload.pdf r : invalid-file: cannot read a .pdf file as a caseload: give a .csv or .xlsx file',
    ]);
    const framework = await readCaseload(
      { name: 'c.csv', data: 'case,disposal,date\n' },
      { framework: 'hmip-youth-2018' },
    );
    expect(framework.framework).toBe(youth2018);
  });
});

describe('dates in a sheet', () => {
  it('Excel serial numbers are days since 30 December 1899 (the 1900 date system), from 1 March 1900', () => {
    expect(serialDate(61)).toBe('1900-03-01');
    expect(serialDate(60)).toBeUndefined(); // Excel's 29 February 1900, a day that never was
    expect(serialDate(45611)).toBe('2024-11-15');
    expect(serialDate(45611.75)).toBe('2024-11-15'); // a time of day is dropped
    expect(serialDate(45351)).toBe('2024-02-29');
    expect(serialDate(2958465)).toBe('9999-12-31');
    expect(serialDate(2958466)).toBeUndefined();
    expect(readDate('45611', { workbook: true })).toHaveProperty('problem'); // a number with no date format
    expect(readDate('2024-11-15T00:00:00Z', { workbook: true })).toEqual({ date: '2024-11-15' });
    expect(readDate('45611')).toHaveProperty('problem');
  });

  test.prop([fc.integer({ min: 61, max: 2_958_465 })], { numRuns: 300 })(
    'a serial number reads as the date a UTC Date oracle gives',
    (serial) => {
      const oracle = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000)
        .toISOString()
        .slice(0, 10);
      expect(serialDate(serial)).toBe(oracle);
    },
  );
});

describe('the sample as an audit sheet, and the plan', () => {
  const caseloadCsv = [
    'case,disposal,date,gender,team',
    'C1,Referral order,2024-11-15,girl,North',
    'C2,Referral order,2024-11-16,boy,=HYPERLINK("x")',
    'C3,Youth caution,2025-03-01,boy,*South*',
    'C4,Youth caution,2024-01-01,boy,North',
    'C5,Youth caution,2024-01-02,boy,North',
  ].join('\n');

  it('refuses a case id twice in a caseload whatever its dates, naming both rows (issue 15: one case drawn and excluded)', async () => {
    // C3 on row 4 falls in the window and on row 7 before it: read as two cases, one would be
    // drawn and the other excluded. The reader refuses the second row, naming the first.
    const data = `${caseloadCsv}\nC3,Youth caution,2024-01-02,boy,North\nC1,Custodial sentence,2024-12-01,boy,North\n`;
    expect(await problems(() => readCaseload({ name: 'c.csv', data }))).toEqual([
      'c.csv r7 A (case): duplicate-case: case "C3" is on row 4 as well: give each case one row in the caseload (or each disposal its own case id)',
      'c.csv r8 A (case): duplicate-case: case "C1" is on row 2 as well: give each case one row in the caseload (or each disposal its own case id)',
    ]);
  });

  it('writes the sample as an audit sheet with the attribute columns, and the attributes travel through rate untouched', async () => {
    const caseload = await readCaseload({ name: 'c.csv', data: caseloadCsv });
    const sample = sampleCaseload(caseload, { fieldwork: FIELDWORK });
    expect(sample.cases.map((c) => c.id)).toEqual(['C1', 'C2', 'C3']);
    const rows = casesToRows(youth2021, sampleCases(sample));
    expect(rows[0]?.slice(0, 3)).toEqual(['case', 'kind', 'disposal']);
    expect(rows[0]?.slice(-2)).toEqual(['gender', 'team']);
    // Fill the key questions each case answers (domain two for court, three for out-of-court).
    const header = rows[0] as string[];
    const filled = rows.map((row, r) =>
      r === 0
        ? row
        : row.map((cell, c) => {
            const id = header[c] as string;
            const isKeyQuestion = /^\d\.\d\.\d$/.test(id);
            const domain = row[1] === 'court' ? '2.' : '3.';
            return isKeyQuestion && id.startsWith(domain) ? 'yes' : cell;
          }),
    );
    const csv = toCsv(filled);
    // The formula is written neutralised, and read back as typed.
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    const judgements = Object.fromEntries(
      ['1.1', '1.2', '1.3', '1.4', '3.4', '4.1'].map((s) => [s, { rating: 'Good' }]),
    );
    const audit = await rateAudit(
      {
        cases: { name: 'sample.csv', data: csv },
        judgements: { name: 'j.json', data: JSON.stringify(judgements) },
      },
      { framework: 'hmip-youth-2021' },
    );
    // Every key question answered yes: Outstanding on each case-sampled standard.
    expect(audit.rating.overall).toBe('Outstanding');
    expect(audit.cases.cases.map((c) => [c.id, c.attributes])).toEqual([
      ['C1', { gender: 'girl', team: 'North' }],
      ['C2', { gender: 'boy', team: '=HYPERLINK("x")' }],
      ['C3', { gender: 'boy', team: '*South*' }],
    ]);
  });

  it('the plan as a table, markdown, CSV and JSON, text from the file made safe for each', async () => {
    const caseload = await readCaseload({ name: 'c.csv', data: caseloadCsv });
    const sample = sampleCaseload(caseload, { fieldwork: FIELDWORK, strata: ['team'], seed: 9 });
    const table = formatSamplePlan(sample, 'table');
    expect(table).toContain(
      'Audit sample for fieldwork starting 2025-07-07 (hmip-youth-2021), seed 9',
    );
    expect(table).toContain(
      'Court disposals made 2024-10-07 to 2025-01-07 (6 to 9 months before the fieldwork start)',
    );
    expect(table).toContain(
      '  2 in the caseload, 0 outside the window, 0 audited after 2024-07-07, 2 eligible',
    );
    expect(table).toContain(
      'Left out: 2 cases (court: 0 outside the window, 0 audited recently; out-of-court: 2 outside the window, 0 audited recently)',
    );
    expect(table).toContain('Sample: 3 cases (2 court, 1 out-of-court), seed 9');
    const markdown = formatSamplePlan(sample, 'markdown');
    expect(markdown).toContain('| \\*South\\* | 1 | 100% | 1.00 | 1 | 100% |');
    expect(markdown).toContain(
      '| C4 | out-of-court | youth-caution | 2024-01-01 | disposal made 2024-01-01, before the out-of-court window (2025-02-07 to 2025-04-07) |',
    );
    const csv = formatSamplePlan(sample, 'csv');
    expect(csvRows(csv, 'plan.csv')).toEqual(sampleStrataRows(sample));
    expect(csv).toContain(`court,"'=HYPERLINK(""x"")",1,50%,1.00,1,50%`);
    expect(JSON.parse(formatSamplePlan(sample, 'json')).seed).toBe(9);
    expect(sampleExclusionRows(sample).map((r) => r[0])).toEqual(['case', 'C4', 'C5']);
  });

  it('refuses a bad format or sample, and a bad caseload sheet, with typed errors', () => {
    const sample = drawSample(youth2021, [], { fieldwork: FIELDWORK });
    expect(() => formatSamplePlan(sample, 'html' as never)).toThrow(RatingRuleError);
    expect(() => formatSamplePlan({} as never, 'table')).toThrow(RatingRuleError);
    expect(() => sampleCases(null as never)).toThrow(RatingRuleError);
    expect(() => sampleCaseload({} as never, { fieldwork: FIELDWORK })).toThrow(RatingRuleError);
  });
});
