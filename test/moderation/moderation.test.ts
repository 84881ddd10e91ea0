// Comparing and moderating two audits of the same cases: the measures on worked cases, what "not
// applicable" and blanks count as, how an answer is settled, and every refusal (typed, all at
// once, the input untouched).
import { describe, expect, it } from 'vitest';
import type { RatingRuleError } from '../../src/index.js';
import { compareAudits, moderateCases } from '../../src/moderation/index.js';
import { rateCases, tallyCases, type CaseRecord } from '../../src/cases/index.js';
import { youth2018, youth2021 } from '../../src/index.js';
import { cumberlandCases, cumberlandJudgements } from '../../scripts/cumberland-cases.js';
import { refused } from '../support/refused.js';

const codes = (e: RatingRuleError) => e.issues.map((i) => i.code);

/** The Cumberland cases with some answers changed: [case id, question, answer or undefined for blank]. */
function changed(
  cases: readonly CaseRecord[],
  edits: readonly (readonly [string, string, CaseRecord['answers'][string] | undefined])[],
): CaseRecord[] {
  return cases.map((c) => {
    const answers: Record<string, CaseRecord['answers'][string]> = { ...c.answers };
    for (const [id, q, a] of edits)
      if (id === c.id) {
        if (a === undefined) delete answers[q];
        else answers[q] = a;
      }
    return { ...c, answers };
  });
}

describe('compareAudits: agreement and kappa per key question and overall', () => {
  const first = cumberlandCases();

  it('one answer changed: 7 of 8 alike on 2.1.3, kappa 0.75 exactly, and the disagreement named', () => {
    // 2.1.3: first auditor 3 yes 5 no; the moderator turns court-4 to yes: table [[3,0],[1,4]],
    // p_o = 7/8, p_e = (3·4 + 5·4)/64 = 1/2, kappa = (7/8 − 1/2)/(1/2) = 3/4.
    const second = changed(first, [['court-4', '2.1.3', 'yes']]);
    const a = compareAudits(youth2021, first, second);
    expect(a.keyQuestions['2.1.3']).toMatchObject({
      total: 8,
      agreed: 7,
      percent: 88,
      observed: 0.875,
      expected: 0.5,
      kappa: 0.75,
      fraction: { numerator: 3, denominator: 4 },
      table: [
        [3, 0, 0],
        [1, 4, 0],
        [0, 0, 0],
      ],
    });
    expect(a.disagreements).toEqual([
      {
        case: 'court-4',
        question: '2.1.3',
        keyQuestion: '2.1.3',
        prompt: false,
        first: 'no',
        second: 'yes',
      },
    ]);
    expect(a.overall).toMatchObject({ total: 204, agreed: 203, eligible: 204, notCompared: 0 });
  });

  it('only the cases that can answer a question count: 8 court cases for 2.x, 12 out-of-court for 3.x', () => {
    const a = compareAudits(youth2021, first, first);
    expect(a.keyQuestions['2.2.1']?.eligible).toBe(8);
    expect(a.keyQuestions['3.2.1']?.eligible).toBe(12);
    expect(a.overall.eligible).toBe(8 * 12 + 12 * 9);
  });

  it('"not applicable" is a category: n/a against no is a disagreement, and n/a against n/a agrees', () => {
    const a1 = changed(first, [
      ['court-1', '2.2.1', 'not applicable'],
      ['court-2', '2.2.1', 'not applicable'],
    ]);
    const b1 = changed(first, [
      ['court-1', '2.2.1', 'not applicable'],
      ['court-2', '2.2.1', 'no'],
    ]);
    const kq = compareAudits(youth2021, a1, b1).keyQuestions['2.2.1'];
    expect(kq?.table).toEqual([
      [3, 0, 0],
      [0, 3, 0],
      [0, 1, 1],
    ]);
    expect(kq).toMatchObject({ total: 8, agreed: 7 });
  });

  it('kappa is undefined, never NaN, where both answered yes throughout; agreement is still 100%', () => {
    const allYes = first.map((c) =>
      c.kind === 'court' ? { ...c, answers: { ...c.answers, '2.1.1': 'yes' as const } } : c,
    );
    const kq = compareAudits(youth2021, allYes, allYes).keyQuestions['2.1.1'];
    expect(kq).toMatchObject({ percent: 100, observed: 1, expected: 1, kappa: null });
    expect(kq?.undefinedBecause).toMatch(/same one answer/);
    expect(JSON.stringify(compareAudits(youth2021, allYes, allYes))).not.toMatch(/NaN|Infinity/);
  });

  it('a key question no case can answer compares nothing (2018 3.4.2, youth conditional cautions only)', () => {
    const cases: CaseRecord[] = [
      { id: 'a', kind: 'out-of-court', disposal: 'youth-caution', answers: {} },
    ];
    const kq = compareAudits(youth2018, cases, cases, { unanswered: 'leave-out' }).keyQuestions[
      '3.4.2'
    ];
    expect(kq).toMatchObject({ eligible: 0, total: 0, percent: null, kappa: null });
  });

  it('with unanswered "leave-out", an answer one left blank is counted as not compared', () => {
    const second = changed(first, [['court-1', '2.1.1', undefined]]);
    const a = compareAudits(youth2021, first, second, { unanswered: 'leave-out' });
    expect(a.keyQuestions['2.1.1']).toMatchObject({ eligible: 8, notCompared: 1, total: 7 });
    expect(a.disagreements).toEqual([]);
  });

  it('prompts are listed as disagreements but do not enter the measures', () => {
    const court: CaseRecord = {
      id: 'c',
      kind: 'court',
      disposal: 'community-sentence',
      answers: { '2.1.1': 'yes', '2.1.1.a': 'yes' },
    };
    const a = compareAudits(
      youth2018,
      [court],
      [{ ...court, answers: { ...court.answers, '2.1.1.a': 'no' } }],
      {
        unanswered: 'leave-out',
      },
    );
    expect(a.disagreements).toEqual([
      {
        case: 'c',
        question: '2.1.1.a',
        keyQuestion: '2.1.1',
        prompt: true,
        first: 'yes',
        second: 'no',
      },
    ]);
    expect(a.overall).toMatchObject({ total: 1, agreed: 1 });
  });
});

describe('moderateCases: the moderated audit', () => {
  const first = cumberlandCases();

  it("the moderator's answer stands where given, a blank keeps the first's, and every change is listed", () => {
    const moderator = changed(first, [
      ['court-4', '2.1.3', 'yes'],
      ['court-1', '2.1.1', undefined],
    ]);
    const m = moderateCases(youth2021, first, moderator);
    expect(m.settledBy).toBe('moderator');
    expect(m.changes).toEqual([
      { case: 'court-4', question: '2.1.3', from: 'no', to: 'yes', by: 'second' },
    ]);
    expect(m.cases).toEqual(changed(first, [['court-4', '2.1.3', 'yes']]));
    // The moderated audit rates like any other: 2.1.3 is now 4 of 8.
    expect(tallyCases(youth2021, m.cases).keyQuestions['2.1.3']).toMatchObject({ yes: 4, of: 8 });
    expect(rateCases(youth2021, m.cases, cumberlandJudgements).rating.score).toBe(12);
  });

  it('decisions settle each disagreement between peers, and stand wherever given', () => {
    const second = changed(first, [
      ['court-4', '2.1.3', 'yes'],
      ['oocd-1', '3.1.1', 'no'],
    ]);
    const decisions: CaseRecord[] = [
      { id: 'court-4', kind: 'court', disposal: 'community-sentence', answers: { '2.1.3': 'no' } },
      {
        id: 'oocd-1',
        kind: 'out-of-court',
        disposal: 'youth-conditional-caution',
        answers: { '3.1.1': 'no', '3.1.2': 'no' },
      },
    ];
    const m = moderateCases(youth2021, first, second, { decisions });
    expect(m.settledBy).toBe('decisions');
    expect(m.changes).toEqual([
      { case: 'oocd-1', question: '3.1.1', from: 'yes', to: 'no', by: 'decision' },
      { case: 'oocd-1', question: '3.1.2', from: 'yes', to: 'no', by: 'decision' },
    ]);
  });

  it('two unmoderated lists that disagree are refused, listing every disagreement, never averaged', () => {
    const second = changed(first, [
      ['court-4', '2.1.3', 'yes'],
      ['oocd-1', '3.1.1', 'no'],
    ]);
    const e = refused(() => moderateCases(youth2021, first, second, { settle: 'decisions' }));
    expect(e.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'unresolved-disagreement',
        ['second', 3, 'answers', '2.1.3'],
        'case "court-4": 2.1.3 is "no" in the first list and "yes" in the second list, and no decision settles it: decide it (an answer is never averaged or guessed)',
      ],
      [
        'unresolved-disagreement',
        ['second', 8, 'answers', '3.1.1'],
        'case "oocd-1": 3.1.1 is "yes" in the first list and "no" in the second list, and no decision settles it: decide it (an answer is never averaged or guessed)',
      ],
    ]);
    // A decision for one leaves only the other unresolved.
    const one = refused(() =>
      moderateCases(youth2021, first, second, {
        decisions: [
          {
            id: 'court-4',
            kind: 'court',
            disposal: 'community-sentence',
            answers: { '2.1.3': 'yes' },
          },
        ],
      }),
    );
    expect(one.issues.map((i) => i.path)).toEqual([['second', 8, 'answers', '3.1.1']]);
    // Lists that agree need no decisions.
    expect(moderateCases(youth2021, first, first, { settle: 'decisions' }).cases).toEqual(first);
  });
});

describe('bad input: typed errors, every problem at once, nothing changed', () => {
  const first = cumberlandCases();

  it('a case in one list only is named, in the list that has it; kind and disposal must match', () => {
    const second = first
      .filter((c) => c.id !== 'court-8')
      .map((c) =>
        c.id === 'oocd-2'
          ? { ...c, disposal: 'community-resolution' }
          : c.id === 'court-1'
            ? { ...c, id: 'court-01' }
            : c,
      );
    const e = refused(() =>
      compareAudits(youth2021, first, second, {
        names: { first: 'first.csv', second: 'second.csv' },
      }),
    );
    expect(e.issues.map((i) => [i.code, i.path, i.message])).toEqual([
      [
        'unknown-case',
        ['first', 0, 'id'],
        'case "court-1" is in first.csv but not in second.csv: both must hold the same cases',
      ],
      [
        'unknown-case',
        ['first', 7, 'id'],
        'case "court-8" is in first.csv but not in second.csv: both must hold the same cases',
      ],
      [
        'unknown-case',
        ['second', 0, 'id'],
        'case "court-01" is in second.csv but not in first.csv: both must hold the same cases',
      ],
      [
        'conflicting-evidence',
        ['second', 8, 'disposal'],
        'case "oocd-2" is "community-resolution" in second.csv and "youth-conditional-caution" in first.csv: a case\'s disposal must be the same in both',
      ],
    ]);
  });

  it('each list is checked as an audit (what tallyCases refuses), with paths under its name, together with the options', () => {
    const bad = changed(first, [['court-2', '2.1.1', undefined]]);
    const worse = [...first, { ...first[0], answers: { '9.9.9': 'maybe' } }] as CaseRecord[];
    const e = refused(() =>
      compareAudits(youth2021, bad, worse, { unanswerd: 'leave-out' } as never),
    );
    expect(codes(e)).toEqual(['invalid-option']);
    const all = refused(() => compareAudits(youth2021, bad, worse));
    expect(all.issues.map((i) => [i.code, i.path])).toEqual([
      ['missing-answer', ['first', 1, 'answers', '2.1.1']],
      ['invalid-answer', ['second', 20, 'answers', '9.9.9']],
    ]);
  });

  it('arguments that are not lists, a bad framework and bad options are all reported at once', () => {
    expect(
      codes(
        refused(() => compareAudits(null as never, first, first, { unanswered: 'x' } as never)),
      ),
    ).toEqual(['invalid-argument', 'invalid-option']);
    expect(codes(refused(() => compareAudits(youth2021, 'cases' as never, {} as never)))).toEqual([
      'invalid-argument',
      'invalid-argument',
    ]);
  });

  it('decisions with settle "moderator" are ambiguous, and refused', () => {
    const e = refused(() =>
      moderateCases(youth2021, first, first, { settle: 'moderator', decisions: [] }),
    );
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid-option', ['options', 'decisions']],
    ]);
  });

  it('a decision about a case not in the first list, or of another disposal, is refused', () => {
    const e = refused(() =>
      moderateCases(youth2021, first, first, {
        decisions: [
          { id: 'court-99', kind: 'court', disposal: 'community-sentence', answers: {} },
          { id: 'court-8', kind: 'court', disposal: 'community-sentence', answers: {} },
        ],
      }),
    );
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown-case', ['decisions', 0, 'id']],
      ['conflicting-evidence', ['decisions', 1, 'disposal']],
    ]);
  });

  it('the input lists are never changed', () => {
    const a = cumberlandCases();
    const b = changed(a, [['court-4', '2.1.3', 'yes']]);
    const before = structuredClone([a, b]);
    for (const list of [a, b]) Object.freeze(list).forEach((c) => Object.freeze(c.answers));
    compareAudits(youth2021, a, b);
    const m = moderateCases(youth2021, a, b);
    expect([a, b]).toEqual(before);
    expect(m.cases[3]?.answers).not.toBe(b[3]?.answers);
  });
});
