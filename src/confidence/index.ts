/**
 * hmip-ratings/confidence: how far a rating from a sample of cases can be trusted (exact
 * intervals, resampling).
 *
 * @module hmip-ratings/confidence
 */
export {
  keyQuestionInterval,
  type IntervalOptions,
  type KeyQuestionInterval,
} from './key-question-interval.js';
export {
  resampleRating,
  type BandCount,
  type ResampleOptions,
  type ResampledOverall,
  type ResampledRating,
  type ResampledStandard,
} from './resample-rating.js';
export {
  ratingIntervals,
  intervalRows,
  resampleRows,
  type RatingIntervals,
} from './confidence-rows.js';
