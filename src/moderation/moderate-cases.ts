// The moderated audit: one list of case records from two audits of the same cases. Each answer
// comes from one person's judgement (the moderator's, or the decision of whoever settles a
// difference), never from an average; a difference nobody settled is an error, not a guess.
import { RatingRuleError, issue, type RatingIssue } from '../model/errors.js';
import type { Framework } from '../model/types.js';
import { oneOf } from '../model/arguments.js';
import { quoteText } from '../model/preview.js';
import { acceptArguments, callArguments } from '../framework/call-arguments.js';
import type { Answer, CaseRecord } from '../cases/case-record.js';
import { answerOf, checkLists, namesCheck, namesOf, questionsOf, type ListNames } from './lists.js';

/** Options of `moderateCases`. @category Moderation */
export interface ModerationOptions {
  /**
   * Who settles an answer the two lists differ on:
   * - `'moderator'` (the default without `decisions`): the second list is the moderator's; the
   *   moderator's answer stands wherever it is given, and a blank keeps the first auditor's.
   * - `'decisions'` (the default with `decisions`): the two lists are peers; where both answered a
   *   question and differ, the decision settles it, and a difference without a decision is an
   *   `unresolved-disagreement`. Where only one answered, that answer stands. A decision stands
   *   wherever it is given, even where the two agree.
   */
  readonly settle?: 'moderator' | 'decisions';
  /**
   * The decisions, as case records of cases in the first list (same kind and disposal) holding
   * only the decided answers. Only with `settle: 'decisions'`.
   */
  readonly decisions?: readonly CaseRecord[];
  /**
   * `'error'` (the default): the first list (and, when the lists are peers, the second) must answer
   * every key question its cases can answer. `'leave-out'`: blanks are allowed, and a question no
   * one answered stays blank. A moderator may always leave blanks.
   */
  readonly unanswered?: 'error' | 'leave-out';
  /** How the lists are called in messages: `{ first: 'first.csv', second: 'second.csv' }`. */
  readonly names?: ListNames;
}

/** An answer of the moderated list that is not the first auditor's. @category Moderation */
export interface ModerationChange {
  readonly case: string;
  readonly question: string;
  /** The first auditor's answer; absent where the first auditor left it blank. */
  readonly from?: Answer;
  readonly to: Answer;
  /** Whose answer it is: the second list's (the moderator's or the peer's), or a decision. */
  readonly by: 'second' | 'decision';
}

/** What `moderateCases` returns. @category Moderation */
export interface ModeratedCases {
  readonly framework: string;
  readonly settledBy: 'moderator' | 'decisions';
  /** The moderated case records, in the first list's order, with the first list's attributes. */
  readonly cases: readonly CaseRecord[];
  /** Every answer that is not the first auditor's, case by case, in framework order. */
  readonly changes: readonly ModerationChange[];
}

const MODERATION_OPTIONS = {
  settle: oneOf('moderator', 'decisions'),
  decisions: (v: unknown) => (Array.isArray(v) ? undefined : 'must be a list of case records'),
  unanswered: oneOf('error', 'leave-out'),
  names: namesCheck,
};

/**
 * Moderates two audits of the same cases into one list of case records, ready to tally and rate.
 * With a moderator (the default), the moderator's answer stands wherever it is given and a blank
 * keeps the first auditor's. With decisions (`settle: 'decisions'`), the two lists are peers and
 * every answer they differ on must be settled by a decision; two lists that differ with no
 * decisions are refused, listing every difference. An answer is never averaged or guessed.
 *
 * @param framework - the framework both audits follow
 * @param first - the first auditor's case records
 * @param second - the moderator's (or, with decisions, the second auditor's) records of the same cases
 * @throws {RatingRuleError} every problem at once: what `compareAudits` refuses; decisions with
 * `settle: 'moderator'` (`invalid-option`); a decision about a case not in the first list
 * (`unknown-case`); and, when settling by decisions, each difference no decision settles
 * (`unresolved-disagreement`, naming the case, the question and both answers)
 * @example
 * const moderator = [{ ...cumberlandCases[3]!, answers: { '2.1.3': 'yes' } }, ...cumberlandCases.slice(4, 20).map((c) => ({ ...c, answers: {} }))];
 * const unmoderated = cumberlandCases.slice(0, 3).map((c) => ({ ...c, answers: {} }));
 * const moderated = moderateCases(youth2021, cumberlandCases, [...unmoderated, ...moderator]);
 * moderated.changes // => [{ case: 'court-4', question: '2.1.3', from: 'no', to: 'yes', by: 'second' }]
 * tallyCases(youth2021, moderated.cases).keyQuestions['2.1.3'] // => { yes: 4, no: 4, notApplicable: 0, of: 8, percent: 50 }
 * const refused = (() => { try { moderateCases(youth2021, cumberlandCases, [...unmoderated, ...moderator], { settle: 'decisions', unanswered: 'leave-out' }); } catch (e) { return (e as RatingRuleError).issues; } })();
 * refused?.map((i) => i.code) // => ['unresolved-disagreement']
 * @category Moderation
 */
export function moderateCases(
  framework: Framework,
  first: readonly CaseRecord[],
  second: readonly CaseRecord[],
  options: ModerationOptions = {},
): ModeratedCases {
  const call = callArguments(framework, options, MODERATION_OPTIONS);
  const mixed =
    call.issues.length === 0 &&
    call.options.settle === 'moderator' &&
    call.options.decisions !== undefined;
  const { framework: fw, options: given } = acceptArguments(
    call,
    mixed
      ? [
          issue(
            'invalid-option',
            ['options', 'decisions'],
            "decisions settle differences between peers, and a moderator's answers stand on their own: give settle 'decisions' with decisions, or settle 'moderator' without them",
          ),
        ]
      : [],
  );
  const decisions = given.decisions;
  const settledBy = given.settle ?? (decisions !== undefined ? 'decisions' : 'moderator');
  const unanswered = given.unanswered ?? 'error';
  const names = namesOf(given.names);
  const lists = checkLists(
    fw,
    { first, second, ...(settledBy === 'decisions' && { decisions: decisions ?? [] }) },
    {
      first: unanswered,
      second: settledBy === 'moderator' ? 'leave-out' : unanswered,
      decisions: 'leave-out',
    },
    names,
  );
  if (!lists.lists) throw new RatingRuleError(lists.issues);
  const { secondAt, decisionsAt } = lists.lists;
  const decided = lists.lists.decisions ?? [];
  const questions = questionsOf(fw);
  const cases: CaseRecord[] = [];
  const changes: ModerationChange[] = [];
  const unresolved: RatingIssue[] = [];
  for (const record of lists.lists.first) {
    const at = secondAt.get(record.id) as number;
    const twin = lists.lists.second[at] as CaseRecord;
    const dAt = decisionsAt?.get(record.id);
    const decision = dAt === undefined ? undefined : (decided[dAt] as CaseRecord);
    const answers: Record<string, Answer> = {};
    for (const question of questions) {
      const a = answerOf(record, question.id);
      const b = answerOf(twin, question.id);
      const d = decision ? answerOf(decision, question.id) : undefined;
      let answer: Answer | undefined;
      let by: ModerationChange['by'] | undefined;
      if (d !== undefined) [answer, by] = [d, 'decision'];
      else if (b === undefined) answer = a;
      else if (a === undefined || settledBy === 'moderator' || a === b)
        [answer, by] = [b, 'second'];
      else {
        unresolved.push(
          issue(
            'unresolved-disagreement',
            ['second', at, 'answers', question.id],
            `case ${quoteText(record.id)}: ${question.id} is ${quoteText(a)} in ${names.first} and ${quoteText(b)} in ${names.second}, and no decision settles it: decide it (an answer is never averaged or guessed)`,
          ),
        );
        continue;
      }
      if (answer === undefined) continue;
      answers[question.id] = answer;
      if (answer !== a && by !== undefined)
        changes.push({
          case: record.id,
          question: question.id,
          ...(a !== undefined && { from: a }),
          to: answer,
          by,
        });
    }
    cases.push({
      id: record.id,
      kind: record.kind,
      disposal: record.disposal,
      answers,
      ...(record.attributes && { attributes: { ...record.attributes } }),
    });
  }
  if (unresolved.length > 0) throw new RatingRuleError(unresolved);
  return { framework: fw.id, settledBy, cases, changes };
}
