import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { bandFor, bandForCounts, percentYes, ratingRank, RATINGS } from '../../src/index.js';

const percent = fc.double({ min: 0, max: 100, noNaN: true });

test.prop([percent])(
  'bandFor is total on [0, 100]: every figure gets one of the four ratings',
  (p) => {
    expect(RATINGS).toContain(bandFor(p));
  },
);

test.prop([percent, percent])(
  'bandFor is monotone: a higher figure never gets a lower band',
  (a, b) => {
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    expect(ratingRank(bandFor(lo))).toBeLessThanOrEqual(ratingRank(bandFor(hi)));
  },
);

test.prop([
  fc
    .integer({ min: 1, max: 500 })
    .chain((of) => fc.tuple(fc.integer({ min: 0, max: of }), fc.constant(of))),
])(
  'rounded banding of counts is bandFor of the printed percentage; exact banding never rates higher',
  ([yes, of]) => {
    expect(bandForCounts(yes, of)).toBe(bandFor(percentYes(yes, of)));
    expect(ratingRank(bandForCounts(yes, of, { banding: 'exact' }))).toBeLessThanOrEqual(
      ratingRank(bandForCounts(yes, of)),
    );
    expect(bandForCounts(yes, of, { banding: 'exact' })).toBe(bandFor((100 * yes) / of));
  },
);

test.prop([fc.constantFrom(50, 65, 80), fc.integer({ min: 1, max: 10_000 })])(
  'every boundary is pinned: the exact neighbours either side of a boundary fall on its two sides',
  (boundary, of) => {
    const at = Math.ceil((boundary * of) / 100); // the fewest yes answers reaching boundary%
    const rank = ratingRank(bandFor(boundary));
    if (at - 1 >= 0) {
      const below = ratingRank(bandForCounts(at - 1, of, { banding: 'exact' }));
      // with 100+ cases a step is under one point, so the neighbour is in the adjacent band
      if (of >= 100) expect(below).toBe(rank - 1);
      else expect(below).toBeLessThan(rank);
    }
    if (at <= of) {
      const reached = ratingRank(bandForCounts(at, of, { banding: 'exact' }));
      if (of >= 100) expect(reached).toBe(rank);
      else expect(reached).toBeGreaterThanOrEqual(rank);
    }
  },
);
