// Merged ranges: each <mergeCell ref="D2:E3"> checked and written plainly (upper case, no '$').
import { XlsxError } from '../../sheet/zip/errors.js';
import { decodeText, eachAttr, type XmlScanner } from './xml.js';

const REF = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

/** The range of the <mergeCell> tag being reported by `x`, checked, as 'D2:E3'. */
export function mergedRange(b: Uint8Array, x: XmlScanner, part: string): string {
  let ref = '';
  eachAttr(x, (as, ae, vs, ve) => {
    if (ae - as === 3 && b[as] === 114 && b[as + 1] === 101 && b[as + 2] === 102)
      ref = decodeText(b, vs, ve, false, part);
  });
  const [a, z, extra] = ref.split(':');
  if (extra !== undefined || !a || !REF.test(a) || (z !== undefined && !REF.test(z)))
    throw new XlsxError('malformed', `bad merged range ${JSON.stringify(ref)}`, part);
  return ref.toUpperCase().replace(/\$/g, '');
}
