import { RatingRuleError, issue, type RatingIssue } from '../model/errors.js';
import {
  didYouMean,
  isRecord,
  numberIn,
  oneOf,
  plainRecords,
  text,
  wholeNumber,
} from '../model/arguments.js';
import { quoteText } from '../model/preview.js';
import type { Rating } from '../model/rating.js';
import type { Framework, KeyQuestionBand } from '../model/types.js';
import { acceptArguments, callArguments } from '../framework/call-arguments.js';
import type { BandingPolicy } from '../rules/band-for.js';
import type { CaseRecord } from '../cases/case-record.js';
import { tallyCases } from '../cases/tally-cases.js';
import { encodeAudit, type EncodedAudit } from '../confidence/encoded-audit.js';
import {
  DEFAULT_LEVEL,
  intervalOf,
  shareBand,
  type KeyQuestionInterval,
} from '../confidence/key-question-interval.js';
import { suppressTable, type CellStatus } from './suppression.js';

/** Groups with fewer cases than this in a cell are suppressed by default. @category Breakdown */
export const DEFAULT_SUPPRESS_BELOW = 5;
/** The most groups a breakdown may have. */
const MAX_GROUPS = 1000;
/** The label of the group of cases with a blank value. */
export const BLANK_GROUP = '(blank)';

/** Options of `breakdownByGroup`. @category Breakdown */
export interface BreakdownOptions {
  /** Suppress a group's cell with fewer cases than this: a whole number from 1 to 100; 5 by default. */
  readonly suppressBelow?: number;
  /** The level of the intervals, above 0 and below 1; 0.8 by default. */
  readonly level?: number;
  readonly banding?: BandingPolicy;
  readonly unanswered?: 'error' | 'leave-out';
}

/** A suppressed cell: "fewer than k" (primary) or "withheld" (secondary). @category Breakdown */
export type SuppressedCell =
  | { readonly status: 'fewer-than'; readonly threshold: number }
  | { readonly status: 'withheld' };

/** One group of cases: its value of the attribute and how many cases it has. @category Breakdown */
export interface BreakdownGroup {
  /** The value as typed, trimmed; '' for the blank group. */
  readonly value: string;
  /** The value, or "(blank)". */
  readonly label: string;
  readonly blank: boolean;
  readonly cases: { readonly status: 'shown'; readonly count: number } | SuppressedCell;
}

/** A key question's figures for a group (or the whole sample), when shown. @category Breakdown */
export type KeyQuestionCell =
  | {
      readonly status: 'shown';
      readonly yes: number;
      readonly of: number;
      readonly interval?: KeyQuestionInterval;
    }
  | SuppressedCell;

/** One key question by group. @category Breakdown */
export interface KeyQuestionBreakdown {
  readonly standard: string;
  readonly keyQuestion: string;
  readonly whole: {
    readonly yes: number;
    readonly of: number;
    readonly interval?: KeyQuestionInterval;
  };
  /** One cell per group, in the order of `groups`. */
  readonly groups: readonly KeyQuestionCell[];
}

/**
 * A standard's rule rating from shown figures: the lowest key question's band, and the bands its
 * key questions' intervals allow (the lowest of the lower ends' bands to the lowest of the upper
 * ends' bands).
 * @category Breakdown
 */
export type StandardCell =
  | {
      readonly status: 'rated';
      readonly rating: Rating;
      readonly lowest: string;
      readonly range: { readonly from: Rating; readonly to: Rating };
      /** True for a group: a rating from a sub-sample is indicative only. */
      readonly indicative: boolean;
    }
  | { readonly status: 'not-rated' }
  | { readonly status: 'withheld' };

/** One case-sampled standard by group. @category Breakdown */
export interface StandardBreakdown {
  readonly standard: string;
  readonly name: string;
  readonly whole: StandardCell;
  readonly groups: readonly StandardCell[];
}

/** What `breakdownByGroup` returns. @category Breakdown */
export interface GroupBreakdown {
  readonly framework: string;
  readonly attribute: string;
  readonly suppressBelow: number;
  readonly level: number;
  readonly banding: BandingPolicy;
  readonly groups: readonly BreakdownGroup[];
  readonly cases: number;
  readonly keyQuestions: readonly KeyQuestionBreakdown[];
  readonly standards: readonly StandardBreakdown[];
  /** The caveats to print with the figures. */
  readonly notes: readonly string[];
}

const BREAKDOWN_OPTIONS = {
  suppressBelow: wholeNumber(1, 100),
  level: numberIn(0, 1, { min: true, max: true }),
  banding: oneOf('rounded', 'exact'),
  unanswered: oneOf('error', 'leave-out'),
};

const suppressed = (status: CellStatus, threshold: number): SuppressedCell =>
  status === 'fewer-than' ? { status, threshold } : { status: 'withheld' };

/**
 * Each key question's and case-sampled standard's figures by group, beside the whole sample: the
 * groups are the values of one attribute of the cases (an extra column of the case sheet, such as
 * gender, ethnicity or team), trimmed; cases with a blank or missing value form the group
 * "(blank)". Small numbers are suppressed: a group with fewer than `suppressBelow` cases (5 by
 * default) in a cell shows "fewer than 5" and no figures, and further groups are withheld until no
 * suppressed number can be worked out from the total and the other groups (the rule is in
 * docs/statistics.md). A standard is rated for a group only when all its key questions are shown
 * for that group; the rating is indicative and carries the bands its key questions' intervals
 * allow. The cases are checked once, as `tallyCases` checks them.
 *
 * @param attribute - the attribute (column) to group by, as the cases name it
 * @throws {RatingRuleError} every problem with the cases (see `tallyCases`); `unknown-column` for an
 * attribute no case has (with the closest name); `no-cases`; `limit-exceeded` past 1,000 groups;
 * `invalid-option` for a bad option
 * @example
 * // Cumberland's 20 cases in two teams of 10: each team has 4 of the 8 court cases, both fewer
 * // than 5, and the total would give both away, so both are withheld.
 * const cases = cumberlandCases.map((c, i) => ({ ...c, attributes: { team: i % 2 === 0 ? 'North' : 'South' } }));
 * const breakdown = breakdownByGroup(youth2021, cases, 'team');
 * breakdown.groups.map((g) => g.cases) // => [{ status: 'shown', count: 10 }, { status: 'shown', count: 10 }]
 * breakdown.keyQuestions[0]?.groups // => [{ status: 'withheld' }, { status: 'withheld' }]
 * const oocd = breakdown.keyQuestions.find((k) => k.keyQuestion === '3.1.1');
 * oocd?.groups.map((g) => (g.status === 'shown' ? `${g.yes} of ${g.of}` : g.status)) // => ['6 of 6', '5 of 6']
 * @category Breakdown
 */
export function breakdownByGroup(
  framework: Framework,
  cases: readonly CaseRecord[],
  attribute: string,
  options: BreakdownOptions = {},
): GroupBreakdown {
  // The caller's list and records read once into plain data: its own methods never run, and what
  // is checked is what is counted.
  cases = (plainRecords(cases) ?? cases) as readonly CaseRecord[];
  const call = callArguments(framework, options, BREAKDOWN_OPTIONS);
  const badName = text(200)(attribute);
  const { framework: fw, options: given } = acceptArguments(call, [
    ...(badName ? [issue('invalid-argument', ['attribute'], `attribute ${badName}`)] : []),
    ...(Array.isArray(cases) && cases.length === 0
      ? [issue('no-cases', ['cases'], 'there are no cases to break down')]
      : []),
  ]);
  checkCases(fw, cases, attribute, given);
  const threshold = given.suppressBelow ?? DEFAULT_SUPPRESS_BELOW;
  const level = given.level ?? DEFAULT_LEVEL;
  const banding = given.banding ?? 'rounded';
  const grouped = groupsOf(cases, attribute, threshold);
  const audit = encodeAudit(fw, cases);
  const keyQuestions = keyQuestionRows(audit, grouped, {
    threshold,
    level,
    banding,
    bands: fw.keyQuestionBands,
  });
  const rate = standardCell(fw.keyQuestionBands, banding);
  const standards = audit.standards.map(({ standard, first, count }): StandardBreakdown => {
    const rows = keyQuestions.slice(first, first + count);
    const ids = rows.map((r) => r.keyQuestion);
    return {
      standard: standard.id,
      name: standard.name,
      whole: rate(
        rows.map((r) => ({ status: 'shown', ...r.whole })),
        ids,
        false,
      ),
      groups: grouped.groups.map((_, g) =>
        rate(
          rows.map((r) => r.groups[g] as KeyQuestionCell),
          ids,
          true,
        ),
      ),
    };
  });
  return {
    framework: fw.id,
    attribute,
    suppressBelow: threshold,
    level,
    banding,
    groups: grouped.groups,
    cases: cases.length,
    keyQuestions,
    standards,
    notes: [
      `Ratings by group are indicative: a sub-sample's margin of error is larger than the whole sample's (HMIP, Cheshire Annexe 1). Each comes with the bands its key questions' ${Math.round(level * 1000) / 10}% intervals allow.`,
      `A group with fewer than ${threshold} cases in a figure is shown as "fewer than ${threshold}"; other groups are withheld where needed so that no suppressed number can be worked out from the total and the other groups.`,
    ],
  };
}

/**
 * Validates the cases once, as `tallyCases` does, and finds the attribute among theirs: an
 * unknown attribute is reported with any problem in the cases.
 */
function checkCases(
  framework: Framework,
  cases: readonly CaseRecord[],
  attribute: string,
  options: BreakdownOptions,
): void {
  const issues: RatingIssue[] = [];
  try {
    tallyCases(framework, cases, options.unanswered ? { unanswered: options.unanswered } : {});
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    issues.push(...e.issues);
  }
  const names = new Set<string>();
  if (Array.isArray(cases))
    for (const c of cases as readonly unknown[])
      if (isRecord(c) && isRecord(c['attributes']))
        for (const name of Object.keys(c['attributes'])) names.add(name);
  if (!names.has(attribute)) {
    const near = didYouMean(attribute, [...names]);
    const known = [...names].slice(0, 20).map((n) => quoteText(n));
    issues.push(
      issue(
        'unknown-column',
        ['attribute'],
        `no case has the attribute ${quoteText(attribute)}${near ? `; did you mean ${quoteText(near)}?` : known.length > 0 ? ` (the cases have ${known.join(', ')})` : ': the cases have no attributes'}`,
      ),
    );
  }
  if (issues.length > 0) throw new RatingRuleError(issues);
}

/**
 * Each case's group (the attribute's value, trimmed; '' when it has none) and the groups in
 * code-unit order, the blank group last; refused when there are more than the most groups a
 * breakdown shows. Shared by the grades by group.
 */
export function groupValues(
  cases: readonly Pick<CaseRecord, 'attributes'>[],
  attribute: string,
): { readonly values: readonly string[]; readonly distinct: readonly string[] } {
  const values = cases.map((record) => {
    const attributes = record.attributes;
    return attributes && Object.hasOwn(attributes, attribute)
      ? (attributes[attribute] as string).trim()
      : '';
  });
  const distinct = [...new Set(values)].sort((a, b) =>
    a === '' ? 1 : b === '' ? -1 : a < b ? -1 : a > b ? 1 : 0,
  );
  if (distinct.length > MAX_GROUPS)
    throw new RatingRuleError([
      issue(
        'limit-exceeded',
        ['attribute'],
        `${quoteText(attribute)} has ${distinct.length} different values; a breakdown shows at most ${MAX_GROUPS} groups`,
      ),
    ]);
  return { values, distinct };
}

/** The groups of the cases, what a reader knows of each group's size, and each case's group. */
interface Grouped {
  readonly groups: readonly BreakdownGroup[];
  /** Each case's group, by index into `groups`. */
  readonly memberOf: Int32Array;
  /** What a reader knows of a group's size, which bounds its cells in every key question. */
  readonly caps: readonly number[];
}

/** The groups: the attribute's values, trimmed, in code-unit order, "(blank)" last, sizes suppressed. */
function groupsOf(cases: readonly CaseRecord[], attribute: string, threshold: number): Grouped {
  const { values, distinct } = groupValues(cases, attribute);
  const groupIndex = new Map(distinct.map((v, i) => [v, i]));
  const memberOf = Int32Array.from(values, (v) => groupIndex.get(v) as number);
  const sizes = distinct.map(() => 0);
  for (const g of memberOf) sizes[g] = (sizes[g] as number) + 1;
  // Group sizes, suppressed as a table of their own (every listed group has at least one case).
  const sizeStatus = suppressTable(
    sizes.map((n) => ({ yes: n, no: 0, cap: Infinity })),
    threshold,
    1,
  );
  const groups = distinct.map(
    (value, g): BreakdownGroup => ({
      value,
      label: value === '' ? BLANK_GROUP : value,
      blank: value === '',
      cases:
        sizeStatus[g] === 'shown'
          ? { status: 'shown', count: sizes[g] as number }
          : suppressed(sizeStatus[g] as CellStatus, threshold),
    }),
  );
  const caps = sizeStatus.map((s, g) =>
    s === 'shown' ? (sizes[g] as number) : s === 'fewer-than' ? threshold - 1 : Infinity,
  );
  return { groups, memberOf, caps };
}

/** Each key question's yes and no counts by group, from the encoded answers, suppressed, with intervals. */
function keyQuestionRows(
  audit: EncodedAudit,
  grouped: Grouped,
  at: {
    readonly threshold: number;
    readonly level: number;
    readonly banding: BandingPolicy;
    readonly bands: readonly KeyQuestionBand[];
  },
): KeyQuestionBreakdown[] {
  const { threshold, level, banding, bands } = at;
  const width = grouped.groups.length;
  const yes = new Int32Array(audit.keyQuestions.length * width);
  const no = new Int32Array(audit.keyQuestions.length * width);
  grouped.memberOf.forEach((g, index) => {
    const block = audit.kindOf[index] === 0 ? audit.court : audit.outOfCourt;
    const row = (audit.rowOf[index] as number) * block.questions.length;
    block.questions.forEach((q, j) => {
      const code = block.answers[row + j];
      if (code === 0) yes[q * width + g] = (yes[q * width + g] as number) + 1;
      else if (code === 1) no[q * width + g] = (no[q * width + g] as number) + 1;
    });
  });
  const interval = (y: number, of: number) =>
    of > 0 ? { interval: intervalOf(y, of, level, bands, banding) } : {};
  return audit.keyQuestions.map(({ keyQuestion, standard }, q): KeyQuestionBreakdown => {
    const cells = grouped.groups.map((_, g) => ({
      yes: yes[q * width + g] as number,
      no: no[q * width + g] as number,
      cap: grouped.caps[g] as number,
    }));
    const status = suppressTable(cells, threshold);
    const wholeYes = cells.reduce((s, c) => s + c.yes, 0);
    const wholeOf = cells.reduce((s, c) => s + c.yes + c.no, 0);
    return {
      standard: (audit.standards[standard] as (typeof audit.standards)[number]).standard.id,
      keyQuestion: keyQuestion.id,
      whole: { yes: wholeYes, of: wholeOf, ...interval(wholeYes, wholeOf) },
      groups: cells.map(
        (c, g): KeyQuestionCell =>
          status[g] === 'shown'
            ? { status: 'shown', yes: c.yes, of: c.yes + c.no, ...interval(c.yes, c.yes + c.no) }
            : suppressed(status[g] as CellStatus, threshold),
      ),
    };
  });
}

/**
 * A standard's cell from its key questions' cells: the lowest-question rule over shown figures
 * (lowest as rateInspection picks it: by printed percent under the rounded policy, by exact
 * share, the first of equals), with the bands the intervals allow; withheld when any is not shown.
 */
function standardCell(
  bands: readonly KeyQuestionBand[],
  banding: BandingPolicy,
): (
  figures: readonly KeyQuestionCell[],
  ids: readonly string[],
  indicative: boolean,
) => StandardCell {
  const lower = (a: KeyQuestionInterval, b: KeyQuestionInterval) =>
    (banding === 'rounded' && a.percent !== b.percent
      ? a.percent - b.percent
      : a.yes * b.of - b.yes * a.of) < 0;
  const rating = (band: number) => (bands[band] as KeyQuestionBand).rating;
  return (figures, ids, indicative) => {
    let lowest: { id: string; interval: KeyQuestionInterval } | undefined;
    let from = Infinity;
    let to = Infinity;
    for (const [i, f] of figures.entries()) {
      if (f.status !== 'shown') return { status: 'withheld' };
      if (!f.interval) continue;
      from = Math.min(from, shareBand(bands, f.interval.lower, banding));
      to = Math.min(to, shareBand(bands, f.interval.upper, banding));
      if (!lowest || lower(f.interval, lowest.interval))
        lowest = { id: ids[i] as string, interval: f.interval };
    }
    if (!lowest) return { status: 'not-rated' };
    return {
      status: 'rated',
      rating: lowest.interval.band,
      lowest: lowest.id,
      range: { from: rating(from), to: rating(to) },
      indicative,
    };
  };
}
