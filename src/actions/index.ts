/**
 * hmip-ratings/actions: improvement actions beside the figures they target, over a trend before
 * and after their due dates, and a draft plan from what would change a rating.
 *
 * @module hmip-ratings/actions
 */
export { actionFigures } from './action-figures.js';
export { actionChanges } from './action-trend.js';
export { draftActions } from './draft-plan.js';
export { MAX_ACTIONS } from './action-arguments.js';
export {
  ACTION_STATUSES,
  type ActionChange,
  type ActionFigures,
  type ActionPoint,
  type ActionStatus,
  type ActionTargetKind,
  type DraftAction,
  type ImprovementAction,
} from './action-types.js';
