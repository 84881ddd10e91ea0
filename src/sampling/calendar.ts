// Calendar dates as ISO text (yyyy-mm-dd) and calendar-month arithmetic, in whole numbers only: no
// Date object, so no time zone, daylight saving or platform can change a window's edges.
import { RatingRuleError, issue } from '../model/errors.js';
import { preview } from '../model/preview.js';

/** The first and last years a date may have: the years of an Excel date, and ISO's four digits. */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 9999;

/** Whether a year of the Gregorian calendar is a leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1 to 12) of a year, by the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return month === 2
    ? isLeapYear(year)
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;
}

const digit = (text: string, at: number) => {
  const c = text.charCodeAt(at) - 48;
  return c >= 0 && c <= 9 ? c : -1;
};

/**
 * The year, month and day of an ISO date `yyyy-mm-dd` that exists in the calendar (years 1900 to
 * 9999), or undefined: `2024-02-29` exists, `2023-02-29` and `2024-02-30` do not. Hand-written
 * rather than a regular expression because every case of a caseload passes through it.
 */
export function isoDateParts(
  text: unknown,
): { readonly year: number; readonly month: number; readonly day: number } | undefined {
  if (typeof text !== 'string' || text.length !== 10) return undefined;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
  const y0 = digit(text, 0),
    y1 = digit(text, 1),
    y2 = digit(text, 2),
    y3 = digit(text, 3),
    m0 = digit(text, 5),
    m1 = digit(text, 6),
    d0 = digit(text, 8),
    d1 = digit(text, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return undefined;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < FIRST_YEAR || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** Whether a value is an ISO date `yyyy-mm-dd` that exists in the calendar (years 1900 to 9999). */
export function isIsoDate(text: unknown): text is string {
  return isoDateParts(text) !== undefined;
}

/** An ISO date from its parts; the year is written with four digits. */
export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The largest number of months `addCalendarMonths` moves by: a hundred years either way. */
export const MAX_MONTHS = 1200;

/**
 * The same day a whole number of calendar months later (or earlier, for a negative number), kept
 * within the month: when the month reached is shorter, the day is its last day. So 31 January
 * minus one month is 31 December, 31 March minus one month is 28 February (29 February in a leap
 * year), and 29 February 2024 minus twelve months is 28 February 2023. The arithmetic is on the
 * year, month and day as whole numbers (no `Date`), so the answer is the same on every platform
 * and in every time zone.
 *
 * @param date - an ISO date, yyyy-mm-dd, that exists in the calendar
 * @param months - a whole number of months, from -1200 to 1200
 * @throws {RatingRuleError} `invalid-date` for a date that is not a real yyyy-mm-dd date;
 * `invalid-argument` for months that are not a whole number in range, or a result after 9999
 * @example
 * addCalendarMonths('2025-01-31', -1) // => '2024-12-31'
 * addCalendarMonths('2025-03-31', -1) // => '2025-02-28'
 * addCalendarMonths('2024-03-31', -1) // => '2024-02-29'
 * addCalendarMonths('2025-07-07', -9) // => '2024-10-07'
 * @category Sampling
 */
export function addCalendarMonths(date: string, months: number): string {
  const parts = isoDateParts(date);
  const found = [];
  if (!parts)
    found.push(
      issue(
        'invalid-date',
        ['date'],
        `date must be a real date written yyyy-mm-dd, from 1900 (got ${preview(date)})`,
      ),
    );
  if (typeof months !== 'number' || !Number.isInteger(months) || Math.abs(months) > MAX_MONTHS)
    found.push(
      issue(
        'invalid-argument',
        ['months'],
        `months must be a whole number from -${MAX_MONTHS} to ${MAX_MONTHS} (got ${preview(months)})`,
      ),
    );
  if (found.length > 0 || !parts) throw new RatingRuleError(found);
  const moved = shiftMonths(parts.year, parts.month, parts.day, months);
  if (moved.year > LAST_YEAR)
    throw new RatingRuleError([
      issue('invalid-argument', ['months'], `the date would be after ${LAST_YEAR}-12-31`),
    ]);
  return isoDate(moved.year, moved.month, moved.day);
}

/** Calendar-month arithmetic on parts already checked: the rule `addCalendarMonths` states. */
export function shiftMonths(
  year: number,
  month: number,
  day: number,
  months: number,
): { readonly year: number; readonly month: number; readonly day: number } {
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { year: y, month: m, day: Math.min(day, daysInMonth(y, m)) };
}

/** `addCalendarMonths` for a date already checked: the ISO date `months` calendar months away. */
export function monthsFrom(date: string, months: number): string {
  const parts = isoDateParts(date);
  if (!parts) throw new RangeError('monthsFrom needs a checked date');
  const moved = shiftMonths(parts.year, parts.month, parts.day, months);
  return isoDate(moved.year, moved.month, moved.day);
}
