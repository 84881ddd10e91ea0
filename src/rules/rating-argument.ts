// A rating handed back to the library (for margins, intervals or a trend) is checked as
// rateInspection makes one: its shape, every standard's key-question figures, and that it is a
// rating of the framework it comes with. One check, so every reader refuses the same things.
import { fromZodIssues } from '../evidence/zod-issues.js';
import { issue, type RatingIssue, type RatingIssuePath } from '../model/errors.js';
import { quoteText } from '../model/preview.js';
import type { Framework } from '../model/types.js';
import { checkedFigures } from './figure-check.js';
import type { InspectionRating } from './inspection-rating.js';
import { inspectionRatingSchema } from './inspection-rating-schema.js';

/**
 * The rating, checked, or every problem with it, each under `path` (default `result`). With a
 * framework, a rating of another framework is refused at `frameworkPath` (default `framework`,
 * the caller's own argument), with `mismatch` added to say why it matters there.
 */
export function ratingArgument(
  value: unknown,
  framework: Framework | undefined,
  at: {
    readonly path?: RatingIssuePath;
    readonly frameworkPath?: RatingIssuePath;
    readonly mismatch?: string;
  } = {},
): { readonly rating?: InspectionRating; readonly issues: RatingIssue[] } {
  const { path = ['result'], frameworkPath = ['framework'], mismatch = '' } = at;
  const parsed = inspectionRatingSchema.safeParse(value);
  if (!parsed.success)
    return {
      issues: fromZodIssues(parsed.error.issues, value, path).map((i) => ({
        ...i,
        code: 'invalid-argument' as const,
        message: `not a rating from rateInspection: ${i.message}`,
      })),
    };
  const issues: RatingIssue[] = [];
  for (const [si, s] of parsed.data.standards.entries())
    issues.push(
      ...checkedFigures(s.keyQuestions).issues.map((i) => ({
        ...i,
        path: [...path, 'standards', si, 'keyQuestions', ...i.path.slice(1)],
      })),
    );
  if (framework && parsed.data.framework.id !== framework.id)
    issues.push(
      issue(
        'framework-mismatch',
        frameworkPath,
        `the rating is for ${quoteText(parsed.data.framework.id)}, not "${framework.id}"${mismatch}`,
      ),
    );
  return issues.length > 0 ? { issues } : { rating: parsed.data as InspectionRating, issues };
}
