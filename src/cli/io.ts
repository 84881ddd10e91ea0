// The command's file input and output: read with a size limit, written with a clear message when
// the place cannot be written. The only I/O in src/ besides the entry point.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { LIMITS } from '../read/limits.js';
import { UsageError } from './args.js';

/** Reads a file's bytes, refusing a missing file, a folder, or a file over the size limit. */
export function readInput(path: string, maxBytes = LIMITS.fileBytes): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new UsageError(`cannot read ${path}: it is a folder, not a file`);
    size = stat.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot read ${path}: ${reason(e)}`);
  }
  if (size > maxBytes)
    throw new UsageError(
      `cannot read ${path}: it is ${size.toLocaleString('en-GB')} bytes, more than the ${maxBytes.toLocaleString('en-GB')} a file may have`,
    );
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    throw new UsageError(`cannot read ${path}: ${reason(e)}`);
  }
}

/** Writes a file, saying plainly why when it cannot (a missing folder, a folder in the way). */
export function writeOutput(path: string, data: string | Uint8Array): void {
  try {
    if (statSync(path, { throwIfNoEntry: false })?.isDirectory())
      throw new UsageError(`cannot write ${path}: it is a folder; give a file name`);
    if (!statSync(dirname(path), { throwIfNoEntry: false }))
      throw new UsageError(`cannot write ${path}: the folder ${dirname(path)} does not exist`);
    writeFileSync(path, data);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot write ${path}: ${reason(e)}`);
  }
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  return (e as Error).message ?? 'unknown error';
}
