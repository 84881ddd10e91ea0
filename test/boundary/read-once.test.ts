// Issue 8 ("a malformed input never yields a partial or different rating"), the class found after
// the CI fuzz failure: a value the library checked must be the value it uses. Each record
// reachable from each exported function's valid call (four steps deep, forty per call) has every
// field put behind a getter that answers rightly the first time and differently after ("maybe"
// for text, one more for a number, the opposite for true or false). Each call must then give a
// typed error or exactly the result of the plain call. Before the fix fourteen functions used a
// second read: tallyCases and rateCases (and through them rateSheets) every answer,
// resampleRating and breakdownByGroup their case records, drawSample and sampleCaseload their
// caseload's attributes, casesToRows its records, and bandForCounts, resampleRows and four sheet
// readers their options; and the workbooks differed by the clock in their bytes.
import { describe, expect, it, vi } from 'vitest';
import { api } from '../support/entries.js';
import * as sheets from '../../src/sheets.js';
import { cumberlandCases, cumberlandJudgements } from '../../scripts/cumberland-cases.js';
import { EXPORTED, VALID, callWithTarget, objectPaths } from './valid-calls.js';

/** Another value of the same type: what a lying getter answers on its second read. */
const otherThan = (value: unknown): unknown =>
  typeof value === 'string'
    ? 'maybe'
    : typeof value === 'number'
      ? value + 1
      : typeof value === 'boolean'
        ? !value
        : value;

/** Puts every field of a record behind a getter that answers rightly once, then differently. */
function lying(target: Record<string, unknown>): void {
  for (const key of Object.keys(target)) {
    const value = target[key];
    let reads = 0;
    Object.defineProperty(target, key, {
      enumerable: true,
      configurable: true,
      get: () => (reads++ === 0 ? value : otherThan(value)),
    });
  }
}

/** A result as text to compare: functions (chart renderers) by name only. */
const shown = (value: unknown) =>
  JSON.stringify(value, (_, v: unknown) =>
    typeof v === 'function' ? `function ${v.name}` : v instanceof Uint8Array ? [...v] : v,
  );

describe('every value checked is the value used: a getter that changes its answer', () => {
  const calls = Object.entries(VALID).flatMap(([name, make]) => {
    const paths = objectPaths(make(), { lists: false, depth: 4 }).slice(0, 40);
    return paths.length > 0 ? [{ name, make, paths }] : [];
  });

  it('covers every call with a record among its arguments', () => {
    expect(calls.map((c) => c.name)).toEqual(
      expect.arrayContaining(['tallyCases', 'bandForCounts', 'drawSample', 'resultsWorkbook']),
    );
    expect(calls.length).toBeGreaterThan(45);
  });

  for (const { name, make, paths } of calls) {
    it(name, async () => {
      const fn = EXPORTED[name] as (...args: unknown[]) => unknown;
      let plain: string;
      try {
        plain = shown(await fn(...callWithTarget(make, []).args));
      } catch (e) {
        plain = `threw ${(e as Error).message}`;
      }
      const different: string[] = [];
      for (const path of paths) {
        const { args, target } = callWithTarget(make, path);
        lying(target as Record<string, unknown>);
        try {
          if (shown(await fn(...args)) !== plain)
            different.push(`${path.join('.')}: another result`);
        } catch (e) {
          if (!(e instanceof api.RatingRuleError))
            different.push(`${path.join('.')}: ${(e as Error)?.name}: ${(e as Error)?.message}`);
        }
      }
      expect(different).toEqual([]);
    });
  }
});

describe('the workbooks the library writes carry no clock', () => {
  it('the same rating written a year apart gives the same bytes', async () => {
    const { rating, tally } = api.rateCases(api.youth2021, cumberlandCases(), cumberlandJudgements);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2025-01-01T09:00:00Z'));
      const first = await sheets.resultsWorkbook({ rating, tally });
      const template = await sheets.casesWorkbook(api.youth2021);
      vi.setSystemTime(new Date('2026-03-07T17:33:59Z'));
      expect(Buffer.from(await sheets.resultsWorkbook({ rating, tally })).equals(first)).toBe(true);
      expect(Buffer.from(await sheets.casesWorkbook(api.youth2021)).equals(template)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
