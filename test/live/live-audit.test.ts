// The live audit on the reconstructed Cumberland audit (the published 12/36): each refusal names
// its problem and leaves the audit exactly as it was; unchanged standards are reused; listeners.
import { describe, expect, it } from 'vitest';
import type { RatingRuleError } from '../../src/index.js';
import { youth2018, youth2021, type DiscretionHook } from '../../src/index.js';
import { rateCases, type CaseRecord } from '../../src/cases/index.js';
import { ratingMargins } from '../../src/margins/index.js';
import { createLiveAudit, type LiveAudit, type LiveAuditChange } from '../../src/live/index.js';
import { cumberlandCases, cumberlandJudgements } from '../../scripts/cumberland-cases.js';
import { refused } from '../support/refused.js';

const { '2.1': _decision, ...withoutDecision } = cumberlandJudgements;
const cumberland = () =>
  createLiveAudit(youth2021, { cases: cumberlandCases(), judgements: cumberlandJudgements });

/** Every object reachable from a value that is not frozen, by path. */
function unfrozen(value: unknown, path = '', out: string[] = []): string[] {
  if (value === null || typeof value !== 'object') return out;
  if (!Object.isFrozen(value)) out.push(path || '(top)');
  for (const [key, v] of Object.entries(value)) unfrozen(v, `${path}.${key}`, out);
  return out;
}

/** Everything the audit shows, as text: equal before and after means nothing changed. */
const shown = (audit: LiveAudit) =>
  JSON.stringify([
    audit.rating(),
    audit.tally(),
    audit.margins(),
    audit.cases(),
    audit.judgements(),
  ]);

/** The error an edit throws; the audit must show exactly what it showed before. */
function refusedEdit(audit: LiveAudit, edit: () => unknown): RatingRuleError {
  const before = shown(audit);
  const e = refused(edit);
  expect(shown(audit)).toBe(before);
  return e;
}

const court = (id: string, answers: CaseRecord['answers'] = {}): CaseRecord => ({
  id,
  kind: 'court',
  disposal: 'community-sentence',
  answers,
});

describe('the live audit starts where rateCases does', () => {
  it('Cumberland: 12/36, Requires improvement, with the same tally and margins', () => {
    const audit = cumberland();
    const expected = rateCases(youth2021, cumberlandCases(), cumberlandJudgements);
    expect(audit.rating().score).toBe(12);
    expect(audit.rating().overall).toBe('Requires improvement');
    expect(audit.rating()).toStrictEqual(expected.rating);
    expect(audit.tally()).toStrictEqual(expected.tally);
    expect(audit.margins()).toStrictEqual(ratingMargins(expected.rating, youth2021));
  });

  it('an empty audit (incomplete allowed) rates nothing from cases, and fills in as cases come', () => {
    const audit = createLiveAudit(youth2018, { incomplete: 'allow', unanswered: 'leave-out' });
    expect(audit.rating().complete).toBe(false);
    expect(audit.rating().standards.every((s) => s.status === 'not-rated')).toBe(true);
    const change = audit.addCase(court('c1', { '2.1.1': 'yes', '2.1.2': 'no' }));
    expect(change).toEqual({ edit: 'case added', standards: ['2.1'] });
    expect(audit.rating().byStandard['2.1']?.keyQuestions.map((k) => [k.of, k.empty])).toEqual([
      [1, false],
      [1, false],
      [0, true],
    ]);
  });

  it('the Cumberland example: two answers lift 2.2 to Requires improvement, and the score to 13', () => {
    const audit = cumberland();
    expect(audit.rating().byStandard['2.2']?.lowest).toMatchObject({
      keyQuestion: '2.2.3',
      yes: 2,
      of: 8,
    });
    expect(audit.setAnswer('court-3', '2.2.3', 'yes').standards).toEqual(['2.2']);
    expect(audit.rating().byStandard['2.2']?.rating).toBe('Inadequate'); // 3 of 8, 38%
    audit.setAnswer('court-4', '2.2.3', 'yes');
    expect(audit.rating().byStandard['2.2']?.rating).toBe('Requires improvement'); // 4 of 8, 50%
    expect(audit.rating().score).toBe(13);
  });
});

describe('each refusal names its problem and changes nothing', () => {
  it('a case that is not in the audit, or no case id at all', () => {
    const audit = cumberland();
    const e = refusedEdit(audit, () => audit.setAnswer('court-99', '2.1.1', 'yes'));
    expect(e.code).toBe('unknown-case');
    expect(e.message).toBe('caseId: there is no case "court-99" in the audit (20 cases)');
    expect(refusedEdit(audit, () => audit.removeCase('court-99')).code).toBe('unknown-case');
    expect(refusedEdit(audit, () => audit.setAnswer(7 as never, '2.1.1', 'yes')).code).toBe(
      'invalid-argument',
    );
    expect(refusedEdit(audit, () => audit.removeCase({} as never)).code).toBe('invalid-argument');
  });

  it('a question that is none of the framework, or one the case cannot answer, located at the case', () => {
    const audit = cumberland();
    const unknown = refusedEdit(audit, () => audit.setAnswer('court-2', '9.9.9', 'yes'));
    expect(unknown.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown-key-question', ['cases', 1, 'answers', '9.9.9']],
    ]);
    const other = refusedEdit(audit, () => audit.setAnswer('court-2', '3.1.1', 'yes'));
    expect(other.code).toBe('answer-not-allowed');
    expect(other.message).toBe(
      'cases[1].answers["3.1.1"]: case "court-2" cannot answer 3.1.1: it is a court case and 3.1.1 is answered from out-of-court cases',
    );
    for (const id of ['__proto__', 'constructor', 'toString'])
      expect(refusedEdit(audit, () => audit.setAnswer('court-2', id, 'yes')).code).toBe(
        'unknown-key-question',
      );
    expect(refusedEdit(audit, () => audit.setAnswer('court-2', 5 as never, 'yes')).code).toBe(
      'invalid-argument',
    );
    // Saying a question it cannot answer does not apply is allowed, as in a case record.
    expect(audit.setAnswer('court-2', '3.1.1', 'not applicable').standards).toEqual([]);
    expect(audit.tally().keyQuestions['3.1.1']?.notApplicable).toBe(1);
  });

  it('an answer that is not yes, no or not applicable', () => {
    const audit = cumberland();
    for (const answer of ['Y', 'maybe', null, 1, { yes: true }]) {
      const e = refusedEdit(audit, () => audit.setAnswer('oocd-1', '3.1.1', answer as never));
      expect(e.code).toBe('invalid-answer');
      expect(e.path).toEqual(['cases', 8, 'answers', '3.1.1']);
    }
  });

  it('a blank where the case must answer, unless unanswered answers are left out', () => {
    const audit = cumberland();
    const e = refusedEdit(audit, () => audit.setAnswer('court-1', '2.1.1', undefined));
    expect(e.code).toBe('missing-answer');
    expect(e.issues[0]?.fix).toEqual({ option: 'unanswered', value: 'leave-out' });
    const lenient = createLiveAudit(youth2021, {
      cases: cumberlandCases(),
      judgements: cumberlandJudgements,
      unanswered: 'leave-out',
    });
    expect(lenient.setAnswer('court-1', '2.4.1', undefined).standards).toEqual(['2.4']);
    expect(lenient.tally().keyQuestions['2.4.1']?.of).toBe(7);
  });

  it('a case added twice, of a disposal no framework has, or not a case record', () => {
    const audit = cumberland();
    const twice = refusedEdit(audit, () => audit.addCase(cumberlandCases()[0]!));
    expect(twice.code).toBe('duplicate-case');
    expect(twice.path).toEqual(['cases', 20, 'id']);
    const disposal = refusedEdit(audit, () =>
      audit.addCase({ ...court('new'), disposal: 'outcome-22' }),
    );
    expect(disposal.code).toBe('unknown-disposal');
    const kind = refusedEdit(audit, () =>
      audit.addCase({
        id: 'new',
        kind: 'out-of-court',
        disposal: 'community-sentence',
        answers: {},
      }),
    );
    expect(kind.code).toBe('invalid-input');
    for (const bad of [null, 'court-21', { id: '', kind: 'court' }, { ...court('x'), extra: 1 }])
      refusedEdit(audit, () => audit.addCase(bad as never));
    const answer = refusedEdit(audit, () => audit.addCase(court('new', { '2.1.1': 'Y' as never })));
    expect(answer.code).toBe('invalid-answer');
  });

  it('removing the last case a counted standard has (incomplete results not allowed)', () => {
    const audit = createLiveAudit(youth2021, {
      cases: [court('only', { '2.1.1': 'yes' })],
      judgements: {
        '1.1': { rating: 'Good' },
        '1.2': { rating: 'Good' },
        '1.3': { rating: 'Good' },
        '1.4': { rating: 'Good' },
        '3.4': { rating: 'Good' },
        '4.1': { rating: 'Good' },
      },
      unanswered: 'leave-out',
      incomplete: 'allow',
    });
    expect(audit.removeCase('only').standards).toEqual(['2.1']);
    const strict = createLiveAudit(youth2021, {
      cases: cumberlandCases(),
      judgements: withoutDecision,
    });
    for (let i = 1; i < 8; i++) strict.removeCase(`court-${i}`);
    const e = refusedEdit(strict, () => strict.removeCase('court-8'));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual(
      ['2.1', '2.2', '2.3', '2.4'].map((id) => ['counted-standard-not-rated', ['standards', id]]),
    );
  });

  it("an answer after which the panel's discretion decision has no trigger to rest on", () => {
    const audit = cumberland();
    // 2.1 is Inadequate at 3 of 8 on 2.1.3 and the panel raised it (one case from the boundary).
    expect(audit.rating().byStandard['2.1']?.discretion?.to).toBe('Requires improvement');
    const e = refusedEdit(audit, () => audit.setAnswer('court-1', '2.1.3', 'no'));
    expect(e.issues.map((i) => [i.code, i.path])).toEqual([
      ['discretion-without-trigger', ['standards', '2.1', 'discretion']],
    ]);
    // Once the panel's decision is cleared, the same answer is accepted.
    audit.setJudgement('2.1', undefined);
    expect(audit.setAnswer('court-1', '2.1.3', 'no').standards).toEqual(['2.1']);
    expect(audit.rating().byStandard['2.1']?.rating).toBe('Inadequate');
  });

  it('judgements rateCases refuses: an unknown standard, a rating on a case-sampled one, a bad decision', () => {
    const audit = cumberland();
    expect(
      refusedEdit(audit, () => audit.setJudgement('9.9' as never, { rating: 'Good' })).code,
    ).toBe('unknown-standard');
    expect(refusedEdit(audit, () => audit.setJudgement('__proto__' as never, undefined)).code).toBe(
      'unknown-standard',
    );
    expect(
      refusedEdit(audit, () => audit.setJudgement('2.2', { rating: 'Good' } as never)).code,
    ).toBe('conflicting-evidence');
    expect(
      refusedEdit(audit, () =>
        audit.setJudgement('2.2', { discretion: { rating: 'Good', reason: 'two bands up' } }),
      ).code,
    ).toBe('discretion-not-adjacent');
    expect(
      refusedEdit(audit, () => audit.setJudgement('1.1', { rating: 'Fine' as never })).code,
    ).toBe('invalid-rating');
    expect(refusedEdit(audit, () => audit.setJudgement('1.1', 'Good' as never)).code).toBe(
      'invalid-input',
    );
    const missing = refusedEdit(audit, () => audit.setJudgement('1.1', undefined));
    expect(missing.code).toBe('missing-standard');
    expect(missing.issues[0]?.fix).toEqual({ option: 'incomplete', value: 'allow' });
    expect(refusedEdit(audit, () => audit.setJudgement(11 as never, undefined)).code).toBe(
      'invalid-argument',
    );
  });

  it("a discretion hook's own error passes through, and the audit is as it was", () => {
    const boom = new Error('the panel is not sitting');
    let calls = 0;
    const hook: DiscretionHook = () => {
      if (++calls > 7) throw boom;
      return undefined;
    };
    const audit = createLiveAudit(youth2021, {
      cases: cumberlandCases(),
      judgements: withoutDecision,
      discretion: hook,
    });
    const before = shown(audit);
    expect(() => audit.setAnswer('court-3', '2.2.3', 'yes')).toThrow(boom);
    expect(shown(audit)).toBe(before);
  });

  it('createLiveAudit refuses what rateCases refuses, and names itself for a misplaced framework', () => {
    expect(
      refused(() => createLiveAudit(youth2021, { framework: youth2021 } as never)).message,
    ).toBe('options.framework: framework is the first argument of createLiveAudit, not an option');
    expect(refused(() => createLiveAudit(youth2021, { cases: cumberlandCases() })).code).toBe(
      'missing-standard',
    );
    expect(refused(() => createLiveAudit(youth2021, { cases: 'cases' as never })).code).toBe(
      'invalid-input',
    );
    expect(refused(() => createLiveAudit({} as never)).code).toBe('invalid-framework');
  });
});

describe('what the audit holds and hands out', () => {
  it("after one answer, every other standard's result is the one kept, not rebuilt", () => {
    const audit = cumberland();
    const before = audit.rating();
    audit.setAnswer('oocd-2', '3.2.1', 'no');
    const after = audit.rating();
    expect(after).not.toBe(before);
    for (const s of after.standards)
      if (s.standard === '3.2') expect(s).not.toBe(before.byStandard['3.2']);
      else expect(s).toBe(before.byStandard[s.standard]);
    expect(audit.rating()).toBe(after); // read again without an edit: the same object
  });

  it('returns frozen data, and keeps nothing the caller gave or gets', () => {
    const cases = cumberlandCases();
    const given = JSON.stringify(cases);
    const audit = createLiveAudit(youth2021, { cases, judgements: cumberlandJudgements });
    audit.setAnswer('court-3', '2.2.3', 'yes');
    audit.addCase(
      court('new', Object.fromEntries(cases[0]!.answers && Object.entries(cases[0]!.answers))),
    );
    expect(JSON.stringify(cases)).toBe(given);
    (cases[0]!.answers as Record<string, string>)['2.1.1'] = 'no';
    const copy = audit.cases();
    copy[0]!.answers['2.1.1'] = 'no';
    copy.pop();
    expect(audit.cases()[0]?.answers['2.1.1']).toBe('yes');
    expect(audit.cases()).toHaveLength(21);
    audit.setJudgement('2.1', { discretion: { rating: 'Requires improvement', reason: 'panel' } });
    for (const read of [audit.rating(), audit.tally(), audit.margins(), audit.judgements()])
      expect(unfrozen(read)).toEqual([]);
    const rating = audit.rating();
    expect(rating.byStandard['2.1']?.triggers?.oneCase.changes.length).toBeGreaterThan(0);
    expect(Object.isFrozen(rating.byStandard['2.1']?.keyQuestions[0])).toBe(true);
    expect(Object.isFrozen(audit.tally().keyQuestions)).toBe(true);
    expect(Object.isFrozen(audit.margins()[0])).toBe(true);
    expect(Object.isFrozen(audit.judgements()['2.1'])).toBe(true);
  });

  it('reads what it is given once: getters that answer differently later change nothing', () => {
    const lying = <T extends object>(value: T): T => {
      for (const key of Object.keys(value)) {
        const first = (value as Record<string, unknown>)[key];
        let reads = 0;
        Object.defineProperty(value, key, {
          enumerable: true,
          get: () => (reads++ === 0 ? first : typeof first === 'string' ? 'maybe' : first),
        });
      }
      return value;
    };
    const cases = cumberlandCases().map((c) => lying({ ...c, answers: lying({ ...c.answers }) }));
    const judgements = lying(
      Object.fromEntries(
        Object.entries(cumberlandJudgements).map(([id, j]) => [id, lying({ ...j })]),
      ),
    );
    const audit = createLiveAudit(youth2021, { cases, judgements: judgements as never });
    expect(audit.rating()).toStrictEqual(cumberland().rating());
    const added = lying({
      ...court('court-9', { '2.1.1': 'yes' }),
      answers: lying({ '2.1.1': 'yes' as const }),
    });
    const lenient = createLiveAudit(youth2021, {
      cases: cumberlandCases(),
      judgements: cumberlandJudgements,
      unanswered: 'leave-out',
    });
    lenient.addCase(added);
    expect(lenient.cases().at(-1)).toEqual(court('court-9', { '2.1.1': 'yes' }));
    expect(lenient.tally().keyQuestions['2.1.1']).toMatchObject({ yes: 6, of: 9 }); // 5 of 8, and one more
  });

  it('tells each listener which standards an edit changed, until it unsubscribes', () => {
    const audit = cumberland();
    const seen: LiveAuditChange[] = [];
    const stop = audit.subscribe((change) => seen.push(change));
    audit.setAnswer('court-5', '2.3.1', 'no');
    audit.setAnswer('court-5', '2.3.1', 'no'); // the same answer: nothing changes, no one is told
    audit.setJudgement('1.1', { rating: 'Outstanding' });
    audit.removeCase('oocd-12');
    stop();
    audit.setAnswer('court-5', '2.3.1', 'yes');
    expect(seen).toEqual([
      { edit: 'answer', standards: ['2.3'] },
      { edit: 'judgement', standards: ['1.1'] },
      { edit: 'case removed', standards: ['3.1', '3.2', '3.3'] },
    ]);
    expect(refused(() => audit.subscribe('listener' as never)).code).toBe('invalid-argument');
  });

  it('a listener that throws does not undo the edit; the others are still told', () => {
    const audit = cumberland();
    const told: string[] = [];
    audit.subscribe(() => {
      throw new Error('a broken view');
    });
    audit.subscribe((change) => told.push(change.edit));
    expect(() => audit.setJudgement('1.2', { rating: 'Inadequate' })).toThrow('a broken view');
    expect(told).toEqual(['judgement']);
    expect(audit.rating().byStandard['1.2']?.rating).toBe('Inadequate');
  });
});
