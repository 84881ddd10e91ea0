import { fc, test } from '@fast-check/vitest';
import { expect, it } from 'vitest';
import { allocateProportionally } from '../../src/sampling/allocate.js';

const strata = fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 40 });
const withSize = strata
  .filter((p) => p.some((n) => n > 0))
  .chain((populations) =>
    fc.record({
      populations: fc.constant(populations),
      size: fc.integer({ min: 0, max: populations.reduce((a, b) => a + b, 0) }),
    }),
  );

test.prop([withSize], { numRuns: 300 })(
  'largest remainder: every stratum gets its proportional share rounded down or up, and the counts add up to the size',
  ({ populations, size }) => {
    const total = populations.reduce((a, b) => a + b, 0);
    const counts = allocateProportionally(populations, size);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(size);
    counts.forEach((count, i) => {
      const p = populations[i] as number;
      // Exact: floor and ceil of size × p / total in whole numbers.
      const floor = Math.floor((size * p) / total);
      const ceil = (size * p) % total === 0 ? floor : floor + 1;
      expect(count === floor || count === ceil).toBe(true);
      expect(count).toBeLessThanOrEqual(p);
      // Within one case of proportional.
      expect(Math.abs(count * total - size * p)).toBeLessThan(total);
      // A stratum with a share of at least one case is represented.
      if (size * p >= total) expect(count).toBeGreaterThanOrEqual(1);
    });
  },
);

test.prop([withSize], { numRuns: 300 })(
  'the leftover cases go to the largest remainders: a stratum rounded down never has a larger remainder than one rounded up',
  ({ populations, size }) => {
    const total = populations.reduce((a, b) => a + b, 0);
    const counts = allocateProportionally(populations, size);
    const remainder = (i: number) => (size * (populations[i] as number)) % total;
    const up = counts
      .map((c, i) => i)
      .filter(
        (i) =>
          remainder(i) > 0 && (counts[i] as number) * total > size * (populations[i] as number),
      );
    const down = counts
      .map((c, i) => i)
      .filter(
        (i) =>
          remainder(i) > 0 && (counts[i] as number) * total < size * (populations[i] as number),
      );
    for (const u of up)
      for (const d of down) {
        expect(remainder(u)).toBeGreaterThanOrEqual(remainder(d));
        // Ties: the larger stratum first, then the earlier.
        if (remainder(u) === remainder(d)) {
          const pu = populations[u] as number;
          const pd = populations[d] as number;
          expect(pu > pd || (pu === pd && u < d)).toBe(true);
        }
      }
  },
);

it('breaks a tie by the larger stratum, then by order: 1 case over strata of 2, 2 and 4 goes to the 4', () => {
  // Shares: 0.25, 0.25, 0.5: no whole parts; remainders 2, 2, 4 (of 8): the largest gets it.
  expect(allocateProportionally([2, 2, 4], 1)).toEqual([0, 0, 1]);
  // Remainders 3, 3 (of 6): equal strata, so the earlier gets it.
  expect(allocateProportionally([3, 3], 1)).toEqual([1, 0]);
  // 34 of 42 over 28 and 14: 22.67 and 11.33 -> 23 and 11.
  expect(allocateProportionally([28, 14], 34)).toEqual([23, 11]);
  expect(allocateProportionally([0, 5], 3)).toEqual([0, 3]);
  expect(allocateProportionally([], 0)).toEqual([]);
});
