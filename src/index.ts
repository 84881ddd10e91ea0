// The public API of hmip-ratings, by name. A test pins this list: an accidental export or removal
// shows up as a diff.

// The four-point scale
export { RATINGS, isRating, ratingRank, type Rating } from './model/rating.js';

// Errors
export {
  RatingRuleError,
  formatLocation,
  formatPath,
  type IssueFix,
  type IssueLocation,
  type RatingIssue,
  type RatingIssueCode,
  type RatingIssuePath,
} from './model/errors.js';

// The model
export type {
  CaseKind,
  DiscretionParameters,
  Disposal,
  DisposalAlias,
  Domain,
  DomainId,
  Framework,
  KeyQuestion,
  KeyQuestionBand,
  KeyQuestionId,
  OverallBand,
  Prompt,
  PromptId,
  RatedBy,
  SourceRef,
  Standard,
  StandardId,
  StandardOf,
} from './model/types.js';

// Frameworks
export { youth2018 } from './frameworks/youth-2018.js';
export { youth2021 } from './frameworks/youth-2021.js';
export { frameworks, type BuiltInFrameworkId } from './frameworks/index.js';
export { defineFramework } from './framework/define-framework.js';
export { frameworkSchema } from './framework/schema.js';
export { keyQuestionsOf, standardsOf, type StandardsOf } from './framework/standards-of.js';

// Rules
export { percentYes } from './rules/percent-yes.js';
export {
  bandFor,
  bandForCounts,
  type BandingPolicy,
  type KeyQuestionBanding,
} from './rules/band-for.js';
export { overallBandFor, ratingScore, type OverallScoring } from './rules/overall-band-for.js';
export { lowestKeyQuestion } from './rules/lowest-key-question.js';
export type { KeyQuestionFigure } from './rules/key-question-figure.js';
export {
  rateInspection,
  safeRateInspection,
  type RateOptions,
  type SafeRateResult,
} from './rules/rate-inspection.js';
export type {
  DiscretionApplied,
  KeyQuestionResult,
  RatingMethod,
  StandardRating,
} from './rules/standard-rating.js';
export type { ExcludedStandard, InspectionRating } from './rules/inspection-rating.js';
export { inspectionRatingSchema } from './rules/inspection-rating-schema.js';

// Discretion
export {
  discretionTriggers,
  type DiscretionTriggers,
  type OneCaseChange,
  type TriggerOptions,
  type TriggerStatus,
} from './rules/discretion-triggers.js';
export type {
  DiscretionContext,
  DiscretionHook,
  DiscretionOutcome,
} from './rules/discretion-hook.js';

// Evidence
export {
  discretionDecisionSchema,
  inspectionEvidenceSchema,
  keyQuestionEvidenceSchema,
  ratingSchema,
  standardEvidenceSchema,
  type DiscretionDecision,
  type InspectionEvidence,
  type KeyQuestionEvidence,
  type StandardEvidence,
} from './evidence/schema.js';

// Published inspections reproduced by the library
export { cheshire2021 } from './published/cheshire-2021.js';
export { cumberland2024 } from './published/cumberland-2024.js';
export { walthamForest2024 } from './published/waltham-forest-2024.js';
export { publishedInspections } from './published/index.js';

// Cases: mock inspections from case answers
export {
  ANSWERS,
  answerSchema,
  caseRecordSchema,
  caseRecordsSchema,
  type Answer,
  type CaseRecord,
} from './cases/case-record.js';
export {
  tallyCases,
  type AnswerCount,
  type CaseTally,
  type PromptRow,
  type TallyOptions,
} from './cases/tally-cases.js';
export { rateCases, type CaseRating, type Judgements } from './cases/rate-cases.js';
export { caseTallySchema } from './cases/tally-schema.js';

// Margins: what would change a rating
export {
  ratingMargins,
  type AnswerChange,
  type RatingMove,
  type StandardMargin,
} from './margins/rating-margins.js';
export { marginsSchema } from './margins/margins-schema.js';

// Sampling: drawing the audit sample
export {
  auditedCaseSchema,
  caseloadRecordSchema,
  caseloadRecordsSchema,
  type AuditedCase,
  type CaseloadRecord,
} from './sampling/caseload-record.js';
export { addCalendarMonths } from './sampling/calendar.js';
export { normalQuantile } from './sampling/normal-quantile.js';
export {
  DEFAULT_SIZE_POLICY,
  sampleSize,
  type ResolvedSizePolicy,
  type SampleSize,
  type SizePolicy,
} from './sampling/sample-size.js';
export {
  DEFAULT_REAUDIT_MONTHS,
  DEFAULT_SAMPLE_SEED,
  DEFAULT_STRATA_ATTRIBUTES,
  DEFAULT_WINDOWS,
  type AuditSample,
  type ExcludedCase,
  type ExclusionReason,
  type KindPlan,
  type MarginalRow,
  type MonthWindow,
  type SampleOptions,
  type StratumRow,
} from './sampling/audit-sample.js';
export { drawSample } from './sampling/draw-sample.js';

// Confidence: how far a mock rating can be trusted
export {
  keyQuestionInterval,
  type IntervalOptions,
  type KeyQuestionInterval,
} from './confidence/key-question-interval.js';
export {
  resampleRating,
  type BandCount,
  type ResampleOptions,
  type ResampledOverall,
  type ResampledRating,
  type ResampledStandard,
} from './confidence/resample-rating.js';
export {
  ratingIntervals,
  intervalRows,
  resampleRows,
  type RatingIntervals,
} from './confidence/confidence-rows.js';

// Breakdown: figures by group, small numbers suppressed
export {
  breakdownByGroup,
  type BreakdownGroup,
  type BreakdownOptions,
  type GroupBreakdown,
  type KeyQuestionBreakdown,
  type KeyQuestionCell,
  type StandardBreakdown,
  type StandardCell,
  type SuppressedCell,
} from './breakdown/breakdown-by-group.js';
export { breakdownRows } from './breakdown/breakdown-rows.js';

// Moderation: two auditors of the same cases
export { cohensKappa, roundKappa, type CohensKappa } from './moderation/kappa.js';
export {
  compareAudits,
  type AgreementMeasure,
  type AuditAgreement,
  type CompareOptions,
  type Disagreement,
  type KeyQuestionAgreement,
} from './moderation/compare-audits.js';
export {
  moderateCases,
  type ModeratedCases,
  type ModerationChange,
  type ModerationOptions,
} from './moderation/moderate-cases.js';
export type { ListNames } from './moderation/lists.js';

// Trends: the figures of several audits over time
export { auditTrend } from './trend/audit-trend.js';
export type {
  AuditTrend,
  BandChange,
  KeyQuestionPoint,
  KeyQuestionTrend,
  OverallPoint,
  OverallTrend,
  StandardPoint,
  StandardTrend,
  TrendAudit,
  TrendAuditInput,
  TrendChange,
  TrendOptions,
} from './trend/trend-types.js';
export {
  shareChange,
  type ShareChange,
  type TrendDirection,
  type TrendVerdict,
} from './trend/share-change.js';
export { trendRows, type TrendRows } from './trend/trend-rows.js';
export { auditTrendSchema } from './trend/trend-schema.js';

// Formatting
export { ratingsTable } from './format/ratings-table.js';
export { plainText } from './format/plain-text.js';

// The boundary helpers the library's own sheets, command and reports are built with
export * as toolkit from './toolkit.js';
