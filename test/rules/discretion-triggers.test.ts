import { describe, expect, it } from 'vitest';
import {
  discretionTriggers,
  percentYes,
  youth2021,
  type KeyQuestionFigure,
} from '../../src/index.js';

const f = (keyQuestion: string, yes: number, of: number): KeyQuestionFigure => ({
  keyQuestion,
  text: '',
  yes,
  of,
  percent: percentYes(yes, of),
  countsRecovered: false,
  empty: false,
});
const p = (keyQuestion: string, percent: number): KeyQuestionFigure => ({
  keyQuestion,
  text: '',
  percent,
  countsRecovered: false,
  empty: false,
});
const triggers = (figures: KeyQuestionFigure[], options = {}) =>
  discretionTriggers(figures, youth2021.keyQuestionBands, youth2021.discretion, options);

describe('trigger: lowest figure within five percentage points of a band boundary', () => {
  it.each([
    [45, 'fired', 50, 5], // Waltham Forest 3.3, inclusive by default
    [44, 'not-fired', 50, 6],
    [55, 'fired', 50, 5],
    [60, 'fired', 65, 5],
    [57, 'not-fired', 50, 7],
    [85, 'fired', 80, 5],
    [38, 'not-fired', 50, 12], // Cumberland 2.1
  ] as const)(
    '%i percent is %s (boundary %i, %i points away)',
    (percent, status, boundary, distance) => {
      expect(triggers([p('x.1', percent)])?.nearBoundary).toMatchObject({
        status,
        boundary,
        distance,
      });
    },
  );

  it('exactly five points away does not fire when the window is exclusive', () => {
    expect(triggers([p('x.1', 45)], { windowInclusive: false })?.nearBoundary.status).toBe(
      'not-fired',
    );
    expect(triggers([p('x.1', 46)], { windowInclusive: false })?.nearBoundary.status).toBe('fired');
  });

  it('under exact banding the distance is measured from the exact fraction', () => {
    // 9 of 20 is exactly 45%; 40 of 89 is 44.94%, printed 45% but more than five points below 50
    expect(triggers([f('x.1', 40, 89)])?.nearBoundary.status).toBe('fired');
    expect(triggers([f('x.1', 40, 89)], { banding: 'exact' })?.nearBoundary.status).toBe(
      'not-fired',
    );
  });
});

describe('trigger: a differing judgement in one case would change the rating', () => {
  it('fires for Cumberland 2.1 (3 of 8: one more yes is 50%)', () => {
    const t = triggers([f('2.1.1', 5, 8), f('2.1.2', 5, 8), f('2.1.3', 3, 8)]);
    expect(t?.oneCase.status).toBe('fired');
    // one fewer yes on 2.1.1 or 2.1.2 (4 of 8, 50%) leaves the rating Inadequate, so only 2.1.3 counts
    expect(t?.oneCase.changes).toEqual([
      { keyQuestion: '2.1.3', change: 1, rating: 'Requires improvement' },
    ]);
  });

  it('also fires when one case fewer on a higher key question would pull it below the lowest band', () => {
    // 2.x.1 at 13 of 20 (65%, Good) and 2.x.2 at 16 of 20 (80%): one fewer yes on either changes the rating
    const t = triggers([f('2.2.1', 13, 20), f('2.2.2', 16, 20)]);
    expect(t?.oneCase.changes).toEqual([
      { keyQuestion: '2.2.1', change: -1, rating: 'Requires improvement' },
    ]);
  });

  it('does not fire when no single case moves the rating', () => {
    expect(triggers([f('x.1', 14, 20), f('x.2', 15, 20)])?.oneCase.status).toBe('not-fired');
  });

  it('is unknown when only percentages are given and nothing else settles it', () => {
    expect(triggers([p('x.1', 70), p('x.2', 72)])?.oneCase.status).toBe('unknown');
  });
});

describe('trigger: the lowest figure rests on five cases or fewer', () => {
  it.each([
    [2, 'fired'],
    [5, 'fired'],
    [6, 'not-fired'],
  ] as const)('a sub-sample of %i is %s', (of, status) => {
    expect(triggers([f('x.1', of, of)])?.smallSample.status).toBe(status);
  });
  it('is unknown without a sample size', () => {
    expect(triggers([p('x.1', 100)])?.smallSample.status).toBe('unknown');
  });
});

it('anyFired and anyUnknown summarise the three triggers; no figures gives no triggers', () => {
  const t = triggers([p('x.1', 72)]); // 7 points from 65, 8 from 80
  expect(t).toMatchObject({ anyFired: false, anyUnknown: true });
  expect(
    triggers([{ keyQuestion: 'x.1', text: '', of: 0, countsRecovered: false, empty: true }]),
  ).toBeUndefined();
});
