// What every chart shares: Plot's marks loaded on the first chart, a document to draw in where
// there is no browser, the text alternative that makes an SVG one image, and its markup.
import { isRecord } from 'hmip-ratings/toolkit';
import type * as PlotTypes from '@observablehq/plot';
import type * as PlotMarks from './plot-marks.js';

/** The Observable Plot functions the charts draw with (only these: see plot-marks.ts). */
export type PlotModule = typeof PlotMarks;

export const SVG_NS = 'http://www.w3.org/2000/svg';

/** A Plot chart as an SVG element (Plot returns a figure only with a legend, title or caption). */
export function plotSvg(Plot: PlotModule, options: PlotTypes.PlotOptions): SVGSVGElement {
  return Plot.plot(options) as unknown as SVGSVGElement;
}

/** The check of a chart function's `document` option. */
export const documentOption = (value: unknown): string | undefined =>
  isRecord(value) && typeof value['createElementNS'] === 'function'
    ? undefined
    : 'must be a DOM document: window.document in a browser, or a linkedom document in Node';

/** The Observable Plot functions the charts use, loaded on first use. */
export async function loadPlot(): Promise<PlotModule> {
  return import('./plot-marks.js');
}

/**
 * A DOM document for charts where there is no browser (Node): an empty linkedom document, loaded
 * on first use. In a browser, pass `window.document` instead.
 *
 * @example
 * const document = await serverDocument();
 * document.createElementNS('http://www.w3.org/2000/svg', 'svg').localName // => 'svg'
 * @category Charts
 */
export async function serverDocument(): Promise<Document> {
  const { parseHTML } = await import('linkedom');
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

/**
 * The chart's title and description added as its text alternative: the SVG becomes one image
 * (role="img") whose marks are not named parts of it (Plot's aria-labels inside an image are
 * prohibited, axe aria-prohibited-attr), and its groups are hidden from assistive technology.
 */
export function withTextAlternative(
  document: Document,
  svg: SVGSVGElement,
  title: string,
  description: string,
): SVGSVGElement {
  const desc = document.createElementNS(SVG_NS, 'desc');
  desc.textContent = description;
  const name = document.createElementNS(SVG_NS, 'title');
  name.textContent = title;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(name, svg.firstChild);
  svg.setAttribute('role', 'img');
  svg.removeAttribute('aria-label');
  // (lists by index: the tools floor is built without DOM.Iterable)
  const named = svg.querySelectorAll('[aria-label], [aria-description]');
  for (let i = 0; i < named.length; i++) {
    named.item(i)?.removeAttribute('aria-label');
    named.item(i)?.removeAttribute('aria-description');
  }
  for (let i = 0; i < svg.children.length; i++) {
    const part = svg.children.item(i);
    if (part?.localName === 'g') part.setAttribute('aria-hidden', 'true');
  }
  return svg;
}
