import type { Rating } from '../model/rating.js';
import type { OverallBand } from '../model/types.js';
import type { StandardRating } from './standard-rating.js';
import type { BandingPolicy } from './band-for.js';

/** A standard left out of the overall score, and why. @category Results */
export interface ExcludedStandard {
  readonly standard: string;
  readonly reason: 'does not count toward the overall' | 'missing' | 'not rated';
}

/**
 * The rating of one inspection: every standard in framework order, the score and the overall.
 * `overall` is undefined only when `complete` is false (allowed with `incomplete: 'allow'`).
 * @category Results
 */
export interface InspectionRating {
  readonly framework: { readonly id: string; readonly name: string };
  readonly service?: string;
  readonly standards: readonly StandardRating[];
  /** The same results by standard id. */
  readonly byStandard: Readonly<Record<string, StandardRating>>;
  readonly score: number;
  readonly maximum: number;
  readonly overall?: Rating;
  readonly overallBand?: OverallBand;
  readonly complete: boolean;
  /** Ids of the standards whose scores make up `score`. */
  readonly counted: readonly string[];
  readonly excluded: readonly ExcludedStandard[];
  /** The policies the rating used, so margins and reports can use the same. */
  readonly policy: { readonly banding: BandingPolicy; readonly windowInclusive: boolean };
}
