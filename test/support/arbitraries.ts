import { fc } from '@fast-check/vitest';
import { RATINGS, standardsOf, youth2021, type Rating } from '../../src/index.js';

/** A yes/of pair with of >= 1. */
export const counts = (maxOf = 60) =>
  fc
    .integer({ min: 1, max: maxOf })
    .chain((of) => fc.record({ yes: fc.integer({ min: 0, max: of }), of: fc.constant(of) }));

export const rating = fc.constantFrom<Rating>(...RATINGS);

const standards2021 = standardsOf(youth2021);

/** Complete, valid evidence for the 2021 standards: counts for key questions, ratings for judgements. */
export const evidence2021 = fc
  .record(
    Object.fromEntries(
      standards2021.map((s) => [
        s.id,
        s.ratedBy === 'judgement'
          ? fc.record({ rating })
          : fc.record({
              keyQuestions: fc.record(
                Object.fromEntries(s.keyQuestions.map((kq) => [kq.id, counts()])),
              ),
            }),
      ]),
    ) as Record<string, fc.Arbitrary<unknown>>,
  )
  .map((standards) => ({ framework: 'hmip-youth-2021', standards }));
