// Reading a team's improvement actions, from CSV or a workbook: one row per action, with the key
// question or standard it targets checked against the framework, the due date read as every date
// of the project is (day first unless told), the status from a short list of words, and every
// problem located at file, row and column in one pass.
import { RatingRuleError, youth2021, type Framework, type RatingIssue } from 'hmip-ratings';
import { MAX_ACTIONS, type ActionStatus, type ImprovementAction } from 'hmip-ratings/actions';
import { argumentIssue, isFunction, isRecord, optionIssues, quoteText } from 'hmip-ratings/toolkit';
import { isBlankRow } from '../sheet/columns.js';
import type { DateOrder } from '../sheet/dates.js';
import { labelKey, labelTable } from '../sheet/labels.js';
import { missingColumns } from './caseload-columns.js';
import { limitsOf } from './csv.js';
import { readDateColumn } from './date-column.js';
import {
  dateOrderOption,
  fileOf,
  frameworkOption,
  isZip,
  limitsOption,
  oversizeIssues,
  type AuditFile,
} from './files.js';
import type { ReadLimits } from './limits.js';
import { located, sortIssues } from './located.js';
import { leadingId } from './question-headings.js';
import { readHeaderRow } from './sheet-header.js';
import { readSheetRows } from './sheet-rows.js';
import type { Inflater } from './workbook-reader.js';

type Field = 'action' | 'target' | 'owner' | 'due' | 'status';

/** The headings of an actions sheet, in the words teams use (case and spacing forgiven). */
export const ACTION_FIELDS = labelTable<Field>([
  ['action', 'action'],
  ['actions', 'action'],
  ['improvement action', 'action'],
  ['what we will do', 'action'],
  ['target', 'target'],
  ['key question', 'target'],
  ['standard', 'target'],
  ['key question or standard', 'target'],
  ['owner', 'owner'],
  ['action owner', 'owner'],
  ['lead', 'owner'],
  ['responsible', 'owner'],
  ['who', 'owner'],
  ['due', 'due'],
  ['due date', 'due'],
  ['due by', 'due'],
  ['by when', 'due'],
  ['deadline', 'due'],
  ['target date', 'due'],
  ['status', 'status'],
  ['progress', 'status'],
]);

/**
 * The words a status may be written as, by the status they stand for. A blank status is none; any
 * other word, or a word with a mark of doubt ("done?"), is refused.
 * @category Sheets
 */
export const ACTION_STATUS_WORDS: ReadonlyMap<string, ActionStatus> = labelTable<ActionStatus>([
  ['not started', 'not started'],
  ['to do', 'not started'],
  ['planned', 'not started'],
  ['in progress', 'in progress'],
  ['started', 'in progress'],
  ['ongoing', 'in progress'],
  ['underway', 'in progress'],
  ['done', 'done'],
  ['complete', 'done'],
  ['completed', 'done'],
]);

const STATUS_LIST = 'not started, in progress or done (or leave it blank)';

/** An actions sheet read: the actions, and where each came from. @category Sheets */
export interface ActionsSheet {
  /** The file name, and for a workbook the sheet: `actions.xlsx [Actions]`. */
  readonly file: string;
  readonly framework: Framework;
  readonly actions: readonly ImprovementAction[];
  /** The spreadsheet row of each action, by position in `actions`. */
  readonly rows: readonly number[];
  /** The column label of each field read, such as `B (key question)`. */
  readonly columns: Readonly<Record<string, string>>;
}

/** Options of `readActions`. @category Sheets */
export interface ActionsOptions {
  /** The framework the targets are ids of, as an object or a built-in id; default hmip-youth-2021. */
  readonly framework?: Framework | string;
  /** Read limits beyond the defaults (see `LIMITS`). */
  readonly limits?: Partial<ReadLimits>;
  /** Unzips workbooks (see `AuditOptions.inflater`). */
  readonly inflater?: Inflater;
  /** The order of dates written with slashes, dashes or dots; day first (`'dmy'`) by default. */
  readonly dateOrder?: DateOrder;
}

/** Every id an action may target: the framework's key questions and standards, and its prompts' key questions. */
function targetIds(framework: Framework): {
  known: Set<string>;
  promptOf: Map<string, string>;
} {
  const known = new Set<string>();
  const promptOf = new Map<string, string>();
  for (const d of framework.domains)
    for (const s of d.standards) {
      known.add(s.id);
      for (const kq of s.keyQuestions) {
        known.add(kq.id);
        for (const p of kq.prompts) promptOf.set(p.id, kq.id);
      }
    }
  return { known, promptOf };
}

/** A target cell read: the id it starts with, checked, or the problem in words. */
function readTarget(
  text: string,
  ids: ReturnType<typeof targetIds>,
  framework: Framework,
): { id: string } | { problem: string } {
  if (text === '')
    return { problem: 'the action names no key question or standard: give its id, such as 2.1.3' };
  const id = leadingId(text)?.id;
  if (id !== undefined && ids.known.has(id)) return { id };
  const prompt = id === undefined ? undefined : ids.promptOf.get(id);
  if (prompt !== undefined)
    return { problem: `${quoteText(text)} is a prompt: give its key question, ${prompt}` };
  return {
    problem: `${quoteText(text)} is not a key question or standard of ${framework.id}: give its id, such as 2.1.3 or 2.1`,
  };
}

/** Reads an actions sheet's rows, collecting every problem (see `readActions`). */
export function readActionRows(
  rows: readonly (readonly string[])[],
  options: {
    readonly framework: Framework;
    readonly file: string;
    readonly workbook: boolean;
    readonly dateOrder?: DateOrder | undefined;
  },
): { readonly sheet: ActionsSheet; readonly issues: RatingIssue[] } {
  const { framework, file, workbook } = options;
  const header = readHeaderRow(rows, file, {
    fields: ACTION_FIELDS,
    keyOf: labelKey,
    twice: (raw, field) =>
      `${quoteText(raw)} is ${field ? `the ${field} column` : 'a column'} twice`,
    other: () => 'skip',
  });
  const { at, columns } = header;
  const issues = [...header.issues, ...missingColumns(['action', 'target'], at, rows, file)];
  const dates = readDateColumn(rows, at.get('due'), {
    file,
    workbook,
    order: options.dateOrder,
    column: columns.get('due'),
    what: 'the due date',
    blankAllowed: true,
  });
  issues.push(...dates.issues);
  const ids = targetIds(framework);
  const actions: ImprovementAction[] = [];
  const actionRows: number[] = [];
  const complete = at.has('action') && at.has('target');
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i] as readonly string[];
    if (isBlankRow(cells)) continue;
    const row = i + 1;
    const cell = (field: Field) => {
      const index = at.get(field);
      return index === undefined ? '' : (cells[index] ?? '').trim();
    };
    const problem = (code: RatingIssue['code'], message: string, field: Field) =>
      issues.push(located(code, message, file, row, columns.get(field)));
    const target = at.has('target') ? readTarget(cell('target'), ids, framework) : undefined;
    if (target && 'problem' in target) problem('unknown-key-question', target.problem, 'target');
    const statusText = cell('status');
    const status = statusText === '' ? undefined : ACTION_STATUS_WORDS.get(labelKey(statusText));
    if (statusText !== '' && !status)
      problem(
        'invalid-input',
        `${quoteText(statusText)} is not a status: use ${STATUS_LIST}`,
        'status',
      );
    const due = dates.dates.get(i);
    const dueMissing = at.has('due') && cell('due') !== '' && due === undefined;
    if (!complete || !target || 'problem' in target || (statusText !== '' && !status) || dueMissing)
      continue;
    const owner = cell('owner');
    actions.push({
      action: cell('action'),
      target: target.id,
      ...(owner !== '' && { owner }),
      ...(due !== undefined && { due }),
      ...(status && { status }),
    });
    actionRows.push(row);
  }
  if (actions.length > MAX_ACTIONS)
    issues.push(
      located(
        'limit-exceeded',
        `the sheet has ${actions.length.toLocaleString('en-GB')} actions, more than the ${MAX_ACTIONS.toLocaleString('en-GB')} a plan may have`,
        file,
      ),
    );
  return {
    sheet: { file, framework, actions, rows: actionRows, columns: Object.fromEntries(columns) },
    issues,
  };
}

const ACTIONS_OPTIONS = {
  framework: () => undefined, // checked below, as an id or an object
  dateOrder: dateOrderOption,
  limits: limitsOption,
  inflater: isFunction,
};

/**
 * Reads a team's improvement actions: a CSV file, or a workbook's visible sheet named Actions (or
 * its only visible sheet). The header row names the columns in any order and case, in the words
 * teams use: `action` (or `improvement action`, `what we will do`), `target` (or `key question`,
 * `standard`: the id of a key question, 2.1.3, or a standard, 2.1, of the framework, optionally
 * followed by its words), and optionally `owner` (`lead`, `responsible`, `who`), `due date`
 * (`due`, `by when`, `deadline`, `target date`; day first, 31/03/2025, or 2025-03-31, see
 * `dateOrder`) and `status` (`progress`: the words of `ACTION_STATUS_WORDS`). Other columns are
 * notes and not read. An id that is not the framework's, a prompt's id, a date that does not
 * exist, a file mixing date orders and a status not in the list are refused, all at once.
 *
 * @throws {RatingRuleError} every problem in the file at once, located at row and column
 * @example
 * (await readActions({ name: 'actions.csv', data: 'action,key question,owner,due date,status\nReview plans with the child,2.2.3,AB,31/03/2025,in progress\n' })).actions[0]
 * // => { action: 'Review plans with the child', target: '2.2.3', owner: 'AB', due: '2025-03-31', status: 'in progress' }
 * @category Sheets
 */
export async function readActions(
  file: AuditFile,
  options: ActionsOptions = {},
): Promise<ActionsSheet> {
  const found: RatingIssue[] = [...optionIssues(options, ACTIONS_OPTIONS)];
  const chosen = frameworkOption(
    isRecord(options) ? (options.framework ?? youth2021.id) : undefined,
  );
  found.push(...chosen.issues);
  const limits = limitsOf(isRecord(options) ? options.limits : undefined);
  const read = fileOf(file);
  if (!read) found.push(argumentIssue('file', 'a file: { name, data } with text or bytes', file));
  else found.push(...oversizeIssues([read], limits));
  if (found.length > 0 || !chosen.framework || !read) throw new RatingRuleError(found);
  const inflater =
    isRecord(options) && typeof options.inflater === 'function'
      ? (options.inflater as Inflater)
      : undefined;
  const sheet = await readSheetRows(read, ['actions', 'action plan'], limits, inflater);
  if (!sheet.rows) throw new RatingRuleError(sheet.issues);
  const rows = readActionRows(sheet.rows, {
    framework: chosen.framework,
    file: sheet.file,
    workbook: isZip(read.data),
    dateOrder: isRecord(options) ? (options.dateOrder as DateOrder | undefined) : undefined,
  });
  const issues = [...sheet.issues, ...rows.issues];
  if (issues.length > 0) throw new RatingRuleError(sortIssues(issues, [read.name]));
  return rows.sheet;
}
