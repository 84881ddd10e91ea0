// The pieces the board report is built of: escaped text, a rating's badge, a chart drawn for print
// and for phones, and tables whose rows stack on a phone (each cell under its column's heading).
import { RATINGS, type Rating } from 'hmip-ratings';
import { htmlText } from '../escape.js';

/** Text made safe for HTML. */
export const t = (text: string | number) => htmlText(String(text));

/** The class of a rating's badge: its colours come from the palette, in the style sheet. */
const ratingClass = (rating: Rating | undefined) =>
  rating ? `rating-${RATINGS.indexOf(rating)}` : 'rating-none';

export const badge = (rating: Rating | undefined) =>
  `<span class="badge ${ratingClass(rating)}">${t(rating ?? 'Not rated')}</span>`;

/** A chart drawn twice: for print and wide screens, and for phones; CSS shows one. */
export function figure(wide: SVGSVGElement, narrow: SVGSVGElement, caption: string): string {
  return `<figure class="chart"><div class="wide">${wide.outerHTML}</div><div class="narrow">${narrow.outerHTML}</div><figcaption>${t(caption)}</figcaption></figure>`;
}

/**
 * A table of text rows, header first, every cell escaped; the cells of `rowHeader` (a column
 * index) are row headers, and `numeric` columns are right-aligned.
 */
export function rowsTable(
  rows: readonly (readonly string[])[],
  caption: string,
  id: string,
  options: { rowHeader?: number; numeric?: readonly number[] } = {},
): string {
  const [head = [], ...body] = rows;
  const numeric = new Set(options.numeric ?? []);
  const cls = (i: number) => (numeric.has(i) ? ' class="num"' : '');
  // Each cell carries its column's heading: on a phone the rows stack, each cell under its heading.
  const label = (i: number) => (head[i] ? ` data-label="${t(head[i])}"` : '');
  const cell = (text: string, i: number) =>
    i === options.rowHeader
      ? `<th scope="row"${cls(i)}${label(i)}>${t(text)}</th>`
      : `<td${cls(i)}${label(i)}>${t(text)}</td>`;
  return wrapTable(
    id,
    caption,
    head.length >= 7 ? 'stack many' : 'stack',
    `<thead><tr>${head.map((h, i) => `<th scope="col"${cls(i)}>${t(h)}</th>`).join('')}</tr></thead><tbody>${body
      .map((r) => `<tr>${r.map(cell).join('')}</tr>`)
      .join('')}</tbody>`,
  );
}

/** A table in a box that scrolls sideways on its own when it is wider than the screen. */
export function wrapTable(id: string, caption: string, cls: string, content: string): string {
  // A short table prints whole on one page, so its caption and header never end a page alone.
  const short = content.split('<tr').length - 1 <= SHORT_TABLE_ROWS;
  return `<div class="table-wrap${short ? ' keep' : ''}" role="region" tabindex="0" aria-labelledby="${id}"><table${cls ? ` class="${cls}"` : ''}><caption id="${id}">${t(caption)}</caption>${content}</table></div>`;
}

/** The most rows (with the header) a table may have to be kept on one printed page. */
const SHORT_TABLE_ROWS = 12;
