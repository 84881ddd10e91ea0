import type { Rating } from '../model/rating.js';
import type { Framework, Standard } from '../model/types.js';
import type { KeyQuestionResult } from './standard-rating.js';
import type { DiscretionTriggers } from './discretion-triggers.js';

/** What a discretion hook is told about a key-question standard. @category Discretion */
export interface DiscretionContext {
  readonly framework: Framework;
  readonly standard: Standard;
  /** The rating the lowest-question rule gives. */
  readonly ruleRating: Rating;
  readonly lowest: KeyQuestionResult;
  readonly keyQuestions: readonly KeyQuestionResult[];
  readonly triggers: DiscretionTriggers;
  /** The ratings discretion may move to. */
  readonly adjacent: { readonly lower: Rating | undefined; readonly higher: Rating | undefined };
}

/** The panel's decision: the rating (the rule rating or an adjacent one) and why. @category Discretion */
export interface DiscretionOutcome {
  readonly rating: Rating;
  readonly reason: string;
}

/**
 * A function standing in for the ratings panel: called for each key-question standard whose
 * evidence declares no decision; returning undefined applies none. It is never called to decide
 * anything automatically on the library's behalf.
 * @category Discretion
 */
export type DiscretionHook = (context: DiscretionContext) => DiscretionOutcome | undefined;
