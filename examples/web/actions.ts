// The actions upload of the "Rate an audit" and "Compare audits over time" steps: the team's
// improvement actions (CSV or .xlsx), each beside the figures of the key question or standard it
// targets in the audit rated, or before and after its due date over the audits compared.
import { RatingRuleError } from 'hmip-ratings';
import type { ActionChange, ActionFigures } from 'hmip-ratings/actions';
import type { AuditRating, TrendSheets } from 'hmip-ratings-sheets';
import { badge, dropZone, el, exampleFile, fileData, textTable } from './dom.js';

const chosen: { actions?: File; trend?: File } = {};

/**
 * Adds an actions file box after the box of the file input `after` (its ids prefixed by `prefix`);
 * `changed` runs when a file is chosen.
 */
function actionsBox(after: string, prefix: '' | 'trend-', changed: () => void): void {
  const judgements = document.getElementById(after)?.closest('.drop');
  if (!judgements || document.getElementById(`${prefix}actions-file`)) return;
  const key = prefix === '' ? 'actions' : 'trend';
  const input = el('input', { type: 'file', id: `${prefix}actions-file`, accept: '.csv,.xlsx' });
  const example = el(
    'button',
    { type: 'button', id: `example-${prefix}actions` },
    'Use the example actions',
  );
  const box = el(
    'div',
    { class: 'drop' },
    el(
      'label',
      { for: `${prefix}actions-file` },
      'Improvement actions ',
      el(
        'small',
        {},
        'optional; CSV or .xlsx: action, key question or standard, owner, due date, status',
      ),
    ),
    input,
    example,
  );
  judgements.after(box);
  dropZone(input as HTMLInputElement, (files) => {
    if (files[0]) chosen[key] = files[0];
    changed();
  });
  example.addEventListener('click', async () => {
    chosen[key] = await exampleFile('../actions.csv', 'actions.csv');
    changed();
  });
}

/** Adds the actions file box after the judgements box of the rate step. */
export const setUpActions = (changed: () => void): void => actionsBox('judgements', '', changed);

/** Adds the actions file box after the audits box of the trend step. */
export const setUpTrendActions = (changed: () => void): void =>
  actionsBox('audits', 'trend-', changed);

/** One action: its words, its target's figures with the band, and who, when and where it stands. */
function actionItem(f: ActionFigures): HTMLElement {
  const a = f.action;
  const details = [
    a.owner ? `Owner: ${a.owner}` : '',
    a.due ? `Due: ${a.due}` : '',
    a.status ? `Status: ${a.status}` : '',
  ].filter((x) => x !== '');
  const rating = f.kind === 'standard' ? f.rating : f.band;
  return el(
    'li',
    { 'data-target': a.target },
    el('strong', {}, a.action.trim() === '' ? '(action not written yet)' : a.action),
    el('br', {}),
    `${f.sentence} `,
    ...(rating ? [badge(rating)] : []),
    ...(details.length > 0
      ? [el('br', {}), el('span', { class: 'note' }, details.join(' · '))]
      : []),
  );
}

/**
 * The actions section for a rated audit: nothing when no actions file was chosen; the actions
 * beside their targets' figures; or every problem in the file, located, in place of them.
 */
export async function actionsBlock(audit: AuditRating): Promise<HTMLElement[]> {
  if (!chosen.actions) return [];
  const heading = el('h3', { id: 'actions-heading' }, 'Improvement actions');
  try {
    const { ratedActions } = await import('./action-reading.js');
    const figures = await ratedActions(
      await fileData(chosen.actions),
      audit.rating,
      audit.framework,
    );
    return [
      heading,
      el(
        'p',
        { class: 'note' },
        `${chosen.actions.name}: each action beside the figures of what it targets in this audit.`,
      ),
      figures.length === 0
        ? el('p', {}, 'The actions file lists no action.')
        : el('ol', { id: 'action-list', class: 'action-list' }, ...figures.map(actionItem)),
    ];
  } catch (e) {
    return problemsOf(e, heading, chosen.actions.name);
  }
}

/** Every problem in an actions file, located, in place of the actions. */
function problemsOf(e: unknown, heading: HTMLElement, name: string): HTMLElement[] {
  {
    if (!(e instanceof RatingRuleError)) throw e;
    return [
      heading,
      el(
        'p',
        { class: 'count', role: 'alert' },
        `${e.issues.length} problem${e.issues.length === 1 ? '' : 's'} in ${name}, so no action is shown. Fix them and choose the file again.`,
      ),
      textTable(
        [
          ['File', 'Row', 'Column', 'Problem'],
          ...e.issues.map((i) => [
            i.location?.file ?? '',
            i.location?.row?.toString() ?? '',
            i.location?.column ?? '',
            i.message,
          ]),
        ],
        'Problems in the actions file',
      ),
    ];
  }
}

/** One action over the trend: its words, its target before and after its due date, the verdict. */
function changeItem(c: ActionChange): HTMLElement {
  const a = c.action;
  const verdict =
    c.change?.verdict === 'beyond-intervals'
      ? [el('strong', {}, 'Larger than the intervals explain. ')]
      : [];
  return el(
    'li',
    { 'data-target': a.target },
    el('strong', {}, a.action.trim() === '' ? '(action not written yet)' : a.action),
    el('br', {}),
    ...verdict,
    c.sentence,
  );
}

/**
 * The trend step's actions: each target in the last audit on or before the action's due date and
 * in the latest audit after it, and whether the change is larger than the intervals explain.
 */
export async function trendActionsBlock(result: TrendSheets): Promise<HTMLElement[]> {
  if (!chosen.trend) return [];
  const heading = el('h3', { id: 'trend-actions-heading' }, 'Improvement actions');
  try {
    const { trendActions } = await import('./action-reading.js');
    const changes = await trendActions(
      await fileData(chosen.trend),
      result.trend,
      result.framework,
    );
    return [
      heading,
      el(
        'p',
        { class: 'note' },
        "Each action's target in the last audit on or before its due date and in the latest audit after it. Within what the samples would explain does not mean the action did nothing.",
      ),
      el('ol', { id: 'trend-action-list', class: 'action-list' }, ...changes.map(changeItem)),
    ];
  } catch (e) {
    return problemsOf(e, heading, chosen.trend.name);
  }
}
