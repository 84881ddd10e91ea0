// What a sheet is, from its headings and its cells, before any cell is read as an answer: an audit
// (cases with answers), a sample not yet filled in, a caseload, an audit log, a judgements sheet,
// one of the exports the command writes, or a moderation sheet. A command given the wrong sheet
// says so in one line, naming the command that reads it, instead of reporting every cell.
import type { RatingIssue } from 'hmip-ratings';
import { labelKey } from '../sheet/labels.js';
import { located } from './located.js';

/** What a sheet is. @category Sheets */
export type SheetKind =
  | 'audit'
  | 'unfilled-sample'
  | 'caseload'
  | 'audit-log'
  | 'judgements'
  | 'rate-results'
  | 'trend-results'
  | 'sample-plan'
  | 'sample-exclusions'
  | 'moderation'
  | 'audit-workbook'
  | 'results-workbook'
  | 'evidence';

/** What a command reads a sheet as. */
export type SheetRole = 'audit' | 'moderated audit' | 'judgements' | 'caseload' | 'evidence';

/** A heading that names a key question or prompt by its id: "2.1.1", "Q2.1.1", "2.1.1 Does ...". */
const QUESTION_HEADING = /^q?\s*\d+\.\d+\.\d+(\.[a-z])?\b/i;

/** The fewest question columns taken for a sample sheet (a sample has one per key question). */
const SAMPLE_QUESTIONS = 3;

/** The columns an audit log keeps beside the case and the date. */
const LOG_EXTRAS = new Set([
  '',
  'auditor',
  'audited by',
  'reviewer',
  'note',
  'notes',
  'comment',
  'comments',
]);

/** The kind of a sheet's rows (header first), or undefined when its headings say nothing sure. */
export function sheetKind(rows: readonly (readonly string[])[]): SheetKind | undefined {
  const header = (rows[0] ?? []).map((h) => labelKey(h));
  const has = (...keys: string[]) => keys.every((k) => header.includes(k));
  const questions = header.flatMap((h, i) => (QUESTION_HEADING.test(h) ? [i] : []));
  if (has('standard', 'rating') && (has('rule rating') || has('lowest key question')))
    return 'rate-results';
  if (has('date', 'kind', 'figure', 'rating')) return 'trend-results';
  if (has('eligible', 'sample') && has('proportional')) return 'sample-plan';
  if (has('case', 'reason', 'detail') && questions.length === 0) return 'sample-exclusions';
  if (has('case', 'question', 'first', 'second')) return 'moderation';
  if (has('standard', 'rating')) return 'judgements';
  const data = rows.slice(1).filter((r) => r.some((c) => c.trim() !== ''));
  const answered = data.some((r) => questions.some((i) => (r[i] ?? '').trim() !== ''));
  if (answered) return 'audit';
  // A sample sheet has a column for every key question; a stray one in a caseload is the
  // caseload reader's to name.
  if (questions.length >= SAMPLE_QUESTIONS && data.length > 0) return 'unfilled-sample';
  const dated = (h: string) => /\bdate\b|^audited( on)?$/.test(h);
  if (has('case') && header.some(dated)) {
    if (has('disposal')) return 'caseload';
    // Only a log's own columns: a caseload whose disposal column is misspelt is the reader's to name.
    if (
      header.every(
        (h) => h === 'case' || (dated(h) && !h.includes('disposal')) || LOG_EXTRAS.has(h),
      )
    )
      return 'audit-log';
  }
  return questions.length > 0 ? 'audit' : undefined;
}

/** The sheet in words, and what to do with it (`{file}` is the file's name). */
const KINDS = new Map<SheetKind, { readonly words: string; readonly use: string }>([
  [
    'audit',
    {
      words: 'an audit (cases with answers)',
      use: 'rate it with `hmip-ratings rate {file}`',
    },
  ],
  [
    'unfilled-sample',
    {
      words: 'a sample not yet filled in (answer columns, every answer blank)',
      use: 'fill in its answers (yes, no or n/a), then rate it with `hmip-ratings rate {file}`',
    },
  ],
  [
    'caseload',
    {
      words: 'a caseload (dates, no answers)',
      use: 'draw a sample with `hmip-ratings sample {file} --fieldwork YYYY-MM-DD`',
    },
  ],
  [
    'audit-log',
    {
      words: 'an audit log (cases and the dates they were audited)',
      use: 'give it to `hmip-ratings sample CASELOAD --audited {file}`',
    },
  ],
  [
    'judgements',
    {
      words: "a judgements sheet (standards and the panel's ratings)",
      use: 'give it beside the audit: `hmip-ratings rate AUDIT --judgements {file}`',
    },
  ],
  [
    'rate-results',
    {
      words: 'a results export (what `hmip-ratings rate` writes with --format csv or json)',
      use: 'rate the audit it was made from',
    },
  ],
  [
    'trend-results',
    {
      words: 'a trend export (what `hmip-ratings trend` writes with --format csv or json)',
      use: 'compare the audits it was made from with `hmip-ratings trend`',
    },
  ],
  [
    'sample-plan',
    {
      words: 'a sample plan (what `hmip-ratings sample --format csv` writes)',
      use: 'draw from the caseload it was made from with `hmip-ratings sample`',
    },
  ],
  [
    'sample-exclusions',
    {
      words:
        'a list of cases left out of a sample (what `hmip-ratings sample --exclusions` writes)',
      use: 'draw from the caseload it was made from with `hmip-ratings sample`',
    },
  ],
  [
    'audit-workbook',
    {
      words: 'an audit workbook (Cases, Judgements and Questions sheets)',
      use: 'fill in its Cases and Judgements sheets and rate it with `hmip-ratings rate {file}`',
    },
  ],
  [
    'results-workbook',
    {
      words: 'a results workbook (Ratings and Key questions sheets, as resultsWorkbook writes)',
      use: 'rate the audit it was made from',
    },
  ],
  [
    'evidence',
    {
      words: "evidence JSON (a framework and each standard's evidence)",
      use: 'rate it on its own with `hmip-ratings rate {file}`',
    },
  ],
  [
    'moderation',
    {
      words: 'a moderation sheet (the disagreements `hmip-ratings moderate` writes)',
      use: 'fill in its decision column and give it back with `hmip-ratings moderate FIRST SECOND --decisions {file}`',
    },
  ],
]);

/** The kinds each role takes, and the role in words. */
const ROLES = new Map<SheetRole, { readonly takes: readonly SheetKind[]; readonly noun: string }>([
  ['audit', { takes: ['audit'], noun: 'an audit' }],
  ['moderated audit', { takes: ['audit', 'unfilled-sample'], noun: 'an audit' }],
  ['judgements', { takes: ['judgements', 'evidence'], noun: 'judgements' }],
  ['caseload', { takes: ['caseload'], noun: 'a caseload' }],
  ['evidence', { takes: ['evidence'], noun: 'evidence' }],
]);

/**
 * The one problem with a sheet that is not what the command reads: what it is and which command
 * reads it; undefined when it is what is read, or when its headings say nothing sure (the reader
 * then reports what it finds). `where` is the location shown (a workbook's sheet in brackets) and
 * `name` the file's own name, as typed in a command.
 */
export function wrongSheetIssue(
  rows: readonly (readonly string[])[],
  role: SheetRole,
  where: { readonly file: string; readonly name: string },
): RatingIssue | undefined {
  return wrongKindIssue(sheetKind(rows), role, where);
}

/** The kind of a workbook, from the names of its sheets, when it has no sheet the command reads. */
export function workbookKind(sheetNames: readonly string[]): SheetKind | undefined {
  const names = new Set(sheetNames.map((n) => labelKey(n)));
  if (names.has('ratings') && names.has('key questions')) return 'results-workbook';
  if (names.has('cases') && (names.has('questions') || names.has('judgements')))
    return 'audit-workbook';
  if (names.has('caseload')) return 'caseload';
  return undefined;
}

/** A standard id as a judgements file keys it: "1.1". */
const STANDARD_ID = /^\d+\.\d+$/;

/** The kind of a JSON file's value, or undefined when it says nothing sure. */
export function jsonKind(value: unknown): SheetKind | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const has = (key: string) => keys.includes(key);
  if (has('rating') && (has('tally') || has('sample'))) return 'rate-results';
  if (has('trend')) return 'trend-results';
  if (has('framework') && has('standards')) return 'evidence';
  const own = keys.filter((k) => k !== 'framework' && k !== 'service');
  return own.length > 0 && own.every((k) => STANDARD_ID.test(k)) ? 'judgements' : undefined;
}

/**
 * The one problem with a file of a known kind that is not what the command reads (see
 * `wrongSheetIssue`), for a kind found another way: from a workbook's sheet names or a JSON value.
 */
export function wrongKindIssue(
  kind: SheetKind | undefined,
  role: SheetRole,
  where: { readonly file: string; readonly name: string },
): RatingIssue | undefined {
  const wanted = ROLES.get(role);
  if (kind === undefined || !wanted || wanted.takes.includes(kind)) return undefined;
  const about = KINDS.get(kind);
  if (!about) return undefined;
  const name = /[\s"'`$]/.test(where.name) ? `"${where.name.replace(/"/g, '')}"` : where.name;
  return located(
    'wrong-sheet',
    `this is ${about.words}, not ${wanted.noun}: ${about.use.replace('{file}', name)}`,
    where.file,
  );
}
