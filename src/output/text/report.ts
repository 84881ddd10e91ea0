import {
  RatingRuleError,
  noOverallWords,
  plainText,
  ratingsTable,
  type InspectionRating,
  type StandardRating,
} from 'hmip-ratings';
import { caseTallySchema, type CaseTally } from 'hmip-ratings/cases';
import { argumentIssue, describeFigure } from 'hmip-ratings/toolkit';
import { toCsv } from '../csv.js';
import {
  checkedReportInput,
  discretionWords,
  extrasOf,
  reportJson,
  resampleSentences,
  sampleLine,
  type ReportFormat,
  type ReportInput,
} from '../report-input.js';

export type { ReportFormat, ReportInput };
import { markdownTable, markdownText, plainTable } from '../escape.js';
import { reportOptionIssues, type ReportOptions } from '../html/options.js';
import { gradeCsvRows, gradeMarkdownLines, gradeTextLines } from './grades.js';
import { actionsLines } from './actions.js';

const percent = (p: number | undefined) => (p === undefined ? '' : `${p}%`);

/** Every standard not rated, with its reason. */
function notRatedLines(rating: InspectionRating): string[] {
  return rating.standards
    .filter((s) => s.status === 'not-rated')
    .map(
      (s) =>
        `${s.standard} ${s.name} was not rated: ${s.notRatedReason ?? 'none of its key questions had applicable cases'}`,
    );
}

function markdown(input: ReportInput, title: string | undefined): string {
  const { rating } = input;
  const md = markdownText;
  const noOverall = noOverallWords(rating);
  const out = [
    `# ${md(rating.service ?? rating.framework.name)}`,
    '',
    ...(title === undefined ? [] : [`**${md(title)}**`, '']),
    ...(noOverall !== undefined
      ? [`**${md(noOverall)}**`, '']
      : [
          `**Score ${rating.score}/${rating.maximum}**`,
          '',
          `**Overall rating: ${rating.overall ?? ''}**`,
          '',
        ]),
    md(sampleLine(input.tally)),
    '',
  ];
  out.push('| Standard | Name | Rating | How it was reached |', '|---|---|---|---|');
  for (const s of rating.standards) {
    const how = s.lowest
      ? `lowest ${s.lowest.keyQuestion} ${describeFigure(s.lowest)}`
      : s.status === 'not-rated'
        ? `not rated: ${s.notRatedReason ?? 'no applicable cases'}`
        : s.method;
    const discretion = s.discretion ? `; ${discretionWords(s)}` : '';
    out.push(
      `| ${md(s.standard)} | ${md(s.name)} | ${s.rating ?? 'Not rated'} | ${md(how + discretion)} |`,
    );
  }
  for (const e of rating.excluded)
    if (e.reason === 'does not count toward the overall')
      out.push('', `The rating for ${md(e.standard)} does not influence the overall rating.`);
  const notRated = notRatedLines(rating);
  if (notRated.length > 0) out.push('', ...notRated.map((l) => `- ${md(l)}`));
  for (const s of rating.standards.filter((x) => x.method === 'key-questions')) {
    out.push(
      '',
      `## ${md(`${s.standard} ${s.name}`)}: ${s.rating ?? 'Not rated'}`,
      '',
      '| Key question | % yes | Yes | Of |',
      '|---|---|---|---|',
    );
    for (const kq of s.keyQuestions) {
      const row = md(`${kq.keyQuestion} ${kq.text}`);
      const lowest = kq.keyQuestion === s.lowest?.keyQuestion;
      out.push(
        `| ${lowest ? `**${row}** (lowest)` : row} | ${kq.empty ? 'no applicable cases' : percent(kq.percent)} | ${kq.yes ?? ''} | ${kq.of ?? ''} |`,
      );
    }
    out.push('', md(s.explanation));
  }
  if (input.margins) {
    out.push('', '## What would change the ratings', '');
    for (const m of input.margins) out.push(`- ${md(m.sentence)}`);
  }
  const extras = extrasOf(input);
  if (extras.intervals)
    out.push('', '## How far the figures can be trusted', '', ...markdownTable(extras.intervals));
  if (extras.resampled)
    out.push(
      '',
      '### Resampled ratings',
      '',
      ...markdownTable(extras.resampled.rows),
      '',
      ...resampleSentences(extras.resampled.result).map((l) => `- ${md(l)}`),
      '',
      'What these figures mean and do not mean: docs/statistics.md.',
    );
  if (extras.breakdown)
    out.push(
      '',
      `## By ${md(extras.breakdown.attribute)} (indicative)`,
      '',
      ...markdownTable(extras.breakdown.rows),
      '',
      ...extras.breakdown.notes.map((n) => `- ${md(n)}`),
    );
  out.push(...gradeMarkdownLines(input, extras));
  out.push(...actionsLines(input.actions, 'markdown'));
  if (input.tally && input.tally.prompts.length > 0) {
    out.push(
      '',
      '## Prompts',
      '',
      md(input.tally.promptsNote),
      '',
      '| Prompt | Text | % yes | Yes | Of |',
      '|---|---|---|---|---|',
    );
    for (const p of input.tally.prompts)
      out.push(`| ${md(p.prompt)} | ${md(p.text)} | ${percent(p.percent)} | ${p.yes} | ${p.of} |`);
  }
  return `${out.join('\n')}\n`;
}

function keyQuestionLines(s: StandardRating): string[] {
  return s.keyQuestions.map((kq) =>
    plainText(
      `  ${kq.keyQuestion === s.lowest?.keyQuestion ? '*' : ' '} ${kq.keyQuestion.padEnd(7)} ${describeFigure(kq).padEnd(16)} ${kq.text}`,
    ),
  );
}

function table(input: ReportInput, title: string | undefined): string {
  const [first = '', ...rest] = ratingsTable(input.rating).split('\n');
  const out = [
    [first, ...(title === undefined ? [] : [plainText(title)]), ...rest].join('\n'),
    plainText(sampleLine(input.tally)),
  ];
  out.push(...notRatedLines(input.rating).map(plainText));
  out.push('', `Key questions (* marks the lowest, which drives the rating)`);
  for (const s of input.rating.standards.filter((x) => x.method === 'key-questions'))
    out.push(
      plainText(`${s.standard} ${s.name}: ${s.rating ?? 'Not rated'}`),
      ...keyQuestionLines(s),
    );
  if (input.margins)
    out.push(
      '',
      'What would change the ratings',
      ...input.margins.map((m) => `  ${plainText(m.sentence)}`),
    );
  const extras = extrasOf(input);
  if (extras.intervals)
    out.push('', 'How far the figures can be trusted', ...plainTable(extras.intervals));
  if (extras.resampled)
    out.push(
      '',
      'Resampled ratings (share of resamples in each band)',
      ...plainTable(extras.resampled.rows),
      ...resampleSentences(extras.resampled.result).map((l) => `  ${plainText(l)}`),
      '  What these figures mean and do not mean: docs/statistics.md.',
    );
  if (extras.breakdown)
    out.push(
      '',
      plainText(`By ${extras.breakdown.attribute} (indicative)`),
      ...plainTable(extras.breakdown.rows),
      ...extras.breakdown.notes.map((n) => `  ${plainText(n)}`),
    );
  out.push(...gradeTextLines(input, extras));
  out.push(...actionsLines(input.actions, 'table'));
  return `${out.join('\n')}\n`;
}

function csv(input: ReportInput): string {
  const margins = new Map((input.margins ?? []).map((m) => [m.standard, m]));
  const header = [
    'standard',
    'name',
    'rating',
    'rule rating',
    'method',
    'lowest key question',
    'percent',
    'yes',
    'of',
    'discretion',
    'score',
    'counts toward overall',
    'not rated because',
  ];
  if (input.margins)
    header.push('more yes to rise', 'fewer yes to fall', 'triggers fired', 'margin');
  const blank = (n: number) => Array.from({ length: n }, () => '');
  const rows = input.rating.standards.map((s) => {
    const row = [
      s.standard,
      s.name,
      s.rating ?? 'Not rated',
      s.ruleRating ?? '',
      s.method,
      s.lowest?.keyQuestion ?? '',
      s.lowest?.percent?.toString() ?? '',
      s.lowest?.yes?.toString() ?? '',
      s.lowest?.of?.toString() ?? '',
      s.discretion ? `${discretionWords(s)} to ${s.discretion.to}: ${s.discretion.reason}` : '',
      s.score?.toString() ?? '',
      s.countsTowardOverall ? 'yes' : 'no',
      s.status === 'not-rated' ? (s.notRatedReason ?? 'no applicable cases') : '',
    ];
    if (input.margins) {
      const m = margins.get(s.standard);
      row.push(
        m?.up ? m.up.total.toString() : '',
        m?.down ? m.down.total.toString() : '',
        m?.triggersFired.join(' ') ?? '',
        m?.sentence ?? '',
      );
    }
    return row;
  });
  const extra = header.length - 13;
  const noOverall = noOverallWords(input.rating);
  const total = [
    'overall',
    '',
    noOverall ?? input.rating.overall ?? '',
    ...blank(7),
    noOverall !== undefined ? '' : `${input.rating.score}/${input.rating.maximum}`,
    ...blank(2 + extra),
  ];
  const sample = ['sample', sampleLine(input.tally).replace(/^Sample: /, ''), ...blank(11 + extra)];
  const extras = extrasOf(input);
  // Further tables follow the ratings after a blank line, each with its own header row.
  const more: string[][] = [];
  if (extras.intervals) more.push([], ...extras.intervals);
  if (extras.resampled)
    more.push(
      [],
      [...(extras.resampled.counts[0] ?? []), 'resamples', 'seed'],
      ...extras.resampled.counts
        .slice(1)
        .map((r) => [
          ...r,
          String(extras.resampled?.result.resamples),
          String(extras.resampled?.result.seed),
        ]),
    );
  if (extras.breakdown) more.push([], ...extras.breakdown.rows);
  more.push(...gradeCsvRows(extras));
  return toCsv([header, ...rows, total, sample, ...more]);
}

/**
 * A rating as text for people or other tools: `table` (the default: the ratings table as the reports print it,
 * the sample, then each standard's key questions with the lowest marked), `markdown` (the same,
 * with the prompt table), `csv` (one row per standard, then the overall and the sample),
 * `json`, or `html` (the board report with charts, as `htmlReport` makes it: a promise, and the
 * only format that prints `options.version`, `options.date` and `options.footer`). The table, the
 * markdown and the HTML begin with `options.service` (the rating's own service name by default)
 * and `options.title`. Text from files is made safe
 * for each: control characters removed from the table, markup escaped in markdown and HTML,
 * formulae neutralised in CSV.
 *
 * @throws {RatingRuleError} `invalid-argument` for input that is not a checked rating (and its
 * parts), `invalid-option` for an unknown format or option, `invalid-date` for a date that is not
 * yyyy-mm-dd; the html format rejects its promise with the same
 * @example
 * formatReport({ rating: rateInspection(cumberland2024) }).split('\n')[1] // => 'Score 12/36'
 * formatReport({ rating: rateInspection(cumberland2024) }, 'csv').split('\n')[0]?.startsWith('standard,name,rating') // => true
 * (await formatReport({ rating: rateInspection(cumberland2024) }, 'html', { date: '2025-03-07' })).includes('7 March 2025') // => true
 * @category Sheets
 */
export function formatReport(
  given: ReportInput,
  format: 'html',
  options?: ReportOptions,
): Promise<string>;
export function formatReport(
  given: ReportInput,
  format?: Exclude<ReportFormat, 'html'>,
  options?: ReportOptions,
): string;
export function formatReport(
  given: ReportInput,
  format: ReportFormat,
  options?: ReportOptions,
): string | Promise<string>;
export function formatReport(
  given: ReportInput,
  format: ReportFormat = 'table',
  options?: ReportOptions,
): string | Promise<string> {
  // The board report and its charts (Observable Plot, linkedom) load only when one is made.
  if (format === 'html')
    return import('../html/report.js').then((m) => m.htmlReport(given, options));
  const { input, issues } = checkedReportInput(given, format);
  const optionProblems = reportOptionIssues(options);
  if (!input || optionProblems.length > 0)
    throw new RatingRuleError([...issues, ...optionProblems]);
  if (format === 'json') return reportJson(input);
  if (format === 'csv') return csv(input);
  // The service's name and the title head the table and the markdown (not data: not CSV or JSON).
  const service = options?.service;
  const named = service === undefined ? input : { ...input, rating: { ...input.rating, service } };
  if (format === 'markdown') return markdown(named, options?.title);
  return table(named, options?.title);
}

/**
 * The prompt table in the layout of an HMIP report's data annexe, as CSV rows.
 * @example
 * promptTableCsv(tallyCases(youth2018, [])).split('\n')[0] // => 'standard,key question,prompt,text,percent,yes,of,not applicable'
 * @category Sheets
 */
export function promptTableCsv(given: CaseTally): string {
  const parsed = caseTallySchema.safeParse(given);
  if (!parsed.success)
    throw new RatingRuleError([argumentIssue('tally', 'a tally from tallyCases', given)]);
  const tally = parsed.data as CaseTally;
  return toCsv([
    ['standard', 'key question', 'prompt', 'text', 'percent', 'yes', 'of', 'not applicable'],
    ...tally.prompts.map((p) => [
      p.standard,
      p.keyQuestion,
      p.prompt,
      p.text,
      p.percent?.toString() ?? '',
      p.yes.toString(),
      p.of.toString(),
      p.notApplicable.toString(),
    ]),
  ]);
}
