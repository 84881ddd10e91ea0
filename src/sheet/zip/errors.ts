/** Why a workbook was refused. */
export type XlsxErrorCode =
  | 'not-xlsx' // not a zip at all (or a legacy/encrypted OLE file)
  | 'corrupt' // zip structure broken, CRC-32 or size mismatch, bad deflate data
  | 'unsupported' // encryption, unknown compression, multi-disk
  | 'malformed' // XML or SpreadsheetML structure not as the standard requires
  | 'limit'; // a configured limit (rows, columns, cells, bytes, ratio, time) was exceeded

export class XlsxError extends Error {
  override readonly name = 'XlsxError';
  constructor(
    readonly code: XlsxErrorCode,
    message: string,
    /** The zip entry (part) concerned, when there is one. */
    readonly part?: string,
  ) {
    super(part ? `${part}: ${message}` : message);
  }
}
