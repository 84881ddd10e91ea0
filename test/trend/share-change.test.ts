// The test of a change between two audits' figures: their exact (Clopper-Pearson) intervals at the
// level do not overlap. Pinned against R 4.2.2 ("R version 4.2.2 Patched (2022-11-10 r83330)"):
// binom.test(x, n, conf.level = 0.8)$conf.int for the ends, and, for the test as a whole, the
// pairs it flags and its exact false-alarm rate, computed in R from qbeta and dbinom (script
// quoted below).
import { describe, expect, it } from 'vitest';
import { RatingRuleError } from '../../src/index.js';
import { keyQuestionInterval } from '../../src/confidence/index.js';
import { shareChange } from '../../src/trend/index.js';

describe('the intervals a change is tested against are R binom.test intervals', () => {
  // R 4.2.2: sprintf("%.17g", binom.test(x, n, conf.level = 0.8)$conf.int)
  const R: [number, number, number, number][] = [
    [3, 8, 0.14685493235134381, 0.65537681314598117],
    [5, 8, 0.34462318685401877, 0.85314506764865616],
    [11, 12, 0.71250219499080658, 0.99125838904530328],
    [2, 8, 0.068626047252824188, 0.53821539651767836],
    [6, 12, 0.28817244953258309, 0.71182755046741697],
    [5, 12, 0.21868114285979265, 0.63772403863718918],
    [8, 12, 0.44099667591511876, 0.8458123468256924],
    [7, 12, 0.36227596136281087, 0.78131885714020732],
    [4, 8, 0.23966182889945445, 0.76033817110054558],
    [9, 12, 0.52473370097446126, 0.90434709443139605],
  ];
  it.each(R)('%i of %i at 80%%', (yes, of, lower, upper) => {
    const change = shareChange({ yes, of }, { yes, of });
    expect(change.from.lower).toBeCloseTo(lower, 12);
    expect(change.from.upper).toBeCloseTo(upper, 12);
    expect(change.to).toEqual(change.from);
    expect(change.verdict).toBe('within-intervals');
    expect(change.points).toBe(0);
  });
});

describe('the verdict', () => {
  it('3 of 8 then 11 of 12: 65.5% < 71.3%, so beyond the intervals', () => {
    // R: upper end of 3 of 8 is 0.65537681314598117; lower end of 11 of 12 is 0.71250219499080658.
    const change = shareChange({ yes: 3, of: 8 }, { yes: 11, of: 12 });
    expect(change).toMatchObject({
      verdict: 'beyond-intervals',
      direction: 'rose',
      points: 54,
      bandSteps: 3,
      level: 0.8,
    });
    expect(change.sentence).toBe(
      'rose from 38% (3 of 8) to 92% (11 of 12), from Inadequate to Outstanding; larger than the samples would explain at 80%',
    );
  });

  it('5 of 8 then 11 of 12: 85.3% > 71.3%, so within the intervals', () => {
    expect(shareChange({ yes: 5, of: 8 }, { yes: 11, of: 12 }).verdict).toBe('within-intervals');
  });

  it('3 of 8 then 9 of 12 (the wording of the issue): within at 80%, beyond at 50%', () => {
    const change = shareChange({ yes: 3, of: 8 }, { yes: 9, of: 12 });
    expect(change.sentence).toBe(
      'rose from 38% (3 of 8) to 75% (9 of 12), from Inadequate to Good; within what the samples would explain at 80%',
    );
    expect(shareChange({ yes: 3, of: 8 }, { yes: 9, of: 12 }, { level: 0.5 }).sentence).toBe(
      'rose from 38% (3 of 8) to 75% (9 of 12), from Inadequate to Good; larger than the samples would explain at 50%',
    );
  });

  it("within the intervals does not mean no change: Schenker and Gentleman's example", () => {
    // Schenker and Gentleman (2001, The American Statistician 55(3), p. 183), as reproduced in
    // Stata's FAQ "Confidence intervals and statistical significance": 112 of 200 against 88 of
    // 200. The 95% intervals overlap, yet the standard test rejects equal shares. R 4.2.2:
    // binom.test(112, 200)$conf.int = 0.48825026907469671 0.62994442066095635;
    // binom.test(88, 200)$conf.int = 0.37005557933904365 0.51174973092530329;
    // prop.test(c(112, 88), c(200, 200), correct = FALSE)$p.value = 0.016395071849192304;
    // fisher.test(matrix(c(112, 88, 88, 112), 2))$p.value = 0.021331944446633975.
    const change = shareChange({ yes: 112, of: 200 }, { yes: 88, of: 200 }, { level: 0.95 });
    expect(change.from.lower).toBeCloseTo(0.48825026907469671, 12);
    expect(change.to.upper).toBeCloseTo(0.51174973092530329, 12);
    expect(change.verdict).toBe('within-intervals');
    expect(change.direction).toBe('fell');
  });

  it('a figure that stays the same says so once', () => {
    expect(shareChange({ yes: 6, of: 8 }, { yes: 6, of: 8 }).sentence).toBe(
      'stayed at 75% (6 of 8), still Good; within what the samples would explain at 80%',
    );
    expect(shareChange({ yes: 6, of: 8 }, { yes: 9, of: 12 }).sentence).toBe(
      'stayed at 75% (6 of 8, then 9 of 12), still Good; within what the samples would explain at 80%',
    );
  });

  it('uses the banding policy and the framework bands given, as the intervals do', () => {
    // 20 of 31 is 64.5%, printed 65%: Good by the printed figure, Requires improvement exactly.
    expect(shareChange({ yes: 20, of: 31 }, { yes: 20, of: 31 }).from.band).toBe('Good');
    expect(
      shareChange({ yes: 20, of: 31 }, { yes: 20, of: 31 }, { banding: 'exact' }).from.band,
    ).toBe('Requires improvement');
    expect(shareChange({ yes: 3, of: 8 }, { yes: 4, of: 8 }).from).toEqual(
      keyQuestionInterval(3, 8),
    );
  });
});

describe('the flagged pairs and the false-alarm rate, as R computes them', () => {
  // R 4.2.2:
  //   cp <- function(x, n, l) { a <- 1 - l; c(if (x == 0) 0 else qbeta(a/2, x, n-x+1),
  //                                           if (x == n) 1 else qbeta(1-a/2, x+1, n-x)) }
  //   flagged: (cp(x, n1)[2] < cp(y, n2)[1]) || (cp(y, n2)[2] < cp(x, n1)[1])
  //   size: max over p in (1:99)/100 of sum(outer(dbinom(0:n1, n1, p), dbinom(0:n2, n2, p))[flagged])
  const flagged = (n1: number, n2: number, level = 0.8) => {
    const out: string[] = [];
    for (let x = 0; x <= n1; x++)
      for (let y = 0; y <= n2; y++)
        if (
          shareChange({ yes: x, of: n1 }, { yes: y, of: n2 }, { level }).verdict ===
          'beyond-intervals'
        )
          out.push(`${x}/${y}`);
    return out;
  };

  it('8 court cases then 12: the pairs R flags at 80%', () => {
    expect(flagged(8, 12).join(' ')).toBe(
      '0/6 0/7 0/8 0/9 0/10 0/11 0/12 1/8 1/9 1/10 1/11 1/12 2/10 2/11 2/12 3/11 3/12 4/0 4/12 5/0 5/1 6/0 6/1 6/2 7/0 7/1 7/2 7/3 7/4 8/0 8/1 8/2 8/3 8/4 8/5 8/6',
    );
  });

  it('12 cases then 12: the pairs R flags at 80%', () => {
    expect(flagged(12, 12).join(' ')).toBe(
      '0/5 0/6 0/7 0/8 0/9 0/10 0/11 0/12 1/6 1/7 1/8 1/9 1/10 1/11 1/12 2/8 2/9 2/10 2/11 2/12 3/9 3/10 3/11 3/12 4/10 4/11 4/12 5/0 5/11 5/12 6/0 6/1 6/11 6/12 7/0 7/1 7/12 8/0 8/1 8/2 9/0 9/1 9/2 9/3 10/0 10/1 10/2 10/3 10/4 11/0 11/1 11/2 11/3 11/4 11/5 11/6 12/0 12/1 12/2 12/3 12/4 12/5 12/6 12/7',
    );
  });

  /** The binomial probability of k of n, by multiplication (exact enough for n up to 60). */
  const binomial = (k: number, n: number, p: number) => {
    let c = 1;
    for (let i = 1; i <= k; i++) c = (c * (n - k + i)) / i;
    return c * p ** k * (1 - p) ** (n - k);
  };
  /** The largest chance, over true shares 1% to 99%, that two audits of an unchanged share are flagged. */
  const size = (n1: number, n2: number) => {
    const pairs = flagged(n1, n2).map((s) => s.split('/').map(Number) as [number, number]);
    let best = 0;
    for (let i = 1; i <= 99; i++) {
      const p = i / 100;
      let sum = 0;
      for (const [x, y] of pairs) sum += binomial(x, n1, p) * binomial(y, n2, p);
      best = Math.max(best, sum);
    }
    return best;
  };

  // R 4.2.2, the size script above: the test flags an unchanged figure at most this often.
  it.each([
    [8, 8, 0.021270751953125017],
    [8, 12, 0.022644042968750014],
    [12, 12, 0.028838485674000342],
    [20, 20, 0.038570218493987334],
    [34, 34, 0.040759951738090994],
    [60, 60, 0.054779865801952862],
  ])('%i then %i cases: an unchanged share is flagged at most %f of the time', (n1, n2, r) => {
    expect(size(n1, n2)).toBeCloseTo(r, 12);
  });
});

describe('bad input', () => {
  it('names every problem, with from and to', () => {
    let caught: unknown;
    try {
      shareChange({ yes: 9, of: 8 }, { yes: 1, of: 0 }, { level: 1 });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(RatingRuleError);
    expect((caught as RatingRuleError).issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['yes-exceeds-of', 'from.yes'],
      ['yes-exceeds-of', 'to.yes'],
      ['invalid-option', 'options.level'],
    ]);
  });

  it('refuses an empty sample and a value that is not a figure', () => {
    expect(() => shareChange({ yes: 0, of: 0 }, { yes: 1, of: 2 })).toThrow(
      'from.of: an empty sample (0 cases) has no interval',
    );
    expect(() => shareChange(null as never, { yes: 1, of: 2 })).toThrow(
      'from must be a figure { yes, of } (got null)',
    );
  });
});
