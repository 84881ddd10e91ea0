// A whole mock inspection from the files a quality-assurance team has: the case audit (CSV or
// workbook) and the panel's judgements (CSV, JSON or the workbook's own sheet). Every problem in
// every file, and between them, is found in one pass and reported together.
import {
  RatingRuleError,
  frameworks,
  keyQuestionsOf,
  standardsOf,
  type DiscretionHook,
  type Framework,
  type RatingIssue,
} from 'hmip-ratings';
import { type CaseRating } from 'hmip-ratings/cases';
import {
  argumentIssue,
  isBoolean,
  isFunction,
  isRecord,
  oneOf,
  optionIssues,
} from 'hmip-ratings/toolkit';
import {
  type AuditFile,
  disposalAliasesOption,
  fileOf,
  limitsOption,
  frameworkOption,
  oversizeIssues,
} from '../read/files.js';
import { QUESTION_ID, readCaseRows, type CaseSheet } from '../read/case-sheet.js';
import { columnsCopy, columnsOption, type ColumnsOption } from '../read/question-headings.js';
import { headerIds } from '../read/question-headings.js';
import { limitsOf } from '../read/csv.js';
import {
  frameworkMismatch,
  readJudgementRows,
  type JudgementSheet,
} from '../read/judgement-sheet.js';
import { located, onePerCell, sortIssues } from '../read/located.js';
import type { ReadLimits } from '../read/limits.js';
import type { Inflater } from '../read/workbook-reader.js';
import { wrongSheetIssue } from '../read/sheet-kind.js';
import { readSheetGrades, type SheetGrades } from '../read/grade-column.js';
import { crossIssues, rateSheets, tallyIssues } from './rate-sheets.js';
import {
  readCasesFile,
  readJudgementsFile,
  standardColumn,
  type ReadJudgements,
  type ReadSheets,
} from './audit-sheets.js';

export type { AuditFile };

/** Options of `rateAudit`. @category Sheets */
export interface AuditOptions {
  /** The framework, as an object or a built-in id; by default it is read off the sheet's columns. */
  readonly framework?: Framework | string;
  /** Disposal names the sources do not settle, mapped by you: `{ 'Outcome 22': 'community resolution' }`. */
  readonly disposalAliases?: Readonly<Record<string, string>>;
  /** The team's column map, heading to key question (see `readColumnMap`). */
  readonly columns?: ColumnsOption;
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
  /** The cases' grades, when the audit sheet has a grade column (see `readSheetGrades`). */
  readonly grades?: SheetGrades;
}

const AUDIT_OPTIONS = {
  framework: () => undefined, // checked below, as an id or an object
  disposalAliases: disposalAliasesOption,
  columns: columnsOption,
  limits: limitsOption,
  banding: oneOf('rounded', 'exact'),
  windowInclusive: isBoolean,
  discretion: isFunction,
  incomplete: oneOf('error', 'allow'),
  unanswered: oneOf('error', 'leave-out'),
  inflater: isFunction,
};

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
  const { casesFile, judgementsFile, given, limits } = auditArguments(files, options);
  const fileNames = [casesFile.name, ...(judgementsFile ? [judgementsFile.name] : [])];
  const columns = columnsCopy(options.columns);

  // 1. Read every file.
  const read = await readCasesFile(casesFile, limits, !judgementsFile, options.inflater);
  const judged: ReadJudgements = judgementsFile
    ? await readJudgementsFile(judgementsFile, limits, options.inflater)
    : { ...(read.judgements && { rows: read.judgements }), issues: [] };
  const issues: RatingIssue[] = [...read.issues, ...(read.cases?.merges ?? []), ...judged.issues];
  const jsonSheet = judged.json?.sheet;
  // A sheet that is not what is read (a caseload, an unfilled sample, judgements as the audit):
  // said in one line with the command that reads it, and nothing else.
  const wrong = [
    ...issues.filter((i) => i.code === 'wrong-sheet'),
    ...wrongSheets(read, judged, casesFile.name, judgementsFile?.name),
  ];
  if (wrong.length > 0) throw new RatingRuleError(wrong);

  // 2. The framework: given, or read off the sheet (its question columns, the workbook's Questions
  // sheet, and the standards the judgements name).
  const chosen = chooseFramework(
    given,
    headerIds(read.cases?.rows[0] ?? [], columns && [...columns]),
    [
      ...read.questionIds,
      ...standardColumn(judged.rows?.rows),
      ...Object.keys(jsonSheet?.judgements ?? {}),
    ],
    jsonSheet?.framework,
    read.cases?.file ?? casesFile.name,
  );
  issues.push(...chosen.issues);
  const framework = chosen.framework;
  const frameworkKnown = chosen.issues.length === 0;

  // 3. The sheets, against that framework.
  const sheets = readSheets(framework, frameworkKnown ? read.cases : undefined, judged, {
    known: frameworkKnown,
    judgementsFile: judgementsFile?.name ?? '',
    disposalAliases: options.disposalAliases,
    columns,
  });
  issues.push(...sheets.issues);
  const { cases, judgements } = sheets;
  const graded = cases ? readSheetGrades(cases) : { issues: [] };
  issues.push(...graded.issues);

  // 4. Between the files, and what tallying would find in the cases that were read; not when a
  // required column is missing: that stops there (no "no cases", no tip that would not help).
  const columnMissing = issues.some((i) => i.code === 'missing-column');
  if (cases && frameworkKnown && !columnMissing) {
    // A judgements file that could not be read has said so: no "no judgements were given" too.
    const cross = crossIssues(framework, cases, judgements, options);
    issues.push(...cross.filter((i) => !(judgementsFile && i.code === 'missing-judgements')));
    // A question column not read has said so: no "no answer" on every row after it.
    if (issues.length > 0 && !issues.some((i) => i.code === 'unknown-column' && i.fix))
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
  const {
    framework: _f,
    disposalAliases: _d,
    limits: _l,
    inflater: _i,
    columns: _c,
    ...rateOptions
  } = options;
  const rating = rateSheets(cases, judgements, rateOptions);
  return {
    ...rating,
    framework,
    frameworkChoice: chosen.choice,
    cases,
    ...(judgements && { judgements }),
    ...(graded.grades && { grades: graded.grades }),
  };
}

/** The audit and judgements sheets that are not what `rateAudit` reads, one problem each. */
function wrongSheets(
  read: ReadSheets,
  judged: ReadJudgements,
  casesName: string,
  judgementsName: string | undefined,
): RatingIssue[] {
  const wrong = [
    read.cases &&
      wrongSheetIssue(read.cases.rows, 'audit', { file: read.cases.file, name: casesName }),
    judged.rows &&
      wrongSheetIssue(judged.rows.rows, 'judgements', {
        file: judged.rows.file,
        name: judgementsName ?? casesName,
      }),
  ];
  return wrong.filter((i): i is RatingIssue => i !== undefined);
}

/**
 * The files and options of `rateAudit`, checked: the files (each field read once, bytes copied),
 * the framework given, the read limits, and no file over them; or a throw of every problem.
 */
function auditArguments(
  files: { readonly cases: AuditFile; readonly judgements?: AuditFile },
  options: AuditOptions,
): {
  casesFile: AuditFile;
  judgementsFile: AuditFile | undefined;
  given: Framework | undefined;
  limits: ReadLimits;
} {
  const found: RatingIssue[] = [...optionIssues(options, AUDIT_OPTIONS)];
  const given = isRecord(files)
    ? { cases: files['cases'], judgements: files['judgements'] }
    : undefined;
  const casesFile = fileOf(given?.cases);
  const judgementsFile = given?.judgements === undefined ? undefined : fileOf(given.judgements);
  const expected = 'a file: { name, data } with text or bytes';
  if (!casesFile) found.push(argumentIssue('files.cases', expected, given ? given.cases : files));
  if (given?.judgements !== undefined && !judgementsFile)
    found.push(argumentIssue('files.judgements', expected, given.judgements));
  const option = frameworkOption(isRecord(options) ? options.framework : undefined);
  found.push(...option.issues);
  if (found.length > 0 || !casesFile) throw new RatingRuleError(found);
  const limits = limitsOf(options.limits);
  found.push(...oversizeIssues([casesFile, judgementsFile], limits));
  if (found.length > 0) throw new RatingRuleError(found);
  return { casesFile, judgementsFile, given: option.framework, limits };
}

/**
 * The case and judgement sheets, read from their rows against the framework (when it is known),
 * or the JSON judgements, checked to name the same framework.
 */
function readSheets(
  framework: Framework,
  caseRows: ReadSheets['cases'],
  judged: ReadJudgements,
  at: {
    readonly known: boolean;
    readonly judgementsFile: string;
    readonly disposalAliases: AuditOptions['disposalAliases'];
    readonly columns: AuditOptions['columns'];
  },
): { cases?: CaseSheet; judgements?: JudgementSheet; issues: RatingIssue[] } {
  const issues: RatingIssue[] = [];
  let cases: CaseSheet | undefined;
  if (caseRows) {
    const sheet = readCaseRows(
      caseRows.rows,
      {
        framework,
        file: caseRows.file,
        ...(at.disposalAliases && { disposalAliases: at.disposalAliases }),
        ...(at.columns && { columns: at.columns }),
      },
      // The rows are this call's own, read from the file: let each go once read.
      { rows: caseRows.rows },
    );
    issues.push(...sheet.issues);
    cases = sheet.sheet;
  }
  let judgements: JudgementSheet | undefined;
  if (judged.rows && at.known) {
    const sheet = readJudgementRows(judged.rows.rows, { framework, file: judged.rows.file });
    issues.push(...sheet.issues);
    judgements = sheet.sheet;
  } else if (judged.json?.sheet) {
    judgements = judged.json.sheet;
    const mismatch = frameworkMismatch(judgements, framework);
    if (mismatch) issues.push(mismatch);
  }
  return { ...(cases && { cases }), ...(judgements && { judgements }), issues };
}
