// Moderation from files: two audit sheets of the same cases (a first auditor's and a moderator's,
// CSV or workbook) and, optionally, a sheet of decisions. Every problem in every file, and between
// them, is found in one pass; then the agreement, the disagreements and the moderated audit.
import { RatingRuleError, type Framework, type Rating, type RatingIssue } from 'hmip-ratings';
import {
  compareAudits,
  moderateCases,
  type GradeAgreement,
  type AuditAgreement,
  type ModeratedCases,
} from 'hmip-ratings/moderation';
import { type CaseRecord } from 'hmip-ratings/cases';
import { argumentIssue, isFunction, isRecord, oneOf, optionIssues } from 'hmip-ratings/toolkit';
import { limitsOf } from '../read/csv.js';
import {
  disposalAliasesOption,
  fileOf,
  frameworkOption,
  limitsOption,
  oversizeIssues,
} from '../read/files.js';
import type { ReadLimits } from '../read/limits.js';
import { located, onePerCell, sortIssues } from '../read/located.js';
import {
  locatedCoreIssues,
  readModerationCells,
  readModerationSheets,
  type ModerationFileSet,
} from '../read/moderation-sheets.js';
import { columnsCopy, columnsOption, type ColumnsOption } from '../read/question-headings.js';
import type { CaseSheet } from '../read/case-sheet.js';
import type { Inflater } from '../read/workbook-reader.js';
import { chooseFramework, type AuditFile, type FrameworkChoice } from './rate-audit.js';
import { wrongSheetIssue } from '../read/sheet-kind.js';
import { readSheetGrades } from '../read/grade-column.js';
import { moderatedGrades } from './moderate-grades.js';

/** The files of a moderation: two audits of the same cases, and optionally the decisions. @category Sheets */
export interface ModerationFiles {
  /** The first auditor's case sheet (CSV, or a workbook with a Cases sheet). */
  readonly first: AuditFile;
  /** The moderator's case sheet, or with decisions the second auditor's. */
  readonly second: AuditFile;
  /**
   * Decisions settling the disagreements: the disagreements sheet `disagreementRows` writes with
   * its decision column filled in, or a case sheet holding only the decided answers.
   */
  readonly decisions?: AuditFile;
}

/** Options of `moderateAudits`. @category Sheets */
export interface ModerationSheetOptions {
  /** The framework, as an object or a built-in id; by default it is read off the sheets' columns. */
  readonly framework?: Framework | string;
  /** Disposal names the sources do not settle, mapped by you: `{ 'Outcome 22': 'community resolution' }`. */
  readonly disposalAliases?: Readonly<Record<string, string>>;
  /** The team's column map, heading to key question (see `readColumnMap`). */
  readonly columns?: ColumnsOption;
  /** Read limits beyond the defaults (see `LIMITS`). */
  readonly limits?: Partial<ReadLimits>;
  /** `'leave-out'`: the first auditor (and a second auditor with decisions) may leave key questions blank. */
  readonly unanswered?: 'error' | 'leave-out';
  /** Unzips workbooks (see `AuditOptions`). */
  readonly inflater?: Inflater;
}

/** What `moderateAudits` returns. @category Sheets */
export interface ModeratedAudit {
  readonly framework: Framework;
  readonly frameworkChoice: FrameworkChoice;
  /** The names of the files, as given. */
  readonly files: { readonly first: string; readonly second: string; readonly decisions?: string };
  readonly first: CaseSheet;
  readonly second: CaseSheet;
  /** The decisions as read, as case records holding only the decided answers. */
  readonly decisions?: readonly CaseRecord[];
  /** Agreement per key question and overall, and every disagreement. */
  readonly agreement: AuditAgreement;
  /** The moderated case records (write them with `casesToRows`), and every answer changed. */
  readonly moderated: ModeratedCases;
  /**
   * The grades, when the first sheet has a grade column: the two auditors' agreement (when both
   * sheets have one) and the column; the moderated cases carry the decided grade in that column.
   */
  readonly grades?: { readonly column: string; readonly agreement?: GradeAgreement };
}

const MODERATION_OPTIONS = {
  framework: () => undefined, // checked below, as an id or an object
  disposalAliases: disposalAliasesOption,
  columns: columnsOption,
  limits: limitsOption,
  unanswered: oneOf('error', 'leave-out'),
  inflater: isFunction,
};

/** The files and options checked: the files, the framework if given, and the read limits. */
function checkedArguments(
  files: ModerationFiles,
  options: ModerationSheetOptions,
): { files: ModerationFileSet; framework: Framework | undefined; limits: ReadLimits } {
  const found: RatingIssue[] = [...optionIssues(options, MODERATION_OPTIONS)];
  // Every field of the files is read once, and bytes are copied (fileOf).
  const given: Record<string, unknown> = isRecord(files) ? files : {};
  const read: Partial<Record<'first' | 'second' | 'decisions', AuditFile>> = {};
  for (const key of ['first', 'second', 'decisions'] as const) {
    const value = given[key];
    const file = fileOf(value);
    if (file) read[key] = file;
    else if (key !== 'decisions' || value !== undefined)
      found.push(
        argumentIssue(
          `files.${key}`,
          'a file: { name, data } with text or bytes',
          isRecord(files) || key === 'decisions' ? value : files,
        ),
      );
  }
  const option = frameworkOption(isRecord(options) ? options.framework : undefined);
  found.push(...option.issues);
  if (found.length > 0) throw new RatingRuleError(found);
  const limits = limitsOf(options.limits);
  const { first, second, decisions } = read;
  if (!first || !second) throw new RatingRuleError(found);
  found.push(...oversizeIssues([first, second, decisions], limits));
  if (found.length > 0) throw new RatingRuleError(found);
  return {
    files: { first, second, ...(decisions && { decisions }) },
    framework: option.framework,
    limits,
  };
}

/** A call into the core: its value, or its problems. */
function attempt<T>(fn: () => T): { readonly value?: T; readonly issues: RatingIssue[] } {
  try {
    return { value: fn(), issues: [] };
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    return { issues: [...e.issues] };
  }
}

/**
 * Moderates two audits of the same cases from their files: the first auditor's sheet and the
 * moderator's (CSV, or workbooks with a Cases sheet), and optionally a decisions sheet. Reads
 * every file within the read limits, finds the framework from the sheets when not given, and
 * collects every problem in every file and between them (a case in one sheet only, a case whose
 * kind or disposal differs, a difference no decision settles), each located at file, row and
 * column. Then it compares the two (agreement and Cohen's kappa per key question and overall, and
 * every disagreement; see `compareAudits`) and builds the moderated audit (see `moderateCases`):
 * without decisions the moderator's answer stands wherever given; with decisions the two sheets
 * are peers and every disagreement needs a decision.
 *
 * @throws {RatingRuleError} every problem, located at file, row and column, sorted
 * @example
 * const first = { name: 'first.csv', data: toCsv(casesToRows(youth2021, cumberlandCases)) };
 * const second = { name: 'second.csv', data: first.data.replace('court-4,court,community-sentence,yes,yes,no', 'court-4,court,community-sentence,yes,yes,yes') };
 * const audit = await moderateAudits({ first, second });
 * audit.agreement.disagreements.map((d) => `${d.case} ${d.question}: ${d.first} / ${d.second}`) // => ['court-4 2.1.3: no / yes']
 * audit.moderated.changes.length // => 1
 * const refused = await moderateAudits({ first, second: { name: 'second.csv', data: first.data.replace('court-8', 'court-9') } }).catch((e) => e.issues.map((i) => formatLocation(i.location) + ': ' + i.message));
 * refused[0] // => 'first.csv, row 9, column A (case): case "court-8" is in first.csv but not in second.csv: both must hold the same cases'
 * @category Sheets
 */
export async function moderateAudits(
  files: ModerationFiles,
  options: ModerationSheetOptions = {},
): Promise<ModeratedAudit> {
  const checked = checkedArguments(files, options);
  const { first: firstFile, second: secondFile, decisions: decisionsFile } = checked.files;
  const names = [firstFile.name, secondFile.name, ...(decisionsFile ? [decisionsFile.name] : [])];

  // Every file's cells; the framework, given or the one every sheet's question ids fit; the sheets.
  const cells = await readModerationCells(checked.files, checked.limits, options.inflater);
  const wrong = [cells.first, cells.second].flatMap((c, i) => {
    const issue =
      c.rows &&
      wrongSheetIssue(c.rows, 'moderated audit', {
        file: c.file,
        name: (i === 0 ? firstFile : secondFile).name,
      });
    return issue ? [issue] : [];
  });
  if (wrong.length > 0) throw new RatingRuleError(wrong);
  const chosen = chooseFramework(
    checked.framework,
    [],
    cells.questionIds,
    undefined,
    firstFile.name,
  );
  const framework = chosen.framework;
  const sheets = readModerationSheets(
    cells,
    framework,
    options.disposalAliases,
    firstFile.name,
    columnsCopy(options.columns),
  );
  const { first, second, decisions } = sheets;
  const firstGrades = readSheetGrades(first);
  const secondGrades = readSheetGrades(second);
  const issues: RatingIssue[] = [
    ...cells.issues,
    ...chosen.issues,
    ...sheets.issues,
    ...firstGrades.issues,
    ...secondGrades.issues,
  ];
  if (decisionsFile && !decisions && issues.length === 0)
    issues.push(located('invalid-file', 'the decisions could not be read', decisionsFile.name));
  if (!cells.first.rows || !cells.second.rows || (decisionsFile && !decisions))
    throw new RatingRuleError(sortIssues(issues, names));

  // Between the sheets, and the moderated audit: what the core finds, located in the sheets.
  const unanswered = options.unanswered ?? 'error';
  const listNames = {
    first: firstFile.name,
    second: secondFile.name,
    ...(decisionsFile && { decisions: decisionsFile.name }),
  };
  const agreement = attempt(() =>
    compareAudits(framework, first.cases, second.cases, {
      unanswered: 'leave-out',
      names: listNames,
    }),
  );
  const moderated = attempt(() =>
    moderateCases(framework, first.cases, second.cases, {
      unanswered,
      names: listNames,
      ...(decisions && { decisions }),
    }),
  );
  const core = [...agreement.issues, ...moderated.issues];
  issues.push(...locatedCoreIssues(core, cells, sheets, issues.length > 0, firstFile.name));
  const graded = gradesOf(firstGrades, secondGrades, sheets, moderated.value, decisionsFile);
  issues.push(...(graded?.issues ?? []));
  if (issues.length > 0 || !agreement.value || !moderated.value)
    throw new RatingRuleError(sortIssues(onePerCell(issues), names));
  return {
    framework,
    frameworkChoice: chosen.choice,
    files: listNames,
    first,
    second,
    ...(decisions && { decisions }),
    agreement: agreement.value,
    moderated: graded?.moderated ?? moderated.value,
    ...(graded &&
      firstGrades.grades && {
        grades: {
          column: firstGrades.grades.column,
          ...(graded.agreement && { agreement: graded.agreement }),
        },
      }),
  };
}

/** The grades a decisions file decides: its "grade" rows, or a decisions case sheet's grade column. */
function decidedGrades(sheets: {
  readonly decisionRows?: { readonly grades: ReadonlyMap<string, Rating> };
  readonly decisionSheet?: CaseSheet;
}): ReadonlyMap<string, Rating> {
  if (sheets.decisionRows) return sheets.decisionRows.grades;
  const sheet = sheets.decisionSheet;
  const read = sheet ? readSheetGrades(sheet).grades : undefined;
  const decided = new Map<string, Rating>();
  sheet?.cases.forEach((c, i) => {
    const grade = read?.grades[i];
    if (grade) decided.set(c.id, grade);
  });
  return decided;
}

/** The grades of a moderation, when the first sheet has a grade column (see `moderatedGrades`). */
function gradesOf(
  first: ReturnType<typeof readSheetGrades>,
  second: ReturnType<typeof readSheetGrades>,
  sheets: ReturnType<typeof readModerationSheets>,
  moderated: ModeratedCases | undefined,
  decisionsFile: AuditFile | undefined,
): ReturnType<typeof moderatedGrades> | undefined {
  if (!first.grades || !moderated) return undefined;
  return moderatedGrades(
    { sheet: sheets.first, grades: first.grades },
    second.grades && { sheet: sheets.second, grades: second.grades },
    moderated,
    decisionsFile && (sheets.decisionRows || sheets.decisionSheet)
      ? { grades: decidedGrades(sheets), file: decisionsFile.name }
      : undefined,
  );
}
