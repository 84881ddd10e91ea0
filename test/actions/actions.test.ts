// Improvement actions in the core: beside a rating's figures (Cumberland's published figures), over
// the example's three invented quarterly audits (examples/trend/) before and after each due date,
// and the draft plan from the margins. The interval ends below are Clopper-Pearson at 80%, worked
// out with SciPy 1.x `beta.ppf` (lower = beta.ppf(0.1, x, n-x+1), upper = beta.ppf(0.9, x+1, n-x)),
// the same figures R's binom.test(x, n, conf.level = 0.8) prints.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { RatingRuleError, rateInspection, youth2018, youth2021 } from '../../src/index.js';
import { cumberland2024, walthamForest2024 } from '../../src/published/index.js';
import { ratingMargins } from '../../src/margins/index.js';
import { auditTrend, shareChange } from '../../src/trend/index.js';
import {
  ACTION_STATUSES,
  MAX_ACTIONS,
  actionChanges,
  actionFigures,
  draftActions,
  type ImprovementAction,
} from '../../src/actions/index.js';
import { trendAudits, trendFiles } from '../../src/sheets.js';

const cumberland = rateInspection(cumberland2024);
const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof RatingRuleError) return e.issues.map((i) => [i.code, i.path.join('.')]);
    throw e;
  }
  return [];
};

describe('actionFigures: each action beside its target in a rating', () => {
  it("a key question's yes, of, % yes and band, and a standard's rating and lowest key question (Cumberland, 2024)", () => {
    const figures = actionFigures(cumberland, [
      { action: 'Analyse risk to others in every assessment', target: '2.1.3', owner: 'AB' },
      { action: 'Assessment', target: '2.1', due: '2025-03-31', status: 'in progress' },
      { action: 'Out-of-court policy', target: '3.4' },
      { action: 'Reviewing', target: '2.4.2' },
    ]);
    expect(
      figures.map((f) => [f.kind, f.standard, f.yes, f.of, f.percent, f.band, f.rating]),
    ).toEqual([
      ['key question', '2.1', 3, 8, 38, 'Inadequate', undefined],
      // 2.1 was raised by the panel from Inadequate (the report's footnote): the rating shown is the final one
      ['standard', '2.1', 3, 8, 38, undefined, 'Requires improvement'],
      ['standard', '3.4', undefined, undefined, undefined, undefined, 'Requires improvement'],
      ['key question', '2.4', 2, 8, 25, 'Inadequate', undefined],
    ]);
    expect(figures.map((f) => f.sentence)).toEqual([
      '2.1.3 is 38% (3 of 8), Inadequate',
      '2.1 Assessment is Requires improvement (lowest 2.1.3 38% (3 of 8))',
      '3.4 Out-of-court disposal policy and provision is Requires improvement',
      '2.4.2 is 25% (2 of 8), Inadequate',
    ]);
    expect(figures[1]?.lowest).toBe('2.1.3');
    expect(figures[0]?.action).toEqual({
      action: 'Analyse risk to others in every assessment',
      target: '2.1.3',
      owner: 'AB',
    });
  });

  it('a standard not rated says so (4.1 with no resettlement cases)', () => {
    const rating = rateInspection({
      ...cumberland2024,
      standards: { ...cumberland2024.standards, '4.1': { notRated: 'no resettlement cases' } },
    });
    const [f] = actionFigures(rating, [{ action: 'Resettlement policy', target: '4.1' }]);
    expect(f?.rating).toBeUndefined();
    expect(f?.note).toBe('not rated: no resettlement cases');
  });

  it('reports every problem with the actions at once, each at its place in the list', () => {
    expect(
      issuesOf(() =>
        actionFigures(cumberland, [
          { action: 'a', target: '9.9' },
          { action: 'b', target: '2.1.3.a' },
          { action: 'c', target: '2.1', due: '2025-02-30' },
          { action: 'd', target: '2.1', status: 'red' as never },
          { action: 4 as never, target: '2.1' },
          'not an action' as never,
        ]),
      ),
    ).toEqual([
      ['unknown-key-question', 'actions.0.target'],
      ['unknown-key-question', 'actions.1.target'],
      ['invalid-date', 'actions.2.due'],
      ['invalid-argument', 'actions.3.status'],
      ['invalid-argument', 'actions.4.action'],
      ['invalid-argument', 'actions.5'],
    ]);
  });

  it('checks targets against the rating’s framework: 3.4.2 is a key question of 2018, not of 2021', () => {
    expect(issuesOf(() => actionFigures(cumberland, [{ action: 'a', target: '3.4.2' }]))).toEqual([
      ['unknown-key-question', 'actions.0.target'],
    ]);
    expect(youth2018.domains.some((d) => d.standards.some((s) => s.id === '3.4'))).toBe(true);
  });

  it(`refuses more than ${MAX_ACTIONS} actions, and never changes the caller's list`, () => {
    const many = Array.from({ length: MAX_ACTIONS + 1 }, () => ({ action: 'a', target: '2.1' }));
    expect(issuesOf(() => actionFigures(cumberland, many))).toEqual([
      ['limit-exceeded', 'actions'],
    ]);
    const given: ImprovementAction[] = [{ action: ' keep my spaces ', target: '2.1.3' }];
    const copy = structuredClone(given);
    actionFigures(cumberland, given);
    expect(given).toEqual(copy);
  });

  it('documents its statuses in the order an action goes through them', () => {
    expect(ACTION_STATUSES).toEqual(['not started', 'in progress', 'done']);
  });
});

describe('draftActions: the key questions that hold each standard down', () => {
  const drafts = draftActions(cumberland);

  it('2.1 is held down by 2.1.3 alone: one more yes raises it (as ratingMargins says)', () => {
    expect(drafts.filter((d) => d.standard === '2.1')).toEqual([
      {
        target: '2.1.3',
        text: 'Does assessment sufficiently analyse how to keep other people safe?',
        standard: '2.1',
        ruleRating: 'Inadequate',
        figure: '38% (3 of 8)',
        change: '1 more yes on 2.1.3 raises 2.1 to Requires improvement',
      },
    ]);
    expect(ratingMargins(cumberland).find((m) => m.standard === '2.1')?.sentence).toContain(
      '1 more yes on 2.1.3 makes it Requires improvement',
    );
  });

  it('2.3 is held down by three key questions at 63%, 50% and 50% of 8: each row names all three', () => {
    // Good needs 65%: 6 of 8 (75%) on each; 5, 4 and 4 yes now.
    const rows = drafts.filter((d) => d.standard === '2.3');
    expect(rows.map((d) => [d.target, d.figure])).toEqual([
      ['2.3.1', '63% (5 of 8)'],
      ['2.3.2', '50% (4 of 8)'],
      ['2.3.3', '50% (4 of 8)'],
    ]);
    expect(new Set(rows.map((d) => d.change))).toEqual(
      new Set([
        '1 more yes on 2.3.1 and 2 more yes on 2.3.2 and 2 more yes on 2.3.3 raise 2.3 to Good',
      ]),
    );
  });

  it('has one row per key question below the next band of its standard, none for judgement standards', () => {
    expect(drafts.map((d) => d.target)).toEqual([
      '2.1.3',
      '2.2.3',
      '2.3.1',
      '2.3.2',
      '2.3.3',
      '2.4.2',
      '3.1.3',
      '3.2.3',
      '3.3.2',
      '3.3.3',
    ]);
  });
});

describe('actionChanges: each target before and after its due date (examples/trend)', async () => {
  const folder = 'examples/trend';
  const files = readdirSync(folder)
    .filter((n) => n.endsWith('.csv'))
    .sort()
    .map((name) => ({ name, data: readFileSync(`${folder}/${name}`, 'utf8') }));
  const { trend } = await trendAudits(trendFiles(files));

  it('2.1.3 from 3 of 8 (January) to 11 of 12 (July): beyond the intervals', () => {
    // 80% intervals: 3 of 8 is 14.7% to 65.5%, 11 of 12 is 71.3% to 99.1%: they do not overlap.
    const [c] = actionChanges(
      trend,
      [{ action: 'Risk to others', target: '2.1.3', due: '2024-02-29' }],
      youth2021,
    );
    expect([c?.before?.date, c?.before?.yes, c?.before?.of, c?.before?.band]).toEqual([
      '2024-01-15',
      3,
      8,
      'Inadequate',
    ]);
    expect([c?.after?.date, c?.after?.yes, c?.after?.of, c?.after?.band]).toEqual([
      '2024-07-15',
      11,
      12,
      'Outstanding',
    ]);
    expect(c?.change?.verdict).toBe('beyond-intervals');
    expect(c?.sentence).toBe(
      'due 2024-02-29: 2024-01-15 to 2024-07-15: 2.1.3 rose from 38% (3 of 8) to 92% (11 of 12), from Inadequate to Outstanding; larger than the samples would explain at 80%',
    );
  });

  it('2.2.3 from 2 of 8 to 6 of 12: within the intervals (6.9% to 53.8% and 28.8% to 71.2% overlap)', () => {
    const [c] = actionChanges(
      trend,
      [{ action: 'Contingency planning', target: '2.2.3', due: '2024-03-31' }],
      youth2021,
    );
    expect(c?.change?.verdict).toBe('within-intervals');
    expect(c?.change?.direction).toBe('rose');
    expect(c?.change?.difference).toBe(25);
  });

  it('a due date between the second and third audits compares April with July; a standard by its bands', () => {
    const [c] = actionChanges(
      trend,
      [{ action: 'Reviewing', target: '2.4', due: '2024-05-31' }],
      youth2021,
    );
    expect([c?.before?.date, c?.before?.band, c?.after?.date, c?.after?.band]).toEqual([
      '2024-04-15',
      'Inadequate',
      '2024-07-15',
      'Requires improvement',
    ]);
    expect(c?.change?.verdict).toBe('within-intervals');
  });

  it('an audit on the due date counts as before it', () => {
    const [c] = actionChanges(
      trend,
      [{ action: 'a', target: '2.1.3', due: '2024-04-15' }],
      youth2021,
    );
    expect([c?.before?.date, c?.after?.date]).toEqual(['2024-04-15', '2024-07-15']);
  });

  it('says why an action is not compared: no due date, none before, none after yet, a judgement', () => {
    const changes = actionChanges(
      trend,
      [
        { action: 'a', target: '2.1.3' },
        { action: 'b', target: '2.1.3', due: '2023-12-31' },
        { action: 'c', target: '2.1.3', due: '2024-07-15' },
        { action: 'd', target: '1.1', due: '2024-02-01' },
      ],
      youth2021,
    );
    expect(changes.map((c) => c.reason ?? c.change?.verdict)).toEqual([
      'the action has no due date',
      'no audit on or before its due date 2023-12-31',
      'no audit after its due date 2024-07-15 yet',
      'not-tested',
    ]);
    expect(changes[3]?.change?.reason).toBe('a judgement of the panel, not a sample of cases');
  });

  it('refuses a trend of another framework, and what is not a trend', () => {
    expect(issuesOf(() => actionChanges(trend, [], youth2018))).toEqual([
      ['framework-mismatch', 'framework'],
    ]);
    expect(issuesOf(() => actionChanges({} as never, [], youth2021))).toEqual([
      ['invalid-argument', 'trend'],
    ]);
  });
});

// The verdict is the trend room's own test: for any two figures of a key question, an action's
// verdict is shareChange's.
const figure = fc
  .integer({ min: 1, max: 60 })
  .chain((of) => fc.integer({ min: 0, max: of }).map((yes) => ({ yes, of })));

test.prop([figure, figure, fc.constantFrom(0.5, 0.8, 0.95)], { numRuns: 60 })(
  "an action's verdict is shareChange's for the same two figures",
  (a, b, level) => {
    // Waltham Forest's published figures, with 2.1.3 as drawn (the standard's other key questions stay as printed).
    const evidence = (f: { yes: number; of: number }) => ({
      ...walthamForest2024,
      standards: {
        ...walthamForest2024.standards,
        '2.1': {
          keyQuestions: {
            ...walthamForest2024.standards['2.1'].keyQuestions,
            '2.1.3': { yes: f.yes, of: f.of },
          },
        },
      },
    });
    const trend = auditTrend(
      youth2021,
      [
        { date: '2024-01-15', rating: rateInspection(evidence(a) as never) },
        { date: '2024-07-15', rating: rateInspection(evidence(b) as never) },
      ],
      { level },
    );
    const [c] = actionChanges(
      trend,
      [{ action: 'x', target: '2.1.3', due: '2024-03-31' }],
      youth2021,
    );
    expect(c?.change?.verdict).toBe(shareChange(a, b, { level }).verdict);
  },
);
