/**
 * hmip-ratings/breakdown: the figures by group of cases, small numbers suppressed.
 *
 * @module hmip-ratings/breakdown
 */
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
} from './breakdown-by-group.js';
export { breakdownRows } from './breakdown-rows.js';
