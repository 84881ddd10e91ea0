// The figures of several audits of one service over time: each key question's and standard's
// figures, the overall score and rating, what changed band and by how much, and whether each
// change is larger than the intervals would explain.
import { ratingArgument } from '../rules/rating-argument.js';
import { RatingRuleError, issue, type RatingIssue } from '../model/errors.js';
import {
  argumentIssue,
  didYouMean,
  isRecord,
  numberIn,
  optionIssues,
  ownSnapshot,
  plainList,
} from '../model/arguments.js';
import { preview, quoteText } from '../model/preview.js';
import { ratingRank, type Rating } from '../model/rating.js';
import type { Framework, KeyQuestionBand, OverallBand, RatedBy } from '../model/types.js';
import { frameworkArgument } from '../framework/trusted.js';
import { standardsOf } from '../framework/standards-of.js';
import { bandOf, type BandingPolicy } from '../rules/band-for.js';
import type { InspectionRating } from '../rules/inspection-rating.js';
import type { KeyQuestionResult, RatingMethod, StandardRating } from '../rules/standard-rating.js';
import type { CaseTally } from '../cases/tally-cases.js';
import { caseTallySchema } from '../cases/tally-schema.js';
import { isIsoDate } from '../sampling/calendar.js';
import {
  DEFAULT_LEVEL,
  MAX_INTERVAL_SAMPLE,
  intervalOf,
  shareBand,
  type KeyQuestionInterval,
} from '../confidence/key-question-interval.js';
import {
  bandWords,
  changeOf,
  levelWords,
  verdictWords,
  type TrendDirection,
  type TrendVerdict,
} from './share-change.js';

/** The most audits a trend compares. */
export const MAX_AUDITS = 100;

/** One audit given to `auditTrend`: its date, a label, its rating and (optionally) its tally. @category Trends */
export interface TrendAuditInput {
  /** The audit's date, yyyy-mm-dd; every audit's date differs. */
  readonly date: string;
  /** A name to show beside the date (a file name, "Q1 2024-25"); up to 200 characters. */
  readonly label?: string;
  /** The audit's rating, from `rateInspection` or `rateCases` (incomplete ratings are allowed). */
  readonly rating: InspectionRating;
  /** The audit's tally, from `tallyCases` or `rateCases`, for the sample sizes. */
  readonly tally?: CaseTally;
}

/** Options of `auditTrend`. @category Trends */
export interface TrendOptions {
  /** The level of the intervals changes are tested against, above 0 and below 1; 0.8 by default. */
  readonly level?: number;
}

/** One audit of a trend, in date order. @category Trends */
export interface TrendAudit {
  readonly date: string;
  readonly label?: string;
  /** Its position in the list given to `auditTrend`, from 0. */
  readonly given: number;
  readonly complete: boolean;
  readonly score: number;
  readonly maximum: number;
  readonly overall?: Rating;
  /** The cases audited, when the tally was given. */
  readonly sample?: {
    readonly total: number;
    readonly court: number;
    readonly outOfCourt: number;
  };
}

/** A figure's change between two audits, and what the test of the intervals says. @category Trends */
export interface TrendChange {
  /** The earlier audit's date. */
  readonly from: string;
  /** The later audit's date. */
  readonly to: string;
  readonly direction: TrendDirection;
  /**
   * The later figure minus the earlier: percentage points of the printed "% yes" for a key
   * question and for a standard's lowest key question, score points for the overall.
   */
  readonly difference?: number;
  readonly fromBand?: Rating;
  readonly toBand?: Rating;
  /** Bands moved: the later band's rank minus the earlier's (+2 is two bands up). */
  readonly bandSteps?: number;
  readonly verdict: TrendVerdict;
  /** Why it was not tested. */
  readonly reason?: string;
  /** A sentence a team can paste, starting with the two dates. */
  readonly sentence: string;
}

/** A key question's figure in one audit. @category Trends */
export interface KeyQuestionPoint {
  readonly date: string;
  readonly yes?: number;
  readonly of?: number;
  readonly percent?: number;
  readonly band?: Rating;
  /** The lower end of the exact interval at the trend's level, a share from 0 to 1. */
  readonly lower?: number;
  /** The upper end of the interval. */
  readonly upper?: number;
  /** Every band the interval touches, lowest first. */
  readonly bands?: readonly Rating[];
  /** Why there is no figure or no interval. */
  readonly note?: string;
}

/** A key question across the audits. @category Trends */
export interface KeyQuestionTrend {
  readonly standard: string;
  readonly keyQuestion: string;
  readonly text: string;
  /** One point per audit, in date order. */
  readonly points: readonly KeyQuestionPoint[];
  /** Between each audit and the next. */
  readonly changes: readonly TrendChange[];
  /** From the first audit to the last. */
  readonly firstToLast: TrendChange;
}

/** A standard's rating in one audit. @category Trends */
export interface StandardPoint {
  readonly date: string;
  /** `'not-given'`: the audit has no rating of the standard (an incomplete rating). */
  readonly status: 'rated' | 'not-rated' | 'not-given';
  readonly rating?: Rating;
  readonly ruleRating?: Rating;
  readonly method?: RatingMethod;
  readonly lowest?: {
    readonly keyQuestion: string;
    readonly yes?: number;
    readonly of?: number;
    readonly percent?: number;
  };
  readonly score?: number;
  /** The panel's discretion, when it moved the rating or considered it. */
  readonly discretion?: 'raised' | 'lowered' | 'unchanged';
  /**
   * The bands the key questions' intervals allow: the lowest-question rule applied to the
   * intervals' lower ends and to their upper ends, widened to take in the rating given.
   */
  readonly allowed?: { readonly lowest: Rating; readonly highest: Rating };
  readonly note?: string;
}

/** A standard across the audits. @category Trends */
export interface StandardTrend {
  readonly standard: string;
  readonly name: string;
  readonly domain: string;
  readonly domainName: string;
  readonly ratedBy: RatedBy;
  readonly countsTowardOverall: boolean;
  readonly points: readonly StandardPoint[];
  readonly changes: readonly TrendChange[];
  readonly firstToLast: TrendChange;
}

/** The overall score and rating in one audit. @category Trends */
export interface OverallPoint {
  readonly date: string;
  readonly complete: boolean;
  readonly score: number;
  readonly maximum: number;
  readonly overall?: Rating;
  /** The scores the intervals allow: each case-sampled standard's allowed bands, the judgements as given. */
  readonly allowed?: { readonly lowest: number; readonly highest: number };
  readonly note?: string;
}

/** The overall across the audits. @category Trends */
export interface OverallTrend {
  readonly points: readonly OverallPoint[];
  readonly changes: readonly TrendChange[];
  readonly firstToLast: TrendChange;
}

/** A figure that changed band between two audits. @category Trends */
export interface BandChange {
  /** The key question or standard id, or `'overall'`. */
  readonly figure: string;
  readonly kind: 'key question' | 'standard' | 'overall';
  readonly change: TrendChange;
}

/** What `auditTrend` returns. @category Trends */
export interface AuditTrend {
  readonly framework: { readonly id: string; readonly name: string };
  /** The framework's key-question bands (for the band lines of a chart). */
  readonly keyQuestionBands: readonly KeyQuestionBand[];
  /** The framework's overall bands. */
  readonly overallBands: readonly OverallBand[];
  readonly level: number;
  readonly banding: BandingPolicy;
  /** The audits in date order. */
  readonly audits: readonly TrendAudit[];
  /** Every key question of the case-sampled standards, in framework order. */
  readonly keyQuestions: readonly KeyQuestionTrend[];
  /** Every standard, in framework order. */
  readonly standards: readonly StandardTrend[];
  readonly overall: OverallTrend;
  /**
   * Every change of band between consecutive audits and, with three or more audits, from the first
   * to the last, by pair of audits in that order; within a pair key questions, then standards,
   * then the overall.
   */
  readonly bandChanges: readonly BandChange[];
  /** What the figures mean and do not mean, in sentences. */
  readonly notes: readonly string[];
}

const TREND_OPTIONS = { level: numberIn(0, 1, { min: true, max: true }) };
const AUDIT_FIELDS = ['date', 'label', 'rating', 'tally'];

interface CheckedAudit {
  readonly date: string;
  readonly label?: string;
  readonly rating: InspectionRating;
  readonly tally?: CaseTally;
  readonly given: number;
}

/** Every problem with one audit of the list, and its checked copy when there are none. */
function checkAudit(
  value: unknown,
  index: number,
  framework: Framework | undefined,
): {
  readonly audit?: CheckedAudit;
  /** The audit's date and rating where each is good, for the checks between audits. */
  readonly date?: string;
  readonly rating?: InspectionRating;
  readonly issues: RatingIssue[];
} {
  const at = ['audits', index];
  if (!isRecord(value))
    return {
      issues: [
        issue(
          'invalid-argument',
          at,
          `an audit must be { date, label?, rating, tally? } (got ${preview(value)})`,
        ),
      ],
    };
  const given = ownSnapshot(value);
  const issues: RatingIssue[] = [];
  for (const key of Object.keys(given))
    if (!AUDIT_FIELDS.includes(key)) {
      const near = didYouMean(key, AUDIT_FIELDS);
      issues.push(
        issue(
          'invalid-argument',
          [...at, key],
          `unknown field ${quoteText(key)}${near ? `; did you mean "${near}"?` : ` (an audit has ${AUDIT_FIELDS.join(', ')})`}`,
        ),
      );
    }
  const { date, label, rating, tally } = given;
  if (!isIsoDate(date))
    issues.push(
      issue(
        'invalid-date',
        [...at, 'date'],
        `the audit's date must be a date written yyyy-mm-dd that exists, from 1900 (got ${preview(date)})`,
      ),
    );
  if (label !== undefined && (typeof label !== 'string' || label.length < 1 || label.length > 200))
    issues.push(
      issue(
        'invalid-argument',
        [...at, 'label'],
        `a label must be text of 1 to 200 characters (got ${preview(label)})`,
      ),
    );
  const read = ratingArgument(rating, framework, {
    path: [...at, 'rating'],
    frameworkPath: [...at, 'rating', 'framework'],
    mismatch: ': a trend compares audits of one framework',
  });
  issues.push(...read.issues);
  const checkedRating = read.rating;
  let checkedTally: CaseTally | undefined;
  if (tally !== undefined) {
    const t = caseTallySchema.safeParse(tally);
    if (!t.success)
      issues.push(argumentIssue(`audits[${index}].tally`, 'a tally from tallyCases', tally));
    else if (framework && t.data.framework !== framework.id)
      issues.push(
        issue(
          'framework-mismatch',
          [...at, 'tally', 'framework'],
          `the tally is for ${quoteText(t.data.framework)}, not "${framework.id}"`,
        ),
      );
    else {
      checkedTally = t.data as CaseTally;
      if (checkedRating) issues.push(...tallyIssues(checkedRating, checkedTally, at));
    }
  }
  const good = {
    ...(isIsoDate(date) && { date }),
    ...(checkedRating && { rating: checkedRating }),
  };
  if (issues.length > 0 || !checkedRating) return { ...good, issues };
  return {
    ...good,
    audit: {
      date: date as string,
      ...(typeof label === 'string' && { label }),
      rating: checkedRating,
      ...(checkedTally && { tally: checkedTally }),
      given: index,
    },
    issues,
  };
}

/** A tally given with a rating must be the one the rating was made from. */
function tallyIssues(
  rating: InspectionRating,
  tally: CaseTally,
  at: readonly (string | number)[],
): RatingIssue[] {
  const counts = new Map(Object.entries(tally.keyQuestions));
  const found: RatingIssue[] = [];
  for (const s of rating.standards)
    for (const f of s.keyQuestions) {
      const t = counts.get(f.keyQuestion);
      if (!t || f.yes === undefined || f.of === undefined) continue;
      if (t.yes !== f.yes || t.of !== f.of)
        found.push(
          issue(
            'invalid-input',
            [...at, 'tally', 'keyQuestions', f.keyQuestion],
            `the tally gives ${t.yes} of ${t.of} for ${f.keyQuestion} but the rating ${f.yes} of ${f.of}: give the tally the rating was made from`,
          ),
        );
    }
  return found;
}

/** The interval of a key question's figure in one audit, or why there is none. */
interface FigureAt {
  readonly figure?: KeyQuestionResult;
  readonly interval?: KeyQuestionInterval;
  readonly band?: Rating;
  readonly note?: string;
}

function figureAt(
  s: StandardRating | undefined,
  keyQuestion: string,
  level: number,
  bands: readonly KeyQuestionBand[],
  banding: BandingPolicy,
): FigureAt {
  if (!s) return { note: 'not given (the audit has no rating of its standard)' };
  if (s.method === 'given') return { note: 'no figures (a rating was given without them)' };
  const figure = s.keyQuestions.find((f) => f.keyQuestion === keyQuestion);
  if (!figure) return { note: 'not in this audit' };
  if (figure.empty || figure.of === 0) return { figure, note: 'no applicable cases' };
  const band =
    figure.yes !== undefined && figure.of !== undefined && banding === 'exact'
      ? bandOf(bands, 100 * figure.yes, figure.of).rating
      : figure.percent !== undefined
        ? bandOf(bands, figure.percent).rating
        : undefined;
  if (figure.yes === undefined || figure.of === undefined)
    return {
      figure,
      ...(band && { band }),
      note: 'no interval: only a percent was given, not the counts',
    };
  if (figure.of > MAX_INTERVAL_SAMPLE)
    return { figure, ...(band && { band }), note: 'no interval: more than 10,000,000 cases' };
  return {
    figure,
    ...(band && { band }),
    interval: intervalOf(figure.yes, figure.of, level, bands, banding),
  };
}

/** "38% (3 of 8)", "38%". */
function figureText(f: KeyQuestionResult | { yes?: number; of?: number; percent?: number }) {
  return `${f.percent ?? 0}%${f.yes !== undefined && f.of !== undefined ? ` (${f.yes} of ${f.of})` : ''}`;
}

function keyQuestionChange(
  id: string,
  a: FigureAt,
  b: FigureAt,
  from: string,
  to: string,
  level: number,
): TrendChange {
  const head = `${from} to ${to}: ${id}`;
  const dates = { from, to };
  if (a.interval && b.interval) {
    const c = changeOf(a.interval, b.interval);
    return {
      ...dates,
      direction: c.direction,
      difference: c.points,
      fromBand: c.from.band,
      toBand: c.to.band,
      bandSteps: c.bandSteps,
      verdict: c.verdict,
      sentence: `${head} ${c.sentence}`,
    };
  }
  const aHas = a.figure?.percent !== undefined && a.band !== undefined;
  const bHas = b.figure?.percent !== undefined && b.band !== undefined;
  if (!aHas || !bHas || !a.figure || !b.figure || !a.band || !b.band) {
    const [date, at] = !aHas ? [from, a] : [to, b];
    const note = at.note ?? 'no figure';
    return {
      ...dates,
      direction: 'not compared',
      verdict: 'not-tested',
      reason: `${note} on ${date}`,
      sentence:
        note === 'no applicable cases'
          ? `${head} had no applicable cases on ${date}; not compared`
          : `${head} has no figure on ${date} (${note}); not compared`,
    };
  }
  // Both have a percent; one or both lack the counts an interval needs.
  const points = (b.figure.percent as number) - (a.figure.percent as number);
  const direction = points > 0 ? 'rose' : points < 0 ? 'fell' : 'unchanged';
  const without = a.interval ? to : from;
  const reason = `only a percent was given on ${without}, not the counts`;
  const moved =
    direction === 'unchanged'
      ? `stayed at ${a.figure.percent}%, ${bandWords(a.band, b.band)}`
      : `${direction} from ${figureText(a.figure)} to ${figureText(b.figure)}, ${bandWords(a.band, b.band)}`;
  return {
    ...dates,
    direction,
    difference: points,
    fromBand: a.band,
    toBand: b.band,
    bandSteps: ratingRank(b.band) - ratingRank(a.band),
    verdict: 'not-tested',
    reason,
    sentence: `${head} ${moved}; ${verdictWords('not-tested', level, reason)}`,
  };
}

/** The bands a case-sampled standard's key-question intervals allow, widened to its rating. */
function allowedBands(
  s: StandardRating,
  figures: readonly FigureAt[],
  bands: readonly KeyQuestionBand[],
  banding: BandingPolicy,
): { lowest: Rating; highest: Rating } | string {
  if (s.method === 'given') return 'a rating given without its figures';
  if (s.method !== 'key-questions') return 'a judgement of the panel, not a sample of cases';
  if (s.status !== 'rated' || !s.rating) return 'not rated';
  let low = Infinity;
  let high = Infinity;
  for (const f of figures) {
    if (f.note === 'no applicable cases') continue;
    if (!f.interval) return f.note ?? 'no interval';
    low = Math.min(low, ratingRank(bandAtShare(bands, f.interval.lower, banding)));
    high = Math.min(high, ratingRank(bandAtShare(bands, f.interval.upper, banding)));
  }
  if (!Number.isFinite(low) || !Number.isFinite(high)) return 'no interval';
  const given = ratingRank(s.rating);
  const ranks = bands.map((b) => b.rating);
  const lowest = rankRating(ranks, Math.min(low, given));
  const highest = rankRating(ranks, Math.max(high, given));
  return { lowest, highest };
}

function bandAtShare(bands: readonly KeyQuestionBand[], share: number, banding: BandingPolicy) {
  return (bands[shareBand(bands, share, banding)] as KeyQuestionBand).rating;
}

/** The rating of a rank, among the framework's bands' ratings (the nearest at or above it). */
function rankRating(ratings: readonly Rating[], rank: number): Rating {
  return (ratings.find((r) => ratingRank(r) >= rank) ?? ratings[ratings.length - 1]) as Rating;
}

/** "raised by the panel from Inadequate on 2024-01-15", for each audit whose panel moved the rating. */
function discretionWords(points: readonly StandardPoint[]): string[] {
  return points
    .filter((p) => p.discretion === 'raised' || p.discretion === 'lowered')
    .map((p) => `${p.discretion} by the panel from ${p.ruleRating} on ${p.date}`);
}

function standardChange(
  standard: { readonly id: string; readonly name: string; readonly ratedBy: RatedBy },
  a: StandardPoint,
  b: StandardPoint,
  level: number,
  bothTested: { a?: string; b?: string },
): TrendChange {
  const head = `${a.date} to ${b.date}: ${standard.id} ${standard.name}`;
  const dates = { from: a.date, to: b.date };
  if (!a.rating || !b.rating) {
    const [date, p] = !a.rating ? [a.date, a] : [b.date, b];
    const what = p.status === 'not-given' ? 'not given' : 'not rated';
    return {
      ...dates,
      direction: 'not compared',
      verdict: 'not-tested',
      reason: `${what} on ${date}`,
      sentence: `${head} was ${what} on ${date}; not compared`,
    };
  }
  const bandSteps = ratingRank(b.rating) - ratingRank(a.rating);
  const direction = bandSteps > 0 ? 'rose' : bandSteps < 0 ? 'fell' : 'unchanged';
  const lowA = a.lowest?.percent;
  const lowB = b.lowest?.percent;
  const difference = lowA !== undefined && lowB !== undefined ? lowB - lowA : undefined;
  const details = [
    ...discretionWords([a, b]),
    ...(a.lowest && b.lowest
      ? [
          `lowest key question ${a.lowest.keyQuestion} ${figureText(a.lowest)}, then ${b.lowest.keyQuestion} ${figureText(b.lowest)}`,
        ]
      : []),
  ];
  const lowest = details.length > 0 ? ` (${details.join('; ')})` : '';
  let verdict: TrendVerdict = 'not-tested';
  let reason: string | undefined;
  if (a.allowed && b.allowed) {
    const apart =
      ratingRank(a.allowed.highest) < ratingRank(b.allowed.lowest) ||
      ratingRank(b.allowed.highest) < ratingRank(a.allowed.lowest);
    verdict = apart ? 'beyond-intervals' : 'within-intervals';
  } else
    reason =
      standard.ratedBy === 'judgement'
        ? 'a judgement of the panel, not a sample of cases'
        : `${bothTested.a ?? bothTested.b ?? 'no interval'} on ${bothTested.a ? a.date : b.date}`;
  const moved =
    direction === 'unchanged'
      ? `stayed ${a.rating}`
      : `${direction} from ${a.rating} to ${b.rating}`;
  return {
    ...dates,
    direction,
    ...(difference !== undefined && { difference }),
    fromBand: a.rating,
    toBand: b.rating,
    bandSteps,
    verdict,
    ...(reason !== undefined && { reason }),
    sentence: `${head} ${moved}${lowest}; ${verdictWords(verdict, level, reason)}`,
  };
}

function overallChange(a: OverallPoint, b: OverallPoint, level: number): TrendChange {
  const head = `${a.date} to ${b.date}: the overall`;
  const dates = { from: a.date, to: b.date };
  if (!a.overall || !b.overall) {
    const date = !a.overall ? a.date : b.date;
    const reason = `no overall rating on ${date} (the rating is incomplete)`;
    return {
      ...dates,
      direction: 'not compared',
      verdict: 'not-tested',
      reason,
      sentence: `${head} was not rated on ${date} (the rating is incomplete); not compared`,
    };
  }
  const difference = b.score - a.score;
  const direction = difference > 0 ? 'rose' : difference < 0 ? 'fell' : 'unchanged';
  let verdict: TrendVerdict = 'not-tested';
  let reason: string | undefined;
  if (a.allowed && b.allowed)
    verdict =
      a.allowed.highest < b.allowed.lowest || b.allowed.highest < a.allowed.lowest
        ? 'beyond-intervals'
        : 'within-intervals';
  else
    reason = `${(a.allowed ? b : a).note ?? 'no range of scores'} on ${(a.allowed ? b : a).date}`;
  const moved =
    direction === 'unchanged'
      ? `score stayed at ${a.score} of ${a.maximum}, ${bandWords(a.overall, b.overall)}`
      : `score ${direction} from ${a.score} to ${b.score} of ${b.maximum}, ${bandWords(a.overall, b.overall)}`;
  return {
    ...dates,
    direction,
    difference,
    fromBand: a.overall,
    toBand: b.overall,
    bandSteps: ratingRank(b.overall) - ratingRank(a.overall),
    verdict,
    ...(reason !== undefined && { reason }),
    sentence: `${head} ${moved}; ${verdictWords(verdict, level, reason)}`,
  };
}

/** Changes between consecutive points, and from the first to the last. */
function changesOf<P>(
  points: readonly P[],
  change: (a: P, b: P) => TrendChange,
): { changes: TrendChange[]; firstToLast: TrendChange } {
  const changes: TrendChange[] = [];
  for (let i = 1; i < points.length; i++) changes.push(change(points[i - 1] as P, points[i] as P));
  return {
    changes,
    firstToLast: change(points[0] as P, points[points.length - 1] as P),
  };
}

/**
 * The figures of several audits of one service over time, in date order: each key question's
 * figure (yes, of, "% yes", band and exact interval), each standard's rating (with its lowest key
 * question and score), and the overall score and rating where an audit's rating is complete;
 * every change between consecutive audits and from the first to the last, with its size (in
 * percentage points, bands and score points); and whether each change is larger than the
 * intervals would explain at the level (80% by default):
 *
 * - a key question: its two exact (Clopper-Pearson) intervals do not overlap (see `shareChange`);
 * - a case-sampled standard: the bands its key questions' intervals allow (the lowest-question rule
 *   applied to the lower ends and to the upper ends, widened to take in the rating given) do not
 *   overlap between the two audits;
 * - the overall: the scores the standards' allowed bands give (the judgements as given) do not
 *   overlap.
 *
 * "Within the intervals" does not mean "no change": it means the samples are too small to tell.
 * Judgement standards have no sample and are not tested. The audits may be given in any order and
 * each must have its own date; every rating must be of the framework, under one banding policy.
 *
 * @param framework - the framework every audit was rated by
 * @param audits - two or more audits: `{ date, label?, rating, tally? }`
 * @throws {RatingRuleError} every problem found: `invalid-argument` for fewer than two audits or a
 * value that is not an audit, rating or tally; `invalid-date` for a date that is not a real
 * yyyy-mm-dd date, or two audits on one date; `framework-mismatch` for a rating or tally of another
 * framework; `invalid-input` for ratings under different banding policies or a tally that does not
 * match its rating; `limit-exceeded` above 100 audits; `invalid-option` for a bad level
 * @example
 * const before = rateCases(youth2021, cumberlandCases, {}, { incomplete: 'allow' }).rating;
 * const cases = cumberlandCases.map((c) => (c.id === 'court-4' ? { ...c, answers: { ...c.answers, '2.1.3': 'yes' } } : c));
 * const after = rateCases(youth2021, cases, {}, { incomplete: 'allow' }).rating;
 * const trend = auditTrend(youth2021, [{ date: '2024-04-15', rating: after }, { date: '2024-01-15', rating: before }]);
 * trend.audits.map((a) => a.date) // => ['2024-01-15', '2024-04-15']
 * trend.keyQuestions[2]?.changes[0]?.sentence // => '2024-01-15 to 2024-04-15: 2.1.3 rose from 38% (3 of 8) to 50% (4 of 8), from Inadequate to Requires improvement; within what the samples would explain at 80%'
 * trend.bandChanges.map((c) => c.figure) // => ['2.1.3', '2.1']
 * @category Trends
 */
export function auditTrend(
  framework: Framework,
  audits: readonly TrendAuditInput[],
  options: TrendOptions = {},
): AuditTrend {
  const checked = frameworkArgument(framework);
  const found: RatingIssue[] = [...checked.issues];
  const given = isRecord(options) ? ownSnapshot(options) : options;
  found.push(...optionIssues(given, TREND_OPTIONS));
  const list = plainList(audits);
  if (!list)
    found.push(
      argumentIssue('audits', 'a list of audits: { date, label?, rating, tally? }', audits),
    );
  else if (list.length < 2)
    found.push(argumentIssue('audits', 'a list of at least two audits to compare', audits));
  else if (list.length > MAX_AUDITS)
    found.push(
      issue(
        'limit-exceeded',
        ['audits'],
        `a trend compares at most ${MAX_AUDITS} audits (got ${list.length})`,
      ),
    );
  const fw = checked.framework;
  const checkedAudits: CheckedAudit[] = [];
  if (list && list.length >= 2 && list.length <= MAX_AUDITS) {
    const dated: { date: string; given: number }[] = [];
    const rated: { rating: InspectionRating; given: number }[] = [];
    for (let i = 0; i < list.length; i++) {
      const one = checkAudit(list[i], i, fw);
      found.push(...one.issues);
      if (one.audit) checkedAudits.push(one.audit);
      if (one.date !== undefined) dated.push({ date: one.date, given: i });
      if (one.rating) rated.push({ rating: one.rating, given: i });
    }
    // Two audits on one date cannot be put in order: each is named.
    const firstOn = new Map<string, number>();
    for (const a of dated) {
      const earlier = firstOn.get(a.date);
      if (earlier === undefined) firstOn.set(a.date, a.given);
      else
        found.push(
          issue(
            'invalid-date',
            ['audits', a.given, 'date'],
            `audits ${earlier + 1} and ${a.given + 1} share the date ${a.date}: give each audit its own date (two audits of one day are one audit: put their cases in one sheet)`,
          ),
        );
    }
    const first = rated[0];
    for (const a of rated)
      if (first && a.rating.policy.banding !== first.rating.policy.banding)
        found.push(
          issue(
            'invalid-input',
            ['audits', a.given, 'rating', 'policy', 'banding'],
            `audit ${a.given + 1} was rated with banding '${a.rating.policy.banding}' and audit ${first.given + 1} with '${first.rating.policy.banding}': rate every audit the same way`,
          ),
        );
  }
  if (found.length > 0 || !fw) throw new RatingRuleError(found);
  const level = (given as TrendOptions).level ?? DEFAULT_LEVEL;
  return trendOf(fw, checkedAudits, level);
}

/** The trend of checked audits. */
function trendOf(framework: Framework, given: readonly CheckedAudit[], level: number): AuditTrend {
  const audits = [...given].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const bands = framework.keyQuestionBands;
  const banding = (audits[0] as CheckedAudit).rating.policy.banding;
  const byStandard = audits.map(
    (a) => new Map(a.rating.standards.map((s) => [s.standard, s] as const)),
  );
  const standards = standardsOf(framework);
  const domainOf = new Map(
    framework.domains.flatMap((d) => d.standards.map((s) => [s.id, d] as const)),
  );
  const figures = new Map<string, FigureAt[]>();
  const keyQuestions: KeyQuestionTrend[] = [];
  for (const standard of standards) {
    if (standard.ratedBy !== 'key-questions') continue;
    for (const kq of standard.keyQuestions) {
      const at = byStandard.map((m) => figureAt(m.get(standard.id), kq.id, level, bands, banding));
      figures.set(kq.id, at);
      const points: KeyQuestionPoint[] = at.map((f, i) => {
        const date = (audits[i] as CheckedAudit).date;
        const fig = f.figure;
        return {
          date,
          ...(fig?.yes !== undefined && !fig.empty && { yes: fig.yes }),
          ...(fig?.of !== undefined && { of: fig.of }),
          ...(fig?.percent !== undefined && !fig.empty && { percent: fig.percent }),
          ...(f.band && { band: f.band }),
          ...(f.interval && {
            lower: f.interval.lower,
            upper: f.interval.upper,
            bands: f.interval.bands,
          }),
          ...(f.note !== undefined && { note: f.note }),
        };
      });
      const indexes = at.map((_, i) => i);
      const { changes, firstToLast } = changesOf(indexes, (i, j) =>
        keyQuestionChange(
          kq.id,
          at[i] as FigureAt,
          at[j] as FigureAt,
          (audits[i] as CheckedAudit).date,
          (audits[j] as CheckedAudit).date,
          level,
        ),
      );
      keyQuestions.push({
        standard: standard.id,
        keyQuestion: kq.id,
        text: kq.text,
        points,
        changes,
        firstToLast,
      });
    }
  }

  const standardTrends: StandardTrend[] = [];
  // Each audit's standards' allowed bands, for the overall's range of scores.
  const allowedByAudit = audits.map(() => new Map<string, StandardPoint['allowed'] | string>());
  for (const standard of standards) {
    const untested: (string | undefined)[] = [];
    const points: StandardPoint[] = audits.map((a, i) => {
      const s = (byStandard[i] as Map<string, StandardRating>).get(standard.id);
      if (!s) {
        untested.push('not given');
        return { date: a.date, status: 'not-given', note: 'not given in this audit' };
      }
      const kqFigures = standard.keyQuestions.map(
        (kq) => (figures.get(kq.id) ?? [])[i] ?? { note: 'no figure' },
      );
      const allowed =
        standard.ratedBy === 'key-questions'
          ? allowedBands(s, kqFigures, bands, banding)
          : 'a judgement of the panel, not a sample of cases';
      (allowedByAudit[i] as Map<string, StandardPoint['allowed'] | string>).set(
        standard.id,
        allowed,
      );
      untested.push(typeof allowed === 'string' ? allowed : undefined);
      const lowest = s.lowest;
      return {
        date: a.date,
        status: s.status,
        ...(s.rating && { rating: s.rating }),
        ...(s.ruleRating && { ruleRating: s.ruleRating }),
        method: s.method,
        ...(lowest &&
          !lowest.empty && {
            lowest: {
              keyQuestion: lowest.keyQuestion,
              ...(lowest.yes !== undefined && { yes: lowest.yes }),
              ...(lowest.of !== undefined && { of: lowest.of }),
              ...(lowest.percent !== undefined && { percent: lowest.percent }),
            },
          }),
        ...(s.score !== undefined && { score: s.score }),
        ...(s.discretion && { discretion: s.discretion.direction }),
        ...(typeof allowed !== 'string' && { allowed }),
        ...(s.status === 'not-rated' && {
          note: s.notRatedReason ?? 'none of its key questions had applicable cases',
        }),
      };
    });
    const indexes = points.map((_, i) => i);
    const { changes, firstToLast } = changesOf(indexes, (i, j) =>
      standardChange(standard, points[i] as StandardPoint, points[j] as StandardPoint, level, {
        ...(untested[i] !== undefined && { a: untested[i] }),
        ...(untested[j] !== undefined && { b: untested[j] }),
      }),
    );
    const domain = domainOf.get(standard.id);
    standardTrends.push({
      standard: standard.id,
      name: standard.name,
      domain: domain?.id ?? '',
      domainName: domain?.name ?? '',
      ratedBy: standard.ratedBy,
      countsTowardOverall: standard.countsTowardOverall,
      points,
      changes,
      firstToLast,
    });
  }

  const overallPoints: OverallPoint[] = audits.map((a, i) => {
    const r = a.rating;
    const base = {
      date: a.date,
      complete: r.complete,
      score: r.score,
      maximum: r.maximum,
      ...(r.overall && { overall: r.overall }),
    };
    if (!r.complete || !r.overall) return { ...base, note: 'the rating is incomplete: no overall' };
    const allowed = scoreRange(
      framework,
      r,
      allowedByAudit[i] as Map<string, StandardPoint['allowed'] | string>,
    );
    return typeof allowed === 'string' ? { ...base, note: allowed } : { ...base, allowed };
  });
  const overall = {
    points: overallPoints,
    ...changesOf(overallPoints, (a, b) => overallChange(a, b, level)),
  };

  const trendAudits: TrendAudit[] = audits.map((a) => ({
    date: a.date,
    ...(a.label !== undefined && { label: a.label }),
    given: a.given,
    complete: a.rating.complete,
    score: a.rating.score,
    maximum: a.rating.maximum,
    ...(a.rating.overall && { overall: a.rating.overall }),
    ...(a.tally && {
      sample: {
        total: a.tally.cases.total,
        court: a.tally.cases.court,
        outOfCourt: a.tally.cases.outOfCourt,
      },
    }),
  }));

  // Band changes by pair of audits (each consecutive pair, then the first to the last), and
  // within a pair key questions, then standards, then the overall.
  const bandChanges: BandChange[] = [];
  const pairs = audits.length > 2 ? audits.length : audits.length - 1;
  for (let pair = 0; pair < pairs; pair++) {
    const at = (t: { changes: readonly TrendChange[]; firstToLast: TrendChange }) =>
      (pair < audits.length - 1 ? t.changes[pair] : t.firstToLast) as TrendChange;
    const moved = (c: TrendChange) => c.bandSteps !== undefined && c.bandSteps !== 0;
    for (const kq of keyQuestions)
      if (moved(at(kq)))
        bandChanges.push({ figure: kq.keyQuestion, kind: 'key question', change: at(kq) });
    for (const s of standardTrends)
      if (moved(at(s))) bandChanges.push({ figure: s.standard, kind: 'standard', change: at(s) });
    if (moved(at(overall)))
      bandChanges.push({ figure: 'overall', kind: 'overall', change: at(overall) });
  }

  return {
    framework: { id: framework.id, name: framework.name },
    keyQuestionBands: bands.map((b) => ({ ...b })),
    overallBands: framework.overallBands.map((b) => ({ ...b })),
    level,
    banding,
    audits: trendAudits,
    keyQuestions,
    standards: standardTrends,
    overall,
    bandChanges,
    notes: notesOf(trendAudits, standardTrends, level),
  };
}

/** The scores a complete rating's intervals allow: each counted standard's allowed bands' scores. */
function scoreRange(
  framework: Framework,
  rating: InspectionRating,
  allowed: ReadonlyMap<string, StandardPoint['allowed'] | string>,
): { lowest: number; highest: number } | string {
  const scores = new Map(Object.entries(framework.scores) as [Rating, number][]);
  const byId = new Map(rating.standards.map((s) => [s.standard, s] as const));
  let lowest = 0;
  let highest = 0;
  for (const id of rating.counted) {
    const s = byId.get(id);
    if (!s || s.score === undefined) return `${id} has no score`;
    if (s.method === 'judgement') {
      lowest += s.score;
      highest += s.score;
      continue;
    }
    const range = allowed.get(id);
    if (range === undefined || typeof range === 'string')
      return `no range of scores: ${id} has ${typeof range === 'string' ? range : 'no interval'}`;
    const within = (framework.keyQuestionBands.map((b) => b.rating) as Rating[]).filter(
      (r) =>
        ratingRank(r) >= ratingRank(range.lowest) && ratingRank(r) <= ratingRank(range.highest),
    );
    const values = within.map((r) => scores.get(r) ?? 0);
    lowest += Math.min(...values, s.score);
    highest += Math.max(...values, s.score);
  }
  return { lowest, highest };
}

function notesOf(
  audits: readonly TrendAudit[],
  standards: readonly StandardTrend[],
  level: number,
): string[] {
  const l = levelWords(level);
  const notes = [
    `A change is "larger than the samples would explain at ${l}" when the two audits' exact ${l} intervals do not overlap: no one share of yes fits both audits at that level (for a standard, the bands its key questions' intervals allow; for the overall, the scores those bands give). "Within what the samples would explain" does not mean nothing changed: samples this small cannot show a change of that size either way.`,
  ];
  const incomplete = audits.filter((a) => !a.complete).map((a) => a.date);
  if (incomplete.length > 0)
    notes.push(
      `No overall rating for ${incomplete.join(', ')}: the rating is incomplete (no judgements, or a counted standard not rated), so only the key questions and case-sampled standards are compared there.`,
    );
  if (
    standards.some((s) =>
      s.points.some((p) => p.discretion === 'raised' || p.discretion === 'lowered'),
    )
  )
    notes.push(
      "Ratings are shown after the panel's discretion; a standard's test takes in the bands its key questions' intervals allow and the rating the panel gave.",
    );
  notes.push(
    'Judgement standards (rated by the panel, not from a sample of cases) are not tested.',
  );
  return notes;
}
