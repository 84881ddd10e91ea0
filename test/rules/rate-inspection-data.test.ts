// rateInspection (typed evidence) and rateInspectionData and safeRateInspection (data of any type)
// run the same checks and rules: the same rating, or the same problems, for the same input.
import { test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { youth2021 } from '../../src/index.js';
import { cheshire2021, cumberland2024, walthamForest2024 } from '../../src/published/index.js';
import {
  rateInspection,
  rateInspectionData,
  safeRateInspection,
  type RateOptions,
} from '../../src/rules/rate-inspection.js';
import { evidence2021 } from '../support/arbitraries.js';

/** What a call gives: its rating, or the issues of the RatingRuleError it throws. */
function outcome(rate: () => unknown): unknown {
  try {
    return { rating: rate() };
  } catch (e) {
    return { issues: (e as { issues: unknown }).issues };
  }
}

function sameEverywhere(input: unknown, options?: RateOptions): void {
  const typed = outcome(() => rateInspection(input as never, options));
  expect(outcome(() => rateInspectionData(input, options))).toEqual(typed);
  const safe = safeRateInspection(input, options);
  expect(safe.success ? { rating: safe.data } : { issues: safe.issues }).toEqual(typed);
}

describe('the typed and the data entries give the same result', () => {
  it('for the published inspections', () => {
    for (const evidence of [cheshire2021, cumberland2024, walthamForest2024])
      sameEverywhere(evidence);
  });

  it('for evidence each entry refuses, and for bad options', () => {
    const cases: [unknown, RateOptions?][] = [
      [undefined],
      [null],
      ['hmip-youth-2021'],
      [{}],
      [{ framework: 'hmip-youth-2030', standards: {} }],
      [{ framework: 'hmip-youth-2021', standards: {} }],
      [{ framework: 'hmip-youth-2021', standards: { ...cumberland2024.standards, '1.1': {} } }],
      [
        {
          framework: 'hmip-youth-2021',
          standards: { ...cumberland2024.standards, '9.9': { rating: 'Good' } },
        },
      ],
      [{ ...cumberland2024, framework: 'hmip-youth-2018' }],
      [cumberland2024, { incomplete: 'sometimes' } as never],
      [cumberland2024, { framework: youth2021, banding: 'exact' }],
      [
        { framework: 'hmip-youth-2021', standards: { '1.1': { rating: 'Good' } } },
        { incomplete: 'allow' },
      ],
    ];
    for (const [input, options] of cases) sameEverywhere(input, options);
  });

  test.prop([evidence2021])('for any valid 2021 evidence', (evidence) => sameEverywhere(evidence));
});
