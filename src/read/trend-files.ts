// The files of a trend of audits: dropped files paired into audits (a case sheet and its
// judgements, by name), and each audit's date found, in this order: the date given with it, the
// single date of its case sheet's date column, or a date in its file name.
import { RatingRuleError, type RatingIssue } from 'hmip-ratings';
import { argumentIssue, plainList, quoteText } from 'hmip-ratings/toolkit';
import { columnLabel, isBlankRow } from '../sheet/columns.js';
import { readDate, type DateOrder } from '../sheet/dates.js';
import { readCsvRows } from './csv.js';
import { extension, fileOf, fileText, isZip, type AuditFile } from './files.js';
import type { ReadLimits } from './limits.js';
import { located } from './located.js';
import type { Inflater } from './workbook-reader.js';

/**
 * One audit's files: the case sheet (CSV or workbook), its judgements if any, and optionally its
 * date and a label. @category Sheets
 */
export interface TrendFile {
  readonly cases: AuditFile;
  /** The panel's judgements (CSV, JSON or a workbook); a workbook's own Judgements sheet is read when this is not given. */
  readonly judgements?: AuditFile;
  /** The audit's date, yyyy-mm-dd; when not given it is read from a date column or the file name. */
  readonly date?: string;
  /** A name to show for the audit; the case file's name by default. */
  readonly label?: string;
}

/** How an audit's date was found. @category Sheets */
export type TrendDateSource = 'given' | 'date column' | 'file name';

/** A judgements file's name: the audit's name followed by "-judgements" (or " judgements", "_judgements", ".judgements"). */
export const JUDGEMENTS_NAME = /^(.+?)[-_. ]judgements\.(csv|json|xlsx)$/i;

/**
 * Pairs dropped or listed files into audits: a file named like `audit-2024-06-30-judgements.csv`
 * (the audit's name, then `-judgements`, as .csv, .json or .xlsx; a space, `_` or `.` may stand
 * for the hyphen) holds the judgements of the audit `audit-2024-06-30.csv` (or `.xlsx`) among the
 * same files; every other file is an audit. Names are compared in any case.
 *
 * @throws {RatingRuleError} `invalid-argument` for something that is not a list of files;
 * `invalid-input` for a judgements file with no audit of its name
 * @example
 * trendFiles([{ name: 'a-2024-01-15.csv', data: '' }, { name: 'a-2024-01-15-judgements.csv', data: '' }, { name: 'a-2024-04-15.csv', data: '' }]).map((f) => [f.cases.name, f.judgements?.name]) // => [['a-2024-01-15.csv', 'a-2024-01-15-judgements.csv'], ['a-2024-04-15.csv', undefined]]
 * @category Sheets
 */
export function trendFiles(files: readonly AuditFile[]): TrendFile[] {
  const list = plainList(files);
  if (!list)
    throw new RatingRuleError([argumentIssue('files', 'a list of files: { name, data }', files)]);
  const issues: RatingIssue[] = [];
  const read: AuditFile[] = [];
  list.forEach((f, i) => {
    const file = fileOf(f);
    if (file) read.push(file);
    else issues.push(argumentIssue(`files[${i}]`, 'a file: { name, data } with text or bytes', f));
  });
  if (issues.length > 0) throw new RatingRuleError(issues);
  const base = (name: string) => name.replace(/\.[^.]*$/, '').toLowerCase();
  const judgements = new Map<string, AuditFile>();
  const audits: AuditFile[] = [];
  for (const f of read) {
    const m = JUDGEMENTS_NAME.exec(f.name);
    if (m) judgements.set((m[1] as string).toLowerCase(), f);
    else audits.push(f);
  }
  const used = new Set<string>();
  const paired = audits.map((cases): TrendFile => {
    const j = judgements.get(base(cases.name));
    if (j) used.add(base(cases.name));
    return { cases, ...(j && { judgements: j }) };
  });
  for (const [key, j] of judgements)
    if (!used.has(key))
      issues.push(
        located(
          'invalid-input',
          `a judgements file with no audit: its audit is the case sheet of the same name without "judgements" (${quoteText(`${(JUDGEMENTS_NAME.exec(j.name) as RegExpExecArray)[1]}.csv`)} or .xlsx)`,
          j.name,
        ),
      );
  if (issues.length > 0) throw new RatingRuleError(issues);
  return paired;
}

/**
 * A date in a file name: yyyy-mm-dd, or yyyy-mm read as the first day of the month, or dd-mm-yyyy
 * (dd.mm.yyyy) in the date order given, day first by default.
 */
export function dateInName(
  name: string,
  order?: DateOrder,
): { readonly date: string; readonly month: boolean } | { readonly problem: string } | undefined {
  const found = new Map<string, { date?: string; month: boolean; problem?: string }>();
  const note = (whole: string, text: string, month: boolean) => {
    const read = readDate(text, { order });
    found.set(
      whole,
      'date' in read
        ? { date: read.date, month }
        : { month, problem: `${quoteText(whole)} ${read.problem}` },
    );
  };
  for (const [whole, y, mo, d] of name.matchAll(/(?<!\d)(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)/g))
    note(whole, `${y}-${mo}-${d ?? '01'}`, d === undefined);
  if (order !== 'ymd')
    for (const [whole] of name.matchAll(/(?<!\d[-.]?)\d{2}([-.])\d{2}\1\d{4}(?!\d)/g))
      note(whole, whole, false);
  const dates = [...found.values()];
  if (dates.length === 0) return undefined;
  if (dates.length > 1)
    return {
      problem: `the file name has more than one date (${[...found.keys()].join(', ')}): give the audit's date`,
    };
  const [one] = dates as [{ date?: string; month: boolean; problem?: string }];
  return one.date ? { date: one.date, month: one.month } : { problem: one.problem as string };
}

/** What a pre-read of a case file finds: a date column's date, and whether a workbook holds judgements. */
interface PreRead {
  readonly date?: string;
  readonly issues: RatingIssue[];
  /** For a workbook: whether its Judgements sheet has anything filled in. */
  readonly judged?: boolean;
}

/** The single date of a sheet's "date" (or "audit date") column, from its non-blank cells. */
function dateColumn(
  rows: readonly (readonly string[])[],
  file: string,
  workbook: boolean,
  order: DateOrder | undefined,
): PreRead {
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const at = header.findIndex((h) => h === 'date' || h === 'audit date');
  if (at < 0) return { issues: [] };
  const column = columnLabel(at, (rows[0] as readonly string[])[at] as string);
  const issues: RatingIssue[] = [];
  let first: { date: string; row: number } | undefined;
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r] as readonly string[];
    const cell = (cells[at] ?? '').trim();
    if (isBlankRow(cells) || cell === '') continue;
    const read = readDate(cell, { workbook, order });
    if (!('date' in read))
      issues.push(
        located(
          'invalid-date',
          `the audit date ${quoteText(cell)} ${read.problem}`,
          file,
          r + 1,
          column,
        ),
      );
    else if (!first) first = { date: read.date, row: r + 1 };
    else if (read.date !== first.date)
      issues.push(
        located(
          'invalid-date',
          `the date column gives the audit's one date: row ${first.row} says ${first.date} and this row ${read.date} (split the sheet into one audit per date)`,
          file,
          r + 1,
          column,
        ),
      );
  }
  return { ...(first && issues.length === 0 && { date: first.date }), issues };
}

/** Reads a case file's rows for its date column, and a workbook's Judgements sheet for content. */
async function preRead(
  file: AuditFile,
  limits: ReadLimits,
  inflater: Inflater | undefined,
  order: DateOrder | undefined,
): Promise<PreRead> {
  const ext = extension(file.name);
  if (isZip(file.data)) {
    const { readWorkbook } = await import('./workbook-reader.js');
    const book = await readWorkbook(file.data as Uint8Array, {
      file: file.name,
      limits,
      inflater,
      wanted: (name) => ['cases', 'judgements'].includes(name.trim().toLowerCase()),
    });
    if (!book.sheets) return { issues: [] }; // rateAudit reports what is wrong with the file
    const visible = book.sheets.filter((s) => s.state === 'visible');
    const named = (name: string) => visible.find((s) => s.name.trim().toLowerCase() === name);
    const cases =
      named('cases') ??
      (book.sheets.some((s) => s.name.trim().toLowerCase() === 'cases') || visible.length !== 1
        ? undefined
        : visible[0]);
    const judgements = named('judgements');
    const judged =
      judgements !== undefined &&
      judgements.rows.slice(1).some((row) => {
        const head = (judgements.rows[0] ?? []).map((h) => h.trim().toLowerCase());
        return row.some(
          (cell, i) => cell.trim() !== '' && head[i] !== 'standard' && head[i] !== 'name',
        );
      });
    const found = cases
      ? dateColumn(cases.rows, `${file.name} [${cases.name}]`, true, order)
      : { issues: [] };
    return { ...found, judged };
  }
  if (ext !== '.csv' && ext !== '.txt' && ext !== '') return { issues: [] };
  const read = readCsvRows(fileText(file.data), file.name, limits);
  return read.issues.length > 0 ? { issues: [] } : dateColumn(read.rows, file.name, false, order);
}

/** An audit's date and where it came from, whether it has judgements, or why it has no date. */
export interface AuditDate {
  readonly date?: string;
  readonly dateFrom?: TrendDateSource;
  /** Whether the audit has judgements: a file given, or a workbook's filled-in Judgements sheet. */
  readonly judged: boolean;
  readonly issues: RatingIssue[];
}

/**
 * An audit's date: the date given with it; else the single date of its case sheet's date column;
 * else a date in the case file's name. A workbook given without judgements is read for its own
 * Judgements sheet.
 */
export async function auditDate(
  audit: TrendFile,
  limits: ReadLimits,
  inflater?: Inflater,
  order?: DateOrder,
): Promise<AuditDate> {
  const pre =
    audit.date === undefined || (!audit.judgements && isZip(audit.cases.data))
      ? await preRead(audit.cases, limits, inflater, order)
      : { issues: [] };
  const judged = audit.judgements !== undefined || pre.judged === true;
  if (audit.date !== undefined) {
    const read = readDate(audit.date, { order });
    if ('date' in read) return { date: read.date, dateFrom: 'given', judged, issues: [] };
    return {
      judged,
      issues: [
        located(
          'invalid-date',
          `the date given for this audit, ${quoteText(audit.date)}, ${read.problem}`,
          audit.cases.name,
        ),
      ],
    };
  }
  if (pre.issues.length > 0) return { judged, issues: pre.issues };
  if (pre.date) return { date: pre.date, dateFrom: 'date column', judged, issues: [] };
  const named = dateInName(audit.cases.name, order);
  if (named && 'date' in named)
    return { date: named.date, dateFrom: 'file name', judged, issues: [] };
  return {
    judged,
    issues: [
      located(
        'invalid-date',
        named
          ? `the audit's date cannot be read from the file name: ${named.problem}`
          : `the audit has no date: give its date, a "date" column in the case sheet, or a date in the file name (audit-2024-06-30.csv or audit-30-06-2024.csv)`,
        audit.cases.name,
      ),
    ],
  };
}
