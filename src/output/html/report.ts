// The board report: one self-contained HTML document (inline CSS and SVG, no scripts, no network
// requests) with the ratings, the charts, each standard's key questions, the margins, the sample,
// what was not rated and, when asked for, the confidence and sub-group tables. The figures are
// those `formatReport(input, 'json')` checks and prints: the report is drawn from that JSON.
import {
  RATINGS,
  RatingRuleError,
  breakdownRows,
  frameworks,
  intervalRows,
  resampleRows,
  toolkit,
  type Framework,
  type InspectionRating,
  type Rating,
  type RatingIssue,
  type StandardRating,
} from 'hmip-ratings';
import { htmlText } from '../escape.js';
import {
  checkedReportInput,
  discretionWords,
  reportJson,
  resampleSentences,
  sampleLine,
  type ReportInput,
} from '../report-input.js';
import {
  checkChartCall,
  drawRatingCharts,
  loadPlot,
  serverDocument,
  type RatingCharts,
} from '../charts/charts.js';
import { REPORT_OPTIONS, dateWords, reportOptionIssues, type ReportOptions } from './options.js';
import { RATING_FILL, RATING_INK } from '../charts/palette.js';

const { describeFigure, frameworkArgument, isRecord, issue } = toolkit;

/** Options of `htmlReport`. @category Charts */
export interface HtmlReportOptions extends ReportOptions {
  /**
   * The document the charts are drawn in: `window.document` in a browser. In Node, leave it out:
   * an empty linkedom document is made.
   */
  readonly document?: Document;
  /** The rating's framework; by default the built-in framework with the rating's framework id. */
  readonly framework?: Framework;
}

/** The width the charts are drawn at for print and wide screens: A4 less its margins, in CSS px. */
export const PRINT_CHART_WIDTH = 700;
/** The width the charts are drawn at for phones (a 390 px screen less the page's padding). */
export const NARROW_CHART_WIDTH = 358;

const HTML_OPTIONS = {
  ...REPORT_OPTIONS,
  document: (value: unknown) =>
    isRecord(value) && typeof value['createElementNS'] === 'function'
      ? undefined
      : 'must be a DOM document (window.document in a browser)',
  framework: () => undefined, // checked with frameworkArgument
};

const BUILT_IN = new Map<string, Framework>(Object.entries(frameworks));

/** Text made safe for HTML. */
const t = (text: string | number) => htmlText(String(text));

/** The class of a rating's badge: its colours come from the palette, in the style sheet. */
const ratingClass = (rating: Rating | undefined) =>
  rating ? `rating-${RATINGS.indexOf(rating)}` : 'rating-none';

const badge = (rating: Rating | undefined) =>
  `<span class="badge ${ratingClass(rating)}">${t(rating ?? 'Not rated')}</span>`;

const STYLE = `
:root { color-scheme: light; }
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 60rem; padding: 0 1rem 2rem; color: #111; background: #fff;
  font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
header { border-bottom: 3px solid #111; padding: 1.25rem 0 0.75rem; margin-bottom: 1rem; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 0.2rem 0 0.4rem; overflow-wrap: anywhere; }
h2 { font-size: 1.35rem; line-height: 1.25; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem;
  border-bottom: 1px solid #767676; }
h3 { font-size: 1.1rem; line-height: 1.3; margin: 1.6rem 0 0.5rem; }
p, li { overflow-wrap: anywhere; }
.kicker, .meta { margin: 0; color: #404040; }
.headline { font-size: 1.15rem; margin: 0.5rem 0 1rem; }
.headline strong { font-size: 1.3rem; }
figure { margin: 1rem 0 1.25rem; }
figcaption { color: #404040; font-size: 0.9rem; margin-top: 0.25rem; }
svg { display: block; max-width: 100%; height: auto; }
.narrow { display: none; }
.table-wrap { overflow-x: auto; margin: 0.5rem 0 1rem; }
.table-wrap:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
caption { caption-side: top; text-align: left; font-weight: 600; padding: 0.25rem 0 0.4rem; }
th, td { border: 1px solid #a6a6a6; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #ededed; }
tbody th { font-weight: 600; }
.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
.how, .count { display: block; font-weight: 400; color: #333; font-size: 0.9em; }
tr.domain th { background: #f5f5f5; }
tr.lowest th, tr.lowest td { font-weight: 700; }
tr.lowest th:first-child { border-left: 4px solid #000; }
.tag { display: inline-block; margin-left: 0.35rem; padding: 0 0.35rem; border: 1px solid #000;
  border-radius: 0.2rem; font-size: 0.8rem; font-weight: 700; text-transform: uppercase; }
.question { display: block; font-weight: 400; color: #333; }
.badge { display: inline-block; padding: 0.05rem 0.45rem; border-radius: 0.25rem; font-weight: 700; }
td.rating { width: 1%; }
@media (min-width: 601px) { td.rating .badge { white-space: nowrap; } }
${RATINGS.map((r, i) => `.rating-${i} { background: ${RATING_FILL[r]}; color: ${RATING_INK[r]}; }`).join('\n')}
.rating-none { background: #e8e8e8; color: #111; border: 1px solid #767676; }
.note { color: #333; }
footer { border-top: 1px solid #767676; margin-top: 2.5rem; padding-top: 0.75rem; font-size: 0.9rem;
  color: #333; }
tr { break-inside: avoid; page-break-inside: avoid; }
thead { display: table-header-group; }
@media (max-width: 600px) {
  body { font-size: 15px; padding: 0 0.75rem 2rem; }
  h1 { font-size: 1.45rem; }
  .wide { display: none; }
  .narrow { display: block; }
  th, td { padding: 0.25rem 0.35rem; }
  table.many { min-width: 56rem; } /* scrolls in its box rather than squeezing every column */
}
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .wide { display: block !important; }
  .narrow { display: none !important; }
  .table-wrap { overflow: visible; }
  table { font-size: 9pt; }
  th, td { padding: 2pt 4pt; }
  table.many th, table.many td { overflow-wrap: anywhere; }
  h2 { margin-top: 1.2rem; }
  h2, h3, caption { break-after: avoid; page-break-after: avoid; }
  figure, .keep { break-inside: avoid; page-break-inside: avoid; }
  figure { margin: 0.5rem 0 0.75rem; }
  footer { break-inside: avoid; }
}
`;

/** A chart drawn twice: for print and wide screens, and for phones; CSS shows one. */
function figure(wide: SVGSVGElement, narrow: SVGSVGElement, caption: string): string {
  return `<figure class="chart"><div class="wide">${wide.outerHTML}</div><div class="narrow">${narrow.outerHTML}</div><figcaption>${t(caption)}</figcaption></figure>`;
}

/**
 * A table of text rows, header first, every cell escaped; the cells of `rowHeader` (a column
 * index) are row headers, and `numeric` columns are right-aligned.
 */
function rowsTable(
  rows: readonly (readonly string[])[],
  caption: string,
  id: string,
  options: { rowHeader?: number; numeric?: readonly number[] } = {},
): string {
  const [head = [], ...body] = rows;
  const numeric = new Set(options.numeric ?? []);
  const cls = (i: number) => (numeric.has(i) ? ' class="num"' : '');
  const cell = (text: string, i: number) =>
    i === options.rowHeader
      ? `<th scope="row"${cls(i)}>${t(text)}</th>`
      : `<td${cls(i)}>${t(text)}</td>`;
  return wrapTable(
    id,
    caption,
    head.length >= 7 ? 'many' : '',
    `<thead><tr>${head.map((h, i) => `<th scope="col"${cls(i)}>${t(h)}</th>`).join('')}</tr></thead><tbody>${body
      .map((r) => `<tr>${r.map(cell).join('')}</tr>`)
      .join('')}</tbody>`,
  );
}

/** A table in a box that scrolls sideways on its own when it is wider than the screen. */
function wrapTable(id: string, caption: string, cls: string, content: string): string {
  // A short table prints whole on one page, so its caption and header never end a page alone.
  const short = content.split('<tr').length - 1 <= SHORT_TABLE_ROWS;
  return `<div class="table-wrap${short ? ' keep' : ''}" role="region" tabindex="0" aria-labelledby="${id}"><table${cls ? ` class="${cls}"` : ''}><caption id="${id}">${t(caption)}</caption>${content}</table></div>`;
}

/** The most rows (with the header) a table may have to be kept on one printed page. */
const SHORT_TABLE_ROWS = 12;

/** "lowest 2.1.3 38% (3 of 8); raised by the panel from Inadequate", as the ratings table says. */
function howReached(s: StandardRating): string {
  const how = s.lowest
    ? `lowest key question ${s.lowest.keyQuestion}: ${describeFigure(s.lowest)}`
    : s.status === 'not-rated'
      ? `not rated: ${s.notRatedReason ?? 'no applicable cases'}`
      : s.method === 'judgement'
        ? 'the panel’s judgement'
        : s.method;
  return s.discretion ? `${how}; ${discretionWords(s)}` : how;
}

function ratingsSection(rating: InspectionRating, charts: readonly RatingCharts[]): string {
  const [wide, narrow] = charts as [RatingCharts, RatingCharts];
  const rows: string[] = [];
  let domain = '';
  for (const s of rating.standards) {
    if (s.domain !== domain) {
      domain = s.domain;
      rows.push(
        `<tr class="domain"><th scope="colgroup" colspan="2">${t(`${s.domain}. ${s.domainName}`)}</th></tr>`,
      );
    }
    rows.push(
      `<tr data-standard="${t(s.standard)}"><th scope="row">${t(`${s.standard} ${s.name}`)}<span class="how">${t(howReached(s))}${s.countsTowardOverall ? '' : ' (not in the score)'}</span></th><td class="rating">${badge(s.rating)}</td></tr>`,
    );
  }
  const excluded = rating.excluded
    .filter((e) => e.reason === 'does not count toward the overall')
    .map(
      (e) =>
        `<p class="note">The rating for ${t(e.standard)} does not influence the overall rating.</p>`,
    );
  const overall = rating.overall
    ? badge(rating.overall)
    : '<span class="badge rating-none">none: the rating is incomplete</span>';
  return `<section id="ratings" aria-labelledby="ratings-heading">
<h2 id="ratings-heading">Ratings</h2>
<p class="headline"><strong id="score">Score ${rating.score}/${rating.maximum}</strong> · Overall rating <strong id="overall">${overall}</strong></p>
${figure(wide.grid, narrow.grid, 'Every standard’s rating, by domain. The same ratings are in the table below.')}
${figure(wide.score, narrow.score, 'The score against the framework’s overall bands.')}
${wrapTable(
  'ratings-caption',
  'The rating of each standard and how it was reached',
  'ratings',
  `<thead><tr><th scope="col">Standard and how it was rated</th><th scope="col">Rating</th></tr></thead><tbody>${rows.join('')}</tbody>`,
)}
${excluded.join('\n')}
</section>`;
}

function keyQuestionSection(
  rating: InspectionRating,
  framework: Framework,
  charts: readonly RatingCharts[],
  whiskers: boolean,
): string {
  const [wide, narrow] = charts as [RatingCharts, RatingCharts];
  const standards = rating.standards.filter((s) => s.method === 'key-questions');
  const bands = framework.keyQuestionBands
    .map((b, i, all) => {
      const next = all[i + 1];
      return next
        ? `${b.rating} from ${b.from}% to below ${next.from}%`
        : `${b.rating} from ${b.from}%`;
    })
    .join(', ');
  const parts = standards.map((s, i) => {
    const lowest = s.lowest?.keyQuestion;
    const rows = s.keyQuestions.map((kq) => {
      const isLowest = kq.keyQuestion === lowest;
      return `<tr data-key-question="${t(kq.keyQuestion)}"${isLowest ? ' class="lowest"' : ''}><th scope="row">${t(kq.keyQuestion)}${isLowest ? '<span class="tag">lowest</span>' : ''}<span class="question">${t(kq.text)}</span></th><td class="num"><span class="percent">${kq.empty ? 'no cases' : t(kq.percent === undefined ? '' : `${kq.percent}%`)}</span><span class="count">${kq.yes !== undefined && kq.of !== undefined ? t(`${kq.yes} of ${kq.of}`) : kq.of !== undefined ? t(`of ${kq.of}`) : ''}</span></td><td>${kq.band ? badge(kq.band) : ''}</td></tr>`;
    });
    const chart = (set: RatingCharts) =>
      set.standards.find((c) => c.standard === s.standard)?.chart as SVGSVGElement;
    return `<section class="standard" id="standard-${i + 1}" aria-labelledby="standard-${i + 1}-heading" data-standard="${t(s.standard)}">
<h3 id="standard-${i + 1}-heading">${t(`${s.standard} ${s.name}`)}: ${t(s.rating ?? 'Not rated')}</h3>
${figure(chart(wide), chart(narrow), `% of cases answered yes on each key question of ${s.standard}; the dashed lines are the band thresholds${whiskers ? '; the whiskers are the intervals' : ''}.`)}
${wrapTable(
  `standard-${i + 1}-caption`,
  `${s.standard} key questions (the lowest drives the rating)`,
  'key-questions',
  `<thead><tr><th scope="col">Key question</th><th scope="col" class="num">%&nbsp;yes</th><th scope="col">Band</th></tr></thead><tbody>${rows.join('')}</tbody>`,
)}
<p class="explanation">${t(s.explanation)}</p>
</section>`;
  });
  return `<section id="key-questions" aria-labelledby="key-questions-heading">
<h2 id="key-questions-heading">Key questions</h2>
<p>A standard rated from case answers takes the band of its lowest key question. Bands of ${t(framework.name)}: ${t(bands)}.</p>
${parts.length > 0 ? parts.join('\n') : '<p>No standard was rated from key questions.</p>'}
</section>`;
}

function marginsSection(input: ReportInput): string {
  const body = input.margins
    ? input.margins.length > 0
      ? `<ul>${input.margins.map((m) => `<li data-standard="${t(m.standard)}">${t(m.sentence)}</li>`).join('')}</ul>`
      : '<p>No standard rated from key questions has a margin to show.</p>'
    : '<p class="note">Not asked for: run the command with --margins, or pass margins from ratingMargins.</p>';
  return `<section id="margins" aria-labelledby="margins-heading">
<h2 id="margins-heading">What would change the ratings</h2>
${body}
</section>`;
}

function sampleSection(input: ReportInput, framework: Framework): string {
  const tally = input.tally;
  if (!tally)
    return `<section id="sample" aria-labelledby="sample-heading">
<h2 id="sample-heading">The sample</h2>
<p>${t(sampleLine(undefined).replace(/^Sample: /, 'Not given: '))}.</p>
</section>`;
  const { total, court, outOfCourt, byDisposal } = tally.cases;
  const names = new Map(framework.disposals.map((d) => [d.id, d]));
  const disposals = Object.entries(byDisposal).filter(([, n]) => n > 0);
  const disposalRows = disposals.map(([id, n]) => {
    const d = names.get(id);
    return [d?.name ?? id, d ? (d.kind === 'court' ? 'court' : 'out-of-court') : '', String(n)];
  });
  return `<section id="sample" aria-labelledby="sample-heading">
<h2 id="sample-heading">The sample</h2>
<p id="sample-line">${t(sampleLine(tally))}.</p>
${wrapTable(
  'sample-caption',
  'Cases audited',
  '',
  `<thead><tr><th scope="col">Cases</th><th scope="col" class="num">Number</th></tr></thead><tbody><tr><th scope="row">Court</th><td class="num" id="sample-court">${court}</td></tr><tr><th scope="row">Out-of-court</th><td class="num" id="sample-out-of-court">${outOfCourt}</td></tr><tr><th scope="row">Total</th><td class="num" id="sample-total">${total}</td></tr></tbody>`,
)}
${disposalRows.length > 0 ? rowsTable([['Disposal', 'Kind', 'Cases'], ...disposalRows], 'Cases by disposal', 'disposals-caption', { rowHeader: 0, numeric: [2] }) : ''}
</section>`;
}

function notRatedSection(rating: InspectionRating): string {
  const notRated = rating.standards.filter((s) => s.status === 'not-rated');
  const missing = rating.excluded.filter((e) => e.reason === 'missing');
  const items = [
    ...notRated.map(
      (s) =>
        `<li data-standard="${t(s.standard)}">${t(`${s.standard} ${s.name}`)} was not rated: ${t(s.notRatedReason ?? 'none of its key questions had applicable cases')}</li>`,
    ),
    ...missing.map(
      (e) =>
        `<li data-standard="${t(e.standard)}">${t(e.standard)} is missing: no rating or figures were given</li>`,
    ),
  ];
  return `<section id="not-rated" aria-labelledby="not-rated-heading">
<h2 id="not-rated-heading">Standards not rated</h2>
${items.length > 0 ? `<ul>${items.join('')}</ul>` : '<p>Every standard was rated.</p>'}
</section>`;
}

function confidenceSection(input: ReportInput): string {
  const c = input.confidence;
  if (!c) return '';
  const resampled = c.resampled
    ? `<h3 id="resampled-heading">Resampled ratings</h3>
${rowsTable(resampleRows(c.resampled), 'Share of resamples in each band', 'resampled-caption', { rowHeader: 0, numeric: [3, 4, 5, 6, 7] })}
<ul>${resampleSentences(c.resampled)
        .map((l) => `<li>${t(l)}</li>`)
        .join('')}</ul>`
    : '';
  return `<section id="confidence" aria-labelledby="confidence-heading">
<h2 id="confidence-heading">How far the figures can be trusted</h2>
${rowsTable(intervalRows(c.intervals), 'The interval of each key question', 'intervals-caption', { rowHeader: 1, numeric: [2, 3, 4] })}
${resampled}
<p class="note">What these figures mean and do not mean: docs/statistics.md in the hmip-ratings repository.</p>
</section>`;
}

function breakdownSection(input: ReportInput): string {
  const b = input.breakdown;
  if (!b) return '';
  const rows = breakdownRows(b);
  return `<section id="breakdown" aria-labelledby="breakdown-heading">
<h2 id="breakdown-heading">${t(`By ${b.attribute} (indicative)`)}</h2>
${rowsTable(rows, `Figures by ${b.attribute}`, 'breakdown-caption', { rowHeader: 0 })}
<ul>${b.notes.map((n) => `<li>${t(n)}</li>`).join('')}</ul>
</section>`;
}

function promptsSection(input: ReportInput): string {
  const tally = input.tally;
  if (!tally || tally.prompts.length === 0) return '';
  const rows = tally.prompts.map((p) => [
    p.prompt,
    p.text,
    p.percent === undefined ? '' : `${p.percent}%`,
    String(p.yes),
    String(p.of),
  ]);
  return `<section id="prompts" aria-labelledby="prompts-heading">
<h2 id="prompts-heading">Prompts</h2>
<p class="note">${t(tally.promptsNote)}</p>
${rowsTable([['Prompt', 'Text', '% yes', 'Yes', 'Of'], ...rows], 'Every prompt, in framework order', 'prompts-caption', { rowHeader: 0, numeric: [2, 3, 4] })}
</section>`;
}

/** The checked input and options, or every problem with them. */
function checkedCall(
  given: unknown,
  options: unknown,
): { input: ReportInput; framework: Framework; options: HtmlReportOptions } {
  const issues: RatingIssue[] = [];
  const checkedOptions = options === undefined ? {} : options;
  issues.push(...reportOptionIssues(checkedOptions, HTML_OPTIONS));
  let json: string | undefined;
  try {
    const checked = checkedReportInput(given, 'json');
    if (checked.input) json = reportJson(checked.input);
    else issues.unshift(...checked.issues);
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    issues.unshift(...e.issues);
  }
  const input = json === undefined ? undefined : (JSON.parse(json) as ReportInput);
  let framework: Framework | undefined;
  if (isRecord(checkedOptions) && checkedOptions['framework'] !== undefined) {
    const checked = frameworkArgument(checkedOptions['framework'], 'options.framework');
    issues.push(...checked.issues.map((i) => ({ ...i, path: ['options', 'framework'] })));
    framework = checked.framework;
  } else if (input) {
    framework = BUILT_IN.get(input.rating.framework.id);
    if (!framework)
      issues.push(
        issue(
          'invalid-option',
          ['options', 'framework'],
          `the rating is of framework ${toolkit.quoteText(input.rating.framework.id)}, which is not built in: pass it as options.framework`,
        ),
      );
  }
  if (input && framework && framework.id !== input.rating.framework.id)
    issues.push(
      issue(
        'framework-mismatch',
        ['options', 'framework'],
        `the rating is for ${toolkit.quoteText(input.rating.framework.id)}, not ${toolkit.quoteText(framework.id)}`,
      ),
    );
  if (issues.length > 0 || !input || !framework) throw new RatingRuleError(issues);
  return { input, framework, options: checkedOptions as HtmlReportOptions };
}

/**
 * The board report: one self-contained HTML document (inline CSS and SVG charts, no scripts, no
 * network requests) with the ratings table, score and overall; the charts; each standard's
 * key-question table with the lowest marked; the margins; the sample; the standards not rated and
 * why; the confidence and sub-group tables when the input has them; the framework, the library
 * version and the date. Its print style sheet gives A4 pages with no table row cut across a page.
 * Every text from a file or a framework is escaped. The figures are those of
 * `formatReport(input, 'json')`. Also `formatReport(input, 'html', { version, date })`.
 *
 * @param input what `formatReport` takes: `{ rating, tally?, margins?, confidence?, breakdown? }`
 * @param options `version` and `date` (yyyy-mm-dd) to print; `document` in a browser
 * @throws {RatingRuleError} every problem `formatReport` finds in the input; `invalid-option` for
 * a bad version, document or framework; `invalid-date` for a date that is not yyyy-mm-dd;
 * `framework-mismatch`
 * @example
 * const html = await htmlReport({ rating: rateInspection(cumberland2024) }, { date: '2025-03-07', version: '1.0.0' });
 * html.startsWith('<!doctype html>') // => true
 * html.includes('<strong id="score">Score 12/36</strong>') // => true
 * @category Charts
 */
export async function htmlReport(
  input: ReportInput,
  options: HtmlReportOptions = {},
): Promise<string> {
  const call = checkedCall(input, options);
  const { rating } = call.input;
  const document = call.options.document ?? (await serverDocument());
  const intervals = call.input.confidence?.intervals;
  let charts: RatingCharts[];
  try {
    const checked = checkChartCall(rating, {
      document,
      framework: call.framework,
      width: PRINT_CHART_WIDTH,
      ...(intervals && { intervals }),
    });
    const Plot = await loadPlot();
    charts = [
      drawRatingCharts(Plot, checked),
      drawRatingCharts(Plot, { ...checked, width: NARROW_CHART_WIDTH }),
    ];
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    // Intervals that are not the rating's: say so where the caller put them.
    throw new RatingRuleError(
      e.issues.map((i) =>
        i.path[0] === 'options' && i.path[1] === 'intervals'
          ? { ...i, path: ['input', 'confidence', ...i.path.slice(1)] }
          : i,
      ),
    );
  }
  const { version, date } = call.options;
  const title = rating.service ?? call.framework.name;
  const made = `made${date ? ` on <time datetime="${t(date)}">${t(dateWords(date))}</time>` : ''} with hmip-ratings-sheets${version ? ` ${t(version)}` : ''}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="hmip-ratings-sheets${version ? ` ${t(version)}` : ''}">
<title>${t(title)}: mock inspection report</title>
<style>${STYLE}</style>
</head>
<body>
<header>
${rating.service ? '<p class="kicker">Mock inspection report</p>' : ''}
<h1>${t(rating.service ?? 'Mock inspection report')}</h1>
<p class="meta">${t(call.framework.name)}${date ? ` · <time datetime="${t(date)}">${t(dateWords(date))}</time>` : ''}</p>
</header>
<main>
${ratingsSection(rating, charts)}
${keyQuestionSection(rating, call.framework, charts, intervals !== undefined)}
${marginsSection(call.input)}
${sampleSection(call.input, call.framework)}
${notRatedSection(rating)}
${confidenceSection(call.input)}
${breakdownSection(call.input)}
${promptsSection(call.input)}
</main>
<footer>
<p id="made">Framework: ${t(call.framework.name)} (${t(call.framework.id)}). Report ${made}.</p>
<p>This is a mock inspection made with an open-source reference implementation of HM Inspectorate of Probation’s published rating rules. It is not affiliated with or endorsed by HM Inspectorate of Probation, and it is not an inspection.</p>
</footer>
</body>
</html>
`;
}
