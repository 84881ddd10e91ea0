// Hand checks for the parts of a framework the small rules read (bands and scores), so that
// bandFor and overallBandFor check their arguments without pulling in zod. The built-in and
// defineFramework-checked frameworks skip them. A checked copy is returned, so getters on the
// caller's objects are read once.
import { argumentIssue, isRecord } from '../model/arguments.js';
import { issue, type RatingIssue } from '../model/errors.js';
import { isRating, ratingRank, RATINGS, type Rating } from '../model/rating.js';
import type { KeyQuestionBand, OverallBand } from '../model/types.js';
import { isCheckedFramework } from '../framework/checked.js';

const MAX_BANDS = 100;

type Checked<T> = { readonly value?: T; readonly issues: RatingIssue[] };

const bad = (path: (string | number)[], message: string): RatingIssue =>
  issue('invalid-framework', path, message);

/** The key-question bands of a `{ keyQuestionBands }` argument, checked and copied. */
export function checkedKeyQuestionBands(
  framework: unknown,
  trusted: readonly KeyQuestionBand[],
): Checked<readonly KeyQuestionBand[]> {
  if (!isRecord(framework))
    return {
      issues: [argumentIssue('framework', 'a framework or { keyQuestionBands }', framework)],
    };
  const bands = framework['keyQuestionBands'];
  if (bands === trusted || isCheckedFramework(framework))
    return { value: bands as readonly KeyQuestionBand[], issues: [] };
  if (!Array.isArray(bands) || bands.length === 0 || bands.length > MAX_BANDS)
    return {
      issues: [bad(['framework', 'keyQuestionBands'], `must be a list of 1 to ${MAX_BANDS} bands`)],
    };
  const copy: KeyQuestionBand[] = [];
  const issues: RatingIssue[] = [];
  for (let i = 0; i < bands.length; i++) {
    const b: unknown = bands[i];
    const path = ['framework', 'keyQuestionBands', i];
    if (!isRecord(b)) {
      issues.push(bad(path, 'a band must be { rating, from, label }'));
      continue;
    }
    const { rating, from, label } = b;
    if (
      !isRating(rating) ||
      typeof from !== 'number' ||
      !(from >= 0 && from <= 100) ||
      typeof label !== 'string'
    ) {
      issues.push(bad(path, 'a band must be { rating, from, label } with "from" from 0 to 100'));
      continue;
    }
    const previous = copy[copy.length - 1];
    if (i === 0 && from !== 0)
      issues.push(bad(path, 'the first key-question band must start at 0'));
    if (previous && (from <= previous.from || ratingRank(rating) <= ratingRank(previous.rating)))
      issues.push(
        bad(path, 'key-question bands must rise: each starts higher and gives a higher rating'),
      );
    copy.push({ rating, from, label });
  }
  return issues.length > 0 ? { issues } : { value: copy, issues };
}

/** The scores of a `{ scores }` argument, checked and copied. */
export function checkedScores(
  framework: unknown,
  trusted: Readonly<Record<Rating, number>>,
): Checked<Readonly<Record<Rating, number>>> {
  if (!isRecord(framework))
    return { issues: [argumentIssue('framework', 'a framework or { scores }', framework)] };
  const scores = framework['scores'];
  if (scores === trusted || isCheckedFramework(framework))
    return { value: scores as Readonly<Record<Rating, number>>, issues: [] };
  if (!isRecord(scores))
    return { issues: [bad(['framework', 'scores'], 'must give a score for each rating')] };
  const copy = Object.create(null) as Record<Rating, number>;
  for (const r of RATINGS) {
    const s = Object.hasOwn(scores, r) ? scores[r] : undefined;
    if (typeof s !== 'number' || !Number.isInteger(s) || s < 0)
      return {
        issues: [bad(['framework', 'scores', r], 'a score must be a whole number, 0 or more')],
      };
    copy[r] = s;
  }
  return { value: copy, issues: [] };
}

/** The overall bands of a `{ overallBands }` argument, checked and copied. */
export function checkedOverallBands(
  framework: unknown,
  trusted: readonly OverallBand[],
): Checked<readonly OverallBand[]> {
  if (!isRecord(framework))
    return {
      issues: [argumentIssue('framework', 'a framework or { overallBands, scores }', framework)],
    };
  const bands = framework['overallBands'];
  if (bands === trusted || isCheckedFramework(framework))
    return { value: bands as readonly OverallBand[], issues: [] };
  if (!Array.isArray(bands) || bands.length === 0 || bands.length > MAX_BANDS)
    return {
      issues: [bad(['framework', 'overallBands'], `must be a list of 1 to ${MAX_BANDS} bands`)],
    };
  const copy: OverallBand[] = [];
  let next = 0;
  for (let i = 0; i < bands.length; i++) {
    const b: unknown = bands[i];
    const path = ['framework', 'overallBands', i];
    if (!isRecord(b)) return { issues: [bad(path, 'a band must be { rating, from, to }')] };
    const { rating, from, to } = b;
    if (
      !isRating(rating) ||
      typeof from !== 'number' ||
      typeof to !== 'number' ||
      from !== next ||
      !Number.isInteger(to) ||
      to < from
    )
      return {
        issues: [
          bad(
            path,
            `overall bands must be { rating, from, to }, rise and follow on: this one should start at ${next}`,
          ),
        ],
      };
    copy.push({ rating, from, to });
    next = to + 1;
  }
  return { value: copy, issues: [] };
}
