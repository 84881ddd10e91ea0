import { RatingRuleError, issue, type RatingIssue } from '../model/errors.js';
import {
  argumentIssue,
  isRecord,
  numberIn,
  oneOf,
  optionIssues,
  ownSnapshot,
  plainRecords,
  wholeNumber,
} from '../model/arguments.js';
import { RATINGS, ratingRank, type Rating } from '../model/rating.js';
import type { Framework } from '../model/types.js';
import { frameworkArgument } from '../framework/trusted.js';
import { maximumScore } from '../framework/framework-issues.js';
import type { BandingPolicy } from '../rules/band-for.js';
import { percentYes } from '../rules/percent-yes.js';
import type { InspectionRating } from '../rules/inspection-rating.js';
import type { CaseRecord } from '../cases/case-record.js';
import { tallyCases } from '../cases/tally-cases.js';
import { rateCases, type Judgements } from '../cases/rate-cases.js';
import { DEFAULT_LEVEL } from './key-question-interval.js';
import {
  bandIndex,
  bandTest,
  encodeAudit,
  type CaseBlock,
  type EncodedAudit,
} from './encoded-audit.js';
import { MAX_SEED, randomSource, type RandomSource } from '../model/random.js';

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

/** The k-th smallest score (k from 1) of a histogram of scores. */
function nthScore(histogram: Int32Array, k: number): number {
  let seen = 0;
  for (let score = 0; score < histogram.length; score++) {
    seen += histogram[score] as number;
    if (seen >= k) return score;
  }
  return histogram.length - 1;
}

/**
 * The type 1 quantile (Hyndman and Fan 1996; R's `quantile(type = 1)`): the k-th smallest of m
 * values with k = ceil(p m), p m first rounded to 9 decimals so a level typed as 0.8 acts as
 * exactly 0.8.
 */
export function quantileRank(p: number, m: number): number {
  return Math.min(m, Math.max(1, Math.ceil(Math.round(p * m * 1e9) / 1e9)));
}

/** The figures of one run: band counts per standard, the overall's and the score histogram. */
interface Counts {
  readonly standards: Int32Array; // standards x (bands + 1), the last slot "not rated"
  readonly overall: Int32Array; // overall rating rank x 1, then "not rated" at index 4
  readonly scores: Int32Array;
}

/** Adds the draws of one block of cases to the yes and in-sample counts. */
function draw(block: CaseBlock, random: RandomSource, yes: Int32Array, of: Int32Array): void {
  const n = block.cases;
  const { questions, yes: yesFlags, of: ofFlags } = block;
  const width = questions.length;
  for (let i = 0; i < n; i++) {
    const row = random.below(n) * width;
    for (let j = 0; j < width; j++) {
      const q = questions[j] as number;
      yes[q] = (yes[q] as number) + (yesFlags[row + j] as number);
      of[q] = (of[q] as number) + (ofFlags[row + j] as number);
    }
  }
}

/** The lowest-question rule on counts: each standard's band index, or -1 with no applicable case. */
function rateStandards(
  audit: EncodedAudit,
  test: ReturnType<typeof bandTest>,
  yes: Int32Array,
  of: Int32Array,
  out: Int32Array,
): void {
  const { standards } = audit;
  for (let s = 0; s < standards.length; s++) {
    const { first, count } = standards[s] as EncodedAudit['standards'][number];
    let lowest = -1;
    for (let q = first; q < first + count; q++) {
      const o = of[q] as number;
      if (o === 0) continue;
      const b = bandIndex(test, yes[q] as number, o);
      if (lowest < 0 || b < lowest) lowest = b;
    }
    out[s] = lowest;
  }
}

interface Scoring {
  readonly bandScores: Int32Array; // per key-question band index
  readonly counted: Uint8Array; // per standard
  readonly judgementScore: number;
  readonly overallRank: Int32Array; // per score
}

function run(
  audit: EncodedAudit,
  test: ReturnType<typeof bandTest>,
  scoring: Scoring | undefined,
  resamples: number,
  random: RandomSource,
): Counts {
  const slots = test.thresholds.length + 1;
  const standards = new Int32Array(audit.standards.length * slots);
  const overall = new Int32Array(RATINGS.length + 1);
  const scores = new Int32Array(scoring ? scoring.overallRank.length : 0);
  const yes = new Int32Array(audit.keyQuestions.length);
  const of = new Int32Array(audit.keyQuestions.length);
  const bands = new Int32Array(audit.standards.length);
  for (let r = 0; r < resamples; r++) {
    yes.fill(0);
    of.fill(0);
    draw(audit.court, random, yes, of);
    draw(audit.outOfCourt, random, yes, of);
    rateStandards(audit, test, yes, of, bands);
    let score = scoring ? scoring.judgementScore : 0;
    let complete = true;
    for (let s = 0; s < bands.length; s++) {
      const b = bands[s] as number;
      const at = s * slots + (b < 0 ? slots - 1 : b);
      standards[at] = (standards[at] as number) + 1;
      if (!scoring || scoring.counted[s] === 0) continue;
      if (b < 0) complete = false;
      else score += scoring.bandScores[b] as number;
    }
    if (!scoring) continue;
    const at = complete ? (scoring.overallRank[score] as number) : RATINGS.length;
    overall[at] = (overall[at] as number) + 1;
    if (complete) scores[score] = (scores[score] as number) + 1;
  }
  return { standards, overall, scores };
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
  const checked = frameworkArgument(framework);
  const given = (isRecord(options) ? ownSnapshot(options) : options) as ResampleOptions;
  const issues: RatingIssue[] = [...checked.issues, ...optionIssues(given, RESAMPLE_OPTIONS)];
  if (judgements !== undefined && !isRecord(judgements))
    issues.push(argumentIssue('judgements', 'an object of judgements by standard id', judgements));
  const resamples = given?.resamples ?? DEFAULT_RESAMPLES;
  if (Array.isArray(cases) && cases.length === 0)
    issues.push(issue('no-cases', ['cases'], 'there are no cases to resample'));
  if (Array.isArray(cases) && issues.length === 0 && resamples * cases.length > MAX_DRAWS)
    issues.push(
      issue(
        'limit-exceeded',
        ['options', 'resamples'],
        `${groupThousands(resamples)} resamples of ${groupThousands(cases.length)} cases is more than ${groupThousands(MAX_DRAWS)} draws: use fewer resamples`,
      ),
    );
  if (!checked.framework || issues.length > 0) throw new RatingRuleError(issues);
  const fw = checked.framework;
  const banding = given.banding ?? 'rounded';
  const level = given.level ?? DEFAULT_LEVEL;
  const seed = given.seed ?? DEFAULT_SEED;
  // Validate once: every check of the cases (and judgements) runs here, on the real cases.
  let rated: InspectionRating | undefined;
  if (judgements === undefined)
    tallyCases(fw, cases, given.unanswered ? { unanswered: given.unanswered } : {});
  else
    rated = rateCases(fw, cases, judgements, {
      banding,
      ...(given.unanswered && { unanswered: given.unanswered }),
      ...(given.incomplete && { incomplete: given.incomplete }),
    }).rating;
  const audit = encodeAudit(fw, cases);
  if (Math.max(audit.court.cases, audit.outOfCourt.cases) > MAX_KIND_CASES)
    throw new RatingRuleError([
      issue('limit-exceeded', ['cases'], 'more than 2,000,000 cases of one kind to resample'),
    ]);
  const test = bandTest(fw.keyQuestionBands, banding);
  const maximum = maximumScore(fw);
  const scoring: Scoring | undefined =
    rated && rated.complete
      ? {
          bandScores: Int32Array.from(fw.keyQuestionBands, (b) => fw.scores[b.rating]),
          counted: Uint8Array.from(audit.standards, (s) =>
            s.standard.countsTowardOverall ? 1 : 0,
          ),
          judgementScore: rated.standards.reduce(
            (sum, s) => sum + (s.method === 'judgement' ? (s.score ?? 0) : 0),
            0,
          ),
          overallRank: Int32Array.from({ length: maximum + 1 }, (_, score) =>
            ratingRank(
              (fw.overallBands.find((b) => score >= b.from && score <= b.to) ?? fw.overallBands[0])
                ?.rating as Rating,
            ),
          ),
        }
      : undefined;

  // The audit itself, by rule: the same counting over every case once.
  const observedBands = new Int32Array(audit.standards.length);
  {
    const yes = new Int32Array(audit.keyQuestions.length);
    const of = new Int32Array(audit.keyQuestions.length);
    for (const block of [audit.court, audit.outOfCourt]) {
      const width = block.questions.length;
      for (let i = 0; i < block.cases * width; i++) {
        const q = block.questions[i % width] as number;
        yes[q] = (yes[q] as number) + (block.yes[i] as number);
        of[q] = (of[q] as number) + (block.of[i] as number);
      }
    }
    rateStandards(audit, test, yes, of, observedBands);
  }

  const counts = run(audit, test, scoring, resamples, randomSource(seed));
  const slots = test.thresholds.length + 1;
  const ratingOfBand = fw.keyQuestionBands.map((b) => b.rating);
  const standards = audit.standards.map(({ standard }, s): ResampledStandard => {
    const bands: BandCount[] = [...RATINGS].reverse().map((rating) => {
      let count = 0;
      ratingOfBand.forEach((r, b) => {
        if (r === rating) count += counts.standards[s * slots + b] as number;
      });
      return { rating, count, share: count / resamples };
    });
    const notRated = counts.standards[s * slots + slots - 1] as number;
    bands.push({ rating: 'not rated', count: notRated, share: notRated / resamples });
    const b = observedBands[s] as number;
    const final = rated?.byStandard[standard.id]?.rating;
    return {
      standard: standard.id,
      name: standard.name,
      countsTowardOverall: standard.countsTowardOverall,
      ...(b >= 0 && { observed: ratingOfBand[b] as Rating }),
      ...(final !== undefined && { rated: final }),
      bands,
      sentence: bandSentence(standard.id, bands, resamples),
    };
  });

  let overall: ResampledOverall | undefined;
  if (scoring && rated?.overall) {
    const bands: BandCount[] = [...RATINGS].reverse().map((rating) => {
      const count = counts.overall[ratingRank(rating)] as number;
      return { rating, count, share: count / resamples };
    });
    const notRated = counts.overall[RATINGS.length] as number;
    bands.push({ rating: 'not rated', count: notRated, share: notRated / resamples });
    let observedScore = scoring.judgementScore;
    audit.standards.forEach((_, s) => {
      const b = observedBands[s] as number;
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
    overall = {
      observed: RATINGS[scoring.overallRank[observedScore] as number] as Rating,
      observedScore,
      rated: rated.overall,
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
  return {
    framework: fw.id,
    resamples,
    seed,
    level,
    banding,
    cases: { court: audit.court.cases, outOfCourt: audit.outOfCourt.cases },
    standards,
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
