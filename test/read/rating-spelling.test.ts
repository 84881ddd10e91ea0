// Issue 15, item 2 ("their words"): a rating in a judgements sheet or JSON file accepts the
// abbreviations services use where they cannot be read two ways ("RI" for Requires improvement),
// and the refusal of any other spelling lists every accepted one. Answers keep their strictness.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { youth2021 } from '../../src/index.js';
import { judgementsFromJson, rateAudit, readAnswer, readJudgementsCsv } from '../../src/sheets.js';
import { RATING_SPELLINGS, readRating } from '../../src/read/rating-spelling.js';
import { refused } from '../support/refused.js';

const CASES = readFileSync('examples/cumberland/cases.csv', 'utf8');
const JUDGEMENTS = readFileSync('examples/cumberland/judgements.csv', 'utf8');

describe('ratings in the words services write', () => {
  it.each([
    'RI',
    'ri',
    'R.I.',
    'r.i.',
    'R I',
    'r i',
    ' R.I ',
    'R-I',
    'Req. improvement',
    'req improvement',
    'Requires Improvement',
    'REQUIRES IMPROVEMENT',
    'requires-improvement',
    'requires_improvement',
  ])('%j reads as Requires improvement', (typed) => {
    expect(readRating(typed)).toBe('Requires improvement');
  });

  it.each(['O', 'G', 'I', 'R', 'RII', 'IR', 'R.I.?', 'RI?', 'Req', 'Good-ish', 'Requires', ''])(
    '%j is not a rating: a single letter or a part of a word is never guessed',
    (typed) => {
      expect(readRating(typed)).toBeUndefined();
    },
  );

  it('every spelling the docs list reads as its rating', () => {
    for (const [spelling, rating] of RATING_SPELLINGS) expect(readRating(spelling)).toBe(rating);
    const readme = readFileSync('README.md', 'utf8');
    for (const [spelling] of RATING_SPELLINGS) expect(readme).toContain(spelling);
  });

  it('a judgements sheet written with RI rates Cumberland exactly as the full words do (12, Requires improvement)', async () => {
    const abbreviated = JUDGEMENTS.replace(/Requires improvement/g, 'RI');
    expect(abbreviated).not.toBe(JUDGEMENTS);
    const full = await rateAudit({
      cases: { name: 'cases.csv', data: CASES },
      judgements: { name: 'judgements.csv', data: JUDGEMENTS },
    });
    const short = await rateAudit({
      cases: { name: 'cases.csv', data: CASES },
      judgements: { name: 'judgements.csv', data: abbreviated },
    });
    expect(short.rating).toEqual(full.rating);
    expect(short.rating.score).toBe(12);
    expect(short.rating.overall).toBe('Requires improvement');
  });

  it('a judgements JSON file written with "R.I." (plain, object and discretion forms) rates as the full words do', async () => {
    const text = readFileSync('examples/cumberland/judgements.json', 'utf8');
    const short = text.replace(/"Requires improvement"/g, '"R.I."');
    const full = await rateAudit({
      cases: { name: 'cases.csv', data: CASES },
      judgements: { name: 'j.json', data: text },
    });
    const read = await rateAudit({
      cases: { name: 'cases.csv', data: CASES },
      judgements: { name: 'j.json', data: short },
    });
    expect(read.rating).toEqual(full.rating);
    expect(judgementsFromJson('{ "1.1": "ri" }', { file: 'j.json' }).judgements).toEqual({
      '1.1': { rating: 'Requires improvement' },
    });
  });

  it('another spelling is refused, and the refusal lists every accepted spelling', () => {
    const e = refused(() =>
      readJudgementsCsv('standard,rating\n1.1,G\n', { framework: youth2021, file: 'j.csv' }),
    );
    expect(e.issues.map((i) => i.message)).toEqual([
      '"G" is not a rating: use Outstanding, Good, Requires improvement (also RI, R.I., Req. improvement, requires-improvement, in any case and spacing), Inadequate or not rated',
    ]);
    expect(e.issues[0]?.location).toEqual({ file: 'j.csv', row: 2, column: 'B (rating)' });
  });

  it('answers keep their strictness: an abbreviation of a rating is no answer, and doubt stays ambiguous', () => {
    expect(readAnswer('RI')).toEqual({ invalid: '"RI" is not an answer: use yes, no or n/a' });
    expect(readAnswer('yes?')).toEqual({ ambiguous: '"yes?" is marked with doubt' });
    expect(readAnswer('x')).toHaveProperty('ambiguous');
  });
});
