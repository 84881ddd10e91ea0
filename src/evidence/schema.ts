import * as z from 'zod/mini';
import { RATINGS } from '../model/rating.js';
import { MAX_COUNT } from '../model/limits.js';

/** The longest reason (for discretion or "not rated") the evidence accepts. */
export const MAX_REASON = 2000;

const count = z.int().check(z.minimum(0), z.maximum(MAX_COUNT));
const text = z.string().check(z.minLength(1), z.maxLength(MAX_REASON));

/** A rating spelled as the reports print it. @category Schemas */
export const ratingSchema = z.enum(RATINGS);

/**
 * One key question's figure: counts (`yes` of `of`), a published whole percent, or a percent with
 * its sample size (from which the counts are recovered when only one count fits).
 * @category Schemas
 */
export const keyQuestionEvidenceSchema = z.strictObject({
  yes: z.optional(count),
  of: z.optional(count),
  percent: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
});

/** The ratings panel's professional-discretion decision for one standard. @category Schemas */
export const discretionDecisionSchema = z.strictObject({
  rating: ratingSchema,
  reason: text,
});

/**
 * The evidence for one standard: key-question figures, a rating (a judgement, or a published
 * figure whose key questions are unknown) or a reason it was not rated.
 * @category Schemas
 */
export const standardEvidenceSchema = standardSchemaOf(keyQuestionEvidenceSchema);

/** The standard schema over a given key-question schema; the rules parse key questions one by one. */
export function standardSchemaOf<K extends z.core.SomeType>(keyQuestion: K) {
  return z.strictObject({
    keyQuestions: z.optional(z.record(z.string(), keyQuestion)),
    rating: z.optional(ratingSchema),
    notRated: z.optional(text),
    discretion: z.optional(discretionDecisionSchema),
    decidedBy: z.optional(text),
  });
}

/**
 * The evidence for one inspection, as plain JSON a spreadsheet or web form can produce.
 *
 * @example
 * inspectionEvidenceSchema.safeParse({ framework: 'hmip-youth-2021', standards: {} }).success // => true
 * @category Schemas
 */
export const inspectionEvidenceSchema = inspectionSchemaOf(standardEvidenceSchema);

/** The inspection schema over a given standard schema; the rules parse standards one by one. */
export function inspectionSchemaOf<S extends z.core.SomeType>(standard: S) {
  return z.strictObject({
    framework: text,
    service: z.optional(text),
    standards: z.record(z.string(), standard),
  });
}

// The schemas' own output: the fields as the run-time check reads them, before the rules decide
// which combination is valid. The public types (evidence-types.ts) say which combinations are.
/** One key question's fields as parsed. */
export type KeyQuestionFields = z.infer<typeof keyQuestionEvidenceSchema>;
/** One standard's fields as parsed. */
export type StandardFields = z.infer<typeof standardEvidenceSchema>;

export type {
  CountsEvidence,
  DiscretionDecision,
  DiscretionJudgement,
  EmptyEvidence,
  EvidenceFor,
  IncompleteMode,
  InspectionEvidence,
  Judgements,
  KeyQuestionEvidence,
  KeyQuestionsEvidence,
  NotRatedEvidence,
  PercentEvidence,
  RatingEvidence,
  StandardEvidence,
  StandardJudgement,
  StandardsEvidence,
} from './evidence-types.js';
