// The fast path's reading of one cell element in its common shapes, <c .../>, <c ...></c> and
// <c ...><v>text</v></c>: where its r, t and value bytes are. The r attribute is decoded while its
// value is scanned (one pass); anything else is left to the generic XML tokens.

const isWs = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** The positions found in the last cell element read; reused from cell to cell. */
export class CellTag {
  /** Column of the r attribute (A = 1), -1 when there is none. */
  col = -1;
  /** Row of the r attribute, -1 when it has only letters. */
  row = 0;
  rS = -1;
  rE = -1;
  tS = -1;
  tE = -1;
  /** The s attribute (the cell's format), -1 when there is none. */
  sS = -1;
  sE = -1;
  /** The <v> element's text, -1 when the cell has none. */
  vS = -1;
  vE = -1;

  /**
   * Reads the element starting '<c' at b[pos]; returns its end, -1 if it is not one of the shapes
   * read here, or -2 if it is incomplete in b[0..n).
   */
  read(b: Uint8Array, pos: number, n: number): number {
    this.col = -1;
    this.row = 0;
    this.rS = this.rE = this.tS = this.tE = this.sS = this.sE = this.vS = this.vE = -1;
    let i = pos + 2;
    for (;;) {
      let c = b[i]!;
      while (isWs(c)) c = b[++i]!;
      if (i >= n) return -2;
      if (c === 62) return this.content(b, i + 1, n);
      if (c === 47) {
        if (i + 1 >= n) return -2;
        return b[i + 1] === 62 ? i + 2 : -1;
      }
      const as = i;
      while (i < n && (c = b[i]!) !== 61 && c !== 32 && c !== 62) i++;
      if (i + 1 >= n) return -2;
      if (c !== 61) return -1;
      const one = i - as === 1 ? b[as] : 0;
      const q = b[++i]!;
      if (q !== 34 && q !== 39) return -1;
      const vs = i + 1;
      let ve: number;
      if (one === 114) ve = this.reference(b, vs, n, q);
      else {
        ve = vs;
        while (ve < n && b[ve] !== q) ve++;
        if (ve >= n) return -2;
        if (one === 116) {
          this.tS = vs;
          this.tE = ve;
        } else if (one === 115) {
          this.sS = vs;
          this.sE = ve;
        }
      }
      if (ve < 0) return ve;
      i = ve + 1;
    }
  }

  /** r="AB12": letters then digits; returns the closing quote's position, or -1 / -2. */
  private reference(b: Uint8Array, vs: number, n: number, q: number): number {
    let ve = vs,
      c = 0,
      col = 0,
      row = 0;
    while (ve < n && (c = b[ve]!) >= 65 && c <= 90) {
      col = col * 26 + c - 64;
      ve++;
    }
    while (ve < n && (c = b[ve]!) >= 48 && c <= 57) {
      row = row * 10 + c - 48;
      ve++;
    }
    if (ve >= n) return -2;
    if (c !== q || col === 0 || col > 16384) return -1; // left to the generic path's checks
    this.col = col;
    this.row = ve - vs > 0 && b[ve - 1]! <= 57 ? row : -1;
    this.rS = vs;
    this.rE = ve;
    return ve;
  }

  /** After the start tag at b[i]: '</c>' or '<v>text</v></c>'; returns the end, or -1 / -2. */
  private content(b: Uint8Array, i: number, n: number): number {
    if (i + 4 > n) return -2;
    if (b[i] !== 60) return -1;
    if (b[i + 1] === 47 && b[i + 2] === 99 && b[i + 3] === 62) return i + 4; // </c>
    if (b[i + 1] !== 118 || b[i + 2] !== 62) return -1;
    const vs = i + 3; // <v>
    let ve = vs;
    while (ve < n && b[ve] !== 60) ve++;
    if (ve + 8 > n) return -2;
    if (
      b[ve + 1] !== 47 ||
      b[ve + 2] !== 118 ||
      b[ve + 3] !== 62 ||
      b[ve + 4] !== 60 ||
      b[ve + 5] !== 47 ||
      b[ve + 6] !== 99 ||
      b[ve + 7] !== 62
    )
      return -1;
    this.vS = vs;
    this.vE = ve;
    return ve + 8;
  }
}
