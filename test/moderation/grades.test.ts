// Moderating grades: weighted kappa pinned to a cited worked example and checked by hand, and two
// auditors' grades compared with the cases more than one grade apart first.
import { describe, expect, it } from 'vitest';
import { compareGrades, weightedKappa, cohensKappa } from '../../src/moderation/index.js';
import { refused } from '../support/refused.js';

// irrCAC (Gwet, R package, CRAN 1.0), data set cont3x3abstractors: two abstractors classify 100
// cases into 3 ordered categories; rows abstractor 1, columns abstractor 2. Its docs compute
// kappa2.table(cont3x3abstractors) and kappa2.table(..., weights = quadratic.weights(1:3)), the
// same values as R irr::kappa2 with weight "unweighted", "squared" and "equal" (linear).
// Values: unweighted 0.7964094, quadratic 0.8921569, linear 0.842902.
//
// By hand: n = 100, rows 13, 27, 60; columns 13, 24, 63; on the diagonal 13 + 20 + 56 = 89.
// Unweighted: Σ r·c = 169 + 648 + 3780 = 4597; kappa = (100·89 − 4597) / (100² − 4597)
//   = 4303 / 5403 = 0.79641....
// Weighted, with disagreement weights d = |i − j| (linear) or (i − j)² (quadratic):
//   kappa_w = 1 − n·Σ d·o / Σ d·r·c. Off the diagonal only (2,3) = 7 and (3,2) = 4 are counted,
//   both one step apart, so n·Σ d·o = 100 · 11 = 1100 for both weights.
//   Σ d·r·c, quadratic: 13·24 + 4·13·63 + 27·13 + 27·63 + 4·60·13 + 60·24
//     = 312 + 3276 + 351 + 1701 + 3120 + 1440 = 10200; kappa_w = 1 − 1100/10200 = 91/102 = 0.892157.
//   linear: 312 + 2·819 + 351 + 1701 + 2·780 + 1440 = 7002; kappa_w = 1 − 1100/7002 = 2951/3501
//     = 0.842902.
const ABSTRACTORS = [
  [13, 0, 0],
  [0, 20, 7],
  [0, 4, 56],
];

describe('weightedKappa reproduces irrCAC cont3x3abstractors', () => {
  it('unweighted 0.7964094 = 4303/5403', () => {
    const k = cohensKappa(ABSTRACTORS);
    expect(k.fraction).toEqual({ numerator: 4303, denominator: 5403 });
    expect(k.kappa).toBeCloseTo(0.7964094, 7);
  });
  it('quadratic ("squared") 0.8921569 = 91/102', () => {
    const k = weightedKappa(ABSTRACTORS, 'quadratic');
    expect(k.fraction).toEqual({ numerator: 91, denominator: 102 });
    expect(k.kappa).toBeCloseTo(0.8921569, 7);
  });
  it('linear ("equal") 0.842902 = 2951/3501', () => {
    const k = weightedKappa(ABSTRACTORS, 'linear');
    expect(k.fraction).toEqual({ numerator: 2951, denominator: 3501 });
    expect(k.kappa).toBeCloseTo(0.842902, 6);
  });
  it('equals the unweighted kappa for two categories, and is undefined with no cases', () => {
    const grant = [
      [20, 5],
      [10, 15],
    ];
    expect(weightedKappa(grant, 'quadratic').kappa).toBe(0.4);
    expect(weightedKappa(grant, 'linear').kappa).toBe(0.4);
    expect(
      weightedKappa(
        [
          [0, 0],
          [0, 0],
        ],
        'linear',
      ).kappa,
    ).toBeNull();
    expect(refused(() => weightedKappa(grant, 'cubic' as never)).message).toMatch(/linear/);
  });
});

describe('compareGrades', () => {
  const first = [
    { case: 'c1', grade: 'Good' },
    { case: 'c2', grade: 'Good' },
    { case: 'c3', grade: 'Outstanding' },
    { case: 'c4', grade: 'Inadequate' },
    { case: 'c5', grade: null },
  ] as const;
  const second = [
    { case: 'c4', grade: 'Good' },
    { case: 'c3', grade: 'Good' },
    { case: 'c2', grade: 'Good' },
    { case: 'c1', grade: 'Good' },
    { case: 'c5', grade: 'Good' },
  ] as const;

  it('pairs by case, lists the cases more than one grade apart first', () => {
    const a = compareGrades(first, second);
    expect([a.compared, a.notCompared, a.agreed, a.percent]).toEqual([4, 1, 2, 50]);
    expect(a.disagreements).toEqual([
      { case: 'c4', first: 'Inadequate', second: 'Good', apart: 2 },
      { case: 'c3', first: 'Outstanding', second: 'Good', apart: 1 },
    ]);
    // By hand: the second gave all 4 Good; the first Good 2 of 4. p_o = 2/4, p_e = (2·4)/4² = 1/2,
    // kappa = (1/2 − 1/2) / (1 − 1/2) = 0: no agreement beyond chance.
    expect(a.kappa.kappa).toBe(0);
    expect(a.table[1]).toEqual([0, 2, 0, 0]);
  });

  it('refuses a grade that is not a rating', () => {
    expect(
      refused(() => compareGrades([{ case: 'c1', grade: 'good' as never }], [])).message,
    ).toMatch(/rating or null/);
  });
});
