// Dates as a caseload sheet or an audit log gives them: ISO text (yyyy-mm-dd) anywhere, and in a
// workbook also the serial number Excel stores a date cell as. Whole-number arithmetic only (no
// Date object), so no time zone can move a date by a day.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
/** What a workbook's ISO 8601 date cell (type "d") holds: a date, a time and perhaps a zone. */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?$/;
const SERIAL = /^\d{1,7}(?:\.\d+)?$/;
const DAY_MONTH_YEAR = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;
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
 * A date cell read: `{ date }` (ISO, yyyy-mm-dd) or `{ problem }` in words, to follow the cell's
 * text ("is not a date: ..."), with `blank` for an empty cell. ISO text is read
 * anywhere; `workbook` also reads a serial number and an ISO date-time (a workbook's date cells).
 * A date that does not exist (2024-02-30) or is before 1900 is refused, never moved.
 */
export function readDate(
  text: string,
  workbook: boolean,
): { readonly date: string } | { readonly problem: string; readonly blank?: true } {
  const cell = text.trim();
  if (cell === '') return { problem: 'is missing: write it yyyy-mm-dd', blank: true };
  if (workbook && SERIAL.test(cell)) {
    const date = serialDate(Number(cell));
    return date
      ? { date }
      : {
          problem: 'is not a date Excel can hold from 1 March 1900: write the date yyyy-mm-dd',
        };
  }
  const iso = ISO.exec(cell) ?? (workbook ? ISO.exec(ISO_DATE_TIME.exec(cell)?.[1] ?? '') : null);
  if (iso) {
    const [, y, m, d] = iso.map(Number) as [number, number, number, number];
    if (y < 1900) return { problem: 'is before 1900: check the year' };
    if (m < 1 || m > 12) return { problem: `is not a date: there is no month ${m}` };
    if (d < 1 || d > daysIn(y, m))
      return {
        problem: `is not a date: ${MONTHS[m - 1] as string} ${y} has ${daysIn(y, m)} days`,
      };
    return { date: `${pad(y, 4)}-${pad(m)}-${pad(d)}` };
  }
  const dmy = DAY_MONTH_YEAR.exec(cell);
  if (dmy) {
    const [, d, m, y] = dmy.map(Number) as [number, number, number, number];
    const reads =
      m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
        ? ` (read as day/month/year, ${d} ${MONTHS[m - 1] as string} ${y} is ${pad(y, 4)}-${pad(m)}-${pad(d)})`
        : '';
    return { problem: `is not a yyyy-mm-dd date${reads}` };
  }
  return { problem: 'is not a date: write it yyyy-mm-dd, for example 2025-01-31' };
}
