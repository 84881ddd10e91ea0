// Moderation from files: two audit sheets of the same cases (a first auditor's and a moderator's,
// CSV or workbook) and, optionally, a sheet of decisions. Every problem in every file, and between
// them, is found in one pass; then the agreement, the disagreements and the moderated sheet.
import {
  RatingRuleError,
  compareAudits,
  keyQuestionsOf,
  moderateCases,
  plainText,
  roundKappa,
  type AgreementMeasure,
  type Answer,
  type AuditAgreement,
  type CaseRecord,
  type Framework,
  type Disagreement,
  type IssueLocation,
  type ModeratedCases,
  type ModerationChange,
  type RatingIssue,
  toolkit,
} from 'hmip-ratings';
import {
  disposalAliasesOption,
  extension,
  fileOf,
  fileText,
  isZip,
  limitsOption,
  frameworkOption,
  oversizeIssues,
} from '../read/files.js';
import { readAnswer } from '../read/answer-spelling.js';
import { chooseFramework, type AuditFile, type FrameworkChoice } from './rate-audit.js';
import { QUESTION_ID, readCaseRows, type CaseSheet } from '../read/case-sheet.js';
import { columnLabel, isBlankRow } from '../sheet/columns.js';
import { limitsOf, readCsvRows } from '../read/csv.js';
import { toCsv } from '../output/csv.js';
import { markdownText } from '../output/escape.js';
import { labelKey } from '../sheet/labels.js';
import type { ReadLimits } from '../read/limits.js';
import { located, onePerCell, sortIssues } from '../read/located.js';
import type { ReportFormat } from '../output/text/report.js';
import type { Inflater } from '../read/workbook-reader.js';

const { argumentIssue, isFunction, isRecord, oneOf, optionIssues, plainList, quoteText } = toolkit;

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
}

const MODERATION_OPTIONS = {
  framework: () => undefined, // checked below, as an id or an object
  disposalAliases: disposalAliasesOption,
  limits: limitsOption,
  unanswered: oneOf('error', 'leave-out'),
  inflater: isFunction,
};

const SHORT: Readonly<Record<Answer, string>> = { yes: 'yes', no: 'no', 'not applicable': 'n/a' };
const short = (answer: Answer | undefined) => (answer === undefined ? '' : SHORT[answer]);

/** A sheet's cells and the name its problems are shown under ("audit.xlsx [Cases]"). */
interface Rows {
  readonly rows?: string[][];
  readonly file: string;
  readonly issues: RatingIssue[];
}

/** Reads a file's cells: CSV, or a workbook's visible sheet of the wanted name (or its only one). */
async function readRows(
  file: AuditFile,
  wanted: readonly string[],
  limits: ReadLimits,
  inflater: Inflater | undefined,
): Promise<Rows> {
  const ext = extension(file.name);
  if (isZip(file.data) || ext === '.xlsx') {
    if (!isZip(file.data))
      return {
        file: file.name,
        issues: [
          located(
            'invalid-file',
            'not a workbook: an .xlsx file is a zip archive, and this is not one',
            file.name,
          ),
        ],
      };
    const { readWorkbook } = await import('../read/workbook-reader.js');
    const book = await readWorkbook(file.data as Uint8Array, {
      file: file.name,
      limits,
      inflater,
      wanted: (name) => wanted.includes(name.trim().toLowerCase()),
    });
    if (!book.sheets) return { file: file.name, issues: book.issues };
    const visible = book.sheets.filter((s) => s.state === 'visible');
    const sheet =
      wanted
        .map((w) => visible.find((s) => s.name.trim().toLowerCase() === w))
        .find((s) => s !== undefined) ?? (visible.length === 1 ? visible[0] : undefined);
    if (!sheet)
      return {
        file: file.name,
        issues: [
          ...book.issues,
          located(
            'missing-sheet',
            `the workbook has no visible sheet named ${wanted.map((w) => w[0]?.toUpperCase() + w.slice(1)).join(' or ')}: found ${visible.map((s) => quoteText(s.name)).join(', ') || 'no visible sheet'}`,
            file.name,
          ),
        ],
      };
    const where = `${file.name} [${sheet.name}]`;
    return {
      rows: sheet.rows,
      file: where,
      issues: [
        ...book.issues,
        ...sheet.merges.map((range) =>
          located(
            'merged-cells',
            `cells ${range} are merged, which spreads one answer over several cells: unmerge them and give each cell its own answer`,
            where,
          ),
        ),
      ],
    };
  }
  if (ext !== '.csv' && ext !== '.txt' && ext !== '')
    return {
      file: file.name,
      issues: [
        located(
          'invalid-file',
          `cannot read a ${ext} file as a sheet: give a .csv or .xlsx file`,
          file.name,
        ),
      ],
    };
  const read = readCsvRows(fileText(file.data), file.name, limits);
  return read.issues.length > 0
    ? { file: file.name, issues: read.issues }
    : { rows: read.rows, file: file.name, issues: [] };
}

/** Where each header name is, by its key ("Case" and "case" alike). */
function headerAt(rows: readonly (readonly string[])[] | undefined): Map<string, number> {
  const at = new Map<string, number>();
  (rows?.[0] ?? []).forEach((h, i) => {
    const key = labelKey(h);
    if (key !== '' && !at.has(key)) at.set(key, i);
  });
  return at;
}

/** Every case id typed in a sheet's case column, read or not. */
function typedIds(rows: readonly (readonly string[])[] | undefined): Set<string> {
  const at = headerAt(rows).get('case');
  if (at === undefined || !rows) return new Set();
  return new Set(rows.slice(1).map((r) => (r[at] ?? '').trim()));
}

/** Every id a framework gives: key questions and prompts. */
function questionIdsOf(framework: Framework): Set<string> {
  return new Set(
    keyQuestionsOf(framework).flatMap((kq) => [
      kq.id as string,
      ...kq.prompts.map((p) => p.id as string),
    ]),
  );
}

/** Decisions read from a disagreements sheet: records, and the row of each decided answer. */
interface DecisionRows {
  readonly cases: CaseRecord[];
  readonly file: string;
  /** The row of each decision, by case id and question. */
  readonly rowOf: Map<string, number>;
  readonly columns: { readonly case?: string; readonly decision?: string };
  readonly issues: RatingIssue[];
}

const decisionKey = (id: string, question: string) => `${id}\u0000${question}`;

/**
 * Reads the disagreements sheet with its decision column filled in: one row per case and question;
 * a blank decision decides nothing. The kind and disposal of each case are the first sheet's.
 */
function readDecisionRows(
  rows: readonly (readonly string[])[],
  file: string,
  framework: Framework,
  first: CaseSheet,
  firstName: string,
): DecisionRows {
  const at = headerAt(rows);
  const header = rows[0] ?? [];
  const label = (key: string) => {
    const i = at.get(key);
    return i === undefined ? undefined : columnLabel(i, header[i] ?? '');
  };
  const columns = {
    ...(label('case') !== undefined && { case: label('case') as string }),
    ...(label('decision') !== undefined && { decision: label('decision') as string }),
  };
  const issues: RatingIssue[] = [];
  const caseAt = at.get('case');
  if (caseAt === undefined)
    issues.push(located('missing-column', 'there is no "case" column in the header row', file, 1));
  const questionAt = at.get('question') as number;
  const decisionAt = at.get('decision') as number;
  const known = questionIdsOf(framework);
  const firstCases = new Map(first.cases.map((c) => [c.id, c]));
  const byCase = new Map<string, CaseRecord & { answers: Record<string, Answer> }>();
  const rowOf = new Map<string, number>();
  const decidedAt = new Map<string, number>();
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i] as readonly string[];
    if (isBlankRow(cells)) continue;
    const row = i + 1;
    const cell = (index: number | undefined) =>
      index === undefined ? '' : (cells[index] ?? '').trim();
    const id = cell(caseAt);
    const question = cell(questionAt);
    const key = decisionKey(id, question);
    // Every row of a case and question, decided or not: an undecided disagreement is shown here.
    if (id !== '' && !rowOf.has(key)) rowOf.set(key, row);
    const read = readAnswer(cell(decisionAt));
    if ('blank' in read) continue;
    if ('ambiguous' in read) {
      issues.push(
        located(
          'ambiguous-answer',
          `${read.ambiguous}: write yes, no or n/a`,
          file,
          row,
          columns.decision,
        ),
      );
      continue;
    }
    if ('invalid' in read) {
      issues.push(located('invalid-answer', read.invalid, file, row, columns.decision));
      continue;
    }
    if (caseAt !== undefined && id === '') {
      issues.push(located('invalid-input', 'the decision names no case', file, row, columns.case));
      continue;
    }
    if (!known.has(question)) {
      issues.push(
        located(
          'unknown-key-question',
          question === ''
            ? 'the decision names no question'
            : `${quoteText(question)} is not a key question or prompt of ${framework.id}`,
          file,
          row,
          label('question'),
        ),
      );
      continue;
    }
    const record = firstCases.get(id);
    if (!record) {
      if (caseAt !== undefined)
        issues.push(
          located(
            'unknown-case',
            `case ${quoteText(id)} has a decision but is not in ${firstName}`,
            file,
            row,
            columns.case,
          ),
        );
      continue;
    }
    const entry = byCase.get(id) ?? {
      id,
      kind: record.kind,
      disposal: record.disposal,
      answers: {} as Record<string, Answer>,
    };
    byCase.set(id, entry);
    const earlier = Object.hasOwn(entry.answers, question) ? entry.answers[question] : undefined;
    if (earlier !== undefined && earlier !== read.answer) {
      issues.push(
        located(
          'conflicting-evidence',
          `case ${quoteText(id)}, ${question} is decided twice: ${SHORT[earlier]} in row ${decidedAt.get(key)} and ${SHORT[read.answer]} here`,
          file,
          row,
          columns.decision,
        ),
      );
      continue;
    }
    entry.answers[question] = read.answer;
    if (!decidedAt.has(key)) decidedAt.set(key, row);
  }
  return { cases: [...byCase.values()], file, rowOf, columns, issues };
}

/** An issue from the core, located in the sheet its path points into. */
function locate(
  issue: RatingIssue,
  sheets: { readonly first: CaseSheet; readonly second: CaseSheet; readonly decisions?: CaseSheet },
  decisionRows: DecisionRows | undefined,
  fallback: string,
): RatingIssue {
  if (issue.location) return issue;
  const [root, index, field, question] = issue.path;
  const column = (sheet: CaseSheet, key: string | undefined) =>
    key !== undefined && Object.hasOwn(sheet.columns, key) ? sheet.columns[key] : undefined;
  const at = (location: IssueLocation): RatingIssue => ({ ...issue, location });
  if (decisionRows && typeof index === 'number') {
    // A decision, or a disagreement the decisions sheet has a row for but does not decide.
    const id =
      root === 'decisions'
        ? decisionRows.cases[index]?.id
        : root === 'second' && issue.code === 'unresolved-disagreement'
          ? sheets.second.cases[index]?.id
          : undefined;
    const row =
      id !== undefined && typeof question === 'string'
        ? decisionRows.rowOf.get(decisionKey(id, question))
        : undefined;
    if (row !== undefined || root === 'decisions')
      return at({
        file: decisionRows.file,
        ...(row !== undefined && { row }),
        ...(row !== undefined &&
          decisionRows.columns.decision !== undefined && { column: decisionRows.columns.decision }),
      });
  }
  const sheet =
    root === 'first'
      ? sheets.first
      : root === 'second'
        ? sheets.second
        : root === 'decisions'
          ? sheets.decisions
          : undefined;
  if (!sheet || typeof index !== 'number') return at({ file: fallback });
  const row = sheet.rows[index];
  const col =
    field === 'answers' && typeof question === 'string'
      ? column(sheet, question)
      : field === 'id'
        ? column(sheet, 'case')
        : typeof field === 'string'
          ? column(sheet, field)
          : undefined;
  return at({
    file: sheet.file,
    ...(row !== undefined && { row }),
    ...(col !== undefined && { column: col }),
  });
}

/** The problems of a call into the core, or none. */
function issuesOf(fn: () => unknown): RatingIssue[] {
  try {
    fn();
    return [];
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    return [...e.issues];
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
  const framework = option.framework;
  if (found.length > 0) throw new RatingRuleError(found);
  const limits = limitsOf(options.limits);
  const { first: firstFile, second: secondFile, decisions: decisionsFile } = read;
  if (!firstFile || !secondFile) throw new RatingRuleError(found);
  const names = [firstFile.name, secondFile.name, ...(decisionsFile ? [decisionsFile.name] : [])];
  found.push(...oversizeIssues([firstFile, secondFile, decisionsFile], limits));
  if (found.length > 0) throw new RatingRuleError(found);

  // 1. Every file's cells.
  const inflater = options.inflater;
  const [firstRows, secondRows, decisionRowsRead] = await Promise.all([
    readRows(firstFile, ['cases'], limits, inflater),
    readRows(secondFile, ['cases'], limits, inflater),
    decisionsFile ? readRows(decisionsFile, ['decisions', 'cases'], limits, inflater) : undefined,
  ]);
  const issues: RatingIssue[] = [
    ...firstRows.issues,
    ...secondRows.issues,
    ...(decisionRowsRead?.issues ?? []),
  ];
  const decisionHeader = headerAt(decisionRowsRead?.rows);
  const disagreementsLayout = decisionHeader.has('question') && decisionHeader.has('decision');

  // 2. The framework: given, or the one every sheet's question ids fit.
  const ids = [
    ...[firstRows, secondRows, ...(disagreementsLayout ? [] : [decisionRowsRead])].flatMap((r) =>
      (r?.rows?.[0] ?? []).map((h) => h.trim()).filter((h) => QUESTION_ID.test(h)),
    ),
    ...(disagreementsLayout && decisionRowsRead?.rows
      ? decisionRowsRead.rows
          .slice(1)
          .map((r) => (r[decisionHeader.get('question') as number] ?? '').trim())
          .filter((q) => QUESTION_ID.test(q))
      : []),
  ];
  const chosen = chooseFramework(framework, [], ids, undefined, firstFile.name);
  issues.push(...chosen.issues);
  const fw = chosen.framework;

  // 3. The sheets, against that framework.
  const aliases = options.disposalAliases ? { disposalAliases: options.disposalAliases } : {};
  const sheetOf = (rows: Rows) => {
    const read = readCaseRows(rows.rows ?? [], { framework: fw, file: rows.file, ...aliases });
    if (rows.rows) issues.push(...read.issues);
    return read.sheet;
  };
  const first = sheetOf(firstRows);
  const second = sheetOf(secondRows);
  let decisionSheet: CaseSheet | undefined;
  let decisionRows: DecisionRows | undefined;
  if (decisionRowsRead?.rows) {
    if (disagreementsLayout) {
      decisionRows = readDecisionRows(
        decisionRowsRead.rows,
        decisionRowsRead.file,
        fw,
        first,
        firstFile.name,
      );
      issues.push(...decisionRows.issues);
    } else decisionSheet = sheetOf(decisionRowsRead as Rows);
  }
  const decisions = decisionRows?.cases ?? decisionSheet?.cases;
  if (decisionsFile && !decisions && issues.length === 0)
    issues.push(located('invalid-file', 'the decisions could not be read', decisionsFile.name));

  // 4. Between the sheets, and the moderated audit: what the core finds, located in the sheets.
  if (!firstRows.rows || !secondRows.rows || (decisionsFile && !decisions))
    throw new RatingRuleError(sortIssues(issues, names));
  const unanswered = options.unanswered ?? 'error';
  const listNames = {
    first: firstFile.name,
    second: secondFile.name,
    ...(decisionsFile && { decisions: decisionsFile.name }),
  };
  let agreement: AuditAgreement | undefined;
  let moderated: ModeratedCases | undefined;
  const core = [
    ...issuesOf(
      () =>
        (agreement = compareAudits(fw, first.cases, second.cases, {
          unanswered: 'leave-out',
          names: listNames,
        })),
    ),
    ...issuesOf(
      () =>
        (moderated = moderateCases(fw, first.cases, second.cases, {
          unanswered,
          names: listNames,
          ...(decisions && { decisions }),
        })),
    ),
  ];
  // A case whose row could not be read is not missing from its sheet: its own problem says why.
  const typed = { first: typedIds(firstRows.rows), second: typedIds(secondRows.rows) };
  const seen = new Set<string>();
  for (const i of core) {
    const key = `${i.code}\u0000${i.path.join('\u0000')}\u0000${i.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (i.code === 'unknown-case' && issues.length > 0) {
      const [root, index] = i.path;
      const list = root === 'first' ? first : root === 'second' ? second : undefined;
      const other = root === 'first' ? typed.second : typed.first;
      const id = list && typeof index === 'number' ? list.cases[index]?.id : undefined;
      if (id !== undefined && other.has(id)) continue;
    }
    issues.push(
      locate(
        i,
        { first, second, ...(decisionSheet && { decisions: decisionSheet }) },
        decisionRows,
        firstFile.name,
      ),
    );
  }
  if (issues.length > 0 || !agreement || !moderated)
    throw new RatingRuleError(sortIssues(onePerCell(issues), names));
  return {
    framework: fw,
    frameworkChoice: chosen.choice,
    files: {
      first: firstFile.name,
      second: secondFile.name,
      ...(decisionsFile && { decisions: decisionsFile.name }),
    },
    first,
    second,
    ...(decisions && { decisions }),
    agreement,
    moderated,
  };
}

/** What the formatters read of a moderation: a plain copy, each value read once and checked. */
interface AuditView {
  readonly files: { readonly first: string; readonly second: string; readonly decisions?: string };
  readonly agreement: AuditAgreement;
  readonly settledBy: 'moderator' | 'decisions';
  readonly changes: readonly ModerationChange[];
  /** The decided answers, by case id. */
  readonly decided: ReadonlyMap<string, ReadonlyMap<string, Answer>>;
}

const ANSWER_SET: ReadonlySet<unknown> = new Set(['yes', 'no', 'not applicable']);
const isAnswer = (v: unknown): v is Answer => ANSWER_SET.has(v);
const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
const isShare = (v: unknown): v is number | null =>
  v === null || (typeof v === 'number' && Number.isFinite(v));

/** A list read by index into a plain copy, each item checked and copied; undefined if any fails. */
function listOf<T>(value: unknown, item: (v: unknown) => T | undefined): T[] | undefined {
  const list = plainList(value);
  if (!list) return undefined;
  const out: T[] = [];
  for (const v of list) {
    const copy = item(v);
    if (copy === undefined) return undefined;
    out.push(copy);
  }
  return out;
}

/** An agreement measure, checked and copied; undefined if it is not one. */
function measureOf(value: unknown): AgreementMeasure | undefined {
  if (!isRecord(value)) return undefined;
  const v = plainCopy(value);
  const fraction = v['fraction'];
  const fractionCopy =
    fraction === null
      ? null
      : isRecord(fraction) &&
          Number.isSafeInteger(fraction['numerator']) &&
          Number.isSafeInteger(fraction['denominator']) &&
          (fraction['denominator'] as number) > 0
        ? {
            numerator: fraction['numerator'] as number,
            denominator: fraction['denominator'] as number,
          }
        : undefined;
  const table = listOf(v['table'], (row) => listOf(row, (c) => (isCount(c) ? c : undefined)));
  const percent = v['percent'];
  const reason = v['undefinedBecause'];
  if (
    fractionCopy === undefined ||
    !table ||
    ![v['total'], v['agreed'], v['eligible'], v['notCompared']].every(isCount) ||
    ![v['observed'], v['expected'], v['kappa']].every(isShare) ||
    !(percent === null || (Number.isSafeInteger(percent) && (percent as number) >= 0)) ||
    !(reason === undefined || typeof reason === 'string')
  )
    return undefined;
  return {
    total: v['total'] as number,
    agreed: v['agreed'] as number,
    observed: v['observed'] as number | null,
    expected: v['expected'] as number | null,
    kappa: v['kappa'] as number | null,
    fraction: fractionCopy,
    ...(reason !== undefined && { undefinedBecause: reason as string }),
    eligible: v['eligible'] as number,
    notCompared: v['notCompared'] as number,
    percent: percent as number | null,
    table,
  };
}

/** Own enumerable properties copied into a plain object, each read once ("__proto__" stays a key). */
const plainCopy = (value: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.keys(value).map((key) => [key, value[key]]));

/** A moderation as the formatters read it, checked and copied; undefined if it is not one. */
function auditView(value: unknown): AuditView | undefined {
  if (!isRecord(value)) return undefined;
  const audit = plainCopy(value);
  const files = isRecord(audit['files']) ? plainCopy(audit['files']) : undefined;
  const agreement = isRecord(audit['agreement']) ? plainCopy(audit['agreement']) : undefined;
  const moderated = isRecord(audit['moderated']) ? plainCopy(audit['moderated']) : undefined;
  if (!files || !agreement || !moderated) return undefined;
  const [first, second, decisionsFile] = [files['first'], files['second'], files['decisions']];
  if (typeof first !== 'string' || typeof second !== 'string') return undefined;
  if (decisionsFile !== undefined && typeof decisionsFile !== 'string') return undefined;
  const settledBy = moderated['settledBy'];
  if (settledBy !== 'moderator' && settledBy !== 'decisions') return undefined;
  const overall = measureOf(agreement['overall']);
  const keyQuestionsGiven = agreement['keyQuestions'];
  if (!overall || !isRecord(keyQuestionsGiven)) return undefined;
  const keyQuestions: [string, AuditAgreement['keyQuestions'][string]][] = [];
  for (const [id, given] of Object.entries(plainCopy(keyQuestionsGiven))) {
    const measure = measureOf(given);
    const names = isRecord(given) ? plainCopy(given) : {};
    if (
      !measure ||
      typeof names['keyQuestion'] !== 'string' ||
      typeof names['standard'] !== 'string'
    )
      return undefined;
    keyQuestions.push([
      id,
      { keyQuestion: names['keyQuestion'], standard: names['standard'], ...measure },
    ]);
  }
  const disagreements = listOf(agreement['disagreements'], (d): Disagreement | undefined => {
    if (!isRecord(d)) return undefined;
    const c = plainCopy(d);
    return typeof c['case'] === 'string' &&
      typeof c['question'] === 'string' &&
      typeof c['keyQuestion'] === 'string' &&
      typeof c['prompt'] === 'boolean' &&
      isAnswer(c['first']) &&
      isAnswer(c['second'])
      ? {
          case: c['case'],
          question: c['question'],
          keyQuestion: c['keyQuestion'],
          prompt: c['prompt'],
          first: c['first'],
          second: c['second'],
        }
      : undefined;
  });
  const changes = listOf(moderated['changes'], (d): ModerationChange | undefined => {
    if (!isRecord(d)) return undefined;
    const c = plainCopy(d);
    return typeof c['case'] === 'string' &&
      typeof c['question'] === 'string' &&
      (c['from'] === undefined || isAnswer(c['from'])) &&
      isAnswer(c['to']) &&
      (c['by'] === 'second' || c['by'] === 'decision')
      ? {
          case: c['case'],
          question: c['question'],
          ...(c['from'] !== undefined && { from: c['from'] as Answer }),
          to: c['to'],
          by: c['by'],
        }
      : undefined;
  });
  const decided = new Map<string, Map<string, Answer>>();
  const decisions =
    audit['decisions'] === undefined
      ? []
      : listOf(audit['decisions'], (d) => {
          if (!isRecord(d)) return undefined;
          const c = plainCopy(d);
          if (typeof c['id'] !== 'string' || !isRecord(c['answers'])) return undefined;
          const answers = new Map<string, Answer>();
          for (const [q, a] of Object.entries(plainCopy(c['answers']))) {
            if (!isAnswer(a)) return undefined;
            answers.set(q, a);
          }
          if (!decided.has(c['id'])) decided.set(c['id'], answers);
          return c;
        });
  const framework = agreement['framework'];
  const cases = agreement['cases'];
  if (!disagreements || !changes || !decisions || typeof framework !== 'string' || !isCount(cases))
    return undefined;
  return {
    files: { first, second, ...(decisionsFile !== undefined && { decisions: decisionsFile }) },
    agreement: {
      framework,
      cases,
      keyQuestions: Object.fromEntries(keyQuestions),
      overall,
      disagreements,
    },
    settledBy,
    changes,
    decided,
  };
}

/** The disagreements sheet's rows, from a checked view. */
function rowsOf(view: AuditView): string[][] {
  return [
    ['case', 'question', 'first', 'second', 'decision'],
    ...view.agreement.disagreements.map((d) => [
      d.case,
      d.question,
      SHORT[d.first],
      SHORT[d.second],
      short(view.decided.get(d.case)?.get(d.question)),
    ]),
  ];
}

/**
 * The disagreements as rows of a sheet: a header (`case`, `question`, `first`, `second`,
 * `decision`), then one row per answer the two sheets differ on. The decision column holds the
 * decision where one was given, and is blank otherwise: fill it in and give the sheet back as the
 * decisions.
 *
 * @throws {RatingRuleError} `invalid-argument` for anything but a result of `moderateAudits`
 * @example
 * const first = { name: 'first.csv', data: toCsv(casesToRows(youth2021, cumberlandCases)) };
 * const second = { name: 'second.csv', data: first.data.replace('court-4,court,community-sentence,yes,yes,no', 'court-4,court,community-sentence,yes,yes,yes') };
 * disagreementRows(await moderateAudits({ first, second })) // => [['case', 'question', 'first', 'second', 'decision'], ['court-4', '2.1.3', 'no', 'yes', '']]
 * @category Sheets
 */
export function disagreementRows(audit: ModeratedAudit): string[][] {
  const view = auditView(audit);
  if (!view)
    throw new RatingRuleError([argumentIssue('audit', 'a result of moderateAudits', audit)]);
  return rowsOf(view);
}

/** A kappa as printed: two decimals, rounded once from its exact fraction (see `roundKappa`). */
function kappaWords(measure: AgreementMeasure): string {
  const rounded = roundKappa(measure);
  return rounded === null ? 'undefined' : rounded.toFixed(2);
}

function agreementWords(measure: AgreementMeasure): string {
  return measure.percent === null
    ? 'nothing to compare'
    : `${measure.percent}% (${measure.agreed} of ${measure.total} alike)`;
}

/** Who the second sheet is, in words. */
const secondRole = (view: AuditView) =>
  view.settledBy === 'moderator' ? 'moderator' : 'second auditor';

function settledLine(view: AuditView): string {
  const changed = view.changes.length;
  const answers = `${changed} answer${changed === 1 ? '' : 's'} of the first auditor's changed`;
  return view.settledBy === 'moderator'
    ? `Moderated: the moderator's answer stands wherever given; ${answers}.`
    : `Moderated: each disagreement settled by a decision; ${answers}.`;
}

const UNDEFINED_NOTE =
  "Kappa is Cohen's, over yes / no / not applicable. It is undefined where nothing was compared, or where both auditors gave every case the same one answer (agreement by chance is then certain); on a few cases it is unstable.";

/** Columns of text padded to line up, for a terminal. */
function aligned(rows: readonly (readonly string[])[]): string[] {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd(),
  );
}

const percentText = (m: AgreementMeasure) => (m.percent === null ? '' : `${m.percent}%`);

function table(view: AuditView): string {
  const { agreement, files } = view;
  const p = plainText;
  const out = [
    p(
      `Moderation of ${agreement.cases} cases (${agreement.framework}): first auditor ${files.first}, ${secondRole(view)} ${files.second}${files.decisions !== undefined ? `, decisions ${files.decisions}` : ''}`,
    ),
    `Agreement on key questions: ${agreementWords(agreement.overall)}, kappa ${kappaWords(agreement.overall)}`,
    '',
    ...aligned([
      ['Key question', 'Compared', 'Alike', 'Agreement', 'Kappa', ''],
      ...Object.values(agreement.keyQuestions).map((kq) => [
        p(kq.keyQuestion),
        String(kq.total),
        String(kq.agreed),
        percentText(kq),
        kappaWords(kq),
        kq.notCompared > 0 ? `${kq.notCompared} blank` : '',
      ]),
    ]),
    '',
    UNDEFINED_NOTE,
    '',
  ];
  const d = agreement.disagreements.length;
  out.push(`${d} disagreement${d === 1 ? '' : 's'}`);
  if (d > 0) out.push(...aligned(rowsOf(view).map((r) => r.map((c) => p(c)))).map((l) => `  ${l}`));
  out.push('', settledLine(view));
  return `${out.join('\n')}\n`;
}

function markdown(view: AuditView): string {
  const md = markdownText;
  const { agreement, files } = view;
  const out = [
    `# Moderation of ${agreement.cases} cases (${md(agreement.framework)})`,
    '',
    `First auditor ${md(files.first)}; ${secondRole(view)} ${md(files.second)}${files.decisions !== undefined ? `; decisions ${md(files.decisions)}` : ''}.`,
    '',
    `**Agreement on key questions: ${agreementWords(agreement.overall)}, kappa ${kappaWords(agreement.overall)}**`,
    '',
    '| Key question | Compared | Alike | Agreement | Kappa | Blank |',
    '|---|---|---|---|---|---|',
    ...Object.values(agreement.keyQuestions).map(
      (kq) =>
        `| ${md(kq.keyQuestion)} | ${kq.total} | ${kq.agreed} | ${percentText(kq)} | ${kappaWords(kq)} | ${kq.notCompared > 0 ? kq.notCompared : ''} |`,
    ),
    '',
    md(UNDEFINED_NOTE),
    '',
    `## Disagreements (${agreement.disagreements.length})`,
    '',
  ];
  const rows = rowsOf(view);
  if (rows.length > 1)
    out.push(
      '| Case | Question | First | Second | Decision |',
      '|---|---|---|---|---|',
      ...rows.slice(1).map((r) => `| ${r.map((c) => md(c)).join(' | ')} |`),
      '',
    );
  else out.push('None.', '');
  out.push(md(settledLine(view)));
  return `${out.join('\n')}\n`;
}

/**
 * A moderation as text for people or other tools: `table` (agreement and kappa per key question
 * and overall, then the disagreements), `markdown` (the same), `csv` (the disagreements, as
 * `disagreementRows`) or `json` (the agreement and the changes the moderation made). Text from the
 * files is made safe for each: control characters removed from the table, markup escaped in
 * markdown, formulae neutralised in CSV. What is printed is first checked and copied, so a value
 * that is not a moderation is refused, never half printed.
 *
 * @throws {RatingRuleError} for anything but a result of `moderateAudits`, or an unknown format
 * @example
 * const first = { name: 'first.csv', data: toCsv(casesToRows(youth2021, cumberlandCases)) };
 * const audit = await moderateAudits({ first, second: { ...first, name: 'second.csv' } });
 * formatModeration(audit, 'table').split('\n')[1] // => 'Agreement on key questions: 100% (204 of 204 alike), kappa 1.00'
 * formatModeration(audit, 'csv') // => 'case,question,first,second,decision\n'
 * @category Sheets
 */
export function formatModeration(audit: ModeratedAudit, format: ReportFormat): string {
  const found: RatingIssue[] = [];
  const problem = oneOf('table', 'markdown', 'csv', 'json')(format);
  if (problem)
    found.push({ code: 'invalid-option', path: ['format'], message: `format ${problem}` });
  const view = auditView(audit);
  if (!view) found.push(argumentIssue('audit', 'a result of moderateAudits', audit));
  if (found.length > 0 || !view) throw new RatingRuleError(found);
  if (format === 'csv') return toCsv(rowsOf(view));
  if (format === 'markdown') return markdown(view);
  if (format === 'json')
    return `${JSON.stringify(
      {
        framework: view.agreement.framework,
        files: view.files,
        settledBy: view.settledBy,
        agreement: view.agreement,
        changes: view.changes,
      },
      null,
      2,
    )}\n`;
  return table(view);
}
