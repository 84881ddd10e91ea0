// <hmip-ratings-table>: the ratings of one result, standard by standard, each rating written as
// text on its colour, and how it was reached. A table at full width; stacked rows, each cell
// labelled, when its box is narrower than 36rem (a phone), so nothing scrolls sideways.
import { RatingRuleError, type InspectionRating, type StandardRating } from 'hmip-ratings';
import { argumentIssue, isRecord } from 'hmip-ratings/toolkit';
import { TABLE_CSS } from './styles.js';

/** HTMLElement where there is one; a plain base in Node, so importing the entry never fails. */
export const ElementBase = (globalThis.HTMLElement ?? Object) as typeof HTMLElement;

/** The panel's discretion in words that say which way it moved. */
function discretionWords(s: StandardRating): string {
  const d = s.discretion;
  if (!d) return '';
  return d.direction === 'unchanged'
    ? `; the panel considered discretion and kept ${d.from}`
    : `; ${d.direction} by the panel from ${d.from}`;
}

/** The discretion triggers that fired, in words, when the panel has not yet decided. */
function triggerWords(s: StandardRating): string {
  const t = s.triggers;
  if (!t?.anyFired || s.discretion) return '';
  const fired = [
    t.nearBoundary.status === 'fired' &&
      `within ${t.nearBoundary.windowPoints} points of the ${t.nearBoundary.boundary}% boundary`,
    t.oneCase.status === 'fired' && 'one case would change it',
    t.smallSample.status === 'fired' &&
      `${t.smallSample.cases} cases, ${t.smallSample.limit} or fewer`,
  ].filter((w): w is string => typeof w === 'string');
  return `; the panel may consider discretion (${fired.join('; ')})`;
}

/**
 * How a standard's rating was reached, in words: the lowest key question's figure, the panel's
 * discretion, or the discretion triggers that fired while the panel has not decided.
 * @example
 * howReached(rateInspection(cumberland2024).byStandard['2.1']) // => 'lowest key question 2.1.3: 38% (3 of 8); raised by the panel from Inadequate'
 * @category Elements
 */
export function howReached(s: StandardRating): string {
  const low = s.lowest;
  if (low)
    return `lowest key question ${low.keyQuestion}: ${low.percent}%${low.yes !== undefined ? ` (${low.yes} of ${low.of})` : ''}${discretionWords(s)}${triggerWords(s)}`;
  return s.status === 'not-rated'
    ? `not rated: ${s.notRatedReason ?? 'no applicable cases'}`
    : 'single judgement';
}

/** An element with attributes and children; text goes in as text, never as markup. */
export function el(
  doc: Document,
  tag: string,
  attrs: Readonly<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElement {
  const node = doc.createElement(tag);
  for (const [k, value] of Object.entries(attrs)) node.setAttribute(k, value);
  node.append(...children);
  return node;
}

/** A rating written as text on its colour: the colour is never the only sign. */
export function ratingBadge(doc: Document, rating: string | undefined): HTMLElement {
  const text = rating ?? 'Not rated';
  return el(doc, 'span', { class: `rating ${text.toLowerCase().replace(/ /g, '-')}` }, text);
}

/** The table's rows: a heading row for each domain, then one row for each of its standards. */
function rows(doc: Document, rating: InspectionRating): HTMLElement[] {
  const found: HTMLElement[] = [];
  let domain = '';
  for (const s of rating.standards) {
    if (s.domain !== domain) {
      domain = s.domain;
      found.push(
        el(
          doc,
          'tr',
          { class: 'domain' },
          el(doc, 'th', { colspan: '3', scope: 'colgroup' }, `${s.domain}. ${s.domainName}`),
        ),
      );
    }
    found.push(
      el(
        doc,
        'tr',
        { 'data-standard': s.standard },
        el(doc, 'th', { scope: 'row' }, `${s.standard} ${s.name}`),
        el(doc, 'td', { 'data-label': 'Rating' }, ratingBadge(doc, s.rating)),
        el(doc, 'td', { class: 'how', 'data-label': 'How' }, howReached(s)),
      ),
    );
  }
  return found;
}

/** The rating a `rating` property is given, checked enough to be drawn, or undefined to clear. */
function ratingArgument(value: unknown): InspectionRating | undefined {
  if (value === undefined || value === null) return undefined;
  if (isRecord(value) && Array.isArray(value['standards']))
    return value as unknown as InspectionRating;
  throw new RatingRuleError([
    argumentIssue('rating', 'an InspectionRating (the rating of a result)', value),
  ]);
}

/**
 * `<hmip-ratings-table>`: the ratings grid of one result. Set its `rating` property to an
 * `InspectionRating` (from `rateAudit`, `rateCases` or a live audit); the attribute `label` names
 * the table for assistive technology (default "Ratings"). Registered by `defineElements`.
 * @category Elements
 */
export class RatingsTableElement extends ElementBase {
  #rating: InspectionRating | undefined;

  /** The attributes whose change redraws the table. */
  static get observedAttributes(): string[] {
    return ['label'];
  }

  /** The rating shown, or undefined for none. */
  get rating(): InspectionRating | undefined {
    return this.#rating;
  }

  /** Shows a rating (or, with undefined, nothing). @throws {RatingRuleError} for anything else */
  set rating(value: InspectionRating | undefined) {
    this.#rating = ratingArgument(value);
    this.#render();
  }

  /** @internal */
  connectedCallback(): void {
    this.#render();
  }

  /** @internal */
  attributeChangedCallback(): void {
    this.#render();
  }

  #render(): void {
    if (!this.isConnected) return;
    const doc = this.ownerDocument;
    const root = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const rating = this.#rating;
    const head = el(
      doc,
      'thead',
      {},
      el(
        doc,
        'tr',
        {},
        el(doc, 'th', { scope: 'col' }, 'Standard'),
        el(doc, 'th', { scope: 'col' }, 'Rating'),
        el(doc, 'th', { scope: 'col' }, 'How it was reached'),
      ),
    );
    root.replaceChildren(
      el(doc, 'style', {}, TABLE_CSS),
      ...(rating
        ? [
            el(
              doc,
              'table',
              { part: 'table', 'aria-label': this.getAttribute('label') || 'Ratings' },
              head,
              el(doc, 'tbody', {}, ...rows(doc, rating)),
            ),
          ]
        : []),
    );
  }
}
