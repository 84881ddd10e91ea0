import Papa from 'papaparse';
import { RatingRuleError } from '../model/errors.js';
import type { Framework } from '../model/types.js';
import { casesFromRows, type CaseSheet } from './case-sheet.js';
import { judgementsFromRows, type JudgementSheet } from './judgement-sheet.js';

/** Parses CSV text into rows of cells; a malformed file is an error, never a partial read. * @example
 * csvRows('case,2.1.1\nA1,"yes"', 'audit.csv') // => [['case', '2.1.1'], ['A1', 'yes']]
 */
export function csvRows(text: string, file: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false });
  const problems = parsed.errors.filter((e) => e.code !== 'UndetectableDelimiter');
  if (problems.length > 0) {
    throw new RatingRuleError(
      problems.map((e) => ({
        code: 'invalid-file' as const,
        path: [file],
        message: `not readable as CSV: ${e.message}`,
        location: { file, ...(e.row !== undefined && { row: e.row + 1 }) },
      })),
    );
  }
  return parsed.data;
}

/** Writes rows of cells as CSV text (quoted where needed, `\n` line ends). * @example
 * toCsv([['standard', 'reason'], ['2.1', 'one case, from the boundary']]) // => 'standard,reason\n2.1,"one case, from the boundary"\n'
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `${Papa.unparse(rows as string[][], { newline: '\n' })}\n`;
}

/**
 * Reads a case-audit CSV (see `casesFromRows` for the layout).
 *
 * @throws {RatingRuleError} located at file, row and column
 * @example
 * readCasesCsv('case,disposal,2.1.1\nA1,community sentence,Y\n', { framework: youth2021 }).cases[0]?.answers // => { '2.1.1': 'yes' }
 * @category Sheets
 */
export function readCasesCsv(
  text: string,
  options: { readonly framework: Framework; readonly file?: string },
): CaseSheet {
  const file = options.file ?? 'cases.csv';
  return casesFromRows(csvRows(text, file), { framework: options.framework, file });
}

/**
 * Reads a judgements CSV (see `judgementsFromRows` for the layout).
 *
 * @throws {RatingRuleError} located at file, row and column
 * @example
 * readJudgementsCsv('standard,rating\n1.2,Good\n', { framework: youth2021 }).judgements // => { '1.2': { rating: 'Good' } }
 * @category Sheets
 */
export function readJudgementsCsv(
  text: string,
  options: { readonly framework: Framework; readonly file?: string },
): JudgementSheet {
  const file = options.file ?? 'judgements.csv';
  return judgementsFromRows(csvRows(text, file), { framework: options.framework, file });
}
