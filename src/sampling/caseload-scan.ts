// The caseload read for a draw, in one pass: each record copied and checked, its disposal against
// the framework, then its eligibility (window, recent audit, a case eligible twice) and its stratum.
import { issue, type RatingIssue } from '../model/errors.js';
import type { CaseKind, Disposal, Framework } from '../model/types.js';
import { fromZodIssues } from '../evidence/zod-issues.js';
import { isRecord } from '../model/arguments.js';
import { preview, quoteText } from '../model/preview.js';
import {
  caseloadRecordsSchema,
  hasCaseloadRecordShape,
  hasTextValues,
  type CaseloadRecord,
} from './caseload-record.js';
import { MAX_POPULATION } from './sample-size.js';
import type { ExcludedCase } from './audit-sample.js';
import { dateIssues } from './sample-options.js';
import type { Stratum } from './strata.js';

/** A kind's cases in the caseload, left out (outside the window, audited) and eligible. */
export interface Tally {
  caseload: number;
  outside: number;
  audited: number;
  eligible: number;
}

/** A window of disposal dates, both days included. */
export type DateWindow = { readonly start: string; readonly end: string };

/** What `scanCaseload` found. */
export interface CaseloadScan {
  /** False when a record fails the hand check: the scan stopped there. */
  readonly valid: boolean;
  readonly issues: RatingIssue[];
  readonly excluded: ExcludedCase[];
  readonly counts: Readonly<Record<CaseKind, Tally>>;
  readonly strata: Record<CaseKind, Stratum[]>;
}

/** Problems with the caseload as a whole: a list, within the limit. */
export function caseloadListProblems(
  caseload: unknown,
  list: readonly unknown[] | undefined,
): RatingIssue[] {
  if (!list)
    return [
      issue(
        'invalid-argument',
        ['caseload'],
        `caseload must be a list of caseload records { id, kind, disposal, date, attributes } (got ${preview(caseload)})`,
      ),
    ];
  if (list.length > MAX_POPULATION)
    return [
      issue(
        'limit-exceeded',
        ['caseload'],
        `the caseload has ${list.length} cases, more than the ${MAX_POPULATION} a draw may have`,
      ),
    ];
  return [];
}

/** zod's description of the records that fail the hand check, as this library's issues. */
export function recordProblems(caseload: readonly unknown[]): RatingIssue[] {
  const parsed = caseloadRecordsSchema.safeParse(caseload);
  return [
    ...(parsed.success
      ? []
      : dateIssues(fromZodIssues(parsed.error.issues, caseload, ['caseload']))),
    ...droppedKeyIssues(caseload),
  ];
}

/**
 * An own "__proto__" key of a record, or of its attributes holding anything but text, which the
 * schema drops unread: refused as the same key of any other name would be.
 */
function droppedKeyIssues(caseload: readonly unknown[]): RatingIssue[] {
  const found: RatingIssue[] = [];
  caseload.forEach((record, i) => {
    if (!isRecord(record)) return;
    if (Object.hasOwn(record, '__proto__'))
      found.push(issue('invalid-input', ['caseload', i], 'unrecognised field "__proto__"'));
    const attributes = record['attributes'];
    if (isRecord(attributes) && Object.hasOwn(attributes, '__proto__')) {
      const value = attributes['__proto__'];
      if (typeof value !== 'string')
        found.push(
          issue(
            'invalid-input',
            ['caseload', i, 'attributes', '__proto__'],
            `expected text (got ${preview(value)})`,
          ),
        );
    }
  });
  return found;
}

/** Each case's latest audit, from the log. */
export function latestAudits(
  audited: readonly { id: string; date: string }[],
): Map<string, string> {
  const log = new Map<string, string>();
  for (const entry of audited) {
    const latest = log.get(entry.id);
    if (latest === undefined || entry.date > latest) log.set(entry.id, entry.date);
  }
  return log;
}

/**
 * One pass over the caseload: each record's shape, its disposal against the framework, then (with windows)
 * its eligibility, a case eligible twice, and its stratum. Each record is read once, here, into a
 * copy of its own, and each eligible case's copy (with a copy of its attributes) put in `caseload`
 * (the caller's own copy of the list), so what is checked is what is used.
 */
export function scanCaseload(
  framework: Framework,
  caseload: CaseloadRecord[],
  fields: readonly string[],
  windows: Readonly<Record<CaseKind, DateWindow>> | undefined,
  log: ReadonlyMap<string, string>,
  auditedAfter: string,
): CaseloadScan {
  const issues: RatingIssue[] = [];
  const disposals = new Map(framework.disposals.map((d) => [d.id, d] as const));
  const excluded: ExcludedCase[] = [];
  const strata: Record<CaseKind, Stratum[]> = { court: [], 'out-of-court': [] };
  const counts: Record<CaseKind, Tally> = {
    court: { caseload: 0, outside: 0, audited: 0, eligible: 0 },
    'out-of-court': { caseload: 0, outside: 0, audited: 0, eligible: 0 },
  };
  const place = {
    court: strataTree(fields, strata.court),
    'out-of-court': strataTree(fields, strata['out-of-court']),
  };
  const eligibleIds = new Set<string>();
  const invalid = () => ({ valid: false, issues, excluded, counts, strata });
  for (let i = 0; i < caseload.length; i++) {
    const given = caseload[i] as CaseloadRecord;
    // The record read once into one of our own, with its attributes (spreads: V8 clones plain
    // objects fast); only the eligible cases' copies are kept (below), so the four cases in five
    // a draw leaves out leave nothing behind for the garbage collector to move.
    const record = isRecord(given) ? ({ ...given } as CaseloadRecord) : given;
    if (isRecord(record) && isRecord(record.attributes))
      record.attributes = { ...record.attributes };
    // The hand check, in the same pass: it accepts exactly what caseloadRecordSchema accepts.
    if (
      !hasCaseloadRecordShape(record) ||
      (record.attributes !== undefined && !hasTextValues(record.attributes))
    )
      return invalid();
    const wrong = disposalIssue(framework, disposals, record, i);
    if (wrong) {
      issues.push(wrong);
      continue;
    }
    if (windows === undefined) continue;
    const tally = counts[record.kind];
    tally.caseload++;
    const left = exclusionOf(record, windows[record.kind], log, auditedAfter);
    if (left) {
      if (left.reason === 'audited') tally.audited++;
      else tally.outside++;
      excluded.push(left);
      continue;
    }
    caseload[i] = record; // kept: the strata and the sample read it
    // A case id twice in the caseload matters when both are eligible: it could be drawn twice.
    const before = eligibleIds.size;
    eligibleIds.add(record.id);
    if (eligibleIds.size === before) {
      const first = caseload.findIndex(
        (c, j) =>
          j < i && c.id === record.id && !exclusionOf(c, windows[c.kind], log, auditedAfter),
      );
      issues.push(
        issue(
          'duplicate-case',
          ['caseload', i, 'id'],
          `case ${quoteText(record.id)} is eligible twice (also caseload[${first}]): give each case one row, or each disposal its own case id`,
        ),
      );
      continue;
    }
    tally.eligible++;
    place[record.kind](record).pool.push(i);
  }
  return { valid: true, issues, excluded, counts, strata };
}

/** A disposal the framework does not have, or one of the other kind. */
function disposalIssue(
  framework: Framework,
  disposals: ReadonlyMap<string, Disposal>,
  record: CaseloadRecord,
  i: number,
): RatingIssue | undefined {
  const disposal = disposals.get(record.disposal);
  if (disposal === undefined)
    return issue(
      'unknown-disposal',
      ['caseload', i, 'disposal'],
      `case ${quoteText(record.id)}: ${quoteText(record.disposal)} is not a disposal of ${framework.id} (${[...disposals.keys()].join(', ')})`,
    );
  if (disposal.kind !== record.kind)
    return issue(
      'invalid-input',
      ['caseload', i, 'kind'],
      `case ${quoteText(record.id)}: a ${disposal.name.toLowerCase()} is ${disposal.kind}, not ${record.kind}`,
    );
  return undefined;
}

/** Why a case is left out of the eligible population: outside its window, or audited recently. */
function exclusionOf(
  record: CaseloadRecord,
  window: DateWindow,
  log: ReadonlyMap<string, string>,
  auditedAfter: string,
): ExcludedCase | undefined {
  const { id, kind, disposal, date } = record;
  if (date < window.start || date > window.end)
    return {
      id,
      kind,
      disposal,
      date,
      reason: date < window.start ? 'before-window' : 'after-window',
    };
  if (log.size === 0) return undefined;
  const audited = log.get(id);
  return audited !== undefined && audited > auditedAfter
    ? { id, kind, disposal, date, reason: 'audited', audited }
    : undefined;
}

/**
 * A kind's strata, found through a tree of their values, one level per field: each call gives the
 * stratum of a record, adding it (in the order found) when it is the first of its values.
 */
function strataTree(
  fields: readonly string[],
  strata: Stratum[],
): (record: CaseloadRecord) => Stratum {
  type Node = Map<string, Node | Stratum>;
  const root: Node = new Map();
  const depth = fields.length;
  const isAttribute = fields.map((f) => f !== 'disposal');
  const valueOf = (record: CaseloadRecord, f: number): string => {
    if (!isAttribute[f]) return record.disposal;
    const attributes = record.attributes;
    const field = fields[f] as string;
    return attributes !== undefined && Object.hasOwn(attributes, field)
      ? (attributes[field] as string)
      : '';
  };
  return (record) => {
    if (depth === 0) return strata[0] ?? (strata[0] = { values: [], pool: [] });
    let node = root;
    for (let f = 0; f < depth - 1; f++) {
      const value = valueOf(record, f);
      let child = node.get(value) as Node | undefined;
      if (child === undefined) node.set(value, (child = new Map()));
      node = child;
    }
    const value = valueOf(record, depth - 1);
    let stratum = node.get(value) as Stratum | undefined;
    if (stratum === undefined) {
      stratum = { values: [], pool: [] };
      for (let g = 0; g < depth; g++) stratum.values.push(valueOf(record, g));
      strata.push(stratum);
      node.set(value, stratum);
    }
    return stratum;
  };
}
