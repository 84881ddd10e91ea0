// A trend as text for people or other tools: a table for the terminal, markdown, CSV (one row per
// figure per audit, then one row per change) or JSON; and the rows of the audits compared, which
// the HTML page prints too. Text from files is made safe for each output.
import { RatingRuleError, plainText, type RatingIssue } from 'hmip-ratings';
import { auditTrendSchema, trendRows, type AuditTrend, type TrendChange } from 'hmip-ratings/trend';
import { argumentIssue, isRecord, oneOf, optionIssues, plainList } from 'hmip-ratings/toolkit';
import { SERVICE_MAX, TITLE_MAX, lineOfText } from '../html/options.js';
import type { FrameworkChoice } from '../../pipelines/rate-audit.js';
import type { TrendDateSource, TrendSheets } from '../../pipelines/trend.js';
import { toCsv } from '../csv.js';
import { markdownTable, markdownText, plainTable } from '../escape.js';
import { trendGradeLines, trendGradeMarkdown, trendGradeRows } from './trend-grades.js';

/** The output formats of `formatTrend`. @category Sheets */
export type TrendFormat = 'table' | 'markdown' | 'csv' | 'json';

const FORMATS = oneOf('table', 'markdown', 'csv', 'json');

/**
 * The audits compared, as rows of text: date, name, where the date came from, sample, score (the
 * markdown, the table and the HTML page print the same rows).
 */
export function auditRows(trend: AuditTrend, sheets?: readonly SheetInfo[]): string[][] {
  return [
    ['date', 'audit', 'date from', 'sample', 'score', 'overall'],
    ...trend.audits.map((a, i) => [
      a.date,
      a.label ?? '',
      sheets?.[i]?.dateFrom ?? 'given',
      a.sample
        ? `${a.sample.total} cases (${a.sample.court} court, ${a.sample.outOfCourt} out-of-court)`
        : '',
      a.overall ? `${a.score}/${a.maximum}` : '',
      a.overall ?? a.noOverall ?? 'no overall',
    ]),
  ];
}

/** The changes a team reads first: band changes, and changes beyond the intervals. */
function headlines(trend: AuditTrend): { bands: string[]; beyond: string[] } {
  const many = trend.audits.length > 2;
  const every = (t: { changes: readonly TrendChange[]; firstToLast: TrendChange }) => [
    ...t.changes,
    ...(many ? [t.firstToLast] : []),
  ];
  const beyond = [
    ...trend.keyQuestions.flatMap(every),
    ...trend.standards.flatMap(every),
    ...every(trend.overall),
  ]
    .filter((c) => c.verdict === 'beyond-intervals')
    .map((c) => c.sentence);
  return { bands: trend.bandChanges.map((b) => b.change.sentence), beyond };
}

/** How each audit's files are shown beside a trend. */
export interface SheetInfo {
  readonly date: string;
  readonly dateFrom: TrendDateSource;
  readonly file: string;
  readonly judgements?: string;
  readonly frameworkChoice: FrameworkChoice;
}

const DATE_SOURCES: readonly unknown[] = ['given', 'date column', 'file name'];
const CHOICES: readonly unknown[] = ['given', 'read off the sheet', 'assumed'];

/**
 * A trend result checked and copied: `{ trend, audits }` from `trendAudits` (each audit's files
 * are kept, by date), or a trend from `auditTrend`; undefined when it is neither.
 */
export function trendInput(
  given: unknown,
): { readonly trend: AuditTrend; readonly sheets?: readonly SheetInfo[] } | undefined {
  const sheetsGiven = isRecord(given) && Object.hasOwn(given, 'trend');
  const parsed = auditTrendSchema.safeParse(sheetsGiven ? given['trend'] : given);
  if (!parsed.success) return undefined;
  const trend = parsed.data as AuditTrend;
  if (!sheetsGiven) return { trend };
  const list = plainList(given['audits']);
  if (!list || list.length !== trend.audits.length) return undefined;
  const sheets: SheetInfo[] = [];
  for (const [i, item] of list.entries()) {
    if (!isRecord(item)) return undefined;
    const { date, dateFrom, file, judgements, frameworkChoice } = item;
    if (
      date !== trend.audits[i]?.date ||
      !DATE_SOURCES.includes(dateFrom) ||
      typeof file !== 'string' ||
      (judgements !== undefined && typeof judgements !== 'string') ||
      !CHOICES.includes(frameworkChoice)
    )
      return undefined;
    sheets.push({
      date: date as string,
      dateFrom: dateFrom as TrendDateSource,
      file,
      ...(typeof judgements === 'string' && { judgements }),
      frameworkChoice: frameworkChoice as FrameworkChoice,
    });
  }
  return { trend, sheets };
}

/**
 * A trend as text for people or other tools: `table` (the audits, every figure by audit with the
 * change from the first to the last and its test, what changed band, what changed by more than
 * the samples would explain, and notes), `markdown` (the same), `csv` (one row per figure per
 * audit, then after a blank line one row per change) or `json` (the trend and each audit's files).
 * Text from files is made safe for each: control characters removed from the table, markup
 * escaped in markdown, formulae neutralised in CSV.
 *
 * @throws {RatingRuleError} `invalid-option` for an unknown format; `invalid-argument` for a value
 * that is not from `trendAudits` or `auditTrend`
 * @example
 * const before = rateCases(youth2021, cumberlandCases, {}, { incomplete: 'allow' }).rating;
 * const trend = auditTrend(youth2021, [{ date: '2024-01-15', rating: before }, { date: '2024-04-15', rating: before }]);
 * formatTrend(trend, 'csv').split('\n')[0]?.startsWith('date,label,kind,figure') // => true
 * @category Sheets
 */
export function formatTrend(
  result: TrendSheets | AuditTrend,
  format: TrendFormat,
  options?: TrendTextOptions,
): string {
  const problem = FORMATS(format);
  const input = trendInput(result);
  const issues: RatingIssue[] = [
    ...(problem
      ? [{ code: 'invalid-option' as const, path: ['format'], message: `format ${problem}` }]
      : []),
    ...optionIssues(options, TREND_TEXT_OPTIONS),
    ...(input ? [] : [argumentIssue('result', 'the result of trendAudits or auditTrend', result)]),
  ];
  if (!input || issues.length > 0) throw new RatingRuleError(issues);
  const { trend, sheets } = input;
  if (format === 'json') return trendJson(trend, sheets, trendGradeRows(result));
  const rows = trendRows(trend);
  const grades = trendGradeRows(result);
  if (format === 'csv')
    return toCsv([...rows.points, [], ...rows.changes, ...(grades ? [[], ...grades] : [])]);
  const text = trendText(trend, rows.figures, sheets);
  // The service's name and the title head the table and the markdown (not data: not CSV or JSON).
  const named = {
    ...text,
    ...(options?.title !== undefined && { title: options.title }),
    ...(options?.service !== undefined && { service: options.service }),
  };
  return format === 'markdown'
    ? markdownTrend(named) + lines(trendGradeMarkdown(grades))
    : tableTrend(named) + lines(trendGradeLines(grades));
}

/** Options of `formatTrend`. @category Sheets */
export interface TrendTextOptions {
  /** The service's name, on the first line of the table and the markdown. */
  readonly service?: string;
  /** The title, instead of "Trend of N audits, first to last". */
  readonly title?: string;
}

const TREND_TEXT_OPTIONS = { service: lineOfText(SERVICE_MAX), title: lineOfText(TITLE_MAX) };

/** The trend and each audit's files, as JSON. */
function trendJson(
  trend: AuditTrend,
  sheets: readonly SheetInfo[] | undefined,
  grades: string[][] | undefined,
): string {
  return `${JSON.stringify(
    {
      trend,
      ...(grades && { grades }),
      ...(sheets && {
        files: sheets.map((s) => ({
          date: s.date,
          dateFrom: s.dateFrom,
          file: s.file,
          ...(s.judgements !== undefined && { judgements: s.judgements }),
          frameworkChoice: s.frameworkChoice,
        })),
      }),
    },
    null,
    2,
  )}\n`;
}

/** What the table and the markdown print, before escaping. */
interface TrendText {
  readonly service?: string;
  readonly title: string;
  readonly level: string;
  readonly audits: string[][];
  readonly figures: string[][];
  readonly bands: string[];
  readonly beyond: string[];
  readonly notes: readonly string[];
}

function trendText(
  trend: AuditTrend,
  figures: string[][],
  sheets: readonly SheetInfo[] | undefined,
): TrendText {
  const first = trend.audits[0]?.date ?? '';
  const last = trend.audits[trend.audits.length - 1]?.date ?? '';
  return {
    title: `Trend of ${trend.audits.length} audits, ${first} to ${last} (${trend.framework.id})`,
    level: `${Math.round(trend.level * 1000) / 10}%`,
    audits: auditRows(trend, sheets),
    figures,
    ...headlines(trend),
    notes: trend.notes,
  };
}

function markdownTrend(t: TrendText): string {
  const md = markdownText;
  return `${[
    ...(t.service === undefined ? [] : [`**${md(t.service)}**`, '']),
    `# ${md(t.title)}`,
    '',
    ...markdownTable(t.audits),
    '',
    `## Figures by audit`,
    '',
    ...markdownTable(t.figures),
    '',
    '## What changed band',
    '',
    ...(t.bands.length > 0 ? t.bands.map((l) => `- ${md(l)}`) : ['No figure changed band.']),
    '',
    `## Changes larger than the samples would explain at ${t.level}`,
    '',
    ...(t.beyond.length > 0
      ? t.beyond.map((l) => `- ${md(l)}`)
      : ['None: every change is within what the samples would explain.']),
    '',
    '## Notes',
    '',
    ...t.notes.map((n) => `- ${md(n)}`),
    '- What these figures mean and do not mean: docs/trends.md.',
  ].join('\n')}\n`;
}

function tableTrend(t: TrendText): string {
  return `${[
    ...(t.service === undefined ? [] : [plainText(t.service)]),
    plainText(t.title),
    ...plainTable(t.audits),
    '',
    'Figures by audit',
    ...plainTable(t.figures),
    '',
    'What changed band',
    ...(t.bands.length > 0
      ? t.bands.map((l) => `  ${plainText(l)}`)
      : ['  No figure changed band.']),
    '',
    `Changes larger than the samples would explain at ${t.level}`,
    ...(t.beyond.length > 0
      ? t.beyond.map((l) => `  ${plainText(l)}`)
      : ['  None: every change is within what the samples would explain.']),
    '',
    'Notes',
    ...t.notes.map((n) => `  ${plainText(n)}`),
    '  What these figures mean and do not mean: docs/trends.md.',
  ].join('\n')}\n`;
}

/** Lines to append, or nothing. */
const lines = (more: readonly string[]) => (more.length > 0 ? `${more.join('\n')}\n` : '');
