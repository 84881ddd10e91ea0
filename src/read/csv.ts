import Papa from 'papaparse';
import { RatingRuleError, type Framework, type RatingIssue } from 'hmip-ratings';
import { argumentIssue, isRecord, optionsSnapshot } from 'hmip-ratings/toolkit';
import {
  checkSheetArguments,
  readCaseRows,
  type CaseSheet,
  type CaseSheetOptions,
} from './case-sheet.js';
import { readJudgementRows, type JudgementSheet } from './judgement-sheet.js';
import { located } from './located.js';

import { LIMITS, type ReadLimits } from './limits.js';

// A cell this library wrote as text that a spreadsheet could run as a formula starts with a quote
// (OWASP, "CSV Injection"); reading it back drops that quote, so a round trip changes nothing.
const NEUTRALISED = /^'[=+\-@\t\r]/;

/** Parses CSV text into rows of cells within the limits, collecting every problem. */
export function readCsvRows(
  text: string,
  file: string,
  limits: ReadLimits = LIMITS,
): { readonly rows: string[][]; readonly issues: RatingIssue[] } {
  if (text.length > limits.fileBytes)
    return {
      rows: [],
      issues: [
        located(
          'limit-exceeded',
          `the file is larger than ${limits.fileBytes.toLocaleString('en-GB')} characters, the most a sheet may have`,
          file,
        ),
      ],
    };
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    skipEmptyLines: false,
    preview: limits.rows + 1,
  });
  const issues: RatingIssue[] = parsed.errors
    .filter((e) => e.code !== 'UndetectableDelimiter')
    .slice(0, 100)
    .map((e) =>
      located(
        'invalid-file',
        `not readable as CSV: ${e.message}`,
        file,
        e.row !== undefined ? e.row + 1 : undefined,
      ),
    );
  const rows = parsed.data;
  // Papaparse reports a final empty line as a row of one empty cell.
  if (rows.length > 0 && rows[rows.length - 1]?.length === 1 && rows[rows.length - 1]?.[0] === '')
    rows.pop();
  if (rows.length > limits.rows)
    issues.push(
      located(
        'limit-exceeded',
        `the sheet has more than ${limits.rows.toLocaleString('en-GB')} rows, the most a sheet may have`,
        file,
        limits.rows + 1,
      ),
    );
  for (let r = 0; r < rows.length && issues.length < 100; r++) {
    const row = rows[r] as string[];
    if (row.length > limits.columns) {
      issues.push(
        located(
          'limit-exceeded',
          `the row has ${row.length} columns, more than the ${limits.columns} a sheet may have`,
          file,
          r + 1,
        ),
      );
      continue;
    }
    for (let c = 0; c < row.length; c++) {
      const cell = row[c] as string;
      if (cell.length > limits.cellCharacters)
        issues.push(
          located(
            'limit-exceeded',
            `a cell has more than ${limits.cellCharacters.toLocaleString('en-GB')} characters`,
            file,
            r + 1,
          ),
        );
      else if (NEUTRALISED.test(cell)) row[c] = cell.slice(1);
    }
  }
  return issues.length > 0 ? { rows: [], issues } : { rows, issues };
}

/**
 * Parses CSV text into rows of cells; a malformed file is an error, never a partial read. A cell
 * written neutralised (`'=...`) reads back as written before.
 * @example
 * csvRows('case,2.1.1\nA1,"yes"', 'audit.csv') // => [['case', '2.1.1'], ['A1', 'yes']]
 * @category Sheets
 */
export function csvRows(text: string, file: string): string[][] {
  const found: RatingIssue[] = [];
  if (typeof text !== 'string') found.push(argumentIssue('text', 'the CSV file as text', text));
  if (typeof file !== 'string' || file.length === 0)
    found.push(argumentIssue('file', 'the file name to show in errors', file));
  if (found.length > 0) throw new RatingRuleError(found);
  const { rows, issues } = readCsvRows(text, file);
  if (issues.length > 0) throw new RatingRuleError(issues);
  return rows;
}

/** Options of the CSV readers. @category Sheets */
export interface CsvOptions extends Omit<CaseSheetOptions, 'file'> {
  readonly file?: string;
  readonly limits?: Partial<ReadLimits>;
}

/** The limits to read with: the defaults, with any the caller gives. */
export function limitsOf(given: unknown): ReadLimits {
  if (!isRecord(given)) return LIMITS;
  const limits: Record<string, number> = { ...LIMITS };
  for (const key of Object.keys(LIMITS)) {
    const v = given[key];
    if (typeof v === 'number' && Number.isFinite(v) && v > 0) limits[key] = v;
  }
  return limits as unknown as ReadLimits;
}

/**
 * Reads a case-audit CSV (see `casesFromRows` for the layout), within the read limits.
 *
 * @throws {RatingRuleError} located at file, row and column
 * @example
 * readCasesCsv('case,disposal,2.1.1\nA1,community sentence,Y\n', { framework: youth2021 }).cases[0]?.answers // => { '2.1.1': 'yes' }
 * @category Sheets
 */
export function readCasesCsv(text: string, options: CsvOptions): CaseSheet {
  options = optionsSnapshot(options); // read once: what is checked is what is used
  const file =
    isRecord(options) && typeof options['file'] === 'string' ? options['file'] : 'cases.csv';
  const framework: Framework = checkSheetArguments([], {
    ...(isRecord(options) ? options : {}),
    file,
  });
  if (typeof text !== 'string')
    throw new RatingRuleError([argumentIssue('text', 'the CSV file as text', text)]);
  const read = readCsvRows(text, file, limitsOf(options.limits));
  if (read.issues.length > 0) throw new RatingRuleError(read.issues);
  const { sheet, issues } = readCaseRows(read.rows, { ...options, framework, file });
  if (issues.length > 0) throw new RatingRuleError(issues);
  return sheet;
}

/**
 * Reads a judgements CSV (see `judgementsFromRows` for the layout), within the read limits.
 *
 * @throws {RatingRuleError} located at file, row and column
 * @example
 * readJudgementsCsv('standard,rating\n1.2,Good\n', { framework: youth2021 }).judgements // => { '1.2': { rating: 'Good' } }
 * @category Sheets
 */
export function readJudgementsCsv(
  text: string,
  options: {
    readonly framework: Framework;
    readonly file?: string;
    readonly limits?: Partial<ReadLimits>;
  },
): JudgementSheet {
  options = optionsSnapshot(options); // read once: what is checked is what is used
  const file =
    isRecord(options) && typeof options['file'] === 'string' ? options['file'] : 'judgements.csv';
  const framework = checkSheetArguments([], { ...(isRecord(options) ? options : {}), file });
  if (typeof text !== 'string')
    throw new RatingRuleError([argumentIssue('text', 'the CSV file as text', text)]);
  const read = readCsvRows(text, file, limitsOf(options.limits));
  if (read.issues.length > 0) throw new RatingRuleError(read.issues);
  const { sheet, issues } = readJudgementRows(read.rows, { framework, file });
  if (issues.length > 0) throw new RatingRuleError(issues);
  return sheet;
}
