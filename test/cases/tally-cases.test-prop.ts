import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { keyQuestionsOf, ratingRank, youth2021 } from '../../src/index.js';
import { rateCases, tallyCases, type CaseRecord } from '../../src/cases/index.js';

const judgements = {
  '1.1': { rating: 'Good' },
  '1.2': { rating: 'Good' },
  '1.3': { rating: 'Good' },
  '1.4': { rating: 'Good' },
  '3.4': { rating: 'Good' },
  '4.1': { rating: 'Good' },
} as const;
const answer = fc.constantFrom('yes' as const, 'no' as const, 'not applicable' as const);
const kqs = (prefix: string) =>
  keyQuestionsOf(youth2021)
    .filter((kq) => kq.id.startsWith(prefix))
    .map((kq) => kq.id);
const record = (kind: 'court' | 'out-of-court', i: number) =>
  fc
    .record(
      Object.fromEntries(kqs(kind === 'court' ? '2.' : '3.').map((id) => [id, answer])) as Record<
        string,
        fc.Arbitrary<CaseRecord['answers'][string]>
      >,
    )
    .map(
      (answers): CaseRecord => ({
        id: `${kind}-${i}`,
        kind,
        disposal: kind === 'court' ? 'community-sentence' : 'youth-caution',
        answers,
      }),
    );
const cases = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }))
  .chain(([c, o]) =>
    fc.tuple(
      ...Array.from({ length: c }, (_, i) => record('court', i)),
      ...Array.from({ length: o }, (_, i) => record('out-of-court', i)),
    ),
  );

test.prop([
  cases.chain((cs) =>
    fc.tuple(
      fc.constant(cs),
      fc.shuffledSubarray(cs, { minLength: cs.length, maxLength: cs.length }),
    ),
  ),
])('tallying is order-independent', ([cs, shuffled]) => {
  expect(tallyCases(youth2021, shuffled).keyQuestions).toEqual(
    tallyCases(youth2021, cs).keyQuestions,
  );
});

test.prop([cases, fc.nat()])(
  'splitting the cases into two sheets and merging the tallies gives the same tallies',
  (cs, cut) => {
    const at = cut % (cs.length + 1);
    const [a, b] = [tallyCases(youth2021, cs.slice(0, at)), tallyCases(youth2021, cs.slice(at))];
    const whole = tallyCases(youth2021, cs);
    for (const [id, c] of Object.entries(whole.keyQuestions)) {
      const x = a.keyQuestions[id];
      const y = b.keyQuestions[id];
      expect({
        yes: (x?.yes ?? 0) + (y?.yes ?? 0),
        no: (x?.no ?? 0) + (y?.no ?? 0),
        notApplicable: (x?.notApplicable ?? 0) + (y?.notApplicable ?? 0),
      }).toEqual({ yes: c.yes, no: c.no, notApplicable: c.notApplicable });
    }
  },
);

test.prop([cases, fc.nat(), fc.nat()])(
  'turning one "no" into "yes" never lowers any figure or rating',
  (cs, pickCase, pickQuestion) => {
    const i = pickCase % cs.length;
    const target = cs[i] as CaseRecord;
    const noes = Object.entries(target.answers)
      .filter(([, a]) => a === 'no')
      .map(([id]) => id);
    fc.pre(noes.length > 0);
    const id = noes[pickQuestion % noes.length] as string;
    const raised = cs.map((c, j) =>
      j === i ? { ...c, answers: { ...c.answers, [id]: 'yes' as const } } : c,
    );
    const before = rateCases(youth2021, cs, judgements, { incomplete: 'allow' });
    const after = rateCases(youth2021, raised, judgements, { incomplete: 'allow' });
    for (const [kq, figure] of Object.entries(before.tally.keyQuestions)) {
      expect(after.tally.keyQuestions[kq]?.percent ?? 0).toBeGreaterThanOrEqual(
        figure.percent ?? 0,
      );
    }
    for (const s of before.rating.standards) {
      const r = after.rating.byStandard[s.standard];
      if (s.rating && r?.rating)
        expect(ratingRank(r.rating)).toBeGreaterThanOrEqual(ratingRank(s.rating));
    }
    expect(after.rating.score).toBeGreaterThanOrEqual(before.rating.score);
  },
);

test.prop([cases])('tallying never changes the cases passed in', (cs) => {
  const copy = structuredClone(cs);
  tallyCases(youth2021, cs);
  expect(cs).toEqual(copy);
});
