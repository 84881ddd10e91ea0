// The seeded bootstrap over cases: pinned figures, its agreement with rating every resample by
// rateCases, its quantiles against R, and bad input.
import { describe, expect, it } from 'vitest';
import { rateCases, type CaseRecord } from '../../src/cases/index.js';
import { resampleRating, resampleRows } from '../../src/confidence/index.js';
import { youth2021, type InspectionRating } from '../../src/index.js';
import { quantileRank } from '../../src/confidence/resample-rating.js';
import { deepFreeze } from '../../src/model/deep-freeze.js';
import { cumberlandCases, cumberlandJudgements } from '../../scripts/cumberland-cases.js';
import { oracleBootstrap } from './oracle.js';
import { refused } from '../support/refused.js';

const counts = (bands: readonly { rating: string; count: number }[]) =>
  Object.fromEntries(bands.filter((b) => b.count > 0).map((b) => [b.rating, b.count]));

describe('resampleRating on Cumberland’s audit', () => {
  const result = resampleRating(youth2021, cumberlandCases(), cumberlandJudgements);

  it('reports its resamples, seed and level, and the audit’s own rule ratings (2.1 Inadequate by rule, Requires improvement after the panel’s discretion)', () => {
    expect([result.resamples, result.seed, result.level, result.banding]).toEqual([
      2000,
      1,
      0.8,
      'rounded',
    ]);
    expect(result.cases).toEqual({ court: 8, outOfCourt: 12 });
    const rating: InspectionRating = rateCases(
      youth2021,
      cumberlandCases(),
      cumberlandJudgements,
    ).rating;
    for (const s of result.standards) {
      expect(s.observed).toBe(rating.byStandard[s.standard]?.ruleRating);
      expect(s.rated).toBe(rating.byStandard[s.standard]?.rating);
    }
    expect(result.standards[0]).toMatchObject({
      observed: 'Inadequate',
      rated: 'Requires improvement',
    });
    // Cumberland's published score is 12 with the panel's discretion on 2.1; 11 by rule alone.
    expect(result.overall).toMatchObject({
      observed: 'Requires improvement',
      observedScore: 11,
      rated: 'Requires improvement',
      maximum: 36,
    });
  });

  it('counts resamples: for every standard and the overall the band counts sum to 2,000 exactly', () => {
    for (const bands of [...result.standards.map((s) => s.bands), result.overall?.bands ?? []]) {
      expect(bands.map((b) => b.rating)).toEqual([
        'Outstanding',
        'Good',
        'Requires improvement',
        'Inadequate',
        'not rated',
      ]);
      expect(bands.reduce((sum, b) => sum + b.count, 0)).toBe(2000);
      for (const b of bands) expect(b.share).toBe(b.count / 2000);
    }
  });

  it('is the same figures in every run for the same cases and seed (pinned for seed 1)', () => {
    // Produced by this implementation (xoshiro128** seeded by SplitMix64 from 1, court cases drawn
    // first); a change here means the generator or the order of the draws changed.
    expect(result.standards.map((s) => s.sentence)).toEqual(EXPECTED_SEED_1);
    expect(result.overall?.score).toEqual({ median: 12, lower: 9, upper: 15, resamples: 2000 });
    expect(resampleRating(youth2021, cumberlandCases(), cumberlandJudgements)).toEqual(result);
    expect(
      resampleRating(youth2021, cumberlandCases(), cumberlandJudgements, { seed: 2 }),
    ).not.toEqual(result);
  });

  it('writes the sentences a team can paste, and rows for tables', () => {
    expect(result.overall?.sentence).toMatch(
      /^Overall Requires improvement in 98% of 2,000 resamples, Good in 2%; median score 12 of 36, the middle 80% from 9 to 15$/,
    );
    const rows = resampleRows(result);
    expect(rows[0]).toEqual([
      'standard',
      'rule rating',
      'rated',
      'Outstanding',
      'Good',
      'Requires improvement',
      'Inadequate',
      'not rated',
    ]);
    expect(rows.map((r) => r[0])).toEqual([
      'standard',
      ...result.standards.map((s) => s.standard),
      'overall',
    ]);
    const countRows = resampleRows(result, { cells: 'count' });
    for (const row of countRows.slice(1))
      expect(row.slice(3).reduce((sum, c) => sum + Number(c.replace(',', '')), 0)).toBe(2000);
  });

  it('agrees, resample by resample, with rating each resample by rateCases itself (200 resamples)', () => {
    const fast = resampleRating(youth2021, cumberlandCases(), cumberlandJudgements, {
      resamples: 200,
      seed: 11,
    });
    const slow = oracleBootstrap(
      youth2021,
      cumberlandCases(),
      cumberlandJudgements,
      200,
      11,
      'rounded',
    );
    for (const s of fast.standards)
      expect(counts(s.bands)).toEqual(Object.fromEntries(slow.standards.get(s.standard) ?? []));
    expect(counts(fast.overall?.bands ?? [])).toEqual(Object.fromEntries(slow.overall));
    // The score's type 1 quantiles, from the sorted scores of every resample.
    const sorted = [...slow.scores].sort((a, b) => a - b);
    expect(fast.overall?.score).toEqual({
      median: sorted[99],
      lower: sorted[19],
      upper: sorted[179],
      resamples: 200,
    });
  });
});

const EXPECTED_SEED_1 = [
  '2.1 Inadequate in 65% of 2,000 resamples, Requires improvement in 31%, Good in 3%, Outstanding in 1%',
  '2.2 Inadequate in 87% of 2,000 resamples, Requires improvement in 12%, Good in 1%, Outstanding in under 1%',
  '2.3 Requires improvement in 49% of 2,000 resamples, Inadequate in 36%, Good in 11%, Outstanding in 4%',
  '2.4 Inadequate in 87% of 2,000 resamples, Requires improvement in 12%, Good in 1%, Outstanding in under 1%',
  '3.1 Inadequate in 63% of 2,000 resamples, Requires improvement in 29%, Good in 8%, Outstanding in under 1%',
  '3.2 Requires improvement in 44% of 2,000 resamples, Good in 31%, Inadequate in 19%, Outstanding in 7%',
  '3.3 Good in 44% of 2,000 resamples, Requires improvement in 32%, Outstanding in 18%, Inadequate in 7%',
];

describe('the score’s quantiles', () => {
  it('are R’s type 1 quantiles: quantile(1:m, p, type = 1) in R 4.2.2', () => {
    // Source: R 4.2.2, quantile(1:m, c(0.1, 0.5, 0.9, 0.05, 0.95), type = 1).
    const r: Record<number, number[]> = {
      7: [1, 4, 7, 1, 7],
      10: [1, 5, 9, 1, 10],
      2000: [200, 1000, 1800, 100, 1900],
      1999: [200, 1000, 1800, 100, 1900],
      3: [1, 2, 3, 1, 3],
    };
    for (const [m, expected] of Object.entries(r)) {
      // The tails as resampleRating works them out from a level: (1 - level) / 2.
      const ps = [(1 - 0.8) / 2, 0.5, 1 - (1 - 0.8) / 2, (1 - 0.9) / 2, 1 - (1 - 0.9) / 2];
      expect(ps.map((p) => quantileRank(p, Number(m)))).toEqual(expected);
    }
  });
});

describe('an audit with every answer yes', () => {
  it('resamples to its own band only: Outstanding in all 2,000', () => {
    const cases = cumberlandCases().map((c) => ({
      ...c,
      answers: Object.fromEntries(Object.keys(c.answers).map((id) => [id, 'yes' as const])),
    }));
    const result = resampleRating(youth2021, cases, undefined, { seed: 3 });
    for (const s of result.standards) {
      expect(counts(s.bands)).toEqual({ Outstanding: 2000 });
      expect(s.sentence).toBe(`${s.standard} Outstanding in 100% of 2,000 resamples`);
    }
    expect(result.overall).toBeUndefined();
    expect(result.overallNote).toContain('give the panel');
  });
});

describe('resampleRating: bad input', () => {
  it('reports every bad option at once, with a suggestion for a near miss', () => {
    const e = refused(() =>
      resampleRating(youth2021, cumberlandCases(), undefined, {
        resamples: 0,
        seed: -1,
        level: 1.5,
        banding: 'EXACT',
        resample: 10,
      } as never),
    );
    expect(e.issues.map((i) => i.path.join('.'))).toEqual([
      'options.resamples',
      'options.seed',
      'options.level',
      'options.banding',
      'options.resample',
    ]);
    expect(e.issues[4]?.message).toContain('did you mean "resamples"?');
    expect(
      refused(() => resampleRating(youth2021, cumberlandCases(), undefined, { seed: 2 ** 53 }))
        .code,
    ).toBe('invalid-option');
  });

  it('refuses bad cases and bad judgements together, as rateCases does', () => {
    const cases = cumberlandCases();
    const bad = [...cases, { ...(cases[0] as CaseRecord) }];
    const e = refused(() =>
      resampleRating(youth2021, bad, {
        ...cumberlandJudgements,
        '9.9': { rating: 'Good' },
      } as never),
    );
    expect(e.issues.map((i) => i.code).sort()).toEqual(['duplicate-case', 'unknown-standard']);
    expect(refused(() => resampleRating(youth2021, bad)).code).toBe('duplicate-case');
    expect(refused(() => resampleRating(youth2021, cases, 'Good' as never)).code).toBe(
      'invalid-argument',
    );
    expect(refused(() => resampleRating(null as never, cases)).code).toBe('invalid-argument');
  });

  it('refuses an empty audit, and more than 20,000,000 draws', () => {
    expect(refused(() => resampleRating(youth2021, [])).code).toBe('no-cases');
    const many = Array.from({ length: 1001 }, (_, i) => ({
      ...(cumberlandCases()[0] as CaseRecord),
      id: `c${i}`,
    }));
    expect(
      refused(() => resampleRating(youth2021, many, undefined, { resamples: 100_000 })).code,
    ).toBe('limit-exceeded');
  });

  it('an audit with no out-of-court cases has no overall: an error by default, standards only with incomplete: allow', () => {
    const court = cumberlandCases().filter((c) => c.kind === 'court');
    const e = refused(() => resampleRating(youth2021, court, cumberlandJudgements));
    expect(e.issues.map((i) => i.code)).toContain('counted-standard-not-rated');
    const result = resampleRating(youth2021, court, cumberlandJudgements, { incomplete: 'allow' });
    expect(result.overall).toBeUndefined();
    expect(result.overallNote).toContain('incomplete');
    const oocd = result.standards.find((s) => s.standard === '3.1');
    expect(oocd?.observed).toBeUndefined();
    expect(counts(oocd?.bands ?? [])).toEqual({ 'not rated': 2000 });
  });

  it('does not change the cases, judgements or options it is given', () => {
    const cases = deepFreeze(cumberlandCases());
    const judgements = deepFreeze(structuredClone(cumberlandJudgements));
    const options = Object.freeze({ resamples: 50, seed: 9 });
    const before = JSON.stringify([cases, judgements, options]);
    resampleRating(youth2021, cases, judgements, options);
    expect(JSON.stringify([cases, judgements, options])).toBe(before);
  });
});
