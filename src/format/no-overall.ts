import type { InspectionRating } from '../rules/inspection-rating.js';
import { inspectionRatingSchema } from '../rules/inspection-rating-schema.js';
import { fromZodIssues } from '../evidence/zod-issues.js';
import { RatingRuleError } from '../model/errors.js';
import { plainText } from './plain-text.js';

/**
 * Why an incomplete rating has no score and no overall, in the words every report prints in their
 * place: `no overall: judgements missing (1.1, 1.2, 1.3, 1.4, 3.4, 4.1)`, with
 * `; not rated (2.3)` for a counted standard that was not rated. Undefined for a complete rating.
 * The sum of the standards that were rated is never shown as a score: the bands are for all of them.
 *
 * @example
 * noOverallWords(rateCases(youth2021, cumberlandCases, {}, { incomplete: 'allow' }).rating)
 * // => 'no overall: judgements missing (1.1, 1.2, 1.3, 1.4, 3.4, 4.1)'
 * @throws {RatingRuleError} `invalid-argument` for a value that is not a rating from `rateInspection`
 * @category Formatting
 */
export function noOverallWords(rating: InspectionRating): string | undefined {
  const parsed = inspectionRatingSchema.safeParse(rating);
  if (!parsed.success)
    throw new RatingRuleError(
      fromZodIssues(parsed.error.issues, rating, ['rating']).map((i) => ({
        ...i,
        code: 'invalid-argument' as const,
        message: `not a rating from rateInspection: ${i.message}`,
      })),
    );
  return noOverallOf(parsed.data as InspectionRating);
}

/** The words of `noOverallWords` for a rating already known to be well formed. */
export function noOverallOf(
  rating: Pick<InspectionRating, 'complete' | 'overall' | 'excluded'>,
): string | undefined {
  if (rating.complete && rating.overall !== undefined) return undefined;
  const ids = (reason: string) =>
    rating.excluded.filter((e) => e.reason === reason).map((e) => plainText(e.standard));
  const missing = ids('missing');
  const notRated = ids('not rated');
  const parts = [
    ...(missing.length > 0 ? [`judgements missing (${missing.join(', ')})`] : []),
    ...(notRated.length > 0 ? [`not rated (${notRated.join(', ')})`] : []),
  ];
  return `no overall: ${parts.length > 0 ? parts.join('; ') : 'the rating is incomplete'}`;
}
