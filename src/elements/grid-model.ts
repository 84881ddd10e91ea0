// What the audit grid shows, apart from the DOM: its columns (the key questions a case answers),
// which cells a case can answer, and a pasted range placed on the grid, every problem at once.
import {
  RatingRuleError,
  type Framework,
  type InspectionRating,
  type RatingIssue,
} from 'hmip-ratings';
import type { Answer, CaseRecord } from 'hmip-ratings/cases';
import { issue } from 'hmip-ratings/toolkit';
import { readPastedRange } from './answers.js';

/** One column of the grid: a key question of a case-sampled standard. */
export interface GridColumn {
  readonly keyQuestion: string;
  readonly text: string;
  readonly caseKind?: string;
  readonly appliesTo?: readonly string[];
}

/** The grid's columns: every key question of the framework's case-sampled standards, in order. */
export function gridColumns(framework: Framework): GridColumn[] {
  return framework.domains.flatMap((d) =>
    d.standards
      .filter((s) => s.ratedBy === 'key-questions')
      .flatMap((s) =>
        s.keyQuestions.map((kq) => ({
          keyQuestion: kq.id,
          text: kq.text,
          ...(d.caseKind && { caseKind: d.caseKind }),
          ...(kq.appliesTo && { appliesTo: kq.appliesTo }),
        })),
      ),
  );
}

/** Whether a case answers a column's key question: its kind and disposal are the question's. */
export function answers(record: CaseRecord, column: GridColumn): boolean {
  return (
    (column.caseKind === undefined || column.caseKind === record.kind) &&
    (column.appliesTo === undefined || column.appliesTo.includes(record.disposal))
  );
}

/** Who answers a column, in words. */
function whoAnswers(column: GridColumn): string {
  const kind = column.caseKind ? `${column.caseKind} cases` : 'cases';
  return column.appliesTo ? `${kind} with ${column.appliesTo.join(' or ')}` : kind;
}

/** One answer to set: a case, a key question, the answer (`undefined` clears). */
export interface GridEdit {
  readonly caseId: string;
  readonly keyQuestion: string;
  readonly answer: Answer | undefined;
}

/**
 * A pasted range placed with its top left on cell (row, column) of the grid: the edits that change
 * an answer. A blank over a cell its case does not answer is passed over; anything else that does
 * not fit is a problem, each reported at once, by its place in the range and the grid's words.
 * @throws {RatingRuleError} for a cell that is not an answer, a range that runs off the grid, or an
 * answer for a question its case does not answer
 */
export function pastedEdits(
  text: unknown,
  cases: readonly CaseRecord[],
  columns: readonly GridColumn[],
  at: { readonly row: number; readonly column: number },
): GridEdit[] {
  const pasted = readPastedRange(text);
  const problems: RatingIssue[] = [];
  const rows = Math.max(0, ...pasted.map((p) => p.row + 1));
  const width = Math.max(0, ...pasted.map((p) => p.column + 1));
  if (at.row + rows > cases.length || at.column + width > columns.length)
    problems.push(
      issue(
        'invalid-argument',
        ['paste'],
        `the pasted range is ${rows} rows by ${width} columns; from case ${cases[at.row]?.id ?? ''}, key question ${columns[at.column]?.keyQuestion ?? ''} the grid has room for ${cases.length - at.row} rows by ${columns.length - at.column} columns`,
      ),
    );
  const edits: GridEdit[] = [];
  for (const p of pasted) {
    const record = cases[at.row + p.row];
    const column = columns[at.column + p.column];
    if (!record || !column) continue;
    if (!answers(record, column)) {
      if (p.answer !== undefined)
        problems.push(
          issue(
            'answer-not-allowed',
            ['paste', p.row, p.column],
            `row ${p.row + 1}, column ${p.column + 1} of the pasted range: case ${record.id} does not answer ${column.keyQuestion} (${whoAnswers(column)} only)`,
          ),
        );
      continue;
    }
    if (record.answers[column.keyQuestion] !== p.answer)
      edits.push({ caseId: record.id, keyQuestion: column.keyQuestion, answer: p.answer });
  }
  if (problems.length > 0) throw new RatingRuleError(problems);
  return edits;
}

/** The score and overall rating in words, or why there is none. */
export function summaryWords(rating: InspectionRating): string {
  if (rating.complete)
    return `Score ${rating.score}/${rating.maximum}. Overall rating: ${rating.overall ?? 'none'}`;
  const missing = rating.excluded
    .filter((e) => e.reason !== 'does not count toward the overall')
    .map((e) => e.standard);
  return `No score and no overall rating yet: ${missing.join(', ')} not rated.`;
}

/** The % yes each key question shows under its column, by key question id. */
export function percentByKeyQuestion(rating: InspectionRating): Map<string, string> {
  const found = new Map<string, string>();
  for (const s of rating.standards)
    for (const kq of s.keyQuestions)
      found.set(kq.keyQuestion, kq.empty || kq.percent === undefined ? '–' : `${kq.percent}%`);
  return found;
}
