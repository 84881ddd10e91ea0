// Drawing the audit sample the way HMIP draws an inspection sample: the cases whose disposal falls
// in their kind's window before fieldwork, less those audited recently, a size per kind, and a
// stratified random choice in proportion to the eligible population.
import { RatingRuleError, issue, type RatingIssue } from '../model/errors.js';
import type { CaseKind, Framework } from '../model/types.js';
import { fromZodIssues } from '../evidence/zod-issues.js';
import {
  didYouMean,
  isRecord,
  optionIssues,
  ownSnapshot,
  plainList,
  wholeNumber,
} from '../model/arguments.js';
import { preview, quoteText } from '../model/preview.js';
import { frameworkArgument } from '../framework/trusted.js';
import { percentYes } from '../rules/percent-yes.js';
import { isoDateParts, monthsFrom } from './calendar.js';
import {
  auditLogSchema,
  caseloadRecordsSchema,
  isAuditedCase,
  isCaseloadRecord,
  type AuditedCase,
  type CaseloadRecord,
} from './caseload-record.js';
import { allocateProportionally } from './allocate.js';
import { MAX_SEED, randomSource } from '../model/random.js';
import {
  DEFAULT_SIZE_POLICY,
  MAX_POPULATION,
  sizeFor,
  sizePolicyIssues,
  type SampleSize,
  type SizePolicy,
} from './sample-size.js';

/**
 * A window of disposal dates, in whole calendar months before the fieldwork start: a case is in the
 * window when its disposal was made from `max` months before the fieldwork start to `min` months
 * before it, both days included. `{ min: 6, max: 9 }` with fieldwork starting 7 July 2025 is
 * 7 October 2024 to 7 January 2025.
 * @category Sampling
 */
export interface MonthWindow {
  readonly min: number;
  readonly max: number;
}

/**
 * The windows of Cheshire's Annexe 1: court disposals made "six to nine months earlier",
 * out-of-court disposals "three to five months earlier".
 * @category Sampling
 */
export const DEFAULT_WINDOWS: Readonly<Record<CaseKind, MonthWindow>> = Object.freeze({
  court: Object.freeze({ min: 6, max: 9 }),
  'out-of-court': Object.freeze({ min: 3, max: 5 }),
});

/** The seed used when none is given, so a draw with no seed is still reproducible. @category Sampling */
export const DEFAULT_SAMPLE_SEED = 2021;

/** A case audited less than this many calendar months before the fieldwork start is left out. @category Sampling */
export const DEFAULT_REAUDIT_MONTHS = 12;

/**
 * The attributes HMIP's sentence names besides disposal ("gender, sentence or disposal type, risk
 * of serious harm, and risk to safety and wellbeing"), as caseload columns: the default strata are
 * `disposal` and whichever of these the caseload has (matched in any case).
 * @category Sampling
 */
export const DEFAULT_STRATA_ATTRIBUTES: readonly string[] = Object.freeze([
  'gender',
  'rosh',
  'safety',
]);

/** Options of `drawSample`. @category Sampling */
export interface SampleOptions {
  /** The first day of fieldwork, yyyy-mm-dd: the windows are counted back from it. Required. */
  readonly fieldwork: string;
  /** Each kind's window of disposal dates; by default `DEFAULT_WINDOWS` (Cheshire's). */
  readonly windows?: Readonly<Partial<Record<CaseKind, MonthWindow>>>;
  /** The log of earlier audits: a case audited recently (see `reauditMonths`) is left out. */
  readonly audited?: readonly AuditedCase[];
  /**
   * A case whose latest audit is less than this many calendar months before the fieldwork start
   * (dated after the fieldwork start minus these months) is left out; default 12, from 0 to 120.
   */
  readonly reauditMonths?: number;
  /** The size rule: one for both kinds, or one per kind (a kind left out takes the default). */
  readonly size?: SizePolicy | Readonly<Partial<Record<CaseKind, SizePolicy>>>;
  /**
   * The strata: `disposal` and attribute names (matched exactly, or else in any case). By default
   * `disposal` and whichever of `gender`, `rosh` and `safety` the caseload has. `[]` draws a simple
   * random sample of each kind.
   */
  readonly strata?: readonly string[];
  /** The seed of the random choice, a whole number from 0 to 2^53 - 1; default `DEFAULT_SAMPLE_SEED`. */
  readonly seed?: number;
}

/** Why a case of the caseload is not eligible. @category Sampling */
export type ExclusionReason = 'before-window' | 'after-window' | 'audited';

/** A case left out of the eligible population, and why. @category Sampling */
export interface ExcludedCase {
  readonly id: string;
  readonly kind: CaseKind;
  readonly disposal: string;
  readonly date: string;
  /**
   * `before-window`: its disposal was made before its kind's window (too long ago);
   * `after-window`: after it (too recent); `audited`: it was audited after `reaudit.auditedAfter`.
   */
  readonly reason: ExclusionReason;
  /** The date of the case's latest audit, when that is the reason. */
  readonly audited?: string;
}

/** One stratum of a kind's eligible population, and its part of the sample. @category Sampling */
export interface StratumRow {
  /** The stratum's value of each field of `AuditSample.strata`, in that order ('' for a blank). */
  readonly values: readonly string[];
  readonly population: number;
  /** Its share of the kind's eligible cases, a whole percent rounded half up. */
  readonly populationPercent: number;
  /** Its proportional share of the sample, size × population ÷ eligible, before rounding. */
  readonly proportional: number;
  readonly sample: number;
  /** Its share of the kind's sample, a whole percent rounded half up (none for an empty sample). */
  readonly samplePercent?: number;
}

/** One value of one stratifying field, over a kind's strata: how the marginal ratios compare. @category Sampling */
export interface MarginalRow {
  readonly field: string;
  readonly value: string;
  readonly population: number;
  readonly populationPercent: number;
  readonly proportional: number;
  readonly sample: number;
  readonly samplePercent?: number;
}

/** The plan and the draw for one kind of case. @category Sampling */
export interface KindPlan {
  readonly kind: CaseKind;
  /** The window's first and last dates (both included), and its months. */
  readonly window: { readonly start: string; readonly end: string; readonly months: MonthWindow };
  /** Cases of this kind in the caseload. */
  readonly caseload: number;
  readonly eligible: number;
  /** Left out for a disposal date outside the window. */
  readonly outsideWindow: number;
  /** Left out for a recent audit. */
  readonly recentlyAudited: number;
  readonly size: SampleSize;
  /** Every stratum with an eligible case, in the order of their values. */
  readonly strata: readonly StratumRow[];
  /** For each stratifying field and value, the population and sample counts. */
  readonly marginals: readonly MarginalRow[];
}

/** What `drawSample` returns: the plan, the sample and every case left out, with the seed. @category Sampling */
export interface AuditSample {
  readonly framework: string;
  readonly fieldwork: string;
  readonly seed: number;
  /** The stratifying fields: `disposal` and attribute names as the caseload spells them. */
  readonly strata: readonly string[];
  readonly reaudit: {
    readonly months: number;
    /** Cases whose latest audit is after this date are left out. */
    readonly auditedAfter: string;
    /** Entries in the audit log given. */
    readonly logEntries: number;
  };
  /** Court, then out-of-court. */
  readonly kinds: readonly KindPlan[];
  /** The sample, in caseload order: copies of the caseload's records. */
  readonly cases: readonly CaseloadRecord[];
  /** Every case left out, in caseload order. */
  readonly excluded: readonly ExcludedCase[];
}

const KINDS: readonly CaseKind[] = ['court', 'out-of-court'];
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
function optionProblems(options: unknown): RatingIssue[] {
  if (!isRecord(options))
    return [
      issue(
        'invalid-option',
        ['options'],
        `options must be an object with at least the fieldwork start, { fieldwork: 'yyyy-mm-dd' } (got ${preview(options)})`,
      ),
    ];
  const found = optionIssues(options, SAMPLE_OPTIONS);
  const fieldwork = options['fieldwork'];
  if (fieldwork === undefined)
    found.push(
      issue(
        'invalid-option',
        ['options', 'fieldwork'],
        'fieldwork is required: the first day of fieldwork, yyyy-mm-dd',
      ),
    );
  else if (!isoDateParts(fieldwork))
    found.push(
      issue(
        'invalid-date',
        ['options', 'fieldwork'],
        `fieldwork must be a real date written yyyy-mm-dd, from 1900 (got ${preview(fieldwork)})`,
      ),
    );
  const windows = options['windows'];
  if (isRecord(windows))
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
  const size = options['size'];
  if (size !== undefined) {
    if (isRecord(size) && !Object.hasOwn(size, 'policy')) {
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
    } else found.push(...sizePolicyIssues(size, ['options', 'size']));
  }
  const audited = options['audited'];
  if (Array.isArray(audited)) {
    let valid = true;
    for (let i = 0; valid && i < audited.length; i++) valid = isAuditedCase(audited[i]);
    if (!valid) {
      const parsed = auditLogSchema.safeParse(audited);
      if (!parsed.success)
        found.push(
          ...dateIssues(fromZodIssues(parsed.error.issues, audited, ['options', 'audited'])),
        );
    }
  }
  const strata = options['strata'];
  if (Array.isArray(strata) && strata.length <= MAX_STRATA) {
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
  }
  return found;
}

/** Zod's words for a missing or bad kind or date made this library's, with the `invalid-date` code. */
function dateIssues(issues: readonly RatingIssue[]): RatingIssue[] {
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

/** Problems with the caseload as a whole: a list, within the limit. */
function caseloadListProblems(
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
function recordProblems(caseload: readonly unknown[]): RatingIssue[] {
  const parsed = caseloadRecordsSchema.safeParse(caseload);
  return parsed.success
    ? []
    : dateIssues(fromZodIssues(parsed.error.issues, caseload, ['caseload']));
}

/** The attribute names the caseload's records carry, in order of first appearance. */
function attributeNames(caseload: readonly CaseloadRecord[]): string[] {
  const names = new Set<string>();
  let last: string[] = [];
  for (const record of caseload) {
    const attributes: unknown = isRecord(record) ? record.attributes : undefined;
    if (!isRecord(attributes)) continue;
    // Records read from one sheet share their keys: compare with the last record's before the set.
    let k = 0;
    let same = true;
    for (const key in attributes) {
      if (last[k] !== key) {
        same = false;
        break;
      }
      k++;
    }
    if (same && k === last.length) continue;
    last = Object.keys(attributes);
    for (const key of last) names.add(key);
  }
  return [...names];
}

/** Whether any case carries an attribute of exactly this name; stops at the first that does. */
function hasAttribute(caseload: readonly CaseloadRecord[], name: string): boolean {
  for (const record of caseload) {
    // Records are not checked yet: read only what is there.
    const attributes: unknown = isRecord(record) ? record.attributes : undefined;
    if (isRecord(attributes) && Object.hasOwn(attributes, name)) return true;
  }
  return false;
}

/**
 * The stratifying fields, resolved against the caseload's attribute names; or the problems. A
 * name is matched exactly first (found at the first case that has it), and only failing that in
 * any case, which needs every attribute name of the caseload.
 */
function resolveStrata(
  given: readonly string[] | undefined,
  caseload: readonly CaseloadRecord[],
): { readonly fields: string[]; readonly issues: RatingIssue[] } {
  let known: { names: string[]; byLower: Map<string, string[]> } | undefined;
  const all = () => {
    if (known) return known;
    const names = attributeNames(caseload);
    const byLower = new Map<string, string[]>();
    for (const name of names) {
      const key = name.trim().toLowerCase();
      byLower.set(key, [...(byLower.get(key) ?? []), name]);
    }
    return (known = { names, byLower });
  };
  if (given === undefined) {
    const fields = ['disposal'];
    for (const wanted of DEFAULT_STRATA_ATTRIBUTES) {
      const found = hasAttribute(caseload, wanted) ? wanted : all().byLower.get(wanted)?.[0];
      if (found !== undefined) fields.push(found);
    }
    return { fields, issues: [] };
  }
  const fields: string[] = [];
  const issues: RatingIssue[] = [];
  given.forEach((raw, i) => {
    const name = raw.trim();
    if (name.toLowerCase() === 'disposal') return void fields.push('disposal');
    const matches = hasAttribute(caseload, name)
      ? [name]
      : (all().byLower.get(name.toLowerCase()) ?? []);
    if (matches.length === 1) return void fields.push(matches[0] as string);
    const { names } = all();
    const near = didYouMean(name, ['disposal', ...names]);
    issues.push(
      issue(
        'invalid-option',
        ['options', 'strata', i],
        matches.length > 1
          ? `${quoteText(name)} matches more than one attribute (${matches.map((m) => quoteText(m)).join(', ')}): name it exactly`
          : `the caseload has no attribute ${quoteText(name)}${near ? `; did you mean ${quoteText(near)}?` : names.length > 0 ? ` (it has ${names.map((n) => quoteText(n)).join(', ')})` : ' (it has no attributes)'}`,
      ),
    );
  });
  return { fields, issues };
}

interface Stratum {
  readonly values: string[];
  readonly pool: number[];
}

/** Code-unit order of two lists of values: the same on every platform (no locale). */
function compareValues(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

const percentOf = (count: number, total: number) =>
  total > 0 ? percentYes(count, total) : undefined;

/** A copy of the options, their lists and their nested objects, each read once. */
function snapshotOptions(options: Record<string, unknown>): SampleOptions {
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

/**
 * Draws an audit sample from a caseload the way HMIP draws an inspection sample (Cheshire, Annexe
 * 1), reproducibly:
 * 1. **Eligibility.** A case is eligible when its disposal was made in its kind's window before
 *    the fieldwork start (court 6 to 9 months, out-of-court 3 to 5 months, in calendar months,
 *    both edge days included; see `addCalendarMonths`), and it was not audited in the
 *    `reauditMonths` (12) before the fieldwork start. Every other case is listed with its reason.
 * 2. **Size.** Each kind's size comes from its own eligible count by the size policy (by default
 *    Cochran's formula at 80% confidence and a margin of 5 points, *inferred* from HMIP's wording).
 * 3. **Allocation.** Each kind's sample is shared across its strata (by default disposal and
 *    whichever of gender, rosh and safety the caseload has) in proportion to the eligible cases,
 *    rounded by the largest remainder, so every stratum is within one case of its share.
 * 4. **Selection.** Within each stratum, cases are chosen at random by a seeded generator
 *    (xoshiro128**): the same caseload, options and seed give the same sample on every platform.
 *
 * @param framework - the framework whose disposals the caseload uses
 * @param caseload - the service's cases (see `caseloadRecordSchema`); they are not changed
 * @param options - the fieldwork start (required) and the rest of `SampleOptions`
 * @throws {RatingRuleError} every problem at once: a bad record (with its index and field; a date
 * that does not exist is `invalid-date`), a duplicate case id, an unknown disposal or a disposal
 * of the other kind, an unknown stratum, and any bad option
 * @example
 * const caseload = Array.from({ length: 42 }, (_, i) => ({
 *   id: `c${i}`, kind: 'court' as const, disposal: 'community-sentence', date: '2024-11-15',
 *   attributes: { gender: i % 3 === 0 ? 'girl' : 'boy' },
 * }));
 * const sample = drawSample(youth2021, caseload, { fieldwork: '2025-07-07' });
 * sample.kinds[0]?.size.size // => 34
 * sample.kinds[0]?.strata.map((s) => [s.values, s.population, s.sample]) // => [[['community-sentence', 'boy'], 28, 23], [['community-sentence', 'girl'], 14, 11]]
 * sample.seed // => 2021
 * @category Sampling
 */
export function drawSample(
  framework: Framework,
  caseload: readonly CaseloadRecord[],
  options: SampleOptions,
): AuditSample {
  // The caller's lists and options read once, by index and by own key: a getter cannot answer one
  // way when checked and another when used, and no method the caller's objects carry is called.
  const given = caseload;
  const copied = plainList(caseload);
  caseload = (copied ?? []) as readonly CaseloadRecord[];
  if (isRecord(options)) options = snapshotOptions(options);
  const checked = frameworkArgument(framework);
  const found: RatingIssue[] = [...checked.issues, ...optionProblems(options)];
  const list = caseloadListProblems(given, copied);
  found.push(...list);
  if (!checked.framework || list.length > 0) throw new RatingRuleError(found);
  const optionsUsable = (...names: string[]) =>
    isRecord(options) &&
    !found.some((i) => i.path[0] === 'options' && names.includes(i.path[1] as string));
  let fields: string[] = [];
  let strataIssues: RatingIssue[] = [];
  if (optionsUsable('strata')) {
    const strata = resolveStrata(options.strata, caseload);
    fields = strata.fields;
    strataIssues = strata.issues;
  }
  // The windows and the audit log, when the options give them soundly; without them the caseload
  // is still checked against the framework, so every problem is found at once.
  const usable = optionsUsable('fieldwork', 'windows', 'audited', 'reauditMonths');
  const fieldwork = options?.fieldwork;
  const reauditMonths =
    usable && options.reauditMonths !== undefined ? options.reauditMonths : DEFAULT_REAUDIT_MONTHS;
  const auditedAfter = usable ? monthsFrom(fieldwork, -reauditMonths) : '';
  const windowOf = (kind: CaseKind) => {
    const months = options.windows?.[kind] ?? DEFAULT_WINDOWS[kind];
    return {
      start: monthsFrom(fieldwork, -months.max),
      end: monthsFrom(fieldwork, -months.min),
      months: { min: months.min, max: months.max },
    };
  };
  const windows = usable
    ? { court: windowOf('court'), 'out-of-court': windowOf('out-of-court') }
    : undefined;
  const scan = scanCaseload(
    checked.framework,
    caseload as CaseloadRecord[], // our own copy of the list: the scan puts checked copies in it
    fields,
    windows,
    auditLog(options, usable),
    auditedAfter,
  );
  // A record the hand check refuses: zod describes every one, and nothing else is said about the
  // caseload, since the rest was read from records that are not what they should be.
  if (!scan.valid) throw new RatingRuleError([...found, ...recordProblems(caseload)]);
  found.push(...strataIssues, ...scan.issues);
  if (found.length > 0 || !windows) throw new RatingRuleError(found);

  // 2-4. Size, allocation and selection, court first, strata in the order of their values.
  const seed = options.seed ?? DEFAULT_SAMPLE_SEED;
  const random = randomSource(seed);
  const chosen: number[] = [];
  const sizeOption = options.size;
  const policyFor = (kind: CaseKind): SizePolicy =>
    sizeOption === undefined
      ? DEFAULT_SIZE_POLICY
      : Object.hasOwn(sizeOption, 'policy')
        ? (sizeOption as SizePolicy)
        : ((sizeOption as Partial<Record<CaseKind, SizePolicy>>)[kind] ?? DEFAULT_SIZE_POLICY);
  const kinds = KINDS.map((kind): KindPlan => {
    const { caseload: caseloadCount, outside, audited, eligible } = scan.counts[kind];
    const size = sizeFor(eligible, policyFor(kind));
    const strata = scan.strata[kind].sort((a, b) => compareValues(a.values, b.values));
    const allocation = allocateProportionally(
      strata.map((s) => s.pool.length),
      size.size,
    );
    const rows = strata.map((stratum, s): StratumRow => {
      const take = allocation[s] as number;
      const pool = stratum.pool;
      // A partial Fisher-Yates shuffle: the first `take` places get a uniform random choice.
      for (let j = 0; j < take; j++) {
        const k = j + random.below(pool.length - j);
        const picked = pool[k] as number;
        pool[k] = pool[j] as number;
        pool[j] = picked;
        chosen.push(picked);
      }
      const samplePercent = percentOf(take, size.size);
      return {
        values: stratum.values,
        population: pool.length,
        populationPercent: percentYes(pool.length, eligible),
        proportional: (size.size * pool.length) / eligible,
        sample: take,
        ...(samplePercent !== undefined && { samplePercent }),
      };
    });
    return {
      kind,
      window: windows[kind],
      caseload: caseloadCount,
      eligible,
      outsideWindow: outside,
      recentlyAudited: audited,
      size,
      strata: rows,
      marginals: marginals(fields, rows, eligible, size.size),
    };
  });
  chosen.sort((a, b) => a - b);
  return {
    framework: checked.framework.id,
    fieldwork,
    seed,
    strata: fields,
    reaudit: { months: reauditMonths, auditedAfter, logEntries: options.audited?.length ?? 0 },
    kinds,
    // The scan's own copies of the records: the result shares nothing the caller can change.
    cases: chosen.map((i) => caseload[i] as CaseloadRecord),
    excluded: scan.excluded,
  };
}

/** Each case's latest audit, from the log. */
function auditLog(options: SampleOptions, usable: boolean): Map<string, string> {
  const log = new Map<string, string>();
  if (!usable) return log;
  for (const entry of options.audited ?? []) {
    const latest = log.get(entry.id);
    if (latest === undefined || entry.date > latest) log.set(entry.id, entry.date);
  }
  return log;
}

interface Tally {
  caseload: number;
  outside: number;
  audited: number;
  eligible: number;
}

/**
 * One pass over the caseload: each record's shape, its disposal against the framework, then (with windows)
 * its eligibility, a case eligible twice, and its stratum. The strata of each kind are found
 * through a tree of their values, one level per field.
 */
function scanCaseload(
  framework: Framework,
  caseload: CaseloadRecord[],
  fields: readonly string[],
  windows: Readonly<Record<CaseKind, { readonly start: string; readonly end: string }>> | undefined,
  log: ReadonlyMap<string, string>,
  auditedAfter: string,
): {
  /** False when a record fails the hand check: the scan stopped there. */
  readonly valid: boolean;
  readonly issues: RatingIssue[];
  readonly excluded: ExcludedCase[];
  readonly counts: Readonly<Record<CaseKind, Tally>>;
  readonly strata: Record<CaseKind, Stratum[]>;
} {
  const issues: RatingIssue[] = [];
  const disposals = new Map(framework.disposals.map((d) => [d.id, d] as const));
  const names = [...disposals.keys()].join(', ');
  const excluded: ExcludedCase[] = [];
  type Node = Map<string, Node | Stratum>;
  const roots: Record<CaseKind, Node> = { court: new Map(), 'out-of-court': new Map() };
  const strata: Record<CaseKind, Stratum[]> = { court: [], 'out-of-court': [] };
  const counts: Record<CaseKind, Tally> = {
    court: { caseload: 0, outside: 0, audited: 0, eligible: 0 },
    'out-of-court': { caseload: 0, outside: 0, audited: 0, eligible: 0 },
  };
  const eligibleIds = new Set<string>();
  const isEligible = (c: CaseloadRecord) => {
    const w = windows?.[c.kind];
    const audited = log.get(c.id);
    return (
      w !== undefined &&
      c.date >= w.start &&
      c.date <= w.end &&
      !(audited !== undefined && audited > auditedAfter)
    );
  };
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
  for (let i = 0; i < caseload.length; i++) {
    const given = caseload[i] as CaseloadRecord;
    // Each field and attribute read once into a record of our own (spreads: V8 clones plain
    // objects fast), so what is checked is what is used.
    let record = given;
    if (isRecord(given)) {
      record = { ...given };
      if (isRecord(record.attributes)) record.attributes = { ...record.attributes };
    }
    // The hand check, in the same pass: it accepts exactly what caseloadRecordSchema accepts.
    if (!isCaseloadRecord(record)) return { valid: false, issues, excluded, counts, strata };
    caseload[i] = record;
    const { id, kind, date } = record;
    const disposal = disposals.get(record.disposal);
    if (disposal === undefined || disposal.kind !== kind) {
      issues.push(
        disposal === undefined
          ? issue(
              'unknown-disposal',
              ['caseload', i, 'disposal'],
              `case ${quoteText(id)}: ${quoteText(record.disposal)} is not a disposal of ${framework.id} (${names})`,
            )
          : issue(
              'invalid-input',
              ['caseload', i, 'kind'],
              `case ${quoteText(id)}: a ${disposal.name.toLowerCase()} is ${disposal.kind}, not ${kind}`,
            ),
      );
      continue;
    }
    if (windows === undefined) continue;
    const tally = counts[kind];
    tally.caseload++;
    const window = windows[kind];
    if (date < window.start || date > window.end) {
      tally.outside++;
      excluded.push({
        id,
        kind,
        disposal: record.disposal,
        date,
        reason: date < window.start ? 'before-window' : 'after-window',
      });
      continue;
    }
    if (log.size > 0) {
      const audited = log.get(id);
      if (audited !== undefined && audited > auditedAfter) {
        tally.audited++;
        excluded.push({ id, kind, disposal: record.disposal, date, reason: 'audited', audited });
        continue;
      }
    }
    // A case id twice in the caseload matters when both are eligible: it could be drawn twice.
    if (eligibleIds.has(id)) {
      const first = caseload.findIndex((c, j) => j < i && c.id === id && isEligible(c));
      issues.push(
        issue(
          'duplicate-case',
          ['caseload', i, 'id'],
          `case ${quoteText(id)} is eligible twice (also caseload[${first}]): give each case one row, or each disposal its own case id`,
        ),
      );
      continue;
    }
    eligibleIds.add(id);
    tally.eligible++;
    let node = roots[kind];
    let stratum: Stratum | undefined = depth === 0 ? strata[kind][0] : undefined;
    for (let f = 0; f < depth; f++) {
      const value = valueOf(record, f);
      const next = node.get(value);
      if (next === undefined) {
        if (f === depth - 1) {
          stratum = { values: [], pool: [] };
          for (let g = 0; g < depth; g++) stratum.values.push(valueOf(record, g));
          strata[kind].push(stratum);
          node.set(value, stratum);
        } else {
          const child: Node = new Map();
          node.set(value, child);
          node = child;
        }
      } else if (f === depth - 1) stratum = next as Stratum;
      else node = next as Node;
    }
    if (stratum === undefined) strata[kind].push((stratum = { values: [], pool: [] }));
    stratum.pool.push(i);
  }
  return { valid: true, issues, excluded, counts, strata };
}

/** Each field's values summed over the strata: the marginal counts the sample should match. */
function marginals(
  fields: readonly string[],
  rows: readonly StratumRow[],
  eligible: number,
  size: number,
): MarginalRow[] {
  const out: MarginalRow[] = [];
  fields.forEach((field, f) => {
    const byValue = new Map<string, { population: number; sample: number }>();
    for (const row of rows) {
      const value = row.values[f] as string;
      const sum = byValue.get(value) ?? { population: 0, sample: 0 };
      sum.population += row.population;
      sum.sample += row.sample;
      byValue.set(value, sum);
    }
    for (const value of [...byValue.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const { population, sample } = byValue.get(value) as { population: number; sample: number };
      const samplePercent = percentOf(sample, size);
      out.push({
        field,
        value,
        population,
        populationPercent: percentYes(population, eligible),
        proportional: (size * population) / eligible,
        sample,
        ...(samplePercent !== undefined && { samplePercent }),
      });
    }
  });
  return out;
}
