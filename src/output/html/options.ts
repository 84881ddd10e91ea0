// The options a report format takes that come from outside the rating: the library's version and
// the date the report was made. Passed in, never read here: the report functions do no I/O and
// read no clock, so the same input gives the same report.
import { type RatingIssue } from 'hmip-ratings';
import {
  type OptionSpec,
  isRecord,
  issue,
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
}

/** The checks of `ReportOptions`; the date is checked on its own, as a date. */
export const REPORT_OPTIONS = {
  version: text(100),
  date: () => undefined,
};

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
