import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { RATINGS } from '../../src/index.js';
import { keyQuestionInterval } from '../../src/confidence/index.js';
import { counts } from '../support/arbitraries.js';

const level = fc.constantFrom(0.5, 0.8, 0.9, 0.95, 0.99);

describe('the exact interval', () => {
  test.prop([counts(2000), level], { numRuns: 200 })(
    'contains the observed share',
    ({ yes, of }, l) => {
      const { lower, upper } = keyQuestionInterval(yes, of, { level: l });
      expect(lower).toBeLessThanOrEqual(yes / of);
      expect(upper).toBeGreaterThanOrEqual(yes / of);
      expect(lower).toBeGreaterThanOrEqual(0);
      expect(upper).toBeLessThanOrEqual(1);
    },
  );

  test.prop([counts(40), fc.integer({ min: 1, max: 30 }), level], { numRuns: 200 })(
    'narrows as the sample grows at a fixed share: k·yes of k·of is wider than (k+1)·yes of (k+1)·of',
    ({ yes, of }, k, l) => {
      const small = keyQuestionInterval(k * yes, k * of, { level: l });
      const large = keyQuestionInterval((k + 1) * yes, (k + 1) * of, { level: l });
      expect(large.upper - large.lower).toBeLessThan(small.upper - small.lower);
    },
  );

  test.prop([counts(500)], { numRuns: 150 })(
    'a higher level gives a wider interval that holds the narrower one',
    ({ yes, of }) => {
      const narrow = keyQuestionInterval(yes, of, { level: 0.8 });
      const wide = keyQuestionInterval(yes, of, { level: 0.95 });
      expect(wide.lower).toBeLessThanOrEqual(narrow.lower);
      expect(wide.upper).toBeGreaterThanOrEqual(narrow.upper);
    },
  );

  test.prop([counts(300), fc.constantFrom('rounded' as const, 'exact' as const)], {
    numRuns: 200,
  })(
    'the bands it touches are consecutive, lowest first, and include the figure’s own band',
    ({ yes, of }, banding) => {
      const interval = keyQuestionInterval(yes, of, { banding });
      const ranks = interval.bands.map((b) => RATINGS.indexOf(b));
      ranks.forEach((r, i) => i > 0 && expect(r).toBe((ranks[i - 1] as number) + 1));
      expect(interval.bands).toContain(interval.band);
    },
  );
});
