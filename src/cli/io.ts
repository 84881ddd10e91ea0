// The command's file input and output: read with a size limit, written with a clear message when
// the place cannot be written. The only I/O in src/ besides the entry point.
//
// Writing never destroys a file: a command refuses to replace a file that exists unless --force
// is given (checked before any work is done, and again at the moment of writing), and writes
// atomically: the bytes go to a hidden temporary file beside the target, in the same folder, which
// is then put in place in one step (a hard link when not replacing, so a file that appeared
// meanwhile is still not replaced; a rename when replacing). An interrupted run leaves the old file
// whole and no half-written file under the target's name; the temporary file is removed when the
// write fails, and one left by a killed run is removed by the next write of the same file.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fchmodSync,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
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

/** A file a command was asked to write, and the flag (without its dashes) that named it. */
export interface OutputTarget {
  readonly path: string;
  readonly flag: string;
}

/** How a command writes a file: the flag that named it, and whether --force was given. */
export interface WriteOptions {
  /** The flag that named the file, without its dashes (default `out`). */
  readonly flag?: string;
  /** Replace a file that exists (`--force`); without it an existing file is refused. */
  readonly force?: boolean;
}

/**
 * Refuses, before a command does any work, the files it cannot write: a folder, a file in a folder
 * that does not exist, one file named by two flags, and (without --force) a file that exists,
 * every existing file named in one message.
 */
export function checkOutputs(targets: readonly (OutputTarget | undefined)[], force: boolean): void {
  const given = targets.filter((t): t is OutputTarget => t !== undefined);
  given.forEach((target, i) => {
    const same = given.slice(i + 1).find((t) => resolve(t.path) === resolve(target.path));
    if (same)
      throw new UsageError(
        `--${target.flag} and --${same.flag} name the same file: give each its own`,
      );
    checkPlace(target.path);
  });
  const existing = given.filter((t) => existsSync(t.path));
  if (!force && existing.length > 0) throw refusal(existing);
}

/**
 * Writes a file atomically (a temporary file beside it, then put in place), refusing to replace
 * an existing file unless `force`, and saying plainly why when it cannot write.
 */
export function writeOutput(
  path: string,
  data: string | Uint8Array,
  { flag = 'out', force = false }: WriteOptions = {},
): void {
  checkPlace(path);
  if (!force && existsSync(path)) throw refusal([{ path, flag }]);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  removeStaleTemporaries(path);
  const temporary = temporaryPath(path);
  try {
    writeTemporary(temporary, bytes, force ? path : undefined);
    holdForTest('written', temporary);
    putInPlace(temporary, { path, flag }, force);
  } catch (e) {
    try {
      unlinkSync(temporary);
    } catch {
      // (already gone: put in place, or never created)
    }
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot write ${path}: ${reason(e)}`);
  }
}

/** Refuses a folder, or a file in a folder that does not exist. */
function checkPlace(path: string): void {
  if (statSync(path, { throwIfNoEntry: false })?.isDirectory())
    throw new UsageError(`cannot write ${path}: it is a folder; give a file name`);
  if (!statSync(dirname(path), { throwIfNoEntry: false }))
    throw new UsageError(`cannot write ${path}: the folder ${dirname(path)} does not exist`);
}

/** The refusal to replace files that exist, naming each file, its flag, and --force. */
function refusal(existing: readonly OutputTarget[]): UsageError {
  const named = existing.map((t) => `${t.path} (--${t.flag})`);
  const one = existing.length === 1;
  return new UsageError(
    `will not replace ${named.join(' or ')}: ${one ? 'it already exists' : 'they already exist'}. Add --force to replace ${one ? 'it' : 'them'}, or choose ${one ? 'another file' : 'other files'}`,
  );
}

/** What a temporary file beside `path` starts with: hidden, and named after the target. */
const temporaryPrefix = (path: string) => `.${basename(path).slice(0, 120)}.hmip-ratings-`;

/** A new temporary file's path beside `path`, with this process's id (see removeStaleTemporaries). */
const temporaryPath = (path: string) =>
  join(
    dirname(path),
    `${temporaryPrefix(path)}${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );

/** Writes the bytes to a new temporary file and flushes them to disk (with `replacing`'s mode). */
function writeTemporary(temporary: string, bytes: Uint8Array, replacing: string | undefined): void {
  const fd = openSync(temporary, 'wx', 0o666);
  try {
    const half = Math.floor(bytes.length / 2);
    writeAll(fd, bytes.subarray(0, half));
    holdForTest('half-written', temporary);
    writeAll(fd, bytes.subarray(half));
    const old =
      replacing === undefined ? undefined : statSync(replacing, { throwIfNoEntry: false });
    if (old?.isFile()) fchmodSync(fd, old.mode & 0o7777);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
}

/**
 * Puts the written temporary file in place in one step: renamed over the target with --force;
 * otherwise hard-linked to the target's name, which fails rather than replace a file that
 * appeared since the check (a file system without hard links checks once more, then renames).
 */
function putInPlace(temporary: string, target: OutputTarget, force: boolean): void {
  if (force) {
    renameSync(temporary, target.path);
    return;
  }
  try {
    linkSync(temporary, target.path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') throw refusal([target]);
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EMLINK', 'EXDEV'].includes(code)) throw e;
    if (existsSync(target.path)) throw refusal([target]);
    renameSync(temporary, target.path);
    return;
  }
  unlinkSync(temporary);
}

/**
 * Removes the temporary files beside `path` that a killed run of the command left (named with the
 * id of a process that no longer runs). Only this command's own temporary files of this target
 * are touched.
 */
function removeStaleTemporaries(path: string): void {
  const folder = dirname(path);
  const prefix = temporaryPrefix(path);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const owner = /^(\d{1,10})-[0-9a-f]{8}$/.exec(name.slice(prefix.length, -'.tmp'.length));
    if (!owner || running(Number(owner[1]))) continue;
    try {
      unlinkSync(join(folder, name));
    } catch {
      // (removed by another run meanwhile, or not ours to remove: left as it is)
    }
  }
}

/** Whether a process with this id runs (one that cannot be signalled runs, as far as we know). */
function running(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

/**
 * For the tests only: with HMIP_RATINGS_TEST_HOLD_WRITE=<stage>:<release file> in the environment,
 * a write stops at `stage` ("half-written": half the bytes in the temporary file; "written": all of
 * them, not yet put in place), says so on standard error, and waits until the release file exists
 * (at most a minute), so a test can kill the process at exactly that point
 * (test/cli/write.test.ts). Without the variable, nothing happens.
 */
function holdForTest(stage: 'half-written' | 'written', temporary: string): void {
  const hold = process.env.HMIP_RATINGS_TEST_HOLD_WRITE;
  if (!hold?.startsWith(`${stage}:`)) return;
  const release = hold.slice(stage.length + 1);
  process.stderr.write(`HMIP_RATINGS_TEST_HOLD_WRITE: holding at ${stage}: ${temporary}\n`);
  const cell = new Int32Array(new SharedArrayBuffer(4));
  const until = Date.now() + 60_000;
  while (!existsSync(release) && Date.now() < until) Atomics.wait(cell, 0, 0, 20);
}

function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'ENOTDIR') return 'a part of the path is not a folder';
  if (code === 'ENOSPC') return 'the disk is full';
  return (e as Error).message ?? 'unknown error';
}
