import { describe, expect, it } from 'vitest';
import {
  overallBandFor,
  ratingScore,
  RatingRuleError,
  standardsOf,
  youth2018,
  youth2021,
} from '../../src/index.js';

describe('overall bands: 0-6 Inadequate, 7-18 Requires improvement, 19-30 Good, 31-36 Outstanding', () => {
  it.each([
    [0, 'Inadequate'],
    [6, 'Inadequate'],
    [7, 'Requires improvement'],
    [11, 'Requires improvement'],
    [12, 'Requires improvement'],
    [18, 'Requires improvement'],
    [19, 'Good'],
    [26, 'Good'],
    [30, 'Good'],
    [31, 'Outstanding'],
    [36, 'Outstanding'],
  ] as const)('a score of %i is %s', (score, rating) => {
    expect(overallBandFor(score)).toBe(rating);
  });

  it.each([[-1], [37], [12.5], [Number.NaN]])('refuses a score of %s', (score) => {
    expect(() => overallBandFor(score)).toThrow(RatingRuleError);
  });

  it('scores each standard 0-3: Inadequate 0, Requires improvement 1, Good 2, Outstanding 3', () => {
    expect([
      ratingScore('Inadequate'),
      ratingScore('Requires improvement'),
      ratingScore('Good'),
      ratingScore('Outstanding'),
    ]).toEqual([0, 1, 2, 3]);
    expect(() => ratingScore('Excellent' as never)).toThrow(/not a rating/);
  });
});

describe("Cheshire Annexe 1's 'each of the ten standards ... on a 0-30 scale' is a known typo", () => {
  it('the rule is twelve counted standards on 0-36 in both versions, as its own bands and table say', () => {
    for (const f of [youth2018, youth2021]) {
      const counted = standardsOf(f).filter((s) => s.countsTowardOverall);
      expect(counted).toHaveLength(12);
      expect(f.overallBands.at(-1)?.to).toBe(36);
    }
    // A 0-30 reading would make 31-36 unreachable and Cheshire's published 26/36 a different share.
    expect(overallBandFor(31)).toBe('Outstanding');
    expect(overallBandFor(26)).toBe('Good');
  });
});
