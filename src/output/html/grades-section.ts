// The board report's grades section: the distribution in the words of a service's plan, each
// share's interval, the grades by group when asked, and the cross-tab against the key questions,
// with the note that grades never change HMIP's rating. Its own file: report.ts calls it once.
import { gradeSummaryRows } from 'hmip-ratings/grades';
import type { ReportInput } from '../report-input.js';
import { gradeHeadline } from '../text/grades.js';
import { rowsTable, t } from './blocks.js';

/** The grades section, or nothing when the audit has no grades. */
export function gradesSection(input: ReportInput): string {
  const g = input.grades;
  if (!g) return '';
  const rows = gradeSummaryRows(g);
  return `<section id="grades" aria-labelledby="grades-heading">
<h2 id="grades-heading">Grades</h2>
<p>${t(gradeHeadline(input))}</p>
${rowsTable(rows.distribution, 'Grades of the audited cases, each share with its exact interval', 'grades-caption', { rowHeader: 0, numeric: [1, 2] })}
${rows.byGroup ? rowsTable(rows.byGroup, 'Grades by group (indicative)', 'grades-group-caption', { rowHeader: 0, numeric: [1, 2, 3, 4, 5] }) : ''}
${rowsTable(rows.crossTab, 'Grades against the key questions: % yes', 'grades-cross-caption', { rowHeader: 0 })}
<ul>${g.notes.map((n) => `<li>${t(n)}</li>`).join('')}</ul>
</section>`;
}
