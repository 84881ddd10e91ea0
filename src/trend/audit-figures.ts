// Each audit's own figures in a trend: a key question's figure, band and interval; the bands a
// case-sampled standard's intervals allow; the scores a complete rating's intervals allow; and the
// points and audit rows built from them.
import { ratingRank, type Rating } from '../model/rating.js';
import type { Framework, KeyQuestionBand } from '../model/types.js';
import { bandOf, type BandingPolicy } from '../rules/band-for.js';
import type { InspectionRating } from '../rules/inspection-rating.js';
import type { KeyQuestionResult, StandardRating } from '../rules/standard-rating.js';
import {
  MAX_INTERVAL_SAMPLE,
  intervalOf,
  shareBand,
  type KeyQuestionInterval,
} from '../confidence/key-question-interval.js';
import { noOverallOf } from '../format/no-overall.js';
import type { CheckedAudit } from './trend-arguments.js';
import type { KeyQuestionPoint, OverallPoint, StandardPoint, TrendAudit } from './trend-types.js';

/** A standard's allowed bands in one audit, or why it has none. */
export type AllowedBands = { readonly lowest: Rating; readonly highest: Rating } | string;

/** The interval of a key question's figure in one audit, or why there is none. */
export interface FigureAt {
  readonly figure?: KeyQuestionResult;
  readonly interval?: KeyQuestionInterval;
  readonly band?: Rating;
  readonly note?: string;
}

export function figureAt(
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

/** A key question's point in one audit, from its figure. */
export function keyQuestionPoint(date: string, f: FigureAt): KeyQuestionPoint {
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
}

/** The bands a case-sampled standard's key-question intervals allow, widened to its rating. */
export function allowedBands(
  s: StandardRating,
  figures: readonly FigureAt[],
  bands: readonly KeyQuestionBand[],
  banding: BandingPolicy,
): AllowedBands {
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

/** A standard's point in one audit, with the bands its intervals allow (or why there are none). */
export function standardPoint(
  date: string,
  s: StandardRating,
  allowed: AllowedBands,
): StandardPoint {
  const lowest = s.lowest;
  return {
    date,
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
}

/** The scores a complete rating's intervals allow: each counted standard's allowed bands' scores. */
function scoreRange(
  framework: Framework,
  rating: InspectionRating,
  allowed: ReadonlyMap<string, AllowedBands>,
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

/** The overall point of one audit, with the scores its standards' allowed bands give. */
export function overallPoint(
  framework: Framework,
  audit: CheckedAudit,
  allowedBy: ReadonlyMap<string, AllowedBands>,
): OverallPoint {
  const r = audit.rating;
  const base = {
    date: audit.date,
    complete: r.complete,
    score: r.score,
    maximum: r.maximum,
    ...(r.overall && { overall: r.overall }),
  };
  const noOverall = noOverallOf(r);
  if (noOverall !== undefined || !r.overall) return { ...base, note: noOverall ?? 'no overall' };
  const allowed = scoreRange(framework, r, allowedBy);
  return typeof allowed === 'string' ? { ...base, note: allowed } : { ...base, allowed };
}

/** An audit as the trend lists it: date, label, score, overall and sample. */
export function trendAuditOf(a: CheckedAudit): TrendAudit {
  const noOverall = noOverallOf(a.rating);
  return {
    date: a.date,
    ...(a.label !== undefined && { label: a.label }),
    given: a.given,
    complete: a.rating.complete,
    score: a.rating.score,
    maximum: a.rating.maximum,
    ...(a.rating.overall && { overall: a.rating.overall }),
    ...(noOverall !== undefined && { noOverall }),
    ...(a.tally && {
      sample: {
        total: a.tally.cases.total,
        court: a.tally.cases.court,
        outOfCourt: a.tally.cases.outOfCourt,
      },
    }),
  };
}
