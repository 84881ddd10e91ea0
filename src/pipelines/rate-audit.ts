// A whole mock inspection from the files a quality-assurance team has: the case audit (CSV or
// workbook) and the panel's judgements (CSV, JSON or the workbook's own sheet). Every problem in
// every file, and between them, is found in one pass and reported together.
import {
  RatingRuleError,
  frameworks,
  keyQuestionsOf,
  standardsOf,
  type CaseRating,
  type DiscretionHook,
  type Framework,
  type RatingIssue,
  toolkit,
} from 'hmip-ratings';
import {
  type AuditFile,
  disposalAliasesOption,
  extension,
  fileOf,
  fileText,
  isZip,
  limitsOption,
  frameworkOption,
  oversizeIssues,
} from '../read/files.js';
import { QUESTION_ID, readCaseRows, type CaseSheet } from '../read/case-sheet.js';
import { limitsOf, readCsvRows } from '../read/csv.js';
import {
  readJudgementRows,
  readJudgementsJson,
  type JudgementSheet,
} from '../read/judgement-sheet.js';
import { located, onePerCell, sortIssues } from '../read/located.js';
import type { ReadLimits } from '../read/limits.js';
import { crossIssues, rateSheets, tallyIssues } from './rate-sheets.js';
import type { Inflater, WorkbookSheet } from '../read/workbook-reader.js';

export type { AuditFile };

const { argumentIssue, isBoolean, isFunction, isRecord, oneOf, optionIssues, quoteText } = toolkit;

/** Options of `rateAudit`. @category Sheets */
export interface AuditOptions {
  /** The framework, as an object or a built-in id; by default it is read off the sheet's columns. */
  readonly framework?: Framework | string;
  /** Disposal names the sources do not settle, mapped by you: `{ 'Outcome 22': 'community resolution' }`. */
  readonly disposalAliases?: Readonly<Record<string, string>>;
  /** Read limits beyond the defaults (see `LIMITS`). */
  readonly limits?: Partial<ReadLimits>;
  readonly banding?: 'rounded' | 'exact';
  readonly windowInclusive?: boolean;
  readonly discretion?: DiscretionHook;
  readonly incomplete?: 'error' | 'allow';
  readonly unanswered?: 'error' | 'leave-out';
  /**
   * Unzips workbooks: by default the platform's DecompressionStream; the command passes Node's
   * zlib, which is faster. It must check the CRC-32 and size it is given (see `Inflater`).
   */
  readonly inflater?: Inflater;
}

/** How the framework was chosen. @category Sheets */
export type FrameworkChoice = 'given' | 'read off the sheet' | 'assumed';

/** What `rateAudit` returns: the rating, with the sheets it came from. @category Sheets */
export interface AuditRating extends CaseRating {
  readonly framework: Framework;
  readonly frameworkChoice: FrameworkChoice;
  readonly cases: CaseSheet;
  readonly judgements?: JudgementSheet;
}

const AUDIT_OPTIONS = {
  framework: () => undefined, // checked below, as an id or an object
  disposalAliases: disposalAliasesOption,
  limits: limitsOption,
  banding: oneOf('rounded', 'exact'),
  windowInclusive: isBoolean,
  discretion: isFunction,
  incomplete: oneOf('error', 'allow'),
  unanswered: oneOf('error', 'leave-out'),
  inflater: isFunction,
};

/** A sheet of a workbook by name, in any case, among the visible sheets only. */
function sheetNamed(sheets: readonly WorkbookSheet[], name: string): WorkbookSheet | undefined {
  return sheets.find((s) => s.state === 'visible' && s.name.trim().toLowerCase() === name);
}

/**
 * The only visible sheet, standing in for a sheet of this name: a workbook saved from a CSV has
 * one sheet, named after the file. Never when a hidden sheet has the name: that sheet was meant.
 */
function onlySheet(sheets: readonly WorkbookSheet[], name: string): WorkbookSheet | undefined {
  if (sheets.some((s) => s.name.trim().toLowerCase() === name)) return undefined;
  const visible = sheets.filter((s) => s.state === 'visible');
  return visible.length === 1 ? visible[0] : undefined;
}

function sheetList(sheets: readonly WorkbookSheet[]): string {
  const visible = sheets.filter((s) => s.state === 'visible').map((s) => quoteText(s.name));
  const hidden = sheets.filter((s) => s.state !== 'visible').map((s) => quoteText(s.name));
  return `${visible.length > 0 ? `found ${visible.join(', ')}` : 'found no visible sheet'}${hidden.length > 0 ? ` (hidden sheets are not read: ${hidden.join(', ')})` : ''}`;
}

function mergeIssues(sheet: WorkbookSheet, file: string): RatingIssue[] {
  return sheet.merges.map((range) =>
    located(
      'merged-cells',
      `cells ${range} are merged, which spreads one answer over several cells: unmerge them and give each cell its own answer`,
      `${file} [${sheet.name}]`,
    ),
  );
}

interface ReadSheets {
  cases?: { rows: string[][]; file: string; merges: RatingIssue[] };
  judgements?: { rows: string[][]; file: string };
  questionIds: string[];
  issues: RatingIssue[];
}

/** A workbook's sheets (only those named Cases, Judgements or Questions are read in full). */
async function openWorkbook(
  file: AuditFile,
  limits: ReadLimits,
  inflater?: Inflater,
): Promise<{ sheets?: readonly WorkbookSheet[]; issues: RatingIssue[] }> {
  if (!isZip(file.data))
    return {
      issues: [
        located(
          'invalid-file',
          'not a workbook: an .xlsx file is a zip archive, and this is not one',
          file.name,
        ),
      ],
    };
  const { readWorkbook } = await import('../read/workbook-reader.js');
  return readWorkbook(file.data as Uint8Array, {
    file: file.name,
    limits,
    inflater,
    wanted: (name) => ['cases', 'judgements', 'questions'].includes(name.trim().toLowerCase()),
  });
}

/** The judgements sheet of a workbook given as the judgements file. */
async function readJudgementsWorkbook(
  file: AuditFile,
  limits: ReadLimits,
  inflater?: Inflater,
): Promise<{ judgements?: { rows: string[][]; file: string }; issues: RatingIssue[] }> {
  const book = await openWorkbook(file, limits, inflater);
  if (!book.sheets) return { issues: book.issues };
  const sheet = sheetNamed(book.sheets, 'judgements') ?? onlySheet(book.sheets, 'judgements');
  if (!sheet)
    return {
      issues: [
        ...book.issues,
        located(
          'missing-sheet',
          `the workbook has no visible sheet named Judgements: ${sheetList(book.sheets)}`,
          file.name,
        ),
      ],
    };
  return {
    judgements: { rows: sheet.rows, file: `${file.name} [${sheet.name}]` },
    issues: [...book.issues, ...mergeIssues(sheet, file.name)],
  };
}

async function readCasesFile(
  file: AuditFile,
  limits: ReadLimits,
  wantJudgements: boolean,
  inflater?: Inflater,
): Promise<ReadSheets> {
  const out: ReadSheets = { questionIds: [], issues: [] };
  const ext = extension(file.name);
  if (isZip(file.data) || ext === '.xlsx') {
    const book = await openWorkbook(file, limits, inflater);
    out.issues.push(...book.issues);
    if (!book.sheets) return out;
    const cases = sheetNamed(book.sheets, 'cases') ?? onlySheet(book.sheets, 'cases');
    if (!cases) {
      out.issues.push(
        located(
          'missing-sheet',
          `the workbook has no visible sheet named Cases: ${sheetList(book.sheets)}`,
          file.name,
        ),
      );
      return out;
    }
    const where = `${file.name} [${cases.name}]`;
    out.cases = { rows: cases.rows, file: where, merges: mergeIssues(cases, file.name) };
    const judgements = sheetNamed(book.sheets, 'judgements');
    if (judgements && wantJudgements) {
      out.issues.push(...mergeIssues(judgements, file.name));
      out.judgements = { rows: judgements.rows, file: `${file.name} [${judgements.name}]` };
    }
    const questions = sheetNamed(book.sheets, 'questions');
    if (questions) out.questionIds = questions.rows.slice(1).map((r) => (r[0] ?? '').trim());
    return out;
  }
  if (ext !== '.csv' && ext !== '.txt' && ext !== '')
    out.issues.push(
      located(
        'invalid-file',
        `cannot read a ${ext} file as a case audit: give a .csv or .xlsx file`,
        file.name,
      ),
    );
  else {
    const read = readCsvRows(fileText(file.data), file.name, limits);
    out.issues.push(...read.issues);
    if (read.issues.length === 0) out.cases = { rows: read.rows, file: file.name, merges: [] };
  }
  return out;
}

/** The standard ids in a judgements sheet's "standard" column. */
function standardColumn(rows: readonly (readonly string[])[] | undefined): string[] {
  const at = (rows?.[0] ?? []).findIndex((h) => h.trim().toLowerCase() === 'standard');
  return at < 0 ? [] : (rows ?? []).slice(1).map((r) => (r[at] ?? '').trim());
}

/** Every id a framework gives: standards, key questions and prompts. */
function idsOf(framework: Framework): Set<string> {
  return new Set([
    ...standardsOf(framework).map((s) => s.id as string),
    ...keyQuestionsOf(framework).flatMap((kq) => [
      kq.id as string,
      ...kq.prompts.map((p) => p.id as string),
    ]),
  ]);
}

/**
 * The framework a sheet follows: the one given, checked against the sheet's question columns, or
 * the one whose ids fit them (and the workbook's Questions sheet, and the judgements' framework).
 */
export function chooseFramework(
  given: Framework | undefined,
  header: readonly string[],
  questionIds: readonly string[],
  named: string | undefined,
  file: string,
): { framework: Framework; choice: FrameworkChoice; issues: RatingIssue[] } {
  const ids = [
    ...header.map((h) => h.trim()).filter((h) => QUESTION_ID.test(h)),
    ...questionIds.filter((q) => QUESTION_ID.test(q)),
  ];
  const candidates = Object.values(frameworks) as Framework[];
  const misfits = (f: Framework) => {
    const known = idsOf(f);
    return ids.filter((id) => !known.has(id));
  };
  if (given) {
    const unknown = misfits(given);
    const other = candidates.find((f) => f.id !== given.id && misfits(f).length === 0);
    if (unknown.length > 0 && other)
      return {
        framework: given,
        choice: 'given',
        issues: [
          {
            ...located(
              'framework-mismatch',
              `this looks like an audit for ${other.name} (${other.id}), not ${given.id}: ${given.id} has no ${unknown.slice(0, 4).join(', ')}${unknown.length > 4 ? ` or ${unknown.length - 4} more of its ids` : ''}`,
              file,
              header.some((h) => unknown.includes(h.trim())) ? 1 : undefined,
            ),
            fix: { option: 'framework', value: other.id },
          },
        ],
      };
    return { framework: given, choice: 'given', issues: [] };
  }
  const fits = candidates.filter((f) => misfits(f).length === 0);
  const byName = named ? fits.find((f) => f.id === named) : undefined;
  if (byName) return { framework: byName, choice: 'read off the sheet', issues: [] };
  if (fits.length === 1)
    return { framework: fits[0] as Framework, choice: 'read off the sheet', issues: [] };
  // Both fit (a sheet of key questions common to both) or neither does: the newest, said plainly.
  const closest = [...candidates].sort(
    (a, b) => misfits(a).length - misfits(b).length || b.id.localeCompare(a.id),
  )[0] as Framework;
  return { framework: closest, choice: 'assumed', issues: [] };
}

/**
 * Rates a mock inspection from its files: the case audit (a CSV file or an .xlsx workbook with a
 * Cases sheet) and the panel's judgements (a CSV or JSON file, or the workbook's Judgements
 * sheet). Reads every file within the read limits; finds the framework from the sheet when not
 * given; collects every problem in every file and between them; and only when there are none,
 * rates. Workbook support is loaded only when a workbook is given.
 *
 * @throws {RatingRuleError} every problem, located at file, row and column, sorted
 * @example
 * const cases = { name: 'cases.csv', data: toCsv(casesToRows(youth2021, cumberlandCases)) };
 * const judgements = { name: 'judgements.json', data: JSON.stringify(cumberlandJudgements) };
 * const audit = await rateAudit({ cases, judgements });
 * audit.rating.score // => 12
 * audit.framework.id // => 'hmip-youth-2021'
 * @category Sheets
 */
export async function rateAudit(
  files: { readonly cases: AuditFile; readonly judgements?: AuditFile },
  options: AuditOptions = {},
): Promise<AuditRating> {
  const found: RatingIssue[] = [...optionIssues(options, AUDIT_OPTIONS)];
  // Every field of the files is read once, and bytes are copied (fileOf).
  const given_ = isRecord(files)
    ? { cases: files['cases'], judgements: files['judgements'] }
    : undefined;
  const casesFile = fileOf(given_?.cases);
  const judgementsFile = given_?.judgements === undefined ? undefined : fileOf(given_.judgements);
  if (!casesFile)
    found.push(
      argumentIssue(
        'files.cases',
        'a file: { name, data } with text or bytes',
        given_ ? given_.cases : files,
      ),
    );
  if (given_?.judgements !== undefined && !judgementsFile)
    found.push(
      argumentIssue(
        'files.judgements',
        'a file: { name, data } with text or bytes',
        given_.judgements,
      ),
    );
  const option = frameworkOption(isRecord(options) ? options.framework : undefined);
  found.push(...option.issues);
  const given = option.framework;
  if (found.length > 0 || !casesFile) throw new RatingRuleError(found);
  const limits = limitsOf(options.limits);
  const fileNames = [casesFile.name, ...(judgementsFile ? [judgementsFile.name] : [])];
  found.push(...oversizeIssues([casesFile, judgementsFile], limits));
  if (found.length > 0) throw new RatingRuleError(found);

  // 1. Read every file.
  const read = await readCasesFile(casesFile, limits, !judgementsFile, options.inflater);
  const issues: RatingIssue[] = [...read.issues, ...(read.cases?.merges ?? [])];
  let judgementRows = read.judgements;
  let jsonJudgements: { sheet?: JudgementSheet; issues: RatingIssue[] } | undefined;
  if (judgementsFile) {
    const ext = extension(judgementsFile.name);
    if (
      ext === '.json' ||
      (typeof judgementsFile.data === 'string' && judgementsFile.data.trimStart().startsWith('{'))
    )
      jsonJudgements = readJudgementsJson(fileText(judgementsFile.data), {
        file: judgementsFile.name,
      });
    else if (isZip(judgementsFile.data) || ext === '.xlsx') {
      const book = await readJudgementsWorkbook(judgementsFile, limits, options.inflater);
      issues.push(...book.issues);
      judgementRows = book.judgements;
    } else {
      const rows = readCsvRows(fileText(judgementsFile.data), judgementsFile.name, limits);
      issues.push(...rows.issues);
      if (rows.issues.length === 0) judgementRows = { rows: rows.rows, file: judgementsFile.name };
    }
  }
  if (jsonJudgements) issues.push(...jsonJudgements.issues);

  // 2. The framework: given, or read off the sheet (its question columns, the workbook's Questions
  // sheet, and the standards the judgements name).
  const header = read.cases?.rows[0] ?? [];
  const judged = [
    ...standardColumn(judgementRows?.rows),
    ...Object.keys(jsonJudgements?.sheet?.judgements ?? {}),
  ];
  const chosen = chooseFramework(
    given,
    header,
    [...read.questionIds, ...judged],
    jsonJudgements?.sheet?.framework,
    read.cases?.file ?? casesFile.name,
  );
  issues.push(...chosen.issues);
  const framework = chosen.framework;
  const frameworkKnown = chosen.issues.length === 0;

  // 3. The sheets, against that framework.
  let cases: CaseSheet | undefined;
  if (read.cases && frameworkKnown) {
    const sheet = readCaseRows(
      read.cases.rows,
      {
        framework,
        file: read.cases.file,
        ...(options.disposalAliases && { disposalAliases: options.disposalAliases }),
      },
      // The rows are this call's own, read from the file: let each go once read.
      { rows: read.cases.rows },
    );
    issues.push(...sheet.issues);
    cases = sheet.sheet;
  }
  let judgements: JudgementSheet | undefined;
  if (judgementRows && frameworkKnown) {
    const sheet = readJudgementRows(judgementRows.rows, { framework, file: judgementRows.file });
    issues.push(...sheet.issues);
    judgements = sheet.sheet;
  } else if (jsonJudgements?.sheet) {
    judgements = jsonJudgements.sheet;
    if (judgements.framework !== undefined && judgements.framework !== framework.id)
      issues.push(
        located(
          'framework-mismatch',
          `the judgements are for ${quoteText(judgements.framework)} but the cases are for ${framework.id}`,
          judgementsFile?.name ?? '',
        ),
      );
  }

  // 4. Between the files, and what tallying would find in the cases that were read.
  if (cases && frameworkKnown) {
    issues.push(...crossIssues(framework, cases, judgements, options));
    if (issues.length > 0)
      issues.push(
        ...tallyIssues(
          cases,
          options.unanswered ? { unanswered: options.unanswered } : {},
          judgements,
        ),
      );
  }
  if (issues.length > 0 || !cases)
    throw new RatingRuleError(onePerCell(sortIssues(issues, fileNames)));

  // 5. Rate: what rating finds (discretion checks on the tallied figures) is located the same way.
  const { framework: _f, disposalAliases: _d, limits: _l, inflater: _i, ...rateOptions } = options;
  const rating = rateSheets(cases, judgements, rateOptions);
  return {
    ...rating,
    framework,
    frameworkChoice: chosen.choice,
    cases,
    ...(judgements && { judgements }),
  };
}
