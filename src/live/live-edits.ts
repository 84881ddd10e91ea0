// The live audit's edits. Each checks its arguments as rateCases checks the same values, changes
// the counts, re-rates the standards whose figures moved, and keeps the change only when the
// rules accept it: a refused edit throws and leaves the state exactly as it was.
import { RatingRuleError, issue, type RatingIssue } from '../model/errors.js';
import { argumentIssue, plainRecords } from '../model/arguments.js';
import { frozenCopy } from '../model/deep-freeze.js';
import { preview, quoteText } from '../model/preview.js';
import { standardEvidence } from '../evidence/check-evidence.js';
import type { CaseRecord } from '../cases/case-record.js';
import { checkedCase, countCase } from '../cases/tally-cases.js';
import { answerCode, answerSlot, missingAnswer, scopeOf } from '../cases/tally-plan.js';
import { judgementIssues, type Judgements } from '../cases/rate-cases.js';
import type { LiveAuditChange } from './live-types.js';
import {
  changed,
  keep,
  notify,
  rateStandardAt,
  rerate,
  unchanged,
  type LiveCase,
  type LiveState,
} from './live-state.js';

/** The position of a case in the audit, for problems located as `rateCases` locates them. */
function positionOf(state: LiveState, caseId: string): number {
  let at = 0;
  for (const id of state.cases.keys()) {
    if (id === caseId) return at;
    at++;
  }
  return at;
}

/** A case of the audit by id, or a throw saying there is none. */
function caseArgument(state: LiveState, caseId: unknown) {
  if (typeof caseId !== 'string')
    throw new RatingRuleError([argumentIssue('caseId', 'the id of a case in the audit', caseId)]);
  const found = state.cases.get(caseId);
  if (!found)
    throw new RatingRuleError([
      issue(
        'unknown-case',
        ['caseId'],
        `there is no case ${quoteText(caseId)} in the audit (${state.cases.size} cases)`,
      ),
    ]);
  return found;
}

/** Adds `delta` of each answer of a case to the counts; the standards whose figures move. */
function countRecord(state: LiveState, record: CaseRecord, delta: 1 | -1): number[] {
  const moved = new Set<number>();
  for (const id of Object.keys(record.answers)) {
    const question = state.tallyPlan.questions.get(id);
    const code = answerCode(record.answers[id]);
    if (!question || code < 0) continue; // never so: the case was checked when it came in
    const at = question.slot * 3 + code;
    state.counts[at] = (state.counts[at] as number) + delta;
    if (code < 2 && !question.prompt) moved.add(state.index.get(question.standard.id) as number);
  }
  return [...moved].sort((a, b) => a - b);
}

/** Runs `apply`, then `rerate`; undoes `apply` when anything throws (a refusal, a hook's error). */
function transaction(state: LiveState, apply: () => number[], undo: () => void): number[] {
  const indexes = apply();
  let kept = false;
  try {
    rerate(state, indexes);
    kept = true;
  } finally {
    if (!kept) undo();
  }
  return indexes;
}

/** `LiveAudit.setAnswer`. */
export function setAnswer(
  state: LiveState,
  caseId: string,
  questionId: string,
  answer: unknown,
): LiveAuditChange {
  const live = caseArgument(state, caseId);
  if (typeof questionId !== 'string')
    throw new RatingRuleError([
      argumentIssue('questionId', 'a key-question or prompt id', questionId),
    ]);
  const { record } = live;
  const code = answer === undefined ? -2 : answerCode(answer);
  const found: RatingIssue[] = [];
  if (code === -1)
    found.push(
      issue(
        'invalid-answer',
        ['cases', 0, 'answers', questionId],
        `case ${quoteText(caseId)}: ${preview(answer)} is not an answer: use "yes", "no" or "not applicable", or undefined to leave it unanswered`,
      ),
    );
  const slot = answerSlot(
    state.framework,
    state.tallyPlan,
    live.scope,
    record,
    questionId,
    code === -2 ? 2 : code,
    0,
    found,
  );
  if (code === -2 && state.requireAnswers && live.scope.required.includes(questionId))
    found.push(missingAnswer(record, 0, questionId));
  if (found.length > 0) {
    const at = positionOf(state, caseId);
    throw new RatingRuleError(
      found.map((i) => ({ ...i, path: ['cases', at, ...i.path.slice(2)] })),
    );
  }
  const before = Object.hasOwn(record.answers, questionId)
    ? answerCode(record.answers[questionId])
    : -2;
  if (before === code) return unchanged('answer');
  const move = (from: number, to: number) => {
    if (from >= 0) state.counts[slot * 3 + from] = (state.counts[slot * 3 + from] as number) - 1;
    if (to >= 0) state.counts[slot * 3 + to] = (state.counts[slot * 3 + to] as number) + 1;
  };
  const question = state.tallyPlan.list[slot] as (typeof state.tallyPlan.list)[number];
  const figureMoves =
    !question.prompt && (before === 0 || before === 1 || code === 0 || code === 1);
  const indexes = transaction(
    state,
    () => {
      move(before, code);
      return figureMoves ? [state.index.get(question.standard.id) as number] : [];
    },
    () => move(code, before),
  );
  if (code === -2) delete record.answers[questionId];
  else record.answers[questionId] = answer as CaseRecord['answers'][string];
  changed(state, indexes.length === 0);
  return notify(state, 'answer', indexes);
}

/** `LiveAudit.addCase`. */
export function addCase(state: LiveState, given: unknown): LiveAuditChange {
  const at = state.cases.size;
  // Read once into plain data: what is checked is what is kept.
  const copy = checkedCase(plainRecords([given])?.[0], at);
  const record: LiveCase['record'] = {
    id: copy.id,
    kind: copy.kind,
    disposal: copy.disposal,
    answers: { ...copy.answers },
    ...(copy.attributes !== undefined && { attributes: { ...copy.attributes } }),
  };
  const issues: RatingIssue[] = [];
  const scratch = new Int32Array(state.counts.length);
  const firstSeen = (id: string) => !state.cases.has(id);
  const disposal = countCase(
    state.framework,
    state.tallyPlan,
    record,
    at,
    firstSeen,
    state.requireAnswers,
    scratch,
    issues,
  );
  if (!disposal || issues.length > 0) throw new RatingRuleError(issues);
  const indexes = transaction(
    state,
    () => countRecord(state, record, 1),
    () => countRecord(state, record, -1),
  );
  state.cases.set(record.id, { record, scope: scopeOf(state.tallyPlan, record) });
  state.byDisposal.set(disposal.id, (state.byDisposal.get(disposal.id) ?? 0) + 1);
  if (disposal.kind === 'court') state.court++;
  changed(state, indexes.length === 0);
  return notify(state, 'case added', indexes);
}

/** `LiveAudit.removeCase`. */
export function removeCase(state: LiveState, caseId: string): LiveAuditChange {
  const { record } = caseArgument(state, caseId);
  const indexes = transaction(
    state,
    () => countRecord(state, record, -1),
    () => countRecord(state, record, 1),
  );
  state.cases.delete(caseId);
  state.byDisposal.set(record.disposal, (state.byDisposal.get(record.disposal) ?? 1) - 1);
  if (record.kind === 'court') state.court--;
  changed(state, indexes.length === 0);
  return notify(state, 'case removed', indexes);
}

/** `LiveAudit.setJudgement`. */
export function setJudgement(
  state: LiveState,
  standardId: string,
  judgement: unknown,
): LiveAuditChange {
  if (typeof standardId !== 'string')
    throw new RatingRuleError([argumentIssue('standardId', 'a standard id', standardId)]);
  // Checked as rateCases checks a judgement; clearing one checks only that the standard exists.
  const table: Record<string, unknown> = Object.create(null);
  table[standardId] = judgement === undefined ? {} : judgement;
  const issues = judgementIssues(state.framework, table as Judgements);
  if (issues.length > 0) throw new RatingRuleError(issues);
  const i = state.index.get(standardId) as number;
  if (judgement === undefined) {
    if (!state.judgements.has(standardId)) return unchanged('judgement');
    const rated = rateStandardAt(state, i, undefined);
    if (rated.issues.length > 0) throw new RatingRuleError(rated.issues);
    state.judgements.delete(standardId);
    keep(state, i, rated);
  } else {
    // The hand check's copy when it accepts the judgement; the caller's value for the schema to
    // describe when it does not (the rating below then refuses it).
    const copy = standardEvidence(judgement) ?? (judgement as never);
    const rated = rateStandardAt(state, i, copy);
    if (rated.issues.length > 0) throw new RatingRuleError(rated.issues);
    state.judgements.set(standardId, frozenCopy(copy));
    keep(state, i, rated);
  }
  changed(state);
  return notify(state, 'judgement', [i]);
}
