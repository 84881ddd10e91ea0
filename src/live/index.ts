/**
 * hmip-ratings/live: an audit held in memory that re-rates as it is edited, one answer at a time,
 * for web forms and grids that show the ratings as an auditor types.
 *
 * @module hmip-ratings/live
 */
export { createLiveAudit } from './create-live-audit.js';
export type {
  JudgementArguments,
  LiveAudit,
  LiveAuditChange,
  LiveAuditListener,
  LiveAuditOptions,
} from './live-types.js';
