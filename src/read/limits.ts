// The limits every file is read within, so that no file, however made, can hang the reader or
// exhaust memory. Each is an option of the readers; these are the defaults, and the README and
// docs/methodology.md list them.

/** Limits on what a sheet or file reader accepts. @category Sheets */
export interface ReadLimits {
  /** Bytes of a file as given (a .csv, .json or .xlsx file). */
  readonly fileBytes: number;
  /** Rows of a sheet, the header included. */
  readonly rows: number;
  /** Columns of a sheet. */
  readonly columns: number;
  /** Characters in one cell. */
  readonly cellCharacters: number;
  /** Bytes of a workbook once unzipped, all of its parts together. */
  readonly unzippedBytes: number;
  /** Characters of a JSON file. */
  readonly jsonBytes: number;
  /** Levels of nesting in a JSON file. */
  readonly jsonDepth: number;
  /** Milliseconds a workbook may take to read. */
  readonly milliseconds: number;
}

/**
 * The default limits: room for a national year of audits (200,000 cases) with every prompt of
 * the 2018 standards, far beyond any one service's audit, and nothing more.
 * @category Sheets
 */
export const LIMITS: ReadLimits = Object.freeze({
  fileBytes: 256 * 1024 * 1024,
  rows: 200_001,
  columns: 1_000,
  cellCharacters: 10_000,
  unzippedBytes: 1024 * 1024 * 1024,
  jsonBytes: 16 * 1024 * 1024,
  jsonDepth: 64,
  milliseconds: 120_000,
});
