/**
 * hmip-ratings/sampling: drawing the cases of an audit from a caseload, as HMIP draws its sample.
 *
 * @module hmip-ratings/sampling
 */
export {
  auditedCaseSchema,
  caseloadRecordSchema,
  caseloadRecordsSchema,
  type AuditedCase,
  type CaseloadRecord,
} from './caseload-record.js';
export { addCalendarMonths } from './calendar.js';
export { normalQuantile } from './normal-quantile.js';
export {
  DEFAULT_SIZE_POLICY,
  sampleSize,
  type ResolvedSizePolicy,
  type SampleSize,
  type SizePolicy,
} from './sample-size.js';
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
} from './audit-sample.js';
export { drawSample } from './draw-sample.js';
