// The live audit against rateCases: any sequence of edits, on either framework, under any of the
// options, gives after every step exactly what rateCases gives on the records and judgements the
// test keeps itself; an edit is refused exactly when rateCases refuses the result, with problems
// rateCases also reports, and a refused edit changes nothing.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import {
  RATINGS,
  RatingRuleError,
  standardsOf,
  youth2018,
  youth2021,
  type DiscretionHook,
  type Framework,
} from '../../src/index.js';
import { rateCases, type CaseRecord, type CaseRating } from '../../src/cases/index.js';
import { createLiveAudit, type LiveAudit } from '../../src/live/index.js';

type Answer = CaseRecord['answers'][string] | undefined;
type Edit =
  | {
      readonly type: 'answer';
      readonly at: number;
      readonly question: number;
      readonly answer: Answer;
    }
  | {
      readonly type: 'add';
      readonly disposal: number;
      readonly answers: readonly Answer[];
      readonly reuseId: number | null;
    }
  | { readonly type: 'remove'; readonly at: number }
  | { readonly type: 'judge'; readonly standard: number; readonly judgement: number };

const FRAMEWORKS = [youth2018, youth2021] as const;
const answer = fc.constantFrom<Answer>('yes', 'yes', 'no', 'no', 'not applicable', undefined);

/** Every question a case may be asked about: key questions and a few prompts of each framework. */
function questions(framework: Framework): string[] {
  return standardsOf(framework)
    .filter((s) => s.ratedBy === 'key-questions')
    .flatMap((s) =>
      s.keyQuestions.flatMap((kq) => [kq.id, ...kq.prompts.slice(0, 1).map((p) => p.id)]),
    );
}

/** The answers a new case gives: one per key question its kind answers, blanks left out. */
function caseOf(
  framework: Framework,
  id: string,
  disposal: number,
  answers: readonly Answer[],
): CaseRecord {
  const chosen = framework.disposals[disposal % framework.disposals.length]!;
  const record: Record<string, NonNullable<Answer>> = {};
  let n = 0;
  for (const domain of framework.domains)
    for (const standard of domain.standards) {
      if (standard.ratedBy !== 'key-questions') continue;
      for (const kq of standard.keyQuestions) {
        const given = answers[n++ % answers.length];
        if (domain.caseKind !== chosen.kind || given === undefined) continue;
        const applies = !kq.appliesTo || kq.appliesTo.includes(chosen.id);
        record[kq.id] = applies ? given : 'not applicable';
      }
    }
  return { id, kind: chosen.kind, disposal: chosen.id, answers: record };
}

/** The judgements a step may set on a standard: none, a rating, not rated, discretion, a wrong one. */
function judgementOf(framework: Framework, standard: number, pick: number): [string, unknown] {
  const all = standardsOf(framework);
  const s = all[standard % all.length]!;
  const rating = RATINGS[pick % 4]!;
  const choices =
    s.ratedBy === 'judgement'
      ? [
          undefined,
          { rating },
          { rating, decidedBy: 'panel' },
          { notRated: 'no evidence seen' },
          { discretion: { rating, reason: 'x' } },
        ]
      : [
          undefined,
          { discretion: { rating, reason: 'the panel weighed the cases' } },
          { discretion: { rating, reason: 'x' }, decidedBy: 'chair' },
          { rating },
          { decidedBy: 'chair' },
        ];
  return [s.id, choices[Math.floor(pick / 4) % choices.length]];
}

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      type: fc.constant('answer' as const),
      at: fc.nat(),
      question: fc.nat(),
      answer,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('add' as const),
      disposal: fc.nat(),
      answers: fc.array(answer, { minLength: 1, maxLength: 8 }),
      reuseId: fc.oneof(
        { weight: 5, arbitrary: fc.constant(null) },
        { weight: 1, arbitrary: fc.nat() },
      ),
    }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('remove' as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('judge' as const),
      standard: fc.nat(),
      judgement: fc.nat(),
    }),
  },
);

/** A pure hook: raises a standard one band when the one-case trigger fires. */
const hook: DiscretionHook = ({ triggers, adjacent }) =>
  triggers.oneCase.status === 'fired' && adjacent.higher
    ? { rating: adjacent.higher, reason: 'one case from the boundary' }
    : undefined;

const optionsArbitrary = fc.record({
  incomplete: fc.constantFrom('allow' as const, 'allow' as const, 'error' as const),
  unanswered: fc.constantFrom('leave-out' as const, 'leave-out' as const, 'error' as const),
  banding: fc.constantFrom('rounded' as const, 'exact' as const),
  windowInclusive: fc.boolean(),
  hook: fc.boolean(),
});

/** rateCases on the test's own records, or the error it throws. */
function reference(
  framework: Framework,
  cases: CaseRecord[],
  judgements: Record<string, unknown>,
  options: object,
) {
  try {
    return rateCases(framework, cases, judgements as never, options);
  } catch (e) {
    if (e instanceof RatingRuleError) return e;
    throw e;
  }
}

/** The audit gives exactly what rateCases gave, as values and as JSON (so in the same key order). */
function same(
  audit: LiveAudit,
  expected: CaseRating,
  cases: CaseRecord[],
  judgements: Record<string, unknown>,
) {
  expect(audit.rating()).toStrictEqual(expected.rating);
  expect(JSON.stringify(audit.rating())).toBe(JSON.stringify(expected.rating));
  expect(audit.tally()).toStrictEqual(expected.tally);
  expect(JSON.stringify(audit.tally())).toBe(JSON.stringify(expected.tally));
  expect(audit.margins()).toStrictEqual(expected.margins);
  expect(audit.cases()).toStrictEqual(cases);
  expect(audit.judgements()).toEqual(judgements);
  expect(Object.isFrozen(audit.rating()) && Object.isFrozen(audit.rating().standards[0])).toBe(
    true,
  );
}

/** Each of the live audit's problems is one rateCases reports too (the live audit reports those of what the edit touched). */
function sameProblems(live: RatingRuleError, expected: RatingRuleError) {
  const known = new Set(expected.issues.map((i) => `${i.code} ${JSON.stringify(i.path)}`));
  for (const i of live.issues)
    expect(known, i.message).toContain(`${i.code} ${JSON.stringify(i.path)}`);
}

test.prop(
  [
    fc.constantFrom(...FRAMEWORKS),
    optionsArbitrary,
    fc.array(fc.tuple(fc.nat(), fc.array(answer, { minLength: 1, maxLength: 8 })), {
      maxLength: 24,
      size: 'medium',
    }),
    fc.array(fc.constantFrom(...RATINGS), { minLength: 6, maxLength: 6 }),
    fc.array(editArbitrary, { minLength: 1, maxLength: 40, size: 'medium' }),
  ],
  { numRuns: 100 },
)(
  'any sequence of edits gives, after every step, what rateCases gives',
  (framework, opts, start, ratings, edits) => {
    const { hook: withHook, ...rest } = opts;
    const options = withHook ? { ...rest, discretion: hook } : rest;
    // Blanks only where the options leave them out, so most audits can start.
    const blank = (a: Answer): Answer =>
      a === undefined && opts.unanswered === 'error' ? 'no' : a;
    let cases = start.map(([d, a], i) => caseOf(framework, `case-${i}`, d, a.map(blank)));
    // A rating for every judgement standard, so audits under incomplete: 'error' can start.
    let judgements: Record<string, unknown> = {};
    standardsOf(framework)
      .filter((s) => s.ratedBy === 'judgement')
      .forEach((s, i) => (judgements[s.id] = { rating: ratings[i % ratings.length] }));
    const given = JSON.stringify({ cases, judgements });
    const first = reference(framework, cases, judgements, options);
    if (first instanceof RatingRuleError) {
      const e = (() => {
        try {
          createLiveAudit(framework, { cases, judgements: judgements as never, ...options });
        } catch (error) {
          return error;
        }
        return undefined;
      })();
      expect(e).toBeInstanceOf(RatingRuleError);
      expect((e as RatingRuleError).issues).toStrictEqual(first.issues);
      return;
    }
    const audit = createLiveAudit(framework, {
      cases,
      judgements: judgements as never,
      ...options,
    });
    expect(JSON.stringify({ cases, judgements }), 'the inputs are never changed').toBe(given);
    same(audit, first, cases, judgements);
    const asked = questions(framework);
    let added = 0;
    for (const edit of edits) {
      let nextCases = cases;
      let nextJudgements = judgements;
      let run: () => unknown;
      if (edit.type === 'answer') {
        if (cases.length === 0) continue;
        const target = cases[edit.at % cases.length]!;
        const question = asked[edit.question % asked.length]!;
        const answers = { ...target.answers };
        if (edit.answer === undefined) delete answers[question];
        else answers[question] = edit.answer;
        nextCases = cases.map((c) => (c === target ? { ...c, answers } : c));
        run = () => audit.setAnswer(target.id, question, edit.answer);
      } else if (edit.type === 'add') {
        const id =
          edit.reuseId !== null && cases.length > 0
            ? cases[edit.reuseId % cases.length]!.id
            : `added-${added++}`;
        const record = caseOf(framework, id, edit.disposal, edit.answers);
        nextCases = [...cases, record];
        const before = JSON.stringify(record);
        run = () => {
          audit.addCase(record);
          expect(JSON.stringify(record), 'an added record is never changed').toBe(before);
        };
      } else if (edit.type === 'remove') {
        if (cases.length === 0) continue;
        const target = cases[edit.at % cases.length]!;
        nextCases = cases.filter((c) => c !== target);
        run = () => audit.removeCase(target.id);
      } else {
        const [id, value] = judgementOf(framework, edit.standard, edit.judgement);
        nextJudgements = { ...judgements };
        if (value === undefined) delete nextJudgements[id];
        else nextJudgements[id] = value;
        run = () => audit.setJudgement(id as never, value as never);
      }
      const expected = reference(framework, nextCases, nextJudgements, options);
      if (expected instanceof RatingRuleError) {
        let thrown: unknown;
        try {
          run();
        } catch (e) {
          thrown = e;
        }
        expect(
          thrown,
          `${JSON.stringify(edit)} is refused, as rateCases refuses: ${expected.message}`,
        ).toBeInstanceOf(RatingRuleError);
        sameProblems(thrown as RatingRuleError, expected);
        // Refused: the audit is exactly as it was.
        same(
          audit,
          reference(framework, cases, judgements, options) as CaseRating,
          cases,
          judgements,
        );
      } else {
        run();
        cases = nextCases;
        judgements = nextJudgements;
        same(audit, expected, cases, judgements);
      }
    }
  },
);
