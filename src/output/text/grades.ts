// The grades section of the rate report in text, markdown and CSV: the distribution in the words
// a service's plan uses ("16 cases audited ... Outstanding 1, Good 13, Inadequate 2"), each share's
// interval, the grades by group when asked, and the cross-tab against the key questions.
import { plainText } from 'hmip-ratings';
import type { Extras, ReportInput } from '../report-input.js';
import { markdownTable, markdownText, plainTable } from '../escape.js';

/** "16 cases graded: Outstanding 1, Good 13, Inadequate 2 (1 not graded)". */
export function gradeHeadline(input: ReportInput): string {
  const d = input.grades?.distribution;
  if (!d) return '';
  const counts = d.shares.filter((s) => s.count > 0).map((s) => `${s.grade} ${s.count}`);
  return `${d.graded} case${d.graded === 1 ? '' : 's'} graded${counts.length > 0 ? `: ${counts.join(', ')}` : ''}${d.notGraded > 0 ? ` (${d.notGraded} not graded)` : ''}`;
}

/** The grades section for a terminal, or nothing when the audit has no grades. */
export function gradeTextLines(input: ReportInput, extras: Extras): string[] {
  const g = extras.grades;
  if (!g) return [];
  return [
    '',
    plainText(`Grades: ${gradeHeadline(input)}`),
    ...plainTable(g.distribution),
    ...(g.byGroup ? ['', 'Grades by group (indicative)', ...plainTable(g.byGroup)] : []),
    '',
    'Grades against the key questions',
    ...plainTable(g.crossTab),
    ...g.notes.map((n) => `  ${plainText(n)}`),
  ];
}

/** The grades section in markdown, or nothing when the audit has no grades. */
export function gradeMarkdownLines(input: ReportInput, extras: Extras): string[] {
  const g = extras.grades;
  if (!g) return [];
  return [
    '',
    '## Grades',
    '',
    markdownText(gradeHeadline(input)),
    '',
    ...markdownTable(g.distribution),
    ...(g.byGroup ? ['', '### Grades by group (indicative)', '', ...markdownTable(g.byGroup)] : []),
    '',
    '### Grades against the key questions',
    '',
    ...markdownTable(g.crossTab),
    '',
    ...g.notes.map((n) => `- ${markdownText(n)}`),
  ];
}

/** The grades tables as CSV rows after the report's own, a blank row before each. */
export function gradeCsvRows(extras: Extras): string[][] {
  const g = extras.grades;
  if (!g) return [];
  return [[], ...g.distribution, ...(g.byGroup ? [[], ...g.byGroup] : []), [], ...g.crossTab];
}
