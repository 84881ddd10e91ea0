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

/**
 * The problems a refused call reports, one line each: "file r<row> <column>: code: message" (the
 * argument path in place of the file when the problem has no location).
 */
export async function refusedLines(fn: () => unknown): Promise<string[]> {
  return (await refusedAsync(fn)).issues.map(
    (i) =>
      `${i.location?.file ?? i.path.join('.')} r${i.location?.row ?? ''} ${i.location?.column ?? ''}: ${i.code}: ${i.message}`,
  );
}
