/**
 * hmip-ratings/moderation: two auditors of the same cases, their agreement and the moderated
 * answers.
 *
 * @module hmip-ratings/moderation
 */
export { cohensKappa, roundKappa, type CohensKappa } from './kappa.js';
export {
  compareAudits,
  type AgreementMeasure,
  type AuditAgreement,
  type CompareOptions,
  type Disagreement,
  type KeyQuestionAgreement,
} from './compare-audits.js';
export {
  moderateCases,
  type ModeratedCases,
  type ModerationChange,
  type ModerationOptions,
} from './moderate-cases.js';
export type { ListNames } from './lists.js';
export { weightedKappa, type KappaWeights, type WeightedKappa } from './weighted-kappa.js';
export {
  compareGrades,
  type CaseGradeOf,
  type GradeAgreement,
  type GradeDisagreement,
} from './compare-grades.js';
