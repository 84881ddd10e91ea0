// A minimal, resumable, byte-level XML tokenizer: enough for SpreadsheetML parts, no DTDs, no entity expansion.
import { XlsxError } from '../../sheet/zip/errors.js';

export interface XmlHandler {
  /** `<name ...>`: name bytes are b[s..ne); `self` for `<name/>`; attributes are in `x.at` (4 ints each). */
  open(b: Uint8Array, s: number, ne: number, self: boolean, x: XmlScanner): void;
  close(b: Uint8Array, s: number, ne: number): void;
  /** Character data b[s..e) (entities still encoded unless `raw`, i.e. CDATA). */
  text(b: Uint8Array, s: number, e: number, raw: boolean): void;
  /** Optional fast path at '<c': returns the end of a whole element, -1 to fall back to tokens, -2 if incomplete. */
  cell?(b: Uint8Array, pos: number, n: number): number;
}

const LT = 60,
  GT = 62,
  SL = 47,
  EQ = 61,
  DQ = 34,
  SQ = 39,
  BANG = 33,
  QM = 63;
const isWs = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

function indexOfSeq(b: Uint8Array, seq: readonly number[], from: number, n: number): number {
  for (let i = b.indexOf(seq[0]!, from); i >= 0 && i < n; i = b.indexOf(seq[0]!, i + 1)) {
    let k = 1;
    while (k < seq.length && i + k < n && b[i + k] === seq[k]) k++;
    if (k === seq.length) return i;
    if (i + k >= n) return -1;
  }
  return -1;
}
const COMMENT_END = [45, 45, 62],
  CDATA_END = [93, 93, 62],
  PI_END = [63, 62];
const CDATA = [33, 91, 67, 68, 65, 84, 65, 91]; // ![CDATA[
const WINDOW = 1 << 18;

/**
 * Push UTF-8 pieces in; complete tokens go to the handler. Bytes are copied once into a fixed window;
 * an unfinished token is kept (up to `maxToken` bytes), so memory stays bounded whatever the input.
 */
export class XmlScanner {
  /** Attribute table of the tag being reported: [nameStart, nameEnd, valueStart, valueEnd] per attribute. */
  at = new Int32Array(64);
  nAttr = 0;
  private buf: Uint8Array;
  private len = 0;
  constructor(
    private readonly h: XmlHandler,
    private readonly part: string,
    private readonly maxToken: number,
  ) {
    this.buf = new Uint8Array(WINDOW + maxToken);
  }

  push(chunk: Uint8Array): void {
    for (let off = 0; off < chunk.length; ) {
      const take = Math.min(chunk.length - off, this.buf.length - this.len);
      this.buf.set(chunk.subarray(off, off + take), this.len);
      this.len += take;
      off += take;
      if (this.len >= WINDOW) this.flush();
    }
  }

  end(): void {
    this.flush();
    for (let i = 0; i < this.len; i++)
      if (!isWs(this.buf[i]!))
        throw new XlsxError('malformed', 'XML ends inside a token', this.part);
  }

  private flush(): void {
    const pos = this.scan(this.buf, this.len);
    this.buf.copyWithin(0, pos, this.len);
    this.len -= pos;
    if (this.len > this.maxToken)
      throw new XlsxError('limit', `an XML token longer than ${this.maxToken} bytes`, this.part);
  }

  /** Scans b[0..n) and returns how far complete tokens reach. */
  private scan(b: Uint8Array, n: number): number {
    const h = this.h;
    let pos = 0;
    while (pos < n) {
      if (b[pos] !== LT) {
        let lt = pos + 1; // a JS loop: TypedArray#indexOf is a runtime call, slow for short runs
        while (lt < n && b[lt] !== LT) lt++;
        if (lt >= n) return pos; // text not finished yet
        h.text(b, pos, lt, false);
        pos = lt;
      }
      if (pos + 1 >= n) return pos;
      const c1 = b[pos + 1]!;
      if (c1 === 99 && h.cell) {
        const r = h.cell(b, pos, n);
        if (r === -2) return pos;
        if (r >= 0) {
          pos = r;
          continue;
        }
      }
      let next: number;
      if (c1 === SL) next = this.closeTag(b, pos, n);
      else if (c1 === BANG) next = this.declaration(b, pos, n);
      else if (c1 === QM) {
        const e = indexOfSeq(b, PI_END, pos + 2, n);
        next = e < 0 ? -1 : e + 2;
      } else next = this.openTag(b, pos, n);
      if (next < 0) return pos; // the token is not finished yet
      pos = next;
    }
    return pos;
  }

  /** `</name ...>` at b[pos]: reported; returns the position after it, or -1 if incomplete. */
  private closeTag(b: Uint8Array, pos: number, n: number): number {
    let ne = pos + 2;
    while (ne < n && b[ne] !== GT && !isWs(b[ne]!)) ne++;
    let gt = ne;
    while (gt < n && b[gt] !== GT) gt++;
    if (gt >= n) return -1;
    this.h.close(b, pos + 2, ne);
    return gt + 1;
  }

  /** `<!` at b[pos]: a comment (skipped) or CDATA (reported as raw text); anything else is refused. */
  private declaration(b: Uint8Array, pos: number, n: number): number {
    if (pos + 3 < n && b[pos + 2] === 45 && b[pos + 3] === 45) {
      const e = indexOfSeq(b, COMMENT_END, pos + 4, n);
      return e < 0 ? -1 : e + 3;
    }
    if (pos + 9 > n) return -1;
    let k = 0;
    while (k < 8 && b[pos + 1 + k] === CDATA[k]) k++;
    if (k < 8)
      throw new XlsxError('malformed', 'DOCTYPE or other declarations are not allowed', this.part);
    const e = indexOfSeq(b, CDATA_END, pos + 9, n);
    if (e < 0) return -1;
    this.h.text(b, pos + 9, e, true);
    return e + 3;
  }

  /**
   * An open tag at b[pos]: name, then attributes (into `at`), then '>' or '/>'; reported, returns
   * the position after it, or -1 if incomplete.
   */
  private openTag(b: Uint8Array, pos: number, n: number): number {
    let i = pos + 1;
    while (i < n) {
      const c = b[i]!;
      if (c === GT || c === SL || isWs(c)) break;
      i++;
    }
    const ne = i;
    let na = 0;
    let at = this.at;
    let self = false;
    let complete = false;
    for (;;) {
      while (i < n && isWs(b[i]!)) i++;
      if (i >= n) break;
      const c = b[i]!;
      if (c === GT) {
        complete = true;
        break;
      }
      if (c === SL) {
        if (i + 1 >= n) break;
        if (b[i + 1] !== GT) throw new XlsxError('malformed', "'/' inside a tag", this.part);
        i++;
        self = complete = true;
        break;
      }
      const as = i;
      while (i < n && b[i] !== EQ && !isWs(b[i]!) && b[i] !== GT) i++;
      const ae = i;
      while (i < n && isWs(b[i]!)) i++;
      if (i >= n) break;
      if (b[i] !== EQ || ae === as)
        throw new XlsxError('malformed', 'attribute without a value', this.part);
      i++;
      while (i < n && isWs(b[i]!)) i++;
      if (i >= n) break;
      const q = b[i]!;
      if (q !== DQ && q !== SQ)
        throw new XlsxError('malformed', 'unquoted attribute value', this.part);
      let ve = i + 1;
      while (ve < n && b[ve] !== q) ve++;
      if (ve >= n) break;
      if (na * 4 + 4 > at.length) {
        if (na >= 256)
          throw new XlsxError('limit', 'more than 256 attributes on one element', this.part);
        const bigger = new Int32Array(at.length * 2);
        bigger.set(at);
        this.at = at = bigger;
      }
      at[na * 4] = as;
      at[na * 4 + 1] = ae;
      at[na * 4 + 2] = i + 1;
      at[na * 4 + 3] = ve;
      na++;
      i = ve + 1;
    }
    if (!complete) return -1;
    this.nAttr = na;
    this.h.open(b, pos + 1, ne, self, this);
    return i + 1;
  }
}

/** Local name (after any namespace prefix) equals the ASCII `name`. */
export function nameIs(b: Uint8Array, s: number, e: number, name: string): boolean {
  for (let i = e - 1; i >= s; i--)
    if (b[i] === 58) {
      s = i + 1;
      break;
    }
  if (e - s !== name.length) return false;
  for (let k = 0; k < name.length; k++) if (b[s + k] !== name.charCodeAt(k)) return false;
  return true;
}

const dec = new TextDecoder('utf-8', { fatal: true });
const ENT: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes UTF-8 bytes b[s..e), resolving the five XML entities and character references unless `raw`. */
export function decodeText(
  b: Uint8Array,
  s: number,
  e: number,
  raw: boolean,
  part: string,
): string {
  let str: string;
  let ascii = e - s <= 64;
  if (ascii)
    for (let i = s; i < e; i++)
      if (b[i]! > 127) {
        ascii = false;
        break;
      }
  try {
    str = ascii
      ? String.fromCharCode.apply(null, b.subarray(s, e) as unknown as number[])
      : dec.decode(b.subarray(s, e));
  } catch {
    throw new XlsxError('malformed', 'text is not valid UTF-8', part);
  }
  if (raw) return str.includes('\r') ? str.replace(/\r\n?/g, '\n') : str;
  if (str.includes('\r')) str = str.replace(/\r\n?/g, '\n');
  if (!str.includes('&')) return str;
  return str.replace(/&([^;]{0,10});?/g, (m, ent: string) => {
    if (!m.endsWith(';'))
      throw new XlsxError('malformed', `bad entity reference ${JSON.stringify(m)}`, part);
    if (ent in ENT) return ENT[ent]!;
    const cp =
      ent[0] === '#'
        ? ent[1] === 'x'
          ? parseInt(ent.slice(2), 16)
          : parseInt(ent.slice(1), 10)
        : NaN;
    if (!(cp >= 0 && cp <= 0x10ffff))
      throw new XlsxError('malformed', `unknown entity &${ent};`, part);
    return String.fromCodePoint(cp);
  });
}

/** OOXML ST_Xstring escapes: `_x000D_` is a carriage return, `_x005F_` a literal underscore. */
export function unescapeOoxml(s: string): string {
  return s.includes('_x')
    ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : s;
}

/** Calls f(nameStart, nameEnd, valueStart, valueEnd) for each attribute of the tag being reported. */
export function eachAttr(
  x: XmlScanner,
  f: (ns: number, ne: number, vs: number, ve: number) => void,
): void {
  const at = x.at;
  for (let k = 0; k < x.nAttr * 4; k += 4) f(at[k]!, at[k + 1]!, at[k + 2]!, at[k + 3]!);
}
