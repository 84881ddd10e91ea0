// The actions upload of the "Rate an audit" step: the team's improvement actions (CSV or .xlsx),
// each shown beside the figures of the key question or standard it targets in the audit rated.
import { RatingRuleError } from 'hmip-ratings';
import type { ActionFigures } from 'hmip-ratings/actions';
import { ratedActions, type AuditRating } from 'hmip-ratings-sheets';
import { badge, dropZone, el, exampleFile, fileData, textTable } from './dom.js';

const chosen: { actions?: File } = {};

/** Adds the actions file box after the judgements box; `changed` runs when a file is chosen. */
export function setUpActions(changed: () => void): void {
  const judgements = document.getElementById('judgements')?.closest('.drop');
  if (!judgements || document.getElementById('actions-file')) return;
  const input = el('input', { type: 'file', id: 'actions-file', accept: '.csv,.xlsx' });
  const example = el(
    'button',
    { type: 'button', id: 'example-actions' },
    'Use the example actions',
  );
  const box = el(
    'div',
    { class: 'drop' },
    el(
      'label',
      { for: 'actions-file' },
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
    if (files[0]) chosen.actions = files[0];
    changed();
  });
  example.addEventListener('click', async () => {
    chosen.actions = await exampleFile('../actions.csv', 'actions.csv');
    changed();
  });
}

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
    if (!(e instanceof RatingRuleError)) throw e;
    return [
      heading,
      el(
        'p',
        { class: 'count', role: 'alert' },
        `${e.issues.length} problem${e.issues.length === 1 ? '' : 's'} in ${chosen.actions.name}, so no action is shown. Fix them and choose the file again.`,
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
