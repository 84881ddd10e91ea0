import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { rateInspection, ratingRank, youth2021 } from '../../src/index.js';
import { ratingMargins, type RatingMove } from '../../src/margins/index.js';
import { evidence2021 } from '../support/arbitraries.js';

type Evidence = {
  framework: string;
  standards: Record<string, { keyQuestions?: Record<string, { yes: number; of: number }> }>;
};
const banding = fc.constantFrom('rounded' as const, 'exact' as const);

/** The evidence with `move` applied to standard `id`, `sign` +1 adding yes answers, -1 removing them. */
function apply(e: Evidence, id: string, move: RatingMove, sign: 1 | -1, less?: string): Evidence {
  const kq = { ...e.standards[id]?.keyQuestions };
  for (const c of move.changes) {
    const f = kq[c.keyQuestion] as { yes: number; of: number };
    kq[c.keyQuestion] = {
      ...f,
      yes: f.yes + sign * (c.answers - (c.keyQuestion === less ? 1 : 0)),
    };
  }
  return { ...e, standards: { ...e.standards, [id]: { keyQuestions: kq } } };
}

test.prop([evidence2021, banding])(
  'margins are exact: the stated answers reach the stated rating, and one fewer does not',
  (evidence, policy) => {
    const e = evidence as Evidence;
    const result = rateInspection(e, { banding: policy });
    for (const m of ratingMargins(result, youth2021)) {
      const ruleOf = (x: Evidence) =>
        rateInspection(x, { banding: policy }).byStandard[m.standard]?.ruleRating as string;
      if (m.up) {
        expect(ratingRank(m.up.rating as never)).toBeGreaterThan(ratingRank(m.ruleRating));
        expect(ruleOf(apply(e, m.standard, m.up, 1))).toBe(m.up.rating);
        for (const c of m.up.changes)
          expect(ruleOf(apply(e, m.standard, m.up, 1, c.keyQuestion))).toBe(m.ruleRating);
      }
      if (m.down) {
        expect(ruleOf(apply(e, m.standard, m.down, -1))).toBe(m.down.rating);
        for (const c of m.down.changes)
          expect(ruleOf(apply(e, m.standard, m.down, -1, c.keyQuestion))).toBe(m.ruleRating);
      }
      if (m.ruleRating !== 'Outstanding' && !m.up) {
        // no lift possible: some key question below the next band is already all yes
        expect(result.byStandard[m.standard]?.keyQuestions.some((k) => k.yes === k.of)).toBe(true);
      }
      if (m.ruleRating === 'Inadequate') expect(m.down).toBeUndefined();
    }
  },
);
