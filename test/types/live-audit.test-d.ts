// The live audit is typed by its framework: setJudgement takes only the framework's standard ids,
// each with its own kind of judgement, and a typed audit still goes where any audit is expected.
import { expectTypeOf, test } from 'vitest';
import {
  youth2021,
  type Framework,
  type InspectionRating,
  type Youth2021,
} from '../../src/index.js';
import { createLiveAudit, type LiveAudit } from '../../src/live/index.js';

test('setJudgement: a rating for a judgement standard, a discretion decision for a case-sampled one', () => {
  const audit = createLiveAudit(youth2021, { incomplete: 'allow' });
  audit.setJudgement('1.1', { rating: 'Good' });
  audit.setJudgement('2.1', {
    discretion: { rating: 'Good', reason: 'one case from the boundary' },
  });
  audit.setJudgement('2.1', undefined);
  // @ts-expect-error a rating on a standard rated from its cases
  audit.setJudgement('2.1', { rating: 'Good' });
  // @ts-expect-error no such standard in the 2021 framework
  audit.setJudgement('9.9', undefined);
  expectTypeOf(audit.rating()).toEqualTypeOf<InspectionRating<Youth2021, 'allow'>>();
});

test('a typed audit is an audit of any framework', () => {
  const audit = createLiveAudit(youth2021);
  expectTypeOf(audit).toMatchTypeOf<LiveAudit>();
  expectTypeOf(audit).toMatchTypeOf<LiveAudit<Framework, 'error'>>();
});
