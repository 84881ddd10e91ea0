import { RatingRuleError } from '../model/errors.js';
import { argumentIssue, isFunction, isRecord, plainRecords } from '../model/arguments.js';
import { deepFreeze, frozenCopy } from '../model/deep-freeze.js';
import type { Framework } from '../model/types.js';
import type { IncompleteMode, StandardFields } from '../evidence/schema.js';
import { standardEvidence } from '../evidence/check-evidence.js';
import { acceptArguments, callArguments } from '../framework/call-arguments.js';
import type { CaseRecord } from '../cases/case-record.js';
import { CASE_OPTIONS, rateCases, type CaseRating, type Judgements } from '../cases/rate-cases.js';
import { countCase, firstSeenIn } from '../cases/tally-cases.js';
import { scopeOf } from '../cases/tally-plan.js';
import type { LiveAudit, LiveAuditListener, LiveAuditOptions } from './live-types.js';
import {
  emptyState,
  frozenResult,
  marginsOfState,
  ratingOf,
  tallyOfState,
  type LiveCase,
  type LiveState,
} from './live-state.js';
import { addCase, removeCase, setAnswer, setJudgement } from './live-edits.js';

const LIVE_OPTIONS = {
  ...CASE_OPTIONS,
  framework: () => 'is the first argument of createLiveAudit, not an option',
  // Checked by rateCases, as it checks its own arguments of the same names.
  cases: () => undefined,
  judgements: () => undefined,
};

/**
 * An audit held in memory that re-rates as it is edited, for a web form or grid that shows the
 * ratings as an auditor types. It starts from the cases and judgements given (checked exactly as
 * `rateCases` checks them) and takes one edit at a time: an answer, a case added or removed, a
 * judgement set or cleared. Each edit re-rates only the standards whose figures it moves, with
 * the same rules `rateCases` uses, so `rating()` after one answer rebuilds one standard and the
 * overall, in the same time for 10,000 cases as for 60. After every edit, `rating()`, `tally()`
 * and `margins()` equal what `rateCases` gives on `cases()` and `judgements()`.
 *
 * An edit `rateCases` would refuse (an unknown case or question, an answer the case cannot give,
 * a counted standard left with no applicable case, a discretion decision whose triggers no longer
 * fire) throws one `RatingRuleError` naming every problem, and the audit stays exactly as it was.
 * A discretion hook (option `discretion`) is called only for the standards an edit re-rates, so
 * it must answer from what it is shown. Nothing passed in is changed or kept: the audit holds
 * its own copies, and what it returns is frozen, plain data.
 *
 * @param framework - the framework the audit follows
 * @param options - `cases` and `judgements` to start from (both optional), and the options
 * `rateCases` takes: `banding`, `windowInclusive`, `discretion`, `incomplete`, `unanswered`
 * @throws {RatingRuleError} for everything `rateCases` refuses in the same cases and judgements
 * @example
 * const audit = createLiveAudit(youth2021, { cases: cumberlandCases, judgements: cumberlandJudgements });
 * audit.rating().score // => 12
 * audit.setAnswer('court-3', '2.2.3', 'yes').standards // => ['2.2']
 * audit.setAnswer('court-4', '2.2.3', 'yes'); // 2.2.3: 4 of 8, 50%
 * audit.rating().byStandard['2.2'].rating // => 'Requires improvement'
 * audit.rating().score // => 13
 * @category Live audit
 */
export function createLiveAudit<F extends Framework, I extends IncompleteMode = 'error'>(
  framework: F,
  options?: LiveAuditOptions<F, I>,
): LiveAudit<F, I>;
export function createLiveAudit(framework: Framework, options?: LiveAuditOptions): LiveAudit {
  const { framework: fw, options: given } = acceptArguments(
    callArguments(framework, options, LIVE_OPTIONS),
  );
  const { cases = [], judgements = {}, ...rest } = (given ?? {}) as LiveAuditOptions;
  // Read once into plain data (what is checked is what is kept); anything else is left as it is
  // for rateCases to describe.
  const records = plainRecords(cases) ?? cases;
  const table = judgementTable(judgements);
  const checked = rateCases(fw, records as CaseRecord[], table as Judgements, rest);
  const state = emptyState(
    fw,
    {
      banding: rest.banding ?? 'rounded',
      windowInclusive: rest.windowInclusive ?? true,
      discretion: rest.discretion,
      allowIncomplete: rest.incomplete === 'allow',
    },
    rest.unanswered !== 'leave-out',
  );
  fill(state, records as LiveCase['record'][], table as Record<string, StandardFields>, checked);
  return Object.freeze({
    setAnswer: (caseId: string, questionId: string, answer: unknown) =>
      setAnswer(state, caseId, questionId, answer),
    addCase: (record: unknown) => addCase(state, record),
    removeCase: (caseId: string) => removeCase(state, caseId),
    setJudgement: (standardId: string, judgement: unknown) =>
      setJudgement(state, standardId, judgement),
    rating: () => ratingOf(state),
    tally: () => tallyOfState(state),
    margins: () => marginsOfState(state),
    cases: () => casesOf(state),
    judgements: () => Object.freeze(Object.fromEntries(state.judgements)),
    subscribe: (listener: unknown) => subscribe(state, listener),
  }) as unknown as LiveAudit;
}

/**
 * The caller's judgements read once: each the hand check's copy when it accepts it, or the
 * caller's value for `rateCases` to describe. Anything not an object is left as it is.
 */
function judgementTable(judgements: unknown): unknown {
  if (!isRecord(judgements)) return judgements;
  const table: Record<string, unknown> = Object.create(null);
  for (const id of Object.keys(judgements)) {
    const value = judgements[id];
    table[id] = standardEvidence(value) ?? value;
  }
  return table;
}

/** The state filled from cases and judgements `rateCases` accepted, and the results it made. */
function fill(
  state: LiveState,
  records: readonly LiveCase['record'][],
  judgements: Readonly<Record<string, StandardFields>>,
  checked: CaseRating,
): void {
  const firstSeen = firstSeenIn(new Set<string>());
  const issues: never[] = [];
  for (let i = 0; i < records.length; i++) {
    const record = records[i] as LiveCase['record'];
    const disposal = countCase(
      state.framework,
      state.tallyPlan,
      record,
      i,
      firstSeen,
      state.requireAnswers,
      state.counts,
      issues,
    );
    if (!disposal) continue; // never so: rateCases accepted every case
    state.cases.set(record.id, { record, scope: scopeOf(state.tallyPlan, record) });
    state.byDisposal.set(disposal.id, (state.byDisposal.get(disposal.id) ?? 0) + 1);
    if (disposal.kind === 'court') state.court++;
  }
  for (const id of Object.keys(judgements))
    state.judgements.set(id, frozenCopy(judgements[id] as StandardFields));
  for (const result of checked.rating.standards)
    state.results[state.index.get(result.standard) as number] = frozenResult(result);
  for (const left of checked.rating.excluded)
    state.excluded[state.index.get(left.standard) as number] = Object.freeze(left);
  state.tally = deepFreeze(checked.tally);
}

/** The cases as they now are: a fresh copy, in order. */
function casesOf(state: LiveState): CaseRecord[] {
  const list: CaseRecord[] = [];
  for (const { record } of state.cases.values())
    list.push({
      id: record.id,
      kind: record.kind,
      disposal: record.disposal,
      answers: { ...record.answers },
      ...(record.attributes !== undefined && { attributes: { ...record.attributes } }),
    });
  return list;
}

/** `LiveAudit.subscribe`: each subscription its own, so one function may subscribe twice. */
function subscribe(state: LiveState, listener: unknown): () => void {
  if (isFunction(listener) !== undefined)
    throw new RatingRuleError([argumentIssue('listener', 'a function', listener)]);
  const entry: LiveAuditListener = (change) => (listener as LiveAuditListener)(change);
  state.listeners.add(entry);
  return () => void state.listeners.delete(entry);
}
