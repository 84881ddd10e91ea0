// The comparisons between audits in a trend: each key question's, standard's and overall change
// between two audits (its size, its bands and whether the intervals explain it), the changes
// between consecutive audits and from the first to the last, and the changes of band.
import { ratingRank } from '../model/rating.js';
import type { RatedBy } from '../model/types.js';
import type { KeyQuestionResult } from '../rules/standard-rating.js';
import type { FigureAt } from './audit-figures.js';
import { bandWords, changeOf, verdictWords, type TrendVerdict } from './share-change.js';
import type {
  BandChange,
  KeyQuestionTrend,
  OverallPoint,
  OverallTrend,
  StandardPoint,
  StandardTrend,
  TrendChange,
} from './trend-types.js';

/** "38% (3 of 8)", "38%". */
function figureText(f: KeyQuestionResult | { yes?: number; of?: number; percent?: number }) {
  return `${f.percent ?? 0}%${f.yes !== undefined && f.of !== undefined ? ` (${f.yes} of ${f.of})` : ''}`;
}

/** A key question's change between two audits: tested when both have an interval. */
export function keyQuestionChange(
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

/** "raised by the panel from Inadequate on 2024-01-15", for each audit whose panel moved the rating. */
function discretionWords(points: readonly StandardPoint[]): string[] {
  return points
    .filter((p) => p.discretion === 'raised' || p.discretion === 'lowered')
    .map((p) => `${p.discretion} by the panel from ${p.ruleRating} on ${p.date}`);
}

/** A standard's change between two audits: tested when both have allowed bands. */
export function standardChange(
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

/** The overall's change between two audits: tested when both have a range of scores. */
export function overallChange(a: OverallPoint, b: OverallPoint, level: number): TrendChange {
  const head = `${a.date} to ${b.date}: the overall`;
  const dates = { from: a.date, to: b.date };
  if (!a.overall || !b.overall) {
    const date = !a.overall ? a.date : b.date;
    const why = (!a.overall ? a.note : b.note) ?? 'no overall';
    const reason = `${why} on ${date}`;
    return {
      ...dates,
      direction: 'not compared',
      verdict: 'not-tested',
      reason,
      sentence: `${head} was not rated on ${date} (${why}); not compared`,
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
export function changesOf<P>(
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
 * Every change of band, by pair of audits (each consecutive pair, then with three or more audits
 * the first to the last), and within a pair key questions, then standards, then the overall.
 */
export function bandChangesOf(
  count: number,
  keyQuestions: readonly KeyQuestionTrend[],
  standards: readonly StandardTrend[],
  overall: OverallTrend,
): BandChange[] {
  const bandChanges: BandChange[] = [];
  const pairs = count > 2 ? count : count - 1;
  for (let pair = 0; pair < pairs; pair++) {
    const at = (t: { changes: readonly TrendChange[]; firstToLast: TrendChange }) =>
      (pair < count - 1 ? t.changes[pair] : t.firstToLast) as TrendChange;
    const moved = (c: TrendChange) => c.bandSteps !== undefined && c.bandSteps !== 0;
    for (const kq of keyQuestions)
      if (moved(at(kq)))
        bandChanges.push({ figure: kq.keyQuestion, kind: 'key question', change: at(kq) });
    for (const s of standards)
      if (moved(at(s))) bandChanges.push({ figure: s.standard, kind: 'standard', change: at(s) });
    if (moved(at(overall)))
      bandChanges.push({ figure: 'overall', kind: 'overall', change: at(overall) });
  }
  return bandChanges;
}
