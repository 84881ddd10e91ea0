// The frameworks' types by name, custom frameworks from defineFramework, and judgements typed by
// framework. Run by `vitest --typecheck` (npm test).
import { describe, expectTypeOf, test } from 'vitest';
import type { Framework, StandardId } from '../../src/model/types.js';
import type { InspectionEvidence, Judgements } from '../../src/evidence/schema.js';
import { youth2018, type Youth2018 } from '../../src/frameworks/youth-2018.js';
import { youth2021, type Youth2021 } from '../../src/frameworks/youth-2021.js';
import {
  frameworks,
  type BuiltInFramework,
  type BuiltInFrameworkId,
} from '../../src/frameworks/index.js';
import { defineFramework, type MisplacedIds } from '../../src/framework/define-framework.js';
import { cumberland2024 } from '../../src/published/cumberland-2024.js';
import { rateInspection } from '../../src/rules/rate-inspection.js';
import type { InspectionRating } from '../../src/rules/inspection-rating.js';
import type { StandardRating } from '../../src/rules/standard-rating.js';
import { rateCases, type CaseRating } from '../../src/cases/rate-cases.js';
import type { CaseRecord } from '../../src/cases/case-record.js';

const definition = {
  id: 'our-audit',
  name: 'Our audit',
  keyQuestionBands: youth2021.keyQuestionBands,
  scores: youth2021.scores,
  overallBands: [
    { rating: 'Inadequate', from: 0, to: 1 },
    { rating: 'Requires improvement', from: 2, to: 3 },
    { rating: 'Good', from: 4, to: 5 },
    { rating: 'Outstanding', from: 6, to: 6 },
  ],
  discretion: youth2021.discretion,
  disposals: [],
  domains: [
    {
      id: 'A',
      name: 'Casework',
      standards: [
        {
          id: 'A.1',
          name: 'Assessment',
          ratedBy: 'key-questions',
          countsTowardOverall: true,
          keyQuestions: [
            { id: 'A.1.1', text: 'Risk?', prompts: [] },
            { id: 'A.1.2', text: 'Family?', prompts: [] },
          ],
        },
        {
          id: 'A.2',
          name: 'Policy',
          ratedBy: 'judgement',
          countsTowardOverall: true,
          keyQuestions: [],
        },
      ],
    },
  ],
  sources: [],
  gaps: [],
} as const;

describe('the built-in frameworks have names', () => {
  test('youth2021 and youth2018 are Youth2021 and Youth2018', () => {
    expectTypeOf(youth2021).toEqualTypeOf<Youth2021>();
    expectTypeOf(youth2018).toEqualTypeOf<Youth2018>();
    expectTypeOf(frameworks['hmip-youth-2021']).toEqualTypeOf<Youth2021>();
    expectTypeOf<BuiltInFramework<'hmip-youth-2018'>>().toEqualTypeOf<Youth2018>();
    expectTypeOf<BuiltInFrameworkId>().toEqualTypeOf<'hmip-youth-2018' | 'hmip-youth-2021'>();
    expectTypeOf<Youth2021>().toExtend<Framework>();
    expectTypeOf<StandardId<Youth2021>>().toEqualTypeOf<StandardId<typeof youth2021>>();
    expectTypeOf<Youth2021['id']>().toEqualTypeOf<'hmip-youth-2021'>();
  });

  test('published inspections are checked against their framework', () => {
    expectTypeOf(cumberland2024).toExtend<InspectionEvidence<Youth2021>>();
    expectTypeOf(cumberland2024).not.toExtend<InspectionEvidence<Youth2018>>();
  });
});

describe('a custom framework from defineFramework', () => {
  const local = defineFramework(definition);

  test('keeps its ids as literal types', () => {
    expectTypeOf(local.id).toEqualTypeOf<'our-audit'>();
    expectTypeOf<StandardId<typeof local>>().toEqualTypeOf<'A.1' | 'A.2'>();
  });

  test('types the evidence and the result of rateInspection through options.framework', () => {
    const result = rateInspection(
      {
        framework: 'our-audit',
        standards: {
          'A.1': { keyQuestions: { 'A.1.1': { yes: 3, of: 4 }, 'A.1.2': { yes: 4, of: 4 } } },
          'A.2': { rating: 'Good' },
        },
      },
      { framework: local },
    );
    expectTypeOf(result).toEqualTypeOf<InspectionRating<typeof local, 'error'>>();
    expectTypeOf(result.byStandard['A.2']).toEqualTypeOf<StandardRating>();
    rateInspection(
      {
        framework: 'our-audit',
        // @ts-expect-error: A.2 is a judgement, rated as given, never from key questions
        standards: { 'A.1': { rating: 'Good' }, 'A.2': { keyQuestions: {} } },
      },
      { framework: local },
    );
    rateInspection(
      // @ts-expect-error: A.2 is missing
      { framework: 'our-audit', standards: { 'A.1': { rating: 'Good' } } },
      { framework: local },
    );
    const theirs = {
      framework: 'their-audit',
      standards: { 'A.1': { rating: 'Good' }, 'A.2': { rating: 'Good' } },
    } as const;
    // @ts-expect-error: the evidence names another framework than options.framework
    rateInspection(theirs, { framework: local });
    // @ts-expect-error: without options.framework, 'our-audit' is no built-in framework
    rateInspection({ framework: 'our-audit', standards: { 'A.1': { rating: 'Good' } } });
  });

  test('a framework typed only as Framework takes evidence for any ids', () => {
    const wide: Framework = local;
    const result = rateInspection(
      { framework: 'our-audit', standards: { anything: { rating: 'Good' } } },
      { framework: wide },
    );
    expectTypeOf(result).toEqualTypeOf<InspectionRating<Framework, 'error'>>();
  });

  test('standard ids start with their domain id, key-question ids with their standard id', () => {
    expectTypeOf<MisplacedIds<typeof definition>>().toBeNever();
    expectTypeOf<MisplacedIds<Youth2021>>().toBeNever();
    expectTypeOf<MisplacedIds<Youth2018>>().toBeNever();
    expectTypeOf<MisplacedIds<Framework>>().toBeNever();
    const misplaced = {
      ...definition,
      domains: [
        {
          ...definition.domains[0],
          standards: [{ ...definition.domains[0].standards[1], id: 'B.2' }],
        },
      ],
    } as const;
    expectTypeOf<MisplacedIds<typeof misplaced>>().toEqualTypeOf<'B.2'>();
    // @ts-expect-error: B.2 does not start with its domain's id "A."
    defineFramework(misplaced);
    const kq = {
      ...definition,
      domains: [
        {
          ...definition.domains[0],
          standards: [
            {
              ...definition.domains[0].standards[0],
              keyQuestions: [{ id: 'A.2.1', text: 'Risk?', prompts: [] }],
            },
          ],
        },
      ],
    } as const;
    expectTypeOf<MisplacedIds<typeof kq>>().toEqualTypeOf<'A.2.1'>();
    // @ts-expect-error: A.2.1 is under A.1
    defineFramework(kq);
  });
});

describe('judgements typed by framework', () => {
  test('Judgements<Youth2021> takes its standard ids, each in its own form', () => {
    const judgements = {
      '1.1': { rating: 'Good' },
      '2.1': { discretion: { rating: 'Good', reason: 'one case from the boundary' } },
      '4.1': { notRated: 'no resettlement cases', decidedBy: 'the panel' },
    } as const;
    expectTypeOf(judgements).toExtend<Judgements<Youth2021>>();
    expectTypeOf<{ '9.9': { rating: 'Good' } }>().not.toExtend<Judgements<Youth2021>>();
    // 2.1 is rated from its cases: a judgement there is only the panel's discretion decision
    expectTypeOf<{ '2.1': { rating: 'Good' } }>().not.toExtend<Judgements<Youth2021>>();
    // 1.1 is a judgement standard: it takes a rating, not a discretion decision
    expectTypeOf<{
      '1.1': { discretion: { rating: 'Good'; reason: 'x' } };
    }>().not.toExtend<Judgements<Youth2021>>();
    expectTypeOf<{ anything: { rating: 'Good' } }>().toExtend<Judgements>();
  });

  test('rateCases checks the judgements against its framework and types its rating', () => {
    const cases: readonly CaseRecord[] = [];
    const rated = rateCases(youth2021, cases, { '1.1': { rating: 'Good' } });
    expectTypeOf(rated).toEqualTypeOf<CaseRating<Youth2021, 'error'>>();
    expectTypeOf(rated.rating.byStandard['2.1']).toEqualTypeOf<StandardRating>();
    expectTypeOf(rated).toExtend<CaseRating>();
    // @ts-expect-error: 4.1 is a 2021 standard, not a 2018 one
    rateCases(youth2018, cases, { '4.1': { rating: 'Good' } });
    const allowed = rateCases(youth2021, cases, {}, { incomplete: 'allow' });
    expectTypeOf(allowed.rating.byStandard['2.1']).toEqualTypeOf<StandardRating | undefined>();
  });
});
