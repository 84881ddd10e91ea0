// The exact (Clopper-Pearson) interval, pinned against R 4.2.2's binom.test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defineFramework, youth2018, youth2021 } from '../../src/index.js';
import { keyQuestionInterval, ratingIntervals, intervalRows } from '../../src/confidence/index.js';
import { rateCases } from '../../src/cases/index.js';
import { cumberlandCases, cumberlandJudgements } from '../../scripts/cumberland-cases.js';
import { refused } from '../support/refused.js';

const TOLERANCE = 1e-12;

// Source: R 4.2.2 (2022-11-10 r83330), binom.test(x, n, conf.level = level)$conf.int, printed with
// 15 significant digits: print(binom.test(3, 8, conf.level = 0.8)$conf.int, digits = 15).
const R_BINOM_TEST: readonly (readonly [number, number, number, number, number])[] = [
  [3, 8, 0.8, 0.146854932351344, 0.655376813145981],
  [0, 8, 0.8, 0, 0.250105790667544],
  [8, 8, 0.8, 0.749894209332456, 1],
  [9, 20, 0.8, 0.29292888519207, 0.615248562441084],
  [13, 20, 0.8, 0.481969242681795, 0.793335966717153],
  [1, 5, 0.8, 0.0208516376390232, 0.583890374619529],
  [5, 12, 0.8, 0.218681142859793, 0.637724038637189],
  [20, 31, 0.8, 0.514279879743444, 0.760890025048553],
  [34, 34, 0.8, 0.934519214560537, 1],
  [0, 1, 0.8, 0, 0.9],
  [1, 1, 0.8, 0.1, 1],
  [17, 34, 0.8, 0.378143048005996, 0.621856951994004],
  [50, 100, 0.8, 0.431416825593781, 0.568583174406219],
  [7, 23, 0.8, 0.178157786681629, 0.458556146456626],
  [3, 8, 0.9, 0.111112706607629, 0.710759183498191],
  [0, 8, 0.9, 0, 0.312343978066368],
  [8, 8, 0.9, 0.687656021933632, 1],
  [9, 20, 0.9, 0.258650609748912, 0.653068602356907],
  [13, 20, 0.9, 0.441965488684511, 0.822689082425551],
  [1, 5, 0.9, 0.0102062183130115, 0.657408318001139],
  [5, 12, 0.9, 0.181024757242321, 0.684762209275548],
  [20, 31, 0.9, 0.481750746761148, 0.786639537064728],
  [34, 34, 0.9, 0.915660356649375, 1],
  [0, 1, 0.9, 0, 0.95],
  [1, 1, 0.9, 0.05, 1],
  [17, 34, 0.9, 0.348937658021096, 0.651062341978903],
  [50, 100, 0.9, 0.413621714630912, 0.586378285369088],
  [7, 23, 0.9, 0.152479687429677, 0.496435083714063],
  [3, 8, 0.95, 0.0852334141372536, 0.755136783633448],
  [0, 8, 0.95, 0, 0.369416647552819],
  [8, 8, 0.95, 0.630583352447181, 1],
  [9, 20, 0.95, 0.230577896775924, 0.684721866959451],
  [13, 20, 0.95, 0.407811465467172, 0.846090795215459],
  [1, 5, 0.95, 0.00505076337946806, 0.716417936118089],
  [5, 12, 0.95, 0.15165222980843, 0.723330314317894],
  [20, 31, 0.95, 0.453695601950638, 0.807732565574022],
  [34, 34, 0.95, 0.897182075740987, 1],
  [0, 1, 0.95, 0, 0.975],
  [1, 1, 0.95, 0.025, 1],
  [17, 34, 0.95, 0.324269270021321, 0.675730729978679],
  [50, 100, 0.95, 0.398321129503301, 0.601678870496699],
  [7, 23, 0.95, 0.1321028796981, 0.529191666008507],
];

// Source: R 4.2.2, binom.test(x, n, conf.level = level)$conf.int printed with %.17g, for samples
// from 100,000 to 10,000,000 cases (computed for this test; agrees with qbeta).
const R_LARGE: readonly (readonly [number, number, number, number, number])[] = [
  [3, 100000, 0.8, 1.1020702762205818e-5, 6.6806601164432684e-5],
  [50000, 100000, 0.8, 0.49796870251406566, 0.50203129748593434],
  [65000, 100000, 0.95, 0.64703444900381202, 0.65295684872933224],
  [64499, 100000, 0.8, 0.6430436893765199, 0.64693215674207005],
  [1, 1000000, 0.8, 1.053605101074074e-7, 3.8897145497703472e-6],
  [469928, 1000000, 0.8, 0.46928792761773508, 0.47056815836005228],
  [999999, 1000000, 0.95, 0.99999442836934482, 0.99999997468219237],
  [5000000, 10000000, 0.8, 0.49979731891908902, 0.50020268108091104],
  [7, 10000000, 0.95, 2.8143634997969377e-7, 1.4422670008961002e-6],
  [8000001, 10000000, 0.8, 0.79983790229928087, 0.80016221197532678],
];

describe('keyQuestionInterval: the exact interval of R binom.test', () => {
  it('3 of 8 at 80%: 0.146854932351344 to 0.655376813145981 (R 4.2.2 binom.test), touching Inadequate, Requires improvement and Good', () => {
    const interval = keyQuestionInterval(3, 8);
    expect(interval.level).toBe(0.8);
    expect(interval.lower).toBeCloseTo(0.146854932351344, 12);
    expect(interval.upper).toBeCloseTo(0.655376813145981, 12);
    expect(interval.percent).toBe(38);
    expect(interval.band).toBe('Inadequate');
    // 65.5% is in Good: 3 of 8 is consistent with anything from Inadequate to Good.
    expect(interval.bands).toEqual(['Inadequate', 'Requires improvement', 'Good']);
    expect(interval.sentence).toBe(
      '3 of 8 yes (38%): 80% interval 14.7% to 65.5%, touching Inadequate, Requires improvement and Good',
    );
  });

  it('the 42 intervals R 4.2.2 binom.test gives for 14 samples at 80%, 90% and 95%, to 1e-12', () => {
    for (const [yes, of, level, lower, upper] of R_BINOM_TEST) {
      const interval = keyQuestionInterval(yes, of, { level });
      expect(Math.abs(interval.lower - lower), `${yes}/${of} at ${level}`).toBeLessThan(TOLERANCE);
      expect(Math.abs(interval.upper - upper), `${yes}/${of} at ${level}`).toBeLessThan(TOLERANCE);
    }
  });

  it('every x of every n from 1 to 30, and of 50, 100 and 130, at 80% (and n to 12 at 95%): R 4.2.2 binom.test to 1e-12', () => {
    // test/confidence/r-binom-test-grid.csv: R 4.2.2 binom.test, printed with %.17g.
    const rows = readFileSync(new URL('./r-binom-test-grid.csv', import.meta.url), 'utf8')
      .split('\n')
      .filter((line) => /^\d/.test(line))
      .map((line) => line.split(',').map(Number));
    expect(rows).toHaveLength(868);
    let worst = 0;
    for (const [yes, of, level, lower, upper] of rows as [
      number,
      number,
      number,
      number,
      number,
    ][]) {
      const interval = keyQuestionInterval(yes, of, { level });
      worst = Math.max(worst, Math.abs(interval.lower - lower), Math.abs(interval.upper - upper));
    }
    expect(worst).toBeLessThan(TOLERANCE);
  });

  it('samples of 100,000 to 10,000,000 cases: R 4.2.2 binom.test to 1e-12', () => {
    for (const [yes, of, level, lower, upper] of R_LARGE) {
      const interval = keyQuestionInterval(yes, of, { level });
      expect(Math.abs(interval.lower - lower), `${yes}/${of}`).toBeLessThan(TOLERANCE);
      expect(Math.abs(interval.upper - upper), `${yes}/${of}`).toBeLessThan(TOLERANCE);
    }
  });

  it('the ends are exactly 0 and 1 when no case or every case answered yes', () => {
    expect(keyQuestionInterval(0, 12).lower).toBe(0);
    expect(keyQuestionInterval(12, 12).upper).toBe(1);
    // R 4.2.2 binom.test(0, 1, conf.level = 0.8): 0 to 0.9
    expect(keyQuestionInterval(0, 1).upper).toBeCloseTo(0.9, 15);
  });
});

describe('keyQuestionInterval: the bands an interval touches', () => {
  it('an end is banded by its percent rounded half up (rounded policy) or exactly (exact policy): 4 of 10 reaches 64.578% (R 4.2.2: 0.64578407112739089)', () => {
    const rounded = keyQuestionInterval(4, 10);
    const exact = keyQuestionInterval(4, 10, { banding: 'exact' });
    expect(rounded.upper).toBeCloseTo(0.64578407112739089, 12);
    // 64.578% prints as 65%: Good under the rounded policy, Requires improvement under the exact one.
    expect(rounded.bands).toEqual(['Inadequate', 'Requires improvement', 'Good']);
    expect(exact.bands).toEqual(['Inadequate', 'Requires improvement']);
  });

  it('a custom framework’s bands are used when given', () => {
    const strict = defineFramework({
      ...youth2021,
      id: 'strict',
      keyQuestionBands: [
        { rating: 'Inadequate', from: 0, label: 'a' },
        { rating: 'Good', from: 90, label: 'b' },
      ],
    });
    expect(keyQuestionInterval(3, 8, { framework: strict }).bands).toEqual(['Inadequate']);
    // 20 of 20: 89.1% to 100% (0.1^(1/20) = 0.8913) straddles the custom boundary at 90%.
    expect(keyQuestionInterval(20, 20, { framework: strict }).bands).toEqual([
      'Inadequate',
      'Good',
    ]);
  });
});

describe('ratingIntervals and intervalRows', () => {
  it('every key question of Cumberland’s mock rating with counts gets its interval, in framework order', () => {
    const { rating } = rateCases(youth2021, cumberlandCases(), cumberlandJudgements);
    const intervals = ratingIntervals(rating, youth2021);
    expect(intervals.keyQuestions.map((k) => k.keyQuestion)).toEqual([
      '2.1.1', '2.1.2', '2.1.3', '2.2.1', '2.2.2', '2.2.3', '2.3.1', '2.3.2', '2.3.3', '2.4.1', '2.4.2',
      '2.4.3', '3.1.1', '3.1.2', '3.1.3', '3.2.1', '3.2.2', '3.2.3', '3.3.1', '3.3.2', '3.3.3',
    ]); // prettier-ignore
    const third = intervals.keyQuestions[2]?.interval;
    expect([third?.yes, third?.of]).toEqual([3, 8]);
    expect(third?.lower).toBeCloseTo(0.146854932351344, 12); // R 4.2.2 binom.test(3, 8, 0.8)
    const rows = intervalRows(ratingIntervals(rating, youth2021, { level: 0.95 }));
    expect(rows[0]?.[6]).toBe('95% interval');
    // R 4.2.2 binom.test(3, 8, conf.level = 0.95): 0.0852334141372536 to 0.755136783633448
    expect(rows[3]?.[6]).toBe('8.5% to 75.5%');
  });

  it('a key question with only a percent, or no applicable cases, gets a note, not an interval', () => {
    const rating = rateCases(
      youth2021,
      cumberlandCases().map((c) =>
        c.kind === 'court' ? { ...c, answers: { ...c.answers, '2.1.3': 'not applicable' } } : c,
      ),
      cumberlandJudgements,
      { incomplete: 'allow' },
    ).rating;
    const note = ratingIntervals(rating, youth2021).keyQuestions.find(
      (k) => k.keyQuestion === '2.1.3',
    );
    expect(note).toEqual({ standard: '2.1', keyQuestion: '2.1.3', note: 'no applicable cases' });
  });

  it('refuses a rating of another framework, and a value that is not a rating', () => {
    const { rating } = rateCases(youth2021, cumberlandCases(), cumberlandJudgements);
    expect(refused(() => ratingIntervals(rating, youth2018)).code).toBe('framework-mismatch');
    expect(refused(() => ratingIntervals({} as never, youth2021)).code).toBe('invalid-argument');
    expect(refused(() => intervalRows(null as never)).code).toBe('invalid-argument');
  });
});

describe('keyQuestionInterval: bad input', () => {
  it('refuses impossible counts and an empty sample, each named', () => {
    expect(refused(() => keyQuestionInterval(9, 8)).code).toBe('yes-exceeds-of');
    expect(refused(() => keyQuestionInterval(0, 0)).issues[0]?.message).toContain('no interval');
    expect(refused(() => keyQuestionInterval(1.5, 8)).code).toBe('invalid-count');
    expect(refused(() => keyQuestionInterval(-1, 8)).code).toBe('invalid-count');
    expect(refused(() => keyQuestionInterval('3' as never, 8)).code).toBe('invalid-count');
  });

  it('refuses a sample over 10,000,000 cases (the range checked against R) with limit-exceeded', () => {
    expect(refused(() => keyQuestionInterval(1, 10_000_001)).code).toBe('limit-exceeded');
  });

  it('reports every problem at once: counts, level, banding and an unknown option with a suggestion', () => {
    const e = refused(() =>
      keyQuestionInterval(9, 8, { level: 1, banding: 'EXACT', levl: 0.9 } as never),
    );
    expect(e.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['yes-exceeds-of', 'yes'],
      ['invalid-option', 'options.level'],
      ['invalid-option', 'options.banding'],
      ['invalid-option', 'options.levl'],
    ]);
    expect(e.issues[3]?.message).toContain('did you mean "level"?');
    for (const level of [0, -0.2, Number.NaN, '0.8'])
      expect(refused(() => keyQuestionInterval(3, 8, { level } as never)).code).toBe(
        'invalid-option',
      );
    expect(refused(() => keyQuestionInterval(3, 8, null as never)).code).toBe('invalid-option');
    expect(
      refused(() => keyQuestionInterval(3, 8, { framework: { keyQuestionBands: [] } } as never))
        .code,
    ).toBe('invalid-framework');
  });

  it('does not change its options', () => {
    const options = Object.freeze({ level: 0.9, banding: 'exact' as const });
    expect(keyQuestionInterval(3, 8, options).level).toBe(0.9);
    expect(options).toEqual({ level: 0.9, banding: 'exact' });
  });
});
