import { RatingRuleError } from './errors.js';
import { preview } from './preview.js';

/**
 * The four-point scale HMIP uses for every standard and for the overall rating, ascending.
 *
 * @example
 * RATINGS[0] // => 'Inadequate'
 * RATINGS.length // => 4
 * @category Ratings
 */
export const RATINGS = /* @__PURE__ */ Object.freeze([
  'Inadequate',
  'Requires improvement',
  'Good',
  'Outstanding',
] as const);

/** One of the four ratings: 'Inadequate', 'Requires improvement', 'Good' or 'Outstanding'. @category Ratings */
export type Rating = (typeof RATINGS)[number];

/**
 * Whether a value is one of the four ratings, spelled exactly as the reports print it.
 *
 * @example
 * isRating('Good') // => true
 * isRating('good') // => false
 * @category Ratings
 */
export function isRating(value: unknown): value is Rating {
  return typeof value === 'string' && (RATINGS as readonly string[]).includes(value);
}

/**
 * The position of a rating on the scale: 0 for Inadequate up to 3 for Outstanding.
 * Used to tell whether two ratings are adjacent; scores come from the framework (see `ratingScore`).
 *
 * @example
 * ratingRank('Good') // => 2
 * @category Ratings
 */
export function ratingRank(rating: Rating): number {
  // Compared in turn rather than found by indexOf: the triggers ask several times per key question.
  const rank =
    rating === RATINGS[0]
      ? 0
      : rating === RATINGS[1]
        ? 1
        : rating === RATINGS[2]
          ? 2
          : rating === RATINGS[3]
            ? 3
            : -1;
  if (rank < 0)
    throw new RatingRuleError([
      {
        code: 'invalid-rating',
        path: ['rating'],
        message: `${preview(rating)} is not a rating: use Outstanding, Good, Requires improvement or Inadequate`,
      },
    ]);
  return rank;
}
