// What rateInspection's types accept and return, framework by framework. Run by `vitest --typecheck`
// (npm test): a wrong expectation, or an @ts-expect-error line that compiles, fails the run.
import { describe, expectTypeOf, test } from 'vitest';
import type { Framework, StandardId } from '../../src/model/types.js';
import type { InspectionEvidence, StandardEvidence } from '../../src/evidence/schema.js';
import { youth2018, type Youth2018 } from '../../src/frameworks/youth-2018.js';
import { youth2021, type Youth2021 } from '../../src/frameworks/youth-2021.js';
import { cheshire2021 } from '../../src/published/cheshire-2021.js';
import { cumberland2024 } from '../../src/published/cumberland-2024.js';
import {
  rateInspection,
  rateInspectionData,
  safeRateInspection,
  type SafeRateResult,
} from '../../src/rules/rate-inspection.js';
import type { InspectionRating } from '../../src/rules/inspection-rating.js';
import type { StandardRating } from '../../src/rules/standard-rating.js';

const standards2021 = cumberland2024.standards;
const standards2018 = cheshire2021.standards;

describe('youth2021', () => {
  test('complete evidence rates, and the result is keyed by its standard ids', () => {
    const result = rateInspection(cumberland2024);
    expectTypeOf(result).toEqualTypeOf<InspectionRating<Youth2021, 'error'>>();
    expectTypeOf(result.framework.id).toEqualTypeOf<'hmip-youth-2021'>();
    expectTypeOf<keyof typeof result.byStandard>().toEqualTypeOf<StandardId<Youth2021>>();
    expectTypeOf(result.byStandard['2.1']).toEqualTypeOf<StandardRating>();
    expectTypeOf(result.standards[0]!.standard).toEqualTypeOf<StandardId<Youth2021>>();
    // @ts-expect-error: 9.9 is not a standard of the 2021 framework
    void result.byStandard['9.9'];
  });

  test('an inline literal is checked against the framework it names', () => {
    rateInspection({
      framework: 'hmip-youth-2021',
      standards: { ...standards2021, '1.1': { rating: 'Good', decidedBy: 'the panel' } },
    });
    rateInspection({
      framework: 'hmip-youth-2021',
      standards: { ...standards2021, '4.1': { notRated: 'no resettlement cases' } },
    });
    rateInspection({
      framework: 'hmip-youth-2021',
      standards: {
        ...standards2021,
        '2.1': {
          keyQuestions: {
            '2.1.1': { yes: 5, of: 8 },
            '2.1.2': { of: 0 },
            '2.1.3': { percent: 50 },
          },
        },
      },
    });
  });

  test('every standard is required', () => {
    const { '3.4': _left, ...missing } = standards2021;
    // @ts-expect-error: 3.4 has no evidence
    rateInspection({ framework: 'hmip-youth-2021', standards: missing });
    // @ts-expect-error: no standards at all
    rateInspection({ framework: 'hmip-youth-2021', standards: {} });
  });

  test('only its own standard and key-question ids', () => {
    rateInspection({
      framework: 'hmip-youth-2021',
      // @ts-expect-error: 9.9 is not a standard of the 2021 framework
      standards: { ...standards2021, '9.9': { rating: 'Good' } },
    });
    rateInspection({
      framework: 'hmip-youth-2021',
      standards: {
        ...standards2021,
        // @ts-expect-error: 3.4 is a judgement in 2021; 3.4.2 is a 2018 key question
        '3.4': { keyQuestions: { '3.4.1': { yes: 1, of: 2 }, '3.4.2': { yes: 1, of: 2 } } },
      },
    });
    rateInspection({
      framework: 'hmip-youth-2021',
      standards: {
        ...standards2021,
        // @ts-expect-error: 2.1.3 is missing
        '2.1': { keyQuestions: { '2.1.1': { yes: 5, of: 8 }, '2.1.2': { yes: 5, of: 8 } } },
      },
    });
    rateInspection({
      framework: 'hmip-youth-2021',
      standards: {
        ...standards2021,
        '2.1': {
          keyQuestions: {
            '2.1.1': { yes: 5, of: 8 },
            '2.1.2': { yes: 5, of: 8 },
            '2.1.3': { yes: 5, of: 8 },
            // @ts-expect-error: 2.1.4 is not a key question of 2.1
            '2.1.4': { yes: 5, of: 8 },
          },
        },
      },
    });
  });

  test('a standard is key questions, a rating or not rated: exactly one', () => {
    // @ts-expect-error: {} says nothing
    rateInspection({ framework: 'hmip-youth-2021', standards: { ...standards2021, '1.1': {} } });
    rateInspection({
      framework: 'hmip-youth-2021',
      // @ts-expect-error: a rating and "not rated" at once
      standards: { ...standards2021, '4.1': { rating: 'Good', notRated: 'no cases' } },
    });
    rateInspection({
      framework: 'hmip-youth-2021',
      // @ts-expect-error: a counted standard is not "not rated" unless incomplete results are allowed
      standards: { ...standards2021, '1.1': { notRated: 'no evidence' } },
    });
    rateInspection({
      framework: 'hmip-youth-2021',
      // @ts-expect-error: a rating of its own is not on the scale
      standards: { ...standards2021, '1.1': { rating: 'Excellent' } },
    });
    // @ts-expect-error: a discretion decision needs its key questions
    expectTypeOf<{ discretion: { rating: 'Good'; reason: 'x' } }>().toExtend<StandardEvidence>();
  });

  test("incomplete: 'allow' makes every standard optional, and the result's too", () => {
    const result = rateInspection(
      { framework: 'hmip-youth-2021', standards: { '1.1': { notRated: 'no evidence' } } },
      { incomplete: 'allow' },
    );
    expectTypeOf(result).toEqualTypeOf<InspectionRating<Youth2021, 'allow'>>();
    expectTypeOf(result.byStandard['2.1']).toEqualTypeOf<StandardRating | undefined>();
  });

  test('a framework id no framework has does not compile', () => {
    // @ts-expect-error: there is no such built-in framework, and no options.framework
    rateInspection({ framework: 'hmip-youth-2030', standards: {} });
  });
});

describe('youth2018', () => {
  test('its own ids, not 2021s', () => {
    const result = rateInspection(cheshire2021);
    expectTypeOf(result).toEqualTypeOf<InspectionRating<Youth2018, 'error'>>();
    expectTypeOf(result.byStandard['3.4']).toEqualTypeOf<StandardRating>();
    rateInspection({
      framework: 'hmip-youth-2018',
      standards: {
        ...standards2018,
        '3.4': { keyQuestions: { '3.4.1': { percent: 100, of: 2 }, '3.4.2': { of: 0 } } },
      },
    });
    rateInspection({
      framework: 'hmip-youth-2018',
      // @ts-expect-error: 4.1 is a 2021 standard
      standards: { ...standards2018, '4.1': { rating: 'Good' } },
    });
    // @ts-expect-error: the 2018 evidence names 2018, not 2021
    rateInspection({ ...cheshire2021, framework: 'hmip-youth-2021' });
  });

  test('options.framework types the evidence as that framework', () => {
    const result = rateInspection(cheshire2021, { framework: youth2018 });
    expectTypeOf(result).toEqualTypeOf<InspectionRating<Youth2018, 'error'>>();
    // @ts-expect-error: the evidence is for 2018, options.framework is 2021
    rateInspection(cheshire2021, { framework: youth2021 });
  });
});

describe('evidence for any of several frameworks, or of no known type', () => {
  test('a union of evidence rates to a union of results', () => {
    const evidence = [cheshire2021, cumberland2024][0]!;
    expectTypeOf(rateInspection(evidence)).toEqualTypeOf<
      InspectionRating<Youth2018, 'error'> | InspectionRating<Youth2021, 'error'>
    >();
  });

  test('the wide evidence type rates to the wide result', () => {
    const evidence: InspectionEvidence = cumberland2024;
    expectTypeOf(rateInspection(evidence)).toEqualTypeOf<InspectionRating<Framework, 'error'>>();
    // @ts-expect-error: {} is no standard's evidence, whatever the framework
    rateInspection({ framework: 'x' as string, standards: { a: {} } });
  });

  test('data of unknown type goes through rateInspectionData or safeRateInspection', () => {
    const data: unknown = JSON.parse('{}');
    // @ts-expect-error: rateInspection takes typed evidence
    rateInspection(data);
    expectTypeOf(rateInspectionData(data)).toEqualTypeOf<InspectionRating>();
    expectTypeOf(safeRateInspection(data)).toEqualTypeOf<SafeRateResult>();
  });

  test('a typed rating is a rating of any framework', () => {
    expectTypeOf<InspectionRating<Youth2021, 'error'>>().toExtend<InspectionRating>();
    expectTypeOf<InspectionRating<Youth2018, 'allow'>>().toExtend<InspectionRating>();
    expectTypeOf<InspectionRating<Youth2021, 'error'>>().toExtend<InspectionRating<Youth2021>>();
    expectTypeOf<InspectionRating<Youth2021, 'allow'>>().not.toExtend<
      InspectionRating<Youth2021, 'error'>
    >();
    expectTypeOf<InspectionRating<Youth2021>>().not.toExtend<InspectionRating<Youth2018>>();
  });
});
