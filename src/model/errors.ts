import { PREVIEW_LENGTH, preview, quoteText } from './preview.js';

/** Stable codes of the problems this library reports. @category Errors */
export type RatingIssueCode =
  | 'invalid-input'
  | 'invalid-count'
  | 'yes-exceeds-of'
  | 'invalid-percent'
  | 'inconsistent-percent'
  | 'invalid-rating'
  | 'unknown-framework'
  | 'framework-mismatch'
  | 'unknown-standard'
  | 'unknown-key-question'
  | 'missing-standard'
  | 'missing-key-question'
  | 'conflicting-evidence'
  | 'not-rated-not-allowed'
  | 'discretion-on-judgement'
  | 'discretion-without-figures'
  | 'discretion-not-adjacent'
  | 'discretion-without-trigger'
  | 'counted-standard-not-rated'
  | 'invalid-framework'
  | 'invalid-option'
  | 'duplicate-case'
  | 'unknown-disposal'
  | 'answer-not-allowed'
  | 'missing-answer'
  | 'invalid-answer'
  | 'ambiguous-answer'
  | 'unknown-column'
  | 'missing-column'
  | 'missing-sheet'
  | 'wrong-sheet'
  | 'merged-cells'
  | 'invalid-file'
  | 'invalid-argument'
  | 'limit-exceeded'
  | 'no-cases'
  | 'missing-judgements'
  | 'invalid-date'
  | 'unknown-case'
  | 'unresolved-disagreement';

/** A path into the caller's input: object keys and array indexes. @category Errors */
export type RatingIssuePath = readonly (string | number)[];

/** Where in a spreadsheet or file a problem is: rows count from 1 as a spreadsheet shows them. @category Errors */
export interface IssueLocation {
  readonly file: string;
  readonly row?: number;
  /** The column letter (A, B, ... AA) and its header, for example `D (2.1.3)`. */
  readonly column?: string;
}

/**
 * The option that would accept what an issue refuses, where one exists: `{ option: 'incomplete',
 * value: 'allow' }`. Each surface words it its own way (an API option, a command-line flag).
 * @category Errors
 */
export interface IssueFix {
  readonly option: string;
  readonly value?: string;
}

/** One problem found in the input, as data. @category Errors */
export interface RatingIssue {
  readonly code: RatingIssueCode;
  readonly path: RatingIssuePath;
  readonly message: string;
  readonly location?: IssueLocation;
  readonly fix?: IssueFix;
}

/** "cases.csv, row 5, column D (2.1.3)". * @example
 * formatLocation({ file: 'cases.csv', row: 5, column: 'D (2.1.3)' }) // => 'cases.csv, row 5, column D (2.1.3)'
 */
export function formatLocation(location: IssueLocation): string {
  if (location === null || typeof location !== 'object') return '';
  const { file, row, column } = location;
  return [
    typeof file === 'string' ? file : '',
    typeof row === 'number' ? `row ${row}` : '',
    typeof column === 'string' && column ? `column ${column}` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

const MAX_PATH = 12;

/**
 * Formats a path the way a spreadsheet user reads it: `standards["2.1"].keyQuestions["2.1.3"].yes`.
 * Keys are quoted and cut short, so a path built from hostile keys stays readable and bounded.
 * @example
 * formatPath(['standards', '2.1', 'keyQuestions', '2.1.3', 'yes']) // => 'standards["2.1"].keyQuestions["2.1.3"].yes'
 * @category Errors
 */
export function formatPath(path: RatingIssuePath): string {
  let length: number;
  try {
    if (!Array.isArray(path)) return '';
    length = path.length;
  } catch {
    return ''; // a revoked proxy
  }
  const keys: unknown[] = [];
  for (let i = 0; i < Math.min(length, MAX_PATH); i++) keys.push(path[i]);
  return keys
    .map((key, i) =>
      typeof key === 'number'
        ? `[${key}]`
        : typeof key === 'string' && key.length <= PREVIEW_LENGTH && /^[A-Za-z_$][\w$]*$/.test(key)
          ? `${i === 0 ? '' : '.'}${key}`
          : `[${typeof key === 'string' ? quoteText(key) : preview(key)}]`,
    )
    .join('')
    .concat(length > MAX_PATH ? '…' : '');
}

/** How many issues an error's message spells out; the rest are counted ("and 5 more"). `issues` keeps them all. */
export const MESSAGE_ISSUES = 20;

/**
 * The error every rule throws on bad input. `code` and `path` are those of the first problem;
 * `issues` lists every problem found, not just the first.
 *
 * @example
 * const caught = (() => { try { percentYes(9, 8) } catch (e) { return e as RatingRuleError } })();
 * caught?.code // => 'yes-exceeds-of'
 * caught?.path // => ['yes']
 * caught instanceof RatingRuleError // => true
 * @category Errors
 */
export class RatingRuleError extends Error {
  readonly code: RatingIssueCode;
  readonly path: RatingIssuePath;
  readonly issues: readonly RatingIssue[];

  constructor(issues: readonly RatingIssue[]) {
    if (!Array.isArray(issues)) issues = [];
    const first = issues[0] ?? { code: 'invalid-input', path: [], message: 'invalid input' };
    const fix = (issue: RatingIssue) =>
      issue.fix
        ? ` (option ${issue.fix.option}${issue.fix.value !== undefined ? `: '${issue.fix.value}'` : ''} accepts it)`
        : '';
    const where = (issue: RatingIssue) =>
      (issue.location
        ? `${formatLocation(issue.location)}: ${issue.message}`
        : issue.path.length > 0
          ? `${formatPath(issue.path)}: ${issue.message}`
          : issue.message) + fix(issue);
    const shown = issues.slice(1, MESSAGE_ISSUES).map(where);
    const hidden = issues.length - 1 - shown.length;
    const more =
      issues.length > 1
        ? ` (and ${issues.length - 1} more: ${shown.join('; ')}${hidden > 0 ? `; and ${hidden} more` : ''})`
        : '';
    super(where(first) + more);
    this.name = 'RatingRuleError';
    this.code = first.code;
    this.path = first.path;
    this.issues = Object.freeze([...issues]);
  }
}

/**
 * Builds an issue; a helper so every call site reads the same.
 * @example
 * issue('invalid-count', ['yes'], 'must be a whole number') // => { code: 'invalid-count', path: ['yes'], message: 'must be a whole number' }
 * @category Toolkit
 */
export function issue(code: RatingIssueCode, path: RatingIssuePath, message: string): RatingIssue {
  return { code, path, message };
}
