// How far two auditors of the same cases agree: per key question and overall, the share of cases
// they answer alike and Cohen's kappa over yes / no / not applicable, and every answer they differ on.
import { RatingRuleError } from '../model/errors.js';
import type { Framework } from '../model/types.js';
import { oneOf } from '../model/arguments.js';
import { acceptArguments, callArguments } from '../framework/call-arguments.js';
import { percentYes } from '../rules/percent-yes.js';
import { ANSWERS, type Answer, type CaseRecord } from '../cases/case-record.js';
import { kappaOf, type CohensKappa } from './kappa.js';
import {
  answerOf,
  canAnswer,
  checkLists,
  namesCheck,
  namesOf,
  questionsOf,
  type ListNames,
} from './lists.js';

/**
 * Agreement on a set of answers: Cohen's kappa and its parts (`total` is the answers both gave,
 * `agreed` those alike, `observed` the share alike), with the whole percent and the table.
 * @category Moderation
 */
export interface AgreementMeasure extends CohensKappa {
  /** Answers that could be compared: cases (for a key question) that can answer it. */
  readonly eligible: number;
  /** Of those, how many one of the two left blank, so they were not compared. */
  readonly notCompared: number;
  /** The share alike as a whole percent, rounded once half up (as `percentYes`); null with nothing compared. */
  readonly percent: number | null;
  /**
   * The contingency table: rows the first list's answers, columns the second's, each in the order
   * yes, no, not applicable.
   */
  readonly table: readonly (readonly number[])[];
}

/** Agreement on one key question. @category Moderation */
export interface KeyQuestionAgreement extends AgreementMeasure {
  readonly keyQuestion: string;
  readonly standard: string;
}

/** One answer the two lists differ on. @category Moderation */
export interface Disagreement {
  readonly case: string;
  /** The key question or prompt. */
  readonly question: string;
  /** The key question it is, or belongs to. */
  readonly keyQuestion: string;
  /** Whether the question is a prompt (prompts describe; they never feed a rating). */
  readonly prompt: boolean;
  readonly first: Answer;
  readonly second: Answer;
}

/** What `compareAudits` returns. @category Moderation */
export interface AuditAgreement {
  readonly framework: string;
  /** Cases in each list. */
  readonly cases: number;
  /** Every key question of the case-sampled standards, by id, in framework order. */
  readonly keyQuestions: Readonly<Record<string, KeyQuestionAgreement>>;
  /** Every key-question answer of every case, pooled. */
  readonly overall: AgreementMeasure;
  /** Every answer both gave and differ on (key questions and prompts), case by case in the first list's order. */
  readonly disagreements: readonly Disagreement[];
}

/** Options of `compareAudits`. @category Moderation */
export interface CompareOptions {
  /**
   * `'error'` (the default): each list must answer every key question its cases can answer, as a
   * complete audit. `'leave-out'`: a blank is allowed, and an answer one list left blank is not
   * compared (it is counted in `notCompared`).
   */
  readonly unanswered?: 'error' | 'leave-out';
  /** How the lists are called in messages: `{ first: 'first.csv', second: 'second.csv' }`. */
  readonly names?: ListNames;
}

const COMPARE_OPTIONS = { unanswered: oneOf('error', 'leave-out'), names: namesCheck };

const SLOT: ReadonlyMap<Answer, number> = new Map(ANSWERS.map((a, i) => [a, i]));

/** A 3×3 table of counts, and what it makes. */
class Tally {
  readonly table = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ];
  eligible = 0;
  notCompared = 0;
  add(first: Answer, second: Answer): void {
    const row = this.table[SLOT.get(first) as number] as number[];
    const at = SLOT.get(second) as number;
    row[at] = (row[at] as number) + 1;
  }
  measure(): AgreementMeasure {
    const rows = this.table.map((r) => r.reduce((a, b) => a + b, 0));
    const columns = [0, 1, 2].map((j) => this.table.reduce((a, r) => a + (r[j] as number), 0));
    const total = rows.reduce((a, b) => a + b, 0);
    const agreed = this.table.reduce((a, r, i) => a + (r[i] as number), 0);
    return {
      ...kappaOf(total, agreed, rows, columns),
      eligible: this.eligible,
      notCompared: this.notCompared,
      percent: total > 0 ? percentYes(agreed, total) : null,
      table: this.table.map((r) => [...r]),
    };
  }
}

/**
 * Compares two audits of the same cases, a first auditor's and a second's (a moderator's): for
 * each key question, and for every key-question answer pooled, the share of cases whose answers
 * are alike and Cohen's kappa over the answers yes / no / not applicable ("not applicable" is a
 * category like the others), over the cases that can answer the question; and every answer the
 * two differ on, prompts included. The measures are symmetric: swapping the lists transposes each
 * table and changes no figure. Kappa is `null` where it is undefined (see `cohensKappa`).
 *
 * @param framework - the framework both audits follow
 * @param first - the first auditor's case records
 * @param second - the second auditor's (the moderator's) records of the same cases
 * @throws {RatingRuleError} every problem at once: a list that is not an audit of the framework
 * (what `tallyCases` refuses, its path under `first` or `second`); a case in one list only
 * (`unknown-case`, naming it); a case whose kind or disposal differs between the lists
 * (`conflicting-evidence`)
 * @example
 * const moderator = cumberlandCases.map((c) => c.id === 'court-4' ? { ...c, answers: { ...c.answers, '2.1.3': 'yes' } } : c);
 * const agreement = compareAudits(youth2021, cumberlandCases, moderator);
 * agreement.disagreements // => [{ case: 'court-4', question: '2.1.3', keyQuestion: '2.1.3', prompt: false, first: 'no', second: 'yes' }]
 * agreement.keyQuestions['2.1.3']?.percent // => 88
 * agreement.keyQuestions['2.1.3']?.kappa // => 0.75
 * agreement.keyQuestions['2.1.1']?.kappa // => 1
 * [agreement.overall.agreed, agreement.overall.total] // => [203, 204]
 * @category Moderation
 */
export function compareAudits(
  framework: Framework,
  first: readonly CaseRecord[],
  second: readonly CaseRecord[],
  options: CompareOptions = {},
): AuditAgreement {
  const { framework: fw, options: given } = acceptArguments(
    callArguments(framework, options, COMPARE_OPTIONS),
  );
  const unanswered = given.unanswered ?? 'error';
  const lists = checkLists(
    fw,
    { first, second },
    { first: unanswered, second: unanswered, decisions: 'leave-out' },
    namesOf(given.names),
  );
  if (!lists.lists) throw new RatingRuleError(lists.issues);
  return agreementOf(fw, lists.lists.first, lists.lists.second, lists.lists.secondAt);
}

/** The measures and disagreements of two lists already checked. */
export function agreementOf(
  framework: Framework,
  first: readonly CaseRecord[],
  second: readonly CaseRecord[],
  secondAt: ReadonlyMap<string, number>,
): AuditAgreement {
  const questions = questionsOf(framework);
  const tallies = new Map<string, Tally>();
  for (const q of questions) if (!q.prompt) tallies.set(q.id, new Tally());
  const overall = new Tally();
  const disagreements: Disagreement[] = [];
  for (const record of first) {
    const twin = second[secondAt.get(record.id) as number] as CaseRecord;
    for (const question of questions) {
      if (!canAnswer(question, record)) continue;
      const a = answerOf(record, question.id);
      const b = answerOf(twin, question.id);
      const tally = question.prompt ? undefined : (tallies.get(question.id) as Tally);
      if (tally) {
        tally.eligible++;
        overall.eligible++;
      }
      if (a === undefined || b === undefined) {
        if (tally) {
          tally.notCompared++;
          overall.notCompared++;
        }
        continue;
      }
      if (tally) {
        tally.add(a, b);
        overall.add(a, b);
      }
      if (a !== b)
        disagreements.push({
          case: record.id,
          question: question.id,
          keyQuestion: question.keyQuestion.id,
          prompt: question.prompt,
          first: a,
          second: b,
        });
    }
  }
  const keyQuestions: Record<string, KeyQuestionAgreement> = {};
  for (const q of questions)
    if (!q.prompt)
      keyQuestions[q.id] = {
        keyQuestion: q.id,
        standard: q.standard,
        ...(tallies.get(q.id) as Tally).measure(),
      };
  return {
    framework: framework.id,
    cases: first.length,
    keyQuestions,
    overall: overall.measure(),
    disagreements,
  };
}
