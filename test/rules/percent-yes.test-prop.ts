import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { percentYes } from '../../src/index.js';

const counts = fc
  .integer({ min: 1, max: 1_000_000 })
  .chain((of) => fc.tuple(fc.integer({ min: 0, max: of }), fc.constant(of)));

test.prop([counts])(
  'percentYes equals the exact rational rounded half up (BigInt oracle)',
  ([yes, of]) => {
    const n = 200n * BigInt(yes) + BigInt(of);
    const expected = Number(n / (2n * BigInt(of)));
    expect(percentYes(yes, of)).toBe(expected);
  },
);

test.prop([counts])(
  'percentYes is within half a point of the exact share, never below it by half',
  ([yes, of]) => {
    const p = percentYes(yes, of);
    // p - 0.5 <= 100*yes/of < p + 0.5, in integers
    expect(2 * p * of - of).toBeLessThanOrEqual(200 * yes);
    expect(200 * yes).toBeLessThan(2 * p * of + of);
  },
);

test.prop([counts])('one more yes never lowers the percentage', ([yes, of]) => {
  fc.pre(yes < of);
  expect(percentYes(yes + 1, of)).toBeGreaterThanOrEqual(percentYes(yes, of));
});
