// The columns of a caseload and of an audit log: their names (in any case, with the spellings
// services use), the header row read, and a missing column pointed at the header that looks like it.
import type { RatingIssue } from 'hmip-ratings';
import { quoteText } from 'hmip-ratings/toolkit';
import { labelKey, labelTable } from '../sheet/labels.js';
import {
  QUESTION_ID,
  missingColumnIssues,
  readHeaderRow,
  type SheetHeader,
} from './sheet-header.js';

export const FIELDS = labelTable<'case' | 'kind' | 'disposal' | 'date'>([
  ['case', 'case'],
  ['kind', 'kind'],
  ['disposal', 'disposal'],
  ['date', 'date'],
  ['disposal date', 'date'],
]);
export const LOG_FIELDS = labelTable<'case' | 'date'>([
  ['case', 'case'],
  ['date', 'date'],
  ['audit date', 'date'],
  ['audited', 'date'],
  ['audited on', 'date'],
]);
const NEAR: Readonly<Record<string, RegExp>> = {
  case: /^(id|child|case ?(id|ref|reference|number|no))$/i,
  disposal: /disposal|outcome|sentence|order/i,
  date: /date|made|given|sentenced/i,
};

/** A caseload or audit-log header row; only a caseload has attribute columns. */
export function readHeader<F extends string>(
  rows: readonly (readonly string[])[],
  fields: ReadonlyMap<string, F>,
  file: string,
  attributes: boolean,
): SheetHeader<F> {
  return readHeaderRow(rows, file, {
    fields,
    keyOf: labelKey,
    ...(attributes && { unlabelled: 'this column has values but no header' }),
    twice: (raw, field) => `${quoteText(raw)} is a ${field ?? 'header'} column twice`,
    other: (raw) =>
      !attributes
        ? 'skip'
        : QUESTION_ID.test(raw)
          ? {
              problem: `${quoteText(raw)} reads as a key-question id: a caseload has no answers (rename the column if it is a detail of the case)`,
            }
          : 'attribute',
  });
}

/** The wanted columns the header lacks, each pointing at any header that looks like it. */
export function missingColumns<F extends string>(
  wanted: readonly F[],
  at: ReadonlyMap<F, number>,
  rows: readonly (readonly string[])[],
  file: string,
): RatingIssue[] {
  const headers = (rows[0] ?? [])
    .map((h, index) => [index, h.trim()] as const)
    .filter(([, h]) => h !== '');
  return missingColumnIssues(wanted, at, headers, file, NEAR, (field) =>
    field === 'date' ? '"date" or "disposal date"' : `"${field}"`,
  );
}
