/**
 * hmip-ratings/margins: what would change a rating, from the counts behind its figures.
 *
 * @module hmip-ratings/margins
 */
export {
  ratingMargins,
  type AnswerChange,
  type RatingMove,
  type StandardMargin,
} from './rating-margins.js';
export { marginsSchema } from './margins-schema.js';
