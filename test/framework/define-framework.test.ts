import { describe, expect, it } from 'vitest';
import {
  defineFramework,
  rateInspection,
  RatingRuleError,
  youth2018,
  type Framework,
} from '../../src/index.js';
import { localAuditDefinition as localAudit } from '../../examples/local-audit-framework.js';

// The local audit framework of examples/custom-framework.ts: stricter bands than HMIP's.

describe('defineFramework: users define frameworks as data', () => {
  it('returns a frozen copy, leaves the definition unfrozen, and rates with its own bands', () => {
    const framework = defineFramework(localAudit);
    expect(Object.isFrozen(framework.domains[0]?.standards[0])).toBe(true);
    expect(Object.isFrozen(localAudit.domains[0])).toBe(false);
    const result = rateInspection(
      {
        framework: 'our-quarterly-audit',
        standards: {
          'A.1': { keyQuestions: { 'A.1.1': { yes: 7, of: 10 }, 'A.1.2': { yes: 10, of: 10 } } },
          'A.2': { keyQuestions: { 'A.2.1': { yes: 9, of: 10 } } },
        },
      },
      { framework },
    );
    expect(result.byStandard['A.1']?.rating).toBe('Requires improvement'); // 70% is Good in the youth bands
    expect(result.byStandard['A.2']?.rating).toBe('Outstanding');
    expect(result).toMatchObject({ score: 4, maximum: 6, overall: 'Good' });
    expect(result.byStandard['A.1']?.triggers?.nearBoundary).toMatchObject({
      boundary: 75,
      distance: 5,
    });
  });

  it('an unchecked framework passed to rateInspection is checked there', () => {
    const broken = { ...localAudit, overallBands: localAudit.overallBands.slice(0, 3) };
    expect(() =>
      rateInspection(
        { framework: 'our-quarterly-audit', standards: {} },
        { framework: broken as Framework },
      ),
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
