// Rows of cells out as CSV text, every cell a spreadsheet could run as a formula neutralised.
import Papa from 'papaparse';
import { RatingRuleError } from 'hmip-ratings';
import { rowsCopy, rowsIssues } from '../sheet/rows.js';

/**
 * Writes rows of cells as CSV text (quoted where needed, `\n` line ends). A cell a spreadsheet
 * could run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) is
 * written with a leading quote, as OWASP's "CSV Injection" guidance says; `csvRows` drops it again.
 * @example
 * toCsv([['standard', 'reason'], ['2.1', 'one case, from the boundary']]) // => 'standard,reason\n2.1,"one case, from the boundary"\n'
 * toCsv([['case'], ['=HYPERLINK("x")']]) // => 'case\n"\'=HYPERLINK(""x"")"\n'
 * @category Sheets
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const found = rowsIssues(rows);
  if (found.length > 0) throw new RatingRuleError(found);
  return `${Papa.unparse(rowsCopy(rows), { newline: '\n', escapeFormulae: true })}\n`;
}
