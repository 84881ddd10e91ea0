// A sheet's date column read as a whole: every date in one order (day first unless told), a file
// whose dates are written two ways refused rather than guessed, and each problem told in the words
// of its cell.
import type { RatingIssue } from 'hmip-ratings';
import { quoteText } from 'hmip-ratings/toolkit';
import { isBlankRow } from '../sheet/columns.js';
import { DATE_ORDERS, fileDates, readDate, type DateOrder } from '../sheet/dates.js';
import { located } from './located.js';

/** How a date column is read: its file, whether a workbook's, its order and what its dates are. */
export interface DateColumnOptions {
  readonly file: string;
  readonly workbook: boolean;
  readonly order?: DateOrder | undefined;
  /** The column's label as problems show it, such as `D (date)`. */
  readonly column?: string | undefined;
  /** What each date is the date of, for a blank cell's problem: "the disposal date is missing". */
  readonly what: string;
}

/**
 * The dates of column `at` in the rows after the header, by row index (0-based, as in `rows`),
 * with a problem for each cell that is not a date and one for a file that mixes orders. Wholly
 * blank rows are skipped; a blank date in a filled row is a problem unless `blankAllowed`.
 */
export function readDateColumn(
  rows: readonly (readonly string[])[],
  at: number | undefined,
  options: DateColumnOptions & { readonly blankAllowed?: boolean },
): { readonly dates: ReadonlyMap<number, string>; readonly issues: RatingIssue[] } {
  const dates = new Map<number, string>();
  const issues: RatingIssue[] = [];
  if (at === undefined) return { dates, issues };
  const { file, column, workbook, order } = options;
  const cells: { text: string; row: number }[] = [];
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i] as readonly string[];
    if (isBlankRow(row)) continue;
    const text = (row[at] ?? '').trim();
    if (text === '' && options.blankAllowed) continue;
    cells.push({ text, row: i });
  }
  const { mixed } = fileDates(cells, { workbook, order });
  if (mixed) issues.push(located('invalid-date', mixed.problem, file, mixed.row + 1, column));
  // In a file that mixes orders nothing is read; a cell no order reads is still named.
  const readable = (text: string) =>
    DATE_ORDERS.some((o) => 'date' in readDate(text, { workbook, order: o }));
  for (const { text, row } of cells) {
    const read = readDate(text, { workbook, order });
    if ('date' in read) {
      if (!mixed) dates.set(row, read.date);
    } else if (mixed && readable(text)) continue;
    else
      issues.push(
        located(
          'invalid-date',
          'blank' in read
            ? `${options.what} ${read.problem}`
            : `${quoteText(text)} ${read.problem}`,
          file,
          row + 1,
          column,
        ),
      );
  }
  return { dates, issues };
}
