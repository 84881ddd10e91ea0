// Improvement actions from their file, beside a rated audit's figures or over a trend of audits,
// and the draft plan a rating gives: the actions file is read against the framework the audits
// were rated against, so a target is checked against the same key questions and standards.
import type { Framework, InspectionRating } from 'hmip-ratings';
import {
  actionChanges,
  actionFigures,
  type ActionChange,
  type ActionFigures,
} from 'hmip-ratings/actions';
import type { AuditTrend } from 'hmip-ratings/trend';
import { readActions, type ActionsOptions } from '../read/actions-sheet.js';
import type { AuditFile } from '../read/files.js';

/** How the actions file is read: its limits, inflater and date order (the framework is the audit's). */
export type ActionsReadOptions = Omit<ActionsOptions, 'framework'>;

/**
 * Each action of an actions file beside its target's figures in a rating (see `actionFigures`).
 * @throws {RatingRuleError} every problem in the file, located at row and column
 * @example
 * const rating = rateInspection(cumberland2024);
 * (await ratedActions({ name: 'actions.csv', data: 'action,key question\nSafety in every assessment,2.1.3\n' }, rating, youth2021))[0]?.sentence // => '2.1.3 is 38% (3 of 8), Inadequate'
 * @category Sheets
 */
export async function ratedActions(
  file: AuditFile,
  rating: InspectionRating,
  framework: Framework,
  options: ActionsReadOptions = {},
): Promise<ActionFigures[]> {
  const sheet = await readActions(file, { ...options, framework });
  return actionFigures(rating, sheet.actions, framework);
}

/**
 * Each action of an actions file over a trend: its target before and after its due date, and
 * whether the change is larger than the intervals explain (see `actionChanges`).
 * @throws {RatingRuleError} every problem in the file, located at row and column
 * @example
 * const trend = auditTrend(youth2021, [{ date: '2024-01-15', rating: rateInspection(cumberland2024) }, { date: '2024-07-15', rating: rateInspection(walthamForest2024) }]);
 * (await trendActions({ name: 'actions.csv', data: 'action,key question,due date\nSafety in every assessment,2.1.3,31/03/2024\n' }, trend, youth2021))[0]?.change?.verdict // => 'within-intervals'
 * @category Sheets
 */
export async function trendActions(
  file: AuditFile,
  trend: AuditTrend,
  framework: Framework,
  options: ActionsReadOptions = {},
): Promise<ActionChange[]> {
  const sheet = await readActions(file, { ...options, framework });
  return actionChanges(trend, sheet.actions, framework);
}
