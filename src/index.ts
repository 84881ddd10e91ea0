/**
 * hmip-ratings: the rating rules HMIP uses when it inspects youth justice services, as frozen data
 * and pure functions. The quality-assurance cycle has entries of its own (README, "Which entry"):
 * hmip-ratings/cases, /margins, /sampling, /confidence, /breakdown, /moderation, /live, /trend,
 * /published, and /toolkit for tools built on the library. A test pins every entry's names.
 *
 * @module hmip-ratings
 */

// The model: the four-point scale, domains, standards, key questions, prompts and frameworks
export { RATINGS, isRating, ratingRank, type Rating } from './model/rating.js';
export type * from './model/types.js';
export { youth2018, type Youth2018 } from './frameworks/youth-2018.js';
export { youth2021, type Youth2021 } from './frameworks/youth-2021.js';
export { frameworks, type BuiltInFrameworkId } from './frameworks/index.js';
export type { BuiltInFramework, BuiltInFrameworks } from './frameworks/index.js';
export { defineFramework, type MisplacedIds } from './framework/define-framework.js';
export { keyQuestionsOf, standardsOf, type StandardsOf } from './framework/standards-of.js';

// The rules: % yes, the key-question bands, the lowest key question, discretion, the overall bands
export { percentYes } from './rules/percent-yes.js';
export { bandFor, bandForCounts } from './rules/band-for.js';
export type { BandingPolicy, KeyQuestionBanding } from './rules/band-for.js';
export { lowestKeyQuestion } from './rules/lowest-key-question.js';
export type { KeyQuestionFigure } from './rules/key-question-figure.js';
export { discretionTriggers } from './rules/discretion-triggers.js';
export type { DiscretionTriggers, OneCaseChange } from './rules/discretion-triggers.js';
export type { TriggerOptions, TriggerStatus } from './rules/discretion-triggers.js';
export type * from './rules/discretion-hook.js';
export { overallBandFor, ratingScore, type OverallScoring } from './rules/overall-band-for.js';

// Rating an inspection: the result, its explanation and the ratings table
export { rateInspection, rateInspectionData, safeRateInspection } from './rules/rate-inspection.js';
export type { BuiltInFrameworkOf, RateOptions, SafeRateResult } from './rules/rate-inspection.js';
export type * from './rules/standard-rating.js';
export type * from './rules/inspection-rating.js';
export { ratingsTable } from './format/ratings-table.js';
export { noOverallWords } from './format/no-overall.js';
export { plainText } from './format/plain-text.js';

// Errors: every problem collected at once, coded and located
export { RatingRuleError, formatLocation, formatPath } from './model/errors.js';
export type { IssueFix, IssueLocation, RatingIssue } from './model/errors.js';
export type { RatingIssueCode, RatingIssuePath } from './model/errors.js';

// Schemas (zod/mini) of the evidence, the framework and the result
export { inspectionEvidenceSchema, standardEvidenceSchema } from './evidence/schema.js';
export { keyQuestionEvidenceSchema, discretionDecisionSchema } from './evidence/schema.js';
export { ratingSchema } from './evidence/schema.js';
export type * from './evidence/evidence-types.js';
export { frameworkSchema } from './framework/schema.js';
export { inspectionRatingSchema } from './rules/inspection-rating-schema.js';
