import { describe, expect, it } from 'vitest';
import { cumberland2024, walthamForest2024 } from '../../src/published/index.js';
import {
  rateInspection,
  RatingRuleError,
  safeRateInspection,
  type DiscretionContext,
  type RatingIssueCode,
} from '../../src/index.js';
import { rateInspectionData } from '../../src/rules/rate-inspection.js';

type Json = Record<string, unknown>;
const base = (): Json => structuredClone(cumberland2024) as unknown as Json;
const withStandard = (id: string, evidence: unknown): Json => {
  const e = base();
  (e['standards'] as Json)[id] = evidence;
  return e;
};
const kq21 = (a: unknown, b: unknown = { yes: 5, of: 8 }, c: unknown = { yes: 5, of: 8 }) => ({
  keyQuestions: { '2.1.1': a, '2.1.2': b, '2.1.3': c },
});

function problem(
  evidence: unknown,
  options = {},
): { code: RatingIssueCode; path: readonly (string | number)[]; message: string; all: number } {
  try {
    rateInspectionData(evidence, options);
  } catch (e) {
    expect(e).toBeInstanceOf(RatingRuleError);
    const err = e as RatingRuleError;
    return { code: err.code, path: err.path, message: err.message, all: err.issues.length };
  }
  throw new Error('expected a RatingRuleError');
}

describe('bad input throws RatingRuleError naming the field', () => {
  it.each([
    [
      'a count that is not a whole number',
      kq21({ yes: 2.5, of: 8 }),
      'invalid-count',
      ['standards', '2.1', 'keyQuestions', '2.1.1', 'yes'],
    ],
    [
      'a negative count',
      kq21({ yes: -1, of: 8 }),
      'invalid-count',
      ['standards', '2.1', 'keyQuestions', '2.1.1', 'yes'],
    ],
    [
      'a count given as text',
      kq21({ yes: '5', of: 8 }),
      'invalid-count',
      ['standards', '2.1', 'keyQuestions', '2.1.1', 'yes'],
    ],
    [
      'yes greater than of',
      kq21({ yes: 9, of: 8 }),
      'yes-exceeds-of',
      ['standards', '2.1', 'keyQuestions', '2.1.1', 'yes'],
    ],
    [
      'yes without of',
      kq21({ yes: 3 }),
      'invalid-count',
      ['standards', '2.1', 'keyQuestions', '2.1.1', 'of'],
    ],
    [
      'a percent over 100',
      kq21({ percent: 101 }),
      'invalid-percent',
      ['standards', '2.1', 'keyQuestions', '2.1.1', 'percent'],
    ],
    [
      'a percent that is not finite',
      kq21({ percent: Number.POSITIVE_INFINITY }),
      'invalid-percent',
      ['standards', '2.1', 'keyQuestions', '2.1.1', 'percent'],
    ],
    [
      'a percent no count of the sample can give',
      kq21({ percent: 64, of: 8 }),
      'inconsistent-percent',
      ['standards', '2.1', 'keyQuestions', '2.1.1', 'percent'],
    ],
    [
      'a percent disagreeing with the counts',
      kq21({ yes: 5, of: 8, percent: 62 }),
      'inconsistent-percent',
      ['standards', '2.1', 'keyQuestions', '2.1.1', 'percent'],
    ],
    [
      'an unknown key question id',
      {
        keyQuestions: {
          '2.1.1': { yes: 1, of: 2 },
          '2.1.2': { yes: 1, of: 2 },
          '2.1.3': { yes: 1, of: 2 },
          '2.1.9': { yes: 1, of: 2 },
        },
      },
      'unknown-key-question',
      ['standards', '2.1', 'keyQuestions', '2.1.9'],
    ],
    [
      'a missing key question',
      { keyQuestions: { '2.1.1': { yes: 1, of: 2 }, '2.1.2': { yes: 1, of: 2 } } },
      'missing-key-question',
      ['standards', '2.1', 'keyQuestions', '2.1.3'],
    ],
    [
      'a rating that is not one of the four',
      { rating: 'good' },
      'invalid-rating',
      ['standards', '2.1', 'rating'],
    ],
    [
      'a rating and figures together',
      { ...kq21({ yes: 5, of: 8 }), rating: 'Good' },
      'conflicting-evidence',
      ['standards', '2.1'],
    ],
    ['a standard with nothing', {}, 'conflicting-evidence', ['standards', '2.1']],
    ['a misspelt field', { keyQuestion: {} }, 'invalid-input', ['standards', '2.1']],
    [
      'discretion to a non-adjacent band',
      {
        ...kq21({ yes: 5, of: 8 }, { yes: 5, of: 8 }, { yes: 3, of: 8 }),
        discretion: { rating: 'Good', reason: 'x' },
      },
      'discretion-not-adjacent',
      ['standards', '2.1', 'discretion', 'rating'],
    ],
    [
      'discretion with no trigger',
      {
        ...kq21({ yes: 90, of: 100 }, { yes: 90, of: 100 }, { yes: 90, of: 100 }),
        discretion: { rating: 'Good', reason: 'x' },
      },
      'discretion-without-trigger',
      ['standards', '2.1', 'discretion'],
    ],
    [
      'discretion without a reason',
      { ...kq21({ yes: 3, of: 8 }), discretion: { rating: 'Requires improvement' } },
      'invalid-input',
      ['standards', '2.1', 'discretion', 'reason'],
    ],
    [
      'discretion on a bare rating',
      { rating: 'Good', discretion: { rating: 'Outstanding', reason: 'x' } },
      'discretion-without-figures',
      ['standards', '2.1', 'discretion'],
    ],
  ])('%s', (_name, evidence, code, path) => {
    const got = problem(withStandard('2.1', evidence));
    expect(got.code).toBe(code);
    expect(got.path).toEqual(path);
  });

  it('discretion on a judgement standard', () => {
    const got = problem(
      withStandard('1.1', { rating: 'Good', discretion: { rating: 'Outstanding', reason: 'x' } }),
    );
    expect(got).toMatchObject({
      code: 'discretion-on-judgement',
      path: ['standards', '1.1', 'discretion'],
    });
  });

  it('key-question figures for a judgement standard', () => {
    expect(problem(withStandard('3.4', kq21({ yes: 1, of: 2 }))).code).toBe('conflicting-evidence');
  });

  it('an unknown standard id, including __proto__, without polluting any prototype', () => {
    const e = JSON.parse(
      JSON.stringify(cumberland2024).replace(
        '"standards":{',
        '"standards":{"__proto__":{"rating":"Good","polluted":true},',
      ),
    );
    const got = problem(e);
    expect(got.code).toBe('unknown-standard');
    expect(got.path).toEqual(['standards', '__proto__']);
    expect(({} as Json)['polluted']).toBeUndefined();
    expect(({} as Json)['rating']).toBeUndefined();
  });

  it('a constructor key is an unknown key question, not a lookup on Object.prototype', () => {
    expect(
      problem(
        withStandard('2.1', {
          keyQuestions: { ...kq21({ yes: 1, of: 2 }).keyQuestions, constructor: { yes: 1, of: 2 } },
        }),
      ).code,
    ).toBe('unknown-key-question');
  });

  it.each([[null], [42], ['evidence'], [[]], [undefined]])('a non-object (%s)', (value) => {
    expect(problem(value)).toMatchObject({ code: 'invalid-input', path: [] });
  });

  it('an unknown framework id', () => {
    expect(problem({ framework: 'hmip-youth-2025', standards: {} })).toMatchObject({
      code: 'unknown-framework',
      path: ['framework'],
    });
  });

  it('a missing standard', () => {
    const e = base();
    delete (e['standards'] as Json)['1.2'];
    expect(problem(e)).toMatchObject({ code: 'missing-standard', path: ['standards', '1.2'] });
  });

  it('reports every problem at once, not just the first', () => {
    const e = withStandard('2.1', kq21({ yes: 9, of: 8 }, { yes: -1, of: 8 }));
    (e['standards'] as Json)['1.1'] = { rating: 'Great' };
    const got = problem(e);
    expect(got.all).toBe(3);
    expect(got.message).toContain('and 2 more');
  });

  it('messages read as plain sentences with the path a spreadsheet user can find', () => {
    const got = problem(withStandard('2.1', kq21({ yes: 9, of: 8 })));
    expect(got.message).toBe(
      'standards["2.1"].keyQuestions["2.1.1"].yes: 9 cases answered yes out of only 8: "yes" cannot be more than "of"',
    );
  });

  it('bad options are typed errors too', () => {
    expect(problem(cumberland2024, { banding: 'nearest' })).toMatchObject({
      code: 'invalid-option',
      path: ['options', 'banding'],
    });
    expect(problem(cumberland2024, { incomplet: 'allow' })).toMatchObject({
      code: 'invalid-option',
    });
  });
});

describe('nothing the caller passed is mutated', () => {
  it('leaves the evidence equal and unfrozen', () => {
    const e = base();
    const copy = structuredClone(e);
    rateInspectionData(e);
    expect(e).toEqual(copy);
    expect(Object.isFrozen(e['standards'])).toBe(false);
  });
});

describe('empty sub-samples and not rated', () => {
  it('a key question with no applicable cases leaves the sample; the others decide', () => {
    const r = rateInspectionData(
      withStandard('2.1', kq21({ of: 0 }, { yes: 6, of: 8 }, { yes: 7, of: 8 })),
    );
    const s = r.byStandard['2.1'];
    expect(s?.keyQuestions[0]).toMatchObject({ keyQuestion: '2.1.1', empty: true });
    expect(s?.lowest?.keyQuestion).toBe('2.1.2');
    expect(s?.rating).toBe('Good');
  });

  it('a counted standard whose key questions are all empty is not rated, so there is no overall', () => {
    const e = withStandard('2.1', kq21({ of: 0 }, { of: 0 }, { yes: 0, of: 0 }));
    expect(problem(e)).toMatchObject({
      code: 'counted-standard-not-rated',
      path: ['standards', '2.1'],
    });
    const r = rateInspectionData(e, { incomplete: 'allow' });
    expect(r.byStandard['2.1']?.status).toBe('not-rated');
    expect(r.byStandard['2.1']?.keyQuestions.map((k) => [k.keyQuestion, k.empty])).toEqual([
      ['2.1.1', true],
      ['2.1.2', true],
      ['2.1.3', true],
    ]);
    expect(r.byStandard['2.1']?.explanation).toBe(
      '2.1 Assessment was not rated: none of its key questions had applicable cases.',
    );
    expect(r.complete).toBe(false);
    expect(r.overall).toBeUndefined();
    expect(r.score).toBe(11); // 12 less 2.1's 1: never rescaled
    expect(r.maximum).toBe(36);
    expect(r.excluded).toContainEqual({ standard: '2.1', reason: 'not rated' });
  });

  it('resettlement may be "not rated" with a reason; the overall stands', () => {
    const r = rateInspectionData(
      withStandard('4.1', { notRated: 'there were no resettlement cases to inspect' }),
    );
    expect(r.byStandard['4.1']).toMatchObject({
      status: 'not-rated',
      notRatedReason: 'there were no resettlement cases to inspect',
    });
    expect(r.overall).toBe('Requires improvement');
    expect(r.complete).toBe(true);
  });

  it('a missing standard is allowed only with incomplete: allow, and gives no overall', () => {
    const e = base();
    delete (e['standards'] as Json)['3.4'];
    const r = rateInspectionData(e, { incomplete: 'allow' });
    expect(r.complete).toBe(false);
    expect(r.overall).toBeUndefined();
    expect(r.excluded).toContainEqual({ standard: '3.4', reason: 'missing' });
  });
});

describe("discretion is the panel's decision, never automatic", () => {
  const noDecision = () => {
    const e = base();
    delete ((e['standards'] as Json)['2.1'] as Json)['discretion'];
    return e;
  };

  it('without a decision the rule rating stands, whatever the triggers', () => {
    const s = rateInspectionData(noDecision()).byStandard['2.1'];
    expect(s?.triggers?.anyFired).toBe(true);
    expect(s?.rating).toBe('Inadequate');
    expect(s?.discretion).toBeUndefined();
  });

  it('a hook receives the standard, the rule rating, the lowest question, all figures, the triggers and the adjacent ratings', () => {
    const seen: DiscretionContext[] = [];
    const r = rateInspectionData(noDecision(), {
      discretion: (context) => {
        seen.push(context);
        return context.standard.id === '2.1'
          ? { rating: 'Requires improvement', reason: 'one case from the boundary' }
          : undefined;
      },
    });
    expect(seen.map((c) => c.standard.id)).toEqual([
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '3.1',
      '3.2',
      '3.3',
    ]);
    const c = seen[0] as DiscretionContext;
    expect(c.ruleRating).toBe('Inadequate');
    expect(c.lowest).toMatchObject({ keyQuestion: '2.1.3', yes: 3, of: 8, band: 'Inadequate' });
    expect(c.keyQuestions).toHaveLength(3);
    expect(c.adjacent).toEqual({ lower: undefined, higher: 'Requires improvement' });
    expect(r.byStandard['2.1']?.discretion).toMatchObject({ source: 'hook', direction: 'raised' });
    expect(r.score).toBe(12);
  });

  it('a decision equal to the rule rating records that the panel considered and kept it', () => {
    const e = structuredClone(walthamForest2024) as unknown as Json;
    ((e['standards'] as Json)['3.3'] as Json)['discretion'] = {
      rating: 'Inadequate',
      reason: 'other key questions also low',
    };
    const s = rateInspectionData(e).byStandard['3.3'];
    expect(s?.discretion).toMatchObject({
      direction: 'unchanged',
      from: 'Inadequate',
      to: 'Inadequate',
    });
    expect(s?.explanation).toContain('considered professional discretion and kept');
  });

  it('is allowed, and says so, when triggers cannot be computed from percentages only', () => {
    const e = withStandard('2.1', {
      ...kq21({ percent: 72 }, { percent: 73 }, { percent: 75 }),
      discretion: { rating: 'Requires improvement', reason: 'sub-sample sizes' },
    });
    const s = rateInspectionData(e).byStandard['2.1'];
    expect(s?.triggers).toMatchObject({ anyFired: false, anyUnknown: true });
    expect(s?.discretion).toMatchObject({ triggersUnknown: true, direction: 'lowered' });
  });
});

describe("explanations in the reports' own words", () => {
  it('name the lowest key question, its figure, its band and any discretion', () => {
    const s = rateInspection(cumberland2024).byStandard['2.1'];
    expect(s?.explanation).toBe(
      "2.1 Assessment is rated 'Requires improvement': the rating for the standard is driven by the lowest score on its key questions, 2.1.3 at 38% (3 of 8), placed in the band 'Minority: less than 50% of inspected cases judged sufficient on the key question'; professional discretion was applied at the ratings panel increasing this rating from 'Inadequate' to 'Requires improvement' (recorded in the footnote to the report's 2.1 table).",
    );
    expect(rateInspection(cumberland2024).byStandard['4.1']?.explanation).toBe(
      "4.1 Resettlement policy and provision is rated 'Requires improvement' as a single judgement, using all the relevant sources of evidence. The rating for this standard does not influence the overall rating.",
    );
  });
});

describe('safeRateInspection', () => {
  it('returns the data on success and every issue on failure, without throwing', () => {
    expect(safeRateInspection(cumberland2024)).toMatchObject({
      success: true,
      data: { score: 12 },
    });
    const bad = safeRateInspection(withStandard('2.1', { rating: 'Great' }));
    expect(bad.success).toBe(false);
    if (!bad.success)
      expect(bad.issues[0]).toMatchObject({
        code: 'invalid-rating',
        path: ['standards', '2.1', 'rating'],
      });
  });
});
