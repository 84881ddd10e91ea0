import type { Rating } from '../model/rating.js';
import type { Framework, OverallBand, StandardId } from '../model/types.js';
import type { IncompleteMode } from '../evidence/schema.js';
import type { StandardRating } from './standard-rating.js';
import type { BandingPolicy } from './band-for.js';

/** A standard left out of the overall score, and why. @category Results */
export interface ExcludedStandard {
  readonly standard: string;
  readonly reason: 'does not count toward the overall' | 'missing' | 'not rated';
}

/**
 * The standards' ratings by id, by `incomplete` mode: every standard with `'error'`; with
 * `'allow'` a standard with no evidence is absent. For the wide `Framework` (ids are any
 * `string`), an index by any id either way.
 * @category Results
 */
export interface ByStandardModes<Ids extends string> {
  readonly error: { readonly [Id in Ids]: StandardRating };
  readonly allow: { readonly [Id in Ids as string extends Id ? never : Id]?: StandardRating } & {
    readonly [Id in Ids as string extends Id ? Id : never]: StandardRating;
  };
}

/**
 * The standards' ratings by id in a rating against framework `F` with `incomplete` mode `I`.
 * @category Results
 */
export type ByStandard<
  F extends Framework = Framework,
  I extends IncompleteMode = IncompleteMode,
> = ByStandardModes<StandardId<F>>[I];

/**
 * A standard's rating in a rating against framework `F`: its `standard` is one of `F`'s ids, so
 * it indexes another rating's `byStandard`.
 * @category Results
 */
export type StandardRatingOf<F extends Framework = Framework> = StandardRating & {
  readonly standard: StandardId<F>;
};

/**
 * The rating of one inspection: every standard in framework order, the score and the overall.
 * `overall` is undefined only when `complete` is false (allowed with `incomplete: 'allow'`).
 * Typed by framework `F`: `byStandard` is keyed by `StandardId<F>`, every standard present
 * unless `I` may be `'allow'`. With no arguments, the form for any framework.
 * @category Results
 */
export interface InspectionRating<
  F extends Framework = Framework,
  I extends IncompleteMode = IncompleteMode,
> {
  readonly framework: { readonly id: F['id']; readonly name: string };
  readonly service?: string;
  readonly standards: readonly StandardRatingOf<F>[];
  /** The same results by standard id. */
  readonly byStandard: ByStandard<F, I>;
  readonly score: number;
  readonly maximum: number;
  readonly overall?: Rating;
  readonly overallBand?: OverallBand;
  /** False when a counted standard is missing or not rated (only with `incomplete: 'allow'`). */
  readonly complete: boolean;
  readonly counted: readonly string[];
  readonly excluded: readonly ExcludedStandard[];
  /** The policies the rating used, so margins and reports can use the same. */
  readonly policy: { readonly banding: BandingPolicy; readonly windowInclusive: boolean };
}

/** `InspectionRating` for each framework of a union of frameworks. @category Results */
export type RatingFor<
  F extends Framework,
  I extends IncompleteMode = IncompleteMode,
> = F extends Framework ? InspectionRating<F, I> : never;
