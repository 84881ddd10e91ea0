import { RatingRuleError, issue, type RatingIssue, type RatingIssuePath } from '../model/errors.js';
import { preview } from '../model/preview.js';

import { MAX_COUNT } from '../model/limits.js';

/** Checks a yes/of pair: whole numbers, 0 <= yes <= of, of <= MAX_COUNT. Returns the problems found. */
export function countIssues(yes: unknown, of: unknown, path: RatingIssuePath = []): RatingIssue[] {
  const found: RatingIssue[] = [];
  const check = (value: unknown, key: 'yes' | 'of') => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_COUNT) {
      found.push(
        issue(
          'invalid-count',
          [...path, key],
          `"${key}" must be a whole number of cases, 0 or more${typeof value === 'number' && value > MAX_COUNT ? ' and at most 10^12' : ''} (got ${preview(value)})`,
        ),
      );
    }
  };
  check(yes, 'yes');
  check(of, 'of');
  if (found.length === 0 && (yes as number) > (of as number)) {
    found.push(
      issue(
        'yes-exceeds-of',
        [...path, 'yes'],
        `${String(yes)} cases answered yes out of only ${String(of)}: "yes" cannot be more than "of"`,
      ),
    );
  }
  return found;
}

/**
 * The "% yes" HMIP prints: the share of cases answered yes, as a whole percent rounded half up
 * (5 of 8 = 62.5% is printed 63%). Exact integer arithmetic, rounded once.
 *
 * @param yes - cases judged sufficient ("yes") on the key question or prompt
 * @param of - cases in the question's sample or sub-sample; must be at least 1
 * @returns a whole number from 0 to 100
 * @throws {RatingRuleError} `invalid-count` for a count that is not a whole number from 0, or an
 * empty sample; `yes-exceeds-of` when yes > of
 * @example
 * percentYes(5, 8) // => 63
 * percentYes(3, 8) // => 38
 * percentYes(13, 20) // => 65
 * @category Rules
 */
export function percentYes(yes: number, of: number): number {
  const found = countIssues(yes, of);
  if (found.length === 0 && of === 0) {
    found.push(issue('invalid-count', ['of'], 'an empty sample (0 cases) has no percentage'));
  }
  if (found.length > 0) throw new RatingRuleError(found);
  // round(100 * yes / of) half up = floor((200 * yes + of) / (2 * of)), in integers.
  const numerator = 200 * yes + of;
  const denominator = 2 * of;
  return (numerator - (numerator % denominator)) / denominator;
}
