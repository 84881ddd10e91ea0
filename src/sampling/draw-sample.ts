// Drawing the audit sample the way HMIP draws an inspection sample: the cases whose disposal falls
// in their kind's window before fieldwork, less those audited recently, a size per kind, and a
// stratified random choice in proportion to the eligible population.
import { RatingRuleError, type RatingIssue } from '../model/errors.js';
import type { CaseKind, Framework } from '../model/types.js';
import { isRecord, plainList } from '../model/arguments.js';
import { frameworkArgument } from '../framework/trusted.js';
import { percentYes } from '../rules/percent-yes.js';
import { randomSource, type RandomSource } from '../model/random.js';
import { monthsFrom } from './calendar.js';
import type { CaseloadRecord } from './caseload-record.js';
import { allocateProportionally } from './allocate.js';
import { DEFAULT_SIZE_POLICY, sizeFor, type SizePolicy } from './sample-size.js';
import {
  DEFAULT_REAUDIT_MONTHS,
  DEFAULT_SAMPLE_SEED,
  DEFAULT_WINDOWS,
  type AuditSample,
  type KindPlan,
  type MonthWindow,
  type SampleOptions,
  type StratumRow,
} from './audit-sample.js';
import { KINDS, optionProblems, snapshotOptions } from './sample-options.js';
import {
  caseloadListProblems,
  latestAudits,
  recordProblems,
  scanCaseload,
  type CaseloadScan,
} from './caseload-scan.js';
import { compareValues, marginals, percentOf, resolveStrata } from './strata.js';

/** A kind's window of disposal dates: its first and last dates (both included), and its months. */
type KindWindow = KindPlan['window'];

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
 */ export function drawSample(
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
  const strata = optionsUsable('strata')
    ? resolveStrata(options.strata, caseload)
    : { fields: [], issues: [] };
  // The windows and the audit log, when the options give them soundly; without them the caseload
  // is still checked against the framework, so every problem is found at once.
  const usable = optionsUsable('fieldwork', 'windows', 'audited', 'reauditMonths');
  const fieldwork = options?.fieldwork;
  const reauditMonths =
    usable && options.reauditMonths !== undefined ? options.reauditMonths : DEFAULT_REAUDIT_MONTHS;
  const auditedAfter = usable ? monthsFrom(fieldwork, -reauditMonths) : '';
  const windows = usable ? kindWindows(fieldwork, options.windows) : undefined;
  const scan = scanCaseload(
    checked.framework,
    caseload as CaseloadRecord[], // our own copy of the list: the scan puts checked copies in it
    strata.fields,
    windows,
    usable ? latestAudits(options.audited ?? []) : new Map<string, string>(),
    auditedAfter,
  );
  // A record the hand check refuses: zod describes every one, and nothing else is said about the
  // caseload, since the rest was read from records that are not what they should be.
  if (!scan.valid) throw new RatingRuleError([...found, ...recordProblems(caseload)]);
  found.push(...strata.issues, ...scan.issues);
  if (found.length > 0 || !windows) throw new RatingRuleError(found);

  // 2-4. Size, allocation and selection, court first, strata in the order of their values.
  const seed = options.seed ?? DEFAULT_SAMPLE_SEED;
  const random = randomSource(seed);
  const draws = KINDS.map((kind) =>
    drawKind(kind, scan, windows[kind], policyFor(options.size, kind), strata.fields, random),
  );
  const chosen = draws.flatMap((d) => d.chosen).sort((a, b) => a - b);
  return {
    framework: checked.framework.id,
    fieldwork,
    seed,
    strata: strata.fields,
    reaudit: { months: reauditMonths, auditedAfter, logEntries: options.audited?.length ?? 0 },
    kinds: draws.map((d) => d.plan),
    // The scan's own copies of the records: the result shares nothing the caller can change.
    cases: chosen.map((i) => caseload[i] as CaseloadRecord),
    excluded: scan.excluded,
  };
}

/** Each kind's window before the fieldwork start: the option's months, or Cheshire's. */
function kindWindows(
  fieldwork: string,
  given: SampleOptions['windows'],
): Record<CaseKind, KindWindow> {
  const windowOf = (kind: CaseKind): KindWindow => {
    const months: MonthWindow = given?.[kind] ?? DEFAULT_WINDOWS[kind];
    return {
      start: monthsFrom(fieldwork, -months.max),
      end: monthsFrom(fieldwork, -months.min),
      months: { min: months.min, max: months.max },
    };
  };
  return { court: windowOf('court'), 'out-of-court': windowOf('out-of-court') };
}

/** A kind's size policy: the one policy given, the kind's own, or the default. */
function policyFor(size: SampleOptions['size'], kind: CaseKind): SizePolicy {
  if (size === undefined) return DEFAULT_SIZE_POLICY;
  if (Object.hasOwn(size, 'policy')) return size as SizePolicy;
  return (size as Partial<Record<CaseKind, SizePolicy>>)[kind] ?? DEFAULT_SIZE_POLICY;
}

/**
 * One kind's plan and draw: its size from its eligible count, shared across its strata (in the
 * order of their values) by the largest remainder, and each stratum's cases chosen at random.
 */
function drawKind(
  kind: CaseKind,
  scan: CaseloadScan,
  window: KindWindow,
  policy: SizePolicy,
  fields: readonly string[],
  random: RandomSource,
): { readonly plan: KindPlan; readonly chosen: number[] } {
  const { caseload, outside, audited, eligible } = scan.counts[kind];
  const size = sizeFor(eligible, policy);
  const strata = scan.strata[kind].sort((a, b) => compareValues(a.values, b.values));
  const allocation = allocateProportionally(
    strata.map((s) => s.pool.length),
    size.size,
  );
  const chosen: number[] = [];
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
  const plan: KindPlan = {
    kind,
    window,
    caseload,
    eligible,
    outsideWindow: outside,
    recentlyAudited: audited,
    size,
    strata: rows,
    marginals: marginals(fields, rows, eligible, size.size),
  };
  return { plan, chosen };
}
