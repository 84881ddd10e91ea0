// A case's grade: the auditor's overall judgement of the case on the four-point scale, in a column
// of the audit sheet headed "grade" (or "case grade", "overall grade", "audit grade", "audit
// outcome", "outcome of audit"). Its words are the ratings as services write them (see
// rating-spelling.ts: "RI" and "R.I." included, any case); a blank cell is a case not graded; any
// other word is a problem at its file, row and column. The column stays one of the case's
// attributes, so `--by grade` works too; grades never change HMIP's rating.
import type { Rating, RatingIssue } from 'hmip-ratings';
import { quoteText } from 'hmip-ratings/toolkit';
import { labelKey } from '../sheet/labels.js';
import type { CaseSheet } from './case-sheet.js';
import { located } from './located.js';
import { readRating } from './rating-spelling.js';

/** The headings a grade column may have, as keys (lower case, spaces collapsed). */
export const GRADE_HEADINGS: readonly string[] = [
  'grade',
  'case grade',
  'overall grade',
  'audit grade',
  'audit outcome',
  'outcome of audit',
];
const HEADING = new Map(GRADE_HEADINGS.map((h) => [h, true] as const));

/** The words a grade is read from, for a message that refuses another. */
export const GRADE_WORDS =
  'Outstanding, Good, Requires improvement (also RI, R.I., Req. improvement), Inadequate, in any case, or blank when the case was not graded';

/** The grades of a sheet's cases, read from its grade column. @category Sheets */
export interface SheetGrades {
  /** The grade column's heading as written. */
  readonly column: string;
  /** Each case's grade by position in the sheet's cases, null when not graded. */
  readonly grades: readonly (Rating | null)[];
}

/**
 * The grade column of a case sheet, read: every case's grade, or null for a blank cell; every
 * other word a problem at its file, row and column. No grade column: no grades and no problems.
 */
export function readSheetGrades(sheet: CaseSheet): {
  readonly grades?: SheetGrades;
  readonly issues: RatingIssue[];
} {
  const named = sheet.attributes.filter((a) => HEADING.has(labelKey(a)));
  if (named.length === 0) return { issues: [] };
  const column = named[0] as string;
  const label = sheet.columns[column];
  if (named.length > 1)
    return {
      issues: [
        located(
          'invalid-input',
          `${named.map((n) => quoteText(n)).join(' and ')} are both grade columns: keep one`,
          sheet.file,
          1,
          sheet.columns[named[1] as string],
        ),
      ],
    };
  const issues: RatingIssue[] = [];
  const grades = sheet.cases.map((record, i): Rating | null => {
    const text = (record.attributes?.[column] ?? '').trim();
    if (text === '') return null;
    const rating = readRating(text);
    if (rating !== undefined && rating !== 'not rated') return rating;
    issues.push(
      located(
        'invalid-input',
        `${quoteText(text)} is not a grade: use ${GRADE_WORDS}`,
        sheet.file,
        sheet.rows[i],
        label,
      ),
    );
    return null;
  });
  return { grades: { column, grades }, issues };
}
