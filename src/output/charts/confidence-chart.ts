// The confidence chart of the board report: each key question's exact interval as a line from
// its lower to its upper end, its "% yes" as a dot in its band's colour, against the framework's
// bands (tinted, with dashed lines at the thresholds and their names above), so a reader sees at
// once which figures could lie in another band. The interval table stays beside it as its
// accessible alternative; the chart's <desc> gives every interval in words.
import type { Framework } from 'hmip-ratings';
import type { RatingIntervals } from 'hmip-ratings/confidence';
import type { Markish as Mark } from '@observablehq/plot';
import { textWidth } from './chart-text.js';
import {
  bandHeadingText,
  bandHeadings,
  bandRanges,
  percentScale,
  type BandHeadings,
  type BandRange,
  type PercentScale,
} from './key-question-chart.js';
import { fillOf } from './palette.js';
import { plotSvg, withTextAlternative, type PlotModule } from './svg.js';

const ROW = 24;
const STANDARD_GAP = 10;

/** One key question's row: its interval in % and where it is drawn. */
interface IntervalRow {
  readonly keyQuestion: string;
  readonly standard: string;
  readonly y: number;
  readonly low: number;
  readonly high: number;
  readonly percent: number;
  readonly band: BandRange['rating'];
  readonly sentence: string;
  /** "38%" beside the interval, where it fits: its x in % and its anchor. */
  readonly figure?: { readonly x: number; readonly anchor: 'start' | 'end' };
}

interface IntervalLayout {
  readonly scale: PercentScale;
  readonly ranges: readonly BandRange[];
  readonly headings: BandHeadings;
  readonly rows: readonly IntervalRow[];
  readonly plotBottom: number;
}

/** Where the figure's words go: right of the interval, else left of it, else nowhere. */
function figurePlace(scale: PercentScale, low: number, high: number, words: string) {
  const w = textWidth(words, scale.small) + 6;
  if (scale.px(high) + w <= scale.width - 2) return { x: high, anchor: 'start' as const };
  if (scale.px(low) - w >= scale.x0) return { x: low, anchor: 'end' as const };
  return undefined;
}

function intervalLayout(width: number, intervals: RatingIntervals, f: Framework): IntervalLayout {
  const shown = intervals.keyQuestions.flatMap((k) =>
    k.interval ? [{ ...k, i: k.interval }] : [],
  );
  const size = width < 480 ? 12 : 13;
  const labelWidth = Math.max(0, ...shown.map((k) => textWidth(k.keyQuestion, size, true))) + 12;
  const scale = percentScale(width, Math.ceil(labelWidth));
  const ranges = bandRanges(f);
  const headings = bandHeadings(scale, ranges);
  let y = headings.top + 6;
  let standard = shown[0]?.standard;
  const rows = shown.map((k): IntervalRow => {
    if (k.standard !== standard) y += STANDARD_GAP;
    standard = k.standard;
    const row = {
      keyQuestion: k.keyQuestion,
      standard: k.standard,
      y: y + ROW / 2,
      low: 100 * k.i.lower,
      high: 100 * k.i.upper,
      percent: k.i.percent,
      band: k.i.band,
      sentence: k.i.sentence,
    };
    y += ROW;
    const figure = figurePlace(scale, row.low, row.high, `${row.percent}%`);
    return figure ? { ...row, figure } : row;
  });
  return { scale, ranges, headings, rows, plotBottom: y + 4 };
}

/** The bands tinted and named, the thresholds dashed. */
function bandMarks(Plot: PlotModule, l: IntervalLayout): Mark[] {
  const { scale, headings } = l;
  return [
    Plot.rect(l.ranges, {
      x1: 'from',
      x2: 'to',
      y1: () => headings.top,
      y2: () => l.plotBottom,
      fill: (r: BandRange) => fillOf(r.rating),
      fillOpacity: 0.22,
    }),
    Plot.ruleX(
      l.ranges.slice(1).map((r) => r.from),
      { y1: headings.top, y2: l.plotBottom, stroke: '#4d4d4d', strokeDasharray: '4 3' },
    ),
    bandHeadingText(Plot, scale, headings),
  ];
}

/** Each interval: a black line on a white halo, end ticks, the figure as a dot in its band's colour. */
function intervalMarks(Plot: PlotModule, l: IntervalLayout): Mark[] {
  const ends = l.rows.flatMap((r) => [r.low, r.high].map((x) => ({ x, y: r.y })));
  type End = (typeof ends)[number];
  const line = (stroke: string, strokeWidth: number) =>
    Plot.ruleY(l.rows, { y: 'y', x1: 'low', x2: 'high', stroke, strokeWidth });
  const tick = (stroke: string, half: number, strokeWidth: number) =>
    Plot.ruleX(ends, {
      x: 'x',
      y1: (d: End) => d.y - half,
      y2: (d: End) => d.y + half,
      stroke,
      strokeWidth,
    });
  return [
    line('#ffffff', 5),
    tick('#ffffff', 7, 4),
    line('#000000', 2),
    tick('#000000', 6, 1.5),
    Plot.dot(l.rows, {
      x: 'percent',
      y: 'y',
      r: 5.5,
      fill: (r: IntervalRow) => fillOf(r.band),
      stroke: '#000000',
      strokeWidth: 1.5,
    }),
  ];
}

/** The key questions' ids, the figures beside their intervals, the axis and its label. */
function labelMarks(Plot: PlotModule, l: IntervalLayout, level: string): Mark[] {
  const { scale } = l;
  const placed = l.rows.filter((r) => r.figure);
  return [
    Plot.text(l.rows, {
      x: () => 0,
      dx: -8,
      y: 'y',
      text: 'keyQuestion',
      textAnchor: 'end',
      fontSize: scale.size,
      fontWeight: 'bold',
      fill: '#111111',
    }),
    ...(['start', 'end'] as const).map((anchor) =>
      Plot.text(
        placed.filter((r) => r.figure?.anchor === anchor),
        {
          x: (r: IntervalRow) => r.figure?.x,
          dx: anchor === 'start' ? 6 : -6,
          y: 'y',
          text: (r: IntervalRow) => `${r.percent}%`,
          textAnchor: anchor,
          fontSize: scale.small,
          fill: '#111111',
          stroke: '#ffffff',
          strokeWidth: 3,
        },
      ),
    ),
    Plot.axisX({
      ticks: [...new Set([0, ...l.ranges.slice(1).map((r) => r.from), 100])],
      tickFormat: (d: number) => `${d}%`,
      anchor: 'bottom',
      label: null,
      fontSize: scale.small,
    }),
    Plot.text([`% yes, with its ${level} interval`], {
      frameAnchor: 'bottom',
      dy: scale.margin.bottom - 8,
      fontSize: scale.small,
      fill: '#333333',
    }),
  ];
}

/**
 * Every key question's interval against the framework's bands, drawn at `width` pixels, with its
 * text alternative; undefined when no key question has an interval.
 */
export function drawConfidenceChart(
  Plot: PlotModule,
  document: Document,
  width: number,
  intervals: RatingIntervals,
  framework: Framework,
): SVGSVGElement | undefined {
  const l = intervalLayout(width, intervals, framework);
  if (l.rows.length === 0) return undefined;
  const level = `${Math.round(intervals.level * 1000) / 10}%`;
  const { scale } = l;
  const svg = plotSvg(Plot, {
    document,
    width,
    height: l.plotBottom + scale.margin.bottom,
    marginLeft: scale.x0,
    marginRight: scale.margin.right,
    marginTop: l.headings.top,
    marginBottom: scale.margin.bottom,
    x: { domain: [0, 100], range: [scale.x0, scale.x1] },
    y: { type: 'identity', axis: null },
    marks: [...bandMarks(Plot, l), ...intervalMarks(Plot, l), ...labelMarks(Plot, l, level)],
  });
  const bands = l.ranges
    .slice(1)
    .map((r) => `${r.rating} from ${r.from}%`)
    .join(', ');
  return withTextAlternative(
    document,
    svg,
    `Each key question's % yes and its ${level} interval against the bands`,
    [
      ...l.rows.map((r) => `${r.keyQuestion}: ${r.sentence}.`),
      `The dashed lines are the band thresholds: ${bands}.`,
    ].join(' '),
  );
}
