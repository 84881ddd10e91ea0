import type { Framework } from '../model/types.js';
import { RatingRuleError, issue, type RatingIssue } from '../model/errors.js';
import { argumentIssue, isBoolean, isFunction, isRecord, oneOf } from '../model/arguments.js';
import { preview, quoteText } from '../model/preview.js';
import { acceptArguments, callArguments } from '../framework/call-arguments.js';
import { standardsOf } from '../framework/standards-of.js';
import type { IncompleteMode, Judgements } from '../evidence/schema.js';
import { rateInspectionData, type RateOptions } from '../rules/rate-inspection.js';
import type { InspectionRating } from '../rules/inspection-rating.js';
import { marginsOf, type StandardMargin } from '../margins/rating-margins.js';
import { tallyCases, type CaseTally, type TallyOptions } from './tally-cases.js';
import type { CaseRecord } from './case-record.js';

export type { Judgements } from '../evidence/schema.js';

/** What `rateCases` returns, typed by framework `F` as `rateInspection`'s result. @category Cases */
export interface CaseRating<
  F extends Framework = Framework,
  I extends IncompleteMode = IncompleteMode,
> {
  readonly tally: CaseTally;
  readonly rating: InspectionRating<F, I>;
  readonly margins: readonly StandardMargin[];
}

/**
 * A mock inspection from case answers: tallies the cases, adds the judgements, rates the
 * inspection and works out what would change each case-sampled standard's rating.
 *
 * @throws {RatingRuleError} for bad cases (see `tallyCases`) or bad evidence (see `rateInspection`)
 * @example
 * const { rating } = rateCases(youth2021, cumberlandCases, cumberlandJudgements);
 * rating.score // => 12
 * @category Cases
 */
export function rateCases<F extends Framework, I extends IncompleteMode = 'error'>(
  framework: F,
  cases: readonly CaseRecord[],
  judgements?: Judgements<F>,
  options?: RateOptions<F, I> & TallyOptions,
): CaseRating<F, I>;
export function rateCases(
  framework: Framework,
  cases: readonly CaseRecord[],
  judgements: Judgements = {},
  options: RateOptions & TallyOptions = {},
): CaseRating {
  const { framework: fw, options: given } = acceptArguments(
    callArguments(framework, options, CASE_OPTIONS),
    isRecord(judgements)
      ? []
      : [argumentIssue('judgements', 'an object of judgements by standard id', judgements)],
  );
  const issues = judgementIssues(fw, judgements);
  // The cases are tallied even when the judgements have problems, so every problem is reported at once.
  let tally: CaseTally | undefined;
  try {
    tally = tallyCases(fw, cases, given.unanswered ? { unanswered: given.unanswered } : {});
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    issues.push(...e.issues);
  }
  if (!tally || issues.length > 0) throw new RatingRuleError(issues);
  const standards: Record<string, unknown> = Object.create(null);
  // A table with no prototype: assigning any key, even "__proto__", makes an own property.
  for (const [id, evidence] of Object.entries(tally.standards)) standards[id] = evidence;
  for (const id of Object.keys(judgements)) {
    const judgement = judgements[id] as object;
    const tallied = Object.hasOwn(tally.standards, id) ? tally.standards[id] : undefined;
    // Only a discretion decision (and who decided) joins a case-sampled standard's tallied figures.
    standards[id] = tallied ? { ...tallied, ...judgement } : judgement;
  }
  const { unanswered: _unanswered, ...rateOptions } = given;
  const rating = rateInspectionData(
    { framework: fw.id, standards },
    { ...rateOptions, framework: fw },
  );
  return { tally, rating, margins: marginsOf(rating, fw) };
}

/** The options `rateCases` takes, and how each is checked (the live audit takes the same). */
export const CASE_OPTIONS = {
  framework: () => 'is the first argument of rateCases, not an option',
  banding: oneOf('rounded', 'exact'),
  windowInclusive: isBoolean,
  discretion: isFunction,
  incomplete: oneOf('error', 'allow'),
  unanswered: oneOf('error', 'leave-out'),
};

// What a judgement on a case-sampled standard may hold: the panel's decision, and who decided.
const DECISION_FIELDS = new Set(['discretion', 'decidedBy']);

/**
 * Judgements name standards of the framework; on a case-sampled standard a judgement is only the
 * panel's discretion decision. Key-question figures, a rating or "not rated" there would replace
 * what the cases say, so they are refused.
 */
export function judgementIssues(framework: Framework, judgements: Judgements): RatingIssue[] {
  const found: RatingIssue[] = [];
  const standards = new Map(standardsOf(framework).map((s) => [s.id as string, s]));
  for (const id of Object.keys(judgements)) {
    const standard = standards.get(id);
    const judgement: unknown = judgements[id];
    if (!standard) {
      found.push(
        issue(
          'unknown-standard',
          ['judgements', id],
          `${quoteText(id)} is not a standard of ${framework.id} (${[...standards.keys()].join(', ')})`,
        ),
      );
      continue;
    }
    if (!isRecord(judgement)) {
      found.push(
        issue(
          'invalid-input',
          ['judgements', id],
          `a judgement must be an object such as { rating } (got ${preview(judgement)})`,
        ),
      );
      continue;
    }
    if (standard.ratedBy !== 'key-questions') continue;
    for (const field of Object.keys(judgement)) {
      if (DECISION_FIELDS.has(field)) continue;
      found.push(
        issue(
          'conflicting-evidence',
          ['judgements', id, field],
          `${standard.id} ${standard.name} is rated from the cases' key-question answers; a judgement on it can only be the panel's discretion decision (a rating with a reason), not ${field === 'notRated' ? '"not rated"' : field === 'rating' ? 'a rating without the discretion reason' : `its ${quoteText(field)}`}`,
        ),
      );
    }
  }
  return found;
}
