import { RatingRuleError, type Framework, type RatingIssue } from 'hmip-ratings';
import { type CaseRecord } from 'hmip-ratings/cases';
import {
  argumentIssue,
  frameworkArgument,
  isRecord,
  optionsSnapshot,
  quoteText,
} from 'hmip-ratings/toolkit';
import { readAnswer } from './answer-spelling.js';
import {
  checkColumns,
  columnEntries,
  columnsOption,
  readHeadings,
  type CheckedColumns,
  type ColumnsOption,
} from './question-headings.js';
import { isBlankRow } from '../sheet/columns.js';
import { located } from './located.js';
import { rowsCopy, rowsIssues } from '../sheet/rows.js';
import {
  QUESTION_ID,
  disposalReader,
  missingColumnIssues,
  readHeaderRow,
  type DisposalReader,
  type SheetHeader,
} from './sheet-header.js';

export { QUESTION_ID };

/** Case records read from a sheet, with where each came from, so later errors can point at cells. @category Sheets */
export interface CaseSheet {
  readonly file: string;
  readonly framework: Framework;
  readonly cases: readonly CaseRecord[];
  /** The spreadsheet row of each case, by position in `cases`. */
  readonly rows: readonly number[];
  /** The column label of each field, question id and attribute, for example `{ '2.1.3': 'D (2.1.3)' }`. */
  readonly columns: Readonly<Record<string, string>>;
  /** The sheet's other columns (gender, ethnicity, team), carried on each case as `attributes`. */
  readonly attributes: readonly string[];
}

/** Options of the case-sheet readers. @category Sheets */
export interface CaseSheetOptions {
  readonly framework: Framework;
  /** The file name shown in every problem. */
  readonly file: string;
  /**
   * Disposal names the sources do not settle, mapped by the user to one of the framework's
   * disposals (its id or name): `{ 'Outcome 22': 'community resolution' }`. Never guessed.
   */
  readonly disposalAliases?: Readonly<Record<string, string>>;
  /**
   * The team's column map: its own headings, each to the key question (id) its column answers,
   * for headings that carry neither the id at their start nor the question's full wording (see
   * `readColumnMap`).
   */
  readonly columns?: ColumnsOption;
}

const FIELDS = new Map<string, 'case' | 'kind' | 'disposal'>([
  ['case', 'case'],
  ['kind', 'kind'],
  ['disposal', 'disposal'],
]);
/** Words a header may have when it is meant as a field: a missing column points at it. */
const NEAR = { case: /^(id|case ?(id|ref|reference|number|no))$/i, disposal: /disposal/i };

const EMPTY_ROW: readonly string[] = Object.freeze([]);

/** A case sheet's header row: the fields, the framework's question and prompt ids, the attributes. */
function readCaseHeader(
  rows: readonly (readonly string[])[],
  framework: Framework,
  file: string,
  columns: CheckedColumns | undefined,
): SheetHeader<'case' | 'kind' | 'disposal'> {
  const readings = readHeadings(rows[0] ?? [], framework, columns);
  const questionOf = (index: number) => {
    const read = readings[index];
    return typeof read === 'object' && 'question' in read ? read.question : undefined;
  };
  const header = readHeaderRow(rows, file, {
    fields: FIELDS,
    // A heading is told apart from the others by the question it names: "2.1.1" and "2.1.1 Does
    // assessment ..." are one question twice.
    keyOf: (raw, index) =>
      FIELDS.has(raw.toLowerCase()) ? raw.toLowerCase() : (questionOf(index) ?? raw.toLowerCase()),
    unlabelled: 'this column has answers but no header',
    twice: (raw, _field, index) => {
      const id = questionOf(index);
      return id === undefined || id === raw
        ? `${quoteText(raw)} is a header twice`
        : `${quoteText(raw)} is key question ${id} again`;
    },
    other: (_raw, index) => readings[index] ?? 'attribute',
  });
  // A near name ("id", "case id", "Disposal type") is kept as an attribute: point at it.
  header.issues.push(
    ...missingColumnIssues(['case', 'disposal'], header.at, header.attributeAt, file, NEAR),
  );
  return header;
}

/** A cell's text, trimmed only when it has space at either end: most cells have none. */
function cellText(cells: readonly string[], index: number | undefined): string {
  const c = index === undefined ? '' : (cells[index] ?? '');
  return c !== '' && (c.charCodeAt(0) <= 32 || c.charCodeAt(c.length - 1) <= 32) ? c.trim() : c;
}

/** A problem in a row, in the column of a field or question. */
type CellProblem = (code: RatingIssue['code'], message: string, field: string) => void;

/**
 * A row's answers, each read once (see `readAnswer`). A plain object written in column order, so
 * rows that answer the same questions share one shape (compact in memory for a 100,000-case
 * sheet). Its keys are only the framework's own question ids (the header was matched against
 * them), never a name from the sheet. (Copying a prototype-free table instead cost about 50 µs a
 * row, 5 s on 100,000 cases.)
 */
function readAnswers(
  cells: readonly string[],
  questionAt: readonly (readonly [number, string])[],
  problem: CellProblem,
): CaseRecord['answers'] {
  const answers: Record<string, CaseRecord['answers'][string]> = {};
  for (const [index, qid] of questionAt) {
    const read = readAnswer(cellText(cells, index));
    if ('answer' in read) answers[qid] = read.answer;
    else if ('ambiguous' in read)
      problem('ambiguous-answer', `${read.ambiguous}: write yes, no or n/a`, qid);
    else if ('invalid' in read) problem('invalid-answer', read.invalid, qid);
  }
  return answers;
}

/**
 * A row's attributes, none when the sheet has no attribute columns. Their names come from the
 * sheet: gathered in a table with no prototype, then copied (a copy defines "__proto__" as a plain
 * field, never as the prototype).
 */
function readAttributes(
  cells: readonly string[],
  attributeAt: readonly (readonly [number, string])[],
): Record<string, string> | undefined {
  if (attributeAt.length === 0) return undefined;
  const attributes: Record<string, string> = Object.create(null);
  for (const [index, name] of attributeAt) attributes[name] = cellText(cells, index);
  return { ...attributes };
}

/** One row of a case sheet as a case record, or nothing when it lacks an id, a disposal or a kind. */
function readCase(
  cells: readonly string[],
  header: SheetHeader<'case' | 'kind' | 'disposal'>,
  disposals: DisposalReader,
  problem: CellProblem,
): CaseRecord | undefined {
  const { at, questionAt, attributeAt } = header;
  const id = cellText(cells, at.get('case'));
  if (!id && at.has('case')) problem('invalid-input', 'the case has no id', 'case');
  const { disposal, kind } = disposals.read(
    at.has('disposal') ? cellText(cells, at.get('disposal')) : undefined,
    cellText(cells, at.get('kind')),
    problem,
  );
  const answers = readAnswers(cells, questionAt, problem);
  const attributes = readAttributes(cells, attributeAt);
  if (!id || !disposal || !kind) return undefined;
  return {
    id,
    kind,
    disposal: disposal.id,
    answers: { ...answers },
    ...(attributes && { attributes }),
  };
}

/**
 * Reads a case-audit sheet given as rows of cell text, collecting every problem: a header row of
 * `case`, `kind` (optional: it follows from the disposal), `disposal`, key-question or prompt ids,
 * and any other columns (kept as attributes), then one row per case.
 */
export function readCaseRows(
  rows: readonly (readonly string[])[],
  options: CaseSheetOptions,
  /**
   * Rows the caller owns and no longer needs (a sheet just read from a file): each row is let go
   * once read, so a 100,000-case sheet is never held twice, as text and as records.
   */
  consume?: { readonly rows: (readonly string[])[] },
): { readonly sheet: CaseSheet; readonly issues: RatingIssue[] } {
  const { framework, file } = options;
  const given = options.columns === undefined ? undefined : columnEntries(options.columns);
  const columns = given && checkColumns(given.entries, framework, given.origin);
  const header = readCaseHeader(rows, framework, file, columns);
  const disposals = disposalReader(framework, options.disposalAliases);
  const issues = [...(columns?.issues ?? []), ...header.issues, ...disposals.issues];
  const cases: CaseRecord[] = [];
  const caseRows: number[] = [];
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i] as readonly string[];
    if (consume) consume.rows[i] = EMPTY_ROW;
    const row = i + 1;
    if (isBlankRow(cells)) continue; // a workbook's empty row is [], a CSV's ['', ...]: both blank
    const record = readCase(cells, header, disposals, (code, message, field) =>
      issues.push(located(code, message, file, row, header.columns.get(field))),
    );
    if (record) {
      cases.push(record);
      caseRows.push(row);
    }
  }
  return {
    sheet: {
      file,
      framework,
      cases,
      rows: caseRows,
      columns: Object.fromEntries(header.columns),
      attributes: header.attributeAt.map(([, name]) => name),
    },
    issues,
  };
}

/**
 * Reads a case-audit sheet given as rows of cell text: a header row of `case`, `kind` (optional:
 * it follows from the disposal), `disposal`, key-question or prompt ids, and any other columns
 * (attributes such as gender or team, carried on each case), then one row per case. Answers are
 * read once, here (see `readAnswer`); a blank cell is unanswered.
 *
 * @param rows - the sheet's cells as text, header first
 * @param options - the framework the audit follows and the file name to show in errors
 * @throws {RatingRuleError} every problem, each located at file, row and column
 * @example
 * const sheet = casesFromRows([['case', 'disposal', '2.1.1', 'gender'], ['A1', 'Community sentence', 'Y', 'girl']], { framework: youth2021, file: 'audit.csv' });
 * sheet.cases[0] // => { id: 'A1', kind: 'court', disposal: 'community-sentence', answers: { '2.1.1': 'yes' }, attributes: { gender: 'girl' } }
 * sheet.columns['2.1.1'] // => 'C (2.1.1)'
 * @category Sheets
 */
export function casesFromRows(
  rows: readonly (readonly string[])[],
  options: CaseSheetOptions,
): CaseSheet {
  options = optionsSnapshot(options); // read once: what is checked is what is used
  const checked = checkSheetArguments(rows, options);
  const { sheet, issues } = readCaseRows(rowsCopy(rows), { ...options, framework: checked });
  if (issues.length > 0) throw new RatingRuleError(issues);
  return sheet;
}

/** Checks the arguments every sheet reader takes: rows of text, a framework and a file name. */
export function checkSheetArguments(rows: unknown, options: unknown): Framework {
  const found: RatingIssue[] = [...rowsIssues(rows)];
  if (!isRecord(options)) {
    found.push(argumentIssue('options', '{ framework, file }', options));
    throw new RatingRuleError(found);
  }
  const checked = frameworkArgument(options['framework']);
  found.push(...checked.issues);
  const file = options['file'];
  if (typeof file !== 'string' || file.length === 0 || file.length > 500)
    found.push(argumentIssue('file', 'the file name to show in errors', file));
  const aliases = options['disposalAliases'];
  if (
    aliases !== undefined &&
    (!isRecord(aliases) || Object.values(aliases).some((v) => typeof v !== 'string'))
  )
    found.push(
      argumentIssue('disposalAliases', 'an object of disposal names by the name typed', aliases),
    );
  const columns = options['columns'];
  const columnsProblem = columns === undefined ? undefined : columnsOption(columns);
  if (columnsProblem)
    found.push(argumentIssue('columns', 'a Map or an object of key questions by heading', columns));
  if (found.length > 0 || !checked.framework) throw new RatingRuleError(found);
  return checked.framework;
}
