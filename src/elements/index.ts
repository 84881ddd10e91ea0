/**
 * hmip-ratings-sheets/elements: two framework-free custom elements for a page moving its audit
 * spreadsheet to the web. `<hmip-audit-grid>` edits a live audit's answers case by key question
 * and re-rates as they change; `<hmip-ratings-table>` shows a result's ratings. `defineElements()`
 * registers them; nothing is registered on import. Themed by CSS custom properties (see the
 * README); no network; each rating written as text.
 *
 * @module hmip-ratings-sheets/elements
 */
export { defineElements } from './define-elements.js';
export type { DefineElementsOptions, ElementTags } from './define-elements.js';
export { AuditGridElement } from './audit-grid.js';
export type { EditRefusedDetail, RatingChangeDetail } from './audit-grid.js';
export { RatingsTableElement, howReached } from './ratings-table.js';
export { readPastedRange, type PastedAnswer } from './answers.js';
export { THEME } from './styles.js';

import type { AuditGridElement as Grid } from './audit-grid.js';
import type { RatingsTableElement as Table } from './ratings-table.js';

declare global {
  /** The elements under their default tags, for `document.querySelector('hmip-audit-grid')`. */
  interface HTMLElementTagNameMap {
    'hmip-audit-grid': Grid;
    'hmip-ratings-table': Table;
  }
}
