// The score chart: the score as a mark on a strip of the framework's overall bands, each band
// named with its scores under the strip, the score and overall rating written above the mark, and
// the whole chart in words as its text alternative.
import { noOverallWords, type Framework, type InspectionRating, type Rating } from 'hmip-ratings';
import type { Markish as Mark } from '@observablehq/plot';
import type { ChartCall } from './chart-call.js';
import {
  joined,
  placeLabels,
  textWidth,
  wrapText,
  type LabelLayout,
  type PlacedLabel,
} from './chart-text.js';
import { RATING_FILL } from './palette.js';
import { plotSvg, withTextAlternative, type PlotModule } from './svg.js';

/** An overall band and the stretch of the line it covers. */
interface Segment {
  readonly rating: Rating;
  readonly from: number;
  readonly to: number;
  readonly lo: number;
  readonly hi: number;
}

/** The chart's scale (scores from the lowest band's start to the top across the width). */
interface ScoreScale {
  readonly width: number;
  readonly size: number;
  readonly lineHeight: number;
  readonly margin: { readonly left: number; readonly right: number };
  readonly x0: number;
  readonly x1: number;
  readonly start: number;
  readonly top: number;
  readonly px: (v: number) => number;
  readonly fromPx: (p: number) => number;
}

function scoreScale(width: number, rating: InspectionRating, framework: Framework): ScoreScale {
  const narrow = width < 480;
  const size = narrow ? 12 : 12.5;
  const bands = framework.overallBands;
  const top = Math.max(rating.maximum, bands[bands.length - 1]?.to ?? 0);
  const start = Math.min(0, bands[0]?.from ?? 0);
  const margin = { left: 10, right: 10 };
  const x0 = margin.left;
  const x1 = width - margin.right;
  return {
    width,
    size,
    lineHeight: size + 3,
    margin,
    x0,
    x1,
    start,
    top,
    px: (v: number) => x0 + ((x1 - x0) * (v - start)) / (top - start),
    fromPx: (p: number) => start + ((p - x0) / (x1 - x0)) * (top - start),
  };
}

/** The score and overall rating in words; for an incomplete rating, why there is neither. */
function headlineOf(rating: InspectionRating): string {
  const noOverall = noOverallWords(rating);
  return noOverall !== undefined
    ? `No score, ${noOverall}`
    : `Score ${rating.score} of ${rating.maximum}: ${rating.overall ?? ''}`;
}

/** The score to mark on the strip: none for an incomplete rating (a sum of some standards is no score). */
function markedScore(rating: InspectionRating): number | undefined {
  return rating.complete && rating.overall !== undefined ? rating.score : undefined;
}

const STRIP_HEIGHT = 28;

/** Where the headline, the strip of bands and the band names go, and the chart's height. */
interface ScoreLayout {
  readonly scale: ScoreScale;
  readonly segments: readonly Segment[];
  readonly headLines: readonly string[];
  readonly headLeft: number;
  readonly stripTop: number;
  readonly names: LabelLayout;
  readonly namesTop: number;
  readonly nameRow: number;
  readonly height: number;
}

function scoreLayout(c: ChartCall): ScoreLayout {
  const { width, rating, framework } = c;
  const scale = scoreScale(width, rating, framework);
  const { size, lineHeight, px, start, top } = scale;
  const bands = framework.overallBands;
  // Whole scores: a band from 7 to 18 covers 6.5 to 18.5 on the line.
  const segments = bands.map((b, i) => ({
    ...b,
    lo: i === 0 ? start : b.from - 0.5,
    hi: i === bands.length - 1 ? top : b.to + 0.5,
  }));
  const headLines = wrapText(headlineOf(rating), width, size + 1, true);
  const headWidth = Math.max(...headLines.map((l) => textWidth(l, size + 1, true)));
  const marked = markedScore(rating);
  const headLeft =
    marked === undefined ? 0 : Math.max(0, Math.min(width - headWidth, px(marked) - headWidth / 2));
  const stripTop = 6 + headLines.length * (lineHeight + 1) + 8;
  // Under the strip, each band's name and its scores.
  const names = placeLabels(
    segments.map((b) => ({
      text: `${b.rating} ${b.from === b.to ? b.from : `${b.from}–${b.to}`}`,
      centre: px((b.lo + b.hi) / 2),
      span: px(b.hi) - px(b.lo),
    })),
    size,
    0,
    width,
  );
  const namesTop = stripTop + STRIP_HEIGHT + 8;
  const nameRow = names.lines * lineHeight + 4;
  const height = Math.ceil(namesTop + names.rows * nameRow + 2);
  return { scale, segments, headLines, headLeft, stripTop, names, namesTop, nameRow, height };
}

/** The strip of bands with their names, the score's mark and the headline. */
function scoreMarks(Plot: PlotModule, l: ScoreLayout, score: number | undefined): Mark[] {
  const { size, lineHeight, fromPx } = l.scale;
  const { stripTop } = l;
  return [
    Plot.rect(l.segments, {
      x1: 'lo',
      x2: 'hi',
      y1: () => stripTop,
      y2: () => stripTop + STRIP_HEIGHT,
      fill: (d: Segment) => RATING_FILL[d.rating],
      stroke: '#ffffff',
    }),
    Plot.text(l.names.placed, {
      x: (d: PlacedLabel) => fromPx(d.left),
      y: (d: PlacedLabel) => l.namesTop + d.row * l.nameRow,
      text: joined,
      textAnchor: 'start',
      lineAnchor: 'top',
      lineHeight: lineHeight / size,
      fontSize: size,
      fill: '#111111',
    }),
    // the score: a black line on a white halo across the strip, the headline above it
    ...(score === undefined
      ? []
      : [
          Plot.ruleX([score], {
            y1: stripTop - 6,
            y2: stripTop + STRIP_HEIGHT + 4,
            stroke: '#ffffff',
            strokeWidth: 7,
          }),
          Plot.ruleX([score], {
            y1: stripTop - 6,
            y2: stripTop + STRIP_HEIGHT + 4,
            stroke: '#000000',
            strokeWidth: 3,
          }),
        ]),
    Plot.text([{ lines: l.headLines }], {
      x: () => fromPx(l.headLeft),
      y: () => 4,
      text: joined,
      textAnchor: 'start',
      lineAnchor: 'top',
      lineHeight: (lineHeight + 1) / (size + 1),
      fontSize: size + 1,
      fontWeight: 'bold',
      fill: '#111111',
    }),
  ];
}

/** The score, the overall bands and what is not in the score, in words. */
function scoreDescription(rating: InspectionRating, framework: Framework): string {
  const excluded =
    markedScore(rating) === undefined
      ? []
      : rating.excluded.map((e) => `${e.standard} (${e.reason})`);
  return `${headlineOf(rating)}. Overall bands: ${framework.overallBands
    .map((b) => `${b.rating} ${b.from} to ${b.to}`)
    .join(', ')}.${excluded.length > 0 ? ` Not in the score: ${excluded.join(', ')}.` : ''}`;
}

/** The score chart of a checked call. */
export function drawScoreChart(Plot: PlotModule, c: ChartCall): SVGSVGElement {
  const l = scoreLayout(c);
  const { scale } = l;
  const svg = plotSvg(Plot, {
    document: c.document,
    width: c.width,
    height: l.height,
    marginLeft: scale.x0,
    marginRight: scale.margin.right,
    marginTop: 0,
    marginBottom: 0,
    x: { domain: [scale.start, scale.top], range: [scale.x0, scale.x1], axis: null },
    y: { type: 'identity', axis: null },
    marks: scoreMarks(Plot, l, markedScore(c.rating)),
  });
  return withTextAlternative(
    c.document,
    svg,
    'The score against the overall bands',
    scoreDescription(c.rating, c.framework),
  );
}
