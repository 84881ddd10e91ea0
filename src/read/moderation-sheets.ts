// The sheets of a moderation read from their files: two case sheets of the same cases and,
// optionally, the decisions (a disagreements sheet or a case sheet); and what the core finds
// between them, located at file, row and column.
import type { CaseRecord } from 'hmip-ratings/cases';
import type { Framework, IssueLocation, RatingIssue } from 'hmip-ratings';
import { QUESTION_ID, readCaseRows, type CaseSheet } from './case-sheet.js';
import { headerIds } from './question-headings.js';
import { decisionKey, readDecisionRows, type DecisionRows } from './decision-sheet.js';
import type { AuditFile } from './files.js';
import type { ReadLimits } from './limits.js';
import { headerAt, readSheetRows, typedIds, type SheetRows } from './sheet-rows.js';
import type { Inflater } from './workbook-reader.js';

/** The files of a moderation, each checked to be a file. */
export interface ModerationFileSet {
  readonly first: AuditFile;
  readonly second: AuditFile;
  readonly decisions?: AuditFile;
}

/** Every file's cells, and the question ids they name (from which the framework is chosen). */
export interface ModerationCells {
  readonly first: SheetRows;
  readonly second: SheetRows;
  readonly decisions?: SheetRows;
  /** Whether the decisions are the disagreements sheet (question and decision columns). */
  readonly disagreementsLayout: boolean;
  /** The question ids of the case sheets' headers and of the disagreements sheet's rows. */
  readonly questionIds: string[];
  readonly issues: RatingIssue[];
}

/** Reads every file's cells: the case sheets' Cases sheet, the decisions' Decisions or Cases sheet. */
export async function readModerationCells(
  files: ModerationFileSet,
  limits: ReadLimits,
  inflater: Inflater | undefined,
): Promise<ModerationCells> {
  const [first, second, decisions] = await Promise.all([
    readSheetRows(files.first, ['cases'], limits, inflater),
    readSheetRows(files.second, ['cases'], limits, inflater),
    files.decisions
      ? readSheetRows(files.decisions, ['decisions', 'cases'], limits, inflater)
      : undefined,
  ]);
  const decisionHeader = headerAt(decisions?.rows);
  const disagreementsLayout = decisionHeader.has('question') && decisionHeader.has('decision');
  const questionIds = [
    ...[first, second, ...(disagreementsLayout ? [] : [decisions])].flatMap((r) =>
      headerIds(r?.rows?.[0] ?? []).filter((h) => QUESTION_ID.test(h)),
    ),
    ...(disagreementsLayout && decisions?.rows
      ? decisions.rows
          .slice(1)
          .map((r) => (r[decisionHeader.get('question') as number] ?? '').trim())
          .filter((q) => QUESTION_ID.test(q))
      : []),
  ];
  return {
    first,
    second,
    ...(decisions && { decisions }),
    disagreementsLayout,
    questionIds,
    issues: [...first.issues, ...second.issues, ...(decisions?.issues ?? [])],
  };
}

/** The case sheets read against a framework, and the decisions in whichever layout they came. */
export interface ModerationSheets {
  readonly first: CaseSheet;
  readonly second: CaseSheet;
  /** The decisions as a case sheet holding only the decided answers. */
  readonly decisionSheet?: CaseSheet;
  /** The decisions as the disagreements sheet with its decision column filled in. */
  readonly decisionRows?: DecisionRows;
  /** The decisions as case records, from either layout. */
  readonly decisions?: readonly CaseRecord[];
  readonly issues: RatingIssue[];
}

/** Reads the cells as case sheets (and decisions) of the framework; a file without cells adds no problem. */
export function readModerationSheets(
  cells: ModerationCells,
  framework: Framework,
  disposalAliases: Readonly<Record<string, string>> | undefined,
  firstName: string,
  columns?: ReadonlyMap<string, string>,
): ModerationSheets {
  const issues: RatingIssue[] = [];
  const aliases = { ...(disposalAliases && { disposalAliases }), ...(columns && { columns }) };
  const sheetOf = (rows: SheetRows) => {
    const read = readCaseRows(rows.rows ?? [], { framework, file: rows.file, ...aliases });
    if (rows.rows) issues.push(...read.issues);
    return read.sheet;
  };
  const first = sheetOf(cells.first);
  const second = sheetOf(cells.second);
  const decisionCells = cells.decisions;
  let decisionSheet: CaseSheet | undefined;
  let decisionRows: DecisionRows | undefined;
  if (decisionCells?.rows) {
    if (cells.disagreementsLayout) {
      decisionRows = readDecisionRows(
        decisionCells.rows,
        decisionCells.file,
        framework,
        first,
        firstName,
      );
      issues.push(...decisionRows.issues);
    } else decisionSheet = sheetOf(decisionCells);
  }
  const decisions = decisionRows?.cases ?? decisionSheet?.cases;
  return {
    first,
    second,
    ...(decisionSheet && { decisionSheet }),
    ...(decisionRows && { decisionRows }),
    ...(decisions && { decisions }),
    issues,
  };
}

/** An issue from the core, located in the sheet its path points into. */
function locateIssue(issue: RatingIssue, sheets: ModerationSheets, fallback: string): RatingIssue {
  if (issue.location) return issue;
  const [root, index, field, question] = issue.path;
  const { decisionRows } = sheets;
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
          ? sheets.decisionSheet
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

/**
 * What the core finds between the sheets, each problem once and located in the sheets. Once there
 * are problems (`earlier`, or one of these), a case whose row could not be read is not called
 * missing from its sheet: its own problem says why.
 */
export function locatedCoreIssues(
  core: readonly RatingIssue[],
  cells: ModerationCells,
  sheets: ModerationSheets,
  earlier: boolean,
  fallback: string,
): RatingIssue[] {
  const typed = { first: typedIds(cells.first.rows), second: typedIds(cells.second.rows) };
  const seen = new Set<string>();
  const out: RatingIssue[] = [];
  for (const i of core) {
    const key = `${i.code}\u0000${i.path.join('\u0000')}\u0000${i.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (i.code === 'unknown-case' && (earlier || out.length > 0)) {
      const [root, index] = i.path;
      const list = root === 'first' ? sheets.first : root === 'second' ? sheets.second : undefined;
      const other = root === 'first' ? typed.second : typed.first;
      const id = list && typeof index === 'number' ? list.cases[index]?.id : undefined;
      if (id !== undefined && other.has(id)) continue;
    }
    out.push(locateIssue(i, sheets, fallback));
  }
  return out;
}
