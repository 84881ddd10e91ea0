import type { Framework, Standard, StandardId } from '../model/types.js';
import type { IncompleteMode, Judgements, StandardJudgement } from '../evidence/evidence-types.js';
import type { RateOptions } from '../rules/rate-inspection.js';
import type { InspectionRating } from '../rules/inspection-rating.js';
import type { StandardMargin } from '../margins/rating-margins.js';
import type { Answer, CaseRecord } from '../cases/case-record.js';
import type { CaseTally, TallyOptions } from '../cases/tally-cases.js';

/**
 * What `createLiveAudit` takes besides the framework: the audit's cases and the panel's
 * judgements to start from (both may be left out: an empty audit), and the options `rateCases`
 * takes, checked the same way.
 * @category Live audit
 */
export interface LiveAuditOptions<
  F extends Framework = Framework,
  I extends IncompleteMode = IncompleteMode,
> extends Omit<RateOptions<F, I>, 'framework'>,
    TallyOptions {
  /** The audited cases to start from, in order (see `caseRecordSchema`); not changed. */
  readonly cases?: readonly CaseRecord[] | undefined;
  /** The panel's judgements by standard id, as `rateCases` takes them; not changed. */
  readonly judgements?: Judgements<F> | undefined;
}

/**
 * What one accepted edit changed: the edit, and the standards whose results it rebuilt, in
 * framework order (none for an answer that moves no figure: a prompt, or "not applicable" given
 * or cleared). The score and overall follow from the standards.
 * @category Live audit
 */
export interface LiveAuditChange<F extends Framework = Framework> {
  readonly edit: 'answer' | 'case added' | 'case removed' | 'judgement';
  readonly standards: readonly StandardId<F>[];
}

/**
 * The arguments of `LiveAudit.setJudgement` for framework `F`: a standard id and that standard's
 * judgement (or `undefined` to clear it), one pair per standard.
 * @category Live audit
 */
export type JudgementArguments<F extends Framework = Framework> =
  F['domains'][number]['standards'][number] extends infer S
    ? S extends Standard
      ? [standardId: S['id'], judgement: StandardJudgement<S> | undefined]
      : never
    : never;

/** A function `LiveAudit.subscribe` calls after every accepted edit. @category Live audit */
export type LiveAuditListener<F extends Framework = Framework> = (
  change: LiveAuditChange<F>,
) => void;

/**
 * One audit held in memory and re-rated as it is edited (see `createLiveAudit`). After every
 * edit, `rating()`, `tally()` and `margins()` give exactly what `rateCases` gives on `cases()`
 * and `judgements()`. An edit that `rateCases` would refuse throws a `RatingRuleError` and leaves
 * the audit exactly as it was. What it returns is frozen, plain data; what is given to it is
 * copied and never changed.
 * @category Live audit
 */
export interface LiveAudit<
  F extends Framework = Framework,
  I extends IncompleteMode = IncompleteMode,
> {
  /**
   * Sets one case's answer to a key question or prompt; `undefined` clears it (unanswered).
   * @throws {RatingRuleError} for an unknown case or question, an answer the case cannot give, a
   * blank where an answer is required (unless `unanswered: 'leave-out'`), or a rating the rules
   * refuse (a counted standard left with no applicable case, a discretion decision whose triggers
   * no longer fire)
   */
  setAnswer(caseId: string, questionId: string, answer: Answer | undefined): LiveAuditChange<F>;
  /**
   * Adds a case at the end of the audit.
   * @throws {RatingRuleError} for a record `rateCases` would refuse, or a case id already there
   */
  addCase(record: CaseRecord): LiveAuditChange<F>;
  /**
   * Removes a case.
   * @throws {RatingRuleError} for an unknown case, or a rating the rules refuse without it
   */
  removeCase(caseId: string): LiveAuditChange<F>;
  /**
   * Sets or (with `undefined`) clears the panel's judgement on one standard: a rating or "not
   * rated" for a judgement standard, a discretion decision for a case-sampled one.
   * @throws {RatingRuleError} for an unknown standard or a judgement `rateCases` would refuse
   */
  setJudgement(...args: JudgementArguments<F>): LiveAuditChange<F>;
  /** The rating `rateCases(...).rating` holds for the audit as it now is. */
  rating(): InspectionRating<F, I>;
  /** The tally `tallyCases` gives for the cases as they now are. */
  tally(): CaseTally;
  /** What would change each case-sampled standard's rating, as `ratingMargins` gives it. */
  margins(): readonly StandardMargin[];
  /** The cases as they now are, in order: added cases at the end. A fresh copy each call. */
  cases(): CaseRecord[];
  /** The panel's judgements as they now are, by standard id. */
  judgements(): Judgements<F>;
  /**
   * Calls `listener` after every accepted edit with what it changed; returns a function that
   * stops it. A listener that throws does not undo the edit: the other listeners are still
   * called, then the first error is thrown to the caller of the edit.
   */
  subscribe(listener: LiveAuditListener<F>): () => void;
}
