// SpreadsheetML on top of the zip layer and the tokenizer: workbook, relationships, shared strings, sheets.
import { XlsxError } from '../../sheet/zip/errors.js';
import { eachAttr, decodeText, nameIs, unescapeOoxml, XmlScanner, type XmlHandler } from './xml.js';
import {
  inflateEntry,
  nativeAvailable,
  readCentralDirectory,
  type Backend,
  type ZipEntry,
  type ZipLimits,
  ZIP_LIMITS,
} from '../../sheet/zip/zip.js';

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

const dirOf = (p: string) => p.slice(0, p.lastIndexOf('/') + 1);
function resolve(fromDir: string, target: string): string {
  let t = target;
  try {
    t = decodeURIComponent(t);
  } catch {
    /* keep as written */
  }
  const segs = (t.startsWith('/') ? t.slice(1) : fromDir + t).split('/');
  const out: string[] = [];
  for (const s of segs)
    if (s === '..') out.pop();
    else if (s !== '.' && s !== '') out.push(s);
  return out.join('/');
}

interface Attr {
  [name: string]: string;
}
/** A handler that records selected attributes of elements with the given local names. */
function collector(
  part: string,
  names: readonly string[],
): { h: XmlHandler; found: { el: string; a: Attr }[] } {
  const found: { el: string; a: Attr }[] = [];
  const h: XmlHandler = {
    open(b, s, ne, _self, x) {
      const el = names.find((n) => nameIs(b, s, ne, n));
      if (!el) return;
      const a: Attr = {};
      eachAttr(x, (as, ae, vs, ve) => {
        a[String.fromCharCode(...b.subarray(as, ae))] = decodeText(b, vs, ve, false, part);
      });
      found.push({ el, a });
    },
    close() {},
    text() {},
  };
  return { h, found };
}

const T_N = 0,
  T_S = 1,
  T_STR = 2,
  T_INLINE = 3,
  T_B = 4,
  T_E = 5;

export async function readXlsx(
  bytes: Uint8Array,
  options: ReadXlsxOptions = {},
): Promise<XlsxBook> {
  const L: XlsxLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const deadline = performanceNow() + L.maxMillis;
  const check = () => {
    if (performanceNow() > deadline)
      throw new XlsxError('limit', `reading took longer than ${L.maxMillis} ms`);
  };
  if (options.backend === undefined && !nativeAvailable())
    throw new XlsxError('unsupported', 'this platform has no DecompressionStream to unzip with');
  const backend: Backend = options.backend ?? 'native';
  const entries = readCentralDirectory(bytes, L);
  const budget = { left: L.maxTotalBytes };
  const done = new Set<string>();
  const entry = (path: string): ZipEntry | undefined => entries.get(path.toLowerCase());
  async function parse(en: ZipEntry, h: XmlHandler): Promise<void> {
    const sc = new XmlScanner(h, en.name, L.maxTokenBytes);
    await inflateEntry(bytes, en, L, budget, backend, check, (piece) => sc.push(piece));
    sc.end();
    done.add(en.name.toLowerCase());
  }
  async function rels(source: string): Promise<{ el: string; a: Attr }[]> {
    const path = `${dirOf(source)}_rels/${source.slice(source.lastIndexOf('/') + 1)}.rels`;
    const en = entry(path);
    if (!en) return [];
    const c = collector(path, ['Relationship']);
    await parse(en, c.h);
    return c.found.filter((r) => r.a.TargetMode !== 'External');
  }

  const root = await rels('');
  const office = root.find((r) => r.a.Type?.endsWith('/officeDocument'));
  if (!office?.a.Target)
    throw new XlsxError('not-xlsx', 'no officeDocument relationship in _rels/.rels');
  const wbPath = resolve('', office.a.Target);
  if (!wbPath.toLowerCase().endsWith('.xml'))
    throw new XlsxError(
      'not-xlsx',
      `the workbook part is ${wbPath} (an .xlsb?), not SpreadsheetML XML`,
    );
  const wbEntry = entry(wbPath);
  if (!wbEntry) throw new XlsxError('malformed', 'the workbook part is missing', wbPath);
  const wb = collector(wbPath, ['sheet']);
  await parse(wbEntry, wb.h);
  const wbRels = new Map((await rels(wbPath)).map((r) => [r.a.Id, r.a]));
  if (wb.found.length > L.maxSheets)
    throw new XlsxError('limit', `${wb.found.length} sheets (limit ${L.maxSheets})`, wbPath);
  const seen = new Set<string>();
  const sheets: SheetInfo[] = wb.found.map(({ a }) => {
    const name = a.name ?? '';
    const id = Object.keys(a).find((k) => k.endsWith(':id'));
    const rel = id ? wbRels.get(a[id]!) : undefined;
    if (!name || !rel?.Target)
      throw new XlsxError(
        'malformed',
        `sheet ${JSON.stringify(name)} has no name or no part`,
        wbPath,
      );
    if (seen.has(name.toLowerCase()))
      throw new XlsxError(
        'malformed',
        `two sheets are named ${JSON.stringify(name)} (ignoring case)`,
        wbPath,
      );
    seen.add(name.toLowerCase());
    const st = a.state ?? 'visible';
    if (st !== 'visible' && st !== 'hidden' && st !== 'veryHidden')
      throw new XlsxError('malformed', `sheet state ${JSON.stringify(st)}`, wbPath);
    const type = rel.Type ?? '';
    const kind = type.endsWith('/worksheet')
      ? 'worksheet'
      : type.endsWith('/chartsheet')
        ? 'chartsheet'
        : 'other';
    return { name, state: st, kind, part: resolve(dirOf(wbPath), rel.Target) };
  });
  const chosen = sheets.filter(
    (s) => s.state === 'visible' && s.kind === 'worksheet' && (options.select?.(s) ?? true),
  );

  let sst: string[] = [];
  const sstRel = [...wbRels.values()].find((r) => r.Type?.endsWith('/sharedStrings'));
  const sstEntry = sstRel?.Target ? entry(resolve(dirOf(wbPath), sstRel.Target)) : undefined;
  if (chosen.length > 0 && sstEntry) sst = await sharedStrings(sstEntry);

  const read: SheetData[] = [];
  for (const s of chosen) {
    const en = entry(s.part);
    if (!en) throw new XlsxError('malformed', 'the sheet part is missing', s.part);
    const ws = worksheet(en.name, sst, L, check);
    await parse(en, ws.h);
    read.push({ ...s, rows: ws.rows, merges: ws.merges });
  }
  if (options.verifyAll ?? true)
    for (const en of entries.values())
      if (!done.has(en.name.toLowerCase()))
        await inflateEntry(bytes, en, L, budget, backend, check, () => {});
  return { sheets, read };

  async function sharedStrings(en: ZipEntry): Promise<string[]> {
    const out: string[] = [];
    let inSi = false,
      capture = false,
      rph = 0,
      val = '';
    await parse(en, {
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
          throw new XlsxError('limit', `more than ${L.maxSharedStrings} shared strings`, en.name);
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
        val += decodeText(b, s, e, raw, en.name);
        if (val.length > L.maxCellChars)
          throw new XlsxError(
            'limit',
            `a shared string longer than ${L.maxCellChars} characters`,
            en.name,
          );
      },
    });
    return out;
  }
}

function performanceNow(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** Column number of letters b[s..e) ('A' = 1), or -1. */
function colOf(b: Uint8Array, s: number, e: number): number {
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
function typeOf(b: Uint8Array, s: number, e: number): number {
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
/** Start of the local name (after a namespace prefix, as in <x:c>). */
function localStart(b: Uint8Array, s: number, ne: number): number {
  if (ne - s > 1) for (let i = s + 1; i < ne - 1; i++) if (b[i] === 58) return i + 1;
  return s;
}
const refText = (b: Uint8Array, s: number, e: number) =>
  String.fromCharCode(...b.subarray(s, Math.min(e, s + 40)));
const REF = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

/** @internal exported for benchmarks */
export function worksheet(part: string, sst: readonly string[], L: XlsxLimits, check: () => void) {
  const rows: string[][] = [];
  const merges: string[] = [];
  let inData = false,
    inMerges = false;
  let rowNum = 0,
    lastRow = 0,
    cells: string[] | null = null,
    lastCol = 0,
    cellCount = 0;
  let col = 0,
    type = T_N,
    capture = 0,
    inIs = false,
    rph = 0,
    hasV = false,
    sIdx = 0,
    val = '';
  let refS = 0,
    refE = 0,
    tS = 0,
    tE = 0,
    rS = 0,
    rE = 0;
  const bad = (m: string) => new XlsxError('malformed', m, part);

  const endRow = () => {
    while (rows.length < rowNum - 1) rows.push([]);
    rows.push(cells!);
    lastRow = rowNum;
    cells = null;
    if ((rowNum & 1023) === 0) check();
  };
  const pushCell = (v: string) => {
    const c = cells!;
    while (c.length < col - 1) c.push('');
    c.push(v);
    lastCol = col;
  };
  /** Begins the cell whose r/t attribute values are at refS..refE / tS..tE (-1 when absent). */
  const startCell = (b: Uint8Array) => {
    if (refS !== -2) {
      if (refS >= 0) {
        let i = refS;
        while (i < refE && b[i]! >= 65) i++;
        col = colOf(b, refS, i);
        let r = 0;
        for (let k = i; k < refE; k++) {
          const d = b[k]! - 48;
          if (d < 0 || d > 9) throw bad(`bad cell reference ${refText(b, refS, refE)}`);
          r = r * 10 + d;
        }
        if (col < 1 || i === refS) throw bad(`bad cell reference ${refText(b, refS, refE)}`);
        if (col > L.maxColumns)
          throw new XlsxError(
            'limit',
            `cell ${refText(b, refS, refE)} is beyond column ${L.maxColumns}`,
            part,
          );
        if (i < refE && r !== rowNum)
          throw bad(`cell ${refText(b, refS, refE)} is inside row ${rowNum}`);
      } else col = lastCol + 1;
      if (col <= lastCol) throw bad(`cells out of order in row ${rowNum}`);
      if (col > L.maxColumns)
        throw new XlsxError('limit', `a cell beyond column ${L.maxColumns} in row ${rowNum}`, part);
      cellCount += col - lastCol;
      if (cellCount > L.maxCells)
        throw new XlsxError('limit', `more than ${L.maxCells} cells`, part);
    }
    type = tS < 0 ? T_N : typeOf(b, tS, tE);
    hasV = false;
    sIdx = 0;
    val = '';
  };
  /** Ends the current cell: resolves its value and stores it. */
  const endCell = () => {
    let v: string;
    if (type === T_S) {
      if (!hasV) v = '';
      else {
        const str = sst[sIdx];
        if (str === undefined || capture === -1)
          throw bad(`shared string ${sIdx} does not exist (row ${rowNum})`);
        v = str;
      }
    } else if (type === T_B) v = val === '1' ? 'TRUE' : val === '0' ? 'FALSE' : val;
    else if (type === T_STR || type === T_INLINE) v = unescapeOoxml(val);
    else v = val;
    pushCell(v);
    capture = 0;
  };
  const sDigits = (b: Uint8Array, s: number, e: number) => {
    for (let i = s; i < e; i++) {
      const d = b[i]! - 48;
      if (d >= 0 && d <= 9) {
        sIdx = sIdx * 10 + d;
        if (sIdx > 0x7fffffff) capture = -1; // reported at </c>
      } else if (d !== -16 && d !== -39 && d !== -38 && d !== -35)
        throw bad(`shared string index is not a number (row ${rowNum})`);
    }
  };
  const h: XmlHandler = {
    open(b, s0, ne, self, x) {
      const s = localStart(b, s0, ne);
      const len = ne - s;
      if (len === 1) {
        const ch = b[s];
        if (ch === 99 /* c */ && cells) {
          refS = refE = tS = tE = -1;
          const at = x.at;
          for (let k = 0, kn = x.nAttr * 4; k < kn; k += 4) {
            const as = at[k]!;
            if (at[k + 1]! - as === 1) {
              if (b[as] === 114) {
                refS = at[k + 2]!;
                refE = at[k + 3]!;
              } else if (b[as] === 116) {
                tS = at[k + 2]!;
                tE = at[k + 3]!;
              }
            }
          }
          startCell(b);
          if (self) pushCell('');
          return;
        }
        if (ch === 118 /* v */ && cells && !self) {
          capture = 1;
          hasV = true;
          return;
        }
        if (ch === 116 /* t */ && inIs && rph === 0 && !self) {
          capture = 2;
          return;
        }
        if (ch === 102 /* f */) return;
      }
      if (nameIs(b, s, ne, 'row')) {
        if (!inData) throw bad('a row outside sheetData');
        rS = -1;
        eachAttr(x, (as, ae, vs, ve) => {
          if (ae - as === 1 && b[as] === 114) {
            rS = vs;
            rE = ve;
          }
        });
        if (rS >= 0) {
          rowNum = 0;
          for (let k = rS; k < rE; k++) {
            const d = b[k]! - 48;
            if (d < 0 || d > 9 || rowNum > L.maxRows) break;
            rowNum = rowNum * 10 + d;
          }
        } else rowNum = lastRow + 1;
        if (rowNum > L.maxRows)
          throw new XlsxError(
            'limit',
            `row ${rS >= 0 ? refText(b, rS, rE) : rowNum} is beyond row ${L.maxRows}`,
            part,
          );
        if (rowNum <= lastRow) throw bad(`row ${rowNum} out of order`);
        cells = [];
        lastCol = 0;
        if (self) endRow();
      } else if (nameIs(b, s, ne, 'is')) inIs = !self;
      else if (nameIs(b, s, ne, 'rPh')) rph += self ? 0 : 1;
      else if (nameIs(b, s, ne, 'sheetData')) inData = !self;
      else if (nameIs(b, s, ne, 'mergeCells')) inMerges = !self;
      else if (inMerges && nameIs(b, s, ne, 'mergeCell')) {
        let ref = '';
        eachAttr(x, (as, ae, vs, ve) => {
          if (ae - as === 3 && b[as] === 114 && b[as + 1] === 101 && b[as + 2] === 102)
            ref = decodeText(b, vs, ve, false, part);
        });
        const [a, z, extra] = ref.split(':');
        if (extra !== undefined || !a || !REF.test(a) || (z !== undefined && !REF.test(z)))
          throw bad(`bad merged range ${JSON.stringify(ref)}`);
        if (merges.length >= L.maxMerges)
          throw new XlsxError('limit', `more than ${L.maxMerges} merged ranges`, part);
        merges.push(ref.toUpperCase().replace(/\$/g, ''));
      }
    },
    close(b, s0, ne) {
      const s = localStart(b, s0, ne);
      const len = ne - s;
      if (len === 1) {
        const ch = b[s];
        if (ch === 99 && cells) {
          endCell();
          return;
        }
        if (ch === 118 || ch === 116) {
          if (capture > 0) capture = 0;
          return;
        }
      }
      if (nameIs(b, s, ne, 'row')) {
        if (cells) endRow();
      } else if (nameIs(b, s, ne, 'is')) inIs = false;
      else if (nameIs(b, s, ne, 'rPh')) rph--;
      else if (nameIs(b, s, ne, 'sheetData')) inData = false;
      else if (nameIs(b, s, ne, 'mergeCells')) inMerges = false;
    },
    cell(b, pos, n) {
      // Fast path for the common shapes <c .../>, <c ...></c> and <c ...><v>text</v></c>; -1 = use the
      // generic tokens, -2 = incomplete (wait for more bytes). Nothing is changed unless the cell is complete.
      // The r attribute is decoded while its value is scanned (one pass).
      if (!cells) return -1;
      let i = pos + 2;
      let fc = -1,
        fr = 0,
        ts = -1,
        te = -1,
        self = false,
        rs = -1,
        re = -1;
      for (;;) {
        let c = b[i]!;
        while (c === 32 || c === 9 || c === 10 || c === 13) c = b[++i]!;
        if (i >= n) return -2;
        if (c === 62) {
          i++;
          break;
        }
        if (c === 47) {
          if (i + 1 >= n) return -2;
          if (b[i + 1] !== 62) return -1;
          i += 2;
          self = true;
          break;
        }
        const as = i;
        while (i < n && (c = b[i]!) !== 61 && c !== 32 && c !== 62) i++;
        if (i + 1 >= n) return -2;
        if (c !== 61) return -1;
        const one = i - as === 1 ? b[as] : 0;
        const q = b[++i];
        if (q !== 34 && q !== 39) return -1;
        let ve = ++i;
        if (one === 114) {
          // r="AB12": letters then digits, else leave it to the generic path's checks
          rs = ve;
          let col = 0,
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
          if (c !== q || col === 0 || col > 16384) return -1;
          fc = col;
          fr = ve - rs > 0 && b[ve - 1]! <= 57 ? row : -1;
          re = ve;
        } else {
          while (ve < n && b[ve] !== q) ve++;
          if (ve >= n) return -2;
          if (one === 116) {
            ts = i;
            te = ve;
          }
        }
        i = ve + 1;
      }
      let vs = -1,
        ve = -1,
        end: number;
      if (self) end = i;
      else {
        if (i + 4 > n) return -2;
        if (b[i] !== 60) return -1;
        if (b[i + 1] === 47 && b[i + 2] === 99 && b[i + 3] === 62)
          end = i + 4; // </c>
        else if (b[i + 1] === 118 && b[i + 2] === 62) {
          vs = i + 3; // <v>
          ve = vs;
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
          end = ve + 8;
        } else return -1;
      }
      if (fc > 0 && (fr === rowNum || fr === -1) && fc > lastCol && fc <= L.maxColumns) {
        // the usual case, already validated: no second parse of the reference
        col = fc;
        cellCount += col - lastCol;
        if (cellCount > L.maxCells)
          throw new XlsxError('limit', `more than ${L.maxCells} cells`, part);
        type = ts < 0 ? T_N : typeOf(b, ts, te);
        if (type === T_S && vs >= 0) {
          sIdx = 0;
          capture = 0;
          sDigits(b, vs, ve);
          const str = sst[sIdx];
          if (str === undefined || capture === -1)
            throw bad(`shared string ${sIdx} does not exist (row ${rowNum})`);
          const c = cells;
          if (c.length !== col - 1) while (c.length < col - 1) c.push('');
          c.push(str);
          lastCol = col;
          capture = 0;
          return end;
        }
        refS = -2;
      } else {
        refS = rs;
        refE = re;
      }
      tS = ts;
      tE = te;
      startCell(b);
      if (vs >= 0) {
        hasV = true;
        if (type === T_S) sDigits(b, vs, ve);
        else {
          val = decodeText(b, vs, ve, false, part);
          if (val.length > L.maxCellChars)
            throw new XlsxError(
              'limit',
              `a cell longer than ${L.maxCellChars} characters (row ${rowNum})`,
              part,
            );
        }
      }
      endCell();
      return end;
    },
    text(b, s, e, raw) {
      if (capture === 0) return;
      if (capture === 1 && type === T_S && !raw) {
        sDigits(b, s, e);
        return;
      }
      val += decodeText(b, s, e, raw, part);
      if (val.length > L.maxCellChars)
        throw new XlsxError(
          'limit',
          `a cell longer than ${L.maxCellChars} characters (row ${rowNum})`,
          part,
        );
    },
  };
  return { h, rows, merges };
}
