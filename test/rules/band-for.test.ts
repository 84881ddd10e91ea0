import { describe, expect, it } from 'vitest';
import { bandFor, bandForCounts, RatingRuleError } from '../../src/index.js';

describe('key-question bands: <50 Inadequate, 50-64 Requires improvement, 65-79 Good, 80+ Outstanding', () => {
  it.each([
    [0, 'Inadequate'],
    [49, 'Inadequate'],
    [50, 'Requires improvement'],
    [64, 'Requires improvement'],
    [65, 'Good'],
    [79, 'Good'],
    [80, 'Outstanding'],
    [100, 'Outstanding'],
  ] as const)('%i percent is %s', (percent, rating) => {
    expect(bandFor(percent)).toBe(rating);
  });

  it('bands exact fractions between the printed integers by their value', () => {
    expect(bandFor(49.99)).toBe('Inadequate');
    expect(bandFor(64.5)).toBe('Requires improvement');
    expect(bandFor(79.99)).toBe('Good');
  });

  it.each([[-1], [100.01], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    'refuses %s with invalid-percent',
    (p) => {
      expect(() => bandFor(p)).toThrow(RatingRuleError);
      expect(() => bandFor(p)).toThrow(/0 to 100/);
    },
  );
});

describe('banding policy: rounded (default) bands the printed figure, exact bands the fraction', () => {
  it.each([
    [20, 31, 'Good', 'Requires improvement'], // 64.52% printed 65%
    [11, 17, 'Good', 'Requires improvement'], // 64.71%
    [22, 34, 'Good', 'Requires improvement'], // 64.71%, a real Cheshire sample size
    [35, 44, 'Outstanding', 'Good'], // 79.55%
    [50, 101, 'Requires improvement', 'Inadequate'], // 49.505% printed 50%
    [13, 20, 'Good', 'Good'], // exactly 65
  ] as const)('%i of %i: rounded %s, exact %s', (yes, of, rounded, exact) => {
    expect(bandForCounts(yes, of)).toBe(rounded);
    expect(bandForCounts(yes, of, { banding: 'exact' })).toBe(exact);
  });
});
