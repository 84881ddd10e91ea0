// Trend charts with Observable Plot, as SVG elements of any DOM document: the browser's (the page)
// or linkedom's (the command's HTML report, in Node). Plot is loaded with import() on the first
// chart, so nothing else in the package pays for it. Lines are told apart by colour, symbol and a
// direct label; the framework's own bands are drawn as dashed lines and named; each point carries
// its interval as a whisker; each chart has a text alternative (<title>, <desc>, role="img").
import {
  RatingRuleError,
  auditTrendSchema,
  toolkit,
  type AuditTrend,
  type RatingIssue,
  type TrendChange,
} from 'hmip-ratings';
import type { Markish as Mark } from '@observablehq/plot';
import { SERIES_COLOURS } from './palette.js';
import {
  documentOption,
  loadPlot,
  serverDocument,
  withTextAlternative,
  type PlotModule,
} from './svg.js';

const { argumentIssue, isRecord, issue, numberIn, optionIssues } = toolkit;
const SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross', 'wye'] as const;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Options of `trendCharts`. @category Charts */
export interface TrendChartOptions {
  /**
   * The document the SVG is made in: `window.document` in a browser. Without one (in Node), a
   * linkedom document is made, and linkedom loaded, on the first call.
   */
  readonly document?: Document;
  /** Each chart's width in pixels, from 240 to 4,000; 640 by default. */
  readonly width?: number;
}

/** One trend chart: its SVG and its text alternative. @category Charts */
export interface TrendChart {
  /** `standard-2.1` (a standard's key questions), `domain-2` (a domain's standards) or `overall`. */
  readonly id: string;
  readonly title: string;
  /** The figures the chart shows, in words: the chart's <desc>. */
  readonly description: string;
  readonly svg: SVGSVGElement;
}

const CHART_OPTIONS = {
  document: documentOption,
  width: numberIn(240, 4000),
};

/** "15 Jan 2024", in UTC and English, the same everywhere. */
function dayText(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** One line of a chart: a series of values by audit, with intervals where known. */
interface Series {
  readonly id: string;
  readonly values: readonly {
    readonly date: string;
    readonly value?: number;
    readonly lower?: number;
    readonly upper?: number;
    readonly text: string;
  }[];
}

/** Direct labels' heights, moved apart so no two overlap (in the chart's units). */
function labelPlaces(
  ends: readonly { id: string; value: number }[],
  gap: number,
  top: number,
): Map<string, number> {
  const sorted = [...ends].sort((a, b) => a.value - b.value || a.id.localeCompare(b.id));
  const places: number[] = [];
  for (const [i, e] of sorted.entries())
    places.push(i === 0 ? e.value : Math.max(e.value, (places[i - 1] as number) + gap));
  // Pushed over the top: shift the whole run down.
  const over = (places[places.length - 1] ?? 0) - top;
  if (over > 0) for (let i = 0; i < places.length; i++) places[i] = (places[i] as number) - over;
  return new Map(sorted.map((e, i) => [e.id, places[i] as number]));
}

/** A chart of series over the audits' dates against bands, in Plot marks. */
function seriesChart(
  Plot: PlotModule,
  document: Document,
  width: number,
  dates: readonly string[],
  series: readonly Series[],
  scale: {
    readonly max: number;
    readonly label: string;
    readonly bands: readonly { readonly rating: string; readonly from: number }[];
  },
): SVGSVGElement {
  const height = 320;
  const gap = (scale.max * 16) / (height - 60);
  const x = dates.map(utc);
  const step = Math.max(1, Math.ceil(dates.length / Math.max(2, Math.floor(width / 110))));
  const ticks = x.filter((_, i) => i % step === 0 || i === x.length - 1);
  const spread = Math.min(8, 40 / Math.max(1, series.length));
  const ends = series.flatMap((s) => {
    const last = [...s.values].reverse().find((v) => v.value !== undefined);
    return last ? [{ id: s.id, value: last.value as number, date: last.date }] : [];
  });
  const places = labelPlaces(ends, gap, scale.max);
  const bandLabels = scale.bands.map((b, i) => ({
    text: b.rating,
    y: (b.from + (scale.bands[i + 1]?.from ?? scale.max)) / 2,
  }));
  const marks: Mark[] = [
    Plot.ruleY(
      scale.bands.filter((b) => b.from > 0),
      { y: 'from', stroke: '#555555', strokeDasharray: '4 3' },
    ),
    // The bands' names, under the lines, with a white halo so they stay readable.
    Plot.text(bandLabels, {
      y: 'y',
      text: 'text',
      frameAnchor: 'left',
      textAnchor: 'start',
      dx: 4,
      fill: '#444444',
      stroke: '#ffffff',
      strokeWidth: 3,
      fontSize: 10,
    }),
  ];
  series.forEach((s, i) => {
    const colour = SERIES_COLOURS[i % SERIES_COLOURS.length] as string;
    const symbol = SYMBOLS[i % SYMBOLS.length] as string;
    const dx = (i - (series.length - 1) / 2) * spread;
    const rows = s.values.map((v) => ({
      date: utc(v.date),
      value: v.value ?? NaN,
      lower: v.lower,
      upper: v.upper,
    }));
    const known = rows.filter((r) => !Number.isNaN(r.value));
    const whiskers = rows.filter((r) => r.lower !== undefined && r.upper !== undefined);
    marks.push(
      Plot.ruleX(whiskers, {
        x: 'date',
        y1: 'lower',
        y2: 'upper',
        stroke: colour,
        strokeOpacity: 0.7,
        dx,
      }),
      Plot.lineY(rows, { x: 'date', y: 'value', stroke: colour, strokeWidth: 2, dx }),
      Plot.dot(known, {
        x: 'date',
        y: 'value',
        symbol,
        stroke: colour,
        fill: '#ffffff',
        strokeWidth: 2,
        r: 4.5,
        dx,
      }),
    );
    const end = ends.find((e) => e.id === s.id);
    if (end)
      marks.push(
        Plot.text([{ date: utc(end.date), y: places.get(s.id) ?? end.value }], {
          x: 'date',
          y: 'y',
          text: () => s.id,
          dx: ((series.length - 1) / 2) * spread + 10,
          stroke: '#ffffff',
          strokeWidth: 3,
          textAnchor: 'start',
          fill: colour,
          fontWeight: 'bold',
          fontSize: 12,
        }),
      );
  });
  const domain: [Date, Date] = [x[0] as Date, x[x.length - 1] as Date];
  return Plot.plot({
    document,
    width,
    height,
    marginLeft: 44,
    marginRight: 64,
    marginTop: 28,
    marginBottom: 36,
    style: { fontFamily: 'system-ui, sans-serif', fontSize: '12px', background: '#ffffff' },
    x: {
      type: 'utc',
      domain,
      inset: 28,
      ticks,
      tickFormat: dayText,
      label: null,
    },
    y: {
      domain: [0, scale.max],
      ticks: [...scale.bands.map((b) => b.from), scale.max],
      label: scale.label,
    },
    marks,
  }) as unknown as SVGSVGElement;
}

/** "2.1.3 rose by more than the samples would explain from 2024-01-15 to 2024-07-15." */
function beyondWords(id: string, changes: readonly TrendChange[]): string[] {
  return changes
    .filter((c) => c.verdict === 'beyond-intervals')
    .map(
      (c) =>
        `${id} ${c.direction} by more than the samples would explain from ${c.from} to ${c.to}.`,
    );
}

function distinct(changes: readonly TrendChange[]): TrendChange[] {
  const seen = new Set<string>();
  return changes.filter((c) => {
    const key = `${c.from} ${c.to}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The checked trend and chart options, or every problem with them. */
function checkCall(
  trend: unknown,
  options: unknown,
): { trend?: AuditTrend; document?: Document; width: number; issues: RatingIssue[] } {
  const issues: RatingIssue[] = [];
  const parsed = auditTrendSchema.safeParse(trend);
  if (!parsed.success) issues.push(argumentIssue('trend', 'the result of auditTrend', trend));
  if (options !== undefined && !isRecord(options)) {
    issues.push(
      issue('invalid-option', ['options'], 'options must be an object: { document?, width? }'),
    );
    return { width: 640, issues };
  }
  const given = isRecord(options)
    ? { document: options['document'], width: options['width'] }
    : { document: undefined, width: undefined };
  issues.push(...optionIssues(options, CHART_OPTIONS));
  if (issues.length > 0 || !parsed.success) return { width: 640, issues };
  return {
    trend: parsed.data as AuditTrend,
    ...(given.document !== undefined && { document: given.document as Document }),
    width: (given.width as number | undefined) ?? 640,
    issues,
  };
}

/**
 * The trend charts of a trend (from `auditTrend`), as SVG elements of the document given, in this
 * order: the overall score (where any audit is complete); for each domain of case-sampled
 * standards, each standard's lowest key question (the figure that sets its rating); and for each
 * case-sampled standard, its key questions' "% yes" across the audits. Lines are told apart by colour, symbol and a
 * label at their end; each point's interval (at the trend's level) is a whisker; the framework's
 * own bands are dashed lines with their names. Each chart has a <title>, a <desc> with every
 * figure in words, and role="img". Observable Plot is loaded on the first call.
 *
 * @throws {RatingRuleError} `invalid-argument` for a value that is not a trend; `invalid-option`
 * for a value that is not a document, a width outside 240 to 4,000 or an unknown option
 * @example
 * const rating = rateCases(youth2021, cumberlandCases, cumberlandJudgements).rating;
 * const trend = auditTrend(youth2021, [{ date: '2024-01-15', rating }, { date: '2024-04-15', rating }]);
 * const charts = await trendCharts(trend); // in a browser: trendCharts(trend, { document })
 * charts.map((c) => c.id).join(' ') // => 'overall domain-2 domain-3 standard-2.1 standard-2.2 standard-2.3 standard-2.4 standard-3.1 standard-3.2 standard-3.3'
 * charts[3]?.svg.getAttribute('role') // => 'img'
 * charts[3]?.svg.querySelector('title')?.textContent // => '2.1 Assessment: % yes of each key question, 2024-01-15 to 2024-04-15'
 * @category Charts
 */
export async function trendCharts(
  trend: AuditTrend,
  options: TrendChartOptions = {},
): Promise<TrendChart[]> {
  const checked = checkCall(trend, options);
  if (!checked.trend) throw new RatingRuleError(checked.issues);
  const [Plot, document] = await Promise.all([
    loadPlot(),
    checked.document ? Promise.resolve(checked.document) : serverDocument(),
  ]);
  return drawTrendCharts(Plot, checked.trend, document, checked.width);
}

function drawTrendCharts(
  Plot: PlotModule,
  t: AuditTrend,
  document: Document,
  width: number,
): TrendChart[] {
  const dates = t.audits.map((a) => a.date);
  const span = `${dates[0]} to ${dates[dates.length - 1]}`;
  const level = `${Math.round(t.level * 1000) / 10}%`;
  const bands = t.keyQuestionBands;
  const bandText = `Dashed lines mark the bands: ${bands
    .filter((b) => b.from > 0)
    .map((b) => `${b.rating} from ${b.from}%`)
    .join(', ')}.`;
  const charts: TrendChart[] = [];
  const make = (id: string, title: string, desc: string, draw: () => SVGSVGElement) =>
    charts.push({
      id,
      title,
      description: desc,
      svg: withTextAlternative(document, draw(), title, desc),
    });

  const byId = new Map(t.keyQuestions.map((k) => [k.keyQuestion, k] as const));
  // 1. Each case-sampled standard's key questions.
  for (const s of t.standards) {
    const kqs = t.keyQuestions.filter((k) => k.standard === s.standard);
    if (kqs.length === 0 || !kqs.some((k) => k.points.some((p) => p.percent !== undefined)))
      continue;
    const series: Series[] = kqs.map((k) => ({
      id: k.keyQuestion,
      values: k.points.map((p) => ({
        date: p.date,
        ...(p.percent !== undefined && { value: p.percent }),
        ...(p.lower !== undefined && { lower: 100 * p.lower }),
        ...(p.upper !== undefined && { upper: 100 * p.upper }),
        text:
          p.percent === undefined
            ? `${p.note ?? 'no figure'} on ${p.date}`
            : `${p.percent}%${p.yes !== undefined && p.of !== undefined ? ` (${p.yes} of ${p.of})` : ''} ${p.band ?? ''} on ${p.date}`.replace(
                '  ',
                ' ',
              ),
      })),
    }));
    const title = `${s.standard} ${s.name}: % yes of each key question, ${span}`;
    const desc = [
      ...series.map((x) => `${x.id}: ${x.values.map((v) => v.text).join(', ')}.`),
      bandText,
      `Whiskers show each figure's exact ${level} interval.`,
      ...kqs.flatMap((k) => beyondWords(k.keyQuestion, distinct([...k.changes, k.firstToLast]))),
    ].join(' ');
    make(`standard-${s.standard}`, title, desc, () =>
      seriesChart(Plot, document, width, dates, series, { max: 100, label: '% yes', bands }),
    );
  }

  // 2. Each domain's case-sampled standards, by their lowest key question.
  const domains = new Map<string, { name: string; standards: AuditTrend['standards'][number][] }>();
  for (const s of t.standards) {
    if (s.ratedBy !== 'key-questions') continue;
    const d = domains.get(s.domain) ?? { name: s.domainName, standards: [] };
    d.standards.push(s);
    domains.set(s.domain, d);
  }
  for (const [domain, d] of domains) {
    if (!d.standards.some((s) => s.points.some((p) => p.lowest?.percent !== undefined))) continue;
    const series: Series[] = d.standards.map((s) => ({
      id: s.standard,
      values: s.points.map((p) => {
        const kq = p.lowest ? byId.get(p.lowest.keyQuestion) : undefined;
        const at = kq?.points.find((q) => q.date === p.date);
        return {
          date: p.date,
          ...(p.lowest?.percent !== undefined && { value: p.lowest.percent }),
          ...(at?.lower !== undefined && { lower: 100 * at.lower }),
          ...(at?.upper !== undefined && { upper: 100 * at.upper }),
          text: p.rating
            ? `${p.rating}${p.lowest?.percent !== undefined ? ` (lowest ${p.lowest.keyQuestion} ${p.lowest.percent}%)` : ''} on ${p.date}`
            : `${p.status === 'not-given' ? 'not given' : 'not rated'} on ${p.date}`,
        };
      }),
    }));
    const title = `Domain ${domain} (${d.name}): each standard's lowest key question, ${span}`;
    const desc = [
      ...series.map((x) => `${x.id}: ${x.values.map((v) => v.text).join(', ')}.`),
      `The lowest key question's % yes sets a standard's rating. ${bandText}`,
      `Whiskers show the lowest key question's exact ${level} interval.`,
      ...d.standards.flatMap((s) =>
        beyondWords(s.standard, distinct([...s.changes, s.firstToLast])),
      ),
    ].join(' ');
    make(`domain-${domain}`, title, desc, () =>
      seriesChart(Plot, document, width, dates, series, { max: 100, label: '% yes', bands }),
    );
  }

  // 3. The overall score, where an audit is complete.
  const o = t.overall;
  if (o.points.some((p) => p.overall !== undefined)) {
    const max = o.points[0]?.maximum ?? 36;
    const series: Series[] = [
      {
        id: 'score',
        values: o.points.map((p) => ({
          date: p.date,
          ...(p.overall !== undefined && { value: p.score }),
          ...(p.allowed && { lower: p.allowed.lowest, upper: p.allowed.highest }),
          text: p.overall
            ? `${p.score} of ${p.maximum}, ${p.overall}, on ${p.date}`
            : `no overall on ${p.date} (incomplete)`,
        })),
      },
    ];
    const overallBands = t.overallBands.map((b) => ({ rating: b.rating, from: b.from }));
    const title = `Overall score, ${span}`;
    const desc = [
      `Score: ${(series[0] as Series).values.map((v) => v.text).join(', ')}.`,
      `Dashed lines mark the overall bands: ${t.overallBands
        .filter((b) => b.from > 0)
        .map((b) => `${b.rating} from ${b.from}`)
        .join(', ')}.`,
      `Whiskers show the scores the key questions' ${level} intervals allow.`,
      ...beyondWords('The overall score', distinct([...o.changes, o.firstToLast])),
    ].join(' ');
    make('overall', title, desc, () =>
      seriesChart(Plot, document, width, dates, series, {
        max,
        label: 'score',
        bands: overallBands,
      }),
    );
  }
  // The overall first, then each domain, then each standard: from the summary to the detail.
  const rank = (id: string) => (id === 'overall' ? 0 : id.startsWith('domain-') ? 1 : 2);
  return charts.sort((a, b) => rank(a.id) - rank(b.id));
}
