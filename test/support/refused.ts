import { RatingRuleError } from '../../src/index.js';

/** The RatingRuleError a call throws; anything else thrown, or nothing, fails the test. */
export function refused(fn: () => unknown): RatingRuleError {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof RatingRuleError))
      throw new Error(`not a RatingRuleError: ${String(e)}`, { cause: e });
    return e;
  }
  throw new Error('expected a RatingRuleError, and nothing was thrown');
}

/** The RatingRuleError a call throws or its promise rejects with; anything else fails the test. */
export async function refusedAsync(fn: () => unknown): Promise<RatingRuleError> {
  try {
    await fn();
  } catch (e) {
    if (!(e instanceof RatingRuleError))
      throw new Error(`not a RatingRuleError: ${String(e)}`, { cause: e });
    return e;
  }
  throw new Error('expected a RatingRuleError, and nothing was thrown');
}
