// Reading a case-audit workbook (.xlsx) safely: the zip's integrity checked (every entry's CRC-32
// and size), every limit enforced while reading (so a bomb or a cell at XFD1048576 is refused at
// once, in bounded memory), only visible sheets read, merged ranges reported. The reader in
// ./xlsx/ was written for this because no packaged reader checks all of that (see
// docs/performance.md, "Reading workbooks").
import type { RatingIssue } from 'hmip-ratings';
import { located } from './located.js';
import type { ReadLimits } from './limits.js';
import { XlsxError } from '../sheet/zip/errors.js';
import { readXlsx } from './xlsx/xlsx.js';
import type { Inflater } from '../sheet/zip/zip.js';

export type { Inflater } from '../sheet/zip/zip.js';

/** One sheet of a workbook: its name, whether it is visible, and (for the sheets read) its cells. */
export interface WorkbookSheet {
  readonly name: string;
  readonly state: 'visible' | 'hidden' | 'veryHidden';
  /** Row i is row i+1 of the sheet, as text; empty for sheets not read. */
  readonly rows: string[][];
  /** Merged ranges, such as "D2:E3". */
  readonly merges: readonly string[];
}

// As in CSV, a cell this library wrote neutralised ("'=...") reads back as it was.
const NEUTRALISED = /^'[=+\-@\t\r]/;

const WHY: Readonly<Record<XlsxError['code'], string>> = {
  'not-xlsx': 'not readable as an .xlsx workbook',
  corrupt: 'the workbook is damaged (it fails its integrity check) and was not read',
  unsupported: 'the workbook cannot be read',
  malformed: 'the workbook is not well formed',
  limit: 'the workbook is beyond what a sheet may hold',
};

/**
 * Reads a workbook's sheets within the limits. `wanted` picks which visible sheets are read in
 * full (by name); every sheet is listed with its state.
 */
export async function readWorkbook(
  bytes: Uint8Array,
  options: {
    readonly file: string;
    readonly limits: ReadLimits;
    readonly wanted: (name: string) => boolean;
    readonly inflater?: Inflater | undefined;
  },
): Promise<{ readonly sheets?: readonly WorkbookSheet[]; readonly issues: RatingIssue[] }> {
  const { file, limits } = options;
  try {
    const book = await readXlsx(bytes, {
      limits: {
        maxRows: limits.rows,
        maxColumns: limits.columns,
        maxCellChars: limits.cellCharacters,
        maxTotalBytes: limits.unzippedBytes,
        maxEntryBytes: limits.unzippedBytes,
        maxMillis: limits.milliseconds,
      },
      select: (s) => options.wanted(s.name),
      ...(options.inflater && { backend: options.inflater }),
    });
    const read = new Map(book.read.map((s) => [s.name, s]));
    const sheets = book.sheets.map((s): WorkbookSheet => {
      const data = read.get(s.name);
      const rows = data
        ? data.rows.map((row) => row.map((cell) => (NEUTRALISED.test(cell) ? cell.slice(1) : cell)))
        : [];
      return { name: s.name, state: s.state, rows, merges: data?.merges ?? [] };
    });
    return { sheets, issues: [] };
  } catch (e) {
    if (!(e instanceof XlsxError)) throw e;
    const detail = e.message.length > 200 ? `${e.message.slice(0, 200)}…` : e.message;
    return {
      issues: [
        located(
          e.code === 'limit' ? 'limit-exceeded' : 'invalid-file',
          `${WHY[e.code]} (${detail})`,
          file,
        ),
      ],
    };
  }
}
