// The styles part, for one thing only: which cell formats (the s attribute of a cell, an index
// into cellXfs) show a number as a date or a time, so that a date cell is read as the date it
// holds whatever format Excel or LibreOffice gave it.
import { XlsxError } from '../../sheet/zip/errors.js';
import { decodeText, eachAttr, nameIs, type XmlHandler } from './xml.js';

/** More cell formats than this refuses the workbook (Excel's own limit is 64,000). */
export const MAX_CELL_FORMATS = 100_000;

/**
 * The built-in number formats that show a date or a time: 14-22 and 45-47 everywhere, 27-36 and
 * 50-58 the East Asian date formats. A workbook may redefine any of them with its own numFmt.
 */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/**
 * Whether a number format code shows a date or a time: after quoted text, escaped characters,
 * spacing and fill characters and bracketed parts ([Red], [$-809], [>100]; but [h], [mm], [ss]
 * are elapsed time) are set aside, any of d, m, y, h or s is left in its first section.
 */
export function isDateFormat(code: string): boolean {
  const kept = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '')
    .replace(/\[(?:h+|m+|s+)\]/gi, 'h')
    .replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(kept.split(';')[0] ?? '');
}

/** A handler that finds which cell formats (by index) show dates: `dates()` once the part is read. */
export function dateStyles(part: string): { h: XmlHandler; dates: () => ReadonlySet<number> } {
  const formats = new Map<number, string>();
  const xfs: number[] = [];
  let inCellXfs = false;
  const attrs = (b: Uint8Array, x: Parameters<XmlHandler['open']>[4]) => {
    const a = new Map<string, string>();
    eachAttr(x, (as, ae, vs, ve) => {
      a.set(String.fromCharCode(...b.subarray(as, ae)), decodeText(b, vs, ve, false, part));
    });
    return a;
  };
  const h: XmlHandler = {
    open(b, s, ne, self, x) {
      if (nameIs(b, s, ne, 'cellXfs')) inCellXfs = !self;
      else if (nameIs(b, s, ne, 'numFmt')) {
        const a = attrs(b, x);
        const id = Number(a.get('numFmtId'));
        if (Number.isInteger(id)) formats.set(id, a.get('formatCode') ?? '');
      } else if (inCellXfs && nameIs(b, s, ne, 'xf')) {
        if (xfs.length >= MAX_CELL_FORMATS)
          throw new XlsxError('limit', `more than ${MAX_CELL_FORMATS} cell formats`, part);
        xfs.push(Number(attrs(b, x).get('numFmtId') ?? '0'));
      }
    },
    close(b, s, ne) {
      if (nameIs(b, s, ne, 'cellXfs')) inCellXfs = false;
    },
    text() {},
  };
  const dates = () => {
    const found = new Set<number>();
    xfs.forEach((id, index) => {
      const code = formats.get(id);
      if (code === undefined ? BUILT_IN_DATES.has(id) : isDateFormat(code)) found.add(index);
    });
    return found;
  };
  return { h, dates };
}
