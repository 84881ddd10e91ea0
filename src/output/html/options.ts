// The options a report format takes that come from outside the rating: the library's version and
// the date the report was made. Passed in, never read here: the report functions do no I/O and
// read no clock, so the same input gives the same report.
import { type RatingIssue } from 'hmip-ratings';
import {
  type OptionSpec,
  isRecord,
  issue,
  oneOf,
  optionIssues,
  preview,
  quoteText,
  text,
} from 'hmip-ratings/toolkit';
import { MONTHS, readDate } from '../../sheet/dates.js';

/** What `formatReport` prints beside the figures (only the `html` format uses them). @category Sheets */
export interface ReportOptions {
  /** The version of hmip-ratings-sheets that made the report, printed in its footer. */
  readonly version?: string;
  /** The date the report was made, ISO yyyy-mm-dd, printed under its title. */
  readonly date?: string;
  /**
   * The service's name, on the report's first line (and in the HTML page's title); the rating's
   * own `service` by default. One line of 1 to 120 characters.
   */
  readonly service?: string;
  /** The report's title, under the service's name. One line of 1 to 200 characters. */
  readonly title?: string;
  /**
   * `'none'` leaves out of the HTML footer the line saying what made the report, its version and
   * date (the framework and the disclaimer stay); `'full'` by default.
   */
  readonly footer?: 'full' | 'none';
}

/** The longest service name a report prints. */
export const SERVICE_MAX = 120;
/** The longest title a report prints. */
export const TITLE_MAX = 200;

/** Control characters and line or paragraph separators: a heading is one line of text. */
// eslint-disable-next-line no-control-regex
const NOT_ONE_LINE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** A check of one line of heading text: 1 to `max` characters, not blank, no control characters. */
export const lineOfText =
  (max: number) =>
  (value: unknown): string | undefined =>
    typeof value === 'string' &&
    value.trim().length > 0 &&
    value.length <= max &&
    !NOT_ONE_LINE.test(value)
      ? undefined
      : `must be one line of text of 1 to ${max} characters, with no control characters (got ${preview(value)})`;

/** The checks of `ReportOptions`; the date is checked on its own, as a date. */
export const REPORT_OPTIONS = {
  version: text(100),
  date: () => undefined,
  service: lineOfText(SERVICE_MAX),
  title: lineOfText(TITLE_MAX),
  footer: oneOf('full', 'none'),
};

/**
 * "hmip-ratings-sheets 1.2.0"; before the first release every package.json says 0.0.0 (changesets
 * sets the version when a release is made), so that version is named for what it is.
 */
export const madeWith = (version: string | undefined): string =>
  version === undefined
    ? 'hmip-ratings-sheets'
    : version === UNRELEASED
      ? 'an unreleased build of hmip-ratings-sheets (from source, before its first release)'
      : `hmip-ratings-sheets ${version}`;

/** The version package.json carries until changesets versions the first release. */
export const UNRELEASED = '0.0.0';

/** Every problem with a report's version and date: an unknown key, a bad version, a bad date. */
export function reportOptionIssues(
  options: unknown,
  spec: OptionSpec = REPORT_OPTIONS,
): RatingIssue[] {
  const found = optionIssues(options, spec);
  if (!isRecord(options)) return found;
  const date = options['date'];
  if (date === undefined) return found;
  if (typeof date !== 'string')
    return [
      ...found,
      issue(
        'invalid-date',
        ['options', 'date'],
        `date must be yyyy-mm-dd text (got ${preview(date)})`,
      ),
    ];
  const read = readDate(date);
  if (!('date' in read) || read.date !== date)
    found.push(
      issue(
        'invalid-date',
        ['options', 'date'],
        `date ${'problem' in read ? read.problem : `must be written yyyy-mm-dd (read day first, it is ${read.date})`} (got ${quoteText(date)})`,
      ),
    );
  return found;
}

/** A checked ISO date in words: "2025-03-07" -> "7 March 2025". */
export function dateWords(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1] ?? ''} ${y}`;
}
