// What a cell's bytes mean: its column letters, its type (the t attribute) and the text its value
// shows.
import { XlsxError } from '../../sheet/zip/errors.js';
import { unescapeOoxml } from './xml.js';

/** Cell types: number, shared string, formula string, inline string, boolean, error. */
export const T_N = 0,
  T_S = 1,
  T_STR = 2,
  T_INLINE = 3,
  T_B = 4,
  T_E = 5;

/** Column number of letters b[s..e) ('A' = 1), or -1. */
export function colOf(b: Uint8Array, s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) {
    const c = b[i]!;
    if (c >= 65 && c <= 90) n = n * 26 + c - 64;
    else if (c >= 97 && c <= 122) n = n * 26 + c - 96;
    else return -1;
    if (n > 16384) return n;
  }
  return n;
}

/** The cell type code of a t attribute value b[s..e). */
export function typeOf(b: Uint8Array, s: number, e: number): number {
  const tl = e - s,
    t0 = b[s];
  if (tl === 1 && t0 === 115) return T_S;
  if (tl === 1 && t0 === 110) return T_N;
  if (tl === 1 && t0 === 98) return T_B;
  if (tl === 1 && t0 === 101) return T_E;
  if (tl === 1 && t0 === 100) return T_STR; // ISO 8601 date text
  if (tl === 3 && t0 === 115 && b[s + 1] === 116 && b[s + 2] === 114) return T_STR; // str
  if (tl === 9 && t0 === 105) return T_INLINE; // inlineStr
  throw new XlsxError('malformed', `unknown cell type ${refText(b, s, e)}`);
}

/** The text a cell of any type but a shared string shows for its stored value `val`. */
export function cellText(type: number, val: string): string {
  if (type === T_B) return val === '1' ? 'TRUE' : val === '0' ? 'FALSE' : val;
  if (type === T_STR || type === T_INLINE) return unescapeOoxml(val);
  return val;
}

/** Start of the local name (after a namespace prefix, as in <x:c>). */
export function localStart(b: Uint8Array, s: number, ne: number): number {
  if (ne - s > 1) for (let i = s + 1; i < ne - 1; i++) if (b[i] === 58) return i + 1;
  return s;
}

/** Bytes b[s..e) as text for a message, at most 40 of them. */
export const refText = (b: Uint8Array, s: number, e: number) =>
  String.fromCharCode(...b.subarray(s, Math.min(e, s + 40)));
