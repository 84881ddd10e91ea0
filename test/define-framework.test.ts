import { describe, expect, it } from 'vitest';
import {
  defineFramework,
  rateInspection,
  RatingRuleError,
  youth2018,
  type Framework,
} from '../src/index.js';

// A local audit tool: one domain of two case-sampled standards with stricter bands.
const localAudit = {
  id: 'local-audit',
  name: 'Our case audit',
  keyQuestionBands: [
    { rating: 'Inadequate', from: 0, label: 'under 60%' },
    { rating: 'Requires improvement', from: 60, label: '60-74%' },
    { rating: 'Good', from: 75, label: '75-89%' },
    { rating: 'Outstanding', from: 90, label: '90% or more' },
  ],
  scores: { Inadequate: 0, 'Requires improvement': 1, Good: 2, Outstanding: 3 },
  overallBands: [
    { rating: 'Inadequate', from: 0, to: 1 },
    { rating: 'Requires improvement', from: 2, to: 3 },
    { rating: 'Good', from: 4, to: 5 },
    { rating: 'Outstanding', from: 6, to: 6 },
  ],
  discretion: { windowPoints: 3, smallSample: 4 },
  disposals: [{ id: 'referral-order', name: 'Referral order', kind: 'court' }],
  domains: [
    {
      id: 'A',
      name: 'Casework',
      caseKind: 'court',
      standards: [
        {
          id: 'A.1',
          name: 'Assessment',
          ratedBy: 'key-questions',
          countsTowardOverall: true,
          keyQuestions: [{ id: 'A.1.1', text: 'Is assessment good enough?', prompts: [] }],
        },
        {
          id: 'A.2',
          name: 'Planning',
          ratedBy: 'key-questions',
          countsTowardOverall: true,
          keyQuestions: [{ id: 'A.2.1', text: 'Is planning good enough?', prompts: [] }],
        },
      ],
    },
  ],
  sources: [{ id: 'our-policy', title: 'Our quality-assurance policy' }],
  gaps: [],
} as const satisfies Framework;

describe('defineFramework: users define frameworks as data', () => {
  it('returns a frozen copy, leaves the definition unfrozen, and rates with its own bands', () => {
    const framework = defineFramework(localAudit);
    expect(Object.isFrozen(framework.domains[0]?.standards[0])).toBe(true);
    expect(Object.isFrozen(localAudit.domains[0])).toBe(false);
    const result = rateInspection(
      {
        framework: 'local-audit',
        standards: {
          'A.1': { keyQuestions: { 'A.1.1': { yes: 7, of: 10 } } },
          'A.2': { keyQuestions: { 'A.2.1': { yes: 9, of: 10 } } },
        },
      },
      { framework },
    );
    expect(result.byStandard['A.1']?.rating).toBe('Requires improvement'); // 70% is Good in the youth bands
    expect(result.byStandard['A.2']?.rating).toBe('Outstanding');
    expect(result).toMatchObject({ score: 4, maximum: 6, overall: 'Good' });
    expect(result.byStandard['A.1']?.triggers?.smallSample.limit).toBe(4);
  });

  it('an unchecked framework passed to rateInspection is checked there', () => {
    const broken = { ...localAudit, overallBands: localAudit.overallBands.slice(0, 3) };
    expect(() =>
      rateInspection({ framework: 'local-audit', standards: {} }, { framework: broken as never }),
    ).toThrow(/overall bands must end at the maximum score 6/);
  });

  it.each([
    [
      'a duplicate id',
      { ...youth2018, domains: [youth2018.domains[0], youth2018.domains[0]] },
      /used twice/,
    ],
    [
      'a key-question band gap at 0',
      { ...youth2018, keyQuestionBands: youth2018.keyQuestionBands.slice(1) },
      /start at 0/,
    ],
    [
      'falling bands',
      { ...youth2018, keyQuestionBands: [...youth2018.keyQuestionBands].reverse() },
      /start at 0|must rise/,
    ],
    [
      'overall bands with a gap',
      {
        ...youth2018,
        overallBands: [
          { rating: 'Inadequate', from: 0, to: 6 },
          { rating: 'Good', from: 8, to: 36 },
        ],
      },
      /without gap or overlap/,
    ],
    [
      'overall bands ending below the maximum (the Cheshire 0-30 reading)',
      {
        ...youth2018,
        overallBands: [
          { rating: 'Inadequate', from: 0, to: 6 },
          { rating: 'Requires improvement', from: 7, to: 18 },
          { rating: 'Good', from: 19, to: 30 },
        ],
      },
      /maximum score 36/,
    ],
    [
      'a key question applying to an unknown disposal',
      {
        ...localAudit,
        domains: [
          {
            ...localAudit.domains[0],
            standards: [
              {
                ...localAudit.domains[0].standards[0],
                keyQuestions: [{ id: 'A.1.1', text: 't', prompts: [], appliesTo: ['caution'] }],
              },
              localAudit.domains[0].standards[1],
            ],
          },
        ],
      },
      /unknown disposal/,
    ],
    [
      'a key-question standard with no key questions',
      {
        ...localAudit,
        domains: [
          {
            ...localAudit.domains[0],
            standards: [
              { ...localAudit.domains[0].standards[0], keyQuestions: [] },
              localAudit.domains[0].standards[1],
            ],
          },
        ],
      },
      /has none/,
    ],
    [
      'an id not nested in its parent',
      {
        ...localAudit,
        domains: [
          {
            ...localAudit.domains[0],
            standards: [
              { ...localAudit.domains[0].standards[0], id: 'B.1' },
              localAudit.domains[0].standards[1],
            ],
          },
        ],
      },
      /must start with "A\."/,
    ],
    [
      'a misspelt field',
      { ...localAudit, scores: { ...localAudit.scores, Outstandng: 3 } },
      /unrecognised field/,
    ],
  ])('refuses %s with invalid-framework', (_name, definition, message) => {
    expect(() => defineFramework(definition as never)).toThrow(RatingRuleError);
    try {
      defineFramework(definition as never);
    } catch (e) {
      expect((e as RatingRuleError).code).toBe('invalid-framework');
      expect((e as RatingRuleError).message).toMatch(message);
    }
  });
});
