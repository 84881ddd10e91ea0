// Writing workbooks (templates and filled sheets) with exceljs. Reading is workbook-reader.ts,
// which checks integrity and limits; exceljs is loaded only when a workbook is written.

/** exceljs, loaded on first use: importing the sheets module costs nothing until a workbook is written. */
async function excel(): Promise<typeof ExcelJS> {
  const module = (await import('exceljs')) as unknown as {
    default?: typeof ExcelJS;
  } & typeof ExcelJS;
  return module.default ?? module;
}
import type ExcelJS from 'exceljs';
import { ZIP_LIMITS, readCentralDirectory } from '../sheet/zip/zip.js';

/**
 * The workbook's bytes, with every zip entry dated 1980-01-01 00:00 (DOS date 0x0021, time 0):
 * jszip, under exceljs, dates each entry with the time of writing. The entries are found by the
 * workbook reader's own zip walker, and their two headers' times set in place.
 */
async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of readCentralDirectory(bytes, ZIP_LIMITS).values()) {
    view.setUint32(entry.central + 12, 0x00210000, true); // time 0, date 1980-01-01
    view.setUint32(entry.local + 10, 0x00210000, true);
  }
  return bytes;
}

/** 1980-01-01T00:00:00Z: the time every workbook the library writes carries. */
const REPRODUCIBLE_TIME = Date.UTC(1980, 0, 1);

/**
 * A new workbook with no clock in it: exceljs stamps "created" and "modified" with the time of
 * writing (and puts the time back when they are left out), so the same arguments gave different
 * bytes a second apart. Both are stamped 1980-01-01, the earliest time a zip can hold, as
 * reproducible builds do: the same arguments always write the same file.
 */
async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const workbook = new (await excel()).Workbook();
  workbook.creator = 'hmip-ratings';
  workbook.created = new Date(REPRODUCIBLE_TIME);
  workbook.modified = new Date(REPRODUCIBLE_TIME);
  return workbook;
}
import {
  RATINGS,
  RatingRuleError,
  inspectionRatingSchema,
  noOverallWords,
  type InspectionRating,
  standardsOf,
  type Framework,
} from 'hmip-ratings';
import {
  caseTallySchema,
  type CaseTally,
  type CaseRecord,
  type Judgements,
} from 'hmip-ratings/cases';
import { argumentIssue, isRecord } from 'hmip-ratings/toolkit';
import { casesToRows, judgementsToRows } from '../sheet/layout.js';
import { columnLetter } from '../sheet/columns.js';
import { ratingsSheet, type RatingsCell } from './workbook-formulas.js';

const VALIDATED_ROWS = 1000;

/**
 * Cell text that a spreadsheet could read as a formula, written with a leading quote as in CSV
 * (OWASP, "CSV Injection"); exceljs writes strings as text, and the quote keeps it so if the cell
 * is ever edited and re-entered.
 */
function neutralised(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** A drop-down list on a range; exceljs supports ranges at run time but its typings omit them. */
function dropDown(sheet: ExcelJS.Worksheet, range: string, values: readonly string[]): void {
  const validations = (
    sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  validations.add(range, { type: 'list', allowBlank: true, formulae: [`"${values.join(',')}"`] });
}

function addJudgementsSheet(workbook: ExcelJS.Workbook, judgementRows: string[][]): void {
  const judgements = workbook.addWorksheet('Judgements', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  judgements.addRows(judgementRows);
  judgements.getRow(1).font = { bold: true };
  judgements.getColumn(2).width = 44;
  judgements.getColumn(3).width = 22;
  dropDown(judgements, `C2:C${judgementRows.length}`, [...RATINGS, 'not rated']);
}

/**
 * The Ratings sheet: HMIP's figures as formulas on the Cases and Judgements sheets (see
 * workbook-formulas.ts), recalculated when the workbook is opened; the working columns hidden.
 */
function addRatingsSheet(workbook: ExcelJS.Workbook, framework: Framework): void {
  const sheet = ratingsSheet(framework);
  const ratings = workbook.addWorksheet('Ratings', {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
  });
  const cell = (c: RatingsCell) => (typeof c === 'string' ? neutralised(c) : c);
  ratings.addRows(sheet.rows.map((row) => row.map(cell)));
  for (const at of [sheet.standardsHeader, sheet.keyQuestionsHeader])
    ratings.getRow(at).font = { bold: true };
  ratings.getColumn(2).width = 44;
  ratings.getColumn(3).width = 22;
  (sheet.rows[0] ?? []).forEach((title, i) => {
    if (typeof title === 'string' && title.startsWith('(working)'))
      ratings.getColumn(i + 1).hidden = true;
  });
  // Excel recalculates on opening; the workbook carries no cached results to trust.
  workbook.calcProperties.fullCalcOnLoad = true;
}

/**
 * Writes a judgements workbook: one `Judgements` sheet, a row per standard with a rating
 * drop-down; blank without judgements (the template).
 *
 * @returns the `.xlsx` file's bytes
 * @example
 * const bytes = await judgementsWorkbook(youth2021, { '1.1': { rating: 'Good' } });
 * (await rateAudit({ cases: { name: 'c.csv', data: toCsv(casesToRows(youth2021, cumberlandCases)) }, judgements: { name: 'j.xlsx', data: bytes } }, { incomplete: 'allow' })).rating.byStandard['1.1']?.rating // => 'Good'
 * @category Sheets
 */
export async function judgementsWorkbook(
  framework: Framework,
  judgements?: Judgements,
): Promise<Uint8Array> {
  // Rows first: they check the arguments before exceljs is even loaded.
  const rows = judgementsToRows(framework, judgements ?? {});
  const workbook = await newWorkbook();
  addJudgementsSheet(workbook, rows);
  return workbookBytes(workbook);
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
  if (!isRecord(content))
    throw new RatingRuleError([argumentIssue('content', '{ cases?, judgements? }', content)]);
  // Rows first: they check the arguments before exceljs is even loaded.
  const caseRows = casesToRows(framework, content.cases ?? []).map((row) => row.map(neutralised));
  const judgementRows = judgementsToRows(framework, content.judgements ?? {});
  const workbook = await newWorkbook();
  const cases = workbook.addWorksheet('Cases', {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }],
  });
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

  addJudgementsSheet(workbook, judgementRows);
  addRatingsSheet(workbook, framework);

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
  return workbookBytes(workbook);
}

/**
 * The results of a rating as a workbook: a `Ratings` sheet (one row per standard with its rating,
 * how it was reached, its score and any reason it was not rated, then the overall and the sample)
 * and a `Key questions` sheet (every key question's yes, of, % yes and band, the lowest marked).
 * Text that a spreadsheet could read as a formula is written neutralised.
 *
 * @returns the `.xlsx` file's bytes
 * @example
 * const { rating, tally } = rateCases(youth2021, cumberlandCases, cumberlandJudgements);
 * const bytes = await resultsWorkbook({ rating, tally });
 * bytes.length > 1000 // => true
 * @category Sheets
 */
export async function resultsWorkbook(input: {
  readonly rating: InspectionRating;
  readonly tally?: CaseTally;
}): Promise<Uint8Array> {
  const checkedRating = isRecord(input)
    ? inspectionRatingSchema.safeParse(input['rating'])
    : undefined;
  const checkedTally =
    isRecord(input) && input['tally'] !== undefined
      ? caseTallySchema.safeParse(input['tally'])
      : undefined;
  if (!checkedRating?.success || (checkedTally && !checkedTally.success))
    throw new RatingRuleError([
      argumentIssue('input', '{ rating, tally? } from rateCases or rateAudit', input),
    ]);
  const rating = checkedRating.data as InspectionRating;
  const tally = checkedTally?.data as CaseTally | undefined;
  const ratings: (string | number)[][] = [
    [
      'standard',
      'name',
      'rating',
      'rule rating',
      'lowest key question',
      '% yes',
      'yes',
      'of',
      'discretion',
      'score',
      'counts toward overall',
      'not rated because',
    ],
    ...rating.standards.map((s) => [
      s.standard,
      s.name,
      s.rating ?? 'Not rated',
      s.ruleRating ?? '',
      s.lowest?.keyQuestion ?? '',
      s.lowest?.percent ?? '',
      s.lowest?.yes ?? '',
      s.lowest?.of ?? '',
      s.discretion
        ? `${s.discretion.direction} from ${s.discretion.from} to ${s.discretion.to}: ${s.discretion.reason}`
        : '',
      s.score ?? '',
      s.countsTowardOverall ? 'yes' : 'no',
      s.status === 'not-rated' ? (s.notRatedReason ?? 'no applicable cases') : '',
    ]),
    [
      'overall',
      '',
      noOverallWords(rating) ?? rating.overall ?? '',
      '',
      '',
      '',
      '',
      '',
      '',
      rating.complete && rating.overall ? `${rating.score}/${rating.maximum}` : '',
      '',
      '',
    ],
    ...(tally
      ? [
          [
            'sample',
            `${tally.cases.total} cases (${tally.cases.court} court, ${tally.cases.outOfCourt} out-of-court)`,
          ],
        ]
      : []),
  ];
  const keyQuestions: (string | number)[][] = [
    ['standard', 'key question', 'text', 'yes', 'of', '% yes', 'band', 'lowest'],
    ...rating.standards.flatMap((s) =>
      s.keyQuestions.map((kq) => [
        s.standard,
        kq.keyQuestion,
        kq.text,
        kq.yes ?? '',
        kq.of ?? '',
        kq.empty ? 'no applicable cases' : (kq.percent ?? ''),
        kq.band ?? '',
        kq.keyQuestion === s.lowest?.keyQuestion ? 'lowest' : '',
      ]),
    ),
  ];
  const workbook = await newWorkbook();
  for (const [name, rows] of [
    ['Ratings', ratings],
    ['Key questions', keyQuestions],
  ] as const) {
    const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.addRows(
      rows.map((row) => row.map((cell) => (typeof cell === 'string' ? neutralised(cell) : cell))),
    );
    sheet.getRow(1).font = { bold: true };
  }
  return workbookBytes(workbook);
}
