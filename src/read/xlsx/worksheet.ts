// One worksheet part read as its bytes arrive: rows of cell text (shared strings looked up), merged
// ranges, and every limit checked on the way (rows, columns, cells, cell length, merges, time).
import { XlsxError } from '../../sheet/zip/errors.js';
import type { XlsxLimits } from './book.js';
import { CellTag } from './cell-tag.js';
import { dateCellText } from '../../sheet/dates.js';
import { cellText, colOf, localStart, refText, T_N, T_S, typeOf } from './cell-value.js';
import { mergedRange } from './merges.js';
import { decodeText, eachAttr, nameIs, type XmlHandler, type XmlScanner } from './xml.js';

/** The XML handler that reads a worksheet part into `rows` and `merges`. */
export class Worksheet implements XmlHandler {
  /** Row i is row i+1 of the sheet; blank cells are ''. */
  readonly rows: string[][] = [];
  readonly merges: string[] = [];
  #inData = false;
  #inMerges = false;
  #rowNum = 0;
  #lastRow = 0;
  /** The row being read, null between rows. */
  #cells: string[] | null = null;
  #lastCol = 0;
  #cellCount = 0;
  // The cell being read: its column, type and value so far.
  #col = 0;
  #type = T_N;
  /** 1 inside <v>, 2 inside an inline string's <t>, -1 once a shared string index overflows. */
  #capture = 0;
  #inIs = false;
  #rph = 0;
  #hasV = false;
  #sIdx = 0;
  #val = '';
  /** The r and t attribute values of the cell being started (-1 when absent; refS -2: r already checked). */
  #refS = 0;
  #refE = 0;
  #tS = 0;
  #tE = 0;
  /** The s attribute value (the cell's format) of the cell being started, -1 when absent. */
  #fmtS = -1;
  #fmtE = -1;
  /** The cell being read is a number in a date format: its value is read as a date. */
  #dated = false;
  readonly #tag = new CellTag();

  readonly #part: string;
  readonly #sst: readonly string[];
  readonly #L: XlsxLimits;
  readonly #check: () => void;
  readonly #dates: ReadonlySet<number>;
  readonly #date1904: boolean;

  constructor(
    part: string,
    sst: readonly string[],
    L: XlsxLimits,
    check: () => void,
    dates: { readonly dates: ReadonlySet<number>; readonly date1904: boolean } = {
      dates: new Set(),
      date1904: false,
    },
  ) {
    this.#part = part;
    this.#sst = sst;
    this.#L = L;
    this.#check = check;
    this.#dates = dates.dates;
    this.#date1904 = dates.date1904;
  }

  open(b: Uint8Array, s0: number, ne: number, self: boolean, x: XmlScanner): void {
    const s = localStart(b, s0, ne);
    if (ne - s === 1) {
      const ch = b[s];
      if (ch === 99 /* c */ && this.#cells) {
        this.#refS = this.#refE = this.#tS = this.#tE = this.#fmtS = this.#fmtE = -1;
        const at = x.at;
        for (let k = 0, kn = x.nAttr * 4; k < kn; k += 4) {
          const as = at[k]!;
          if (at[k + 1]! - as === 1) {
            if (b[as] === 114) {
              this.#refS = at[k + 2]!;
              this.#refE = at[k + 3]!;
            } else if (b[as] === 116) {
              this.#tS = at[k + 2]!;
              this.#tE = at[k + 3]!;
            } else if (b[as] === 115) {
              this.#fmtS = at[k + 2]!;
              this.#fmtE = at[k + 3]!;
            }
          }
        }
        this.#startCell(b);
        if (self) this.#pushCell('');
        return;
      }
      if (ch === 118 /* v */ && this.#cells && !self) {
        this.#capture = 1;
        this.#hasV = true;
        return;
      }
      if (ch === 116 /* t */ && this.#inIs && this.#rph === 0 && !self) {
        this.#capture = 2;
        return;
      }
      if (ch === 102 /* f */) return;
    }
    if (nameIs(b, s, ne, 'row')) this.#startRow(b, x, self);
    else if (nameIs(b, s, ne, 'is')) this.#inIs = !self;
    else if (nameIs(b, s, ne, 'rPh')) this.#rph += self ? 0 : 1;
    else if (nameIs(b, s, ne, 'sheetData')) this.#inData = !self;
    else if (nameIs(b, s, ne, 'mergeCells')) this.#inMerges = !self;
    else if (this.#inMerges && nameIs(b, s, ne, 'mergeCell')) {
      const range = mergedRange(b, x, this.#part);
      if (this.merges.length >= this.#L.maxMerges)
        throw new XlsxError('limit', `more than ${this.#L.maxMerges} merged ranges`, this.#part);
      this.merges.push(range);
    }
  }

  close(b: Uint8Array, s0: number, ne: number): void {
    const s = localStart(b, s0, ne);
    if (ne - s === 1) {
      const ch = b[s];
      if (ch === 99 && this.#cells) {
        this.#endCell();
        return;
      }
      if (ch === 118 || ch === 116) {
        if (this.#capture > 0) this.#capture = 0;
        return;
      }
    }
    if (nameIs(b, s, ne, 'row')) {
      if (this.#cells) this.#endRow();
    } else if (nameIs(b, s, ne, 'is')) this.#inIs = false;
    else if (nameIs(b, s, ne, 'rPh')) this.#rph--;
    else if (nameIs(b, s, ne, 'sheetData')) this.#inData = false;
    else if (nameIs(b, s, ne, 'mergeCells')) this.#inMerges = false;
  }

  text(b: Uint8Array, s: number, e: number, raw: boolean): void {
    if (this.#capture === 0) return;
    if (this.#capture === 1 && this.#type === T_S && !raw) {
      this.#sDigits(b, s, e);
      return;
    }
    this.#val += decodeText(b, s, e, raw, this.#part);
    this.#checkLength();
  }

  /** The fast path for a whole cell element (see CellTag): its end, -1 = use the generic tokens, -2 = incomplete. */
  cell(b: Uint8Array, pos: number, n: number): number {
    const cells = this.#cells;
    if (!cells) return -1;
    const tag = this.#tag;
    const end = tag.read(b, pos, n);
    if (end < 0) return end; // nothing is changed unless the cell is complete
    const L = this.#L;
    const col = tag.col,
      lastCol = this.#lastCol;
    if (
      col > 0 &&
      (tag.row === this.#rowNum || tag.row === -1) &&
      col > lastCol &&
      col <= L.maxColumns
    ) {
      // the usual case, already validated: no second parse of the reference
      this.#col = col;
      this.#cellCount += col - lastCol;
      if (this.#cellCount > L.maxCells)
        throw new XlsxError('limit', `more than ${L.maxCells} cells`, this.#part);
      const type = (this.#type = tag.tS < 0 ? T_N : typeOf(b, tag.tS, tag.tE));
      if (type === T_S && tag.vS >= 0) {
        this.#sIdx = 0;
        this.#capture = 0;
        this.#sDigits(b, tag.vS, tag.vE);
        const str = this.#sharedString();
        if (cells.length !== col - 1) while (cells.length < col - 1) cells.push('');
        cells.push(str);
        this.#lastCol = col;
        this.#capture = 0;
        return end;
      }
      this.#refS = -2;
    } else {
      this.#refS = tag.rS;
      this.#refE = tag.rE;
    }
    this.#tS = tag.tS;
    this.#tE = tag.tE;
    this.#fmtS = tag.sS;
    this.#fmtE = tag.sE;
    this.#startCell(b);
    if (tag.vS >= 0) {
      this.#hasV = true;
      if (this.#type === T_S) this.#sDigits(b, tag.vS, tag.vE);
      else {
        this.#val = decodeText(b, tag.vS, tag.vE, false, this.#part);
        this.#checkLength();
      }
    }
    this.#endCell();
    return end;
  }

  #bad(m: string): XlsxError {
    return new XlsxError('malformed', m, this.#part);
  }

  /** <row>: its number (from r, else the next), in order and within the limit. */
  #startRow(b: Uint8Array, x: XmlScanner, self: boolean): void {
    if (!this.#inData) throw this.#bad('a row outside sheetData');
    const L = this.#L;
    let rS = -1,
      rE = 0;
    eachAttr(x, (as, ae, vs, ve) => {
      if (ae - as === 1 && b[as] === 114) {
        rS = vs;
        rE = ve;
      }
    });
    let rowNum = 0;
    if (rS >= 0)
      for (let k = rS; k < rE; k++) {
        const d = b[k]! - 48;
        if (d < 0 || d > 9 || rowNum > L.maxRows) break;
        rowNum = rowNum * 10 + d;
      }
    else rowNum = this.#lastRow + 1;
    this.#rowNum = rowNum;
    if (rowNum > L.maxRows)
      throw new XlsxError(
        'limit',
        `row ${rS >= 0 ? refText(b, rS, rE) : rowNum} is beyond row ${L.maxRows}`,
        this.#part,
      );
    if (rowNum <= this.#lastRow) throw this.#bad(`row ${rowNum} out of order`);
    this.#cells = [];
    this.#lastCol = 0;
    if (self) this.#endRow();
  }

  #endRow(): void {
    const rows = this.rows;
    while (rows.length < this.#rowNum - 1) rows.push([]);
    rows.push(this.#cells!);
    this.#lastRow = this.#rowNum;
    this.#cells = null;
    if ((this.#rowNum & 1023) === 0) this.#check();
  }

  /** Begins the cell whose r/t attribute values are at refS..refE / tS..tE (-1 when absent). */
  #startCell(b: Uint8Array): void {
    if (this.#refS !== -2) {
      const L = this.#L;
      const lastCol = this.#lastCol;
      const col = (this.#col = this.#refS >= 0 ? this.#referencedColumn(b) : lastCol + 1);
      if (col <= lastCol) throw this.#bad(`cells out of order in row ${this.#rowNum}`);
      if (col > L.maxColumns)
        throw new XlsxError(
          'limit',
          `a cell beyond column ${L.maxColumns} in row ${this.#rowNum}`,
          this.#part,
        );
      this.#cellCount += col - lastCol;
      if (this.#cellCount > L.maxCells)
        throw new XlsxError('limit', `more than ${L.maxCells} cells`, this.#part);
    }
    this.#type = this.#tS < 0 ? T_N : typeOf(b, this.#tS, this.#tE);
    this.#dated = this.#type === T_N && this.#fmtS >= 0 && this.#dates.has(this.#format(b));
    this.#hasV = false;
    this.#sIdx = 0;
    this.#val = '';
  }

  /** The cell's format index (its s attribute), -1 when it is not a whole number. */
  #format(b: Uint8Array): number {
    let n = 0;
    const s = this.#fmtS,
      e = this.#fmtE;
    if (e <= s || e - s > 9) return -1;
    for (let k = s; k < e; k++) {
      const d = b[k]! - 48;
      if (d < 0 || d > 9) return -1;
      n = n * 10 + d;
    }
    return n;
  }

  /** The column of the cell reference at refS..refE, checked: letters, then this row's number. */
  #referencedColumn(b: Uint8Array): number {
    const refS = this.#refS,
      refE = this.#refE;
    let i = refS;
    while (i < refE && b[i]! >= 65) i++;
    const col = colOf(b, refS, i);
    let r = 0;
    for (let k = i; k < refE; k++) {
      const d = b[k]! - 48;
      if (d < 0 || d > 9) throw this.#bad(`bad cell reference ${refText(b, refS, refE)}`);
      r = r * 10 + d;
    }
    if (col < 1 || i === refS) throw this.#bad(`bad cell reference ${refText(b, refS, refE)}`);
    if (col > this.#L.maxColumns)
      throw new XlsxError(
        'limit',
        `cell ${refText(b, refS, refE)} is beyond column ${this.#L.maxColumns}`,
        this.#part,
      );
    if (i < refE && r !== this.#rowNum)
      throw this.#bad(`cell ${refText(b, refS, refE)} is inside row ${this.#rowNum}`);
    return col;
  }

  /** Ends the current cell: resolves its value and stores it. */
  #endCell(): void {
    let v: string;
    if (this.#type === T_S) v = this.#hasV ? this.#sharedString() : '';
    else v = cellText(this.#type, this.#val);
    if (this.#dated && v.trim() !== '') v = dateCellText(Number(v), this.#date1904) ?? v;
    this.#pushCell(v);
    this.#capture = 0;
  }

  #pushCell(v: string): void {
    const c = this.#cells!;
    while (c.length < this.#col - 1) c.push('');
    c.push(v);
    this.#lastCol = this.#col;
  }

  /** The shared string the cell's index names. */
  #sharedString(): string {
    const str = this.#sst[this.#sIdx];
    if (str === undefined || this.#capture === -1)
      throw this.#bad(`shared string ${this.#sIdx} does not exist (row ${this.#rowNum})`);
    return str;
  }

  /** Adds the digits of b[s..e) to the shared string index (whitespace allowed). */
  #sDigits(b: Uint8Array, s: number, e: number): void {
    for (let i = s; i < e; i++) {
      const d = b[i]! - 48;
      if (d >= 0 && d <= 9) {
        this.#sIdx = this.#sIdx * 10 + d;
        if (this.#sIdx > 0x7fffffff) this.#capture = -1; // reported at </c>
      } else if (d !== -16 && d !== -39 && d !== -38 && d !== -35)
        throw this.#bad(`shared string index is not a number (row ${this.#rowNum})`);
    }
  }

  #checkLength(): void {
    if (this.#val.length > this.#L.maxCellChars)
      throw new XlsxError(
        'limit',
        `a cell longer than ${this.#L.maxCellChars} characters (row ${this.#rowNum})`,
        this.#part,
      );
  }
}
