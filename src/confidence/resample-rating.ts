import { RatingRuleError, issue, type RatingIssue } from '../model/errors.js';
import {
  argumentIssue,
  isRecord,
  numberIn,
  oneOf,
  plainRecords,
  wholeNumber,
} from '../model/arguments.js';
import { RATINGS, ratingRank, type Rating } from '../model/rating.js';
import type { Framework, Standard } from '../model/types.js';
import { acceptArguments, callArguments } from '../framework/call-arguments.js';
import { maximumScore } from '../framework/framework-issues.js';
import type { BandingPolicy } from '../rules/band-for.js';
import { percentYes } from '../rules/percent-yes.js';
import type { InspectionRating } from '../rules/inspection-rating.js';
import type { CaseRecord } from '../cases/case-record.js';
import { tallyCases } from '../cases/tally-cases.js';
import { rateCases, type Judgements } from '../cases/rate-cases.js';
import { DEFAULT_LEVEL } from './key-question-interval.js';
import { bandTest, encodeAudit, type EncodedAudit } from './encoded-audit.js';
import { nthScore, observedBands, run, type Counts, type Scoring } from './bootstrap.js';
import { MAX_SEED, randomSource } from '../model/random.js';

/** The number of resamples by default. @category Confidence */
export const DEFAULT_RESAMPLES = 2000;
/** The seed by default: always reported, so a run can be repeated. @category Confidence */
export const DEFAULT_SEED = 1;
/** The most resamples times cases one call may draw: about 3 seconds of work (10,000,000 take 1.3 s). */
export const MAX_DRAWS = 20_000_000;
/** The most cases of one kind that can be resampled (the index draw is exact below 2^21). */
const MAX_KIND_CASES = 2_000_000;

/** Options of `resampleRating`. @category Confidence */
export interface ResampleOptions {
  /** The level of the score's central interval, above 0 and below 1; 0.8 by default. */
  readonly level?: number;
  /** How many resamples to draw, 1 to 100,000; 2,000 by default. */
  readonly resamples?: number;
  /** A whole number from 0 to 2^53 - 1; 1 by default. Same input and seed, same figures. */
  readonly seed?: number;
  /** The banding policy, as for `rateCases`; `'rounded'` by default. */
  readonly banding?: BandingPolicy;
  /** As for `tallyCases`. */
  readonly unanswered?: 'error' | 'leave-out';
  /** As for `rateCases`: `'allow'` rates an audit whose overall is incomplete (standards only). */
  readonly incomplete?: 'error' | 'allow';
}

/** How many resamples landed in one band (or in none: 'not rated'). @category Confidence */
export interface BandCount {
  readonly rating: Rating | 'not rated';
  readonly count: number;
  /** count / resamples. The counts sum to the number of resamples exactly. */
  readonly share: number;
}

/** A case-sampled standard across the resamples. @category Confidence */
export interface ResampledStandard {
  readonly standard: string;
  readonly name: string;
  readonly countsTowardOverall: boolean;
  /** The rule rating of the audit itself (no discretion); undefined when it has no applicable cases. */
  readonly observed?: Rating;
  /** The rating as rated, after the panel's discretion, when judgements were given. */
  readonly rated?: Rating;
  /** Outstanding, Good, Requires improvement, Inadequate, then not rated. */
  readonly bands: readonly BandCount[];
  /** "2.1 Good in 61% of 2,000 resamples, Requires improvement in 37%, Inadequate in 2%". */
  readonly sentence: string;
}

/** The overall rating across the resamples. @category Confidence */
export interface ResampledOverall {
  /** The audit's own overall by rule (no discretion) and its score. */
  readonly observed: Rating;
  readonly observedScore: number;
  /** The overall as rated, after the panel's discretion. */
  readonly rated: Rating;
  readonly maximum: number;
  readonly bands: readonly BandCount[];
  /**
   * The score's distribution over the resamples that have one: the median and the central
   * interval at the level, each a type 1 quantile (the inverse of the empirical distribution).
   */
  readonly score?: {
    readonly median: number;
    readonly lower: number;
    readonly upper: number;
    readonly resamples: number;
  };
  readonly sentence: string;
}

/** What `resampleRating` returns. @category Confidence */
export interface ResampledRating {
  readonly framework: string;
  readonly resamples: number;
  readonly seed: number;
  readonly level: number;
  readonly banding: BandingPolicy;
  readonly cases: { readonly court: number; readonly outOfCourt: number };
  readonly standards: readonly ResampledStandard[];
  readonly overall?: ResampledOverall;
  /** Why there is no overall, when there is none. */
  readonly overallNote?: string;
  /** What was done, in one paragraph. */
  readonly method: string;
}

const RESAMPLE_OPTIONS = {
  level: numberIn(0, 1, { min: true, max: true }),
  resamples: wholeNumber(1, 100_000),
  seed: wholeNumber(0, MAX_SEED),
  banding: oneOf('rounded', 'exact'),
  unanswered: oneOf('error', 'leave-out'),
  incomplete: oneOf('error', 'allow'),
};

/** 2000 -> "2,000". */
export const groupThousands = (n: number): string =>
  String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A count out of a total as a whole percent, never "0%" for some or "100%" for not all. */
export function shareText(count: number, total: number): string {
  const percent = percentYes(count, total);
  if (percent === 0 && count > 0) return 'under 1%';
  if (percent === 100 && count < total) return 'over 99%';
  return `${percent}%`;
}

/** "2.1 Good in 61% of 2,000 resamples, Requires improvement in 37%, Inadequate in 2%". */
export function bandSentence(name: string, bands: readonly BandCount[], resamples: number): string {
  const order = (r: BandCount['rating']) => (r === 'not rated' ? -1 : ratingRank(r));
  const shown = bands
    .filter((b) => b.count > 0)
    .sort((a, b) => b.count - a.count || order(b.rating) - order(a.rating))
    .map((b) => `${b.rating} in ${shareText(b.count, resamples)}`);
  const [first = '', ...rest] = shown;
  return [`${name} ${first} of ${groupThousands(resamples)} resamples`, ...rest].join(', ');
}

/**
 * The type 1 quantile (Hyndman and Fan 1996; R's `quantile(type = 1)`): the k-th smallest of m
 * values with k = ceil(p m), p m first rounded to 9 decimals so a level typed as 0.8 acts as
 * exactly 0.8.
 */
export function quantileRank(p: number, m: number): number {
  return Math.min(m, Math.max(1, Math.ceil(Math.round(p * m * 1e9) / 1e9)));
}

const METHOD =
  'Bootstrap over cases (Efron and Tibshirani 1993): court and out-of-court cases are resampled separately, with replacement, each at its own sample size; each resample is tallied and rated by the lowest-question rule, without professional discretion; judgement standards keep their given ratings. Same cases, options and seed give the same figures.';

/**
 * How far a mock rating can be trusted: a seeded bootstrap over the audit's cases. Each resample
 * draws as many court cases as the audit has, with replacement, from its court cases, and the same
 * for out-of-court cases; tallies them and rates every case-sampled standard by the lowest-question
 * rule (no discretion: a panel's reasons belong to the cases it read), adding the judgement
 * standards' given ratings for the overall. Reports, per standard and overall, how many resamples
 * land in each band, and the score's median and central interval at the level. The cases are
 * checked once, as `rateCases` (with judgements) or `tallyCases` (without) check them; without
 * judgements there is no overall. See docs/statistics.md for what the shares mean.
 *
 * @param framework - the framework the audit follows
 * @param cases - the audit's case records; they are not changed
 * @param judgements - the panel's judgements, as for `rateCases`; leave out for standards only
 * @param options - level (0.8), resamples (2,000), seed (1), banding, unanswered, incomplete
 * @throws {RatingRuleError} every problem with the cases or judgements (see `rateCases`), an
 * unknown or bad option, `no-cases` for an empty audit, `limit-exceeded` past 20,000,000 draws (resamples times cases)
 * @example
 * const result = resampleRating(youth2021, cumberlandCases, cumberlandJudgements, { seed: 7 });
 * result.standards[0]?.sentence // => '2.1 Inadequate in 65% of 2,000 resamples, Requires improvement in 32%, Good in 2%, Outstanding in 1%'
 * result.overall?.observed // => 'Requires improvement'
 * result.standards[0]?.bands.reduce((sum, b) => sum + b.count, 0) // => 2000
 * @category Confidence
 */
export function resampleRating(
  framework: Framework,
  cases: readonly CaseRecord[],
  judgements?: Judgements,
  options: ResampleOptions = {},
): ResampledRating {
  // The caller's list and records read once into plain data: its own methods (an own `flatMap` or
  // `constructor`) never run, and what is checked is what is resampled.
  cases = (plainRecords(cases) ?? cases) as readonly CaseRecord[];
  const { framework: fw, options: given } = resampleArguments(
    framework,
    cases,
    judgements,
    options,
  );
  const resamples = given.resamples ?? DEFAULT_RESAMPLES;
  const banding = given.banding ?? 'rounded';
  const level = given.level ?? DEFAULT_LEVEL;
  const seed = given.seed ?? DEFAULT_SEED;
  const rated = checkedAudit(fw, cases, judgements, { ...given, banding });
  const audit = encodeAudit(fw, cases);
  if (Math.max(audit.court.cases, audit.outOfCourt.cases) > MAX_KIND_CASES)
    throw new RatingRuleError([
      issue('limit-exceeded', ['cases'], 'more than 2,000,000 cases of one kind to resample'),
    ]);
  const test = bandTest(fw.keyQuestionBands, banding);
  const scoring = rated && rated.complete ? scoringOf(fw, audit, rated) : undefined;
  const observed = observedBands(audit, test);
  const counts = run(audit, test, scoring, resamples, randomSource(seed));
  const ratingOfBand = fw.keyQuestionBands.map((b) => b.rating);
  const overall =
    scoring && rated?.overall
      ? resampledOverall(counts, scoring, observed, {
          rated: rated.overall,
          maximum: maximumScore(fw),
          resamples,
          level,
        })
      : undefined;
  return {
    framework: fw.id,
    resamples,
    seed,
    level,
    banding,
    cases: { court: audit.court.cases, outOfCourt: audit.outOfCourt.cases },
    standards: audit.standards.map(({ standard }, s) =>
      resampledStandard(standard, s, counts, ratingOfBand, {
        observed: observed[s] as number,
        rated: rated?.byStandard[standard.id]?.rating,
        resamples,
      }),
    ),
    ...(overall
      ? { overall }
      : {
          overallNote:
            judgements === undefined
              ? "No overall: give the panel's judgements to resample the overall rating."
              : "No overall: the audit's own rating is incomplete (a counted standard is missing or not rated).",
        }),
    method: METHOD,
  };
}

/**
 * The framework and options of `resampleRating`, checked with its other arguments: judgements
 * that are not an object, no cases, and (when nothing else is wrong) more draws than allowed.
 */
function resampleArguments(
  framework: Framework,
  cases: readonly CaseRecord[],
  judgements: Judgements | undefined,
  options: ResampleOptions,
): { readonly framework: Framework; readonly options: ResampleOptions } {
  const call = callArguments(framework, options, RESAMPLE_OPTIONS);
  const more: RatingIssue[] = [];
  if (judgements !== undefined && !isRecord(judgements))
    more.push(argumentIssue('judgements', 'an object of judgements by standard id', judgements));
  const resamples = call.options?.resamples ?? DEFAULT_RESAMPLES;
  if (Array.isArray(cases) && cases.length === 0)
    more.push(issue('no-cases', ['cases'], 'there are no cases to resample'));
  if (
    Array.isArray(cases) &&
    call.issues.length + more.length === 0 &&
    resamples * cases.length > MAX_DRAWS
  )
    more.push(
      issue(
        'limit-exceeded',
        ['options', 'resamples'],
        `${groupThousands(resamples)} resamples of ${groupThousands(cases.length)} cases is more than ${groupThousands(MAX_DRAWS)} draws: use fewer resamples`,
      ),
    );
  return acceptArguments(call, more);
}

/**
 * Validates the audit once: every check of the cases (and judgements) runs here, on the real
 * cases, as `rateCases` (with judgements) or `tallyCases` (without) runs it. The rating, with
 * judgements.
 */
function checkedAudit(
  framework: Framework,
  cases: readonly CaseRecord[],
  judgements: Judgements | undefined,
  options: ResampleOptions & { readonly banding: BandingPolicy },
): InspectionRating | undefined {
  if (judgements === undefined) {
    tallyCases(framework, cases, options.unanswered ? { unanswered: options.unanswered } : {});
    return undefined;
  }
  return rateCases(framework, cases, judgements, {
    banding: options.banding,
    ...(options.unanswered && { unanswered: options.unanswered }),
    ...(options.incomplete && { incomplete: options.incomplete }),
  }).rating;
}

/** How a complete rating scores: each band's score, which standards count, and the overall bands. */
function scoringOf(framework: Framework, audit: EncodedAudit, rated: InspectionRating): Scoring {
  return {
    bandScores: Int32Array.from(framework.keyQuestionBands, (b) => framework.scores[b.rating]),
    counted: Uint8Array.from(audit.standards, (s) => (s.standard.countsTowardOverall ? 1 : 0)),
    judgementScore: rated.standards.reduce(
      (sum, s) => sum + (s.method === 'judgement' ? (s.score ?? 0) : 0),
      0,
    ),
    overallRank: Int32Array.from({ length: maximumScore(framework) + 1 }, (_, score) =>
      ratingRank(
        (
          framework.overallBands.find((b) => score >= b.from && score <= b.to) ??
          framework.overallBands[0]
        )?.rating as Rating,
      ),
    ),
  };
}

/** How many resamples landed in each rating, from the highest, then in none. */
function bandCounts(
  countOf: (rating: Rating) => number,
  notRated: number,
  resamples: number,
): BandCount[] {
  const bands: BandCount[] = [...RATINGS].reverse().map((rating) => {
    const count = countOf(rating);
    return { rating, count, share: count / resamples };
  });
  bands.push({ rating: 'not rated', count: notRated, share: notRated / resamples });
  return bands;
}

/** One case-sampled standard across the resamples, beside its own rule rating and its rating as rated. */
function resampledStandard(
  standard: Standard,
  s: number,
  counts: Counts,
  ratingOfBand: readonly Rating[],
  at: { readonly observed: number; readonly rated: Rating | undefined; readonly resamples: number },
): ResampledStandard {
  const slots = ratingOfBand.length + 1;
  const bands = bandCounts(
    (rating) => {
      let count = 0;
      ratingOfBand.forEach((r, b) => {
        if (r === rating) count += counts.standards[s * slots + b] as number;
      });
      return count;
    },
    counts.standards[s * slots + slots - 1] as number,
    at.resamples,
  );
  return {
    standard: standard.id,
    name: standard.name,
    countsTowardOverall: standard.countsTowardOverall,
    ...(at.observed >= 0 && { observed: ratingOfBand[at.observed] as Rating }),
    ...(at.rated !== undefined && { rated: at.rated }),
    bands,
    sentence: bandSentence(standard.id, bands, at.resamples),
  };
}

/** The overall across the resamples, its own score by rule, and the score's median and interval. */
function resampledOverall(
  counts: Counts,
  scoring: Scoring,
  observed: Int32Array,
  at: {
    readonly rated: Rating;
    readonly maximum: number;
    readonly resamples: number;
    readonly level: number;
  },
): ResampledOverall {
  const { maximum, resamples, level } = at;
  const notRated = counts.overall[RATINGS.length] as number;
  const bands = bandCounts(
    (rating) => counts.overall[ratingRank(rating)] as number,
    notRated,
    resamples,
  );
  let observedScore = scoring.judgementScore;
  observed.forEach((b, s) => {
    if (scoring.counted[s] === 1 && b >= 0) observedScore += scoring.bandScores[b] as number;
  });
  const scored = resamples - notRated;
  const tail = (1 - level) / 2;
  const score =
    scored > 0
      ? {
          median: nthScore(counts.scores, quantileRank(0.5, scored)),
          lower: nthScore(counts.scores, quantileRank(tail, scored)),
          upper: nthScore(counts.scores, quantileRank(1 - tail, scored)),
          resamples: scored,
        }
      : undefined;
  const levelText = `${Math.round(level * 1000) / 10}%`;
  return {
    observed: RATINGS[scoring.overallRank[observedScore] as number] as Rating,
    observedScore,
    rated: at.rated,
    maximum,
    bands,
    ...(score && { score }),
    sentence:
      bandSentence('Overall', bands, resamples) +
      (score
        ? `; median score ${score.median} of ${maximum}, the middle ${levelText} from ${score.lower} to ${score.upper}`
        : ''),
  };
}
