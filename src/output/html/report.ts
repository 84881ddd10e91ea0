// The board report: one self-contained HTML document (inline CSS and SVG, no scripts, no network
// requests) with the ratings, the charts, each standard's key questions, the margins, the sample,
// what was not rated and, when asked for, the confidence and sub-group tables. The figures are
// those `formatReport(input, 'json')` checks and prints: the report is drawn from that JSON.
import { RatingRuleError, type Framework, type RatingIssue } from 'hmip-ratings';
import { isRecord } from 'hmip-ratings/toolkit';
import { checkedReportInput, reportJson, type ReportInput } from '../report-input.js';
import { callFramework, checkChartCall } from '../charts/chart-call.js';
import { drawRatingCharts, loadPlot, serverDocument, type RatingCharts } from '../charts/charts.js';
import { drawBreakdownChart } from '../charts/breakdown-chart.js';
import { drawConfidenceChart } from '../charts/confidence-chart.js';
import { t } from './blocks.js';
import {
  REPORT_OPTIONS,
  dateWords,
  madeWith,
  UNRELEASED,
  reportOptionIssues,
  type ReportOptions,
} from './options.js';
import { htmlPage, pageFooter, pageHeader } from './page.js';
import {
  breakdownSection,
  confidenceSection,
  keyQuestionSection,
  marginsSection,
  notRatedSection,
  promptsSection,
  ratingsSection,
  sampleSection,
} from './report-sections.js';
import { gradesSection } from './grades-section.js';
import { REPORT_STYLE } from './styles.js';
import { actionsSection } from './actions.js';

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
  const { framework, issues: frameworkIssues } = callFramework(
    isRecord(checkedOptions) ? checkedOptions['framework'] : undefined,
    input?.rating.framework.id,
  );
  issues.push(...frameworkIssues);
  if (issues.length > 0 || !input || !framework) throw new RatingRuleError(issues);
  return { input, framework, options: checkedOptions as HtmlReportOptions };
}

/**
 * The charts of the report, drawn for print and wide screens, then for phones; intervals that
 * are not the rating's are refused where the caller put them (input.confidence).
 */
async function reportCharts(
  input: ReportInput,
  framework: Framework,
  document: Document,
): Promise<RatingCharts[]> {
  const intervals = input.confidence?.intervals;
  try {
    const checked = checkChartCall(input.rating, {
      document,
      framework,
      width: PRINT_CHART_WIDTH,
      ...(intervals && { intervals }),
    });
    const Plot = await loadPlot();
    return [
      drawRatingCharts(Plot, checked),
      drawRatingCharts(Plot, { ...checked, width: NARROW_CHART_WIDTH }),
    ];
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    throw new RatingRuleError(
      e.issues.map((i) =>
        i.path[0] === 'options' && i.path[1] === 'intervals'
          ? { ...i, path: ['input', 'confidence', ...i.path.slice(1)] }
          : i,
      ),
    );
  }
}

/** The confidence and by-group charts, each drawn for print and for phones, when the input has them. */
export interface FigureCharts {
  readonly confidence?: readonly [SVGSVGElement, SVGSVGElement];
  readonly breakdown?: readonly [SVGSVGElement, SVGSVGElement];
}

async function figureCharts(
  input: ReportInput,
  framework: Framework,
  document: Document,
): Promise<FigureCharts> {
  const Plot = await loadPlot();
  const widths = [PRINT_CHART_WIDTH, NARROW_CHART_WIDTH] as const;
  const intervals = input.confidence?.intervals;
  const confidence = intervals
    ? widths.map((w) => drawConfidenceChart(Plot, document, w, intervals, framework))
    : [];
  const b = input.breakdown;
  return {
    ...(confidence[0] && confidence[1] && { confidence: [confidence[0], confidence[1]] as const }),
    ...(b && {
      breakdown: [
        drawBreakdownChart(Plot, document, widths[0], b),
        drawBreakdownChart(Plot, document, widths[1], b),
      ] as const,
    }),
  };
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
  const charts = await reportCharts(call.input, call.framework, document);
  const figures = await figureCharts(call.input, call.framework, document);
  const { version, date, title } = call.options;
  const service = call.options.service ?? rating.service;
  const when = date ? `<time datetime="${t(date)}">${t(dateWords(date))}</time>` : '';
  const header = pageHeader([
    service || title ? '<p class="kicker">Mock inspection report</p>' : '',
    `<h1>${t(service ?? title ?? 'Mock inspection report')}</h1>`,
    service && title ? `<p class="subtitle">${t(title)}</p>` : '',
    `<p class="meta">${t(call.framework.name)}${when ? ` · ${when}` : ''}</p>`,
  ]);
  const made =
    call.options.footer === 'none'
      ? ''
      : ` Report made${when ? ` on ${when}` : ''} with ${t(madeWith(version))}.`;
  const footer = pageFooter([
    `<p id="made">Framework: ${t(call.framework.name)} (${t(call.framework.id)}).${made}</p>`,
    '<p>This is a mock inspection made with an open-source reference implementation of HM Inspectorate of Probation’s published rating rules. It is not affiliated with or endorsed by HM Inspectorate of Probation, and it is not an inspection.</p>',
  ]);
  return htmlPage({
    lang: 'en',
    title: [service, title ?? 'mock inspection report'].filter(Boolean).join(': '),
    generator: `hmip-ratings-sheets${version && version !== UNRELEASED ? ` ${version}` : ''}`,
    style: REPORT_STYLE,
    body: `${header}
<main>
${ratingsSection(rating, charts)}
${keyQuestionSection(rating, call.framework, charts, call.input.confidence?.intervals !== undefined)}
${marginsSection(call.input)}
${actionsSection(call.input)}
${sampleSection(call.input, call.framework)}
${notRatedSection(rating)}
${confidenceSection(call.input, figures.confidence)}
${breakdownSection(call.input, figures.breakdown)}
${gradesSection(call.input)}
${promptsSection(call.input)}
</main>
${footer}`,
  });
}
