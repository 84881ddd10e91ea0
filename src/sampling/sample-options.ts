// The options of a draw, checked without the caseload: the fieldwork start, each kind's window,
// the size policy, the audit log and the strata, every problem at once; and the options read once.
import { issue, type RatingIssue } from '../model/errors.js';
import type { CaseKind } from '../model/types.js';
import { fromZodIssues } from '../evidence/zod-issues.js';
import { isRecord, optionIssues, ownSnapshot, plainList, wholeNumber } from '../model/arguments.js';
import { preview, quoteText } from '../model/preview.js';
import { MAX_SEED } from '../model/random.js';
import { isoDateParts } from './calendar.js';
import { auditLogSchema, isAuditedCase } from './caseload-record.js';
import { sizePolicyIssues } from './sample-size.js';
import type { SampleOptions } from './audit-sample.js';

/** The kinds of case, court first: the order every plan is drawn and listed in. */
export const KINDS: readonly CaseKind[] = ['court', 'out-of-court'];
const MAX_STRATA = 20;
const MAX_WINDOW_MONTHS = 120;

const windowCheck = (value: unknown): string | undefined => {
  if (!isRecord(value)) return `must be { min, max } in months (got ${preview(value)})`;
  const keys = Object.keys(value);
  const unknown = keys.find((k) => k !== 'min' && k !== 'max');
  if (unknown !== undefined) return `has an unknown field ${quoteText(unknown)}: use min and max`;
  const bad =
    wholeNumber(0, MAX_WINDOW_MONTHS)(value['min']) ??
    wholeNumber(0, MAX_WINDOW_MONTHS)(value['max']);
  if (bad) return `min and max ${bad}`;
  return (value['min'] as number) > (value['max'] as number)
    ? `min (${String(value['min'])}) must not be more than max (${String(value['max'])})`
    : undefined;
};

const SAMPLE_OPTIONS = {
  fieldwork: () => undefined, // checked below, with its own code
  windows: (v: unknown) => (isRecord(v) ? undefined : `windows must be an object by kind`),
  audited: (v: unknown) =>
    Array.isArray(v) ? undefined : `audited must be a list of { id, date } (got ${preview(v)})`,
  reauditMonths: wholeNumber(0, MAX_WINDOW_MONTHS),
  size: () => undefined, // checked below
  strata: (v: unknown) =>
    Array.isArray(v) && v.length <= MAX_STRATA
      ? undefined
      : `strata must be a list of up to ${MAX_STRATA} field names (got ${preview(v)})`,
  seed: wholeNumber(0, MAX_SEED),
};

/** Every problem with the options that can be found without the caseload. */
export function optionProblems(options: unknown): RatingIssue[] {
  if (!isRecord(options))
    return [
      issue(
        'invalid-option',
        ['options'],
        `options must be an object with at least the fieldwork start, { fieldwork: 'yyyy-mm-dd' } (got ${preview(options)})`,
      ),
    ];
  return [
    ...optionIssues(options, SAMPLE_OPTIONS),
    ...fieldworkProblems(options['fieldwork']),
    ...windowProblems(options['windows']),
    ...sizeProblems(options['size']),
    ...auditLogProblems(options['audited']),
    ...strataProblems(options['strata']),
  ];
}

/** The fieldwork start: required, a real date. */
function fieldworkProblems(fieldwork: unknown): RatingIssue[] {
  if (fieldwork === undefined)
    return [
      issue(
        'invalid-option',
        ['options', 'fieldwork'],
        'fieldwork is required: the first day of fieldwork, yyyy-mm-dd',
      ),
    ];
  if (!isoDateParts(fieldwork))
    return [
      issue(
        'invalid-date',
        ['options', 'fieldwork'],
        `fieldwork must be a real date written yyyy-mm-dd, from 1900 (got ${preview(fieldwork)})`,
      ),
    ];
  return [];
}

/** Each kind's window: a known kind, and { min, max } in months. */
function windowProblems(windows: unknown): RatingIssue[] {
  const found: RatingIssue[] = [];
  if (!isRecord(windows)) return found;
  for (const key of Object.keys(windows)) {
    if (!KINDS.includes(key as CaseKind)) {
      found.push(
        issue(
          'invalid-option',
          ['options', 'windows', key],
          `unknown kind of case ${quoteText(key)}: use court or out-of-court`,
        ),
      );
      continue;
    }
    const problem = windowCheck(windows[key]);
    if (problem)
      found.push(
        issue('invalid-option', ['options', 'windows', key], `the ${key} window ${problem}`),
      );
  }
  return found;
}

/** The size: one policy, or one per kind. */
function sizeProblems(size: unknown): RatingIssue[] {
  if (size === undefined) return [];
  if (!isRecord(size) || Object.hasOwn(size, 'policy'))
    return sizePolicyIssues(size, ['options', 'size']);
  const found: RatingIssue[] = [];
  for (const key of Object.keys(size)) {
    if (KINDS.includes(key as CaseKind))
      found.push(...sizePolicyIssues(size[key], ['options', 'size', key]));
    else
      found.push(
        issue(
          'invalid-option',
          ['options', 'size', key],
          `unknown kind of case ${quoteText(key)}: give one size policy ({ policy: ... }), or one for court and out-of-court`,
        ),
      );
  }
  return found;
}

/** The audit log's entries: checked by hand, and described by zod only when one fails. */
function auditLogProblems(audited: unknown): RatingIssue[] {
  if (!Array.isArray(audited)) return [];
  let valid = true;
  for (let i = 0; valid && i < audited.length; i++) valid = isAuditedCase(audited[i]);
  if (valid) return [];
  const parsed = auditLogSchema.safeParse(audited);
  return parsed.success
    ? []
    : dateIssues(fromZodIssues(parsed.error.issues, audited, ['options', 'audited']));
}

/** The strata's names: field names, none of them `kind`, none twice. */
function strataProblems(strata: unknown): RatingIssue[] {
  const found: RatingIssue[] = [];
  if (!Array.isArray(strata) || strata.length > MAX_STRATA) return found;
  const seen = new Set<string>();
  strata.forEach((name: unknown, i) => {
    const where = ['options', 'strata', i];
    if (typeof name !== 'string' || name.trim() === '' || name.length > 200)
      found.push(
        issue('invalid-option', where, `a stratum must be a field name (got ${preview(name)})`),
      );
    else if (name.trim().toLowerCase() === 'kind')
      found.push(
        issue(
          'invalid-option',
          where,
          'kind is always a stratum: each kind of case is sized and drawn on its own; leave it out',
        ),
      );
    else if (seen.has(name.trim().toLowerCase()))
      found.push(issue('invalid-option', where, `${quoteText(name)} is named twice`));
    else seen.add(name.trim().toLowerCase());
  });
  return found;
}

/** Zod's words for a missing or bad kind or date made this library's, with the `invalid-date` code. */
export function dateIssues(issues: readonly RatingIssue[]): RatingIssue[] {
  return issues.map((i) => {
    const key = i.path[i.path.length - 1];
    const got = i.message.replace(/^(invalid value|expected text \(got) /, '').replace(/\)$/, '');
    if (key === 'date' && i.code === 'invalid-input')
      return {
        ...i,
        code: 'invalid-date' as const,
        message: `the date must be a real date written yyyy-mm-dd, from 1900 (got ${got})`,
      };
    if (key === 'kind' && i.code === 'invalid-input' && i.path[0] === 'caseload')
      return { ...i, message: `the kind must be "court" or "out-of-court" (got ${got})` };
    return i;
  });
}

/** A copy of the options, their lists and their nested objects, each read once. */
export function snapshotOptions(options: Record<string, unknown>): SampleOptions {
  const copy = ownSnapshot(options);
  const shallow = (value: unknown) => (isRecord(value) ? ownSnapshot(value) : value);
  for (const key of ['audited', 'strata'] as const) copy[key] = plainList(copy[key]) ?? copy[key];
  for (const key of ['windows', 'size'] as const) {
    const value = shallow(copy[key]);
    if (isRecord(value))
      for (const inner of Object.keys(value))
        if (inner !== 'policy') value[inner] = shallow(value[inner]);
    copy[key] = value;
  }
  // A key left out stays out: `undefined` options are no options.
  for (const key of Object.keys(copy)) if (copy[key] === undefined) delete copy[key];
  return copy as unknown as SampleOptions;
}
