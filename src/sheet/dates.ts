// Dates as a caseload sheet, an audit log or a command line gives them: ISO text (yyyy-mm-dd), and
// the day-first dates every UK copy of Excel writes (31/01/2025, 31-01-2025, 31.01.2025, 31/1/25),
// read in one order per file (day first unless told otherwise); in a workbook also the date cells
// the xlsx reader gives as ISO text. Whole-number arithmetic only (no Date object), so no time zone
// can move a date by a day.

/** The order of day, month and year in a date written with slashes, dashes or dots. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';
/** The orders, day first (the default) first. */
export const DATE_ORDERS: readonly DateOrder[] = ['dmy', 'mdy', 'ymd'];
/** Each order in words, for messages. */
export const ORDER_WORDS: ReadonlyMap<DateOrder, string> = new Map([
  ['dmy', 'day/month/year'],
  ['mdy', 'month/day/year'],
  ['ymd', 'year/month/day'],
]);

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** What a workbook's ISO 8601 date cell (type "d") holds: a date, a time and perhaps a zone. */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?$/;
const SERIAL = /^-?\d{1,7}(?:\.\d+)?(?:E[+-]?\d+)?$/i;
/** Three numbers joined by one separator used twice: 31/01/2025, 2025.01.31, 1-2-25. */
const PARTS = /^(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})$/;
/** The months' names, January first. */
export const MONTHS: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number) =>
  m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The first and last serial numbers read as dates: 1 March 1900 to 31 December 9999. */
const FIRST_SERIAL = 61;
const LAST_SERIAL = 2_958_465;
/** Days from the 1900 date system's day 0 to the 1904 system's (1 January 1904). */
export const DAYS_1900_TO_1904 = 1462;

/**
 * The ISO date of an Excel serial date number (the 1900 date system, Excel's default on Windows
 * and on a Mac since 2011): the whole days since 30 December 1899, valid from 61 (1 March 1900,
 * after the 29 February 1900 Excel counts but the calendar never had). A fraction is the time of
 * day and is dropped. By Howard Hinnant's civil-from-days algorithm, in whole numbers.
 */
export function serialDate(serial: number): string | undefined {
  const whole = Math.floor(serial);
  if (!(whole >= FIRST_SERIAL && whole <= LAST_SERIAL)) return undefined;
  const z = whole - 25569 + 719468; // days since 1970-01-01, then since 0000-03-01
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/**
 * A workbook date cell's value as ISO text: `yyyy-mm-dd`, with `Thh:mm:ss` when it holds a time
 * of day as well (rounded to the second, as Excel shows it). `date1904` is the workbook's date
 * system. Undefined for a number that is no date from 1 March 1900 (a time alone, a negative).
 */
export function dateCellText(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86400);
  if (seconds >= 86400) {
    days++;
    seconds -= 86400;
  }
  const date = serialDate(days + (date1904 ? DAYS_1900_TO_1904 : 0));
  if (!date) return undefined;
  if (seconds === 0) return date;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  return `${date}T${pad(h)}:${pad(m)}:${pad(seconds % 60)}`;
}

/** A date read: `{ date }` (ISO) or `{ problem }` in words, to follow the cell's text. */
export type DateRead =
  | { readonly date: string }
  | { readonly problem: string; readonly blank?: true };

/** How a date is written: its year first (ISO), or the numbers each order could read it as. */
interface Written {
  readonly yearFirst: boolean;
  /** The date each order reads, or why it cannot. */
  readonly reads: ReadonlyMap<DateOrder, DateRead>;
}

/** A year, month and day checked: the ISO date, or why it is not one. */
function checked(y: number, m: number, d: number): DateRead {
  if (y < 1900) return { problem: 'is before 1900: check the year' };
  if (m < 1 || m > 12) return { problem: `is not a date: there is no month ${m}` };
  if (d < 1 || d > daysIn(y, m))
    return { problem: `is not a date: ${MONTHS[m - 1] as string} ${y} has ${daysIn(y, m)} days` };
  return { date: `${pad(y, 4)}-${pad(m)}-${pad(d)}` };
}

/** A year as written: four digits as they are, two digits in 2000-2099 (25 is 2025). */
const yearOf = (text: string): number | undefined =>
  text.length === 4 ? Number(text) : text.length === 2 ? 2000 + Number(text) : undefined;

/** The three numbers of a date with separators, and what each order reads them as. */
function written(cell: string): Written | undefined {
  const p = PARTS.exec(cell);
  if (!p) return undefined;
  const [, a, , b, c] = p as unknown as [string, string, string, string, string];
  const reads = new Map<DateOrder, DateRead>();
  if (a.length === 4) {
    if (c.length > 2) return undefined;
    reads.set('ymd', checked(Number(a), Number(b), Number(c)));
    return { yearFirst: true, reads };
  }
  const year = yearOf(c);
  if (a.length > 2 || year === undefined) return undefined;
  reads.set('dmy', checked(year, Number(b), Number(a)));
  reads.set('mdy', checked(year, Number(a), Number(b)));
  return { yearFirst: false, reads };
}

/** Options of `readDate`: a workbook's cells (date cells, ISO date-times) and the order of slashed dates. */
export interface DateOptions {
  /** The cell is a workbook's: its date cells arrive as ISO text or an ISO date-time. */
  readonly workbook?: boolean;
  /** The order of a date written with slashes, dashes or dots; default day first. */
  readonly order?: DateOrder | undefined;
}

const HOW = 'write it dd/mm/yyyy or yyyy-mm-dd';

/**
 * A date cell read: `{ date }` (ISO, yyyy-mm-dd) or `{ problem }` in words, to follow the cell's
 * text, with `blank` for an empty cell. ISO text is read anywhere, and a date written with
 * slashes, dashes or dots in `order` (day first by default: 31/01/2025, 31-1-25, 31.01.2025; a
 * two-digit year is 2000-2099). In a workbook a number is a number: the reader gives date cells as
 * ISO text, so a number here had no date format and is refused rather than guessed. A date that
 * does not exist (31/02/2024) or is before 1900 is refused, never moved.
 */
export function readDate(text: string, options: DateOptions = {}): DateRead {
  const cell = text.trim();
  const order = options.order ?? 'dmy';
  if (cell === '') return { problem: `is missing: ${HOW}`, blank: true };
  const iso =
    ISO.exec(cell) ?? (options.workbook ? ISO.exec(ISO_DATE_TIME.exec(cell)?.[1] ?? '') : null);
  if (iso) {
    const [, y, m, d] = iso.map(Number) as [number, number, number, number];
    return checked(y, m, d);
  }
  const form = written(cell);
  if (form) {
    const read = form.reads.get(order);
    if (read && 'date' in read) return read;
    const other = DATE_ORDERS.find((o) => o !== order && 'date' in (form.reads.get(o) ?? {}));
    const words = ORDER_WORDS.get(order) as string;
    if (read)
      return {
        problem: `${read.problem} (read as ${words})${other ? `; it reads as ${ORDER_WORDS.get(other) as string}: if the file writes dates that way, give the date order ${other} (--date-order ${other})` : ''}`,
      };
    return {
      problem: `is not a ${words} date${other ? ` (it reads as ${ORDER_WORDS.get(other) as string}: give the date order ${other}, --date-order ${other})` : ''}`,
    };
  }
  if (options.workbook && SERIAL.test(cell))
    return {
      problem:
        'is a number, not a date: the cell has no date format, so the date it stands for is not certain (format the cell as a date, or write the date dd/mm/yyyy)',
    };
  return { problem: `is not a date: ${HOW}, for example 31/01/2025 or 2025-01-31` };
}

/** One date cell of a file: its text and its 0-based row index, for `fileDates`. */
export interface DateCell {
  readonly text: string;
  readonly row: number;
}

/** Why a file's dates cannot be read in one order: the row of the first date out of step. */
export interface MixedDates {
  readonly row: number;
  readonly problem: string;
}

/**
 * A file's dates read together, in one order: the given order, else day first. A file whose dates
 * are written two ways is refused, not guessed: a date that reads only month first beside one
 * that reads only day first (12/25/2024 and 25/12/2024), or year first (2024-12-25, in a CSV or
 * as workbook text) beside year last. In a workbook, ISO text is a date cell's and sits beside
 * any order of text dates.
 */
export function fileDates(
  cells: readonly DateCell[],
  options: DateOptions = {},
): { readonly mixed?: MixedDates } {
  let yearFirst: DateCell | undefined;
  let yearLast: DateCell | undefined;
  const only = new Map<DateOrder, DateCell>();
  for (const c of cells) {
    const cell = c.text.trim();
    if (ISO.exec(cell)) {
      if (!options.workbook) yearFirst ??= c;
      continue;
    }
    const form = written(cell);
    if (!form) continue;
    if (form.yearFirst) yearFirst ??= c;
    else yearLast ??= c;
    const valid = [...form.reads].filter(([, r]) => 'date' in r).map(([o]) => o);
    if (valid.length === 1 && !only.has(valid[0] as DateOrder)) only.set(valid[0] as DateOrder, c);
  }
  const dmy = only.get('dmy');
  const mdy = only.get('mdy');
  if (dmy && mdy) {
    const [first, second] = dmy.row < mdy.row ? [dmy, mdy] : [mdy, dmy];
    const words = (c: DateCell) => (c === dmy ? 'day/month/year' : 'month/day/year');
    return {
      mixed: {
        row: second.row,
        problem: `the file mixes date orders: ${quoted(second.text)} reads only as ${words(second)}, but ${quoted(first.text)} (row ${first.row + 1}) reads only as ${words(first)}; write every date one way (dd/mm/yyyy or yyyy-mm-dd) rather than have them guessed`,
      },
    };
  }
  if (yearFirst && yearLast) {
    const [first, second] =
      yearFirst.row < yearLast.row ? [yearFirst, yearLast] : [yearLast, yearFirst];
    return {
      mixed: {
        row: second.row,
        problem: `the file writes dates two ways: ${quoted(second.text)} here, but ${quoted(first.text)} (row ${first.row + 1}); write every date one way (dd/mm/yyyy or yyyy-mm-dd) rather than have them guessed`,
      },
    };
  }
  return {};
}

const quoted = (text: string) => `"${text.trim().slice(0, 20)}"`;

/** Whether `value` names a date order. */
export const isDateOrder = (value: unknown): value is DateOrder =>
  typeof value === 'string' && (DATE_ORDERS as readonly string[]).includes(value);
