import {
  RatingRuleError,
  breakdownRows,
  caseTallySchema,
  intervalRows,
  resampleRows,
  type GroupBreakdown,
  type RatingIntervals,
  type ResampledRating,
  inspectionRatingSchema,
  marginsSchema,
  plainText,
  ratingsTable,
  type CaseTally,
  type InspectionRating,
  type RatingIssue,
  type StandardMargin,
  type StandardRating,
  toolkit,
} from 'hmip-ratings';
import { toCsv } from './csv.js';
import { markdownTable, markdownText, plainTable } from './escape.js';
import { reportOptionIssues, type ReportOptions } from '../report/options.js';

const { argumentIssue, describeFigure, isRecord, oneOf, plainList } = toolkit;

const groupThousands = (n: number) => n.toLocaleString('en-GB');

/** The output formats of `formatReport`. @category Sheets */
export type ReportFormat = 'table' | 'markdown' | 'csv' | 'json' | 'html';

/** What a report shows: the rating, and optionally the tally (for the sample and prompt table) and margins. @category Sheets */
export interface ReportInput {
  readonly rating: InspectionRating;
  readonly tally?: CaseTally;
  readonly margins?: readonly StandardMargin[];
  /** How far the rating can be trusted: `ratingIntervals`, and `resampleRating` when there are cases. */
  readonly confidence?: {
    readonly intervals: RatingIntervals;
    readonly resampled?: ResampledRating;
  };
  /** The figures by group, from `breakdownByGroup`. */
  readonly breakdown?: GroupBreakdown;
}

/** The confidence and breakdown sections as rows of text, checked by the functions that make them. */
interface Extras {
  readonly intervals?: string[][];
  readonly resampled?: { rows: string[][]; counts: string[][]; result: ResampledRating };
  readonly breakdown?: { rows: string[][]; notes: readonly string[]; attribute: string };
}

function extrasOf(input: ReportInput): Extras {
  const c = input.confidence;
  const b = input.breakdown;
  return {
    ...(c && { intervals: intervalRows(c.intervals) }),
    ...(c?.resampled && {
      resampled: {
        rows: resampleRows(c.resampled),
        counts: resampleRows(c.resampled, { cells: 'count' }),
        result: c.resampled,
      },
    }),
    ...(b && { breakdown: { rows: breakdownRows(b), notes: b.notes, attribute: b.attribute } }),
  };
}

/** The lines that say what the resampling shows, in words a team can paste. */
export function resampleSentences(r: ResampledRating): string[] {
  return [
    `${groupThousands(r.resamples)} resamples, seed ${r.seed}.`,
    ...r.standards.map((s) => s.sentence),
    ...(r.overall ? [r.overall.sentence] : []),
    ...(r.overallNote ? [r.overallNote] : []),
  ];
}

const percent = (p: number | undefined) => (p === undefined ? '' : `${p}%`);

/**
 * The sample a rating rests on, in words: "20 cases (8 court, 12 out-of-court)", or a note that
 * the figures were given rather than tallied.
 */
export function sampleLine(tally: CaseTally | undefined): string {
  if (!tally) return 'Sample: not given (rated from the evidence figures, not from case answers)';
  const { total, court, outOfCourt } = tally.cases;
  return `Sample: ${total} case${total === 1 ? '' : 's'} (${court} court, ${outOfCourt} out-of-court)`;
}

/** Every standard not rated, with its reason. */
function notRatedLines(rating: InspectionRating): string[] {
  return rating.standards
    .filter((s) => s.status === 'not-rated')
    .map(
      (s) =>
        `${s.standard} ${s.name} was not rated: ${s.notRatedReason ?? 'none of its key questions had applicable cases'}`,
    );
}

/** The discretion a panel applied, in words that say which way it moved. */
export function discretionWords(s: StandardRating): string {
  const d = s.discretion;
  if (!d) return '';
  return d.direction === 'unchanged'
    ? `discretion considered, ${d.from} kept`
    : `${d.direction} by the panel from ${d.from}`;
}

function markdown(input: ReportInput): string {
  const { rating } = input;
  const md = markdownText;
  const out = [
    `# ${md(rating.service ?? rating.framework.name)}`,
    '',
    `**Score ${rating.score}/${rating.maximum}**`,
    '',
    `**Overall rating: ${rating.overall ?? 'none (incomplete)'}**`,
    '',
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

function table(input: ReportInput): string {
  const out = [ratingsTable(input.rating), plainText(sampleLine(input.tally))];
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
  const total = [
    'overall',
    '',
    input.rating.overall ?? 'none (incomplete)',
    ...blank(7),
    `${input.rating.score}/${input.rating.maximum}`,
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
  return toCsv([header, ...rows, total, sample, ...more]);
}

const FORMATS = oneOf('table', 'markdown', 'csv', 'json', 'html');

/**
 * A copy of plain data (objects, lists, text, finite numbers, true, false, null), each field read
 * once; undefined for anything else or for data nested deeper than 32 levels.
 */
function plainData(value: unknown, depth = 0): unknown {
  if (depth > 32) return undefined;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const list = plainList(value);
  if (list) {
    const copy: unknown[] = [];
    for (const item of list) {
      const c = plainData(item, depth + 1);
      if (c === undefined && item !== undefined) return undefined;
      copy.push(c);
    }
    return copy;
  }
  if (!isRecord(value)) return undefined;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (v === undefined) continue;
    const c = plainData(v, depth + 1);
    if (c === undefined) return undefined;
    Object.defineProperty(copy, key, {
      value: c,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/** A report's input checked against the result schemas and copied: what the report prints is what was checked. */
function reportInput(
  input: unknown,
  format: unknown,
): { readonly input?: ReportInput; readonly issues: RatingIssue[] } {
  const found: RatingIssue[] = [];
  const problem = FORMATS(format);
  if (problem)
    found.push({ code: 'invalid-option', path: ['format'], message: `format ${problem}` });
  if (!isRecord(input))
    return { issues: [...found, argumentIssue('input', '{ rating, tally?, margins? }', input)] };
  const rating = inspectionRatingSchema.safeParse(input['rating']);
  if (!rating.success)
    found.push(argumentIssue('input.rating', 'a rating from rateInspection', input['rating']));
  const given = {
    tally: input['tally'],
    margins: input['margins'],
    confidence: input['confidence'],
    breakdown: input['breakdown'],
  };
  // Confidence and breakdown are copied as plain data: no cycle, BigInt or getter reaches the output.
  const confidence = given.confidence === undefined ? undefined : plainData(given.confidence);
  if (
    given.confidence !== undefined &&
    !(isRecord(confidence) && isRecord(confidence['intervals']))
  )
    found.push(
      argumentIssue(
        'input.confidence',
        '{ intervals, resampled? } from ratingIntervals and resampleRating',
        given.confidence,
      ),
    );
  const breakdown = given.breakdown === undefined ? undefined : plainData(given.breakdown);
  if (given.breakdown !== undefined && !isRecord(breakdown))
    found.push(
      argumentIssue('input.breakdown', 'a breakdown from breakdownByGroup', given.breakdown),
    );
  const tally = given.tally === undefined ? undefined : caseTallySchema.safeParse(given.tally);
  if (tally && !tally.success)
    found.push(argumentIssue('input.tally', 'a tally from tallyCases', given.tally));
  const margins = given.margins === undefined ? undefined : marginsSchema.safeParse(given.margins);
  if (margins && !margins.success)
    found.push(argumentIssue('input.margins', 'margins from ratingMargins', given.margins));
  if (found.length > 0 || !rating.success) return { issues: found };
  return {
    input: {
      rating: rating.data as InspectionRating,
      ...(tally?.success && { tally: tally.data as CaseTally }),
      ...(margins?.success && { margins: margins.data as StandardMargin[] }),
      ...(isRecord(confidence) && {
        confidence: confidence as unknown as NonNullable<ReportInput['confidence']>,
      }),
      ...(isRecord(breakdown) && { breakdown: breakdown as unknown as GroupBreakdown }),
    },
    issues: [],
  };
}

/**
 * A rating as text for people or other tools: `table` (the ratings table as the reports print it,
 * the sample, then each standard's key questions with the lowest marked), `markdown` (the same,
 * with the prompt table), `csv` (one row per standard, then the overall and the sample),
 * `json`, or `html` (the board report with charts, as `htmlReport` makes it: a promise, and the
 * only format that prints `options.version` and `options.date`). Text from files is made safe
 * for each: control characters removed from the table, markup escaped in markdown and HTML,
 * formulae neutralised in CSV.
 *
 * @throws {RatingRuleError} `invalid-argument` for input that is not a checked rating (and its
 * parts), `invalid-option` for an unknown format or option, `invalid-date` for a date that is not
 * yyyy-mm-dd; the html format rejects its promise with the same
 * @example
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
  format: Exclude<ReportFormat, 'html'>,
  options?: ReportOptions,
): string;
export function formatReport(
  given: ReportInput,
  format: ReportFormat,
  options?: ReportOptions,
): string | Promise<string>;
export function formatReport(
  given: ReportInput,
  format: ReportFormat,
  options?: ReportOptions,
): string | Promise<string> {
  // The board report and its charts (Observable Plot, linkedom) load only when one is made.
  if (format === 'html')
    return import('../report/html.js').then((m) => m.htmlReport(given, options));
  const { input, issues } = reportInput(given, format);
  const optionProblems = reportOptionIssues(options);
  if (!input || optionProblems.length > 0)
    throw new RatingRuleError([...issues, ...optionProblems]);
  if (format === 'json') {
    extrasOf(input); // checks the confidence and breakdown the same way the other formats do
    return `${JSON.stringify(input.tally ? input : { ...input, sample: sampleLine(undefined).replace(/^Sample: /, '') }, null, 2)}\n`;
  }
  if (format === 'markdown') return markdown(input);
  if (format === 'csv') return csv(input);
  return table(input);
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
