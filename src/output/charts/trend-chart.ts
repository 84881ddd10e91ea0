// Trend charts with Observable Plot, as SVG elements of any DOM document: the browser's (the page)
// or linkedom's (the command's HTML report, in Node). Plot is loaded with import() on the first
// chart, so nothing else in the package pays for it. Lines are told apart by colour, symbol and a
// direct label; the framework's own bands are drawn as dashed lines and named; each point carries
// its interval as a whisker; each chart has a text alternative (<title>, <desc>, role="img").
import { RatingRuleError, type RatingIssue } from 'hmip-ratings';
import { auditTrendSchema, type AuditTrend, type TrendChange } from 'hmip-ratings/trend';
import { argumentIssue, isRecord, issue, numberIn, optionIssues } from 'hmip-ratings/toolkit';
import { seriesChart, type Scale, type Series } from './series-chart.js';
import {
  documentOption,
  loadPlot,
  serverDocument,
  withTextAlternative,
  type PlotModule,
} from './svg.js';

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

/** A chart to draw: its id, title and text alternative, and its series against their scale. */
interface ChartPlan {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly series: readonly Series[];
  readonly scale: Scale;
}

/** What every chart of a trend says alike: the span of dates, the level and the bands. */
interface TrendWords {
  readonly span: string;
  readonly level: string;
  readonly bandText: string;
}

/** "2.1.3: 38% (3 of 8) Inadequate on 2024-01-15, ...", one sentence per series. */
const seriesWords = (series: readonly Series[]) =>
  series.map((x) => `${x.id}: ${x.values.map((v) => v.text).join(', ')}.`);

/** Each case-sampled standard's key questions' "% yes" across the audits. */
function standardPlans(t: AuditTrend, words: TrendWords): ChartPlan[] {
  return t.standards.flatMap((s) => {
    const kqs = t.keyQuestions.filter((k) => k.standard === s.standard);
    if (kqs.length === 0 || !kqs.some((k) => k.points.some((p) => p.percent !== undefined)))
      return [];
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
    const description = [
      ...seriesWords(series),
      words.bandText,
      `Whiskers show each figure's exact ${words.level} interval.`,
      ...kqs.flatMap((k) => beyondWords(k.keyQuestion, distinct([...k.changes, k.firstToLast]))),
    ].join(' ');
    return [
      {
        id: `standard-${s.standard}`,
        title: `${s.standard} ${s.name}: % yes of each key question, ${words.span}`,
        description,
        series,
        scale: { max: 100, label: '% yes', bands: t.keyQuestionBands },
      },
    ];
  });
}

/** A standard's series: its lowest key question's "% yes" and interval, by audit. */
function lowestSeries(
  s: AuditTrend['standards'][number],
  byId: ReadonlyMap<string, AuditTrend['keyQuestions'][number]>,
): Series {
  return {
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
  };
}

/** Each domain's case-sampled standards, by their lowest key question. */
function domainPlans(t: AuditTrend, words: TrendWords): ChartPlan[] {
  const byId = new Map(t.keyQuestions.map((k) => [k.keyQuestion, k] as const));
  const domains = new Map<string, { name: string; standards: AuditTrend['standards'][number][] }>();
  for (const s of t.standards) {
    if (s.ratedBy !== 'key-questions') continue;
    const d = domains.get(s.domain) ?? { name: s.domainName, standards: [] };
    d.standards.push(s);
    domains.set(s.domain, d);
  }
  return [...domains].flatMap(([domain, d]) => {
    if (!d.standards.some((s) => s.points.some((p) => p.lowest?.percent !== undefined))) return [];
    const series = d.standards.map((s) => lowestSeries(s, byId));
    const description = [
      ...seriesWords(series),
      `The lowest key question's % yes sets a standard's rating. ${words.bandText}`,
      `Whiskers show the lowest key question's exact ${words.level} interval.`,
      ...d.standards.flatMap((s) =>
        beyondWords(s.standard, distinct([...s.changes, s.firstToLast])),
      ),
    ].join(' ');
    return [
      {
        id: `domain-${domain}`,
        title: `Domain ${domain} (${d.name}): each standard's lowest key question, ${words.span}`,
        description,
        series,
        scale: { max: 100, label: '% yes', bands: t.keyQuestionBands },
      },
    ];
  });
}

/** The overall score, where an audit is complete. */
function overallPlans(t: AuditTrend, words: TrendWords): ChartPlan[] {
  const o = t.overall;
  if (!o.points.some((p) => p.overall !== undefined)) return [];
  const score: Series = {
    id: 'score',
    values: o.points.map((p) => ({
      date: p.date,
      ...(p.overall !== undefined && { value: p.score }),
      ...(p.allowed && { lower: p.allowed.lowest, upper: p.allowed.highest }),
      text: p.overall
        ? `${p.score} of ${p.maximum}, ${p.overall}, on ${p.date}`
        : `${p.date}: ${p.note ?? 'no overall'}`,
    })),
  };
  const description = [
    `Score: ${score.values.map((v) => v.text).join(', ')}.`,
    `Dashed lines mark the overall bands: ${t.overallBands
      .filter((b) => b.from > 0)
      .map((b) => `${b.rating} from ${b.from}`)
      .join(', ')}.`,
    `Whiskers show the scores the key questions' ${words.level} intervals allow.`,
    ...beyondWords('The overall score', distinct([...o.changes, o.firstToLast])),
  ].join(' ');
  return [
    {
      id: 'overall',
      title: `Overall score, ${words.span}`,
      description,
      series: [score],
      scale: {
        max: o.points[0]?.maximum ?? 36,
        label: 'score',
        bands: t.overallBands.map((b) => ({ rating: b.rating, from: b.from })),
      },
    },
  ];
}

function drawTrendCharts(
  Plot: PlotModule,
  t: AuditTrend,
  document: Document,
  width: number,
): TrendChart[] {
  const dates = t.audits.map((a) => a.date);
  const words: TrendWords = {
    span: `${dates[0]} to ${dates[dates.length - 1]}`,
    level: `${Math.round(t.level * 1000) / 10}%`,
    bandText: `Dashed lines mark the bands: ${t.keyQuestionBands
      .filter((b) => b.from > 0)
      .map((b) => `${b.rating} from ${b.from}%`)
      .join(', ')}.`,
  };
  const plans = [...standardPlans(t, words), ...domainPlans(t, words), ...overallPlans(t, words)];
  const charts = plans.map(
    (p): TrendChart => ({
      id: p.id,
      title: p.title,
      description: p.description,
      svg: withTextAlternative(
        document,
        seriesChart(Plot, document, width, dates, p.series, p.scale),
        p.title,
        p.description,
      ),
    }),
  );
  // The overall first, then each domain, then each standard: from the summary to the detail.
  const rank = (id: string) => (id === 'overall' ? 0 : id.startsWith('domain-') ? 1 : 2);
  return charts.sort((a, b) => rank(a.id) - rank(b.id));
}
