// Named regressions for the input boundary of the core (issue 8): every class of bad input the
// hostile-input trial found, each refused with a typed error or read exactly.
import { describe, expect, it } from 'vitest';
import {
  RatingRuleError,
  bandFor,
  bandForCounts,
  defineFramework,
  discretionTriggers,
  formatPath,
  lowestKeyQuestion,
  overallBandFor,
  percentYes,
  rateInspection,
  ratingRank,
  ratingScore,
  ratingsTable,
  safeRateInspection,
  standardsOf,
  youth2018,
  youth2021,
  type DiscretionHook,
  type KeyQuestionFigure,
} from '../../src/index.js';
import { cumberland2024 } from '../../src/published/index.js';
import { rateCases, tallyCases, type CaseRecord } from '../../src/cases/index.js';
import { ratingMargins } from '../../src/margins/index.js';
import { cumberlandCases, cumberlandJudgements } from '../../scripts/cumberland-cases.js';
import { rateInspectionData } from '../../src/rules/rate-inspection.js';
import { refused } from '../support/refused.js';

/** The issues of the RatingRuleError a call throws; fails the test if it throws anything else. */
const codes = (e: RatingRuleError) => e.issues.map((i) => i.code);
const figure = (keyQuestion: string, yes: number, of: number): KeyQuestionFigure => ({
  keyQuestion,
  text: '',
  yes,
  of,
  percent: percentYes(yes, of),
  countsRecovered: false,
  empty: false,
});

describe('silent wrong ratings are refused', () => {
  it('a judgement cannot replace what the cases say about a case-sampled standard (Cumberland: 12/36, never 14/36)', () => {
    const judgements = {
      ...cumberlandJudgements,
      '2.1': {
        keyQuestions: {
          '2.1.1': { yes: 8, of: 8 },
          '2.1.2': { yes: 8, of: 8 },
          '2.1.3': { yes: 8, of: 8 },
        },
      },
    };
    const e = refused(() => rateCases(youth2021, cumberlandCases(), judgements as never));
    expect(codes(e)).toEqual(['conflicting-evidence']);
    expect(e.issues[0]?.path).toEqual(['judgements', '2.1', 'keyQuestions']);
    for (const other of [{ rating: 'Outstanding' }, { notRated: 'x' }, { percent: 100 }])
      expect(
        codes(
          refused(() =>
            rateCases(youth2021, cumberlandCases(), {
              ...cumberlandJudgements,
              '2.1': other,
            } as never),
          ),
        ),
      ).toEqual(['conflicting-evidence']);
    expect(rateCases(youth2021, cumberlandCases(), cumberlandJudgements).rating.score).toBe(12);
  });

  it('built-in property names are never read as values: constructor, __proto__, toString', () => {
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const judgements = JSON.parse(`{"${name}": {"rating": "Good"}}`);
      const e = refused(() =>
        rateCases(youth2021, cumberlandCases(), { ...cumberlandJudgements, ...judgements }),
      );
      expect(codes(e)).toContain('unknown-standard');
      const cases = JSON.parse(
        `[{"id": "a", "kind": "court", "disposal": "${name}", "answers": {}}, {"id": "b", "kind": "court", "disposal": "community-sentence", "answers": {"${name}": "yes"}}]`,
      ) as CaseRecord[];
      expect(
        codes(refused(() => tallyCases(youth2021, cases, { unanswered: 'leave-out' }))),
      ).toEqual(['unknown-disposal', 'unknown-key-question']);
      expect(() =>
        defineFramework({
          ...youth2021,
          disposals: [...youth2021.disposals, { id: name, name: 'x', kind: 'court' }],
        }),
      ).toThrow(RatingRuleError);
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('invalid options are refused, each named, with a suggestion for a near miss', () => {
    const e = refused(() =>
      rateCases(youth2021, cumberlandCases(), cumberlandJudgements, {
        banding: 'EXACT',
        unanswered: 'bogus',
        bandng: 'exact',
      } as never),
    );
    expect(e.issues.map((i) => i.path.join('.'))).toEqual([
      'options.banding',
      'options.unanswered',
      'options.bandng',
    ]);
    expect(e.issues[2]?.message).toContain('did you mean "banding"?');
    expect(
      codes(refused(() => tallyCases(youth2021, [], { unanswered: 'bogus' } as never))),
    ).toEqual(['invalid-option']);
    expect(
      codes(refused(() => rateInspection(cumberland2024, { windowInclusive: 'yes' } as never))),
    ).toEqual(['invalid-option']);
    expect(codes(refused(() => bandForCounts(5, 8, { banding: 'EXACT' } as never)))).toEqual([
      'invalid-option',
    ]);
  });

  it('discretionTriggers refuses impossible figures (yes above of) and bad parameters', () => {
    const e = refused(() =>
      discretionTriggers(
        [figure('2.1.1', 5, 8), { ...figure('2.1.2', 5, 8), yes: 9 }],
        youth2021.keyQuestionBands,
        youth2021.discretion,
      ),
    );
    expect(codes(e)).toEqual(['yes-exceeds-of']);
    expect(
      codes(
        refused(() =>
          discretionTriggers([figure('2.1.1', 5, 8)], youth2021.keyQuestionBands, null as never),
        ),
      ),
    ).toEqual(['invalid-argument', 'invalid-argument']);
    expect(
      codes(
        refused(() =>
          lowestKeyQuestion(
            [{ ...figure('2.1.1', 5, 8), percent: 99 }],
            youth2021.keyQuestionBands,
          ),
        ),
      ),
    ).toEqual(['inconsistent-percent']);
  });

  it('a discretion hook sees a frozen copy: writing into it cannot change the result', () => {
    const tamper: DiscretionHook = (context) => {
      try {
        (context.lowest as { percent: number }).percent = 99;
        (context.keyQuestions as KeyQuestionFigure[]).length = 0;
        (context.triggers as { anyFired: boolean }).anyFired = true;
      } catch {
        // strict mode: writing into a frozen object throws, and the write does not happen
      }
      return undefined;
    };
    const plain = rateInspection(cumberland2024);
    const hooked = rateInspection(cumberland2024, { discretion: tamper });
    expect(hooked).toEqual(plain);
  });

  it('a hook decision is read once: a getter cannot answer one thing to the check and another to the result', () => {
    let reads = 0;
    const decision = {
      get rating() {
        reads++;
        return reads === 1 ? 'Requires improvement' : 'Outstanding';
      },
      reason: 'x',
    };
    const evidence = {
      ...cumberland2024,
      standards: {
        ...cumberland2024.standards,
        '2.1': { keyQuestions: cumberland2024.standards['2.1'].keyQuestions },
      },
    };
    const result = rateInspection(evidence, {
      discretion: (c) => (c.standard.id === '2.1' ? (decision as never) : undefined),
    });
    expect(result.byStandard['2.1']?.rating).toBe('Requires improvement');
    expect(reads).toBe(1);
  });
});

describe('nothing crashes: every bad argument is a typed error', () => {
  it('BigInt, cycles and deep nesting in the evidence make a typed error, safely described', () => {
    const cycle: Record<string, unknown> = { framework: 'hmip-youth-2021' };
    cycle['standards'] = { '2.1': { keyQuestions: { '2.1.1': { yes: cycle, of: 10n } } } };
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = { a: deep };
    for (const evidence of [
      { framework: 'hmip-youth-2021', standards: { '1.1': { rating: 10n } } },
      cycle,
      { framework: 'hmip-youth-2021', standards: { '1.1': deep } },
      { framework: 10n, standards: [] },
    ]) {
      const e = refused(() => rateInspection(evidence as never));
      expect(e.message.length).toBeLessThan(5000);
      const safe = safeRateInspection(evidence);
      expect(safe.success).toBe(false);
    }
    expect(refused(() => percentYes(10n as never, 8)).message).toContain('(got 10n)');
  });

  it('arguments that were never checked: sparse lists, null, missing frameworks and options, binary data', () => {
    const sparse: CaseRecord[] = [];
    sparse[1] = cumberlandCases()[0] as CaseRecord;
    expect(codes(refused(() => tallyCases(youth2021, sparse)))).toContain('invalid-input');
    expect(codes(refused(() => rateCases(youth2021, cumberlandCases(), null as never)))).toEqual([
      'invalid-argument',
    ]);
    expect(codes(refused(() => rateCases(null as never, [])))).toEqual(['invalid-argument']);
    expect(codes(refused(() => tallyCases(undefined as never, [])))).toEqual(['invalid-argument']);
    expect(codes(refused(() => rateInspection(cumberland2024, null as never)))).toEqual([
      'invalid-option',
    ]);
    expect(codes(refused(() => ratingMargins({} as never, youth2021)))[0]).toBe('invalid-argument');
    expect(codes(refused(() => bandFor(50, null as never)))).toEqual(['invalid-argument']);
    expect(codes(refused(() => overallBandFor(12, { overallBands: 'x' } as never)))).toEqual([
      'invalid-framework',
    ]);
    expect(codes(refused(() => ratingScore('Good', {} as never)))).toEqual(['invalid-framework']);
    expect(codes(refused(() => ratingRank('good' as never)))).toEqual(['invalid-rating']);
    expect(codes(refused(() => standardsOf(null as never)))).toEqual(['invalid-argument']);
    expect(codes(refused(() => ratingsTable({} as never)))[0]).toBe('invalid-argument');
    expect(
      codes(refused(() => tallyCases(youth2021, Buffer.from('case,kind') as never))),
    ).toContain('invalid-input');
    expect(new RatingRuleError(null as never).issues).toEqual([]);
    expect(formatPath(['a'.repeat(10_000), 1]).length).toBeLessThan(100);
  });

  it("a hook or a getter that throws is the caller's own error, and propagates unchanged", () => {
    const mine = new Error('the panel is not sitting');
    expect(() =>
      rateInspection(cumberland2024, {
        discretion: () => {
          throw mine;
        },
      }),
    ).toThrow(mine);
    const evidence = {
      framework: 'hmip-youth-2021',
      get standards(): never {
        throw mine;
      },
    };
    expect(() => rateInspection(evidence)).toThrow(mine);
  });
});

describe('no hang: margins in closed form', () => {
  it('answers for 10^12 cases at once, and the step-by-step answer on small counts', () => {
    const evidence = {
      framework: 'hmip-youth-2018',
      standards: Object.fromEntries(
        standardsOf(youth2018).map((s) => [
          s.id,
          s.ratedBy === 'judgement'
            ? { rating: 'Good' }
            : {
                keyQuestions: Object.fromEntries(
                  s.keyQuestions.map((kq) => [
                    kq.id,
                    { yes: 640_000_000_000, of: 1_000_000_000_000 },
                  ]),
                ),
              },
        ]),
      ),
    };
    const started = performance.now();
    const margins = ratingMargins(rateInspectionData(evidence), youth2018);
    expect(performance.now() - started).toBeLessThan(1000);
    const m = margins.find((x) => x.standard === '2.1');
    expect(m?.ruleRating).toBe('Requires improvement');
    // 64% of 10^12: 64.5% prints 65 (rounded half up), so 5 * 10^9 more yes on each key question
    expect(m?.up?.changes).toEqual([
      { keyQuestion: '2.1.1', answers: 5_000_000_000 },
      { keyQuestion: '2.1.2', answers: 5_000_000_000 },
      { keyQuestion: '2.1.3', answers: 5_000_000_000 },
    ]);
    expect(m?.down).toEqual({
      rating: 'Inadequate',
      changes: [{ keyQuestion: '2.1.1', answers: 145_000_000_001 }],
      total: 145_000_000_001,
    });
  });
});

describe('injection: text printed in the plain table has no control characters', () => {
  it('ANSI escapes and new lines in a service name are removed from the ratings table', () => {
    const table = ratingsTable(
      rateInspection({ ...cumberland2024, service: 'Cumbria\u001b[2J\u001b[31m\nScore 36/36' }),
    );
    expect(table.includes('\u001b')).toBe(false);
    expect(table.split('\n')[0]).toBe('Cumbria Score 36/36');
    expect(table.split('\n')[1]).toBe('Score 12/36');
  });
});
