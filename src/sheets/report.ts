import type { CaseTally } from '../cases/tally-cases.js';
import type { StandardMargin } from '../margins/rating-margins.js';
import type { InspectionRating } from '../rules/inspection-rating.js';
import type { StandardRating } from '../rules/standard-rating.js';
import { ratingsTable } from '../format/ratings-table.js';
import { describeFigure } from '../rules/explain.js';
import { toCsv } from './csv.js';

/** The output formats of `formatReport`. @category Sheets */
export type ReportFormat = 'table' | 'markdown' | 'csv' | 'json';

/** What a report shows: the rating, and optionally the tally (for the prompt table) and margins. @category Sheets */
export interface ReportInput {
  readonly rating: InspectionRating;
  readonly tally?: CaseTally;
  readonly margins?: readonly StandardMargin[];
}

const cell = (text: string) => text.replace(/\|/g, '\\|');
const percent = (p: number | undefined) => (p === undefined ? '' : `${p}%`);

function markdown(input: ReportInput): string {
  const { rating } = input;
  const out = [
    `# ${rating.service ?? rating.framework.name}`,
    '',
    `**Score ${rating.score}/${rating.maximum}**`,
    '',
    `**Overall rating: ${rating.overall ?? 'none (incomplete)'}**`,
    '',
  ];
  out.push('| Standard | Name | Rating | Lowest key question |', '|---|---|---|---|');
  for (const s of rating.standards) {
    const lowest = s.lowest ? `${s.lowest.keyQuestion} ${describeFigure(s.lowest)}` : s.method;
    const discretion =
      s.discretion && s.discretion.direction !== 'unchanged'
        ? ` (discretion from ${s.discretion.from})`
        : '';
    out.push(
      `| ${s.standard} | ${cell(s.name)} | ${s.rating ?? 'Not rated'}${discretion} | ${lowest} |`,
    );
  }
  for (const e of rating.excluded)
    if (e.reason === 'does not count toward the overall')
      out.push('', `The rating for ${e.standard} does not influence the overall rating.`);
  for (const s of rating.standards.filter((x) => x.method === 'key-questions')) {
    out.push(
      '',
      `## ${s.standard} ${s.name}: ${s.rating ?? 'Not rated'}`,
      '',
      '| Key question | % yes | Yes | Of |',
      '|---|---|---|---|',
    );
    for (const kq of s.keyQuestions) {
      const row = `${kq.keyQuestion} ${cell(kq.text)}`;
      const lowest = kq.keyQuestion === s.lowest?.keyQuestion;
      out.push(
        `| ${lowest ? `**${row}** (lowest)` : row} | ${kq.empty ? 'no applicable cases' : percent(kq.percent)} | ${kq.yes ?? ''} | ${kq.of ?? ''} |`,
      );
    }
    out.push('', s.explanation);
  }
  if (input.margins) {
    out.push('', '## What would change the ratings', '');
    for (const m of input.margins) out.push(`- ${m.sentence}`);
  }
  if (input.tally && input.tally.prompts.length > 0) {
    out.push(
      '',
      '## Prompts',
      '',
      input.tally.promptsNote,
      '',
      '| Prompt | Text | % yes | Yes | Of |',
      '|---|---|---|---|---|',
    );
    for (const p of input.tally.prompts)
      out.push(`| ${p.prompt} | ${cell(p.text)} | ${percent(p.percent)} | ${p.yes} | ${p.of} |`);
  }
  return `${out.join('\n')}\n`;
}

function keyQuestionLines(s: StandardRating): string[] {
  return s.keyQuestions.map(
    (kq) =>
      `  ${kq.keyQuestion === s.lowest?.keyQuestion ? '*' : ' '} ${kq.keyQuestion.padEnd(7)} ${describeFigure(kq).padEnd(16)} ${kq.text}`,
  );
}

function table(input: ReportInput): string {
  const out = [ratingsTable(input.rating)];
  out.push('', `Key questions (* marks the lowest, which drives the rating)`);
  for (const s of input.rating.standards.filter((x) => x.method === 'key-questions'))
    out.push(`${s.standard} ${s.name}: ${s.rating ?? 'Not rated'}`, ...keyQuestionLines(s));
  if (input.margins)
    out.push('', 'What would change the ratings', ...input.margins.map((m) => `  ${m.sentence}`));
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
  ];
  if (input.margins)
    header.push('more yes to rise', 'fewer yes to fall', 'triggers fired', 'margin');
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
      s.discretion ? `${s.discretion.from} to ${s.discretion.to}: ${s.discretion.reason}` : '',
      s.score?.toString() ?? '',
      s.countsTowardOverall ? 'yes' : 'no',
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
  const total = [
    'overall',
    '',
    input.rating.overall ?? 'none (incomplete)',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    `${input.rating.score}/${input.rating.maximum}`,
    '',
  ];
  return toCsv([header, ...rows, total]);
}

/**
 * A rating as text for people or other tools: `table` (the ratings table as the reports print it,
 * then each standard's key questions with the lowest marked), `markdown` (the same, with the
 * prompt table), `csv` (one row per standard, then the overall) or `json`.
 *
 * @example
 * formatReport({ rating: rateInspection(cumberland2024) }, 'csv').split('\n')[0]?.startsWith('standard,name,rating') // => true
 * @category Sheets
 */
export function formatReport(input: ReportInput, format: ReportFormat): string {
  if (format === 'json') return `${JSON.stringify(input, null, 2)}\n`;
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
export function promptTableCsv(tally: CaseTally): string {
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
