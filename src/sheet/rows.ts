// A sheet as an argument: rows of cells of text, checked and copied before anything reads them.
import { type RatingIssue } from 'hmip-ratings';
import { argumentIssue, plainList } from 'hmip-ratings/toolkit';

/** A checked copy of rows of text passed as an argument (see `rowsIssues`). */
export function rowsCopy(rows: unknown): string[][] {
  return (plainList(rows) ?? []).map((row) => (plainList(row) ?? []) as string[]);
}

/** Problems with rows passed as an argument: they must be a list of lists of text. */
export function rowsIssues(rows: unknown): RatingIssue[] {
  const list = plainList(rows);
  if (!list) return [argumentIssue('rows', 'a list of rows of text', rows)];
  for (let i = 0; i < list.length; i++) {
    const row = plainList(list[i]);
    if (!row) return [argumentIssue(`rows[${i}]`, 'a row: a list of cell text', list[i])];
    for (let j = 0; j < row.length; j++)
      if (typeof row[j] !== 'string')
        return [argumentIssue(`rows[${i}][${j}]`, 'cell text', row[j])];
  }
  return [];
}
