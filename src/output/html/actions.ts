// The board report's improvement actions: each action of the team's plan beside its target's
// figures in this audit, as a list that reads on a phone without sideways scrolling. Every text
// from the file is escaped.
import type { ActionChange, ActionFigures } from 'hmip-ratings/actions';
import type { ReportInput } from '../report-input.js';
import { actionDetails, actionWords, verdictShort } from '../text/actions.js';
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

/** "38% (3 of 8), Inadequate on 15 January 2024", or why there is none. */
function pointHtml(c: ActionChange, side: 'before' | 'after'): string {
  const p = c[side];
  if (!p) return '';
  const figure =
    p.percent !== undefined
      ? `${p.percent}%${p.yes !== undefined && p.of !== undefined ? ` (${p.yes} of ${p.of})` : ''}`
      : (p.note ?? 'no figure');
  return `${t(figure)}${p.band ? ` ${badge(p.band)}` : ''} on <time datetime="${t(p.date)}">${t(dateWords(p.date))}</time>`;
}

/** One action over the trend: its words, its target before and after its due date, the verdict. */
function changeItem(c: ActionChange): string {
  const a = c.action;
  const sides = c.change
    ? `<p>Before: ${pointHtml(c, 'before')}<br>After: ${pointHtml(c, 'after')}</p>
<p>${c.change.verdict === 'beyond-intervals' ? `<strong>${t(verdictShort(c))}</strong>` : t(verdictShort(c))}. ${t(c.change.sentence)}</p>`
    : `<p>${t(c.sentence)}</p>`;
  const details = actionDetails(a);
  return `<li data-target="${t(a.target)}"><p><strong>${t(actionWords(a))}</strong> (${t(a.target)}${details ? ` · ${t(details)}` : ''})</p>
${sides}</li>`;
}

/**
 * The trend page's actions section: each action's target before its due date (the last audit on
 * or before it) and after it (the latest audit after it), and whether the change is larger than
 * the intervals explain.
 */
export function actionChangesSection(changes: readonly ActionChange[]): string {
  const body =
    changes.length === 0
      ? '<p>The actions file lists no action.</p>'
      : `<ol class="actions">${changes.map(changeItem).join('\n')}</ol>`;
  return `<section id="actions" aria-labelledby="actions-heading">
<h2 id="actions-heading">Improvement actions</h2>
<p class="note">Each action’s target in the last audit on or before its due date and in the latest audit after it. The test is the trend’s: the two intervals do not overlap. Within what the intervals explain does not mean the action did nothing.</p>
${body}
</section>`;
}

/** The trend page with its actions section put before its notes (or at the end of its main part). */
export function trendPageWithActions(page: string, changes: readonly ActionChange[]): string {
  const section = `${actionChangesSection(changes)}\n`;
  const notes = page.indexOf('<section aria-labelledby="notes">');
  const at = notes >= 0 ? notes : page.lastIndexOf('</main>');
  return at < 0 ? page : `${page.slice(0, at)}${section}${page.slice(at)}`;
}
