import ExcelJS from 'exceljs';
import { RatingRuleError } from '../model/errors.js';
import type { Framework } from '../model/types.js';
import type { CaseRecord } from '../cases/case-record.js';
import type { Judgements } from '../cases/rate-cases.js';
import { standardsOf } from '../framework/standards-of.js';
import { RATINGS } from '../model/rating.js';
import { casesFromRows, type CaseSheet } from './case-sheet.js';
import { judgementsFromRows, type JudgementSheet } from './judgement-sheet.js';
import { casesToRows, judgementsToRows } from './rows.js';
import { columnLetter } from './columns.js';

const VALIDATED_ROWS = 1000;

/** A drop-down list on a range; exceljs supports ranges at run time but its typings omit them. */
function dropDown(sheet: ExcelJS.Worksheet, range: string, values: readonly string[]): void {
  const validations = (
    sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  validations.add(range, { type: 'list', allowBlank: true, formulae: [`"${values.join(',')}"`] });
}

function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  const width = sheet.columnCount;
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    rows.push(Array.from({ length: width }, (_, c) => row.getCell(c + 1).text ?? ''));
  }
  return rows;
}

/**
 * Reads a case-audit workbook: the `Cases` sheet (or the first sheet) and, when present, the
 * `Judgements` sheet.
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
  options: { readonly framework: Framework; readonly file?: string },
): Promise<{ readonly cases: CaseSheet; readonly judgements?: JudgementSheet }> {
  const file = options.file ?? 'cases.xlsx';
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load((data instanceof Uint8Array ? data : new Uint8Array(data)) as never);
  } catch (e) {
    throw new RatingRuleError([
      {
        code: 'invalid-file',
        path: [file],
        message: `not readable as an .xlsx workbook (${(e as Error).message})`,
        location: { file },
      },
    ]);
  }
  const casesSheet = workbook.getWorksheet('Cases') ?? workbook.worksheets[0];
  if (!casesSheet)
    throw new RatingRuleError([
      {
        code: 'invalid-file',
        path: [file],
        message: 'the workbook has no sheets',
        location: { file },
      },
    ]);
  const cases = casesFromRows(sheetRows(casesSheet), {
    framework: options.framework,
    file: `${file} [${casesSheet.name}]`,
  });
  const judgementsSheet = workbook.getWorksheet('Judgements');
  if (!judgementsSheet) return { cases };
  return {
    cases,
    judgements: judgementsFromRows(sheetRows(judgementsSheet), {
      framework: options.framework,
      file: `${file} [Judgements]`,
    }),
  };
}

/**
 * Writes a case-audit workbook: `Cases` (a header of question ids, then the cases, with answer
 * drop-downs), `Judgements` (one row per standard, with rating drop-downs) and `Questions` (every
 * id with its text, for reference). With no cases and judgements it is the blank template.
 *
 * @returns the `.xlsx` file's bytes
 * @example
 * const bytes = await casesWorkbook(youth2018);
 * (await readCasesWorkbook(bytes, { framework: youth2018 })).cases.columns['3.4.2'] // => 'DN (3.4.2)'
 * @category Sheets
 */
export async function casesWorkbook(
  framework: Framework,
  content: { readonly cases?: readonly CaseRecord[]; readonly judgements?: Judgements } = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'hmip-ratings';
  const cases = workbook.addWorksheet('Cases', {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
  });
  const caseRows = casesToRows(framework, content.cases);
  cases.addRows(caseRows);
  cases.getRow(1).font = { bold: true };
  const width = caseRows[0]?.length ?? 0;
  dropDown(cases, `B2:B${VALIDATED_ROWS}`, ['court', 'out-of-court']);
  dropDown(
    cases,
    `C2:C${VALIDATED_ROWS}`,
    framework.disposals.map((d) => d.id),
  );
  if (width > 3)
    dropDown(cases, `D2:${columnLetter(width - 1)}${VALIDATED_ROWS}`, ['yes', 'no', 'n/a']);

  const judgements = workbook.addWorksheet('Judgements', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const judgementRows = judgementsToRows(framework, content.judgements);
  judgements.addRows(judgementRows);
  judgements.getRow(1).font = { bold: true };
  judgements.getColumn(2).width = 44;
  judgements.getColumn(3).width = 22;
  dropDown(judgements, `C2:C${judgementRows.length}`, [...RATINGS, 'not rated']);

  const questions = workbook.addWorksheet('Questions');
  questions.addRow(['id', 'answered from', 'text']);
  questions.getRow(1).font = { bold: true };
  for (const domain of framework.domains) {
    for (const standard of standardsOf({ ...framework, domains: [domain] })) {
      questions.addRow([
        standard.id,
        standard.ratedBy === 'judgement' ? 'judgement' : (domain.caseKind ?? ''),
        standard.name,
      ]);
      for (const kq of standard.keyQuestions) {
        const from = kq.appliesTo ? kq.appliesTo.join(', ') : (domain.caseKind ?? '');
        questions.addRow([kq.id, from, kq.text]);
        for (const p of kq.prompts) questions.addRow([p.id, from, p.text]);
      }
    }
  }
  questions.getColumn(3).width = 100;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
