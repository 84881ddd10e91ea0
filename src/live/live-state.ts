// The live audit's state and what it rebuilds: the counts of every question by counting slot (as
// tallyCases counts them), each standard's result as rateStandards last made it, and the rating,
// tally and margins made from those on first read after an edit. Only the standards an edit
// changes are re-rated, by the same function rateInspection rates each standard with.
import { RatingRuleError, type RatingIssue } from '../model/errors.js';
import { deepFreeze } from '../model/deep-freeze.js';
import type { Framework } from '../model/types.js';
import type { StandardFields } from '../evidence/schema.js';
import { planOf, type FrameworkPlan } from '../framework/plan.js';
import { inspectionRatingOf } from '../rules/rate-inspection.js';
import {
  rateOneStandard,
  type RatedStandard,
  type StandardsPolicy,
} from '../rules/rate-standards.js';
import type { ExcludedStandard, InspectionRating } from '../rules/inspection-rating.js';
import type { StandardRating } from '../rules/standard-rating.js';
import { standardMargin, type StandardMargin } from '../margins/rating-margins.js';
import type { CaseRecord } from '../cases/case-record.js';
import { tallyOf, type CaseTally } from '../cases/tally-cases.js';
import { tallyPlan, type Scope, type TallyPlan } from '../cases/tally-plan.js';
import type { LiveAuditChange, LiveAuditListener } from './live-types.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A case as the audit holds it: its own copy, with answers it changes in place. */
export interface LiveCase {
  readonly record: Mutable<CaseRecord> & { answers: Record<string, CaseRecord['answers'][string]> };
  readonly scope: Scope;
}

/** Everything the audit holds. Reached only through the functions `createLiveAudit` returns. */
export interface LiveState {
  readonly framework: Framework;
  readonly plan: FrameworkPlan;
  readonly tallyPlan: TallyPlan;
  readonly policy: StandardsPolicy;
  readonly ratingPolicy: InspectionRating['policy'];
  readonly requireAnswers: boolean;
  /** The cases by id, in the audit's order. */
  readonly cases: Map<string, LiveCase>;
  /** Yes, no and not-applicable counts per question, by the tally plan's slots. */
  readonly counts: Int32Array;
  /** Cases by disposal id. */
  readonly byDisposal: Map<string, number>;
  court: number;
  /** The panel's judgements by standard id, as checked copies (deeply frozen). */
  readonly judgements: Map<string, StandardFields>;
  /** Each standard's index in framework order. */
  readonly index: ReadonlyMap<string, number>;
  /** The counting slot of each key question of each standard (empty for judgement standards). */
  readonly slots: readonly (readonly number[])[];
  /** By standard index: its result, why it is left out of the overall, its margin once made. */
  readonly results: (StandardRating | undefined)[];
  readonly excluded: (ExcludedStandard | undefined)[];
  readonly margins: (StandardMargin | null | undefined)[];
  rating: InspectionRating | undefined;
  tally: CaseTally | undefined;
  marginList: readonly StandardMargin[] | undefined;
  readonly listeners: Set<LiveAuditListener>;
}

/** A fresh state for a checked framework and policy, with no cases, judgements or results. */
export function emptyState(
  framework: Framework,
  policy: StandardsPolicy,
  requireAnswers: boolean,
): LiveState {
  const plan = planOf(framework);
  const tally = tallyPlan(framework);
  const slots = plan.entries.map(({ standard }) =>
    standard.ratedBy === 'key-questions'
      ? standard.keyQuestions.map((kq) => tally.questions.get(kq.id)?.slot ?? -1)
      : [],
  );
  return {
    framework,
    plan,
    tallyPlan: tally,
    policy,
    ratingPolicy: Object.freeze({
      banding: policy.banding,
      windowInclusive: policy.windowInclusive,
    }),
    requireAnswers,
    cases: new Map(),
    counts: new Int32Array(tally.list.length * 3),
    byDisposal: new Map(),
    court: 0,
    judgements: new Map(),
    index: new Map(plan.entries.map(({ standard }, i) => [standard.id as string, i])),
    slots,
    results: plan.entries.map(() => undefined),
    excluded: plan.entries.map(() => undefined),
    margins: plan.entries.map(() => undefined),
    rating: undefined,
    tally: undefined,
    marginList: undefined,
    listeners: new Set(),
  };
}

/**
 * The evidence `rateCases` gives standard `i` for the audit as it now is: the tallied figures of
 * a case-sampled standard with any discretion decision of the panel, or the panel's judgement.
 */
function evidenceOf(
  state: LiveState,
  i: number,
  judgement: StandardFields | undefined,
): StandardFields | undefined {
  const { standard } = state.plan.entries[i] as FrameworkPlan['entries'][number];
  if (standard.ratedBy !== 'key-questions') return judgement;
  const keyQuestions: Record<string, { yes: number; of: number }> = {};
  const { counts } = state;
  const slots = state.slots[i] as readonly number[];
  for (let k = 0; k < slots.length; k++) {
    const at = (slots[k] as number) * 3;
    const yes = counts[at] as number;
    keyQuestions[(standard.keyQuestions[k] as { id: string }).id] = {
      yes,
      of: yes + (counts[at + 1] as number),
    };
  }
  return judgement ? { keyQuestions, ...judgement } : { keyQuestions };
}

/** The panel's judgement on standard `i`, if any. */
export const judgementAt = (state: LiveState, i: number): StandardFields | undefined =>
  state.judgements.get((state.plan.entries[i] as FrameworkPlan['entries'][number]).standard.id);

/** Standard `i` rated from the audit as it now is, with `judgement` as the panel's. */
export function rateStandardAt(
  state: LiveState,
  i: number,
  judgement: StandardFields | undefined,
): RatedStandard {
  const entry = state.plan.entries[i] as FrameworkPlan['entries'][number];
  const evidence = evidenceOf(state, i, judgement);
  return rateOneStandard(
    state.framework,
    state.plan,
    entry,
    evidence !== undefined,
    evidence,
    state.policy,
  );
}

/**
 * Re-rates the standards at `indexes` (in framework order) from the counts and judgements as they
 * now are. With any problem, nothing is kept and every problem is thrown at once; otherwise the
 * new results replace the old and the rating, tally and margins are rebuilt on next read.
 * The caller undoes its own change to the counts when this throws.
 */
export function rerate(state: LiveState, indexes: readonly number[]): void {
  const rated: RatedStandard[] = [];
  const issues: RatingIssue[] = [];
  for (const i of indexes) {
    const one = rateStandardAt(state, i, judgementAt(state, i));
    if (one.issues.length > 0) issues.push(...one.issues);
    rated.push(one);
  }
  if (issues.length > 0) throw new RatingRuleError(issues);
  indexes.forEach((i, n) => keep(state, i, rated[n] as RatedStandard));
}

/**
 * A standard's result frozen all through, by its known shape (a walk over every key cost a sixth
 * of an edit): its key-question figures (flat; the lowest is one of them), the triggers, the
 * discretion applied. Its band is the framework's own, frozen with the framework.
 */
export function frozenResult(result: StandardRating): StandardRating {
  const figures = result.keyQuestions;
  for (let k = 0; k < figures.length; k++) Object.freeze(figures[k]);
  Object.freeze(figures);
  if (result.lowest) Object.freeze(result.lowest);
  const triggers = result.triggers;
  if (triggers) {
    Object.freeze(triggers.nearBoundary);
    const changes = triggers.oneCase.changes;
    for (let c = 0; c < changes.length; c++) Object.freeze(changes[c]);
    Object.freeze(changes);
    Object.freeze(triggers.oneCase);
    Object.freeze(triggers.smallSample);
    Object.freeze(triggers);
  }
  if (result.discretion) Object.freeze(result.discretion);
  if (result.band) Object.freeze(result.band);
  return Object.freeze(result);
}

/** Keeps one standard's new result (frozen: the audit hands it out on every read). */
export function keep(state: LiveState, i: number, rated: RatedStandard): void {
  state.results[i] = rated.result && frozenResult(rated.result);
  state.excluded[i] = rated.excluded && Object.freeze(rated.excluded);
  state.margins[i] = undefined;
}

/** Forgets what was built from the state: the next read rebuilds it. */
export function changed(state: LiveState, tallyOnly = false): void {
  state.tally = undefined;
  if (tallyOnly) return;
  state.rating = undefined;
  state.marginList = undefined;
}

/** The rating of the audit as it now is: the kept results, the score and the overall. */
export function ratingOf(state: LiveState): InspectionRating {
  if (state.rating) return state.rating;
  const results: StandardRating[] = [];
  const excluded: ExcludedStandard[] = [];
  for (let i = 0; i < state.results.length; i++) {
    const result = state.results[i];
    if (result) results.push(result);
    const left = state.excluded[i];
    if (left) excluded.push(left);
  }
  Object.freeze(results);
  Object.freeze(excluded);
  const rating = inspectionRatingOf(
    state.framework,
    state.plan,
    {},
    { results, excluded },
    state.ratingPolicy,
  );
  Object.freeze(rating.framework);
  Object.freeze(rating.byStandard);
  Object.freeze(rating.counted);
  return (state.rating = Object.freeze(rating));
}

/** The margins of the audit as it now is: each standard's kept, or made once. */
export function marginsOfState(state: LiveState): readonly StandardMargin[] {
  if (state.marginList) return state.marginList;
  const list: StandardMargin[] = [];
  for (let i = 0; i < state.results.length; i++) {
    let margin = state.margins[i];
    const result = state.results[i];
    if (margin === undefined) {
      const made = result && standardMargin(result, state.framework, state.ratingPolicy.banding);
      margin = state.margins[i] = made ? deepFreeze(made) : null;
    }
    if (margin) list.push(margin);
  }
  return (state.marginList = Object.freeze(list));
}

/** The tally of the audit as it now is, as `tallyCases` makes it. */
export function tallyOfState(state: LiveState): CaseTally {
  if (state.tally) return state.tally;
  const tally = tallyOf(state.framework, state.tallyPlan, state.cases.size, {
    counts: state.counts,
    byDisposal: disposalsInOrder(state),
    court: state.court,
    issues: [],
  });
  return (state.tally = deepFreeze(tally));
}

/**
 * The cases by disposal in the order `tallyCases` writes them, the order each disposal is first
 * met in the cases: the cases are read from the start only until every disposal in use is met.
 */
function disposalsInOrder(state: LiveState): Map<string, number> {
  const ordered = new Map<string, number>();
  let inUse = 0;
  for (const n of state.byDisposal.values()) if (n > 0) inUse++;
  for (const { record } of state.cases.values()) {
    if (ordered.size === inUse) break;
    if (!ordered.has(record.disposal))
      ordered.set(record.disposal, state.byDisposal.get(record.disposal) ?? 0);
  }
  return ordered;
}

/** What an edit that changes nothing changed: no listener is told. */
export const unchanged = (edit: LiveAuditChange['edit']): LiveAuditChange =>
  Object.freeze({ edit, standards: Object.freeze([]) });

/** Tells every listener what an accepted edit changed; the first listener's error is thrown last. */
export function notify(
  state: LiveState,
  edit: LiveAuditChange['edit'],
  indexes: readonly number[],
): LiveAuditChange {
  const change: LiveAuditChange = Object.freeze({
    edit,
    standards: Object.freeze(
      indexes.map((i) => (state.plan.entries[i] as FrameworkPlan['entries'][number]).standard.id),
    ),
  });
  let failure: { error: unknown } | undefined;
  for (const listener of [...state.listeners]) {
    try {
      listener(change);
    } catch (error) {
      failure ??= { error };
    }
  }
  if (failure) throw failure.error;
  return change;
}
