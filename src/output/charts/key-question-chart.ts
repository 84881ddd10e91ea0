// The key-question chart of a case-sampled standard: each key question's % yes as a bar in its
// band's colour against the framework's band lines, with its figure and band written above it and
// the lowest (which drives the rating) outlined; whiskers where intervals are given; and the whole
// chart in words as its text alternative.
import type { Framework, KeyQuestionResult, Rating, StandardRating } from 'hmip-ratings';
import type { Markish as Mark } from '@observablehq/plot';
import type { ChartCall } from './chart-call.js';
import {
  joined,
  placeLabels,
  ratingWords,
  textWidth,
  wrapText,
  type LabelLayout,
  type PlacedLabel,
} from './chart-text.js';
import { fillOf } from './palette.js';
import { plotSvg, withTextAlternative, type PlotModule } from './svg.js';

/** A key-question band as a range of % yes: [from, to). */
export interface BandRange {
  readonly rating: Rating;
  readonly from: number;
  readonly to: number;
}

/** The key-question bands as ranges of % yes: [from, to) each, the last to 100. */
export function bandRanges(framework: Framework): BandRange[] {
  const bands = framework.keyQuestionBands;
  return bands.map((b, i) => ({
    rating: b.rating,
    from: b.from,
    to: bands[i + 1]?.from ?? 100,
  }));
}

/** "38% (3 of 8)", "38%", "no applicable cases". */
function figureWords(f: KeyQuestionResult): string {
  if (f.empty) return 'no applicable cases';
  if (f.percent === undefined) return 'no figure';
  return f.yes !== undefined && f.of !== undefined
    ? `${f.percent}% (${f.yes} of ${f.of})`
    : `${f.percent}%`;
}

/** "14.7%" */
const shareWords = (share: number) => `${(100 * share).toFixed(1)}%`;

/** The chart's scale (% yes from 0 to 100 across the width), margins and type sizes. */
export interface PercentScale {
  readonly width: number;
  /** The size of the key questions' labels. */
  readonly size: number;
  /** The size of the band names and the axis. */
  readonly small: number;
  readonly lineHeight: number;
  readonly margin: { readonly left: number; readonly right: number; readonly bottom: number };
  readonly x0: number;
  readonly x1: number;
  readonly px: (v: number) => number;
  readonly fromPx: (p: number) => number;
}

export function percentScale(width: number, left = 10): PercentScale {
  const narrow = width < 480;
  const size = narrow ? 12 : 13;
  const margin = { left, right: narrow ? 18 : 22, bottom: 42 };
  const x0 = margin.left;
  const x1 = width - margin.right;
  return {
    width,
    size,
    small: narrow ? 10.5 : 11,
    lineHeight: size + 4,
    margin,
    x0,
    x1,
    px: (v: number) => x0 + ((x1 - x0) * v) / 100,
    fromPx: (p: number) => ((p - x0) / (x1 - x0)) * 100,
  };
}

/** The band names above the plot and the top of the plot under them. */
export interface BandHeadings {
  readonly labels: LabelLayout;
  readonly line: number;
  readonly rowHeight: number;
  readonly top: number;
}

/** Band names, each centred on its band, wrapped or on more rows when narrow. */
export function bandHeadings(scale: PercentScale, ranges: readonly BandRange[]): BandHeadings {
  const { px, small } = scale;
  const labels = placeLabels(
    ranges.map((r) => ({
      text: r.rating,
      centre: px((r.from + r.to) / 2),
      span: px(r.to) - px(r.from),
    })),
    small,
    0,
    scale.width,
  );
  const line = small + 3;
  const rowHeight = labels.lines * line + 2;
  return { labels, line, rowHeight, top: 8 + labels.rows * rowHeight + 6 };
}

/** The band names as a text mark, each at the place `bandHeadings` found for it. */
export function bandHeadingText(
  Plot: PlotModule,
  scale: PercentScale,
  headings: BandHeadings,
): Mark {
  return Plot.text(headings.labels.placed, {
    x: (d: PlacedLabel) => scale.fromPx(d.left),
    y: (d: PlacedLabel) => 8 + d.row * headings.rowHeight,
    text: joined,
    textAnchor: 'start',
    lineAnchor: 'top',
    lineHeight: headings.line / scale.small,
    fontSize: scale.small,
    fill: '#333333',
  });
}

const BAR_HEIGHT = 20;

/** A key question's label (its lines) and bar, in pixels from the top. */
interface KeyQuestionRow {
  readonly f: KeyQuestionResult;
  readonly isLowest: boolean;
  readonly lines: readonly string[];
  readonly labelTop: number;
  readonly barTop: number;
  readonly barMid: number;
  readonly interval: { readonly lower: number; readonly upper: number } | undefined;
}

/** Each key question's label above its bar, top to bottom, and the bottom of the plot. */
function keyQuestionRows(
  c: ChartCall,
  s: StandardRating,
  scale: PercentScale,
  top: number,
): { readonly rows: KeyQuestionRow[]; readonly plotBottom: number } {
  const { size, lineHeight, x0, x1 } = scale;
  const lowest = s.lowest?.keyQuestion;
  let y = top + 6;
  const rows = s.keyQuestions.map((f) => {
    const isLowest = f.keyQuestion === lowest;
    const words = [f.keyQuestion, figureWords(f), ...(f.band ? [f.band] : [])].join(' · ');
    const lines = wrapText(`${words}${isLowest ? ' · lowest' : ''}`, x1 - x0, size, isLowest);
    const labelTop = y;
    const barTop = labelTop + lines.length * lineHeight + 3;
    y = barTop + BAR_HEIGHT + 16;
    const interval = c.intervals?.get(f.keyQuestion);
    return { f, isLowest, lines, labelTop, barTop, barMid: barTop + BAR_HEIGHT / 2, interval };
  });
  return { rows, plotBottom: y - 8 };
}

/** A piece of a band line, at a threshold of % yes. */
interface BandLine {
  readonly x: number;
  readonly y1: number;
  readonly y2: number;
}

/** Each band line from the band names down to the axis, with a gap where a label crosses it. */
function bandLines(
  scale: PercentScale,
  rows: readonly KeyQuestionRow[],
  thresholds: readonly number[],
  top: number,
  plotBottom: number,
): BandLine[] {
  const { x0, size, lineHeight, px } = scale;
  const labelRight = (r: KeyQuestionRow) =>
    x0 + 4 + Math.max(...r.lines.map((l) => textWidth(l, size, r.isLowest))) + 4;
  return thresholds.flatMap((x) =>
    rows.map((r, i) => ({
      x,
      y1:
        px(x) <= labelRight(r)
          ? r.labelTop + r.lines.length * lineHeight
          : i === 0
            ? top
            : r.labelTop,
      y2: rows[i + 1]?.labelTop ?? plotBottom,
    })),
  );
}

/** Where everything of the chart goes. */
interface KeyQuestionLayout {
  readonly scale: PercentScale;
  readonly ranges: readonly BandRange[];
  readonly headings: BandHeadings;
  readonly rows: readonly KeyQuestionRow[];
  readonly plotBottom: number;
  readonly thresholds: readonly number[];
  readonly lines: readonly BandLine[];
}

function keyQuestionLayout(c: ChartCall, s: StandardRating): KeyQuestionLayout {
  const scale = percentScale(c.width);
  const ranges = bandRanges(c.framework);
  const headings = bandHeadings(scale, ranges);
  const { rows, plotBottom } = keyQuestionRows(c, s, scale, headings.top);
  const thresholds = ranges.slice(1).map((r) => r.from);
  const lines = bandLines(scale, rows, thresholds, headings.top, plotBottom);
  return { scale, ranges, headings, rows, plotBottom, thresholds, lines };
}

/** The band lines, the band names and the bars, the lowest outlined, and the axis line. */
function barMarks(Plot: PlotModule, l: KeyQuestionLayout): Mark[] {
  const { scale, headings } = l;
  const bars = l.rows.filter((r) => !r.f.empty && r.f.percent !== undefined);
  return [
    // the band lines behind the bars, broken where a key question's label is written
    Plot.ruleX(l.lines, {
      x: 'x',
      y1: 'y1',
      y2: 'y2',
      stroke: '#4d4d4d',
      strokeDasharray: '4 3',
    }),
    bandHeadingText(Plot, scale, headings),
    Plot.rect(bars, {
      x1: () => 0,
      x2: (d: KeyQuestionRow) => d.f.percent,
      y1: (d: KeyQuestionRow) => d.barTop,
      y2: (d: KeyQuestionRow) => d.barTop + BAR_HEIGHT,
      fill: (d: KeyQuestionRow) => fillOf(d.f.band),
      stroke: (d: KeyQuestionRow) => (d.isLowest ? '#000000' : 'none'),
      strokeWidth: 2.5,
    }),
    // the band lines again, thin and light, so a threshold shows where a bar crosses it
    Plot.ruleX(l.lines, {
      x: 'x',
      y1: 'y1',
      y2: 'y2',
      stroke: '#ffffff',
      strokeOpacity: 0.7,
      strokeDasharray: '4 3',
    }),
    Plot.ruleX([0], { y1: headings.top, y2: l.plotBottom, stroke: '#000000' }),
  ];
}

/** Whiskers of the intervals: a black line on a white halo, so they show on every fill. */
function whiskerMarks(Plot: PlotModule, rows: readonly KeyQuestionRow[]): Mark[] {
  const whiskers = rows.flatMap((r) =>
    r.interval ? [{ ...r, low: 100 * r.interval.lower, high: 100 * r.interval.upper }] : [],
  );
  const ends = whiskers.flatMap((w) => [w.low, w.high].map((v) => ({ v, mid: w.barMid })));
  type End = (typeof ends)[number];
  return [
    Plot.ruleY(whiskers, {
      y: 'barMid',
      x1: 'low',
      x2: 'high',
      stroke: '#ffffff',
      strokeWidth: 3.5,
    }),
    Plot.ruleX(ends, {
      x: 'v',
      y1: (d: End) => d.mid - 7,
      y2: (d: End) => d.mid + 7,
      stroke: '#ffffff',
      strokeWidth: 4,
    }),
    Plot.ruleY(whiskers, {
      y: 'barMid',
      x1: 'low',
      x2: 'high',
      stroke: '#000000',
      strokeWidth: 1.5,
    }),
    Plot.ruleX(ends, {
      x: 'v',
      y1: (d: End) => d.mid - 6,
      y2: (d: End) => d.mid + 6,
      stroke: '#000000',
      strokeWidth: 1.5,
    }),
  ];
}

/** Each key question's figure and band in words above its bar (the lowest in bold); the axis. */
function labelMarks(Plot: PlotModule, l: KeyQuestionLayout): Mark[] {
  const { size, small, lineHeight, margin } = l.scale;
  return [
    ...[false, true].map((bold) =>
      Plot.text(
        l.rows.filter((r) => r.isLowest === bold),
        {
          x: () => 0,
          dx: 4,
          y: 'labelTop',
          text: joined,
          textAnchor: 'start',
          lineAnchor: 'top',
          lineHeight: lineHeight / size,
          fontSize: size,
          fontWeight: bold ? 'bold' : 'normal',
          fill: '#111111',
        },
      ),
    ),
    Plot.axisX({
      ticks: [...new Set([0, ...l.thresholds, 100])],
      tickFormat: (d: number) => `${d}%`,
      anchor: 'bottom',
      label: null,
      fontSize: small,
    }),
    Plot.text(['% of cases answered yes'], {
      frameAnchor: 'bottom',
      dy: margin.bottom - 8,
      fontSize: small,
      fill: '#333333',
    }),
  ];
}

/** Every figure, the standard's rating and the bands in words. */
function keyQuestionDescription(
  s: StandardRating,
  rows: readonly KeyQuestionRow[],
  ranges: readonly BandRange[],
): string {
  const bands = ranges
    .map((r, i) =>
      i === 0
        ? `${r.rating} below ${r.to}%`
        : i === ranges.length - 1
          ? `${r.rating} from ${r.from}%`
          : `${r.rating} from ${r.from}% to ${r.to}%`,
    )
    .join(', ');
  return [
    ...rows.map(
      (r) =>
        `${r.f.keyQuestion}: ${figureWords(r.f)}${r.f.band ? `, ${r.f.band}` : ''}${r.isLowest ? ', the lowest' : ''}${r.interval ? `, interval ${shareWords(r.interval.lower)} to ${shareWords(r.interval.upper)}` : ''}.`,
    ),
    `Standard rated ${ratingWords(s.rating)}${s.discretion && s.discretion.direction !== 'unchanged' ? ` (${s.discretion.direction} by the panel from ${s.discretion.from})` : ''}.`,
    `Bands: ${bands}.`,
  ].join(' ');
}

/** The key-question chart of a checked call's standard. */
export function drawKeyQuestionChart(
  Plot: PlotModule,
  c: ChartCall,
  s: StandardRating,
): SVGSVGElement {
  const l = keyQuestionLayout(c, s);
  const { scale } = l;
  const svg = plotSvg(Plot, {
    document: c.document,
    width: scale.width,
    height: l.plotBottom + scale.margin.bottom,
    marginLeft: scale.x0,
    marginRight: scale.margin.right,
    marginTop: l.headings.top,
    marginBottom: scale.margin.bottom,
    x: { domain: [0, 100], range: [scale.x0, scale.x1] },
    y: { type: 'identity', axis: null },
    marks: [...barMarks(Plot, l), ...whiskerMarks(Plot, l.rows), ...labelMarks(Plot, l)],
  });
  return withTextAlternative(
    c.document,
    svg,
    `${s.standard} ${s.name}: % yes by key question`,
    keyQuestionDescription(s, l.rows, l.ranges),
  );
}
