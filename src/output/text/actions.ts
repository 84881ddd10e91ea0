// Improvement actions as text: each action beside its target's figures (the board report's
// section), each action's target before and after its due date (the trend's section), and the
// draft plan as CSV for the team to fill in, every cell neutralised.
import { RatingRuleError, plainText } from 'hmip-ratings';
import { argumentIssue, isRecord, plainRecords } from 'hmip-ratings/toolkit';
import type {
  ActionChange,
  ActionFigures,
  DraftAction,
  ImprovementAction,
} from 'hmip-ratings/actions';
import { toCsv } from '../csv.js';
import { markdownTable, markdownText } from '../escape.js';

/** The heading of the board report's and the trend's actions sections. */
export const ACTIONS_HEADING = 'Improvement actions';

/** "owner AB · due 2025-03-31 · in progress", or "" when none is given. */
export function actionDetails(a: ImprovementAction): string {
  return [a.owner ? `owner ${a.owner}` : '', a.due ? `due ${a.due}` : '', a.status ?? '']
    .filter((x) => x !== '')
    .join(' · ');
}

/** An action's own words, or what stands for them in a draft still to be filled in. */
export const actionWords = (a: ImprovementAction): string =>
  a.action.trim() === '' ? '(action not written yet)' : a.action;

/** The rows of the actions beside their figures: action, target, figures, owner, due, status. */
export function actionRows(figures: readonly ActionFigures[]): string[][] {
  return [
    ['Action', 'Target', 'Figures now', 'Owner', 'Due', 'Status'],
    ...figures.map((f) => [
      actionWords(f.action),
      f.action.target,
      f.sentence,
      f.action.owner ?? '',
      f.action.due ?? '',
      f.action.status ?? '',
    ]),
  ];
}

/** The board report's actions section as lines: a terminal's or markdown's. */
export function actionsLines(
  figures: readonly ActionFigures[] | undefined,
  format: 'table' | 'markdown',
): string[] {
  if (!figures) return [];
  const none = 'The actions file lists no action.';
  if (format === 'markdown')
    return [
      '',
      `## ${ACTIONS_HEADING}`,
      '',
      ...(figures.length > 0 ? markdownTable(actionRows(figures)) : [none]),
    ];
  return [
    '',
    `${ACTIONS_HEADING} (each beside its target's figures in this audit)`,
    ...(figures.length === 0 ? [`  ${none}`] : []),
    ...figures.flatMap((f, i) => {
      const details = actionDetails(f.action);
      return [
        plainText(`  ${i + 1}. ${actionWords(f.action)}`),
        plainText(`     ${f.sentence}${details ? ` · ${details}` : ''}`),
      ];
    }),
  ];
}

/** "38% (3 of 8), Inadequate on 2024-01-15", or why there is none. */
const pointWords = (c: ActionChange, side: 'before' | 'after'): string => {
  const p = c[side];
  if (!p) return '';
  const figure =
    p.percent !== undefined
      ? `${p.percent}%${p.yes !== undefined && p.of !== undefined ? ` (${p.yes} of ${p.of})` : ''}`
      : '';
  const what = [figure, p.band ?? ''].filter((x) => x !== '').join(', ');
  return `${what || (p.note ?? 'no figure')} on ${p.date}`;
};

/** The verdict of an action's change in a few words. */
export const verdictShort = (c: ActionChange): string =>
  !c.change
    ? 'not compared'
    : c.change.verdict === 'beyond-intervals'
      ? 'larger than the intervals explain'
      : c.change.verdict === 'within-intervals'
        ? 'within what the intervals explain'
        : 'not tested';

/** The rows of the actions over a trend: action, target, due, before, after, the verdict. */
export function actionChangeRows(changes: readonly ActionChange[]): string[][] {
  return [
    ['Action', 'Target', 'Due', 'Before', 'After', 'Change'],
    ...changes.map((c) => [
      actionWords(c.action),
      c.action.target,
      c.action.due ?? '',
      pointWords(c, 'before'),
      pointWords(c, 'after'),
      c.reason ?? verdictShort(c),
    ]),
  ];
}

/** The trend's actions section as lines: a terminal's or markdown's. */
export function actionChangeLines(
  changes: readonly ActionChange[] | undefined,
  format: 'table' | 'markdown',
): string[] {
  if (!changes) return [];
  const none = 'The actions file lists no action.';
  const note =
    "Before is the last audit on or before the action's due date, after the latest audit after it; the test is the trend's (the two intervals do not overlap), so within what the intervals explain does not mean the action did nothing.";
  if (format === 'markdown')
    return [
      '',
      `## ${ACTIONS_HEADING}`,
      '',
      markdownText(note),
      '',
      ...(changes.length > 0 ? markdownTable(actionChangeRows(changes)) : [none]),
    ];
  return [
    '',
    `${ACTIONS_HEADING} (each target before and after the action's due date)`,
    ...(changes.length === 0 ? [`  ${none}`] : []),
    ...changes.flatMap((c, i) => {
      const details = actionDetails(c.action);
      return [
        plainText(`  ${i + 1}. ${actionWords(c.action)}${details ? ` (${details})` : ''}`),
        plainText(`     ${c.sentence}`),
      ];
    }),
    plainText(`  ${note}`),
  ];
}

/** The draft plan's header: the columns `readActions` reads, then the figures it does not. */
export const DRAFT_HEADER: readonly string[] = [
  'action',
  'key question',
  'owner',
  'due date',
  'status',
  'wording',
  'standard now',
  'figure now',
  'what would change it',
];

/**
 * A draft improvement plan as CSV: one row per key question that holds its standard down, with
 * the action, owner, due date and status left empty for the team, then the key question's
 * wording, its standard's rule rating, its figure and what would change the rating. Read back by
 * `readActions` (its other columns are notes). Every cell is neutralised.
 * @example
 * draftPlanCsv(draftActions(rateInspection(cumberland2024))).split('\n')[1] // => ',2.1.3,,,,Does assessment sufficiently analyse how to keep other people safe?,2.1 Inadequate,38% (3 of 8),1 more yes on 2.1.3 raises 2.1 to Requires improvement'
 * @category Sheets
 */
export function draftPlanCsv(drafts: readonly DraftAction[]): string {
  const list = plainRecords(drafts);
  const fields = ['target', 'text', 'standard', 'ruleRating', 'figure', 'change'] as const;
  const checked = list?.every((d) => isRecord(d) && fields.every((f) => typeof d[f] === 'string'));
  if (!list || !checked)
    throw new RatingRuleError([argumentIssue('drafts', 'rows from draftActions', drafts)]);
  return toCsv([
    DRAFT_HEADER,
    ...(list as DraftAction[]).map((d) => [
      '',
      d.target,
      '',
      '',
      '',
      d.text,
      `${d.standard} ${d.ruleRating}`,
      d.figure,
      d.change,
    ]),
  ]);
}
