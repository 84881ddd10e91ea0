// The sheets of a case audit's files: a CSV file or a workbook's Cases sheet (with its Judgements
// and Questions sheets), and the judgements given as their own file (CSV, JSON or a workbook).
// Workbook support is loaded only when a workbook is given.
import { type RatingIssue } from 'hmip-ratings';
import { quoteText } from 'hmip-ratings/toolkit';
import { type AuditFile, extension, fileText, isZip } from '../read/files.js';
import { readCsvRows } from '../read/csv.js';
import { readJudgementsJson, type JudgementSheet } from '../read/judgement-sheet.js';
import { located } from '../read/located.js';
import { jsonKind, workbookKind, wrongKindIssue } from '../read/sheet-kind.js';
import { parseJson } from '../read/json.js';
import type { ReadLimits } from '../read/limits.js';
import type { Inflater, WorkbookSheet } from '../read/workbook-reader.js';

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

export interface ReadSheets {
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
    wanted: (name) => READ_IN_FULL.includes(name.trim().toLowerCase()),
  });
}

/**
 * A workbook's sheet with its cells: a sheet taken as the only visible one was not among the
 * names read in full, so it is read now, on its own (a workbook saved from a CSV file).
 */
async function withCells(
  file: AuditFile,
  sheet: WorkbookSheet | undefined,
  limits: ReadLimits,
  inflater?: Inflater,
): Promise<{ sheet?: WorkbookSheet | undefined; issues: RatingIssue[] }> {
  if (!sheet || READ_IN_FULL.includes(sheet.name.trim().toLowerCase()))
    return { sheet, issues: [] };
  const { readWorkbook } = await import('../read/workbook-reader.js');
  const again = await readWorkbook(file.data as Uint8Array, {
    file: file.name,
    limits,
    inflater,
    wanted: (name) => name === sheet.name,
  });
  const read = again.sheets?.find((s) => s.name === sheet.name && s.state === 'visible');
  return { sheet: read, issues: again.issues };
}

/** The sheets a workbook's first reading reads in full. */
const READ_IN_FULL = ['cases', 'judgements', 'questions'];

/** The judgements sheet of a workbook given as the judgements file. */
/**
 * The workbook's sheet of one role (by its name, or the only sheet), its cells read; when it has
 * none, what the workbook is instead (a results export, an audit) or the sheets it has.
 */
async function sheetFor(
  file: AuditFile,
  sheets: readonly WorkbookSheet[],
  role: 'cases' | 'judgements',
  limits: ReadLimits,
  inflater?: Inflater,
): Promise<{ sheet?: WorkbookSheet | undefined; issues: RatingIssue[] }> {
  const found = await withCells(
    file,
    sheetNamed(sheets, role) ?? onlySheet(sheets, role),
    limits,
    inflater,
  );
  if (found.sheet) return found;
  const title = role === 'cases' ? 'Cases' : 'Judgements';
  const wrong = wrongKindIssue(
    workbookKind(sheets.map((s) => s.name)),
    role === 'cases' ? 'audit' : 'judgements',
    { file: file.name, name: file.name },
  );
  return {
    issues: [
      ...found.issues,
      wrong ??
        located(
          'missing-sheet',
          `the workbook has no visible sheet named ${title}: ${sheetList(sheets)}`,
          file.name,
        ),
    ],
  };
}

async function readJudgementsWorkbook(
  file: AuditFile,
  limits: ReadLimits,
  inflater?: Inflater,
): Promise<{ judgements?: { rows: string[][]; file: string }; issues: RatingIssue[] }> {
  const book = await openWorkbook(file, limits, inflater);
  if (!book.sheets) return { issues: book.issues };
  const { sheet, issues } = await sheetFor(file, book.sheets, 'judgements', limits, inflater);
  book.issues.push(...issues);
  if (!sheet) return { issues: book.issues };
  return {
    judgements: { rows: sheet.rows, file: `${file.name} [${sheet.name}]` },
    issues: [...book.issues, ...mergeIssues(sheet, file.name)],
  };
}

export async function readCasesFile(
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
    const found = await sheetFor(file, book.sheets, 'cases', limits, inflater);
    out.issues.push(...found.issues);
    const cases = found.sheet;
    if (!cases) return out;
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
export function standardColumn(rows: readonly (readonly string[])[] | undefined): string[] {
  const at = (rows?.[0] ?? []).findIndex((h) => h.trim().toLowerCase() === 'standard');
  return at < 0 ? [] : (rows ?? []).slice(1).map((r) => (r[at] ?? '').trim());
}

/** The judgements given as their own file: rows of a CSV file or workbook sheet, or a JSON sheet. */
export interface ReadJudgements {
  readonly rows?: { rows: string[][]; file: string };
  readonly json?: { readonly sheet?: JudgementSheet; readonly issues: RatingIssue[] };
  /** Every problem reading the file (the JSON sheet's included). */
  readonly issues: RatingIssue[];
}

/** Reads the judgements file: JSON (by extension or a leading "{"), a workbook, or CSV. */
export async function readJudgementsFile(
  file: AuditFile,
  limits: ReadLimits,
  inflater?: Inflater,
): Promise<ReadJudgements> {
  const ext = extension(file.name);
  if (ext === '.json' || (typeof file.data === 'string' && file.data.trimStart().startsWith('{'))) {
    const text = fileText(file.data);
    const wrong = wrongKindIssue(jsonKind(parseJson(text, file.name).value), 'judgements', {
      file: file.name,
      name: file.name,
    });
    if (wrong) return { issues: [wrong] };
    const json = readJudgementsJson(text, { file: file.name });
    return { json, issues: json.issues };
  }
  if (isZip(file.data) || ext === '.xlsx') {
    const book = await readJudgementsWorkbook(file, limits, inflater);
    return { ...(book.judgements && { rows: book.judgements }), issues: book.issues };
  }
  const read = readCsvRows(fileText(file.data), file.name, limits);
  return {
    ...(read.issues.length === 0 && { rows: { rows: read.rows, file: file.name } }),
    issues: read.issues,
  };
}
