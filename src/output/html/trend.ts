// The trend of several audits as one self-contained HTML page for a board paper: inline CSS with a
// print stylesheet, inline SVG charts, no scripts and no network requests. Every text from a file
// is escaped.
import { RATINGS, RatingRuleError, type RatingIssue } from 'hmip-ratings';
import { trendRows, type AuditTrend } from 'hmip-ratings/trend';
import { argumentIssue, isRecord, issue, oneOf, optionIssues } from 'hmip-ratings/toolkit';
import { htmlText } from '../escape.js';
import type { TrendSheets } from '../../pipelines/trend.js';
import { auditRows, trendInput } from '../text/trend.js';
import { trendCharts, type TrendChart } from '../charts/trend-chart.js';
import { htmlPage, pageFooter, pageHeader } from './page.js';
import { TREND_STYLE } from './styles.js';
import { trendGradesSection } from './trend-grades-section.js';
import { SERVICE_MAX, TITLE_MAX, lineOfText, madeWith } from './options.js';

/** Options of `trendReport`. @category Charts */
export interface TrendReportOptions {
  /** The document the charts are drawn in (see `trendCharts`); in Node, linkedom's by default. */
  readonly document?: Document;
  /** The library's version, printed at the foot of the page. */
  readonly version: string;
  /** The report's date, yyyy-mm-dd, printed at the foot of the page. */
  readonly date: string;
  /** The page's heading; "Trend of N audits, first to last" by default. */
  readonly title?: string;
  /** The service's name, on the page's first line and in its title. */
  readonly service?: string;
  /** `'none'` leaves the version and the date out of the footer; `'full'` by default. */
  readonly footer?: 'full' | 'none';
  /** The charts' width in pixels (240 to 4,000); 640 by default. */
  readonly width?: number;
}

const REPORT_OPTIONS = {
  document: () => undefined, // checked by trendCharts
  version: (v: unknown) =>
    typeof v === 'string' && v.length > 0 && v.length <= 50
      ? undefined
      : 'must be the version as text of 1 to 50 characters',
  date: (v: unknown) =>
    typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
      ? undefined
      : 'must be a date written yyyy-mm-dd',
  title: lineOfText(TITLE_MAX),
  service: lineOfText(SERVICE_MAX),
  footer: oneOf('full', 'none'),
  width: () => undefined, // checked by trendCharts
};

/** Escaped text with each rating word shown as a badge (the word stays as text). */
function withBadges(text: string): string {
  const escaped = htmlText(text);
  return escaped.replace(
    /\b(Inadequate|Requires improvement|Good|Outstanding)\b/,
    (r) => `<span class="badge r${RATINGS.indexOf(r as (typeof RATINGS)[number])}">${r}</span>`,
  );
}

function table(
  rows: readonly (readonly string[])[],
  caption: string,
  cell: (text: string, column: number, row: readonly string[]) => string = (t) => htmlText(t),
): string {
  const [head = [], ...body] = rows;
  // On a phone the rows stack, each cell under its column's heading.
  const label = (i: number) => (head[i] ? ` data-label="${htmlText(head[i])}"` : '');
  return `<div class="table-wrap" role="region" tabindex="0" aria-label="${htmlText(`${caption} (table)`)}"><table class="stack">
<caption class="visually-hidden">${htmlText(caption)}</caption>
<thead><tr>${head.map((h) => `<th scope="col">${htmlText(h)}</th>`).join('')}</tr></thead>
<tbody>
${body.map((r) => `<tr>${r.map((c, i) => (i === 0 ? `<th scope="row"${label(i)}>${htmlText(c)}</th>` : `<td${i === r.length - 1 && head[i] === 'name' ? ' class="name"' : ''}${label(i)}>${cell(c, i, r)}</td>`)).join('')}</tr>`).join('\n')}
</tbody></table></div>`;
}

function list(items: readonly string[], empty: string, mark?: (text: string) => boolean): string {
  return items.length === 0
    ? `<p>${htmlText(empty)}</p>`
    : `<ul>\n${items.map((i) => `<li${mark?.(i) ? ' class="beyond"' : ''}>${htmlText(i)}</li>`).join('\n')}\n</ul>`;
}

/** A chart drawn for wide screens and print and, when given, for phones: CSS shows one. */
function figure(chart: TrendChart, narrow: TrendChart | undefined): string {
  return `<figure>
<figcaption>${htmlText(chart.title)}</figcaption>
${narrow ? `<div class="wide">${chart.svg.outerHTML}</div><div class="narrow">${narrow.svg.outerHTML}</div>` : chart.svg.outerHTML}
</figure>`;
}

/** The width the trend charts are drawn at for phones: a 390 px screen less the page's padding. */
const NARROW_TREND_WIDTH = 374;

/** The checked trend and options, or every problem with them. */
function checkedTrendCall(
  result: unknown,
  options: unknown,
): {
  readonly input: NonNullable<ReturnType<typeof trendInput>>;
  readonly given: {
    readonly document: Document | undefined;
    readonly version: string;
    readonly date: string;
    readonly title: string | undefined;
    readonly service: string | undefined;
    readonly footer: 'full' | 'none' | undefined;
    readonly width: number | undefined;
  };
} {
  const issues: RatingIssue[] = [];
  const input = trendInput(result);
  if (!input)
    issues.push(argumentIssue('result', 'the result of trendAudits or auditTrend', result));
  if (!isRecord(options))
    issues.push(
      issue('invalid-option', ['options'], 'options must be { document, version, date }'),
    );
  else {
    issues.push(...optionIssues(options, REPORT_OPTIONS));
    for (const key of ['version', 'date'])
      if (options[key] === undefined)
        issues.push(issue('invalid-option', ['options', key], `give the ${key}`));
  }
  if (!input || issues.length > 0 || !isRecord(options)) throw new RatingRuleError(issues);
  const given = {
    document: options['document'] as Document | undefined,
    version: options['version'] as string,
    date: options['date'] as string,
    title: options['title'] as string | undefined,
    service: options['service'] as string | undefined,
    footer: options['footer'] as 'full' | 'none' | undefined,
    width: options['width'] as number | undefined,
  };
  return { input, given };
}

/**
 * What changed band between each two audits in turn (and first to last when there are more than
 * two), the changes beyond the intervals in bold.
 */
function bandSection(trend: AuditTrend, beyond: readonly string[]): string {
  const dates = trend.audits.map((a) => a.date);
  const first = dates[0] as string;
  const last = dates[dates.length - 1] as string;
  const many = dates.length > 2;
  const bands = trend.bandChanges.map((b) => b.change.sentence);
  const pairs = [
    ...dates.slice(1).map((d, i) => [dates[i] as string, d] as const),
    ...(many ? [[first, last] as const] : []),
  ];
  return `<section aria-labelledby="bands">
<h2 id="bands">What changed band</h2>
${
  bands.length === 0
    ? '<p>No figure changed band.</p>'
    : pairs
        .map(([from, to]) => {
          const these = trend.bandChanges
            .filter((c) => c.change.from === from && c.change.to === to)
            .map((c) => c.change.sentence);
          return `<h3>${htmlText(`${from} to ${to}${many && from === first && to === last ? ' (first to last)' : ''}`)}</h3>\n${list(these, 'No figure changed band.', (s) => beyond.includes(s))}`;
        })
        .join('\n')
}
</section>`;
}

/**
 * The trend of several audits (from `trendAudits` or `auditTrend`) as one self-contained HTML page
 * for a board paper: what changed by more than the samples would explain first, then the audits
 * compared, the trend charts (each with its text alternative), what changed band between each
 * two audits, every figure by audit, and what the test means and does not mean; the framework,
 * the library's version and the date at the foot. Inline CSS with a print stylesheet (A4, no row cut
 * across pages); no scripts and nothing fetched from the network. Text from files is escaped.
 *
 * @throws {RatingRuleError} `invalid-argument` for a value that is not a trend; `invalid-option` for
 * a missing version or date, a value that is not a document, or an unknown option
 * @example
 * const rating = rateCases(youth2021, cumberlandCases, cumberlandJudgements).rating;
 * const trend = auditTrend(youth2021, [{ date: '2024-01-15', rating }, { date: '2024-04-15', rating }]);
 * const page = await trendReport(trend, { version: '1.0.0', date: '2024-05-01' });
 * page.startsWith('<!doctype html>') // => true
 * /\b(src|href)=/.test(page) // => false
 * page.includes('Made with hmip-ratings-sheets 1.0.0 on 2024-05-01.') // => true
 * @category Charts
 */
export async function trendReport(
  result: TrendSheets | AuditTrend,
  options: TrendReportOptions,
): Promise<string> {
  const { input, given } = checkedTrendCall(result, options);
  const { trend, sheets } = input;
  const draw = (width: number | undefined) =>
    trendCharts(trend, {
      ...(given.document !== undefined && { document: given.document }),
      ...(width !== undefined && { width }),
    });
  // Drawn again for phones, so their text is as large as on a laptop (not a wide chart shrunk).
  const [charts, narrow] = await Promise.all([
    draw(given.width),
    given.width === undefined ? draw(NARROW_TREND_WIDTH) : Promise.resolve([]),
  ]);
  const rows = trendRows(trend);
  const dates = trend.audits.map((a) => a.date);
  const first = dates[0] as string;
  const last = dates[dates.length - 1] as string;
  const level = `${Math.round(trend.level * 1000) / 10}%`;
  const title = given.title ?? `Trend of ${dates.length} audits, ${first} to ${last}`;
  const many = dates.length > 2;
  const every = [...trend.keyQuestions, ...trend.standards, trend.overall].flatMap((t) => [
    ...t.changes,
    ...(many ? [t.firstToLast] : []),
  ]);
  const beyond = every.filter((c) => c.verdict === 'beyond-intervals').map((c) => c.sentence);
  const audits = auditRows(trend, sheets);
  const body = `<main>
${pageHeader([
  ...(given.service === undefined ? [] : [`<p class="kicker">${htmlText(given.service)}</p>`]),
  `<h1>${htmlText(title)}</h1>`,
  `<p class="lead">${htmlText(`${trend.framework.name} (${trend.framework.id}). Each change is tested against the figures' exact ${level} intervals.`)}</p>`,
])}
<section aria-labelledby="beyond">
<h2 id="beyond">${htmlText(`Changes larger than the samples would explain at ${level}`)}</h2>
${list(beyond, 'None: every change is within what the samples would explain. This does not mean nothing changed: samples this small cannot show it either way.')}
</section>
<section aria-labelledby="audits">
<h2 id="audits">The audits compared</h2>
${table(audits, 'The audits compared', (t, i) => (i === 5 ? withBadges(t) : htmlText(t)))}
</section>
<section aria-labelledby="charts">
<h2 id="charts">Trend charts</h2>
<p>${htmlText(`Lines are told apart by colour, symbol and the label at their end. Whiskers show each figure's exact ${level} interval; dashed lines mark the framework's bands.`)}</p>
<div class="charts">
${charts.map((c, i) => figure(c, narrow[i])).join('\n')}
</div>
</section>
${bandSection(trend, beyond)}
${trendGradesSection(result)}
<section aria-labelledby="figures">
<h2 id="figures">Every figure by audit</h2>
${table(rows.figures, 'Every figure by audit', (t, i, r) => (i > 0 && i <= dates.length ? withBadges(t) : i === r.length - 2 && t === 'beyond the intervals' ? `<strong>${htmlText(t)}</strong>` : htmlText(t)))}
</section>
<section aria-labelledby="notes">
<h2 id="notes">What the test means and does not mean</h2>
${list([...trend.notes, 'The test and its source are set out in docs/trends.md of hmip-ratings.'], '')}
</section>
${pageFooter([`<p>${htmlText(`${given.footer === 'none' ? '' : `Made with ${madeWith(given.version)} on ${given.date}. `}Framework: ${trend.framework.name} (${trend.framework.id}). Not affiliated with HM Inspectorate of Probation.`)}</p>`])}
</main>`;
  const pageTitle = given.service === undefined ? title : `${given.service}: ${title}`;
  return htmlPage({ lang: 'en-GB', title: pageTitle, style: TREND_STYLE, body });
}
