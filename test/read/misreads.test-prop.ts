// The fuzz suite for the silent misreads of issue 15, by class rather than one input each:
// (a) a date a workbook stores any way Excel or LibreOffice can (number format, cell type, date
//     system) is read exactly, a number with no date format is refused, and a text date is read
//     in its file's one order or refused, never read as another date;
// (b) a case id twice in a caseload is refused whatever its dates, naming both rows;
// (c) wholly blank rows anywhere are skipped alike in CSV and workbooks.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { RatingRuleError } from '../../src/index.js';
import { readAuditLog, readCaseload } from '../../src/read/caseload-sheet.js';
import { toCsv } from '../../src/sheets.js';
import { xmlWorkbook, type XmlCell, type XmlRow } from '../support/xml-workbook.js';

const DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
/** A real date from 1 March 1900 to 31 December 9999, as ISO text and its parts. */
const isoDate = fc
  .integer({ min: Date.UTC(1900, 2, 1) / DAY, max: Date.UTC(9999, 11, 31) / DAY })
  .map((days) => new Date(days * DAY).toISOString().slice(0, 10));
const serialOf = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - EPOCH_1900) / DAY;
const DATE_FORMATS: readonly (number | string)[] = [
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
  'd/m/yy',
  '[$-809]dd mmmm yyyy',
  'yyyy-mm-dd hh:mm',
  'dddd d mmmm yyyy',
  '[$-F800]dddd, mmmm dd, yyyy',
  'mm/dd/yy;@',
  'DD.MM.YYYY',
  '[h]:mm:ss',
];

/** How a cell may hold the date `iso` in a workbook, Excel's or LibreOffice's way. */
const storedDate = (iso: string) =>
  fc.oneof(
    fc
      .record({
        format: fc.constantFrom(...DATE_FORMATS),
        date1904: fc.boolean(),
        time: fc.integer({ min: 0, max: 86_399 }),
      })
      .map(({ format, date1904, time }) => ({
        cell: {
          v: String(serialOf(iso) - (date1904 ? 1462 : 0) + time / 86_400),
          format,
        } as XmlCell,
        date1904,
      })),
    fc.constantFrom<XmlCell['t']>('d', 'inlineStr', 's').map((t) => ({
      cell: {
        v: t === 'd' ? `${iso}T00:00:00Z` : iso.split('-').reverse().join('/'),
        t,
      } as XmlCell,
      date1904: false,
    })),
  );

async function refusal(call: () => Promise<unknown>): Promise<RatingRuleError | undefined> {
  try {
    await call();
    return undefined;
  } catch (e) {
    if (e instanceof RatingRuleError) return e;
    throw e;
  }
}

describe('(a) dates however a workbook or a file stores them', () => {
  test.prop(
    [
      isoDate
        .chain((iso) => fc.tuple(fc.constant(iso), storedDate(iso)))
        .filter(([iso]) => iso >= '1904-01-02'),
    ],
    {
      numRuns: 300,
    },
  )(
    'a date cell of any format, type or date system reads exactly',
    async ([iso, { cell, date1904 }]) => {
      const data = xmlWorkbook(
        {
          Caseload: [
            ['case', 'disposal', 'date'],
            ['C1', 'Youth caution', cell],
          ],
        },
        { date1904 },
      );
      const sheet = await readCaseload({ name: 'c.xlsx', data });
      expect(sheet.records[0]?.date).toBe(iso);
    },
  );

  test.prop(
    [
      fc.double({ min: -1e6, max: 3e6, noNaN: true }),
      fc.constantFrom<number | string | undefined>(undefined, 0, 2, '0.00', '#,##0', '@'),
    ],
    {
      numRuns: 200,
    },
  )(
    'a number with no date format in a date column is refused, never read as a date',
    async (n, format) => {
      const cell: XmlCell = format === undefined ? { v: String(n) } : { v: String(n), format };
      const data = xmlWorkbook({
        Audits: [
          ['case', 'date'],
          ['C1', cell],
        ],
      });
      const refused = await refusal(() => readAuditLog({ name: 'a.xlsx', data }));
      expect(refused?.issues.map((i) => i.code)).toEqual(['invalid-date']);
    },
  );

  test.prop(
    [
      fc.array(isoDate, { minLength: 1, maxLength: 8 }),
      fc.constantFrom('dmy', 'mdy', 'ymd' as const),
      fc.constantFrom('/', '-', '.'),
      fc.constantFrom('dmy', 'mdy', 'ymd' as const),
    ],
    { numRuns: 300 },
  )(
    'text dates read exactly in their own order; in another order, refused unless every date reads that way',
    async (dates, written, separator, reading) => {
      const parts = (iso: string) => iso.split('-') as [string, string, string];
      const text = (iso: string) => {
        const [y, m, d] = parts(iso);
        return (written === 'dmy' ? [d, m, y] : written === 'mdy' ? [m, d, y] : [y, m, d]).join(
          separator,
        );
      };
      const data = toCsv([
        ['case', 'disposal', 'date'],
        ...dates.map((d, i) => [`C${i}`, 'Youth caution', text(d)]),
      ]);
      const read = async () =>
        (await readCaseload({ name: 'c.csv', data }, { dateOrder: reading })).records.map(
          (r) => r.date,
        );
      if (reading === written) return void expect(await read()).toEqual(dates);
      // Year first against year last never reads; day and month swapped read only when every
      // day is a possible month (then the file is, as told, in the other order).
      const swappable =
        written !== 'ymd' && reading !== 'ymd' && dates.every((d) => Number(parts(d)[2]) <= 12);
      // ISO (year first with dashes) is read whatever the order.
      if (written === 'ymd' && separator === '-') return void expect(await read()).toEqual(dates);
      const refused = await refusal(read);
      if (!swappable) expect(refused?.issues.length).toBeGreaterThan(0);
      else {
        const swapped = dates.map((d) => {
          const [y, m, day] = parts(d);
          return `${y}-${day}-${m}`;
        });
        expect(await read()).toEqual(swapped);
      }
    },
  );
});

describe('(b) a case twice in a caseload', () => {
  test.prop([fc.array(isoDate, { minLength: 2, maxLength: 10 }), fc.nat(), fc.nat()], {
    numRuns: 200,
  })('is refused whatever its dates, naming both rows', async (dates, a, b) => {
    const ids = dates.map((_, i) => `C${i}`);
    const [first, second] = [a % dates.length, b % dates.length].sort((x, y) => x - y) as [
      number,
      number,
    ];
    const later = first === second ? (second + 1) % dates.length : second;
    const [lo, hi] = [Math.min(first, later), Math.max(first, later)];
    ids[hi] = ids[lo] as string;
    const data = toCsv([
      ['case', 'disposal', 'date'],
      ...dates.map((d, i) => [ids[i] as string, 'Referral order', d]),
    ]);
    const refused = await refusal(() => readCaseload({ name: 'c.csv', data }));
    expect(refused?.issues.map((i) => [i.code, i.location?.row, i.message])).toEqual([
      [
        'duplicate-case',
        hi + 2,
        `case "${ids[lo]}" is on row ${lo + 2} as well: give each case one row in the caseload (or each disposal its own case id)`,
      ],
    ]);
  });
});

describe('(c) wholly blank rows', () => {
  const blankRow = fc.constantFrom<XmlRow>(
    'gap',
    'empty',
    [{ v: ' ', t: 'inlineStr' }],
    [null, { v: '', t: 's' }],
  );
  const dated = (i: unknown): i is { date: string } =>
    typeof i === 'object' && i !== null && 'date' in i;
  test.prop(
    [
      fc
        .array(
          fc.oneof(
            isoDate.map((date) => ({ date })),
            blankRow,
          ),
          { maxLength: 12 },
        )
        .filter((items) => items.some(dated)),
    ],
    { numRuns: 200 },
  )('are skipped alike in a CSV caseload and a workbook one', async (items) => {
    const header = ['case', 'disposal', 'date'];
    const row = (item: (typeof items)[number], i: number): XmlRow =>
      dated(item) ? [`C${i}`, 'Youth caution', item.date] : item;
    const csv = toCsv([
      header,
      ...items.map((item, i) =>
        dated(item) ? [`C${i}`, 'Youth caution', item.date] : ['', ' ', ''],
      ),
    ]);
    const book = xmlWorkbook({ Caseload: [header, ...items.map(row)] });
    expect(await refusal(() => readCaseload({ name: 'c.csv', data: csv }))).toBeUndefined();
    expect(await refusal(() => readCaseload({ name: 'c.xlsx', data: book }))).toBeUndefined();
    const csvRecords = (await readCaseload({ name: 'c.csv', data: csv })).records;
    const bookRecords = (await readCaseload({ name: 'c.xlsx', data: book })).records;
    expect(bookRecords).toEqual(csvRecords);
    expect(csvRecords.map((r) => r.date)).toEqual(items.filter(dated).map((i) => i.date));
  });
});
