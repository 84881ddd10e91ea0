// The two (or three) lists of case records moderation reads: each checked as an audit of the
// framework (what tallyCases checks), then against each other (the same cases, of the same kind
// and disposal). Every problem in every list is collected before anything is compared.
import { RatingRuleError, issue, type RatingIssue } from '../model/errors.js';
import type { Framework, KeyQuestion } from '../model/types.js';
import { argumentIssue, isRecord, plainRecords, text } from '../model/arguments.js';
import { quoteText } from '../model/preview.js';
import { isCaseRecord, type Answer, type CaseRecord } from '../cases/case-record.js';
import { tallyCases } from '../cases/tally-cases.js';

/** The lists moderation reads, by the name their problems are reported under. */
export type ListName = 'first' | 'second' | 'decisions';

/** How the lists are called in messages, by default "the first list", "the second list" and "the decisions". */
export interface ListNames {
  readonly first?: string;
  readonly second?: string;
  readonly decisions?: string;
}

const DEFAULT_NAMES: Readonly<Record<ListName, string>> = {
  first: 'the first list',
  second: 'the second list',
  decisions: 'the decisions',
};

/** The option check for `names`: an object of short texts under first, second and decisions. */
export const namesCheck = (value: unknown): string | undefined => {
  if (!isRecord(value)) return 'must be an object such as { first, second }';
  for (const key of Object.keys(value)) {
    if (key !== 'first' && key !== 'second' && key !== 'decisions')
      return `may name only first, second and decisions (got ${quoteText(key)})`;
    const problem = text(200)(value[key]);
    if (problem) return `${key} ${problem}`;
  }
  return undefined;
};

/** The names to use in messages, from the option as given. */
export function namesOf(given: unknown): Readonly<Record<ListName, string>> {
  const names = { ...DEFAULT_NAMES };
  if (!isRecord(given)) return names;
  for (const key of ['first', 'second', 'decisions'] as const) {
    const value = given[key];
    if (typeof value === 'string' && value.length > 0) names[key] = value;
  }
  return names;
}

/** A question a case may answer, and what decides whether it can. */
export interface Question {
  readonly id: string;
  readonly keyQuestion: KeyQuestion;
  readonly standard: string;
  readonly prompt: boolean;
  readonly kind: 'court' | 'out-of-court' | undefined;
}

/** Every key question and prompt of the case-sampled standards, in framework order. */
export function questionsOf(framework: Framework): Question[] {
  const questions: Question[] = [];
  for (const domain of framework.domains)
    for (const standard of domain.standards) {
      if (standard.ratedBy !== 'key-questions') continue;
      for (const keyQuestion of standard.keyQuestions) {
        const base = { keyQuestion, standard: standard.id, kind: domain.caseKind };
        questions.push({ ...base, id: keyQuestion.id, prompt: false });
        for (const prompt of keyQuestion.prompts)
          questions.push({ ...base, id: prompt.id, prompt: true });
      }
    }
  return questions;
}

/** Whether a case can answer a question: its kind is the domain's, and its disposal is one the key question applies to. */
export function canAnswer(question: Question, record: CaseRecord): boolean {
  if (question.kind !== undefined && question.kind !== record.kind) return false;
  const appliesTo = question.keyQuestion.appliesTo;
  return !appliesTo || appliesTo.includes(record.disposal);
}

/** A case's own answer to a question, or undefined when it left it blank. */
export function answerOf(record: CaseRecord, id: string): Answer | undefined {
  return Object.hasOwn(record.answers, id) ? record.answers[id] : undefined;
}

/** One list as checked: its problems, and its records when they are case records at all. */
interface CheckedList {
  readonly issues: RatingIssue[];
  readonly records?: readonly CaseRecord[];
}

/** Checks one list as an audit of the framework, with its problems' paths under the list's name. */
function checkList(
  framework: Framework,
  name: ListName,
  cases: unknown,
  unanswered: 'error' | 'leave-out',
): CheckedList {
  // A plain copy read by index: the caller's list cannot change between reads or bring its own methods.
  const list = plainRecords(cases);
  if (!list) return { issues: [argumentIssue(name, 'a list of case records', cases)] };
  const issues: RatingIssue[] = [];
  try {
    tallyCases(framework, list as readonly CaseRecord[], { unanswered });
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    for (const i of e.issues)
      issues.push({ ...i, path: i.path[0] === 'cases' ? [name, ...i.path.slice(1)] : i.path });
  }
  let records = true;
  for (let i = 0; records && i < list.length; i++) records = isCaseRecord(list[i]);
  return records ? { issues, records: list as readonly CaseRecord[] } : { issues };
}

/** The first place of each case id in a list (a duplicate is reported by the list's own check). */
export function positions(records: readonly CaseRecord[]): Map<string, number> {
  const at = new Map<string, number>();
  records.forEach((r, i) => {
    if (!at.has(r.id)) at.set(r.id, i);
  });
  return at;
}

/** What `checkLists` returns when every list is sound. */
export interface CheckedLists {
  readonly first: readonly CaseRecord[];
  readonly second: readonly CaseRecord[];
  readonly decisions?: readonly CaseRecord[];
  /** Where each case id is in the second list (and the decisions). */
  readonly secondAt: ReadonlyMap<string, number>;
  readonly decisionsAt?: ReadonlyMap<string, number>;
}

/**
 * Checks the lists against the framework and each other, collecting every problem: each must be
 * an audit of the framework; the first and second must hold the same cases, each of the same
 * kind and disposal in both; a decision must be about a case of the first list, of its kind and
 * disposal. Returns the issues found (to add to the caller's) and, when there are none, the lists.
 */
export function checkLists(
  framework: Framework,
  lists: {
    readonly first: unknown;
    readonly second: unknown;
    readonly decisions?: unknown;
  },
  unanswered: { readonly [name in ListName]: 'error' | 'leave-out' },
  names: Readonly<Record<ListName, string>>,
): { readonly issues: RatingIssue[]; readonly lists?: CheckedLists } {
  const first = checkList(framework, 'first', lists.first, unanswered.first);
  const second = checkList(framework, 'second', lists.second, unanswered.second);
  const decisions =
    lists.decisions === undefined
      ? undefined
      : checkList(framework, 'decisions', lists.decisions, unanswered.decisions);
  const issues = [...first.issues, ...second.issues, ...(decisions?.issues ?? [])];
  const firstAt = first.records ? positions(first.records) : undefined;
  const secondAt = second.records ? positions(second.records) : undefined;
  const decisionsAt = decisions?.records ? positions(decisions.records) : undefined;
  const compare = (
    name: ListName,
    records: readonly CaseRecord[],
    other: readonly CaseRecord[],
    otherAt: ReadonlyMap<string, number>,
    otherName: ListName,
  ) => {
    const selfAt = positions(records);
    records.forEach((record, index) => {
      if (selfAt.get(record.id) !== index) return; // a duplicate, reported by the list's own check
      const case_ = `case ${quoteText(record.id)}`;
      const at = otherAt.get(record.id);
      if (at === undefined) {
        issues.push(
          issue(
            'unknown-case',
            [name, index, 'id'],
            name === 'decisions'
              ? `${case_} has a decision but is not in ${names.first}`
              : `${case_} is in ${names[name]} but not in ${names[otherName]}: both must hold the same cases`,
          ),
        );
        return;
      }
      const twin = other[at] as CaseRecord;
      for (const field of ['kind', 'disposal'] as const)
        if (twin[field] !== record[field])
          issues.push(
            issue(
              'conflicting-evidence',
              [name, index, field],
              `${case_} is ${quoteText(record[field])} in ${names[name]} and ${quoteText(twin[field])} in ${names[otherName]}: a case's ${field} must be the same in both`,
            ),
          );
    });
  };
  if (first.records && second.records && firstAt && secondAt) {
    // Cases missing from one list are named in the list that has them.
    first.records.forEach((record, index) => {
      if (!secondAt.has(record.id) && firstAt.get(record.id) === index)
        issues.push(
          issue(
            'unknown-case',
            ['first', index, 'id'],
            `case ${quoteText(record.id)} is in ${names.first} but not in ${names.second}: both must hold the same cases`,
          ),
        );
    });
    compare('second', second.records, first.records, firstAt, 'first');
  }
  if (decisions?.records && first.records && firstAt)
    compare('decisions', decisions.records, first.records, firstAt, 'first');
  if (issues.length > 0 || !first.records || !second.records || !secondAt) return { issues };
  return {
    issues,
    lists: {
      first: first.records,
      second: second.records,
      secondAt,
      ...(decisions?.records && { decisions: decisions.records }),
      ...(decisionsAt && { decisionsAt }),
    },
  };
}
