/**
 * hmip-ratings/trend: the figures of several audits over time, and whether a change is larger
 * than the samples explain.
 *
 * @module hmip-ratings/trend
 */
export { auditTrend } from './audit-trend.js';
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
} from './trend-types.js';
export {
  shareChange,
  type ShareChange,
  type TrendDirection,
  type TrendVerdict,
} from './share-change.js';
export { trendRows, type TrendRows } from './trend-rows.js';
export { auditTrendSchema } from './trend-schema.js';
