// Dates as the UK writes them (issue 15, item 1, and the misread class "dates a workbook stores in a
// way the reader does not expect"): text dates in one order per file, and workbook date cells read
// through their number format and the workbook's date system, exactly.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readAuditLog, readCaseload } from '../../src/read/caseload-sheet.js';
import { readDate } from '../../src/sheet/dates.js';
import { isDateFormat } from '../../src/read/xlsx/styles.js';
import { xmlWorkbook, type XmlCell } from '../support/xml-workbook.js';
import { refusedLines } from '../support/refused.js';

/** Every problem of a refused call, as 'file rROW COLUMN: code: message'. */
const problems = refusedLines;

/** The 1900-system serial of an ISO date, by Date.UTC (an oracle apart from the reader's). */
const serialOf = (iso: string) =>
  (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;

const csv = (...dates: string[]) =>
  ['case,disposal,date', ...dates.map((d, i) => `C${i + 1},Youth caution,${d}`)].join('\n');
const datesOf = async (data: string | Uint8Array, dateOrder?: 'dmy' | 'mdy' | 'ymd') =>
  (
    await readCaseload(
      { name: typeof data === 'string' ? 'c.csv' : 'c.xlsx', data },
      dateOrder ? { dateOrder } : {},
    )
  ).records.map((r) => r.date);

describe('text dates: ISO and day first, one order per file', () => {
  it('reads dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy and two-digit years (2000-2099) day first', async () => {
    expect(
      await datesOf(
        csv('31/01/2025', '5/1/2025', '05-01-2025', '05.01.2025', '5/1/25', '29/02/24'),
      ),
    ).toEqual(['2025-01-31', '2025-01-05', '2025-01-05', '2025-01-05', '2025-01-05', '2024-02-29']);
    expect(await datesOf(csv('2025-01-31', '2024-02-29'))).toEqual(['2025-01-31', '2024-02-29']);
  });

  it('dateOrder mdy reads a US export; ymd reads 2025/01/31', async () => {
    expect(await datesOf(csv('12/25/2024', '1/5/2025'), 'mdy')).toEqual([
      '2024-12-25',
      '2025-01-05',
    ]);
    expect(await datesOf(csv('2025/01/31', '2025.1.5'), 'ymd')).toEqual([
      '2025-01-31',
      '2025-01-05',
    ]);
  });

  it('refuses an impossible date naming the file, row and column', async () => {
    expect(
      await problems(() => readCaseload({ name: 'c.csv', data: csv('01/02/2024', '31/02/2024') })),
    ).toEqual([
      'c.csv r3 C (date): invalid-date: "31/02/2024" is not a date: February 2024 has 29 days (read as day/month/year)',
    ]);
  });

  it('a month-first date among ambiguous ones is refused with the order that reads it', async () => {
    expect(
      await problems(() => readCaseload({ name: 'c.csv', data: csv('01/02/2024', '12/25/2024') })),
    ).toEqual([
      'c.csv r3 C (date): invalid-date: "12/25/2024" is not a date: there is no month 25 (read as day/month/year); it reads as month/day/year: if the file writes dates that way, give the date order mdy (--date-order mdy)',
    ]);
  });

  it('refuses a file mixing orders, or ISO beside slashed dates, rather than guessing', async () => {
    expect(
      await problems(() =>
        readCaseload({ name: 'c.csv', data: csv('25/12/2024', '01/02/2024', '12/25/2024') }),
      ),
    ).toEqual([
      'c.csv r4 C (date): invalid-date: the file mixes date orders: "12/25/2024" reads only as month/day/year, but "25/12/2024" (row 2) reads only as day/month/year; write every date one way (dd/mm/yyyy or yyyy-mm-dd) rather than have them guessed',
    ]);
    expect(
      await problems(() =>
        readCaseload({ name: 'c.csv', data: csv('2024-12-25', '25/12/2024', 'soon') }),
      ),
    ).toEqual([
      'c.csv r3 C (date): invalid-date: the file writes dates two ways: "25/12/2024" here, but "2024-12-25" (row 2); write every date one way (dd/mm/yyyy or yyyy-mm-dd) rather than have them guessed',
      'c.csv r4 C (date): invalid-date: "soon" is not a date: write it dd/mm/yyyy or yyyy-mm-dd, for example 31/01/2025 or 2025-01-31',
    ]);
  });

  it('the audit log reads the same dates, with its own dateOrder', async () => {
    const log = await readAuditLog(
      { name: 'a.csv', data: 'case,audit date\nC1,01/20/2025\nC2,3/4/25\n' },
      { dateOrder: 'mdy' },
    );
    expect(log.entries).toEqual([
      { id: 'C1', date: '2025-01-20' },
      { id: 'C2', date: '2025-03-04' },
    ]);
    expect(
      await problems(() =>
        readAuditLog({ name: 'a.csv', data: 'case,date\n' }, { dateOrder: 'us' as never }),
      ),
    ).toEqual(["options.dateOrder r : invalid-option: dateOrder must be 'dmy', 'mdy', 'ymd'"]);
  });

  it('readDate: a number is a date only as a workbook date cell gives it, never guessed from a number', () => {
    expect(readDate('45611', { workbook: true })).toEqual({
      problem:
        'is a number, not a date: the cell has no date format, so the date it stands for is not certain (format the cell as a date, or write the date dd/mm/yyyy)',
    });
    expect(readDate('2024-11-15T18:00:00', { workbook: true })).toEqual({ date: '2024-11-15' });
    expect(readDate('1/13/2025', { order: 'mdy' })).toEqual({ date: '2025-01-13' });
    expect(readDate('31/12/1899')).toEqual({
      problem: 'is before 1900: check the year (read as day/month/year)',
    });
  });
});

describe('workbook date cells, whatever the number format, cell type or date system', () => {
  const FORMATS: readonly (number | string)[] = [
    14,
    15,
    16,
    17,
    18,
    19,
    20,
    21,
    22,
    45,
    46,
    47,
    'dd/mm/yyyy',
    '[$-809]dd mmmm yyyy',
    'yyyy-mm-dd hh:mm',
    'dd/mm/yy;@',
    '[$-F800]dddd, mmmm dd, yyyy',
    'd" de "mmmm" de "yyyy',
  ];

  it('knows a date format from a number format', () => {
    for (const code of [
      'dd/mm/yyyy',
      '[$-809]dd mmmm yyyy',
      'yyyy-mm-dd hh:mm',
      '[h]:mm:ss',
      'mm:ss.0',
    ])
      expect(isDateFormat(code), code).toBe(true);
    for (const code of [
      'General',
      '0.00',
      '#,##0 "days"',
      '[Red]0.0',
      '0.00E+00',
      '@',
      '\\d0',
      '_-* #,##0_-',
    ])
      expect(isDateFormat(code), code).toBe(false);
  });

  for (const date1904 of [false, true])
    it(`every date format reads the date the cell holds (${date1904 ? '1904' : '1900'} date system)`, async () => {
      const days = serialOf('2024-11-15') - (date1904 ? 1462 : 0);
      const cells: XmlCell[] = FORMATS.map((format, i) => ({
        v: String(days + (i % 3) * 0.25),
        format,
      }));
      const data = xmlWorkbook(
        {
          Caseload: [
            ['case', 'disposal', 'date', 'note'],
            ...cells.map((cell, i) => [`C${i}`, 'Youth caution', cell, { ...cell }]),
          ],
        },
        { date1904 },
      );
      const sheet = await readCaseload({ name: 'c.xlsx', data });
      expect(sheet.records.map((r) => r.date)).toEqual(cells.map(() => '2024-11-15'));
      // What a date cell shows in any other column: its ISO date, and time of day when it has one.
      expect(sheet.records.slice(0, 3).map((r) => r.attributes?.['note'])).toEqual([
        '2024-11-15',
        '2024-11-15T06:00:00',
        '2024-11-15T12:00:00',
      ]);
    });

  it('reads t="d" ISO cells, and inline and shared strings holding text dates', async () => {
    const data = xmlWorkbook({
      Caseload: [
        ['case', 'disposal', 'date'],
        ['C1', 'Youth caution', { v: '2024-11-15T00:00:00Z', t: 'd' }],
        ['C2', 'Youth caution', { v: '2024-11-16', t: 'd' }],
        ['C3', 'Youth caution', { v: '17/11/2024', t: 'inlineStr' }],
        ['C4', 'Youth caution', '18/11/2024'],
        ['C5', 'Youth caution', { v: String(serialOf('2024-11-19')), format: 'dd/mm/yyyy' }],
      ],
    });
    expect(await datesOf(data)).toEqual([
      '2024-11-15',
      '2024-11-16',
      '2024-11-17',
      '2024-11-18',
      '2024-11-19',
    ]);
  });

  it('a number with no date format in a date column is refused, not read as a date', async () => {
    const data = xmlWorkbook({
      Caseload: [
        ['case', 'disposal', 'date'],
        ['C1', 'Youth caution', { v: '45611' }],
        ['C2', 'Youth caution', { v: '45611', format: '0.00' }],
        ['C3', 'Youth caution', { v: '0.5', format: 20 }],
      ],
    });
    const message = (v: string) =>
      `c.xlsx [Caseload] r${v} C (date): invalid-date: "${v === '4' ? '0.5' : '45611'}" is a number, not a date: the cell has no date format, so the date it stands for is not certain (format the cell as a date, or write the date dd/mm/yyyy)`;
    expect(await problems(() => readCaseload({ name: 'c.xlsx', data }))).toEqual([
      message('2'),
      message('3'),
      message('4'),
    ]);
  });

  it('an Excel-style workbook (exceljs) in either date system: date cells read exactly', async () => {
    for (const date1904 of [false, true]) {
      const book = new ExcelJS.Workbook();
      book.properties.date1904 = date1904;
      const sheet = book.addWorksheet('Caseload');
      sheet.addRow(['case', 'disposal', 'date']);
      sheet.addRow(['C1', 'Youth caution', new Date(Date.UTC(2024, 10, 15))]);
      sheet.addRow(['C2', 'Youth caution', new Date(Date.UTC(2025, 0, 5))]);
      sheet.getCell('C3').numFmt = 'dd/mm/yyyy';
      sheet.addRow(['C3', 'Youth caution', new Date(Date.UTC(1904, 0, 2))]);
      sheet.getCell('C4').numFmt = '[$-809]dd mmmm yyyy';
      const data = new Uint8Array(await book.xlsx.writeBuffer());
      expect(await datesOf(data), `date1904 ${date1904}`).toEqual([
        '2024-11-15',
        '2025-01-05',
        '1904-01-02',
      ]);
    }
  });
});
