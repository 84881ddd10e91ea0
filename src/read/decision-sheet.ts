// The decisions of a moderation, read from the disagreements sheet with its decision column filled
// in: one row per case and question, a blank decision deciding nothing.
import { keyQuestionsOf, type Framework, type Rating, type RatingIssue } from 'hmip-ratings';
import { type Answer, type CaseRecord } from 'hmip-ratings/cases';
import { quoteText } from 'hmip-ratings/toolkit';
import { columnLabel, isBlankRow } from '../sheet/columns.js';
import { SHORT } from '../sheet/layout.js';
import { readAnswer } from './answer-spelling.js';
import { readRating } from './rating-spelling.js';
import { GRADE_WORDS } from './grade-column.js';
import type { CaseSheet } from './case-sheet.js';
import { located } from './located.js';
import { headerAt } from './sheet-rows.js';

/** Decisions read from a disagreements sheet: records, and the row of each decided answer. */
export interface DecisionRows {
  readonly cases: CaseRecord[];
  readonly file: string;
  /** The row of each decision, by case id and question. */
  readonly rowOf: Map<string, number>;
  readonly columns: { readonly case?: string; readonly decision?: string };
  readonly issues: RatingIssue[];
  /** The grades decided: rows whose question is "grade", by case id. */
  readonly grades: ReadonlyMap<string, Rating>;
}

/** The key of a case and question in `DecisionRows.rowOf`. */
export const decisionKey = (id: string, question: string) => `${id}\u0000${question}`;

/** Every id a framework gives: key questions and prompts. */
function questionIdsOf(framework: Framework): Set<string> {
  return new Set(
    keyQuestionsOf(framework).flatMap((kq) => [
      kq.id as string,
      ...kq.prompts.map((p) => p.id as string),
    ]),
  );
}

/** Where the disagreements sheet's columns are, and their labels for problems ("A (case)"). */
interface DecisionLayout {
  readonly file: string;
  readonly caseAt: number | undefined;
  readonly questionAt: number | undefined;
  readonly decisionAt: number | undefined;
  readonly columns: DecisionRows['columns'];
  readonly questionColumn: string | undefined;
}

function decisionLayout(rows: readonly (readonly string[])[], file: string): DecisionLayout {
  const at = headerAt(rows);
  const header = rows[0] ?? [];
  const label = (key: string) => {
    const i = at.get(key);
    return i === undefined ? undefined : columnLabel(i, header[i] ?? '');
  };
  return {
    file,
    caseAt: at.get('case'),
    questionAt: at.get('question'),
    decisionAt: at.get('decision'),
    columns: {
      ...(label('case') !== undefined && { case: label('case') as string }),
      ...(label('decision') !== undefined && { decision: label('decision') as string }),
    },
    questionColumn: label('question'),
  };
}

/** What a decisions sheet is read against: the framework and the first auditor's cases. */
interface DecisionContext {
  readonly layout: DecisionLayout;
  readonly framework: Framework;
  readonly known: ReadonlySet<string>;
  readonly firstCases: ReadonlyMap<string, CaseRecord>;
  readonly firstName: string;
}

/** One row's decision: a case of the first sheet, a question and an answer. */
interface Decision {
  readonly id: string;
  readonly question: string;
  readonly answer: Answer;
  readonly record: CaseRecord;
}

/** A row's decision, the problem with it, or undefined where it decides nothing. */
function decisionOf(
  typed: { readonly id: string; readonly question: string; readonly decision: string },
  row: number,
  context: DecisionContext,
): Decision | RatingIssue | undefined {
  const { layout, framework } = context;
  const { file, columns } = layout;
  const { id, question } = typed;
  const read = readAnswer(typed.decision);
  if ('blank' in read) return undefined;
  if ('ambiguous' in read)
    return located(
      'ambiguous-answer',
      `${read.ambiguous}: write yes, no or n/a`,
      file,
      row,
      columns.decision,
    );
  if ('invalid' in read)
    return located('invalid-answer', read.invalid, file, row, columns.decision);
  if (layout.caseAt !== undefined && id === '')
    return located('invalid-input', 'the decision names no case', file, row, columns.case);
  if (!context.known.has(question))
    return located(
      'unknown-key-question',
      question === ''
        ? 'the decision names no question'
        : `${quoteText(question)} is not a key question or prompt of ${framework.id}`,
      file,
      row,
      layout.questionColumn,
    );
  const record = context.firstCases.get(id);
  if (record) return { id, question, answer: read.answer, record };
  if (layout.caseAt === undefined) return undefined;
  return located(
    'unknown-case',
    `case ${quoteText(id)} has a decision but is not in ${context.firstName}`,
    file,
    row,
    columns.case,
  );
}

/**
 * Reads the disagreements sheet with its decision column filled in: one row per case and question;
 * a blank decision decides nothing. The kind and disposal of each case are the first sheet's.
 */
export function readDecisionRows(
  rows: readonly (readonly string[])[],
  file: string,
  framework: Framework,
  first: CaseSheet,
  firstName: string,
): DecisionRows {
  const layout = decisionLayout(rows, file);
  const { columns } = layout;
  const issues: RatingIssue[] = [];
  if (layout.caseAt === undefined)
    issues.push(located('missing-column', 'there is no "case" column in the header row', file, 1));
  const context: DecisionContext = {
    layout,
    framework,
    known: questionIdsOf(framework),
    firstCases: new Map(first.cases.map((c) => [c.id, c])),
    firstName,
  };
  const byCase = new Map<string, CaseRecord & { answers: Record<string, Answer> }>();
  const rowOf = new Map<string, number>();
  const decidedAt = new Map<string, number>();
  const grades = new Map<string, Rating>();
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i] as readonly string[];
    if (isBlankRow(cells)) continue;
    const row = i + 1;
    const cell = (index: number | undefined) =>
      index === undefined ? '' : (cells[index] ?? '').trim();
    // Every row of a case and question, decided or not: an undecided disagreement is shown here.
    const [id, question] = [cell(layout.caseAt), cell(layout.questionAt)];
    const key = decisionKey(id, question);
    if (id !== '' && !rowOf.has(key)) rowOf.set(key, row);
    if (question.toLowerCase() === 'grade') {
      const grade = gradeDecision(cell(layout.decisionAt), row, context);
      if (typeof grade === 'object') issues.push(grade);
      else if (grade !== undefined) grades.set(id, grade);
      continue;
    }
    const decision = decisionOf({ id, question, decision: cell(layout.decisionAt) }, row, context);
    if (decision === undefined) continue;
    if (!('answer' in decision)) {
      issues.push(decision);
      continue;
    }
    const { record, answer } = decision;
    const entry = byCase.get(id) ?? {
      id,
      kind: record.kind,
      disposal: record.disposal,
      answers: {} as Record<string, Answer>,
    };
    byCase.set(id, entry);
    const earlier = Object.hasOwn(entry.answers, question) ? entry.answers[question] : undefined;
    if (earlier !== undefined && earlier !== answer) {
      issues.push(
        located(
          'conflicting-evidence',
          `case ${quoteText(id)}, ${question} is decided twice: ${SHORT[earlier]} in row ${decidedAt.get(key)} and ${SHORT[answer]} here`,
          file,
          row,
          columns.decision,
        ),
      );
      continue;
    }
    entry.answers[question] = answer;
    if (!decidedAt.has(key)) decidedAt.set(key, row);
  }
  return { cases: [...byCase.values()], file, rowOf, columns, issues, grades };
}

/** A grade decision (a row whose question is "grade"): the grade, nothing when blank, or the problem. */
function gradeDecision(
  text: string,
  row: number,
  context: DecisionContext,
): Rating | RatingIssue | undefined {
  if (text === '') return undefined;
  const grade = readRating(text);
  if (grade !== undefined && grade !== 'not rated') return grade;
  const { file, columns } = context.layout;
  return located(
    'invalid-input',
    `${quoteText(text)} is not a grade: use ${GRADE_WORDS}`,
    file,
    row,
    columns.decision,
  );
}
