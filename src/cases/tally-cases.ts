import { RatingRuleError, issue, type RatingIssue } from '../model/errors.js';
import type { Disposal, Framework } from '../model/types.js';
import { fromZodIssues } from '../evidence/zod-issues.js';
import { isRecord, oneOf, plainList } from '../model/arguments.js';
import { quoteText } from '../model/preview.js';
import { acceptArguments, callArguments } from '../framework/call-arguments.js';
import { percentYes } from '../rules/percent-yes.js';
import {
  caseRecordSchema,
  caseRecordsSchema,
  droppedKeyIssues,
  hasAnswerValues,
  isCaseRecord,
  shapedAnswers,
  type CaseRecord,
} from './case-record.js';
import {
  answerCode,
  answerSlot,
  missingAnswer,
  scopeOf,
  tallyPlan,
  type Scope,
  type TallyPlan,
} from './tally-plan.js';

/** Yes, no and not-applicable counts for one question; `of` is yes + no (not applicable leaves the sample). @category Cases */
export interface AnswerCount {
  readonly yes: number;
  readonly no: number;
  readonly notApplicable: number;
  readonly of: number;
  /** The printed "% yes"; undefined when no case applied. */
  readonly percent?: number;
}

/** One row of the prompt table, in the layout of an HMIP report's data annexe. @category Cases */
export interface PromptRow extends AnswerCount {
  readonly standard: string;
  readonly keyQuestion: string;
  readonly prompt: string;
  readonly text: string;
}

/** What `tallyCases` returns. @category Cases */
export interface CaseTally {
  readonly framework: string;
  readonly cases: {
    readonly total: number;
    readonly court: number;
    readonly outOfCourt: number;
    readonly byDisposal: Readonly<Record<string, number>>;
  };
  /** Every key question of the case-sampled standards, by id. */
  readonly keyQuestions: Readonly<Record<string, AnswerCount>>;
  /** Evidence for the case-sampled standards, to merge with the judgement standards and rate. */
  readonly standards: Readonly<
    Record<
      string,
      {
        readonly keyQuestions: Readonly<
          Record<string, { readonly yes: number; readonly of: number }>
        >;
      }
    >
  >;
  /** Every prompt, in framework order. */
  readonly prompts: readonly PromptRow[];
  /** Prompts describe; they never feed a rating. */
  readonly promptsNote: string;
}

/** Options of `tallyCases`. @category Cases */
export interface TallyOptions {
  /**
   * `'error'` (the default): a case that can answer a key question must answer it. `'leave-out'`:
   * an unanswered key question leaves that case out of the question's sample.
   */
  readonly unanswered?: 'error' | 'leave-out';
}

const TALLY_OPTIONS = { unanswered: oneOf('error', 'leave-out') };

const PROMPTS_NOTE =
  "Prompts are descriptive only: there is no mechanistic connection between the proportion of prompt questions answered positively and the key question's answer (Cheshire, Annexe 2), so they never feed a rating.";

/** A case whose getters answered one way when it was checked and another when it was counted. */
const changed = (index: number) =>
  `case ${index + 1} in the list changed while it was read (a getter answered differently): give plain data`;

const count = (yes: number, no: number, notApplicable: number): AnswerCount =>
  yes + no > 0
    ? { yes, no, notApplicable, of: yes + no, percent: percentYes(yes, yes + no) }
    : { yes, no, notApplicable, of: 0 };

/**
 * Tallies case records into HMIP's figures: `{ yes, of }` per key question ("not applicable"
 * leaving the question's sample), evidence for the case-sampled standards, and a prompt table.
 * Which cases answer which questions comes from the framework: a domain's `caseKind` and a key
 * question's `appliesTo`.
 *
 * @param framework - the framework the audit follows
 * @param cases - case records (see `caseRecordSchema`); they are not changed
 * @throws {RatingRuleError} naming the case and field: a duplicate case id, an unknown disposal or
 * question id, a disposal of the other kind, an answer to a question the case cannot answer, an
 * unrecognised answer, or (by default) an unanswered key question
 * @example
 * const tally = tallyCases(youth2021, [
 *   { id: 'c1', kind: 'court', disposal: 'community-sentence', answers: { '2.1.1': 'yes', '2.1.2': 'no', '2.1.3': 'not applicable' } },
 *   { id: 'c2', kind: 'court', disposal: 'custodial-sentence', answers: { '2.1.1': 'yes', '2.1.2': 'yes', '2.1.3': 'no' } },
 * ], { unanswered: 'leave-out' });
 * tally.keyQuestions['2.1.3'] // => { yes: 0, no: 1, notApplicable: 1, of: 1, percent: 0 }
 * tally.standards['2.1']?.keyQuestions['2.1.2'] // => { yes: 1, of: 2 }
 * @category Cases
 */
export function tallyCases(
  framework: Framework,
  cases: readonly CaseRecord[],
  options: TallyOptions = {},
): CaseTally {
  const { framework: fw, options: given } = acceptArguments(
    callArguments(framework, options, TALLY_OPTIONS),
  );
  const plan = tallyPlan(fw);
  const requireAnswers = given.unanswered !== 'leave-out';
  // The common case in one pass over the answers: records of the right shape, each answer checked
  // as it is counted. Any problem at all, and the list is checked and counted as before (the hand
  // check of every record, the schema's description of any that fail), so what is reported is
  // exactly what it was.
  const shaped = plainList(cases);
  const answersRead: object[] = [];
  for (let i = 0; shaped && i < shaped.length; i++) {
    const answers = shapedAnswers(shaped[i]);
    if (answers === undefined) break;
    answersRead.push(answers);
  }
  if (shaped && answersRead.length === shaped.length) {
    const counted = countCases(fw, plan, shaped as readonly CaseRecord[], requireAnswers);
    if (counted.issues.length === 0) return tallyOf(fw, plan, shaped.length, counted);
    // Every answer as first read was sound (what the hand check would have seen): the problems
    // are the counting's own, as before (a getter that answered differently among them).
    if (answersRead.every(hasAnswerValues)) throw new RatingRuleError(counted.issues);
  }
  const list = checkedCases(cases);
  const counted = countCases(fw, plan, list, requireAnswers);
  if (counted.issues.length > 0) throw new RatingRuleError(counted.issues);
  return tallyOf(fw, plan, list.length, counted);
}

/**
 * The caller's list of case records, checked: a plain copy read by index, or a throw of every
 * problem the schema finds. The hand check accepts exactly what the schema accepts; the schema
 * describes what fails. A hole in a sparse list reads as undefined, which both refuse.
 */
function checkedCases(cases: unknown): readonly CaseRecord[] {
  const list = plainList(cases);
  let valid = list !== undefined;
  for (let i = 0; valid && list && i < list.length; i++) valid = isCaseRecord(list[i]);
  if (valid) return list as readonly CaseRecord[];
  const parsed = caseRecordsSchema.safeParse(list ?? cases);
  // The schema drops an own "__proto__" key unread, where the hand check saw it: refuse it too.
  const dropped = list ? droppedKeyIssues(list) : [];
  if (parsed.success && dropped.length === 0) return parsed.data as readonly CaseRecord[];
  const described = parsed.success ? [] : fromZodIssues(parsed.error.issues, cases);
  throw new RatingRuleError(answerIssues([...described, ...dropped], ['cases']));
}

/**
 * One case record given on its own (the live audit's `addCase`), checked as `tallyCases` checks
 * each record of its list, its problems located at `cases[index]`.
 */
export function checkedCase(value: unknown, index: number): CaseRecord {
  if (isCaseRecord(value)) return value;
  const parsed = caseRecordSchema.safeParse(value);
  const dropped = droppedKeyIssues([value]).map((i) => ({ ...i, path: i.path.slice(1) }));
  if (parsed.success && dropped.length === 0) return parsed.data as CaseRecord;
  const described = parsed.success ? [] : fromZodIssues(parsed.error.issues, value);
  throw new RatingRuleError(answerIssues([...described, ...dropped], ['cases', index]));
}

/** zod's problems with case records, an unrecognised answer named as one, under `base`. */
function answerIssues(found: readonly RatingIssue[], base: readonly (string | number)[]) {
  return found.map((i) => ({
    ...(i.code === 'invalid-input' && i.path.includes('answers')
      ? {
          ...i,
          code: 'invalid-answer' as const,
          message: `${i.message}: use "yes", "no" or "not applicable"`,
        }
      : i),
    path: [...base, ...i.path],
  }));
}

/** What counting the cases found: answers by counting slot, cases by disposal, and every problem. */
export interface Counted {
  /** Yes, no and not-applicable counts per question, indexed by the plan's slots. */
  readonly counts: Int32Array;
  readonly byDisposal: ReadonlyMap<string, number>;
  readonly court: number;
  readonly issues: readonly RatingIssue[];
}

/**
 * Counts every case's answers, refusing what a case of its kind and disposal may not say.
 *
 * Case ids are checked for duplicates in bulk: the ids are collected as the cases are counted and
 * put in one set at the end (a set built from a list is about twice as fast as one grown by
 * `add`, and a 100,000-case tally spent a third of its time there). Only when some id is there
 * twice are the cases counted again with a set grown case by case, so each duplicate is reported
 * at its case, among that case's other problems, as before.
 */
function countCases(
  framework: Framework,
  plan: TallyPlan,
  list: readonly CaseRecord[],
  requireAnswers: boolean,
): Counted {
  const ids: string[] = [];
  const counted = countEach(framework, plan, list, requireAnswers, (id) => ids.push(id) > 0);
  if (new Set(ids).size === ids.length) return counted;
  return countEach(framework, plan, list, requireAnswers, firstSeenIn(new Set<string>()));
}

function countEach(
  framework: Framework,
  plan: TallyPlan,
  list: readonly CaseRecord[],
  requireAnswers: boolean,
  firstSeen: (id: string) => boolean,
): Counted {
  const issues: RatingIssue[] = [];
  const counts = new Int32Array(plan.list.length * 3);
  // Cases per disposal, in the order the disposals are first seen (a framework has a handful).
  const disposals: Disposal[] = [];
  const perDisposal: number[] = [];
  let court = 0;
  for (let index = 0; index < list.length; index++) {
    const disposal = countCase(
      framework,
      plan,
      list[index] as CaseRecord,
      index,
      firstSeen,
      requireAnswers,
      counts,
      issues,
    );
    if (!disposal) continue;
    let d = 0;
    while (d < disposals.length && disposals[d] !== disposal) d++;
    if (d === disposals.length) {
      disposals.push(disposal);
      perDisposal.push(0);
    }
    perDisposal[d] = (perDisposal[d] as number) + 1;
    if (disposal.kind === 'court') court++;
  }
  const byDisposal = new Map<string, number>();
  for (let d = 0; d < disposals.length; d++)
    byDisposal.set((disposals[d] as Disposal).id, perDisposal[d] as number);
  return { counts, byDisposal, court, issues };
}

/**
 * Whether an id is new to `seen`, adding it: one lookup (the set's size tells whether it grew),
 * where `has` then `add` looked twice on every case of a 100,000-case tally.
 */
export function firstSeenIn(seen: Set<string>): (id: string) => boolean {
  return (id) => {
    const before = seen.size;
    seen.add(id);
    return seen.size !== before;
  };
}

/**
 * Checks one case (its id seen for the first time by `firstSeen`, a disposal of the framework of its own kind, answers
 * it may give, and by default every key question it must answer) and counts its answers into
 * `counts`; `firstSeen` also notes the id as seen. Returns its disposal, or undefined when it cannot be counted.
 * Every problem is added to `issues`; with any, the counts are not to be used.
 */
export function countCase(
  framework: Framework,
  plan: TallyPlan,
  given: CaseRecord,
  index: number,
  firstSeen: (id: string) => boolean,
  requireAnswers: boolean,
  counts: Int32Array,
  issues: RatingIssue[],
): Disposal | undefined {
  const where = (field?: string) =>
    field === undefined ? ['cases', index] : ['cases', index, field];
  // Each field read once more, and every value counted is checked again as it is read: a getter
  // that answers differently from the check above is refused, never counted.
  const record: CaseRecord = {
    id: given.id,
    kind: given.kind,
    disposal: given.disposal,
    answers: given.answers,
  };
  if (
    typeof record.id !== 'string' ||
    (record.kind !== 'court' && record.kind !== 'out-of-court') ||
    !isRecord(record.answers)
  ) {
    issues.push(issue('invalid-input', where(), changed(index)));
    return undefined;
  }
  if (!firstSeen(record.id))
    issues.push(
      issue('duplicate-case', where('id'), `case ${quoteText(record.id)} appears more than once`),
    );
  const disposal = plan.disposals.get(record.disposal);
  if (!disposal) {
    issues.push(
      issue(
        'unknown-disposal',
        where('disposal'),
        `case ${quoteText(record.id)}: ${quoteText(record.disposal)} is not a disposal of ${framework.id} (${plan.disposalIds})`,
      ),
    );
    return undefined;
  }
  if (disposal.kind !== record.kind)
    issues.push(
      issue(
        'invalid-input',
        where('kind'),
        `case ${quoteText(record.id)}: a ${disposal.name.toLowerCase()} is ${disposal.kind}, not ${record.kind}`,
      ),
    );
  const scope = scopeOf(plan, record);
  const answered = countAnswers(framework, plan, scope, record, index, counts, issues);
  // Every required key question answered (counted as they were read): nothing to look for.
  if (requireAnswers && answered < scope.required.length)
    for (const id of scope.required)
      if (!Object.hasOwn(record.answers, id)) issues.push(missingAnswer(record, index, id));
  return disposal;
}

/**
 * Adds one case's answers to the counts: every own key of the answers ("__proto__" too), each
 * value read once and checked as it is read. A question the case may not answer, or no question
 * at all, takes the slow path, which says why.
 */
function countAnswers(
  framework: Framework,
  plan: TallyPlan,
  scope: Scope,
  record: CaseRecord,
  index: number,
  counts: Int32Array,
  issues: RatingIssue[],
): number {
  // How many of the key questions the case must answer it does answer: each is one of its own
  // keys, so when the count reaches the scope's, none is missing.
  let required = 0;
  const answers = record.answers;
  const keys = Object.keys(answers);
  for (let k = 0; k < keys.length; k++) {
    const id = keys[k] as string;
    const code = answerCode(answers[id]);
    if (code < 0) {
      issues.push(issue('invalid-answer', ['cases', index, 'answers', id], changed(index)));
      return required; // one problem for the case: nothing it says can be trusted
    }
    let slot = scope.allowed.get(id);
    if (slot === undefined)
      slot = answerSlot(framework, plan, scope, record, id, code, index, issues);
    else if (plan.list[slot]?.prompt === undefined) required++;
    if (slot < 0) continue;
    const at = slot * 3 + code;
    counts[at] = (counts[at] as number) + 1;
  }
  return required;
}

/** The tally of counted cases: every key question, the standards' evidence and the prompt table. */
export function tallyOf(
  framework: Framework,
  plan: TallyPlan,
  total: number,
  counted: Counted,
): CaseTally {
  const { counts } = counted;
  const keyQuestions: Record<string, AnswerCount> = {};
  const standards: Record<string, { keyQuestions: Record<string, { yes: number; of: number }> }> =
    {};
  const prompts: PromptRow[] = [];
  for (const question of plan.list) {
    const { id } = question;
    const at = question.slot * 3;
    const c = count(counts[at] as number, counts[at + 1] as number, counts[at + 2] as number);
    if (question.prompt) {
      prompts.push({
        standard: question.standard.id,
        keyQuestion: question.keyQuestion.id,
        prompt: id,
        text: question.prompt.text,
        ...c,
      });
      continue;
    }
    keyQuestions[id] = c;
    const entry = (standards[question.standard.id] ??= { keyQuestions: {} });
    entry.keyQuestions[id] = { yes: c.yes, of: c.of };
  }
  return {
    framework: framework.id,
    cases: {
      total,
      court: counted.court,
      outOfCourt: total - counted.court,
      byDisposal: Object.fromEntries(counted.byDisposal),
    },
    keyQuestions,
    standards,
    prompts,
    promptsNote: PROMPTS_NOTE,
  };
}
