// Charts of a rating with Observable Plot, as SVG elements of any DOM document: the browser's
// (the page) or linkedom's (the command's HTML report, in Node). Plot is loaded with import() on
// the first chart, so nothing else in the package pays for it. Every mark is a Plot mark; this
// module only lays the marks out (sizes, label rows, wrapping) so the charts stay readable from a
// 390 px phone to an A4 page, and adds the text alternative (<title>, <desc>, role="img").
import {
  RatingRuleError,
  frameworks,
  inspectionRatingSchema,
  toolkit,
  type Framework,
  type InspectionRating,
  type KeyQuestionResult,
  type Rating,
  type RatingIntervals,
  type RatingIssue,
  type StandardRating,
} from 'hmip-ratings';
import type * as PlotTypes from '@observablehq/plot';
import { RATING_FILL, RATING_INK } from './palette.js';
import {
  SVG_NS,
  documentOption,
  loadPlot,
  serverDocument,
  withTextAlternative,
  type PlotModule,
} from './svg.js';

export { loadPlot, serverDocument } from './svg.js';

type Mark = PlotTypes.Markish;

const {
  argumentIssue,
  didYouMean,
  frameworkArgument,
  isRecord,
  issue,
  numberIn,
  optionIssues,
  quoteText,
} = toolkit;

/** The fill and text colour of a standard that was not rated (contrast 16 to 1). */
const NOT_RATED_FILL = '#e8e8e8';
const NOT_RATED_INK = '#111111';

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

/** The default width: about the width of a laptop's reading column. */
export const DEFAULT_CHART_WIDTH = 640;

// ---------------------------------------------------------------------------------------------
// Text layout: Plot does not measure text in Node (there is no layout engine), so widths are
// estimated from character classes: within 3% of DejaVu Sans (Debian's system-ui, wider than
// Segoe UI, San Francisco or Roboto) as Chromium measures it, plus 6% to spare.

const NARROW = new Set([..."iljftI.,:;'|!()[] r1"]);
const WIDE = new Set([...'mwMW%@']);

/** The estimated width in pixels of a line of text at a font size. */
function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const c of text)
    em += NARROW.has(c) ? 0.33 : WIDE.has(c) ? 0.92 : /[A-Z0-9]/.test(c) ? 0.7 : 0.6;
  return em * size * (bold ? 1.13 : 1) * 1.06;
}

/** Text broken at spaces into lines no wider than `width` (a single long word keeps its line). */
function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  lines.push(line);
  return lines;
}

/** A label placed so that it overlaps no other label of its row. */
interface PlacedLabel {
  readonly lines: readonly string[];
  /** The left end of the text, in pixels. */
  readonly left: number;
  readonly row: number;
}

/** Labels laid out on rows: each row is `lines` lines of text high. */
interface LabelLayout {
  readonly placed: readonly PlacedLabel[];
  readonly rows: number;
  readonly lines: number;
}

/**
 * Labels centred on their positions where there is room and kept inside [min, max]: on one row
 * if they fit, else each wrapped to the width of its span, else on as many rows as they need.
 */
function placeLabels(
  labels: readonly { readonly text: string; readonly centre: number; readonly span: number }[],
  size: number,
  min: number,
  max: number,
): LabelLayout {
  const place = (lines: readonly (readonly string[])[], multiRow: boolean) => {
    const rowEnds: number[] = [];
    const placed: PlacedLabel[] = [];
    for (const [i, { centre }] of labels.entries()) {
      const text = lines[i] as readonly string[];
      const width = Math.max(...text.map((l) => textWidth(l, size)));
      const left = Math.max(min, Math.min(max - width, centre - width / 2));
      let row = rowEnds.findIndex((end) => end + 6 <= left);
      if (row < 0) {
        if (!multiRow && rowEnds.length > 0) return undefined;
        row = rowEnds.push(-Infinity) - 1;
      }
      rowEnds[row] = left + width;
      placed.push({ lines: text, left, row });
    }
    return {
      placed,
      rows: rowEnds.length,
      lines: Math.max(1, ...placed.map((p) => p.lines.length)),
    };
  };
  const single = labels.map((l) => [l.text]);
  return (
    place(single, false) ??
    place(
      labels.map((l) => wrapText(l.text, l.span - 6, size)),
      false,
    ) ??
    (place(single, true) as LabelLayout)
  );
}

// ---------------------------------------------------------------------------------------------
// Checks

const CHART_OPTIONS = {
  document: documentOption,
  width: numberIn(240, 4000),
  framework: () => undefined, // checked with frameworkArgument
  intervals: () => undefined, // checked against the rating
};

const BUILT_IN = new Map<string, Framework>(Object.entries(frameworks));

/** A checked chart call: the rating, its framework, the document and the width. */
interface Checked {
  readonly rating: InspectionRating;
  readonly framework: Framework;
  readonly document: Document;
  readonly width: number;
  readonly intervals?: ReadonlyMap<string, { readonly lower: number; readonly upper: number }>;
}

/** The intervals by key question, or the problems that make them not this rating's. */
function intervalsOf(
  given: unknown,
  rating: InspectionRating,
): {
  readonly intervals?: Map<string, { lower: number; upper: number }>;
  readonly issues: RatingIssue[];
} {
  const path = ['options', 'intervals'];
  if (!isRecord(given) || !Array.isArray(given['keyQuestions']))
    return {
      issues: [argumentIssue('options.intervals', 'intervals from ratingIntervals', given)],
    };
  const figures = new Map<string, KeyQuestionResult>();
  for (const s of rating.standards) for (const f of s.keyQuestions) figures.set(f.keyQuestion, f);
  const intervals = new Map<string, { lower: number; upper: number }>();
  const issues: RatingIssue[] = [];
  for (const [i, row] of (given['keyQuestions'] as unknown[]).entries()) {
    if (!isRecord(row) || typeof row['keyQuestion'] !== 'string') {
      issues.push(issue('invalid-option', [...path, 'keyQuestions', i], 'not a key question row'));
      continue;
    }
    const interval = row['interval'];
    if (interval === undefined) continue; // a key question with a note and no interval
    const at = [...path, 'keyQuestions', i, 'interval'];
    const figure = figures.get(row['keyQuestion']);
    if (
      !isRecord(interval) ||
      typeof interval['lower'] !== 'number' ||
      typeof interval['upper'] !== 'number' ||
      !(interval['lower'] >= 0 && interval['lower'] <= interval['upper'] && interval['upper'] <= 1)
    )
      issues.push(issue('invalid-option', at, 'not an interval from ratingIntervals'));
    else if (!figure || figure.yes !== interval['yes'] || figure.of !== interval['of'])
      issues.push(
        issue(
          'invalid-option',
          at,
          `the intervals are not of this rating: key question ${quoteText(row['keyQuestion'])} ${figure ? `is ${figure.yes ?? '?'} of ${figure.of ?? '?'}` : 'is not in it'}`,
        ),
      );
    else
      intervals.set(row['keyQuestion'], {
        lower: interval['lower'],
        upper: interval['upper'],
      });
  }
  return issues.length > 0 ? { issues } : { intervals, issues };
}

/**
 * Every problem with a chart call, collected before any is thrown; the rating is checked against
 * the result schema and the framework must be the rating's.
 */
export function checkChartCall(
  rating: unknown,
  options: unknown,
  extra: RatingIssue[] = [],
): Checked {
  const issues = [...extra];
  if (!isRecord(options)) {
    issues.push(argumentIssue('options', '{ document, width?, framework? }', options));
    throw new RatingRuleError(issues);
  }
  issues.push(...optionIssues(options, CHART_OPTIONS));
  if (options['document'] === undefined)
    issues.push(
      issue('invalid-option', ['options', 'document'], 'a document is needed to draw in'),
    );
  const parsed = inspectionRatingSchema.safeParse(rating);
  if (!parsed.success) issues.push(argumentIssue('rating', 'a rating from rateInspection', rating));
  let framework: Framework | undefined;
  if (options['framework'] !== undefined) {
    const checked = frameworkArgument(options['framework'], 'options.framework');
    issues.push(...checked.issues.map((i) => ({ ...i, path: ['options', 'framework'] })));
    framework = checked.framework;
  } else if (parsed.success) {
    framework = BUILT_IN.get(parsed.data.framework.id);
    if (!framework)
      issues.push(
        issue(
          'invalid-option',
          ['options', 'framework'],
          `the rating is of framework ${quoteText(parsed.data.framework.id)}, which is not built in: pass it as options.framework`,
        ),
      );
  }
  if (parsed.success && framework && framework.id !== parsed.data.framework.id)
    issues.push(
      issue(
        'framework-mismatch',
        ['options', 'framework'],
        `the rating is for ${quoteText(parsed.data.framework.id)}, not ${quoteText(framework.id)}`,
      ),
    );
  const intervals =
    parsed.success && options['intervals'] !== undefined
      ? intervalsOf(options['intervals'], parsed.data as InspectionRating)
      : undefined;
  if (intervals) issues.push(...intervals.issues);
  if (issues.length > 0 || !parsed.success || !framework) throw new RatingRuleError(issues);
  return {
    rating: parsed.data as InspectionRating,
    framework,
    document: options['document'] as Document,
    width: (options['width'] as number | undefined) ?? DEFAULT_CHART_WIDTH,
    ...(intervals?.intervals && { intervals: intervals.intervals }),
  };
}

/** The problems with a standard id for the key-question chart. */
function standardIssues(rating: unknown, standard: unknown): RatingIssue[] {
  if (typeof standard !== 'string')
    return [argumentIssue('standard', 'a standard id such as "2.1"', standard)];
  const parsed = inspectionRatingSchema.safeParse(rating);
  if (!parsed.success) return [];
  const ids = parsed.data.standards
    .filter((s) => s.method === 'key-questions')
    .map((s) => s.standard);
  if (ids.includes(standard)) return [];
  const near = didYouMean(standard, ids);
  return [
    issue(
      'unknown-standard',
      ['standard'],
      `${quoteText(standard)} is not a standard rated from key questions in this rating${near ? `; did you mean "${near}"?` : ` (those are ${ids.join(', ') || 'none'})`}`,
    ),
  ];
}

// ---------------------------------------------------------------------------------------------
// Drawing

/** A Plot chart as an SVG element (Plot returns a figure only with a legend, title or caption). */
function plotSvg(Plot: PlotModule, options: PlotTypes.PlotOptions): SVGSVGElement {
  return Plot.plot(options) as unknown as SVGSVGElement;
}

const ratingWords = (rating: Rating | undefined) => rating ?? 'Not rated';
const fillOf = (rating: Rating | undefined) => (rating ? RATING_FILL[rating] : NOT_RATED_FILL);
const inkOf = (rating: Rating | undefined) => (rating ? RATING_INK[rating] : NOT_RATED_INK);

/** The key-question bands as ranges of % yes: [from, to) each, the last to 100. */
function bandRanges(framework: Framework) {
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

/** Text of a chart's label mark: lines joined for Plot, which splits them at newlines. */
const joined = (d: { readonly lines: readonly string[] }) => d.lines.join('\n');

function drawKeyQuestionChart(Plot: PlotModule, c: Checked, s: StandardRating): SVGSVGElement {
  const { width } = c;
  const narrow = width < 480;
  const size = narrow ? 12 : 13;
  const small = narrow ? 10.5 : 11;
  const margin = { left: 10, right: narrow ? 18 : 22, bottom: 42 };
  const x0 = margin.left;
  const x1 = width - margin.right;
  const px = (v: number) => x0 + ((x1 - x0) * v) / 100;
  const fromPx = (p: number) => ((p - x0) / (x1 - x0)) * 100;
  const ranges = bandRanges(c.framework);
  // Band names above the plot, each centred on its band, wrapped or on more rows when narrow.
  const bandLabels = placeLabels(
    ranges.map((r) => ({
      text: r.rating,
      centre: px((r.from + r.to) / 2),
      span: px(r.to) - px(r.from),
    })),
    small,
    0,
    width,
  );
  const bandLine = small + 3;
  const rowHeight = bandLabels.lines * bandLine + 2;
  const top = 8 + bandLabels.rows * rowHeight + 6;
  const lowest = s.lowest?.keyQuestion;
  const lineHeight = size + 4;
  const barHeight = 20;
  let y = top + 6;
  const rows = s.keyQuestions.map((f) => {
    const isLowest = f.keyQuestion === lowest;
    const words = [f.keyQuestion, figureWords(f), ...(f.band ? [f.band] : [])].join(' · ');
    const lines = wrapText(`${words}${isLowest ? ' · lowest' : ''}`, x1 - x0, size, isLowest);
    const labelTop = y;
    const barTop = labelTop + lines.length * lineHeight + 3;
    y = barTop + barHeight + 16;
    const interval = c.intervals?.get(f.keyQuestion);
    return { f, isLowest, lines, labelTop, barTop, barMid: barTop + barHeight / 2, interval };
  });
  type Row = (typeof rows)[number];
  const plotBottom = y - 8;
  const height = plotBottom + margin.bottom;
  const bars = rows.filter((r) => !r.f.empty && r.f.percent !== undefined);
  const whiskers = rows.flatMap((r) =>
    r.interval ? [{ ...r, low: 100 * r.interval.lower, high: 100 * r.interval.upper }] : [],
  );
  const ends = whiskers.flatMap((w) => [w.low, w.high].map((v) => ({ v, mid: w.barMid })));
  type End = (typeof ends)[number];
  const thresholds = ranges.slice(1).map((r) => r.from);
  // Each band line runs from the band names down to the axis, with a gap where a label crosses it.
  const labelRight = (r: Row) =>
    x0 + 4 + Math.max(...r.lines.map((l) => textWidth(l, size, r.isLowest))) + 4;
  const gridLines = thresholds.flatMap((x) =>
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
  const marks: Mark[] = [
    // the band lines behind the bars, broken where a key question's label is written
    Plot.ruleX(gridLines, {
      x: 'x',
      y1: 'y1',
      y2: 'y2',
      stroke: '#4d4d4d',
      strokeDasharray: '4 3',
    }),
    Plot.text(bandLabels.placed, {
      x: (d: PlacedLabel) => fromPx(d.left),
      y: (d: PlacedLabel) => 8 + d.row * rowHeight,
      text: joined,
      textAnchor: 'start',
      lineAnchor: 'top',
      lineHeight: bandLine / small,
      fontSize: small,
      fill: '#333333',
    }),
    Plot.rect(bars, {
      x1: () => 0,
      x2: (d: Row) => d.f.percent,
      y1: (d: Row) => d.barTop,
      y2: (d: Row) => d.barTop + barHeight,
      fill: (d: Row) => fillOf(d.f.band),
      stroke: (d: Row) => (d.isLowest ? '#000000' : 'none'),
      strokeWidth: 2.5,
    }),
    // the band lines again, thin and light, so a threshold shows where a bar crosses it
    Plot.ruleX(gridLines, {
      x: 'x',
      y1: 'y1',
      y2: 'y2',
      stroke: '#ffffff',
      strokeOpacity: 0.7,
      strokeDasharray: '4 3',
    }),
    Plot.ruleX([0], { y1: top, y2: plotBottom, stroke: '#000000' }),
    // whiskers: a black line on a white halo, so they show on every fill
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
    // each key question's figure and band in words above its bar, the lowest in bold
    ...[false, true].map((bold) =>
      Plot.text(
        rows.filter((r) => r.isLowest === bold),
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
      ticks: [...new Set([0, ...thresholds, 100])],
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
  const svg = plotSvg(Plot, {
    document: c.document,
    width,
    height,
    marginLeft: x0,
    marginRight: margin.right,
    marginTop: top,
    marginBottom: margin.bottom,
    x: { domain: [0, 100], range: [x0, x1] },
    y: { type: 'identity', axis: null },
    marks,
  });
  const bands = ranges
    .map((r, i) =>
      i === 0
        ? `${r.rating} below ${r.to}%`
        : i === ranges.length - 1
          ? `${r.rating} from ${r.from}%`
          : `${r.rating} from ${r.from}% to ${r.to}%`,
    )
    .join(', ');
  const description = [
    ...rows.map(
      (r) =>
        `${r.f.keyQuestion}: ${figureWords(r.f)}${r.f.band ? `, ${r.f.band}` : ''}${r.isLowest ? ', the lowest' : ''}${r.interval ? `, interval ${shareWords(r.interval.lower)} to ${shareWords(r.interval.upper)}` : ''}.`,
    ),
    `Standard rated ${ratingWords(s.rating)}${s.discretion && s.discretion.direction !== 'unchanged' ? ` (${s.discretion.direction} by the panel from ${s.discretion.from})` : ''}.`,
    `Bands: ${bands}.`,
  ].join(' ');
  return withTextAlternative(
    c.document,
    svg,
    `${s.standard} ${s.name}: % yes by key question`,
    description,
  );
}

/** How many cells a grid row holds: as many as fit at `least` pixels, balanced across rows. */
function gridColumns(most: number, room: number, least: number): number {
  const fit = Math.max(1, Math.min(most, Math.floor(room / least)));
  return Math.ceil(most / Math.ceil(most / fit));
}

function drawRatingGrid(Plot: PlotModule, c: Checked): SVGSVGElement {
  const { width, rating } = c;
  const narrow = width < 520;
  const size = narrow ? 12 : 12.5;
  const lineHeight = size + 3;
  const gap = 4;
  const pad = 7;
  const domains: { id: string; name: string; standards: StandardRating[] }[] = [];
  for (const s of rating.standards) {
    const last = domains[domains.length - 1];
    if (last && last.id === s.domain) last.standards.push(s);
    else domains.push({ id: s.domain, name: s.domainName, standards: [s] });
  }
  const most = Math.max(1, ...domains.map((d) => d.standards.length));
  // Wide: the domain names in a column on the left. Narrow: each domain's name above its cells.
  const labelWidth = narrow
    ? 0
    : Math.min(
        180,
        Math.max(0, ...domains.map((d) => textWidth(`${d.id}. ${d.name}`, size, true))) + 14,
      );
  const columns = gridColumns(most, width - labelWidth, narrow ? 150 : 120);
  const cellWidth = (width - labelWidth - gap * (columns - 1)) / columns;
  const cells: {
    s: StandardRating;
    x: number;
    y: number;
    h: number;
    name: string[];
    words: string[];
  }[] = [];
  const labels: { lines: string[]; y: number }[] = [];
  let y = 0;
  for (const d of domains) {
    const title = wrapText(`${d.id}. ${d.name}`, narrow ? width : labelWidth - 14, size, true);
    if (narrow) {
      labels.push({ lines: title, y });
      y += title.length * lineHeight + 4;
    } else labels.push({ lines: title, y: y + pad });
    for (let start = 0; start < d.standards.length; start += columns) {
      const chunk = d.standards.slice(start, start + columns).map((s) => {
        const name = wrapText(`${s.standard} ${s.name}`, cellWidth - 2 * pad, size);
        const words = [
          ...wrapText(ratingWords(s.rating), cellWidth - 2 * pad, size, true),
          ...(s.countsTowardOverall ? [] : ['(not in the score)']),
        ];
        return { s, name, words };
      });
      const h =
        Math.max(...chunk.map((t) => t.name.length + t.words.length)) * lineHeight + 2 * pad;
      chunk.forEach((t, i) => cells.push({ ...t, x: labelWidth + i * (cellWidth + gap), y, h }));
      y += h + gap;
    }
    y += narrow ? 10 : 4;
  }
  const height = Math.ceil(y - (narrow ? 10 : 4) - gap);
  type Cell = (typeof cells)[number];
  const marks: Mark[] = [
    Plot.rect(cells, {
      x1: 'x',
      x2: (d: Cell) => d.x + cellWidth,
      y1: 'y',
      y2: (d: Cell) => d.y + d.h,
      fill: (d: Cell) => fillOf(d.s.rating),
      stroke: (d: Cell) => (d.s.rating ? 'none' : '#767676'),
    }),
    // the standard's name, then its rating in bold: the rating is always written
    Plot.text(cells, {
      x: (d: Cell) => d.x + pad,
      y: (d: Cell) => d.y + pad,
      text: (d: Cell) => d.name.join('\n'),
      textAnchor: 'start',
      lineAnchor: 'top',
      lineHeight: lineHeight / size,
      fontSize: size,
      fill: (d: Cell) => inkOf(d.s.rating),
    }),
    Plot.text(cells, {
      x: (d: Cell) => d.x + pad,
      y: (d: Cell) => d.y + pad + d.name.length * lineHeight,
      text: (d: Cell) => d.words.join('\n'),
      textAnchor: 'start',
      lineAnchor: 'top',
      lineHeight: lineHeight / size,
      fontSize: size,
      fontWeight: 'bold',
      fill: (d: Cell) => inkOf(d.s.rating),
    }),
    Plot.text(labels, {
      x: () => 0,
      y: 'y',
      text: joined,
      textAnchor: 'start',
      lineAnchor: 'top',
      lineHeight: lineHeight / size,
      fontSize: size,
      fontWeight: 'bold',
      fill: '#111111',
    }),
  ];
  const svg = plotSvg(Plot, {
    document: c.document,
    width,
    height,
    margin: 0,
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks,
  });
  const description = domains
    .map(
      (d) =>
        `${d.id}. ${d.name}: ${d.standards
          .map(
            (s) =>
              `${s.standard} ${s.name} ${ratingWords(s.rating)}${s.countsTowardOverall ? '' : ' (not in the score)'}`,
          )
          .join('; ')}.`,
    )
    .join(' ');
  return withTextAlternative(c.document, svg, 'The rating of every standard', description);
}

function drawScoreChart(Plot: PlotModule, c: Checked): SVGSVGElement {
  const { width, rating, framework } = c;
  const narrow = width < 480;
  const size = narrow ? 12 : 12.5;
  const lineHeight = size + 3;
  const bands = framework.overallBands;
  const top = Math.max(rating.maximum, bands[bands.length - 1]?.to ?? 0);
  const start = Math.min(0, bands[0]?.from ?? 0);
  const margin = { left: 10, right: 10 };
  const x0 = margin.left;
  const x1 = width - margin.right;
  const px = (v: number) => x0 + ((x1 - x0) * (v - start)) / (top - start);
  const fromPx = (p: number) => start + ((p - x0) / (x1 - x0)) * (top - start);
  // Whole scores: a band from 7 to 18 covers 6.5 to 18.5 on the line.
  const segments = bands.map((b, i) => ({
    ...b,
    lo: i === 0 ? start : b.from - 0.5,
    hi: i === bands.length - 1 ? top : b.to + 0.5,
  }));
  const headline = rating.overall
    ? `Score ${rating.score} of ${rating.maximum}: ${rating.overall}`
    : `Score ${rating.score} of ${rating.maximum}: no overall rating (incomplete)`;
  const headLines = wrapText(headline, width, size + 1, true);
  const headWidth = Math.max(...headLines.map((l) => textWidth(l, size + 1, true)));
  const headLeft = Math.max(0, Math.min(width - headWidth, px(rating.score) - headWidth / 2));
  const stripTop = 6 + headLines.length * (lineHeight + 1) + 8;
  const stripHeight = 28;
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
  const namesTop = stripTop + stripHeight + 8;
  const nameRow = names.lines * lineHeight + 4;
  const height = Math.ceil(namesTop + names.rows * nameRow + 2);
  const marks: Mark[] = [
    Plot.rect(segments, {
      x1: 'lo',
      x2: 'hi',
      y1: () => stripTop,
      y2: () => stripTop + stripHeight,
      fill: (d: (typeof segments)[number]) => RATING_FILL[d.rating],
      stroke: '#ffffff',
    }),
    Plot.text(names.placed, {
      x: (d: PlacedLabel) => fromPx(d.left),
      y: (d: PlacedLabel) => namesTop + d.row * nameRow,
      text: joined,
      textAnchor: 'start',
      lineAnchor: 'top',
      lineHeight: lineHeight / size,
      fontSize: size,
      fill: '#111111',
    }),
    // the score: a black line on a white halo across the strip, the headline above it
    Plot.ruleX([rating.score], {
      y1: stripTop - 6,
      y2: stripTop + stripHeight + 4,
      stroke: '#ffffff',
      strokeWidth: 7,
    }),
    Plot.ruleX([rating.score], {
      y1: stripTop - 6,
      y2: stripTop + stripHeight + 4,
      stroke: '#000000',
      strokeWidth: 3,
    }),
    Plot.text([{ lines: headLines }], {
      x: () => fromPx(headLeft),
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
  const svg = plotSvg(Plot, {
    document: c.document,
    width,
    height,
    marginLeft: x0,
    marginRight: margin.right,
    marginTop: 0,
    marginBottom: 0,
    x: { domain: [start, top], range: [x0, x1], axis: null },
    y: { type: 'identity', axis: null },
    marks,
  });
  const excluded = rating.excluded.map((e) => `${e.standard} (${e.reason})`);
  const description = `${headline}. Overall bands: ${bands
    .map((b) => `${b.rating} ${b.from} to ${b.to}`)
    .join(', ')}.${excluded.length > 0 ? ` Not in the score: ${excluded.join(', ')}.` : ''}`;
  return withTextAlternative(c.document, svg, 'The score against the overall bands', description);
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
export function drawRatingCharts(Plot: PlotModule, c: Checked): RatingCharts {
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
