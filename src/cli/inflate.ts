// Node's zlib as the workbook reader's inflater: it checks each entry's CRC-32 and size from the
// gzip trailer it is given, and inflates on the thread pool while the reader scans (about 1.3x
// faster than DecompressionStream on a 100,000-case workbook; docs/performance.md).
import { createGunzip } from 'node:zlib';
import type { Inflater } from '../read/workbook-reader.js';
import { gzipFrame } from '../sheet/zip/zip.js';

export const nodeInflater: Inflater = (data, expect, onPiece) =>
  new Promise<void>((resolve, reject) => {
    const gunzip = createGunzip({ chunkSize: 64 * 1024 });
    const [head, tail] = gzipFrame(expect.crc, expect.size);
    let failed = false;
    const fail = (e: unknown) => {
      if (failed) return;
      failed = true;
      gunzip.destroy();
      reject(e);
    };
    gunzip.on('data', (piece: Uint8Array) => {
      if (failed) return;
      try {
        onPiece(piece, gunzip.bytesWritten);
      } catch (e) {
        fail(e);
      }
    });
    gunzip.on('error', fail);
    gunzip.on('end', () => failed || resolve());
    (async () => {
      gunzip.write(head);
      for (let i = 0; i < data.length && !failed; i += 65536)
        if (!gunzip.write(data.subarray(i, i + 65536)))
          await new Promise((drained) => gunzip.once('drain', drained));
      if (!failed) gunzip.end(tail);
    })().catch(fail);
  });
