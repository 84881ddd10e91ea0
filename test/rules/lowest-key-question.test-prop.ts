import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import {
  bandFor,
  bandForCounts,
  lowestKeyQuestion,
  percentYes,
  ratingRank,
  youth2021,
  type KeyQuestionFigure,
} from '../../src/index.js';
import { counts } from '../support/arbitraries.js';

const figure = (id: string, c: { yes: number; of: number }): KeyQuestionFigure => ({
  keyQuestion: id,
  text: id,
  yes: c.yes,
  of: c.of,
  percent: percentYes(c.yes, c.of),
  countsRecovered: false,
  empty: false,
});
const figures = fc
  .array(counts(), { minLength: 1, maxLength: 6 })
  .map((cs) => cs.map((c, i) => figure(`9.9.${i + 1}`, c)));
const bands = youth2021.keyQuestionBands;
const banding = fc.constantFrom('rounded' as const, 'exact' as const);

test.prop([figures, banding])(
  'the rule rating is the band of the minimum figure, which is the lowest of all bands',
  (fs, policy) => {
    const rule = lowestKeyQuestion(fs, bands, policy);
    const bandsOfAll = fs.map((f) =>
      bandForCounts(f.yes as number, f.of as number, { banding: policy }),
    );
    const minimum = Math.min(...bandsOfAll.map(ratingRank));
    expect(ratingRank(rule?.rating ?? 'Outstanding')).toBe(minimum);
    const lowest = rule?.lowest as KeyQuestionFigure;
    for (const f of fs) expect(f.percent).toBeGreaterThanOrEqual(lowest.percent as number);
    if (policy === 'rounded')
      expect(rule?.rating).toBe(bandFor(Math.min(...fs.map((f) => f.percent as number))));
  },
);

test.prop([figures, fc.nat(), banding])(
  'one more yes on any key question never lowers the rule rating',
  (fs, pick, policy) => {
    const i = pick % fs.length;
    const f = fs[i] as KeyQuestionFigure;
    fc.pre((f.yes as number) < (f.of as number));
    const raised = fs.map((g, j) =>
      j === i ? figure(g.keyQuestion, { yes: (g.yes as number) + 1, of: g.of as number }) : g,
    );
    const before = lowestKeyQuestion(fs, bands, policy)?.rating ?? 'Inadequate';
    const after = lowestKeyQuestion(raised, bands, policy)?.rating ?? 'Inadequate';
    expect(ratingRank(after)).toBeGreaterThanOrEqual(ratingRank(before));
  },
);

test.prop([
  figures.chain((fs) =>
    fc.tuple(
      fc.constant(fs),
      fc.shuffledSubarray(fs, { minLength: fs.length, maxLength: fs.length }),
    ),
  ),
  banding,
])('the order of key questions does not change the rating', ([fs, shuffled], policy) => {
  expect(lowestKeyQuestion(shuffled, bands, policy)?.rating).toBe(
    lowestKeyQuestion(fs, bands, policy)?.rating,
  );
});

test.prop([figures])(
  'key questions with no applicable cases are left out; all empty gives no rating',
  (fs) => {
    const empty: KeyQuestionFigure = {
      keyQuestion: '9.9.0',
      text: '',
      of: 0,
      countsRecovered: false,
      empty: true,
    };
    expect(lowestKeyQuestion([empty, ...fs], bands)?.rating).toBe(
      lowestKeyQuestion(fs, bands)?.rating,
    );
    expect(lowestKeyQuestion([empty, empty], bands)).toBeUndefined();
  },
);
