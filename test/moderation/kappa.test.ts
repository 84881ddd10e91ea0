// Cohen's kappa pinned against published worked examples, each quoted with its source, and the
// values R 4.2.2 computes for the same tables, with m the table as a matrix:
// po = sum(diag(m))/n, pe = sum(rowSums(m)*colSums(m))/n^2, kappa = (po-pe)/(1-pe), printed with
// print(kappa, digits = 15).
import { describe, expect, it } from 'vitest';
import { cohensKappa, roundKappa } from '../../src/moderation/index.js';
import { refused } from '../support/refused.js';

/** The issues of the RatingRuleError a call throws. */

// SAS/STAT User's Guide, "The FREQ Procedure", Getting Started, "Agreement Study", Table "Skin
// Condition Data" (two dermatologists rate 88 patients terrible / poor / marginal / clear; rows
// Dermatologist 1, columns Dermatologist 2). PROC FREQ ... / agree prints "Simple Kappa
// Coefficient" Kappa 0.3449.
const SKIN_CONDITION = [
  [10, 4, 1, 0],
  [5, 10, 12, 2],
  [2, 4, 12, 5],
  [0, 2, 6, 13],
];

// Wikipedia, "Cohen's kappa", Examples, "Simple example": 50 grant proposals, readers A (rows) and
// B (columns), yes/no: 20 both yes, 15 both no, A yes B no 5, A no B yes 10. The article gives
// p_o = 0.7, p_e = 0.5 and kappa = 0.4.
const GRANT_PROPOSALS = [
  [20, 5],
  [10, 15],
];

describe('cohensKappa reproduces published worked examples', () => {
  it('SAS/STAT PROC FREQ "Skin Condition Data": simple kappa printed 0.3449; R 4.2.2 gives 0.344875346260388', () => {
    const k = cohensKappa(SKIN_CONDITION);
    expect(k.total).toBe(88);
    expect(k.agreed).toBe(45);
    expect(roundKappa(k, 4)).toBe(0.3449);
    // R: po=0.511363636363636 pe=0.254132231404959 kappa=0.344875346260388
    expect(k.observed).toBeCloseTo(0.511363636363636, 14);
    expect(k.expected).toBeCloseTo(0.254132231404959, 14);
    expect(k.kappa).toBeCloseTo(0.344875346260388, 14);
    // Exactly (88·45 − 1968) / (88² − 1968) = 1992 / 5776 = 249 / 722.
    expect(k.fraction).toEqual({ numerator: 249, denominator: 722 });
    expect(k.kappa).toBe(249 / 722);
  });

  it('Wikipedia "Cohen\'s kappa", grant proposals: p_o 0.7, p_e 0.5, kappa 0.4', () => {
    const k = cohensKappa(GRANT_PROPOSALS);
    expect(k).toEqual({
      total: 50,
      agreed: 35,
      observed: 0.7,
      expected: 0.5,
      kappa: 0.4,
      fraction: { numerator: 2, denominator: 5 },
    });
  });

  it.each([
    // Wikipedia, "Cohen's kappa", the two tables with the same 60% agreement; values from R 4.2.2
    [
      'Wikipedia same-percentages case 1',
      [
        [45, 15],
        [25, 15],
      ],
      0.6,
      0.54,
      0.130434782608696,
    ],
    [
      'Wikipedia same-percentages case 2',
      [
        [25, 35],
        [5, 35],
      ],
      0.6,
      0.46,
      0.259259259259259,
    ],
    // Bortz, Lienert and Boehnke (1990) p. 459, as DescTools::CohenKappa's example; R 4.2.2
    [
      'Bortz et al. (1990) p. 459, 3x3',
      [
        [53, 5, 2],
        [11, 14, 5],
        [1, 6, 3],
      ],
      0.7,
      0.475,
      0.428571428571428,
    ],
  ])('%s: kappa as R computes it', (_name, table, po, pe, kappa) => {
    const k = cohensKappa(table);
    expect(k.observed).toBeCloseTo(po, 14);
    expect(k.expected).toBeCloseTo(pe, 14);
    expect(k.kappa).toBeCloseTo(kappa, 14);
  });
});

describe('where kappa is undefined it says so, never NaN', () => {
  it('p_e = 1: both raters used one and the same category for every case', () => {
    const k = cohensKappa([
      [0, 0, 0],
      [0, 12, 0],
      [0, 0, 0],
    ]);
    expect(k.observed).toBe(1);
    expect(k.expected).toBe(1);
    expect(k.kappa).toBeNull();
    expect(k.fraction).toBeNull();
    expect(k.undefinedBecause).toMatch(/p_e = 1/);
    expect(JSON.stringify(k)).not.toMatch(/NaN|Infinity/);
    expect(roundKappa(k)).toBeNull();
  });

  it('no cases at all: no shares and no kappa', () => {
    const k = cohensKappa([
      [0, 0],
      [0, 0],
    ]);
    expect(k).toMatchObject({ total: 0, observed: null, expected: null, kappa: null });
    expect(k.undefinedBecause).toBe('there are no cases to compare');
  });

  it('one rater always yes, the other always no: kappa is 0, defined', () => {
    expect(
      cohensKappa([
        [0, 9],
        [0, 0],
      ]).kappa,
    ).toBe(0);
  });
});

describe('roundKappa: rounded once, from the exact fraction, half away from zero', () => {
  it('an exact half rounds away from zero, where toFixed on the double would not', () => {
    // 69/200 = 0.345 exactly; the double 0.345 is just below, and (0.345).toFixed(2) is "0.34"
    const k = {
      ...cohensKappa([[1]]),
      kappa: 0.345,
      fraction: { numerator: 69, denominator: 200 },
    };
    expect(roundKappa(k)).toBe(0.35);
    expect(
      roundKappa({ ...k, kappa: -0.345, fraction: { numerator: -69, denominator: 200 } }),
    ).toBe(-0.35);
    expect(
      roundKappa({ ...k, kappa: -0.001, fraction: { numerator: -1, denominator: 1000 } }),
    ).toBe(0);
  });
});

describe('bad tables are refused with every problem', () => {
  it('not square, counts that are not whole numbers, all at once; the table is not changed', () => {
    const table = [
      [1, -2, 3],
      [4, 5.5],
      [7, 8, '9'],
    ] as unknown as number[][];
    const copy = structuredClone(table);
    const e = refused(() => cohensKappa(table));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid-count', ['table', 0, 1]],
      ['invalid-argument', ['table', 1]],
      ['invalid-count', ['table', 2, 2]],
    ]);
    expect(table).toEqual(copy);
  });

  it.each([[null], [[]], ['[[1]]'], [[[1, 2]]]])('%j is not a square table', (table) => {
    expect(refused(() => cohensKappa(table as never)).code).toBe('invalid-argument');
  });

  it('a total whose square is not exact in a double is refused, not rounded', () => {
    const e = refused(() =>
      cohensKappa([
        [2 ** 26, 0],
        [0, 2 ** 26],
      ]),
    );
    expect(e.code).toBe('limit-exceeded');
  });

  it('roundKappa refuses anything but a kappa, and bad places', () => {
    const e = refused(() => roundKappa({ kappa: 0.4 } as never, 11));
    expect(e.issues.map((i) => i.code)).toEqual(['invalid-argument', 'invalid-argument']);
  });
});
