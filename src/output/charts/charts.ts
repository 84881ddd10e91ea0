// Charts of a rating with Observable Plot, as SVG elements of any DOM document: the browser's
// (the page) or linkedom's (the command's HTML report, in Node). Plot is loaded with import() on
// the first chart, so nothing else in the package pays for it. Every mark is a Plot mark; the
// chart modules only lay the marks out (sizes, label rows, wrapping) so the charts stay readable
// from a 390 px phone to an A4 page, and add the text alternative (<title>, <desc>, role="img").
// This module holds the public functions: each checks its call, then loads Plot and draws.
import {
  RatingRuleError,
  type Framework,
  type InspectionRating,
  type StandardRating,
} from 'hmip-ratings';
import { type RatingIntervals } from 'hmip-ratings/confidence';
import { argumentIssue, isRecord } from 'hmip-ratings/toolkit';
import { checkChartCall, standardIssues, type ChartCall } from './chart-call.js';
import { drawKeyQuestionChart } from './key-question-chart.js';
import { drawRatingGrid } from './rating-grid.js';
import { drawScoreChart } from './score-chart.js';
import { SVG_NS, loadPlot, serverDocument, type PlotModule } from './svg.js';

export { loadPlot, serverDocument } from './svg.js';

/** Options of every chart. @category Charts */
export interface ChartOptions {
  /**
   * The document the SVG is made in: `window.document` in a browser. Without one (in Node), a
   * linkedom document is made, and linkedom loaded, on the first call (see `serverDocument`).
   */
  readonly document?: Document;
  /** The chart's width in pixels, from 240 to 4,000; 640 by default. Pass the container's width. */
  readonly width?: number;
  /**
   * The rating's framework, whose bands the charts draw; by default the built-in framework with
   * the rating's framework id. Needed for a framework from `defineFramework`.
   */
  readonly framework?: Framework;
}

/** Options of the key-question chart. @category Charts */
export interface KeyQuestionChartOptions extends ChartOptions {
  /** Intervals from `ratingIntervals` for the same rating: drawn as whiskers on the bars. */
  readonly intervals?: RatingIntervals;
}

/** Every chart of a rating. @category Charts */
export interface RatingCharts {
  /** Every standard's rating as a grid of domains (rows) and standards (cells). */
  readonly grid: SVGSVGElement;
  /** The score against the overall bands. */
  readonly score: SVGSVGElement;
  /** One chart per standard rated from key questions, in framework order. */
  readonly standards: readonly { readonly standard: string; readonly chart: SVGSVGElement }[];
}

// ---------------------------------------------------------------------------------------------
// The public functions

/** The options with linkedom's document where none is given (Node); anything else is checked later. */
async function withDocument(options: unknown): Promise<unknown> {
  return isRecord(options) && options['document'] === undefined
    ? { ...options, document: await serverDocument() }
    : options;
}

/**
 * A case-sampled standard's key questions as horizontal bars of % yes against the framework's
 * key-question band lines (50, 65 and 80 in the youth frameworks), each bar in its band's colour
 * with its figure and band written above it; the lowest, which drives the rating, is outlined
 * and labelled "lowest". With `intervals` (from `ratingIntervals`), each bar has whiskers.
 * The SVG has role="img", a <title> and a <desc> giving every figure in words.
 *
 * @param rating a rating from `rateInspection` or `rateCases`
 * @param standard the id of a standard rated from key questions, such as "2.1"
 * @throws {RatingRuleError} `invalid-argument` for a value that is not a rating or a standard id,
 * `unknown-standard` for a standard not rated from key questions, `invalid-option` for a missing
 * document, a bad width or intervals of another rating, `framework-mismatch`
 * @example
 * const document = await serverDocument();
 * const svg = await keyQuestionChart(rateInspection(cumberland2024), '2.1', { document, width: 390 });
 * svg.querySelector('title')?.textContent // => '2.1 Assessment: % yes by key question'
 * @category Charts
 */
export async function keyQuestionChart(
  rating: InspectionRating,
  standard: string,
  options: KeyQuestionChartOptions = {},
): Promise<SVGSVGElement> {
  const c = checkChartCall(rating, await withDocument(options), standardIssues(rating, standard));
  const s = c.rating.standards.find((x) => x.standard === standard) as StandardRating;
  return drawKeyQuestionChart(await loadPlot(), c, s);
}

/**
 * Every standard's rating as a coloured grid in the style of the reports' ratings table: a row
 * per domain, a cell per standard, its rating written in the cell (never colour alone).
 *
 * @throws {RatingRuleError} as `keyQuestionChart`
 * @example
 * const document = await serverDocument();
 * const svg = await ratingGridChart(rateInspection(cumberland2024), { document });
 * svg.querySelector('desc')?.textContent?.startsWith('1. Organisational delivery: 1.1 Governance and leadership Requires improvement') // => true
 * @category Charts
 */
export async function ratingGridChart(
  rating: InspectionRating,
  options: ChartOptions = {},
): Promise<SVGSVGElement> {
  const c = checkChartCall(rating, await withDocument(options));
  return drawRatingGrid(await loadPlot(), c);
}

/**
 * The score on a line of the framework's overall bands (0-6, 7-18, 19-30 and 31-36 in the youth
 * frameworks), with the score and overall rating written above its mark.
 *
 * @throws {RatingRuleError} as `keyQuestionChart`
 * @example
 * const document = await serverDocument();
 * const svg = await overallScoreChart(rateInspection(cumberland2024), { document });
 * svg.querySelector('desc')?.textContent?.split('.')[0] // => 'Score 12 of 36: Requires improvement'
 * @category Charts
 */
export async function overallScoreChart(
  rating: InspectionRating,
  options: ChartOptions = {},
): Promise<SVGSVGElement> {
  const c = checkChartCall(rating, await withDocument(options));
  return drawScoreChart(await loadPlot(), c);
}

/**
 * Every chart of a rating at once (the rating checked once): the grid, the score and one
 * key-question chart per case-sampled standard.
 *
 * @throws {RatingRuleError} as `keyQuestionChart`
 * @example
 * const document = await serverDocument();
 * const charts = await ratingCharts(rateInspection(cumberland2024), { document, width: 390 });
 * charts.standards.map((s) => s.standard).join(' ') // => '2.1 2.2 2.3 2.4 3.1 3.2 3.3'
 * @category Charts
 */
export async function ratingCharts(
  rating: InspectionRating,
  options: KeyQuestionChartOptions = {},
): Promise<RatingCharts> {
  const c = checkChartCall(rating, await withDocument(options));
  return drawRatingCharts(await loadPlot(), c);
}

/** Every chart of a checked call. */
export function drawRatingCharts(Plot: PlotModule, c: ChartCall): RatingCharts {
  return {
    grid: drawRatingGrid(Plot, c),
    score: drawScoreChart(Plot, c),
    standards: c.rating.standards
      .filter((s) => s.method === 'key-questions')
      .map((s) => ({ standard: s.standard, chart: drawKeyQuestionChart(Plot, c, s) })),
  };
}

/**
 * A chart as the text of a standalone SVG file (with its namespace), for saving as .svg or
 * putting in HTML. The element is not changed.
 *
 * @throws {RatingRuleError} `invalid-argument` for a value that is not an SVG element
 * @example
 * const document = await serverDocument();
 * svgMarkup(await ratingGridChart(rateInspection(cumberland2024), { document })).startsWith('<svg xmlns="http://www.w3.org/2000/svg"') // => true
 * @category Charts
 */
export function svgMarkup(svg: SVGSVGElement): string {
  if (
    !isRecord(svg) ||
    typeof (svg as { cloneNode?: unknown }).cloneNode !== 'function' ||
    String((svg as { localName?: unknown }).localName) !== 'svg'
  )
    throw new RatingRuleError([argumentIssue('svg', 'an SVG element from a chart', svg)]);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.removeAttribute('xmlns');
  const markup = copy.outerHTML;
  return `<svg xmlns="${SVG_NS}"${markup.slice(4)}`;
}
