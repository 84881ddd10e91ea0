// A sheet's cells from a file: CSV, or one visible sheet of a workbook, with the name its problems
// are shown under; and the header row's columns by name.
import { type RatingIssue } from 'hmip-ratings';
import { quoteText } from 'hmip-ratings/toolkit';
import { labelKey } from '../sheet/labels.js';
import { readCsvRows } from './csv.js';
import { extension, fileText, isZip, type AuditFile } from './files.js';
import type { ReadLimits } from './limits.js';
import { located } from './located.js';
import type { Inflater } from './workbook-reader.js';

/** A sheet's cells and the name its problems are shown under ("audit.xlsx [Cases]"). */
export interface SheetRows {
  readonly rows?: string[][];
  readonly file: string;
  readonly issues: RatingIssue[];
}

/** A file that is not what its name or bytes promise: no cells, one problem. */
const refused = (file: AuditFile, message: string): SheetRows => ({
  file: file.name,
  issues: [located('invalid-file', message, file.name)],
});

/** The workbook's visible sheet of the first wanted name (or its only one), with its merges refused. */
async function workbookRows(
  file: AuditFile,
  wanted: readonly string[],
  limits: ReadLimits,
  inflater: Inflater | undefined,
): Promise<SheetRows> {
  const { readWorkbook } = await import('./workbook-reader.js');
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

/** Reads a file's cells: CSV, or a workbook's visible sheet of the wanted name (or its only one). */
export async function readSheetRows(
  file: AuditFile,
  wanted: readonly string[],
  limits: ReadLimits,
  inflater: Inflater | undefined,
): Promise<SheetRows> {
  const ext = extension(file.name);
  if (isZip(file.data) || ext === '.xlsx')
    return isZip(file.data)
      ? workbookRows(file, wanted, limits, inflater)
      : refused(file, 'not a workbook: an .xlsx file is a zip archive, and this is not one');
  if (ext !== '.csv' && ext !== '.txt' && ext !== '')
    return refused(file, `cannot read a ${ext} file as a sheet: give a .csv or .xlsx file`);
  const read = readCsvRows(fileText(file.data), file.name, limits);
  return read.issues.length > 0
    ? { file: file.name, issues: read.issues }
    : { rows: read.rows, file: file.name, issues: [] };
}

/** Where each header name is, by its key ("Case" and "case" alike). */
export function headerAt(rows: readonly (readonly string[])[] | undefined): Map<string, number> {
  const at = new Map<string, number>();
  (rows?.[0] ?? []).forEach((h, i) => {
    const key = labelKey(h);
    if (key !== '' && !at.has(key)) at.set(key, i);
  });
  return at;
}

/** Every case id typed in a sheet's case column, read or not. */
export function typedIds(rows: readonly (readonly string[])[] | undefined): Set<string> {
  const at = headerAt(rows).get('case');
  if (at === undefined || !rows) return new Set();
  return new Set(rows.slice(1).map((r) => (r[at] ?? '').trim()));
}
