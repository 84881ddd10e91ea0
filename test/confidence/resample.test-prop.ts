import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  RATINGS,
  keyQuestionsOf,
  standardsOf,
  youth2018,
  youth2021,
  type Framework,
} from '../../src/index.js';
import { resampleRating } from '../../src/confidence/index.js';
import { type CaseRecord } from '../../src/cases/index.js';
import { oracleBootstrap } from './oracle.js';

const ANSWER = fc.constantFrom('yes', 'yes', 'no', 'not applicable', undefined);

/** A valid audit of a framework: 0-7 court and 0-7 out-of-court cases, some answers left blank. */
const audit = (framework: Framework, only?: 'yes') =>
  fc
    .tuple(
      fc.array(fc.constantFrom('community-sentence', 'custodial-sentence'), { maxLength: 7 }),
      fc.array(
        fc.constantFrom('youth-conditional-caution', 'youth-caution', 'community-resolution'),
        { maxLength: 7 },
      ),
    )
    .filter(([court, oocd]) => court.length + oocd.length > 0)
    .chain(([court, oocd]) =>
      fc.tuple(
        ...[...court, ...oocd].map((disposal, i) => {
          const kind = i < court.length ? 'court' : 'out-of-court';
          const domainOf = (id: string) =>
            framework.domains.find((d) =>
              d.standards.some((s) => s.keyQuestions.some((k) => k.id === id)),
            );
          const ids = keyQuestionsOf(framework)
            .filter((k) => domainOf(k.id)?.caseKind === kind)
            .map((k) => ({ id: k.id, can: !k.appliesTo || k.appliesTo.includes(disposal) }));
          return fc
            .tuple(
              ...ids.map((k) =>
                k.can ? (only ? fc.constant(only) : ANSWER) : fc.constant(undefined),
              ),
            )
            .map(
              (answers): CaseRecord => ({
                id: `case-${i}`,
                kind,
                disposal,
                answers: Object.fromEntries(
                  ids.flatMap((k, j) => (answers[j] === undefined ? [] : [[k.id, answers[j]]])),
                ) as CaseRecord['answers'],
              }),
            );
        }),
      ),
    );

const judgementsOf = (framework: Framework, rating: (typeof RATINGS)[number]) =>
  Object.fromEntries(
    standardsOf(framework)
      .filter((s) => s.ratedBy === 'judgement')
      .map((s) => [s.id, { rating }]),
  );

const bandCounts = (bands: readonly { rating: string; count: number }[]) =>
  Object.fromEntries(bands.filter((b) => b.count > 0).map((b) => [b.rating, b.count]));

describe('resampleRating', () => {
  test.prop(
    [
      fc.constantFrom(youth2021, youth2018).chain((f) => fc.tuple(fc.constant(f), audit(f))),
      fc.constantFrom('rounded' as const, 'exact' as const),
      fc.integer({ min: 0, max: 2 ** 32 }),
      fc.constantFrom(...RATINGS),
    ],
    { numRuns: 25 },
  )(
    'the lean loop gives exactly what rating every resample with rateCases gives (both frameworks, both banding policies, blank answers left out)',
    ([framework, cases], banding, seed, judged) => {
      const judgements = judgementsOf(framework, judged);
      const fast = resampleRating(framework, cases, judgements, {
        resamples: 15,
        seed,
        banding,
        unanswered: 'leave-out',
        incomplete: 'allow',
      });
      const slow = oracleBootstrap(framework, cases, judgements, 15, seed, banding);
      for (const s of fast.standards)
        expect(bandCounts(s.bands)).toEqual(
          Object.fromEntries(slow.standards.get(s.standard) ?? []),
        );
      if (fast.overall)
        expect(bandCounts(fast.overall.bands)).toEqual(Object.fromEntries(slow.overall));
    },
  );

  test.prop(
    [audit(youth2021), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 1e9 })],
    {
      numRuns: 60,
    },
  )(
    'the band counts sum to the number of resamples, and the shares to 1',
    (cases, resamples, seed) => {
      const result = resampleRating(youth2021, cases, undefined, {
        resamples,
        seed,
        unanswered: 'leave-out',
      });
      for (const s of result.standards) {
        expect(s.bands.reduce((sum, b) => sum + b.count, 0)).toBe(resamples);
        expect(Math.abs(s.bands.reduce((sum, b) => sum + b.share, 0) - 1)).toBeLessThan(1e-12);
      }
    },
  );

  test.prop([audit(youth2021, 'yes'), fc.integer({ min: 0, max: 1e9 })], { numRuns: 40 })(
    'an audit with every answer yes resamples to its own band only',
    (cases, seed) => {
      const result = resampleRating(youth2021, cases, judgementsOf(youth2021, 'Good'), {
        resamples: 100,
        seed,
        incomplete: 'allow',
      });
      for (const s of result.standards) {
        const own = s.observed ?? 'not rated';
        // A standard with applicable cases is Outstanding in every resample; one without, never rated.
        expect(bandCounts(s.bands)).toEqual({ [own]: 100 });
      }
    },
  );

  test.prop([audit(youth2018), fc.integer({ min: 0, max: 2 ** 53 - 1 })], { numRuns: 30 })(
    'is reproducible by seed: the same cases and seed give the same figures',
    (cases, seed) => {
      const options = { resamples: 40, seed, unanswered: 'leave-out' as const };
      expect(resampleRating(youth2018, cases, undefined, options)).toEqual(
        resampleRating(youth2018, structuredClone(cases), undefined, { ...options }),
      );
    },
  );
});
