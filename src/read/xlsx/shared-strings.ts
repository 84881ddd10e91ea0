// The shared strings part: each <si>'s text (its <t> runs joined, phonetic <rPh> runs left out),
// within the count and length limits.
import { XlsxError } from '../../sheet/zip/errors.js';
import type { XlsxLimits } from './book.js';
import { decodeText, nameIs, unescapeOoxml, type XmlHandler } from './xml.js';

/** A handler that collects the shared strings of the part `part` into `strings`. */
export function sharedStrings(part: string, L: XlsxLimits): { h: XmlHandler; strings: string[] } {
  const out: string[] = [];
  let inSi = false,
    capture = false,
    rph = 0,
    val = '';
  const h: XmlHandler = {
    open(b, s, ne, self) {
      if (nameIs(b, s, ne, 'si')) {
        if (self) out.push('');
        else {
          inSi = true;
          val = '';
        }
      } else if (inSi && !self && nameIs(b, s, ne, 'rPh')) rph++;
      else if (inSi && !self && rph === 0 && nameIs(b, s, ne, 't')) capture = true;
      if (out.length > L.maxSharedStrings)
        throw new XlsxError('limit', `more than ${L.maxSharedStrings} shared strings`, part);
    },
    close(b, s, ne) {
      if (nameIs(b, s, ne, 'si')) {
        out.push(unescapeOoxml(val));
        inSi = false;
      } else if (nameIs(b, s, ne, 't')) capture = false;
      else if (nameIs(b, s, ne, 'rPh')) rph--;
    },
    text(b, s, e, raw) {
      if (!capture) return;
      val += decodeText(b, s, e, raw, part);
      if (val.length > L.maxCellChars)
        throw new XlsxError(
          'limit',
          `a shared string longer than ${L.maxCellChars} characters`,
          part,
        );
    },
  };
  return { h, strings: out };
}
