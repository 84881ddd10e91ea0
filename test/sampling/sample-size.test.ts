import { describe, expect, it } from 'vitest';
import { RatingRuleError } from '../../src/index.js';
import { normalQuantile, sampleSize } from '../../src/sampling/index.js';

const codes = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(RatingRuleError);
    return (e as RatingRuleError).issues.map((i) => `${i.path.join('.')}: ${i.code}`);
  }
  throw new Error('expected a RatingRuleError');
};

describe('the normal quantile (Wichura, AS 241)', () => {
  it('gives the same doubles as R 4.2.2 qnorm, which uses the same algorithm', () => {
    // R 4.2.2 Patched (2022-11-10 r83330): print(qnorm(0.9), digits = 17).
    expect(normalQuantile(0.9)).toBe(1.2815515655446008);
    expect(normalQuantile(0.1)).toBe(-1.2815515655446008);
    expect(normalQuantile(0.975)).toBe(1.9599639845400536);
    expect(normalQuantile(0.025)).toBe(-1.9599639845400538);
    expect(normalQuantile(0.95)).toBe(1.6448536269514715);
    expect(normalQuantile(0.995)).toBe(2.5758293035488999);
    expect(normalQuantile(0.925)).toBe(1.4395314709384559);
    expect(normalQuantile(0.75)).toBe(0.67448975019608171);
    expect(normalQuantile(1e-10)).toBe(-6.3613409024040557);
    expect(normalQuantile(0.5)).toBe(0);
  });

  it('is within 2 units in the last place of the true quantile (mpmath 1.3.0 at 50 digits)', () => {
    // mpmath: sqrt(2) * erfinv(2p - 1) for the double nearest each p; for p = 0.9 it is
    // 1.2815515655446005935, whose nearest double is 1.2815515655446006.
    const ulp = 2 ** -52;
    expect(Math.abs(normalQuantile(0.9) - 1.2815515655446006)).toBeLessThanOrEqual(2 * ulp);
    // For the decimal 0.8 confidence, the brief's z = 1.2815515655446004 (mpmath for the exact decimal 0.9).
    expect(Math.abs(normalQuantile(0.9) - 1.2815515655446004)).toBeLessThanOrEqual(2 * ulp);
    expect(Math.abs(normalQuantile(0.975) - 1.9599639845400538)).toBeLessThanOrEqual(2 * ulp);
    expect(Math.abs(normalQuantile(0.995) - 2.5758293035489004)).toBeLessThanOrEqual(2 * ulp * 2);
  });

  it('refuses a probability of 0, 1 or outside', () => {
    for (const p of [0, 1, -0.1, 1.5, Number.NaN])
      expect(codes(() => normalQuantile(p))).toEqual(['p: invalid-argument']);
  });
});

describe("HMIP's inferred size rule: Cochran's formula with the finite population correction", () => {
  it('pins the sample-size table at 80% confidence and a margin of 5 points against a hand calculation', () => {
    // By hand: z = 1.2816 (two-sided 80%), p = 0.5, e = 0.05:
    //   n0 = z^2 p (1 - p) / e^2 = 1.642374 × 0.25 / 0.0025 = 164.2374
    //   n  = n0 / (1 + (n0 - 1) / N), rounded up:
    //   N = 10:     164.2374 / (1 + 163.2374 / 10)     = 164.2374 / 17.3237  =   9.48 -> 10
    //   N = 27:     164.2374 / (1 + 163.2374 / 27)     = 164.2374 / 7.0458   =  23.31 -> 24
    //   N = 43:     164.2374 / (1 + 163.2374 / 43)     = 164.2374 / 4.7962   =  34.24 -> 35
    //   N = 100:    164.2374 / (1 + 163.2374 / 100)    = 164.2374 / 2.6324   =  62.39 -> 63
    //   N = 1,000:  164.2374 / (1 + 163.2374 / 1000)   = 164.2374 / 1.16324  = 141.19 -> 142
    //   N = 10,000: 164.2374 / (1 + 163.2374 / 10000)  = 164.2374 / 1.016324 = 161.60 -> 162
    // The same values as Python's mpmath at 40 digits gives for the same formula.
    const n0 = (1.2816 ** 2 * 0.25) / 0.05 ** 2;
    expect(n0).toBeCloseTo(164.2374, 1);
    const table: [number, number, number][] = [
      [10, 9.48, 10],
      [27, 23.31, 24],
      [43, 34.24, 35],
      [100, 62.39, 63],
      [1000, 141.19, 142],
      [10000, 161.6, 162],
    ];
    for (const [population, unrounded, size] of table) {
      const result = sampleSize(population);
      expect(result.size, `N = ${population}`).toBe(size);
      expect(result.unrounded).toBeCloseTo(unrounded, 2);
    }
    const policy = sampleSize(100).policy;
    expect(policy).toMatchObject({
      policy: 'cochran',
      confidence: 0.8,
      margin: 5,
      proportion: 0.5,
    });
    expect(policy.policy === 'cochran' && policy.n0).toBeCloseTo(164.2374415, 6);
  });

  it("Cheshire's 34 court and 23 out-of-court cases are what the rule gives for 42 and 26 eligible", () => {
    // Cheshire, Annexe 1: "We examined 34 court disposals. The sample size was set to achieve a
    // confidence level of 80 per cent (with a margin of error of five)", and 23 out-of-court.
    // By hand: 164.2374 / (1 + 163.2374 / 42) = 33.61 -> 34; 164.2374 / (1 + 163.2374 / 26) = 22.57 -> 23.
    expect(sampleSize(42).size).toBe(34);
    expect(sampleSize(26).size).toBe(23);
    // One fewer or one more eligible case and the rule asks for another size: under this rule
    // Cheshire's eligible populations can only have been 42 and 26.
    expect(sampleSize(41).size).toBe(33);
    expect(sampleSize(43).size).toBe(35);
    expect(sampleSize(25).size).toBe(22);
    expect(sampleSize(27).size).toBe(24);
    const fits = (size: number) =>
      Array.from({ length: 60 }, (_, n) => n).filter((n) => sampleSize(n).size === size);
    expect(fits(34)).toEqual([42]);
    expect(fits(23)).toEqual([26]);
  });

  it('a population no larger than the size is taken whole, and the result says so', () => {
    expect(sampleSize(10)).toMatchObject({ size: 10, whole: true });
    expect(sampleSize(1)).toMatchObject({ size: 1, whole: true });
    expect(sampleSize(0)).toMatchObject({ size: 0, whole: false });
    expect(sampleSize(42).whole).toBe(false);
    expect(sampleSize(12, { policy: 'fixed', size: 20 })).toMatchObject({ size: 12, whole: true });
    expect(sampleSize(30, { policy: 'fixed', size: 20 })).toMatchObject({ size: 20, whole: false });
  });

  it('the YJB self-assessment rule: 20% of relevant cases with a minimum of 20', () => {
    const yjb = { policy: 'fraction', fraction: 0.2, minimum: 20 } as const;
    expect(sampleSize(150, yjb).size).toBe(30);
    expect(sampleSize(60, yjb).size).toBe(20); // 12 by the share, the minimum is 20
    expect(sampleSize(15, yjb)).toMatchObject({ size: 15, whole: true });
    // Rounded up in whole numbers: 20% of 35 is exactly 7 (a float product is 7.000000000000001).
    expect(sampleSize(35, { policy: 'fraction', fraction: 0.2 }).size).toBe(7);
    expect(sampleSize(36, { policy: 'fraction', fraction: 0.2 }).size).toBe(8);
    expect(sampleSize(100, { policy: 'fraction', fraction: 0.125 }).size).toBe(13);
  });

  it('other confidence levels and margins', () => {
    // 95% and 5 points: n0 = 1.959964^2 × 0.25 / 0.0025 = 384.15; N = 1000 gives 277.74 -> 278.
    expect(sampleSize(1000, { policy: 'cochran', confidence: 0.95, margin: 5 }).size).toBe(278);
    // 80% and 10 points: n0 = 41.06; N = 42 gives 41.06 × 42 / 82.06 = 21.02 -> 22.
    expect(sampleSize(42, { policy: 'cochran', confidence: 0.8, margin: 10 }).size).toBe(22);
  });

  it('refuses a bad population and a bad policy, every problem at once', () => {
    expect(codes(() => sampleSize(-1, { policy: 'cochran', confidence: 1, margin: 0.05 }))).toEqual(
      [
        'population: invalid-argument',
        'policy.confidence: invalid-option',
        'policy.margin: invalid-option',
      ],
    );
    expect(codes(() => sampleSize(10, { policy: 'fraction', fraction: 0.12345 }))).toEqual([
      'policy.fraction: invalid-option',
    ]);
    expect(codes(() => sampleSize(10, { policy: 'fixed' } as never))).toEqual([
      'policy.size: invalid-option',
    ]);
    expect(codes(() => sampleSize(10, { policy: 'fixed', size: 3, margin: 5 } as never))).toEqual([
      'policy.margin: invalid-option',
    ]);
    expect(codes(() => sampleSize(10, { policy: 'random' } as never))).toEqual([
      'policy.policy: invalid-option',
    ]);
    expect(codes(() => sampleSize(2.5, null as never))).toEqual([
      'population: invalid-argument',
      'policy: invalid-option',
    ]);
  });
});
