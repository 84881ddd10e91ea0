// Problems in the words of the spreadsheet: each at a file, row and column, sorted the way a
// person reads a sheet.
import type { RatingIssue } from 'hmip-ratings';

/** A problem at a file, and a row and column where known. */
export function located(
  code: RatingIssue['code'],
  message: string,
  file: string,
  row?: number,
  column?: string,
): RatingIssue {
  return {
    code,
    path: [file],
    message,
    location: {
      file,
      ...(row !== undefined && { row }),
      ...(column !== undefined && { column }),
    },
  };
}

/** The column letters of a label such as "D (2.1.3)", as a number for sorting: A is 1, AA is 27. */
function columnNumber(label: string | undefined): number {
  const letters = /^[A-Z]+/.exec(label ?? '')?.[0] ?? '';
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

/**
 * Issues sorted by file (in the order the files were given), row and column; problems with no
 * row come first within their file. The sort is stable, so equal places keep their order.
 */
export function sortIssues(
  issues: readonly RatingIssue[],
  files: readonly string[] = [],
): RatingIssue[] {
  const fileRank = (i: RatingIssue) => {
    const file = i.location?.file ?? '';
    const base = file.replace(/ \[[^\]]*\]$/, '');
    const at = files.indexOf(base);
    return at < 0 ? files.length : at;
  };
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort(
      (a, b) =>
        fileRank(a.issue) - fileRank(b.issue) ||
        (a.issue.location?.file ?? '').localeCompare(b.issue.location?.file ?? '') ||
        (a.issue.location?.row ?? 0) - (b.issue.location?.row ?? 0) ||
        columnNumber(a.issue.location?.column) - columnNumber(b.issue.location?.column) ||
        a.index - b.index,
    )
    .map(({ issue }) => issue);
}

/**
 * Issues with at most one per cell: where a cell already has a problem (an answer that is not an
 * answer), what follows from it (the answer is then missing) is not reported again.
 */
export function onePerCell(issues: readonly RatingIssue[]): RatingIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const l = i.location;
    if (!l || l.row === undefined || l.column === undefined) return true;
    const key = `${l.file}\u0000${l.row}\u0000${l.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const TYPED_ARRAY = Object.getPrototypeOf(Uint8Array.prototype) as object;
const intrinsic = (name: string) =>
  Object.getOwnPropertyDescriptor(TYPED_ARRAY, name)?.get as (this: unknown) => unknown;
const bufferOf = intrinsic('buffer');
const offsetOf = intrinsic('byteOffset');
const lengthOf = intrinsic('byteLength');

/**
 * A fresh copy of a file's bytes given as a Uint8Array or an ArrayBuffer, read through the
 * built-in accessors, so nothing the caller's object carries (an own `subarray`, a changed
 * constructor) is ever called. Undefined for anything else.
 */
export function bytesOf(value: unknown): Uint8Array | undefined {
  try {
    if (value instanceof ArrayBuffer) return new Uint8Array(value.slice(0));
    if (!(value instanceof Uint8Array)) return undefined;
    const buffer = bufferOf.call(value) as ArrayBuffer;
    const view = new Uint8Array(
      buffer,
      offsetOf.call(value) as number,
      lengthOf.call(value) as number,
    );
    const copy = new Uint8Array(view.length);
    copy.set(view);
    return copy;
  } catch {
    return undefined;
  }
}
