// The board report's improvement actions: each action of the team's plan beside its target's
// figures in this audit, as a list that reads on a phone without sideways scrolling. Every text
// from the file is escaped.
import type { ActionFigures } from 'hmip-ratings/actions';
import type { ReportInput } from '../report-input.js';
import { actionWords } from '../text/actions.js';
import { badge, t } from './blocks.js';
import { dateWords } from './options.js';

/** One action: its words, then its target's figures, owner, due date and status. */
function actionItem(f: ActionFigures): string {
  const a = f.action;
  const details = [
    a.owner ? `Owner: ${t(a.owner)}` : '',
    a.due ? `Due: <time datetime="${t(a.due)}">${t(dateWords(a.due))}</time>` : '',
    a.status ? `Status: ${t(a.status)}` : '',
  ].filter((x) => x !== '');
  const rating = f.kind === 'standard' ? f.rating : f.band;
  return `<li data-target="${t(a.target)}"><p><strong>${t(actionWords(a))}</strong></p>
<p>${t(f.sentence)}${rating ? ` ${badge(rating)}` : ''}</p>${details.length > 0 ? `\n<p class="note">${details.join(' · ')}</p>` : ''}</li>`;
}

/**
 * The actions section of the board report: empty when the input has no actions, a short note when
 * the file listed none, else each action beside its target's figures.
 */
export function actionsSection(input: ReportInput): string {
  const actions = input.actions;
  if (!actions) return '';
  const body =
    actions.length === 0
      ? '<p>The actions file lists no action.</p>'
      : `<ol class="actions">${actions.map(actionItem).join('\n')}</ol>`;
  return `<section id="actions" aria-labelledby="actions-heading">
<h2 id="actions-heading">Improvement actions</h2>
<p class="note">Each action of the team’s plan beside the figures of the key question or standard it targets, in this audit.</p>
${body}
</section>`;
}
