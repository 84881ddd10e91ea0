import {
  RatingRuleError,
  keyQuestionsOf,
  type CaseKind,
  type CaseRecord,
  type Disposal,
  type Framework,
  type RatingIssue,
  toolkit,
} from 'hmip-ratings';
import { readAnswer } from './answer-spelling.js';
import { columnLabel, isBlankRow } from '../sheet/columns.js';
import { labelKey, labelTable } from '../sheet/labels.js';
import { located } from './located.js';
import { rowsCopy, rowsIssues } from '../sheet/rows.js';

const { argumentIssue, frameworkArgument, isRecord, optionsSnapshot, quoteText } = toolkit;

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
}

const FIELDS = new Map<string, string>([
  ['case', 'case'],
  ['kind', 'kind'],
  ['disposal', 'disposal'],
]);
/** The kinds of case as a sheet may write them ("oocd" for out-of-court). */
export const KINDS = labelTable<CaseKind>([
  ['court', 'court'],
  ['out-of-court', 'out-of-court'],
  ['oocd', 'out-of-court'],
]);

const EMPTY_ROW: readonly string[] = Object.freeze([]);

/** A header that reads as a question id: digits and dots, and a prompt letter ("2.1.3", "2.1.1.a"). */
export const QUESTION_ID = /^\d+(?:\.\d+)+(?:\.[a-z])?$/i;

/** Every name a disposal may be typed as: its id, its name, its sourced aliases and the user's own. */
export function disposalTable(
  framework: Framework,
  userAliases: Readonly<Record<string, string>> = {},
): { readonly table: Map<string, Disposal>; readonly issues: RatingIssue[] } {
  const table = labelTable<Disposal>(
    framework.disposals.flatMap((d) => [
      [d.id, d] as const,
      [d.name, d] as const,
      ...(d.aliases ?? []).map((a) => [a.name, d] as const),
    ]),
  );
  const issues: RatingIssue[] = [];
  for (const name of Object.keys(userAliases)) {
    const target = userAliases[name];
    const disposal = typeof target === 'string' ? table.get(labelKey(target)) : undefined;
    const key = labelKey(name);
    if (!disposal)
      issues.push({
        code: 'invalid-option',
        path: ['disposalAliases', name],
        message: `${quoteText(name)} is mapped to ${typeof target === 'string' ? quoteText(target) : 'nothing'}, which is not a disposal of ${framework.id}: use ${framework.disposals.map((d) => d.name.toLowerCase()).join(', ')}`,
      });
    else if (table.has(key) && table.get(key) !== disposal)
      issues.push({
        code: 'invalid-option',
        path: ['disposalAliases', name],
        message: `${quoteText(name)} is already the name of ${(table.get(key) as Disposal).name.toLowerCase()}`,
      });
    else if (key !== '') table.set(key, disposal);
  }
  return { table, issues };
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
  const issues: RatingIssue[] = [];
  const at = (code: RatingIssue['code'], message: string, row?: number, column?: string) =>
    issues.push(located(code, message, file, row, column));
  const header = (rows[0] ?? []).map((h) => h.trim());
  const ids = new Set<string>(
    keyQuestionsOf(framework).flatMap((kq) => [kq.id, ...kq.prompts.map((p) => p.id)]),
  );
  const columns = new Map<string, string>();
  const fieldAt = new Map<string, number>();
  const questionAt: [number, string][] = [];
  const attributeAt: [number, string][] = [];
  const seen = new Map<string, string>();
  header.forEach((raw, index) => {
    const label = columnLabel(index, raw);
    if (raw === '') {
      if (rows.some((r, i) => i > 0 && (r[index] ?? '').trim() !== ''))
        at('unknown-column', 'this column has answers but no header', 1, label);
      return;
    }
    const key = raw.toLowerCase();
    if (seen.has(key))
      return at(
        'invalid-file',
        `${quoteText(raw)} is a header twice (also ${seen.get(key)})`,
        1,
        label,
      );
    seen.set(key, label);
    const field = FIELDS.get(key);
    if (field) {
      fieldAt.set(field, index);
      columns.set(field, label);
    } else if (ids.has(raw)) {
      questionAt.push([index, raw]);
      columns.set(raw, label);
    } else if (QUESTION_ID.test(raw)) {
      at(
        'unknown-column',
        `${quoteText(raw)} is not a key question or prompt of ${framework.id}`,
        1,
        label,
      );
    } else {
      attributeAt.push([index, raw]);
      columns.set(raw, label);
    }
  });
  for (const field of ['case', 'disposal'] as const) {
    if (fieldAt.has(field)) continue;
    // A near name ("id", "case id", "Disposal type") is kept as an attribute: point at it.
    const near = attributeAt.find(([, name]) =>
      field === 'case'
        ? /^(id|case ?(id|ref|reference|number|no))$/i.test(name)
        : /disposal/i.test(name),
    );
    at(
      'missing-column',
      `there is no "${field}" column in the header row${near ? `: if ${quoteText(near[1])} is it, name that column "${field}"` : ''}`,
      1,
      near ? columns.get(near[1]) : undefined,
    );
  }

  const { table: disposals, issues: aliasIssues } = disposalTable(
    framework,
    options.disposalAliases,
  );
  issues.push(...aliasIssues);
  const disposalNames = framework.disposals.map((d) => d.name.toLowerCase()).join(', ');
  const cases: CaseRecord[] = [];
  const caseRows: number[] = [];
  // The same few disposal and kind texts on every row: each read once.
  const keys = new Map<string, string>();
  const keyOf = (text: string) => {
    let key = keys.get(text);
    if (key === undefined) keys.set(text, (key = labelKey(text)));
    return key;
  };
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i] as readonly string[];
    if (consume) consume.rows[i] = EMPTY_ROW;
    const row = i + 1;
    if (cells[0] === '' && isBlankRow(cells)) continue;
    const cell = (index: number | undefined) => {
      const c = index === undefined ? '' : (cells[index] ?? '');
      // Trim only what has space at either end: most cells have none.
      return c !== '' && (c.charCodeAt(0) <= 32 || c.charCodeAt(c.length - 1) <= 32) ? c.trim() : c;
    };
    const id = cell(fieldAt.get('case'));
    if (!id && fieldAt.has('case'))
      at('invalid-input', 'the case has no id', row, columns.get('case'));
    const disposalText = cell(fieldAt.get('disposal'));
    const disposal = disposals.get(keyOf(disposalText));
    if (!disposal && fieldAt.has('disposal'))
      at(
        'unknown-disposal',
        disposalText === ''
          ? `the case has no disposal: use ${disposalNames}`
          : `${quoteText(disposalText)} is not a disposal of ${framework.id}: use ${disposalNames}, or map it to one of them yourself (the sources do not say which it is)`,
        row,
        columns.get('disposal'),
      );
    const kindText = cell(fieldAt.get('kind'));
    const kind = kindText ? KINDS.get(keyOf(kindText)) : disposal?.kind;
    if (kindText && !kind)
      at(
        'invalid-input',
        `${quoteText(kindText)} is not a kind of case: use court or out-of-court`,
        row,
        columns.get('kind'),
      );
    else if (kind && disposal && kind !== disposal.kind)
      at(
        'invalid-input',
        `a ${disposal.name.toLowerCase()} is ${disposal.kind}, not ${kind}`,
        row,
        columns.get('kind'),
      );
    // A plain object written in column order, so rows that answer the same questions share one
    // shape (compact in memory for a 100,000-case sheet). Its keys are only the framework's own
    // question ids (the header was matched against them), never a name from the sheet. (Copying a
    // prototype-free table instead cost about 50 µs a row, 5 s on 100,000 cases.)
    const answers: Record<string, CaseRecord['answers'][string]> = {};
    for (const [index, qid] of questionAt) {
      const read = readAnswer(cell(index));
      if ('answer' in read) answers[qid] = read.answer;
      else if ('ambiguous' in read)
        at('ambiguous-answer', `${read.ambiguous}: write yes, no or n/a`, row, columns.get(qid));
      else if ('invalid' in read) at('invalid-answer', read.invalid, row, columns.get(qid));
    }
    // Attribute names come from the sheet: gathered in a table with no prototype, then copied
    // (a copy defines "__proto__" as a plain field, never as the prototype).
    const attributes: Record<string, string> = Object.create(null);
    for (const [index, name] of attributeAt) attributes[name] = cell(index);
    if (id && disposal && kind) {
      cases.push({
        id,
        kind,
        disposal: disposal.id,
        answers: { ...answers },
        ...(attributeAt.length > 0 && { attributes: { ...attributes } }),
      });
      caseRows.push(row);
    }
  }
  return {
    sheet: {
      file,
      framework,
      cases,
      rows: caseRows,
      columns: Object.fromEntries(columns),
      attributes: attributeAt.map(([, name]) => name),
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
  if (found.length > 0 || !checked.framework) throw new RatingRuleError(found);
  return checked.framework;
}
