// The evidence's types, typed by framework. They say what the run-time check (check-evidence.ts,
// the rules) accepts, shape by shape: a framework's own standard and key-question ids, every
// standard unless incomplete results are allowed, exactly one of key questions, a rating or "not
// rated" per standard. What types cannot say (counts within 0..of, whole percents, 0 < of for a
// percent) is still checked at run time.
import type { Rating } from '../model/rating.js';
import type { Framework, Standard } from '../model/types.js';

/** Whether the rating may be incomplete: the `incomplete` option of `rateInspection`. @category Evidence */
export type IncompleteMode = 'error' | 'allow';

/** A key question's figure as counts: `yes` of `of` (a `percent`, if given, must match). @category Evidence */
export interface CountsEvidence {
  readonly yes: number;
  readonly of: number;
  readonly percent?: number | undefined;
}

/** A key question's figure as a published whole percent, with its sample size if known. @category Evidence */
export interface PercentEvidence {
  readonly percent: number;
  readonly of?: number | undefined;
  readonly yes?: undefined;
}

/** A key question no case applied to. @category Evidence */
export interface EmptyEvidence {
  readonly of: 0;
  readonly yes?: 0 | undefined;
  readonly percent?: undefined;
}

/** Evidence for one key question: counts, a published percent, or no applicable case. @category Evidence */
export type KeyQuestionEvidence = CountsEvidence | PercentEvidence | EmptyEvidence;

/** The panel's discretion decision. @category Evidence */
export interface DiscretionDecision {
  readonly rating: Rating;
  readonly reason: string;
}

/** A standard rated from its key questions' figures, one for each of its key questions. @category Evidence */
export interface KeyQuestionsEvidence<KeyQuestionIds extends string = string> {
  readonly keyQuestions: { readonly [Id in KeyQuestionIds]: KeyQuestionEvidence };
  readonly rating?: undefined;
  readonly notRated?: undefined;
  /** The ratings panel's decision, where a trigger allows one. */
  readonly discretion?: DiscretionDecision | undefined;
  readonly decidedBy?: string | undefined;
}

/** A standard's rating as given: a judgement, or a published rating whose figures are unknown. @category Evidence */
export interface RatingEvidence {
  readonly rating: Rating;
  readonly keyQuestions?: undefined;
  readonly notRated?: undefined;
  readonly discretion?: undefined;
  readonly decidedBy?: string | undefined;
}

/** A standard not rated, with the reason. @category Evidence */
export interface NotRatedEvidence {
  readonly notRated: string;
  readonly keyQuestions?: undefined;
  readonly rating?: undefined;
  readonly discretion?: undefined;
  readonly decidedBy?: string | undefined;
}

/**
 * Evidence for one standard `S`: its key questions' figures (not for a judgement), a rating, or
 * "not rated". "Not rated" is refused for a standard that counts toward the overall unless the
 * rating may be incomplete (`I` = `'allow'`), as the run time refuses it.
 * @category Evidence
 */
export type StandardEvidence<S extends Standard = Standard, I extends IncompleteMode = 'error'> =
  | (S['ratedBy'] extends 'judgement'
      ? never
      : KeyQuestionsEvidence<S['keyQuestions'][number]['id']>)
  | RatingEvidence
  | (I extends 'allow'
      ? NotRatedEvidence
      : S['countsTowardOverall'] extends true
        ? never
        : NotRatedEvidence);

/**
 * The panel's part on a standard rated from its cases' key questions: only its discretion
 * decision (and who decided); the figures come from the cases.
 * @category Evidence
 */
export interface DiscretionJudgement {
  readonly discretion?: DiscretionDecision | undefined;
  readonly decidedBy?: string | undefined;
  readonly keyQuestions?: undefined;
  readonly rating?: undefined;
  readonly notRated?: undefined;
}

/**
 * The panel's judgement on one standard `S` of a mock inspection: a rating or "not rated" for a
 * judgement standard, a discretion decision for a standard rated from its cases.
 * @category Evidence
 */
export type StandardJudgement<S extends Standard = Standard> =
  | ('judgement' extends S['ratedBy'] ? RatingEvidence | NotRatedEvidence : never)
  | ('key-questions' extends S['ratedBy'] ? DiscretionJudgement : never);

/** A framework's standards, as types. */
type StandardsIn<F extends Framework> = F['domains'][number]['standards'][number];

/**
 * The evidence's standards for framework `F`: exactly its standard ids, each standard's own
 * evidence; every standard is required unless `I` is `'allow'`. For the wide `Framework`, any id.
 * @category Evidence
 */
export type StandardsEvidence<
  F extends Framework = Framework,
  I extends IncompleteMode = 'error',
> = string extends StandardsIn<F>['id']
  ? { readonly [id: string]: StandardEvidence<Standard, I> }
  : I extends 'allow'
    ? { readonly [S in StandardsIn<F> as S['id']]?: StandardEvidence<S, I> }
    : { readonly [S in StandardsIn<F> as S['id']]: StandardEvidence<S, I> };

/**
 * The evidence for one inspection against framework `F`, naming it by id. `InspectionEvidence`
 * with no arguments is the wide form: any framework id, any standard ids.
 * @category Evidence
 */
export interface InspectionEvidence<
  F extends Framework = Framework,
  I extends IncompleteMode = 'error',
> {
  readonly framework: F['id'];
  readonly service?: string | undefined;
  readonly standards: StandardsEvidence<F, I>;
}

/** `InspectionEvidence` for each framework of a union of frameworks (a union discriminated by id). @category Evidence */
export type EvidenceFor<
  F extends Framework,
  I extends IncompleteMode = 'error',
> = F extends Framework ? InspectionEvidence<F, I> : never;

/**
 * The panel's part of a mock inspection against framework `F`, by standard id: ratings of the
 * judgement standards (`{ rating }` or `{ notRated }`) and any discretion decision on a
 * case-sampled standard (`{ discretion: { rating, reason } }`). Only `F`'s standard ids; each is
 * optional. For the wide `Framework`, any id.
 * @category Cases
 */
export type Judgements<F extends Framework = Framework> = string extends StandardsIn<F>['id']
  ? { readonly [id: string]: StandardJudgement }
  : { readonly [S in StandardsIn<F> as S['id']]?: StandardJudgement<S> };
