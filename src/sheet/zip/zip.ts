// The zip layer: central directory, local headers, inflation with byte counting and CRC-32.
// Deflate data is inflated by the platform (DecompressionStream, or an inflater the caller passes,
// such as node:zlib), wrapped as a gzip member whose trailer carries the zip entry's CRC-32 and
// size, so the engine itself checks both.
import { crc32 } from './crc32.js';
import { XlsxError } from './errors.js';

export interface ZipEntry {
  readonly name: string;
  readonly method: number; // 0 stored, 8 deflate
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number; // declared uncompressed size (central directory)
  readonly dataStart: number; // offset of the compressed bytes (from the LOCAL header's lengths)
  readonly central: number; // offset of the entry's central directory header
  readonly local: number; // offset of the entry's local header
}

export interface ZipLimits {
  readonly maxEntries: number;
  readonly maxEntryBytes: number; // uncompressed, one entry
  readonly maxTotalBytes: number; // uncompressed, all entries inflated
  readonly maxRatio: number; // uncompressed / compressed, checked after `ratioGraceBytes`
  readonly ratioGraceBytes: number;
}

/** The default limits of a zip: room for any workbook a spreadsheet writes, and no zip bomb. */
export const ZIP_LIMITS: ZipLimits = {
  maxEntries: 2_000,
  maxEntryBytes: 1 << 30,
  maxTotalBytes: 1 << 30,
  maxRatio: 200,
  ratioGraceBytes: 1 << 20,
};

const u16 = (b: Uint8Array, o: number) => b[o]! | (b[o + 1]! << 8);
const u32 = (b: Uint8Array, o: number) =>
  (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
const u64 = (b: Uint8Array, o: number) => {
  const hi = u32(b, o + 4);
  if (hi > 0x1fffff) throw new XlsxError('unsupported', 'a zip64 size or offset is beyond 2^53');
  return hi * 2 ** 32 + u32(b, o);
};
const utf8 = new TextDecoder('utf-8', { fatal: true });
const cp437ish = new TextDecoder('latin1');

/** Reads and checks the central directory; no entry is inflated here. */
export function readCentralDirectory(b: Uint8Array, limits: ZipLimits): Map<string, ZipEntry> {
  const { count, cdSize, cdOffset } = endOfCentralDirectory(b);
  if (count > limits.maxEntries)
    throw new XlsxError('limit', `${count} zip entries (limit ${limits.maxEntries})`);
  if (cdOffset + cdSize > b.length)
    throw new XlsxError('corrupt', 'central directory lies outside the file');
  const entries = new Map<string, ZipEntry>();
  const spans: [number, number, string][] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    const header = centralHeader(b, p, cdOffset + cdSize);
    p = header.next;
    const en = checkedEntry(b, header, cdOffset, limits, entries);
    spans.push([en.local, en.dataStart + en.compressedSize, en.name]);
    entries.set(en.name.toLowerCase(), en); // OPC part names compare case-insensitively
  }
  // Overlapping entries are how the "better zip bomb" (Fifield 2019) reuses one compressed kernel.
  spans.sort((x, y) => x[0] - y[0]);
  for (let i = 1; i < spans.length; i++)
    if (spans[i]![0] < spans[i - 1]![1])
      throw new XlsxError('corrupt', 'entry overlaps another entry', spans[i]![2]);
  let declared = 0;
  for (const en of entries.values()) declared += en.size;
  if (declared > limits.maxTotalBytes)
    throw new XlsxError(
      'limit',
      `entries declare ${declared} bytes uncompressed (limit ${limits.maxTotalBytes})`,
    );
  return entries;
}

/** The end-of-central-directory record (zip64 when present): entry count, directory size and offset. */
function endOfCentralDirectory(b: Uint8Array): {
  count: number;
  cdSize: number;
  cdOffset: number;
} {
  if (b.length >= 4 && u32(b, 0) === 0xe011cfd0)
    throw new XlsxError(
      'not-xlsx',
      'this is an OLE compound file: a password-protected workbook or a legacy .xls',
    );
  if (b.length < 22 || u32(b, 0) !== 0x04034b50)
    throw new XlsxError('not-xlsx', 'not a zip file (no local header at offset 0)');
  let e = b.length - 22;
  const stop = Math.max(0, b.length - 22 - 0xffff);
  while (e >= stop && u32(b, e) !== 0x06054b50) e--;
  if (e < stop) throw new XlsxError('corrupt', 'no end-of-central-directory record');
  if (u16(b, e + 4) !== 0 || u16(b, e + 6) !== 0)
    throw new XlsxError('unsupported', 'multi-disk zip');
  if (e >= 20 && u32(b, e - 20) === 0x07064b50) {
    const z = u64(b, e - 12);
    if (z + 56 > b.length || u32(b, z) !== 0x06064b50)
      throw new XlsxError('corrupt', 'bad zip64 end record');
    return { count: u64(b, z + 32), cdSize: u64(b, z + 40), cdOffset: u64(b, z + 48) };
  }
  return { count: u16(b, e + 10), cdSize: u32(b, e + 12), cdOffset: u32(b, e + 16) };
}

interface CentralHeader {
  readonly name: string;
  readonly nameLen: number;
  readonly nameBytes: Uint8Array;
  readonly flags: number;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly central: number;
  readonly local: number;
  /** Offset of the next central directory header. */
  readonly next: number;
}

/** The central directory header at p (before `end`), with its zip64 sizes and offset. */
function centralHeader(b: Uint8Array, p: number, end: number): CentralHeader {
  if (p + 46 > end || u32(b, p) !== 0x02014b50)
    throw new XlsxError('corrupt', 'bad central directory entry');
  const flags = u16(b, p + 8);
  const method = u16(b, p + 10);
  const crc = u32(b, p + 16);
  let compressedSize = u32(b, p + 20);
  let size = u32(b, p + 24);
  const nameLen = u16(b, p + 28);
  const extraLen = u16(b, p + 30);
  const commentLen = u16(b, p + 32);
  let local = u32(b, p + 42);
  const nameBytes = b.subarray(p + 46, p + 46 + nameLen);
  const name = (flags & 0x800 ? utf8 : cp437ish).decode(nameBytes);
  // zip64 extra field: present values replace the 0xFFFFFFFF placeholders, in this order.
  for (let x = p + 46 + nameLen, xe = x + extraLen; x + 4 <= xe; x += 4 + u16(b, x + 2)) {
    if (u16(b, x) !== 1) continue;
    let q = x + 4;
    if (size === 0xffffffff) {
      size = u64(b, q);
      q += 8;
    }
    if (compressedSize === 0xffffffff) {
      compressedSize = u64(b, q);
      q += 8;
    }
    if (local === 0xffffffff) local = u64(b, q);
  }
  const next = p + 46 + nameLen + extraLen + commentLen;
  return {
    name,
    nameLen,
    nameBytes,
    flags,
    method,
    crc,
    compressedSize,
    size,
    central: p,
    local,
    next,
  };
}

/** The entry a central header describes, refused unless its local header agrees and it can be read. */
function checkedEntry(
  b: Uint8Array,
  h: CentralHeader,
  cdOffset: number,
  limits: ZipLimits,
  entries: ReadonlyMap<string, ZipEntry>,
): ZipEntry {
  const { name, method, compressedSize, size, local } = h;
  if (h.flags & 0x41) throw new XlsxError('unsupported', 'entry is encrypted', name);
  if (method !== 0 && method !== 8)
    throw new XlsxError('unsupported', `compression method ${method}`, name);
  if (method === 0 && compressedSize !== size)
    throw new XlsxError('corrupt', 'stored entry sizes differ', name);
  if (entries.has(name.toLowerCase())) throw new XlsxError('corrupt', 'duplicate entry name', name);
  if (size > limits.maxEntryBytes)
    throw new XlsxError(
      'limit',
      `declares ${size} bytes uncompressed (limit ${limits.maxEntryBytes})`,
      name,
    );
  // The local header must agree with the central directory; the data offset uses the LOCAL lengths.
  if (local + 30 > b.length || u32(b, local) !== 0x04034b50)
    throw new XlsxError('corrupt', 'bad local header', name);
  const lNameLen = u16(b, local + 26);
  const lName = b.subarray(local + 30, local + 30 + lNameLen);
  if (lNameLen !== h.nameLen || lName.some((c, j) => c !== h.nameBytes[j]))
    throw new XlsxError('corrupt', 'local header names a different entry', name);
  if (u16(b, local + 8) !== method)
    throw new XlsxError('corrupt', 'local header disagrees on the method', name);
  const dataStart = local + 30 + lNameLen + u16(b, local + 28);
  if (dataStart + compressedSize > cdOffset)
    throw new XlsxError('corrupt', 'entry data runs past the central directory', name);
  return { name, method, crc: h.crc, compressedSize, size, dataStart, central: h.central, local };
}

/** Turns raw deflate into a gzip member whose trailer carries the zip CRC-32 and size, so a native gunzip checks both. */
function gzipWrap(
  data: Uint8Array,
  crc: number,
  size: number,
  chunk: number,
  fed: { n: number },
): ReadableStream<Uint8Array> {
  const [head, tail] = gzipFrame(crc, size);
  let i = -1;
  return new ReadableStream<Uint8Array>({
    pull(c) {
      if (i < 0) {
        c.enqueue(head);
        i = 0;
      } else if (i < data.length) {
        c.enqueue(data.subarray(i, i + chunk)); // a view, no copy
        i += chunk;
        fed.n = Math.min(i, data.length);
      } else {
        c.enqueue(tail);
        c.close();
      }
    },
  });
}

/**
 * A platform inflater: inflate raw-deflate `data`, calling `onPiece(piece, consumed)` as output appears
 * (`consumed` = compressed bytes taken so far); it must stop when `onPiece` throws, and reject if the
 * output's CRC-32 or length differ from `expect` (e.g. by gunzipping a gzip-wrapped copy, see gzipHeader).
 */
export type Inflater = (
  data: Uint8Array,
  expect: { readonly crc: number; readonly size: number },
  onPiece: (piece: Uint8Array, consumed: number) => void,
) => Promise<void>;
export type Backend = 'native' | Inflater;

/** The 10-byte gzip header and the 8-byte trailer that make a zip entry's deflate data a gzip member. */
export function gzipFrame(crc: number, size: number): [Uint8Array, Uint8Array] {
  const tail = new Uint8Array(8);
  const dv = new DataView(tail.buffer);
  dv.setUint32(0, crc, true);
  dv.setUint32(4, size >>> 0, true);
  return [new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255]), tail];
}
export const nativeAvailable = (): boolean => {
  try {
    return typeof DecompressionStream === 'function' && !!new DecompressionStream('gzip');
  } catch {
    return false;
  }
};

/**
 * Inflates one entry, handing each piece to `sink`; refuses as soon as the output passes the declared size,
 * the per-entry limit, the overall budget or the ratio limit, and at the end unless size and CRC-32 match.
 * `budget.left` is shared across entries; `check` is called per piece (time limit).
 */
export async function inflateEntry(
  zip: Uint8Array,
  en: ZipEntry,
  limits: ZipLimits,
  budget: { left: number },
  backend: Backend,
  check: () => void,
  sink: (piece: Uint8Array) => void,
): Promise<void> {
  const data = zip.subarray(en.dataStart, en.dataStart + en.compressedSize);
  let out = 0;
  let crc = 0;
  const fed = { n: 0 }; // compressed bytes handed to the inflater so far
  const count = (piece: Uint8Array) => {
    out += piece.length;
    if (out > en.size)
      throw new XlsxError(
        'corrupt',
        `inflates past its declared size of ${en.size} bytes`,
        en.name,
      );
    if (out > budget.left)
      throw new XlsxError('limit', 'uncompressed total exceeds the limit', en.name);
    if (out > limits.ratioGraceBytes && out > limits.maxRatio * fed.n)
      throw new XlsxError(
        'limit',
        `compression ratio above ${limits.maxRatio}:1 (zip bomb?)`,
        en.name,
      );
    check();
  };
  if (en.method === 0) {
    for (let i = 0; i < data.length; i += 65536) {
      const piece = data.subarray(i, i + 65536);
      fed.n = i + piece.length;
      count(piece);
      crc = crc32(crc, piece);
      sink(piece);
    }
  } else if (typeof backend === 'function') {
    try {
      await backend(data, en, (piece, consumed) => {
        fed.n = consumed;
        count(piece);
        sink(piece);
      });
    } catch (e) {
      if (e instanceof XlsxError) throw e;
      const why =
        out === en.size ? 'CRC-32 mismatch' : `bad deflate data (${(e as Error).message})`;
      throw new XlsxError('corrupt', why, en.name);
    }
    crc = en.crc; // the inflater checked it
  } else if (backend === 'native') {
    const reader = gzipWrap(data, en.crc, en.size, 65536, fed)
      .pipeThrough(
        new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>,
      )
      .getReader();
    // Ask for the next piece before scanning this one, so the engine inflates (off-thread in Node) while we scan.
    let pending = reader.read();
    try {
      for (;;) {
        let r: ReadableStreamReadResult<Uint8Array>;
        try {
          r = await pending;
        } catch (e) {
          const why =
            out === en.size ? 'CRC-32 mismatch' : `bad deflate data (${(e as Error).message})`;
          throw new XlsxError('corrupt', why, en.name);
        }
        if (r.done) break;
        pending = reader.read();
        count(r.value);
        sink(r.value);
      }
    } catch (e) {
      pending.catch(() => {});
      void reader.cancel().catch(() => {});
      throw e;
    }
    crc = en.crc; // verified by the gzip trailer
  }
  if (out !== en.size)
    throw new XlsxError('corrupt', `inflates to ${out} bytes, declared ${en.size}`, en.name);
  if (crc !== en.crc) throw new XlsxError('corrupt', 'CRC-32 mismatch', en.name);
  budget.left -= out;
}
