import { expectTypeOf, test } from 'vitest';
import type {
  KeyQuestionId,
  PromptId,
  Rating,
  StandardId,
  StandardOf,
  youth2018,
} from '../../src/index.js';
import { RATINGS, rateInspection, youth2021, type InspectionRating } from '../../src/index.js';

test('framework ids are literal types', () => {
  expectTypeOf<StandardId<typeof youth2021>>().toEqualTypeOf<
    | '1.1'
    | '1.2'
    | '1.3'
    | '1.4'
    | '2.1'
    | '2.2'
    | '2.3'
    | '2.4'
    | '3.1'
    | '3.2'
    | '3.3'
    | '3.4'
    | '4.1'
  >();
  expectTypeOf<StandardId<typeof youth2018>>().not.toEqualTypeOf<StandardId<typeof youth2021>>();
  expectTypeOf<'3.4.2'>().toExtend<KeyQuestionId<typeof youth2018>>();
  expectTypeOf<'3.4.2'>().not.toExtend<KeyQuestionId<typeof youth2021>>();
  expectTypeOf<'2.1.1.a'>().toExtend<PromptId<typeof youth2018>>();
  expectTypeOf<StandardOf<typeof youth2021, '4.1'>['countsTowardOverall']>().toEqualTypeOf<false>();
  expectTypeOf(youth2021.id).toEqualTypeOf<'hmip-youth-2021'>();
});

test('the scale is a closed union', () => {
  expectTypeOf<Rating>().toEqualTypeOf<
    'Inadequate' | 'Requires improvement' | 'Good' | 'Outstanding'
  >();
  expectTypeOf(RATINGS).toEqualTypeOf<
    readonly ['Inadequate', 'Requires improvement', 'Good', 'Outstanding']
  >();
});

test('frameworks are read-only all the way down', () => {
  // @ts-expect-error: frameworks are readonly
  youth2021.domains[0].name = 'x';
});

test('rateInspection returns an InspectionRating', () => {
  expectTypeOf(rateInspection).returns.toEqualTypeOf<InspectionRating>();
  expectTypeOf<InspectionRating['overall']>().toEqualTypeOf<Rating | undefined>();
});
