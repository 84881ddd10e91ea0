// Per-case grades: the distribution as the Westmorland and Furness plan prints it, each share's
// exact interval pinned to R's binom.test, the cross-tab against the key questions checked by hand,
// and the grades by group with breakdownByGroup's suppression.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { youth2021, type Rating } from '../../src/index.js';
import { gradeCrossTab, gradeDistribution, gradesByGroup } from '../../src/grades/index.js';
import { type CaseRecord } from '../../src/cases/index.js';
import { refused } from '../support/refused.js';

const repeat = (grade: Rating, n: number): Rating[] => Array<Rating>(n).fill(grade);
// Westmorland and Furness Youth Justice Service Plan 2024-25 (../shared/seeds/001_...):
// "Since September 2023, 16 cases audited. Below is the outcome of each audit:
//  Outstanding 1, Good 13, Inadequate 2".
const WESTMORLAND = [
  ...repeat('Outstanding', 1),
  ...repeat('Good', 13),
  ...repeat('Inadequate', 2),
];

/** R 4.2.2 binom.test(x, n, conf.level = level)$conf.int, from test/confidence/r-binom-test-grid.csv. */
function rBinom(x: number, n: number, level: string): [number, number] {
  const text = readFileSync(
    new URL('../confidence/r-binom-test-grid.csv', import.meta.url),
    'utf8',
  );
  const row = text
    .split('\n')
    .map((l) => l.split(','))
    .find((c) => c[0] === String(x) && c[1] === String(n) && c[2] === level);
  if (!row) throw new Error(`no R value for ${x}/${n}`);
  return [Number(row[3]), Number(row[4])];
}

describe('gradeDistribution', () => {
  it("counts the seed plan's 16 audits: Outstanding 1, Good 13, Inadequate 2", () => {
    const d = gradeDistribution([...WESTMORLAND, null]);
    expect(d.graded).toBe(16);
    expect(d.notGraded).toBe(1);
    expect(d.shares.map((s) => [s.grade, s.count, s.percent])).toEqual([
      ['Outstanding', 1, 6], // 1/16 = 6.25%
      ['Good', 13, 81], // 13/16 = 81.25%
      ['Requires improvement', 0, 0],
      ['Inadequate', 2, 13], // 2/16 = 12.5%, half up
    ]);
  });

  it("gives each share the exact interval R binom.test gives (80%, HMIP's design level)", () => {
    const d = gradeDistribution(WESTMORLAND);
    expect(d.level).toBe(0.8);
    for (const share of d.shares) {
      const [lower, upper] = rBinom(share.count, 16, '0.80');
      expect(share.lower).toBeCloseTo(lower, 12);
      expect(share.upper).toBeCloseTo(upper, 12);
    }
    // Hand check of one end: with 0 of 16, the upper end solves (1 - p)^16 = 0.1, p = 1 - 0.1^(1/16).
    expect(d.shares[2]?.upper).toBeCloseTo(1 - 0.1 ** (1 / 16), 12); // 0.13403567663993465
    // R: binom.test(13, 16, conf.level = 0.8) gives 0.62877775602235775 to 0.92903363978884401.
    expect(d.shares[1]?.lower).toBeCloseTo(0.62877775602235775, 12);
    expect(d.shares[1]?.upper).toBeCloseTo(0.92903363978884401, 12);
  });

  it('has no shares without a graded case, and refuses what is not a grade', () => {
    expect(gradeDistribution([null, null]).shares[0]).toEqual({
      grade: 'Outstanding',
      count: 0,
      percent: null,
      lower: null,
      upper: null,
    });
    expect(refused(() => gradeDistribution(['Good', 'good' as Rating])).message).toMatch(
      /a grade must be/,
    );
    expect(refused(() => gradeDistribution(['Good'], { level: 1 })).message).toMatch(/level/);
    expect(refused(() => gradeDistribution('Good' as never)).message).toMatch(/list of grades/);
  });
});

// Three cases of domain two, hand-made: two graded Good or better, one Inadequate.
const court = (
  id: string,
  answers: Record<string, 'yes' | 'no' | 'not applicable'>,
  team: string,
): CaseRecord => ({
  id,
  kind: 'court',
  disposal: 'community-sentence',
  answers,
  attributes: { team },
});

describe('gradeCrossTab', () => {
  it('gives % yes among cases graded Good or better and among the rest (hand-checked)', () => {
    const cases = [
      court('a', { '2.1.1': 'yes', '2.1.2': 'yes' }, 'North'),
      court('b', { '2.1.1': 'no', '2.1.2': 'not applicable' }, 'North'),
      court('c', { '2.1.1': 'no', '2.1.2': 'no' }, 'South'),
      court('d', { '2.1.1': 'yes' }, 'South'),
    ];
    const tab = gradeCrossTab(youth2021, cases, ['Outstanding', 'Good', 'Inadequate', null], {
      unanswered: 'leave-out',
    });
    expect([tab.goodOrBetter, tab.belowGood]).toEqual([2, 1]);
    const row = (id: string) => tab.rows.find((r) => r.keyQuestion === id);
    // 2.1.1: a yes, b no -> 1 of 2 = 50% among Good or better; c no -> 0 of 1 among the rest.
    // d is not graded and leaves both columns.
    expect(row('2.1.1')).toEqual({
      keyQuestion: '2.1.1',
      standard: '2.1',
      goodOrBetter: { yes: 1, of: 2, percent: 50 },
      belowGood: { yes: 0, of: 1, percent: 0 },
    });
    // 2.1.2: b is not applicable and leaves the sample: 1 of 1 = 100%; c no: 0 of 1.
    expect(row('2.1.2')?.goodOrBetter).toEqual({ yes: 1, of: 1, percent: 100 });
    // A key question nobody answered has no figure.
    expect(row('3.1.1')?.belowGood).toEqual({ yes: 0, of: 0, percent: null });
  });

  it('refuses a grade list of another length', () => {
    expect(refused(() => gradeCrossTab(youth2021, [court('a', {}, 'N')], [])).message).toMatch(
      /one entry per case/,
    );
  });
});

describe('gradesByGroup', () => {
  const teams = (team: (i: number) => string) =>
    Array.from({ length: 16 }, (_, i) => court(`c${i}`, {}, team(i)));
  const cases = teams((i) => (i < 8 ? 'North' : 'South'));

  it('shows each group with enough graded cases beside the whole', () => {
    const byTeam = gradesByGroup(cases, WESTMORLAND, 'team');
    expect(byTeam.whole.graded).toBe(16);
    // Cases 0-7 North (Outstanding 1, Good 7), 8-15 South (Good 6, Inadequate 2).
    expect(
      byTeam.groups.map((g) => [
        g.label,
        g.grades.status === 'shown' ? g.grades.distribution.shares.map((s) => s.count) : g.grades,
      ]),
    ).toEqual([
      ['North', [1, 7, 0, 0]],
      ['South', [0, 6, 0, 2]],
    ]);
  });

  it('suppresses a small group and withholds another where its counts could be worked out', () => {
    // North 0-5 (Outstanding 1, Good 5), South 6-11 (Good 6), East 12-15 (Good 2, Inadequate 2).
    // East has 4 graded cases: "fewer than 5". With North shown, East's Outstanding count (the
    // whole's 1 minus North's 1 minus South's 0 = 0) could be worked out, so North, the first of
    // the smallest shown groups whose withholding leaves nothing to work out, is withheld.
    const byTeam = gradesByGroup(
      teams((i) => (i < 6 ? 'North' : i < 12 ? 'South' : 'East')),
      WESTMORLAND,
      'team',
    );
    expect(byTeam.groups.map((g) => [g.label, g.grades.status])).toEqual([
      ['East', 'fewer-than'],
      ['North', 'withheld'],
      ['South', 'shown'],
    ]);
    // With one group under 5 beside one other, the other is withheld: it is the whole minus it.
    const two = gradesByGroup(
      teams((i) => (i < 13 ? 'North' : '')),
      WESTMORLAND,
      'team',
    );
    expect(two.groups.map((g) => [g.label, g.grades])).toEqual([
      ['North', { status: 'withheld' }],
      ['(blank)', { status: 'fewer-than', threshold: 5 }],
    ]);
  });

  it('refuses an attribute no case has', () => {
    expect(refused(() => gradesByGroup(cases, WESTMORLAND, 'ward')).message).toMatch(
      /no case has the attribute "ward"/,
    );
  });
});
