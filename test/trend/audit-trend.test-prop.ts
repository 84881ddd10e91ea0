// Properties of trends: an audit against itself changes nothing; the order the audits are given in
// does not matter once their dates are known; band changes are differences of bands; the test is
// the overlap of the two intervals, symmetric, and stricter at a higher level.
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  RATINGS,
  rateInspection,
  ratingRank,
  standardsOf,
  youth2021,
  type InspectionRating,
  type Rating,
} from '../../src/index.js';
import { auditTrend, shareChange } from '../../src/trend/index.js';
import { keyQuestionInterval } from '../../src/confidence/index.js';

const caseSampled = standardsOf(youth2021).filter((s) => s.ratedBy === 'key-questions');
const judged = standardsOf(youth2021).filter((s) => s.ratedBy === 'judgement');
const figure = fc
  .integer({ min: 0, max: 30 })
  .chain((of) => fc.integer({ min: 0, max: of }).map((yes) => ({ yes, of })));

/** A rating of random figures (some key questions with no applicable cases), with or without judgements. */
const rating: fc.Arbitrary<InspectionRating> = fc
  .record({
    figures: fc.array(figure, { minLength: 21, maxLength: 21 }),
    judgements: fc.option(fc.array(fc.constantFrom(...RATINGS), { minLength: 3, maxLength: 3 }), {
      nil: undefined,
    }),
  })
  .map(({ figures, judgements }) => {
    let i = 0;
    const standards: Record<string, unknown> = {};
    for (const s of caseSampled)
      standards[s.id] = {
        keyQuestions: Object.fromEntries(s.keyQuestions.map((kq) => [kq.id, figures[i++]])),
      };
    if (judgements)
      judged.forEach((s, j) => (standards[s.id] = { rating: judgements[j % judgements.length] }));
    return rateInspection({ framework: 'hmip-youth-2021', standards } as never, {
      incomplete: 'allow',
    });
  });

const dates = fc
  .uniqueArray(fc.integer({ min: 0, max: 20_000 }), { minLength: 3, maxLength: 3 })
  .map((days) => days.map((d) => new Date(Date.UTC(2000, 0, 1 + d)).toISOString().slice(0, 10)));

describe('trends', () => {
  test.prop([rating, dates], { numRuns: 100 })(
    'an audit against itself changes nothing',
    (r, [a, b]) => {
      const t = auditTrend(youth2021, [
        { date: a as string, rating: r },
        { date: b as string, rating: r },
      ]);
      expect(t.bandChanges).toEqual([]);
      for (const k of t.keyQuestions) {
        const c = k.changes[0];
        if (k.points[0]?.percent === undefined) expect(c?.direction).toBe('not compared');
        else
          expect(c).toMatchObject({
            direction: 'unchanged',
            difference: 0,
            bandSteps: 0,
            verdict: 'within-intervals',
          });
      }
      for (const s of t.standards) {
        const c = s.changes[0];
        if (!s.points[0]?.rating) expect(c?.verdict).toBe('not-tested');
        else expect(c).toMatchObject({ direction: 'unchanged', bandSteps: 0 });
        if (s.ratedBy === 'key-questions' && s.points[0]?.allowed)
          expect(c?.verdict).toBe('within-intervals');
      }
      if (r.complete)
        expect(t.overall.changes[0]).toMatchObject({ direction: 'unchanged', difference: 0 });
    },
  );

  test.prop([fc.array(rating, { minLength: 3, maxLength: 3 }), dates, fc.nat(5)], { numRuns: 60 })(
    'the order the audits are given in does not matter once their dates are known',
    (ratings, ds, turn) => {
      const audits = ratings.map((r, i) => ({
        date: ds[i] as string,
        label: `audit ${i}`,
        rating: r,
      }));
      const turned = audits.map((_, i) => audits[(i + turn) % 3] as (typeof audits)[number]);
      const strip = (t: ReturnType<typeof auditTrend>) => ({
        ...t,
        audits: t.audits.map(({ given: _given, ...a }) => a),
      });
      expect(strip(auditTrend(youth2021, turned))).toEqual(strip(auditTrend(youth2021, audits)));
    },
  );

  test.prop([fc.array(rating, { minLength: 3, maxLength: 3 }), dates], { numRuns: 60 })(
    'band changes are differences of bands; points are differences of the printed percents; the test is the overlap of the intervals',
    (ratings, ds) => {
      const t = auditTrend(
        youth2021,
        ratings.map((r, i) => ({ date: ds[i] as string, rating: r })),
      );
      const rank = (r: Rating | undefined) => (r === undefined ? NaN : ratingRank(r));
      for (const k of t.keyQuestions)
        for (const c of [...k.changes, k.firstToLast]) {
          const from = k.points.find((p) => p.date === c.from);
          const to = k.points.find((p) => p.date === c.to);
          if (c.direction === 'not compared') continue;
          expect(c.bandSteps).toBe(rank(to?.band) - rank(from?.band));
          expect(c.difference).toBe((to?.percent ?? NaN) - (from?.percent ?? NaN));
          const a = keyQuestionInterval(from?.yes as number, from?.of as number);
          const b = keyQuestionInterval(to?.yes as number, to?.of as number);
          expect(c.verdict).toBe(
            a.upper < b.lower || b.upper < a.lower ? 'beyond-intervals' : 'within-intervals',
          );
        }
      for (const s of t.standards)
        for (const c of [...s.changes, s.firstToLast])
          if (c.fromBand && c.toBand) expect(c.bandSteps).toBe(rank(c.toBand) - rank(c.fromBand));
      // The bands and scores the intervals allow take in the rating and score given.
      for (const s of t.standards)
        for (const p of s.points)
          if (p.allowed && p.rating) {
            expect(rank(p.allowed.lowest)).toBeLessThanOrEqual(rank(p.rating));
            expect(rank(p.allowed.highest)).toBeGreaterThanOrEqual(rank(p.rating));
          }
      for (const p of t.overall.points)
        if (p.allowed) {
          expect(p.allowed.lowest).toBeLessThanOrEqual(p.score);
          expect(p.allowed.highest).toBeGreaterThanOrEqual(p.score);
        }
    },
  );
});

describe('the test of a change', () => {
  const level = fc.integer({ min: 1, max: 99 }).map((n) => n / 100);
  test.prop([figure.filter((f) => f.of > 0), figure.filter((f) => f.of > 0), level], {
    numRuns: 300,
  })('is symmetric: the same verdict either way round, the points negated', (a, b, l) => {
    const there = shareChange(a, b, { level: l });
    const back = shareChange(b, a, { level: l });
    expect(back.verdict).toBe(there.verdict);
    expect(back.points).toBe(0 - there.points || 0);
    expect(back.bandSteps).toBe(0 - there.bandSteps || 0);
  });

  test.prop([figure.filter((f) => f.of > 0), figure.filter((f) => f.of > 0), level, level], {
    numRuns: 300,
  })(
    'a change beyond the intervals at one level is beyond them at any lower level',
    (a, b, l1, l2) => {
      const [low, high] = l1 < l2 ? [l1, l2] : [l2, l1];
      if (shareChange(a, b, { level: high }).verdict === 'beyond-intervals')
        expect(shareChange(a, b, { level: low }).verdict).toBe('beyond-intervals');
    },
  );

  test.prop([figure.filter((f) => f.of > 0)], { numRuns: 200 })(
    'a figure is never beyond its own intervals',
    (a) => {
      expect(shareChange(a, a).verdict).toBe('within-intervals');
    },
  );
});
