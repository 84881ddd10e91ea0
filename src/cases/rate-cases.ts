import type { Framework } from '../model/types.js';
import type { StandardEvidence } from '../evidence/schema.js';
import { rateInspection, type RateOptions } from '../rules/rate-inspection.js';
import type { InspectionRating } from '../rules/inspection-rating.js';
import { ratingMargins, type StandardMargin } from '../margins/rating-margins.js';
import { tallyCases, type CaseTally, type TallyOptions } from './tally-cases.js';
import type { CaseRecord } from './case-record.js';

/**
 * The panel's part of a mock inspection, by standard id: ratings of the judgement standards
 * (`{ rating }` or `{ notRated }`) and any discretion decision on a case-sampled standard
 * (`{ discretion: { rating, reason } }`).
 * @category Cases
 */
export type Judgements = Readonly<Record<string, StandardEvidence>>;

/** What `rateCases` returns. @category Cases */
export interface CaseRating {
  readonly tally: CaseTally;
  readonly rating: InspectionRating;
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
export function rateCases(
  framework: Framework,
  cases: readonly CaseRecord[],
  judgements: Judgements = {},
  options: RateOptions & TallyOptions = {},
): CaseRating {
  const { unanswered, ...rateOptions } = options;
  const tally = tallyCases(framework, cases, unanswered ? { unanswered } : {});
  const standards: Record<string, unknown> = { ...tally.standards };
  for (const [id, evidence] of Object.entries(judgements)) {
    const tallied = tally.standards[id];
    Object.defineProperty(standards, id, {
      value: tallied ? { ...tallied, ...evidence } : evidence,
      enumerable: true,
    });
  }
  const rating = rateInspection(
    { framework: framework.id, standards },
    { ...rateOptions, framework },
  );
  return { tally, rating, margins: ratingMargins(rating, framework) };
}
