// The actions flags of rate and trend: --actions FILE (the team's improvement actions beside the
// figures, or over the trend) and rate --format actions (a draft plan as CSV for the team to fill).
import { basename } from 'node:path';
import type { Framework, InspectionRating } from 'hmip-ratings';
import type { AuditTrend } from 'hmip-ratings/trend';
import { draftActions, type ActionChange } from 'hmip-ratings/actions';
import { ratedActions, trendActions } from '../pipelines/actions.js';
import type { ReportInput } from '../pipelines/rate-report.js';
import { actionChangeLines, draftPlanCsv } from '../output/text/actions.js';
import { nodeInflater } from './inflate.js';
import { readInput } from './io.js';
import { UsageError } from './args.js';

const fileAt = (path: string) => ({ name: basename(path), data: readInput(path) });

/** The report with the actions of `path` beside their targets' figures; the report as it is without. */
export async function withActions(
  report: ReportInput,
  framework: Framework,
  path: string | undefined,
): Promise<ReportInput> {
  if (path === undefined) return report;
  const actions = await ratedActions(fileAt(path), report.rating, framework, {
    inflater: nodeInflater,
  });
  return { ...report, actions };
}

/** Whether `--format actions` asks for a draft plan (CSV) rather than a report; it takes no --actions. */
export function isDraftPlan(format: string | undefined, actions: string | undefined): boolean {
  const draft = format === 'actions';
  if (draft && actions !== undefined)
    throw new UsageError('--format actions writes a draft plan: leave out --actions');
  return draft;
}

/** The draft plan of a rating as CSV (`rate --format actions`). */
export function draftPlanText(rating: InspectionRating, framework: Framework): string {
  return draftPlanCsv(draftActions(rating, framework));
}

/** The actions of `path` over the trend, or undefined without the flag. */
export async function trendActionChanges(
  trend: AuditTrend,
  framework: Framework,
  path: string | undefined,
): Promise<ActionChange[] | undefined> {
  if (path === undefined) return undefined;
  return trendActions(fileAt(path), trend, framework, { inflater: nodeInflater });
}

/** The trend's actions section for a text format; --actions goes with table, markdown and html. */
export function trendActionsText(
  changes: readonly ActionChange[] | undefined,
  format: string,
): string {
  if (!changes) return '';
  if (format !== 'table' && format !== 'markdown')
    throw new UsageError('--actions on trend goes with --format table, markdown or html');
  return `${actionChangeLines(changes, format).join('\n')}\n`;
}
