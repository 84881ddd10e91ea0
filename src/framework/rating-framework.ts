// The framework a rating was made against, for the calls that may leave it out: the one given, or
// the built-in framework the rating names by id.
import { frameworks } from '../frameworks/index.js';
import { issue, type RatingIssue } from '../model/errors.js';
import { isRecord } from '../model/arguments.js';
import { quoteText } from '../model/preview.js';
import type { Framework } from '../model/types.js';

const BUILT_IN: ReadonlyMap<string, Framework> = new Map(Object.entries(frameworks));

/**
 * The framework given, else the built-in one whose id the rating names. A rating of a framework
 * that is not built in, with none given, is one issue asking for it.
 */
export function ratingFramework(
  rating: unknown,
  framework: unknown,
): { readonly framework: unknown; readonly issues: readonly RatingIssue[] } {
  if (framework !== undefined) return { framework, issues: [] };
  const named = isRecord(rating) && isRecord(rating.framework) ? rating.framework.id : undefined;
  const found = typeof named === 'string' ? BUILT_IN.get(named) : undefined;
  if (found) return { framework: found, issues: [] };
  // A rating that is not one at all is reported by the rating's own check.
  if (typeof named !== 'string') return { framework: undefined, issues: [] };
  return {
    framework: undefined,
    issues: [
      issue(
        'invalid-argument',
        ['framework'],
        `the rating is of framework ${quoteText(named)}, which is not built in: pass that framework as the second argument`,
      ),
    ],
  };
}
