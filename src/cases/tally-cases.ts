import { RatingRuleError, issue, type RatingIssue } from '../model/errors.js';
import type { Disposal, Framework, KeyQuestion, Standard } from '../model/types.js';
import { fromZodIssues } from '../evidence/zod-issues.js';
import { isRecord, oneOf, plainList } from '../model/arguments.js';
import { quoteText } from '../model/preview.js';
import { acceptArguments, callArguments } from '../framework/call-arguments.js';
import { percentYes } from '../rules/percent-yes.js';
import {
  caseRecordsSchema,
  droppedKeyIssues,
  isCaseRecord,
  type CaseRecord,
} from './case-record.js';

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

interface Question {
  readonly standard: Standard;
  readonly keyQuestion: KeyQuestion;
  readonly kind: 'court' | 'out-of-court' | undefined;
  readonly prompt?: { readonly id: string; readonly text: string };
}

/** A question a case can answer, with its counting slot. */
interface Slotted extends Question {
  readonly id: string;
  readonly slot: number;
}

/** What a case of one kind and disposal may answer, and which key questions it must. */
interface Scope {
  /** The counting slot of each question the case may answer: one lookup per answer. */
  readonly allowed: ReadonlyMap<string, number>;
  readonly required: readonly string[];
}

/**
 * A framework laid out for tallying, worked out once per framework (frameworks reaching the rules
 * are deeply frozen): every question by id with its counting slot, and each kind and disposal's
 * scope, filled in as cases of that kind and disposal are first seen.
 */
interface TallyPlan {
  readonly questions: ReadonlyMap<string, Slotted>;
  readonly list: readonly Slotted[];
  readonly disposals: ReadonlyMap<string, Disposal>;
  readonly disposalIds: string;
  /** By kind, then by disposal. */
  readonly scopes: Map<string, Map<string, Scope>>;
}

const plans = new WeakMap<Framework, TallyPlan>();

function tallyPlan(framework: Framework): TallyPlan {
  const known = plans.get(framework);
  if (known) return known;
  const list: Slotted[] = [];
  for (const domain of framework.domains) {
    for (const standard of domain.standards) {
      if (standard.ratedBy !== 'key-questions') continue;
      for (const keyQuestion of standard.keyQuestions) {
        list.push({
          id: keyQuestion.id,
          slot: list.length,
          standard,
          keyQuestion,
          kind: domain.caseKind,
        });
        for (const prompt of keyQuestion.prompts)
          list.push({
            id: prompt.id,
            slot: list.length,
            standard,
            keyQuestion,
            kind: domain.caseKind,
            prompt,
          });
      }
    }
  }
  const plan: TallyPlan = {
    questions: new Map(list.map((q) => [q.id, q])),
    list,
    disposals: new Map(framework.disposals.map((d) => [d.id as string, d])),
    disposalIds: framework.disposals.map((d) => d.id).join(', '),
    scopes: new Map(),
  };
  if (Object.isFrozen(framework)) plans.set(framework, plan);
  return plan;
}

/** A case whose getters answered one way when it was checked and another when it was counted. */
const changed = (index: number) =>
  `case ${index + 1} in the list changed while it was read (a getter answered differently): give plain data`;

/** The scope of a case's kind and disposal, from the plan or worked out once. */
function scopeOf(plan: TallyPlan, record: CaseRecord): Scope {
  let byDisposal = plan.scopes.get(record.kind);
  if (!byDisposal) plan.scopes.set(record.kind, (byDisposal = new Map()));
  let scope = byDisposal.get(record.disposal);
  if (!scope) {
    const allowed = plan.list.filter((q) => !cannotAnswer(q, record));
    scope = {
      allowed: new Map(allowed.map((q) => [q.id, q.slot])),
      required: allowed.filter((q) => !q.prompt).map((q) => q.id),
    };
    byDisposal.set(record.disposal, scope);
  }
  return scope;
}

/** Why a case cannot answer a question, or undefined if it can. */
function cannotAnswer(question: Question, record: CaseRecord): string | undefined {
  if (question.kind !== undefined && question.kind !== record.kind) {
    return `it is ${record.kind === 'court' ? 'a' : 'an'} ${record.kind} case and ${question.keyQuestion.id} is answered from ${question.kind} cases`;
  }
  const appliesTo = question.keyQuestion.appliesTo;
  if (appliesTo && !appliesTo.includes(record.disposal)) {
    return `${question.keyQuestion.id} applies only to ${appliesTo.join(', ')} cases, and this case is ${record.disposal}`;
  }
  return undefined;
}

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
  const list = checkedCases(cases);
  const plan = tallyPlan(fw);
  const counted = countCases(fw, plan, list, given.unanswered !== 'leave-out');
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
  const located = [...described, ...dropped].map((i) =>
    i.code === 'invalid-input' && i.path.includes('answers')
      ? {
          ...i,
          code: 'invalid-answer' as const,
          message: `${i.message}: use "yes", "no" or "not applicable"`,
        }
      : i,
  );
  throw new RatingRuleError(located.map((i) => ({ ...i, path: ['cases', ...i.path] })));
}

/** What counting the cases found: answers by counting slot, cases by disposal, and every problem. */
interface Counted {
  /** Yes, no and not-applicable counts per question, indexed by the plan's slots. */
  readonly counts: Int32Array;
  readonly byDisposal: ReadonlyMap<string, number>;
  readonly court: number;
  readonly issues: readonly RatingIssue[];
}

/** Counts every case's answers, refusing what a case of its kind and disposal may not say. */
function countCases(
  framework: Framework,
  plan: TallyPlan,
  list: readonly CaseRecord[],
  requireAnswers: boolean,
): Counted {
  const { disposals } = plan;
  const issues: RatingIssue[] = [];
  const seen = new Set<string>();
  const counts = new Int32Array(plan.list.length * 3);
  const byDisposal = new Map<string, number>();
  let court = 0;
  for (const [index, given] of list.entries()) {
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
      continue;
    }
    if (seen.has(record.id))
      issues.push(
        issue('duplicate-case', where('id'), `case ${quoteText(record.id)} appears more than once`),
      );
    seen.add(record.id);
    const disposal = disposals.get(record.disposal);
    if (!disposal) {
      issues.push(
        issue(
          'unknown-disposal',
          where('disposal'),
          `case ${quoteText(record.id)}: ${quoteText(record.disposal)} is not a disposal of ${framework.id} (${plan.disposalIds})`,
        ),
      );
      continue;
    }
    if (disposal.kind !== record.kind)
      issues.push(
        issue(
          'invalid-input',
          where('kind'),
          `case ${quoteText(record.id)}: a ${disposal.name.toLowerCase()} is ${disposal.kind}, not ${record.kind}`,
        ),
      );
    byDisposal.set(disposal.id, (byDisposal.get(disposal.id) ?? 0) + 1);
    if (record.kind === 'court') court++;
    const scope = scopeOf(plan, record);
    countAnswers(framework, plan, scope, record, index, counts, issues);
    if (requireAnswers) missingAnswers(scope, record, index, issues);
  }
  return { counts, byDisposal, court, issues };
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
): void {
  for (const id of Object.keys(record.answers)) {
    const answer = record.answers[id];
    const code = answer === 'yes' ? 0 : answer === 'no' ? 1 : answer === 'not applicable' ? 2 : -1;
    if (code < 0) {
      issues.push(issue('invalid-answer', ['cases', index, 'answers', id], changed(index)));
      return; // one problem for the case: nothing it says can be trusted
    }
    const slot = scope.allowed.get(id);
    if (slot !== undefined) {
      const at = slot * 3 + code;
      counts[at] = (counts[at] as number) + 1;
      continue;
    }
    const question = plan.questions.get(id);
    if (!question) {
      issues.push(
        issue(
          'unknown-key-question',
          ['cases', index, 'answers', id],
          `case ${quoteText(record.id)}: ${quoteText(id)} is not a key question or prompt of the case-sampled standards of ${framework.id}`,
        ),
      );
      continue;
    }
    const reason = cannotAnswer(question, record);
    if (reason && answer !== 'not applicable') {
      issues.push(
        issue(
          'answer-not-allowed',
          ['cases', index, 'answers', id],
          `case ${quoteText(record.id)} cannot answer ${id}: ${reason}`,
        ),
      );
      continue;
    }
    const at = question.slot * 3 + code;
    counts[at] = (counts[at] as number) + 1;
  }
}

/** Every key question a case must answer and does not. */
function missingAnswers(
  scope: Scope,
  record: CaseRecord,
  index: number,
  issues: RatingIssue[],
): void {
  for (const id of scope.required) {
    if (Object.hasOwn(record.answers, id)) continue;
    issues.push({
      ...issue(
        'missing-answer',
        ['cases', index, 'answers', id],
        `case ${quoteText(record.id)} has no answer for key question ${id}: give yes, no or not applicable`,
      ),
      fix: { option: 'unanswered', value: 'leave-out' },
    });
  }
}

/** The tally of counted cases: every key question, the standards' evidence and the prompt table. */
function tallyOf(
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
