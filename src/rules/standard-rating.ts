import type { Rating } from '../model/rating.js';
import type { KeyQuestionBand, RatedBy } from '../model/types.js';
import type { DiscretionTriggers } from './discretion-triggers.js';
import type { KeyQuestionFigure } from './key-question-figure.js';

/** A key question's figure in a result, with the band it falls in. @category Results */
export interface KeyQuestionResult extends KeyQuestionFigure {
  readonly band?: Rating;
}

/** The panel's discretion as applied to a standard. @category Results */
export interface DiscretionApplied {
  readonly from: Rating;
  readonly to: Rating;
  /** 'unchanged' records that the panel considered discretion and kept the rule rating. */
  readonly direction: 'raised' | 'lowered' | 'unchanged';
  readonly reason: string;
  readonly source: 'evidence' | 'hook';
  /** True when no trigger fired but some could not be computed (counts not given). */
  readonly triggersUnknown: boolean;
}

/**
 * How a standard was rated: from key questions, as a single judgement, or as a given rating for
 * a key-question standard whose figures are unknown (a published table).
 * @category Results
 */
export type RatingMethod = RatedBy | 'given';

/** The rating of one standard and how it was reached. @category Results */
export interface StandardRating {
  readonly standard: string;
  readonly name: string;
  readonly domain: string;
  readonly domainName: string;
  readonly status: 'rated' | 'not-rated';
  /** The final rating, after any discretion; undefined when not rated. */
  readonly rating?: Rating;
  readonly method: RatingMethod;
  /** The rating the lowest-question rule gives, before discretion. */
  readonly ruleRating?: Rating;
  readonly band?: KeyQuestionBand;
  readonly lowest?: KeyQuestionResult;
  readonly keyQuestions: readonly KeyQuestionResult[];
  readonly triggers?: DiscretionTriggers;
  readonly discretion?: DiscretionApplied;
  readonly countsTowardOverall: boolean;
  /** The score the rating adds to the overall, when it counts and is rated. */
  readonly score?: number;
  readonly notRatedReason?: string;
  readonly decidedBy?: string;
  /** One sentence in the reports' own words. */
  readonly explanation: string;
}
