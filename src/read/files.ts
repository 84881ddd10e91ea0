// What every reader of files shares: a file given as { name, data }, read once into the library's
// own copy; whether its data is a workbook (a zip) or text; and the options every reader takes.
import { frameworks, type Framework, type RatingIssue } from 'hmip-ratings';
import { frameworkArgument, isRecord, quoteText } from 'hmip-ratings/toolkit';
import type { ReadLimits } from './limits.js';
import { bytesOf, located } from './located.js';
import { DATE_ORDERS, isDateOrder } from '../sheet/dates.js';

/** A zip (an .xlsx workbook) by its first four bytes, whatever the file is called. */
/** A file as given: its name (shown in every problem) and its content, text or bytes. @category Sheets */
export interface AuditFile {
  readonly name: string;
  readonly data: string | Uint8Array;
}

export const isZip = (data: string | Uint8Array): data is Uint8Array =>
  typeof data !== 'string' &&
  data[0] === 0x50 &&
  data[1] === 0x4b &&
  data[2] === 0x03 &&
  data[3] === 0x04;

/** A file name's extension in lower case, with its dot (".csv"), or "". */
export const extension = (name: string): string => /\.[^.]*$/.exec(name.toLowerCase())?.[0] ?? '';

/** A file's data as text: bytes are read as UTF-8. */
export const fileText = (data: string | Uint8Array): string =>
  typeof data === 'string' ? data : new TextDecoder('utf-8').decode(data);

/**
 * A file the caller gave, each field read once and bytes copied, so the readers work on the
 * library's own copy whatever getters the caller's object carries; undefined if it is not one.
 */
export function fileOf(f: unknown): AuditFile | undefined {
  if (!isRecord(f)) return undefined;
  const name = f['name'];
  const data = f['data'];
  if (typeof name !== 'string' || name === '' || name.length > 500) return undefined;
  if (typeof data === 'string') return { name, data };
  const bytes = bytesOf(data);
  return bytes ? { name, data: bytes } : undefined;
}

/** The check of a reader's `disposalAliases` option. */
export const disposalAliasesOption = (v: unknown): string | undefined =>
  isRecord(v) && Object.values(v).every((x) => typeof x === 'string')
    ? undefined
    : 'must be an object of disposal names by the name typed';

/** The check of a reader's `dateOrder` option. */
export const dateOrderOption = (v: unknown): string | undefined =>
  isDateOrder(v) ? undefined : `must be ${DATE_ORDERS.map((o) => `'${o}'`).join(', ')}`;

/** The check of a reader's `limits` option (each limit is checked by `limitsOf`). */
export const limitsOption = (v: unknown): string | undefined =>
  isRecord(v) ? undefined : 'must be an object of limits';

/** The framework a reader's `framework` option names (a built-in id or an object), or its problems. */
export function frameworkOption(value: unknown): {
  readonly framework?: Framework;
  readonly issues: RatingIssue[];
} {
  if (value === undefined) return { issues: [] };
  if (typeof value === 'string')
    return Object.hasOwn(frameworks, value)
      ? { framework: frameworks[value as keyof typeof frameworks], issues: [] }
      : {
          issues: [
            {
              code: 'unknown-framework',
              path: ['options', 'framework'],
              message: `unknown framework ${quoteText(value)}: use ${Object.keys(frameworks).join(' or ')}`,
            },
          ],
        };
  const checked = frameworkArgument(value, 'options.framework');
  return { ...(checked.framework && { framework: checked.framework }), issues: checked.issues };
}

/** Every file larger than the limit, named, before anything in it is read. */
export function oversizeIssues(
  files: readonly (AuditFile | undefined)[],
  limits: ReadLimits,
): RatingIssue[] {
  const issues: RatingIssue[] = [];
  for (const f of files)
    if (f && (typeof f.data === 'string' ? f.data.length : f.data.byteLength) > limits.fileBytes)
      issues.push(
        located(
          'limit-exceeded',
          `the file is larger than ${limits.fileBytes.toLocaleString('en-GB')} bytes, the most a file may have`,
          f.name,
        ),
      );
  return issues;
}
