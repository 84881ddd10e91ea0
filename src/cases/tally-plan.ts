// A framework laid out for counting case answers, and the per-case checks that counting shares
// with the live audit: what a case of its kind and disposal may answer, and the counting slot of
// each question. Worked out once per framework (frameworks reaching the rules are deeply frozen).
import { issue, type RatingIssue } from '../model/errors.js';
import type { Disposal, Framework, KeyQuestion, Standard } from '../model/types.js';
import { quoteText } from '../model/preview.js';
import type { CaseRecord } from './case-record.js';

interface Question {
  readonly standard: Standard;
  readonly keyQuestion: KeyQuestion;
  readonly kind: 'court' | 'out-of-court' | undefined;
  readonly prompt?: { readonly id: string; readonly text: string };
}

/** A question a case can answer, with its counting slot. */
export interface Slotted extends Question {
  readonly id: string;
  readonly slot: number;
}

/** What a case of one kind and disposal may answer, and which key questions it must. */
export interface Scope {
  /** The counting slot of each question the case may answer: one lookup per answer. */
  readonly allowed: ReadonlyMap<string, number>;
  readonly required: readonly string[];
}

/**
 * A framework laid out for tallying, worked out once per framework (frameworks reaching the rules
 * are deeply frozen): every question by id with its counting slot, and each kind and disposal's
 * scope, filled in as cases of that kind and disposal are first seen.
 */
export interface TallyPlan {
  readonly questions: ReadonlyMap<string, Slotted>;
  readonly list: readonly Slotted[];
  readonly disposals: ReadonlyMap<string, Disposal>;
  readonly disposalIds: string;
  /** By kind, then by disposal. */
  readonly scopes: Map<string, Map<string, Scope>>;
}

const plans = new WeakMap<Framework, TallyPlan>();

/** The tally plan of a framework, worked out on first use. */
export function tallyPlan(framework: Framework): TallyPlan {
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

/** The scope of a case's kind and disposal, from the plan or worked out once. */
export function scopeOf(plan: TallyPlan, record: CaseRecord): Scope {
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

/** An answer's counting code: 0 yes, 1 no, 2 not applicable, -1 anything else. */
export const answerCode = (answer: unknown): number =>
  answer === 'yes' ? 0 : answer === 'no' ? 1 : answer === 'not applicable' ? 2 : -1;

/**
 * The counting slot of one answer of a case, or -1 with the problem added to `issues`: a question
 * that is no key question or prompt, or one the case cannot answer other than "not applicable"
 * (a case may say a question it cannot answer does not apply).
 */
export function answerSlot(
  framework: Framework,
  plan: TallyPlan,
  scope: Scope,
  record: CaseRecord,
  id: string,
  code: number,
  index: number,
  issues: RatingIssue[],
): number {
  const slot = scope.allowed.get(id);
  if (slot !== undefined) return slot;
  const question = plan.questions.get(id);
  if (!question) {
    issues.push(
      issue(
        'unknown-key-question',
        ['cases', index, 'answers', id],
        `case ${quoteText(record.id)}: ${quoteText(id)} is not a key question or prompt of the case-sampled standards of ${framework.id}`,
      ),
    );
    return -1;
  }
  const reason = cannotAnswer(question, record);
  if (reason && code !== 2) {
    issues.push(
      issue(
        'answer-not-allowed',
        ['cases', index, 'answers', id],
        `case ${quoteText(record.id)} cannot answer ${id}: ${reason}`,
      ),
    );
    return -1;
  }
  return question.slot;
}

/** A key question a case must answer and does not. */
export function missingAnswer(record: CaseRecord, index: number, id: string): RatingIssue {
  return {
    ...issue(
      'missing-answer',
      ['cases', index, 'answers', id],
      `case ${quoteText(record.id)} has no answer for key question ${id}: give yes, no or not applicable`,
    ),
    fix: { option: 'unanswered', value: 'leave-out' },
  };
}
