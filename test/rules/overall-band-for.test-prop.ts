import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { overallBandFor, ratingRank, youth2021 } from '../../src/index.js';

test.prop([fc.integer({ min: 0, max: 36 })])(
  'the overall bands cover 0-36 without gap or overlap',
  (score) => {
    const matching = youth2021.overallBands.filter((b) => score >= b.from && score <= b.to);
    expect(matching).toHaveLength(1);
    expect(overallBandFor(score)).toBe(matching[0]?.rating);
  },
);

test.prop([fc.integer({ min: 0, max: 35 })])(
  'one more point never lowers the overall rating',
  (score) => {
    expect(ratingRank(overallBandFor(score + 1))).toBeGreaterThanOrEqual(
      ratingRank(overallBandFor(score)),
    );
  },
);
