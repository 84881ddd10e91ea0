import { describe, expect, it } from 'vitest';
import { percentYes, RatingRuleError } from '../../src/index.js';

describe('percentYes rounds the exact share half up to a whole percent, as the reports print it', () => {
  it.each([
    [5, 8, 63], // Cumberland: 62.5% printed 63%, so half up (half-even would print 62)
    [3, 8, 38], // Cumberland 2.1.3
    [13, 20, 65], // exactly 65
    [11, 20, 55], // Waltham Forest 3.1.1
    [25, 34, 74], // 73.5% printed 74%
    [20, 31, 65], // 64.52% printed 65%
    [1, 200, 1], // 0.5% rounds up to 1
    [0, 5, 0],
    [5, 5, 100],
  ])('%i of %i is %i percent', (yes, of, expected) => {
    expect(percentYes(yes, of)).toBe(expected);
  });

  it.each([
    [9, 8, 'yes-exceeds-of'],
    [-1, 8, 'invalid-count'],
    [1.5, 8, 'invalid-count'],
    [0, 0, 'invalid-count'],
    [1, 0, 'yes-exceeds-of'],
    [Number.NaN, 8, 'invalid-count'],
    [1, Number.POSITIVE_INFINITY, 'invalid-count'],
  ])('%s of %s is refused with %s', (yes, of, code) => {
    expect(() => percentYes(yes, of)).toThrow(RatingRuleError);
    try {
      percentYes(yes, of);
    } catch (e) {
      expect((e as RatingRuleError).code).toBe(code);
    }
  });
});
