// The shapes of improvement actions: an action a team has put in its plan, the figures of what it
// targets in a rating, its target before and after its due date over a trend, and a draft plan.
import type { Rating } from '../model/rating.js';
import type { TrendChange } from '../trend/trend-types.js';

/**
 * Where an action stands. The words a sheet may use for each are in `ACTION_STATUS_WORDS` of the
 * sheets package; a blank status is left out.
 * @category Actions
 */
export type ActionStatus = 'not started' | 'in progress' | 'done';

/** The statuses, in the order an action goes through them. @category Actions */
export const ACTION_STATUSES: readonly ActionStatus[] = Object.freeze([
  'not started',
  'in progress',
  'done',
]);

/** An improvement action of a team's plan. @category Actions */
export interface ImprovementAction {
  /** What the team will do, in its words (blank in a draft still to be filled in). */
  readonly action: string;
  /** The key question (`2.1.3`) or standard (`2.1`) of the framework it is meant to move. */
  readonly target: string;
  readonly owner?: string;
  /** The date it is due, yyyy-mm-dd. */
  readonly due?: string;
  readonly status?: ActionStatus;
}

/** What an action targets: a key question or a standard. @category Actions */
export type ActionTargetKind = 'key question' | 'standard';

/** An action beside its target's figures in one rating. @category Actions */
export interface ActionFigures {
  readonly action: ImprovementAction;
  readonly kind: ActionTargetKind;
  /** The standard the target is, or is in. */
  readonly standard: string;
  /** The key question's text, or the standard's name. */
  readonly text: string;
  /** A key question's figure: yes of `of`, the printed % yes and its band. */
  readonly yes?: number;
  readonly of?: number;
  readonly percent?: number;
  readonly band?: Rating;
  /** A standard's rating (after any discretion), and the key question that decides it. */
  readonly rating?: Rating;
  readonly lowest?: string;
  /** Why there is no figure (no applicable cases, not rated, not in the rating). */
  readonly note?: string;
  /** The figures in words: "2.1.3 is 38% (3 of 8), Inadequate". */
  readonly sentence: string;
}

/** One audit's figure of an action's target, before or after its due date. @category Actions */
export interface ActionPoint {
  readonly date: string;
  readonly yes?: number;
  readonly of?: number;
  readonly percent?: number;
  /** A key question's band, or a standard's rating. */
  readonly band?: Rating;
  readonly note?: string;
}

/**
 * An action's target before its due date (the last audit on or before it) and after it (the latest
 * audit after it), and the trend's test of the change. @category Actions
 */
export interface ActionChange {
  readonly action: ImprovementAction;
  readonly kind: ActionTargetKind;
  readonly standard: string;
  readonly text: string;
  readonly before?: ActionPoint;
  readonly after?: ActionPoint;
  /** The change between the two, as the trend tests it; absent when one side has no audit. */
  readonly change?: TrendChange;
  /** Why there is no comparison: no due date, no audit before it or none after it yet. */
  readonly reason?: string;
  /** A sentence a board can read: the dates, the figures and the verdict, or why not compared. */
  readonly sentence: string;
}

/** One row of a draft plan: a key question that holds its standard down. @category Actions */
export interface DraftAction {
  /** The key question. */
  readonly target: string;
  readonly text: string;
  readonly standard: string;
  /** The standard's rating under the lowest-question rule (before discretion). */
  readonly ruleRating: Rating;
  /** The key question's figure in words: "38% (3 of 8)". */
  readonly figure: string;
  /** What would change the rating: "1 more yes on 2.1.3 raises 2.1 to Requires improvement". */
  readonly change: string;
}
