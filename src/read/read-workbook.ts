import { RatingRuleError, type Framework, type RatingIssue } from 'hmip-ratings';
import { argumentIssue } from 'hmip-ratings/toolkit';
import {
  checkSheetArguments,
  readCaseRows,
  type CaseSheet,
  type CaseSheetOptions,
} from './case-sheet.js';
import { limitsOf } from './csv.js';
import { readJudgementRows, type JudgementSheet } from './judgement-sheet.js';
import type { ReadLimits } from './limits.js';
import { bytesOf, located } from './located.js';
import { readWorkbook, type Inflater } from './workbook-reader.js';

/**
 * Reads a case-audit workbook: its visible `Cases` sheet (or its only visible sheet) and, when
 * present, its visible `Judgements` sheet, matching names in any case. The workbook must pass its
 * integrity check and stay within the read limits; hidden sheets are never read, and merged cells
 * are refused, naming the range.
 *
 * @param data - the `.xlsx` file's bytes
 * @throws {RatingRuleError} located at file (and sheet), row and column
 * @example
 * const book = await readCasesWorkbook(await casesWorkbook(youth2021, { cases: cumberlandCases }), { framework: youth2021 });
 * book.cases.cases.length // => 20
 * @category Sheets
 */
export async function readCasesWorkbook(
  data: ArrayBuffer | Uint8Array,
  options: Omit<CaseSheetOptions, 'file'> & {
    readonly file?: string;
    readonly limits?: Partial<ReadLimits>;
    readonly inflater?: Inflater;
  },
): Promise<{ readonly cases: CaseSheet; readonly judgements?: JudgementSheet }> {
  const file = typeof options?.file === 'string' ? options.file : 'cases.xlsx';
  const framework: Framework = checkSheetArguments([], { ...options, file });
  const bytes = bytesOf(data);
  if (!bytes) throw new RatingRuleError([argumentIssue('data', "the workbook file's bytes", data)]);
  const book = await readWorkbook(bytes, {
    file,
    limits: limitsOf(options.limits),
    inflater: options.inflater,
    wanted: (name) => ['cases', 'judgements'].includes(name.trim().toLowerCase()),
  });
  if (!book.sheets) throw new RatingRuleError(book.issues);
  const visible = book.sheets.filter((s) => s.state === 'visible');
  const named = (name: string) => visible.find((s) => s.name.trim().toLowerCase() === name);
  // The only visible sheet stands in for Cases, unless a hidden sheet is named Cases.
  const hiddenCases = book.sheets.some((s) => s.name.trim().toLowerCase() === 'cases');
  const casesSheet =
    named('cases') ?? (!hiddenCases && visible.length === 1 ? visible[0] : undefined);
  const issues: RatingIssue[] = [];
  if (!casesSheet) {
    const hidden = book.sheets.filter((s) => s.state !== 'visible').map((s) => `"${s.name}"`);
    throw new RatingRuleError([
      located(
        'missing-sheet',
        `the workbook has no visible sheet named Cases: found ${visible.map((s) => `"${s.name}"`).join(', ') || 'no visible sheet'}${hidden.length > 0 ? ` (hidden sheets are not read: ${hidden.join(', ')})` : ''}`,
        file,
      ),
    ]);
  }
  const merged = (sheet: { name: string; merges: readonly string[] }) =>
    sheet.merges.map((range) =>
      located(
        'merged-cells',
        `cells ${range} are merged: unmerge them and give each cell its own answer`,
        `${file} [${sheet.name}]`,
      ),
    );
  issues.push(...merged(casesSheet));
  const cases = readCaseRows(casesSheet.rows, {
    framework,
    file: `${file} [${casesSheet.name}]`,
    ...(options.disposalAliases && { disposalAliases: options.disposalAliases }),
    ...(options.columns !== undefined && { columns: options.columns }),
  });
  issues.push(...cases.issues);
  const judgementsSheet = named('judgements');
  let judgements: JudgementSheet | undefined;
  if (judgementsSheet) {
    issues.push(...merged(judgementsSheet));
    const read = readJudgementRows(judgementsSheet.rows, {
      framework,
      file: `${file} [${judgementsSheet.name}]`,
    });
    issues.push(...read.issues);
    judgements = read.sheet;
  }
  if (issues.length > 0) throw new RatingRuleError(issues);
  return { cases: cases.sheet, ...(judgements && { judgements }) };
}
