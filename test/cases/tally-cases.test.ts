import { describe, expect, it } from 'vitest';
import type { RatingRuleError } from '../../src/index.js';
import { tallyCases, type CaseRecord } from '../../src/cases/index.js';
import { youth2018, youth2021 } from '../../src/index.js';

const court = (
  id: string,
  answers: CaseRecord['answers'],
  disposal = 'community-sentence',
): CaseRecord => ({ id, kind: 'court', disposal, answers });
const oocd = (
  id: string,
  answers: CaseRecord['answers'],
  disposal = 'community-resolution',
): CaseRecord => ({ id, kind: 'out-of-court', disposal, answers });
const all = (answer: CaseRecord['answers'][string], ids: string[]) =>
  Object.fromEntries(ids.map((id) => [id, answer]));
const COURT_KQS = [
  '2.1.1',
  '2.1.2',
  '2.1.3',
  '2.2.1',
  '2.2.2',
  '2.2.3',
  '2.3.1',
  '2.3.2',
  '2.3.3',
  '2.4.1',
  '2.4.2',
  '2.4.3',
];

function codeOf(fn: () => unknown): {
  code: string;
  path: readonly (string | number)[];
  message: string;
} {
  try {
    fn();
  } catch (e) {
    const err = e as RatingRuleError;
    return { code: err.code, path: err.path, message: err.message };
  }
  throw new Error('expected an error');
}

describe('tallyCases counts answers into key-question figures', () => {
  const cases = [
    court('a', { ...all('yes', COURT_KQS), '2.1.3': 'not applicable' }),
    court('b', { ...all('no', COURT_KQS), '2.1.3': 'yes' }),
    court('c', { ...all('yes', COURT_KQS), '2.1.3': 'not applicable' }, 'custodial-sentence'),
  ];
  const tally = tallyCases(youth2021, cases);

  it('matches hand-counted figures', () => {
    expect(tally.keyQuestions['2.1.1']).toEqual({
      yes: 2,
      no: 1,
      notApplicable: 0,
      of: 3,
      percent: 67,
    });
    expect(tally.standards['2.4']?.keyQuestions['2.4.3']).toEqual({ yes: 2, of: 3 });
  });

  it('"not applicable" leaves the question\'s sample, not counted as no', () => {
    expect(tally.keyQuestions['2.1.3']).toEqual({
      yes: 1,
      no: 0,
      notApplicable: 2,
      of: 1,
      percent: 100,
    });
  });

  it('a key question with no applicable case has no figure (of 0), and a domain with no cases is all empty', () => {
    expect(tally.keyQuestions['3.1.1']).toEqual({ yes: 0, no: 0, notApplicable: 0, of: 0 });
    expect(tally.standards['3.1']?.keyQuestions['3.1.1']).toEqual({ yes: 0, of: 0 });
  });

  it('counts cases by kind and disposal, and leaves judgement standards out', () => {
    expect(tally.cases).toEqual({
      total: 3,
      court: 3,
      outOfCourt: 0,
      byDisposal: { 'community-sentence': 2, 'custodial-sentence': 1 },
    });
    expect(Object.keys(tally.standards)).toEqual(['2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3']);
  });
});

describe('which cases answer which questions comes from the framework data', () => {
  const OOCD_2018 = [
    '3.1.1',
    '3.1.2',
    '3.1.3',
    '3.2.1',
    '3.2.2',
    '3.2.3',
    '3.3.1',
    '3.3.2',
    '3.3.3',
    '3.4.1',
  ];
  it('2018: 3.4.2 is answered by youth conditional cautions only; other cases leave it blank', () => {
    const tally = tallyCases(youth2018, [
      oocd('ycc', { ...all('yes', OOCD_2018), '3.4.2': 'yes' }, 'youth-conditional-caution'),
      oocd('cr', all('yes', OOCD_2018)),
    ]);
    expect(tally.keyQuestions['3.4.2']).toMatchObject({ yes: 1, of: 1 });
    expect(tally.keyQuestions['3.4.1']).toMatchObject({ yes: 2, of: 2 });
  });

  it('a case answering a question it cannot answer is an error naming the case and the field', () => {
    const e = codeOf(() =>
      tallyCases(youth2018, [oocd('cr-7', { ...all('yes', OOCD_2018), '3.4.2': 'no' })]),
    );
    expect(e.code).toBe('answer-not-allowed');
    expect(e.path).toEqual(['cases', 0, 'answers', '3.4.2']);
    expect(e.message).toContain(
      'case "cr-7" cannot answer 3.4.2: 3.4.2 applies only to youth-conditional-caution cases',
    );
    const wrongDomain = codeOf(() =>
      tallyCases(youth2021, [court('c1', { ...all('yes', COURT_KQS), '3.1.1': 'yes' })]),
    );
    expect(wrongDomain).toMatchObject({
      code: 'answer-not-allowed',
      path: ['cases', 0, 'answers', '3.1.1'],
    });
  });

  it.each([
    [
      'a duplicate case id',
      [court('a', all('yes', COURT_KQS)), court('a', all('yes', COURT_KQS))],
      'duplicate-case',
      ['cases', 1, 'id'],
    ],
    [
      'an unknown question id',
      [court('a', { ...all('yes', COURT_KQS), '2.1.4': 'yes' })],
      'unknown-key-question',
      ['cases', 0, 'answers', '2.1.4'],
    ],
    [
      'an unrecognised answer',
      [court('a', { ...all('yes', COURT_KQS), '2.1.1': 'maybe' as never })],
      'invalid-answer',
      ['cases', 0, 'answers', '2.1.1'],
    ],
    [
      'an unknown disposal',
      [court('a', all('yes', COURT_KQS), 'fine')],
      'unknown-disposal',
      ['cases', 0, 'disposal'],
    ],
    [
      'a disposal of the other kind',
      [court('a', all('yes', COURT_KQS), 'youth-caution')],
      'invalid-input',
      ['cases', 0, 'kind'],
    ],
    [
      'an unanswered key question',
      [court('a', { ...all('yes', COURT_KQS), '2.4.3': undefined as never })],
      'invalid-answer',
      ['cases', 0, 'answers', '2.4.3'],
    ],
    [
      'a missing key question',
      [court('a', Object.fromEntries(COURT_KQS.slice(1).map((id) => [id, 'yes'])))],
      'missing-answer',
      ['cases', 0, 'answers', '2.1.1'],
    ],
    [
      'a "__proto__" answer key',
      [
        court(
          'a',
          JSON.parse(`{"__proto__": "yes", ${COURT_KQS.map((id) => `"${id}": "yes"`).join(',')}}`),
        ),
      ],
      'unknown-key-question',
      ['cases', 0, 'answers', '__proto__'],
    ],
  ])('%s is an error', (_name, cases, code, path) => {
    expect(codeOf(() => tallyCases(youth2021, cases as CaseRecord[]))).toMatchObject({
      code,
      path,
    });
  });

  it('unanswered key questions may leave the case out of the sample when asked', () => {
    const tally = tallyCases(youth2021, [court('a', { '2.1.1': 'yes' })], {
      unanswered: 'leave-out',
    });
    expect(tally.keyQuestions['2.1.1']?.of).toBe(1);
    expect(tally.keyQuestions['2.1.2']?.of).toBe(0);
  });
});

describe('the prompt table', () => {
  it('has every prompt in framework order with yes, of and percent, in the layout of Cheshire Annexe 2, and says prompts never feed a rating', () => {
    const tally = tallyCases(youth2018, [
      court('a', { ...all('yes', COURT_KQS), '2.1.1.a': 'yes', '2.1.1.b': 'no' }),
      court('b', { ...all('yes', COURT_KQS), '2.1.1.a': 'no' }),
    ]);
    expect(tally.prompts).toHaveLength(94);
    expect(tally.prompts[0]).toMatchObject({
      standard: '2.1',
      keyQuestion: '2.1.1',
      prompt: '2.1.1.a',
      yes: 1,
      of: 2,
      percent: 50,
    });
    expect(tally.prompts[1]).toMatchObject({ prompt: '2.1.1.b', yes: 0, of: 1, percent: 0 });
    expect(tally.prompts[2]).toMatchObject({ prompt: '2.1.1.c', of: 0 });
    expect(tally.prompts[2]?.percent).toBeUndefined();
    expect(tally.promptsNote).toMatch(/never feed a rating/);
    // prompts are not key-question figures
    expect(tally.keyQuestions['2.1.1']).toMatchObject({ yes: 2, of: 2 });
  });
});
