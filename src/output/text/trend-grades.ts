// The grades of audits over time, for the trend report: each audit's count and share of each grade
// (when its case sheet has a grade column), one row per audit in date order.
import { plainText } from 'hmip-ratings';
import { GRADES, type GradeDistribution } from 'hmip-ratings/grades';
import { isRecord, plainList } from 'hmip-ratings/toolkit';
import { markdownTable, markdownText, plainTable } from '../escape.js';

/** The grade rows of a trend read from files, or nothing when no audit has grades. */
export function trendGradeRows(result: unknown): string[][] | undefined {
  const audits = plainList(isRecord(result) ? result['audits'] : undefined);
  if (!audits) return undefined;
  const graded = audits.filter(
    (a: unknown) => isRecord(a) && isRecord(a['grades']) && Array.isArray(a['grades']['shares']),
  ) as { date: string; grades: GradeDistribution }[];
  if (graded.length === 0) return undefined;
  return [
    ['date', 'graded', ...GRADES],
    ...(audits as { date?: unknown; grades?: GradeDistribution }[]).map((a) => {
      const d = a.grades;
      const date = typeof a.date === 'string' ? a.date : '';
      if (!d) return [date, 'no grade column', ...GRADES.map(() => '')];
      return [
        date,
        String(d.graded),
        ...d.shares.map((s) =>
          s.percent === null ? String(s.count) : `${s.count} (${s.percent}%)`,
        ),
      ];
    }),
  ];
}

const NOTE =
  "Grades are the auditors' judgements of whole cases; they never change HMIP's rating. Each share is of the audit's graded cases.";

/** The grades over time as lines of a terminal table, or nothing. */
export function trendGradeLines(rows: string[][] | undefined): string[] {
  return rows ? ['', 'Grades by audit', ...plainTable(rows), `  ${plainText(NOTE)}`] : [];
}

/** The grades over time in markdown, or nothing. */
export function trendGradeMarkdown(rows: string[][] | undefined): string[] {
  return rows ? ['', '## Grades by audit', '', ...markdownTable(rows), '', markdownText(NOTE)] : [];
}
