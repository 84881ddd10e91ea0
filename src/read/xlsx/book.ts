// What the workbook reader takes and gives: its limits, its options, the sheets it lists and reads.
import { ZIP_LIMITS, type Backend, type ZipLimits } from '../../sheet/zip/zip.js';

export interface XlsxLimits extends ZipLimits {
  readonly maxRows: number; // highest row number
  readonly maxColumns: number; // highest column number (XFD = 16384)
  readonly maxCells: number; // cells kept per sheet, counting blanks filled in
  readonly maxSharedStrings: number;
  readonly maxCellChars: number; // Excel's own limit is 32767
  readonly maxMerges: number;
  readonly maxSheets: number;
  readonly maxTokenBytes: number; // one tag or text run in the XML
  readonly maxMillis: number; // wall-clock for the whole read
}

export const DEFAULT_LIMITS: XlsxLimits = {
  ...ZIP_LIMITS,
  maxRows: 250_000,
  maxColumns: 2_000,
  maxCells: 30_000_000,
  maxSharedStrings: 2_000_000,
  maxCellChars: 32_767,
  maxMerges: 10_000,
  maxSheets: 256,
  maxTokenBytes: 1 << 20,
  maxMillis: 20_000,
};

export type SheetState = 'visible' | 'hidden' | 'veryHidden';
export interface SheetInfo {
  readonly name: string;
  readonly state: SheetState;
  readonly kind: 'worksheet' | 'chartsheet' | 'other';
  readonly part: string;
}
export interface SheetData extends SheetInfo {
  /** Row i is row i+1 of the sheet; blank cells are ''. Number cells are their stored text, e.g. '1' or '45000'. */
  readonly rows: string[][];
  /** Merged ranges as written, e.g. 'D2:E3'. */
  readonly merges: string[];
}
export interface XlsxBook {
  /** Every sheet the workbook lists, in order, with its state: what was found. */
  readonly sheets: readonly SheetInfo[];
  /** The visible worksheets that `select` chose, read. */
  readonly read: readonly SheetData[];
}
export interface ReadXlsxOptions {
  readonly limits?: Partial<XlsxLimits>;
  /** Called for visible worksheets only (hidden and veryHidden sheets are never read). Default: all of them. */
  readonly select?: (sheet: SheetInfo) => boolean;
  /** 'native' = DecompressionStream (gzip-wrapped so the engine checks CRC-32), or an inflater such as node:zlib's. */
  readonly backend?: Backend;
  /** Also inflate and CRC-check the entries not read (default true): any corrupt byte refuses the file. */
  readonly verifyAll?: boolean;
}

/** The sheet called `name` (case-insensitive) among those read. */
export function findSheet(book: XlsxBook, name: string): SheetData | undefined {
  const n = name.toLowerCase();
  return book.read.find((s) => s.name.toLowerCase() === n);
}
