import { RatingRuleError, issue } from '../model/errors.js';
import { isRating, type Rating } from '../model/rating.js';
import type { Framework } from '../model/types.js';
import { youthOverallBands, youthScores } from '../frameworks/youth-parameters.js';
import { preview } from '../model/preview.js';
import { checkedOverallBands, checkedScores } from './banding-check.js';

/** The parts of a framework the overall rules read. */
export type OverallScoring = Pick<Framework, 'overallBands' | 'scores'>;

const youthScoring: OverallScoring = { overallBands: youthOverallBands, scores: youthScores };

/**
 * The overall rating of a total score: 0-6 Inadequate, 7-18 Requires improvement, 19-30 Good,
 * 31-36 Outstanding in the youth standards (Cheshire Annexe 1).
 *
 * @param score - the sum of the counted standards' scores, a whole number
 * @throws {RatingRuleError} `invalid-input` for a score that is not a whole number in the bands' range
 * @example
 * overallBandFor(19) // => 'Good'
 * overallBandFor(12) // => 'Requires improvement'
 * @category Rules
 */
export function overallBandFor(score: number, framework: OverallScoring = youthScoring): Rating {
  const checked = checkedOverallBands(framework, youthOverallBands);
  if (!checked.value) throw new RatingRuleError(checked.issues);
  const bands = checked.value;
  const band = bands.find(
    (b) => typeof score === 'number' && Number.isInteger(score) && score >= b.from && score <= b.to,
  );
  if (!band) {
    const first = bands[0]?.from ?? 0;
    const last = bands[bands.length - 1]?.to ?? 0;
    throw new RatingRuleError([
      issue(
        'invalid-input',
        ['score'],
        `an overall score must be a whole number from ${first} to ${last} (got ${preview(score)})`,
      ),
    ]);
  }
  return band.rating;
}

/**
 * The score a rating adds to the overall: 0 Inadequate, 1 Requires improvement, 2 Good,
 * 3 Outstanding in the youth standards.
 *
 * @throws {RatingRuleError} `invalid-rating` for a value that is not one of the four ratings
 * @example
 * ratingScore('Good') // => 2
 * @category Rules
 */
export function ratingScore(
  rating: Rating,
  framework: Pick<Framework, 'scores'> = youthScoring,
): number {
  const scores = checkedScores(framework, youthScores);
  if (!scores.value) throw new RatingRuleError(scores.issues);
  if (!isRating(rating)) {
    throw new RatingRuleError([
      issue(
        'invalid-rating',
        ['rating'],
        `${preview(rating)} is not a rating: use Outstanding, Good, Requires improvement or Inadequate`,
      ),
    ]);
  }
  return scores.value[rating];
}
