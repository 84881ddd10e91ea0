// The trend page's grades section: each audit's grades (count and share), when its case sheet has
// a grade column. Its own file: trend.ts calls it once.
import { trendGradeRows } from '../text/trend-grades.js';
import { rowsTable, t } from './blocks.js';

/** The grades by audit, or nothing when no audit has grades. */
export function trendGradesSection(result: unknown): string {
  const rows = trendGradeRows(result);
  if (!rows) return '';
  return `<section id="grades" aria-labelledby="grades-heading">
<h2 id="grades-heading">Grades by audit</h2>
${rowsTable(rows, 'Grades by audit: count (% of graded)', 'grades-caption', { rowHeader: 0, numeric: [1] })}
<p>${t("Grades are the auditors' judgements of whole cases; they never change HMIP's rating.")}</p>
</section>`;
}
