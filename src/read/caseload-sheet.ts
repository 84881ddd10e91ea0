// Reading a service's caseload (the cases an audit sample is drawn from) and its log of earlier
// audits, from CSV or a workbook, with every problem located at row and column in one pass.
import { RatingRuleError, youth2021, type Framework, type RatingIssue } from 'hmip-ratings';
import { type AuditedCase, type CaseloadRecord } from 'hmip-ratings/sampling';
import { argumentIssue, isFunction, isRecord, optionIssues, quoteText } from 'hmip-ratings/toolkit';
import {
  dateOrderOption,
  disposalAliasesOption,
  extension,
  fileOf,
  fileText,
  isZip,
  limitsOption,
  frameworkOption,
  oversizeIssues,
} from './files.js';
import type { AuditFile } from './files.js';
import { disposalReader } from './sheet-header.js';
import { isBlankRow } from '../sheet/columns.js';
import { FIELDS, LOG_FIELDS, missingColumns, readHeader } from './caseload-columns.js';
import { limitsOf, readCsvRows } from './csv.js';
import type { DateOrder } from '../sheet/dates.js';
import { readDateColumn } from './date-column.js';
import { labelKey } from '../sheet/labels.js';
import type { ReadLimits } from './limits.js';
import { located, sortIssues } from './located.js';
import type { Inflater, WorkbookSheet } from './workbook-reader.js';
import { workbookKind, wrongKindIssue, wrongSheetIssue } from './sheet-kind.js';

/** A caseload read from a sheet, with where each case came from. @category Sheets */
export interface CaseloadSheet {
  /** The file name, and for a workbook the sheet: `caseload.xlsx [Caseload]`. */
  readonly file: string;
  readonly framework: Framework;
  readonly records: readonly CaseloadRecord[];
  /** The spreadsheet row of each case, by position in `records`. */
  readonly rows: readonly number[];
  /** The column label of `case`, `kind`, `disposal`, `date` and each attribute, such as `C (date)`. */
  readonly columns: Readonly<Record<string, string>>;
  /** The other columns (gender, rosh, safety, team...), carried on each case as `attributes`. */
  readonly attributes: readonly string[];
}

/** A log of earlier audits read from a sheet. @category Sheets */
export interface AuditLogSheet {
  readonly file: string;
  readonly entries: readonly AuditedCase[];
  /** The spreadsheet row of each entry. */
  readonly rows: readonly number[];
}

/** Options of `readCaseload` and `readAuditLog`. @category Sheets */
export interface CaseloadOptions {
  /** The framework whose disposals the caseload names, as an object or a built-in id; default hmip-youth-2021. */
  readonly framework?: Framework | string;
  /** Disposal names the sources do not settle, mapped by you: `{ 'Outcome 22': 'community resolution' }`. */
  readonly disposalAliases?: Readonly<Record<string, string>>;
  /** Read limits beyond the defaults (see `LIMITS`). */
  readonly limits?: Partial<ReadLimits>;
  /** Unzips workbooks (see `AuditOptions.inflater`). */
  readonly inflater?: Inflater;
  /**
   * The order of dates written with slashes, dashes or dots: `'dmy'` (31/01/2025, the default, as
   * UK copies of Excel write them), `'mdy'` (01/31/2025, a US export) or `'ymd'` (2025/01/31).
   * ISO dates (2025-01-31) and a workbook's date cells are read whatever the order.
   */
  readonly dateOrder?: DateOrder;
}

const CASELOAD_OPTIONS = {
  framework: () => undefined, // checked below, as an id or an object
  dateOrder: dateOrderOption,
  disposalAliases: disposalAliasesOption,
  limits: limitsOption,
  inflater: isFunction,
};

/** A sheet's rows: a CSV file's, or a workbook's visible sheet by one of `names` or its only visible one. */
async function sheetRows(
  file: AuditFile,
  names: readonly string[],
  what: string,
  limits: ReadLimits,
  inflater: Inflater | undefined,
): Promise<{
  readonly rows?: string[][];
  readonly file: string;
  readonly workbook: boolean;
  readonly issues: RatingIssue[];
  /** A workbook's visible sheets' names, when none is the one read. */
  readonly sheetNames?: readonly string[];
}> {
  const ext = extension(file.name);
  if (isZip(file.data) || ext === '.xlsx') {
    if (!isZip(file.data))
      return {
        file: file.name,
        workbook: true,
        issues: [
          located(
            'invalid-file',
            'not a workbook: an .xlsx file is a zip archive, and this is not one',
            file.name,
          ),
        ],
      };
    const { readWorkbook } = await import('./workbook-reader.js');
    const read = (wanted: (name: string) => boolean) =>
      readWorkbook(file.data as Uint8Array, { file: file.name, limits, inflater, wanted });
    // The sheet by name; failing that, the only visible sheet, read on its own. Hidden sheets are
    // never read.
    let book = await read((name) => names.includes(labelKey(name)));
    if (!book.sheets) return { file: file.name, workbook: true, issues: book.issues };
    let visible = book.sheets.filter((s) => s.state === 'visible');
    let sheet: WorkbookSheet | undefined = visible.find((s) => names.includes(labelKey(s.name)));
    if (!sheet && visible.length === 1) {
      const only = (visible[0] as WorkbookSheet).name;
      book = await read((name) => name === only);
      if (!book.sheets) return { file: file.name, workbook: true, issues: book.issues };
      visible = book.sheets.filter((s) => s.state === 'visible');
      sheet = visible.find((s) => s.name === only);
    }
    if (!sheet) {
      const hidden = book.sheets.filter((s) => s.state !== 'visible');
      return {
        file: file.name,
        workbook: true,
        sheetNames: visible.map((s) => s.name),
        issues: [
          located(
            'missing-sheet',
            `the workbook has no visible sheet named ${what}: found ${visible.map((s) => quoteText(s.name)).join(', ') || 'no visible sheet'}${hidden.length > 0 ? ` (hidden sheets are not read: ${hidden.map((s) => quoteText(s.name)).join(', ')})` : ''}`,
            file.name,
          ),
        ],
      };
    }
    const where = `${file.name} [${sheet.name}]`;
    return {
      rows: sheet.rows,
      file: where,
      workbook: true,
      issues: sheet.merges.map((range) =>
        located(
          'merged-cells',
          `cells ${range} are merged: unmerge them and give each cell its own value`,
          where,
        ),
      ),
    };
  }
  if (ext !== '.csv' && ext !== '.txt' && ext !== '')
    return {
      file: file.name,
      workbook: false,
      issues: [
        located(
          'invalid-file',
          `cannot read a ${ext} file as a ${what.toLowerCase()}: give a .csv or .xlsx file`,
          file.name,
        ),
      ],
    };
  const read = readCsvRows(fileText(file.data), file.name, limits);
  return read.issues.length > 0
    ? { file: file.name, workbook: false, issues: read.issues }
    : { rows: read.rows, file: file.name, workbook: false, issues: [] };
}

/** Reads caseload rows, collecting every problem (see `readCaseload`). */
export function readCaseloadRows(
  rows: readonly (readonly string[])[],
  options: {
    readonly framework: Framework;
    readonly file: string;
    readonly workbook: boolean;
    readonly disposalAliases?: Readonly<Record<string, string>> | undefined;
    readonly dateOrder?: DateOrder | undefined;
  },
): { readonly sheet: CaseloadSheet; readonly issues: RatingIssue[] } {
  const { framework, file, workbook } = options;
  const header = readHeader(rows, FIELDS, file, true);
  const { at, attributeAt, columns } = header;
  const disposals = disposalReader(framework, options.disposalAliases);
  const issues = [
    ...header.issues,
    ...missingColumns(['case', 'disposal', 'date'], at, rows, file),
    ...disposals.issues,
  ];
  const dates = readDateColumn(rows, at.get('date'), {
    file,
    workbook,
    order: options.dateOrder,
    column: columns.get('date'),
    what: 'the disposal date',
  });
  issues.push(...dates.issues);
  const records: CaseloadRecord[] = [];
  const caseRows: number[] = [];
  /** The row each case id is first on: a case twice is refused, whatever its dates. */
  const rowOfCase = new Map<string, number>();
  const complete = at.has('case') && at.has('disposal') && at.has('date');
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i] as readonly string[];
    const row = i + 1;
    if (isBlankRow(cells)) continue;
    const cell = (index: number | undefined) =>
      index === undefined ? '' : (cells[index] ?? '').trim();
    const problem = (code: RatingIssue['code'], message: string, field: string) =>
      issues.push(located(code, message, file, row, columns.get(field)));
    const id = cell(at.get('case'));
    if (!id && at.has('case')) problem('invalid-input', 'the case has no id', 'case');
    const twice = id ? rowOfCase.get(id) : undefined;
    if (twice !== undefined)
      problem(
        'duplicate-case',
        `case ${quoteText(id)} is on row ${twice} as well: give each case one row in the caseload (or each disposal its own case id)`,
        'case',
      );
    else if (id) rowOfCase.set(id, row);
    const { disposal, kind } = disposals.read(
      at.has('disposal') ? cell(at.get('disposal')) : undefined,
      cell(at.get('kind')),
      problem,
    );
    const date = dates.dates.get(i);
    if (
      twice !== undefined ||
      !complete ||
      !id ||
      !disposal ||
      !kind ||
      kind !== disposal.kind ||
      !date
    )
      continue;
    const attributes: Record<string, string> = Object.create(null);
    for (const [index, name] of attributeAt) attributes[name] = cell(index);
    records.push({
      id,
      kind,
      disposal: disposal.id,
      date,
      ...(attributeAt.length > 0 && { attributes: { ...attributes } }),
    });
    caseRows.push(row);
  }
  return {
    sheet: {
      file,
      framework,
      records,
      rows: caseRows,
      columns: Object.fromEntries(columns),
      attributes: attributeAt.map(([, name]) => name),
    },
    issues,
  };
}

/** Reads audit-log rows: a `case` and a `date` column (or `audit date`); other columns are notes. */
export function readAuditLogRows(
  rows: readonly (readonly string[])[],
  options: {
    readonly file: string;
    readonly workbook: boolean;
    readonly dateOrder?: DateOrder | undefined;
  },
): { readonly sheet: AuditLogSheet; readonly issues: RatingIssue[] } {
  const { file, workbook } = options;
  const header = readHeader(rows, LOG_FIELDS, file, false);
  const { at, columns } = header;
  const dates = readDateColumn(rows, at.get('date'), {
    file,
    workbook,
    order: options.dateOrder,
    column: columns.get('date'),
    what: 'the audit date',
  });
  const issues = [
    ...header.issues,
    ...missingColumns(['case', 'date'], at, rows, file),
    ...dates.issues,
  ];
  const entries: AuditedCase[] = [];
  const entryRows: number[] = [];
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i] as readonly string[];
    const row = i + 1;
    if (isBlankRow(cells)) continue;
    const cell = (index: number | undefined) =>
      index === undefined ? '' : (cells[index] ?? '').trim();
    const id = cell(at.get('case'));
    if (!id && at.has('case'))
      issues.push(
        located('invalid-input', 'the audit has no case id', file, row, columns.get('case')),
      );
    const date = dates.dates.get(i);
    if (date !== undefined && id) {
      entries.push({ id, date });
      entryRows.push(row);
    }
  }
  return { sheet: { file, entries, rows: entryRows }, issues };
}

function fileProblems(
  given: unknown,
  file: AuditFile | undefined,
  limits: ReadLimits,
): RatingIssue[] {
  if (!file) return [argumentIssue('file', 'a file: { name, data } with text or bytes', given)];
  return oversizeIssues([file], limits);
}

/**
 * Reads a service's caseload: a CSV file, or a workbook's visible sheet named Caseload (or its only
 * visible sheet). The header row names the columns, in any order and any case: `case` (the case
 * id), `disposal` (the framework's disposal names, ids or sourced aliases, and your own
 * `disposalAliases`), `date` or `disposal date` (the date the disposal was made: 31/01/2025 day
 * first, or 2025-01-31; see `dateOrder`; in a workbook a date cell whatever its format or date
 * system), optionally `kind` (it follows from the disposal), and any other columns (gender, rosh,
 * safety, team...), which are carried on each case as attributes. A date that does not exist,
 * such as 31/02/2024, a file mixing date orders, a number with no date format in a workbook's date
 * column and a case id on two rows are refused.
 *
 * @param file - the file's name (shown in every problem) and content, text or bytes
 * @throws {RatingRuleError} every problem in the file at once, located at row and column; nothing
 * is read from a file with a problem
 * @example
 * const sheet = await readCaseload({ name: 'caseload.csv', data: 'case,disposal,date,gender\nC1,Referral order,2024-11-15,girl\n' });
 * sheet.records[0] // => { id: 'C1', kind: 'court', disposal: 'community-sentence', date: '2024-11-15', attributes: { gender: 'girl' } }
 * @category Sheets
 */
export async function readCaseload(
  file: AuditFile,
  options: CaseloadOptions = {},
): Promise<CaseloadSheet> {
  const given = file;
  const read = fileOf(given);
  const found: RatingIssue[] = [...optionIssues(options, CASELOAD_OPTIONS)];
  // (the 2021 standards unless the caseload's framework is named)
  const chosen = frameworkOption(
    isRecord(options) ? (options.framework ?? youth2021.id) : undefined,
  );
  found.push(...chosen.issues);
  const limits = limitsOf(isRecord(options) ? options.limits : undefined);
  found.push(...fileProblems(given, read, limits));
  if (found.length > 0 || !chosen.framework || !read) throw new RatingRuleError(found);
  file = read;
  const sheet = await sheetRows(file, ['caseload'], 'Caseload', limits, options.inflater);
  const where = { file: sheet.file, name: file.name };
  const wrongBook = wrongKindIssue(workbookKind(sheet.sheetNames ?? []), 'caseload', where);
  if (!sheet.rows) throw new RatingRuleError(wrongBook ? [wrongBook] : sheet.issues);
  const wrong = wrongSheetIssue(sheet.rows, 'caseload', where);
  if (wrong) throw new RatingRuleError([wrong]);
  const rows = readCaseloadRows(sheet.rows, {
    framework: chosen.framework,
    file: sheet.file,
    workbook: sheet.workbook,
    disposalAliases: options.disposalAliases,
    dateOrder: options.dateOrder,
  });
  const issues = [...sheet.issues, ...rows.issues];
  if (issues.length > 0) throw new RatingRuleError(sortIssues(issues, [file.name]));
  return rows.sheet;
}

/**
 * Reads a log of earlier audits: a CSV file, or a workbook's visible sheet named Audits or Audit
 * log (or its only visible sheet), with a `case` column and a `date` (or `audit date`) column;
 * other columns (auditor, notes) are not read. A case may appear more than once.
 *
 * @throws {RatingRuleError} every problem in the file at once, located at row and column
 * @example
 * (await readAuditLog({ name: 'audited.csv', data: 'case,audit date,auditor\nC1,2025-01-20,AB\n' })).entries // => [{ id: 'C1', date: '2025-01-20' }]
 * @category Sheets
 */
export async function readAuditLog(
  file: AuditFile,
  options: Pick<CaseloadOptions, 'limits' | 'inflater' | 'dateOrder'> = {},
): Promise<AuditLogSheet> {
  const found: RatingIssue[] = [
    ...optionIssues(options, {
      limits: CASELOAD_OPTIONS.limits,
      inflater: isFunction,
      dateOrder: dateOrderOption,
    }),
  ];
  const limits = limitsOf(isRecord(options) ? options.limits : undefined);
  const read = fileOf(file);
  found.push(...fileProblems(file, read, limits));
  if (found.length > 0 || !read) throw new RatingRuleError(found);
  const sheet = await sheetRows(read, ['audits', 'audit log'], 'Audits', limits, options.inflater);
  if (!sheet.rows) throw new RatingRuleError(sheet.issues);
  const rows = readAuditLogRows(sheet.rows, {
    file: sheet.file,
    workbook: sheet.workbook,
    dateOrder: options.dateOrder,
  });
  const issues = [...sheet.issues, ...rows.issues];
  if (issues.length > 0) throw new RatingRuleError(sortIssues(issues, [read.name]));
  return rows.sheet;
}
