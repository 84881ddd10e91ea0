// A moderation as text for people and other tools: the agreement and kappa per key question, the
// disagreements (as a table, markdown, CSV or the rows of a sheet) and what the moderation changed.
import { RatingRuleError, plainText, type RatingIssue } from 'hmip-ratings';
import { roundKappa, type AgreementMeasure } from 'hmip-ratings/moderation';
import { type Answer } from 'hmip-ratings/cases';
import { argumentIssue, oneOf } from 'hmip-ratings/toolkit';
import type { ModeratedAudit } from '../../pipelines/moderate.js';
import { SHORT } from '../../sheet/layout.js';
import { toCsv } from '../csv.js';
import { markdownText } from '../escape.js';
import { moderationView, type ModerationView } from '../moderation-view.js';
import type { ReportFormat } from '../report-input.js';
import {
  gradeDisagreementRows,
  gradeModerationJson,
  gradeModerationLines,
  gradeModerationMarkdown,
} from './moderation-grades.js';

const short = (answer: Answer | undefined) => (answer === undefined ? '' : SHORT[answer]);

/** The disagreements sheet's rows, from a checked view. */
function rowsOf(view: ModerationView): string[][] {
  return [
    ['case', 'question', 'first', 'second', 'decision'],
    ...view.agreement.disagreements.map((d) => [
      d.case,
      d.question,
      SHORT[d.first],
      SHORT[d.second],
      short(view.decided.get(d.case)?.get(d.question)),
    ]),
  ];
}

/**
 * The disagreements as rows of a sheet: a header (`case`, `question`, `first`, `second`,
 * `decision`), then one row per answer the two sheets differ on. The decision column holds the
 * decision where one was given, and is blank otherwise: fill it in and give the sheet back as the
 * decisions.
 *
 * @throws {RatingRuleError} `invalid-argument` for anything but a result of `moderateAudits`
 * @example
 * const first = { name: 'first.csv', data: toCsv(casesToRows(youth2021, cumberlandCases)) };
 * const second = { name: 'second.csv', data: first.data.replace('court-4,court,community-sentence,yes,yes,no', 'court-4,court,community-sentence,yes,yes,yes') };
 * disagreementRows(await moderateAudits({ first, second })) // => [['case', 'question', 'first', 'second', 'decision'], ['court-4', '2.1.3', 'no', 'yes', '']]
 * @category Sheets
 */
export function disagreementRows(audit: ModeratedAudit): string[][] {
  const view = moderationView(audit);
  if (!view)
    throw new RatingRuleError([argumentIssue('audit', 'a result of moderateAudits', audit)]);
  return [...rowsOf(view), ...gradeDisagreementRows(audit)];
}

/** A kappa as printed: two decimals, rounded once from its exact fraction (see `roundKappa`). */
function kappaWords(measure: AgreementMeasure): string {
  const rounded = roundKappa(measure);
  return rounded === null ? 'undefined' : rounded.toFixed(2);
}

function agreementWords(measure: AgreementMeasure): string {
  return measure.percent === null
    ? 'nothing to compare'
    : `${measure.percent}% (${measure.agreed} of ${measure.total} alike)`;
}

/** Who the second sheet is, in words. */
const secondRole = (view: ModerationView) =>
  view.settledBy === 'moderator' ? 'moderator' : 'second auditor';

function settledLine(view: ModerationView): string {
  const changed = view.changes.length;
  const answers = `${changed} answer${changed === 1 ? '' : 's'} of the first auditor's changed`;
  return view.settledBy === 'moderator'
    ? `Moderated: the moderator's answer stands wherever given; ${answers}.`
    : `Moderated: each disagreement settled by a decision; ${answers}.`;
}

const UNDEFINED_NOTE =
  "Kappa is Cohen's, over yes / no / not applicable. It is undefined where nothing was compared, or where both auditors gave every case the same one answer (agreement by chance is then certain); on a few cases it is unstable.";

/** Columns of text padded to line up, for a terminal. */
function aligned(rows: readonly (readonly string[])[]): string[] {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows.map((r) =>
    r
      .map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] as number)))
      .join('  ')
      .trimEnd(),
  );
}

const percentText = (m: AgreementMeasure) => (m.percent === null ? '' : `${m.percent}%`);

function table(view: ModerationView): string {
  const { agreement, files } = view;
  const p = plainText;
  const out = [
    p(
      `Moderation of ${agreement.cases} cases (${agreement.framework}): first auditor ${files.first}, ${secondRole(view)} ${files.second}${files.decisions !== undefined ? `, decisions ${files.decisions}` : ''}`,
    ),
    `Agreement on key questions: ${agreementWords(agreement.overall)}, kappa ${kappaWords(agreement.overall)}`,
    '',
    ...aligned([
      ['Key question', 'Compared', 'Alike', 'Agreement', 'Kappa', ''],
      ...Object.values(agreement.keyQuestions).map((kq) => [
        p(kq.keyQuestion),
        String(kq.total),
        String(kq.agreed),
        percentText(kq),
        kappaWords(kq),
        kq.notCompared > 0 ? `${kq.notCompared} blank` : '',
      ]),
    ]),
    '',
    UNDEFINED_NOTE,
    '',
  ];
  const d = agreement.disagreements.length;
  out.push(`${d} disagreement${d === 1 ? '' : 's'}`);
  if (d > 0) out.push(...aligned(rowsOf(view).map((r) => r.map((c) => p(c)))).map((l) => `  ${l}`));
  out.push('', settledLine(view));
  return `${out.join('\n')}\n`;
}

function markdown(view: ModerationView): string {
  const md = markdownText;
  const { agreement, files } = view;
  const out = [
    `# Moderation of ${agreement.cases} cases (${md(agreement.framework)})`,
    '',
    `First auditor ${md(files.first)}; ${secondRole(view)} ${md(files.second)}${files.decisions !== undefined ? `; decisions ${md(files.decisions)}` : ''}.`,
    '',
    `**Agreement on key questions: ${agreementWords(agreement.overall)}, kappa ${kappaWords(agreement.overall)}**`,
    '',
    '| Key question | Compared | Alike | Agreement | Kappa | Blank |',
    '|---|---|---|---|---|---|',
    ...Object.values(agreement.keyQuestions).map(
      (kq) =>
        `| ${md(kq.keyQuestion)} | ${kq.total} | ${kq.agreed} | ${percentText(kq)} | ${kappaWords(kq)} | ${kq.notCompared > 0 ? kq.notCompared : ''} |`,
    ),
    '',
    md(UNDEFINED_NOTE),
    '',
    `## Disagreements (${agreement.disagreements.length})`,
    '',
  ];
  const rows = rowsOf(view);
  if (rows.length > 1)
    out.push(
      '| Case | Question | First | Second | Decision |',
      '|---|---|---|---|---|',
      ...rows.slice(1).map((r) => `| ${r.map((c) => md(c)).join(' | ')} |`),
      '',
    );
  else out.push('None.', '');
  out.push(md(settledLine(view)));
  return `${out.join('\n')}\n`;
}

/**
 * A moderation as text for people or other tools: `table` (agreement and kappa per key question
 * and overall, then the disagreements), `markdown` (the same), `csv` (the disagreements, as
 * `disagreementRows`) or `json` (the agreement and the changes the moderation made). Text from the
 * files is made safe for each: control characters removed from the table, markup escaped in
 * markdown, formulae neutralised in CSV. What is printed is first checked and copied, so a value
 * that is not a moderation is refused, never half printed.
 *
 * @throws {RatingRuleError} for anything but a result of `moderateAudits`, or an unknown format
 * @example
 * const first = { name: 'first.csv', data: toCsv(casesToRows(youth2021, cumberlandCases)) };
 * const audit = await moderateAudits({ first, second: { ...first, name: 'second.csv' } });
 * formatModeration(audit, 'table').split('\n')[1] // => 'Agreement on key questions: 100% (204 of 204 alike), kappa 1.00'
 * formatModeration(audit, 'csv') // => 'case,question,first,second,decision\n'
 * @category Sheets
 */
export function formatModeration(audit: ModeratedAudit, format: ReportFormat): string {
  const found: RatingIssue[] = [];
  const problem = oneOf('table', 'markdown', 'csv', 'json')(format);
  if (problem)
    found.push({ code: 'invalid-option', path: ['format'], message: `format ${problem}` });
  const view = moderationView(audit);
  if (!view) found.push(argumentIssue('audit', 'a result of moderateAudits', audit));
  if (found.length > 0 || !view) throw new RatingRuleError(found);
  if (format === 'csv') return toCsv([...rowsOf(view), ...gradeDisagreementRows(audit)]);
  if (format === 'markdown') return markdown(view) + gradeText(gradeModerationMarkdown(audit));
  if (format === 'json')
    return `${JSON.stringify(
      {
        framework: view.agreement.framework,
        files: view.files,
        settledBy: view.settledBy,
        agreement: view.agreement,
        changes: view.changes,
        ...gradeModerationJson(audit),
      },
      null,
      2,
    )}\n`;
  return table(view) + gradeText(gradeModerationLines(audit));
}

/** Lines of a grades section as text to append, or nothing. */
const gradeText = (lines: readonly string[]) => (lines.length > 0 ? `${lines.join('\n')}\n` : '');
