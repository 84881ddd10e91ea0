import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { sampleSize, type SizePolicy } from '../../src/sampling/index.js';

const confidence = fc.double({ min: 0.5, max: 0.999, noNaN: true });
const margin = fc.double({ min: 0.5, max: 20, noNaN: true });
const population = fc.integer({ min: 0, max: 200_000 });
const policy: fc.Arbitrary<SizePolicy> = fc.oneof(
  fc.record({ policy: fc.constant('cochran' as const), confidence, margin }),
  fc.record({ policy: fc.constant('fixed' as const), size: fc.integer({ min: 0, max: 500 }) }),
  fc.record({
    policy: fc.constant('fraction' as const),
    fraction: fc.integer({ min: 1, max: 10_000 }).map((n) => n / 10_000),
    minimum: fc.integer({ min: 0, max: 50 }),
  }),
);

test.prop([population, population, policy], { numRuns: 300 })(
  'size never exceeds the population and never falls as the population grows',
  (a, b, p) => {
    const [small, large] = a <= b ? [a, b] : [b, a];
    const s = sampleSize(small, p);
    const l = sampleSize(large, p);
    expect(s.size).toBeLessThanOrEqual(small);
    expect(l.size).toBeLessThanOrEqual(large);
    expect(s.size).toBeLessThanOrEqual(l.size);
    // A nonempty population gives at least one case under Cochran's rule.
    if (p.policy === 'cochran' && small > 0) expect(s.size).toBeGreaterThanOrEqual(1);
    expect(s.whole).toBe(
      small > 0 && s.size === small && (p.policy !== 'cochran' || s.size === small),
    );
  },
);

test.prop([population, confidence, confidence, margin], { numRuns: 300 })(
  'size never falls as the confidence rises (for the same margin)',
  (n, c1, c2, m) => {
    const [low, high] = c1 <= c2 ? [c1, c2] : [c2, c1];
    expect(
      sampleSize(n, { policy: 'cochran', confidence: low, margin: m }).size,
    ).toBeLessThanOrEqual(sampleSize(n, { policy: 'cochran', confidence: high, margin: m }).size);
  },
);

test.prop([population, confidence, margin, margin], { numRuns: 200 })(
  'size never rises as the margin of error widens',
  (n, c, m1, m2) => {
    const [narrow, wide] = m1 <= m2 ? [m1, m2] : [m2, m1];
    expect(
      sampleSize(n, { policy: 'cochran', confidence: c, margin: wide }).size,
    ).toBeLessThanOrEqual(sampleSize(n, { policy: 'cochran', confidence: c, margin: narrow }).size);
  },
);

test.prop([fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 1, max: 10_000 })], {
  numRuns: 300,
})(
  'a fraction is rounded up exactly: the size is the least whole number at or above fraction × N',
  (n, steps) => {
    const size = sampleSize(n, { policy: 'fraction', fraction: steps / 10_000 }).size;
    // Exact in BigInt: size × 10,000 >= steps × N > (size - 1) × 10,000.
    expect(BigInt(size) * 10_000n >= BigInt(steps) * BigInt(n)).toBe(true);
    expect(BigInt(size - 1) * 10_000n < BigInt(steps) * BigInt(n)).toBe(true);
  },
);
