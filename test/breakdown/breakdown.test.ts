// Figures by group: each group's figures are the tally of its own cases, small numbers are
// suppressed by the stated rule, and bad input is refused.
import { describe, expect, it } from 'vitest';
import { RATINGS, youth2021, type InspectionRating } from '../../src/index.js';
import { breakdownByGroup, breakdownRows } from '../../src/breakdown/index.js';
import { rateCases, tallyCases, type CaseRecord } from '../../src/cases/index.js';
import { suppressTable } from '../../src/breakdown/suppression.js';
import { deepFreeze } from '../../src/model/deep-freeze.js';
import { cumberlandCases } from '../../scripts/cumberland-cases.js';
import { refused } from '../support/refused.js';

const table = (cells: readonly (readonly [number, number])[], k = 5) =>
  suppressTable(
    cells.map(([yes, no]) => ({ yes, no, cap: Infinity })),
    k,
  );

/** Cumberland's 20 cases three times over (24 court, 36 out-of-court), with a team each. */
function auditWithTeams(team: (index: number) => string | undefined): CaseRecord[] {
  return [0, 1, 2]
    .flatMap((copy) => cumberlandCases().map((c) => ({ ...c, id: `${c.id}-${copy}` })))
    .map((c, i) => {
      const value = team(i);
      return value === undefined ? c : { ...c, attributes: { team: value } };
    });
}

describe('the suppression rule, on small tables', () => {
  it('one group under 5 is shown as "fewer than 5", and the next smallest group is withheld so it cannot be subtracted out', () => {
    expect(
      table([
        [3, 0],
        [6, 1],
        [10, 2],
        [20, 0],
      ]),
    ).toEqual(['fewer-than', 'withheld', 'shown', 'shown']);
  });

  it('two small groups whose sum leaves each open are enough on their own', () => {
    // 6 cases between two groups of at most 4: each has 2 to 4; yes and no are open too.
    expect(
      table([
        [2, 1],
        [1, 2],
        [10, 0],
      ]),
    ).toEqual(['fewer-than', 'fewer-than', 'shown']);
  });

  it('two small groups that must both be 4 (8 cases, each fewer than 5) need a third withheld', () => {
    expect(
      table([
        [4, 0],
        [3, 1],
        [10, 0],
      ]),
    ).toEqual(['fewer-than', 'fewer-than', 'withheld']);
  });

  it('small groups with no yes between them (while the whole sample has some) need another withheld', () => {
    expect(
      table([
        [0, 3],
        [0, 2],
        [8, 4],
      ]),
    ).toEqual(['fewer-than', 'fewer-than', 'withheld']);
  });

  it('when withholding every group still leaves the numbers fixed, every group is shown only as "withheld"', () => {
    // Two groups of 4 out of 8: "fewer than 5" each would give both away.
    expect(
      table([
        [4, 0],
        [2, 2],
      ]),
    ).toEqual(['withheld', 'withheld']);
  });

  it('a group whose shown size fixes its cell is not the one withheld: a larger group is', () => {
    // A has 5 cases in all (shown), so "withheld, 5 or more" would fix A at 5 and C at 3.
    const cells = [
      { yes: 5, no: 0, cap: 5 },
      { yes: 7, no: 2, cap: 9 },
      { yes: 2, no: 1, cap: 6 },
    ];
    expect(suppressTable(cells, 5)).toEqual(['shown', 'withheld', 'fewer-than']);
  });

  it('what the whole sample gives away is not counted: with no yes in the whole sample, no group has one', () => {
    expect(
      table([
        [0, 3],
        [0, 9],
      ]),
    ).toEqual(['fewer-than', 'withheld']);
    expect(
      table([
        [0, 0],
        [0, 0],
      ]),
    ).toEqual(['shown', 'shown']);
  });
});

describe('breakdownByGroup', () => {
  const cases = auditWithTeams((i) => ['North', 'South', 'East'][i % 3]);
  const breakdown = breakdownByGroup(youth2021, cases, 'team');

  it('groups are the attribute’s values in order, each with its case count', () => {
    expect(breakdown.groups.map((g) => [g.label, g.cases])).toEqual([
      ['East', { status: 'shown', count: 20 }],
      ['North', { status: 'shown', count: 20 }],
      ['South', { status: 'shown', count: 20 }],
    ]);
    expect(breakdown.cases).toBe(60);
    expect([breakdown.suppressBelow, breakdown.level, breakdown.banding]).toEqual([
      5,
      0.8,
      'rounded',
    ]);
  });

  it('each group’s figures are the tally of its own cases, and the whole sample’s the tally of all', () => {
    const whole = tallyCases(youth2021, cases);
    breakdown.groups.forEach((group, g) => {
      const own = tallyCases(
        youth2021,
        cases.filter((c) => c.attributes?.['team'] === group.value),
      );
      for (const kq of breakdown.keyQuestions) {
        expect([kq.whole.yes, kq.whole.of]).toEqual([
          whole.keyQuestions[kq.keyQuestion]?.yes,
          whole.keyQuestions[kq.keyQuestion]?.of,
        ]);
        const cell = kq.groups[g];
        if (cell?.status !== 'shown') continue;
        expect([cell.yes, cell.of]).toEqual([
          own.keyQuestions[kq.keyQuestion]?.yes,
          own.keyQuestions[kq.keyQuestion]?.of,
        ]);
        expect(cell.interval?.percent).toBe(own.keyQuestions[kq.keyQuestion]?.percent);
      }
    });
  });

  it('a group’s standard, when every key question is shown, is the rule rating of its own cases, indicative, with the bands its intervals allow', () => {
    let rated = 0;
    breakdown.groups.forEach((group, g) => {
      const own: InspectionRating = rateCases(
        youth2021,
        cases.filter((c) => c.attributes?.['team'] === group.value),
        {},
        { incomplete: 'allow' },
      ).rating;
      for (const s of breakdown.standards) {
        const cell = s.groups[g];
        if (cell?.status !== 'rated') continue;
        rated++;
        expect(cell.rating).toBe(own.byStandard[s.standard]?.ruleRating);
        expect(cell.lowest).toBe(own.byStandard[s.standard]?.lowest?.keyQuestion);
        expect(cell.indicative).toBe(true);
        const rank = (r: string) => RATINGS.indexOf(r as never);
        expect(rank(cell.range.from)).toBeLessThanOrEqual(rank(cell.rating));
        expect(rank(cell.range.to)).toBeGreaterThanOrEqual(rank(cell.rating));
      }
    });
    expect(rated).toBeGreaterThan(0);
    const whole: InspectionRating = rateCases(youth2021, cases, {}, { incomplete: 'allow' }).rating;
    for (const s of breakdown.standards)
      expect(s.whole).toMatchObject({
        status: 'rated',
        rating: whole.byStandard[s.standard]?.ruleRating,
        indicative: false,
      });
  });

  it('a group with fewer than 5 cases in a key question shows "fewer than 5", and its standard is not rated', () => {
    // 3 of the 24 court cases are in the small team "West".
    const small = breakdownByGroup(
      youth2021,
      auditWithTeams((i) => (i < 3 ? 'West' : i % 2 === 0 ? 'North' : 'South')),
      'team',
    );
    const west = small.groups.findIndex((g) => g.label === 'West');
    const kq = small.keyQuestions[0];
    expect(kq?.groups[west]).toEqual({ status: 'fewer-than', threshold: 5 });
    expect(kq?.groups.filter((c) => c.status === 'withheld')).toHaveLength(1);
    expect(small.standards[0]?.groups[west]).toEqual({ status: 'withheld' });
    const rows = breakdownRows(small);
    expect(rows).toContainEqual(['2.1.1', 'West', '', '', '', '', '', '', 'fewer than 5']);
    expect(rows).toContainEqual([
      '2.1 (standard)',
      'West',
      '',
      '',
      '',
      '',
      '',
      '',
      'not rated for this group: a key question is suppressed',
    ]);
    expect(small.notes[0]).toContain('indicative');
  });

  it('cases with a blank or missing value form the group "(blank)", last; values are trimmed', () => {
    const mixed = auditWithTeams((i) =>
      i % 4 === 0 ? undefined : i % 4 === 1 ? '   ' : i % 4 === 2 ? ' North ' : 'North',
    );
    const result = breakdownByGroup(youth2021, mixed, 'team', { suppressBelow: 1 });
    expect(result.groups.map((g) => [g.value, g.label, g.blank, g.cases])).toEqual([
      ['North', 'North', false, { status: 'shown', count: 30 }],
      ['', '(blank)', true, { status: 'shown', count: 30 }],
    ]);
  });

  it('the threshold is an option: suppressBelow 1 hides only groups with no case in a figure', () => {
    const result = breakdownByGroup(youth2021, cases, 'team', { suppressBelow: 1 });
    expect(result.keyQuestions.every((k) => k.groups.every((c) => c.status === 'shown'))).toBe(
      true,
    );
  });
});

describe('breakdownByGroup: bad input', () => {
  it('an attribute no case has is refused with the closest name, together with problems in the cases', () => {
    const cases = auditWithTeams(() => 'North');
    const e = refused(() => breakdownByGroup(youth2021, cases, 'Team'));
    expect(e.code).toBe('unknown-column');
    expect(e.message).toContain('did you mean "team"?');
    const bad = [...cases, { ...(cases[0] as CaseRecord) }];
    expect(
      refused(() => breakdownByGroup(youth2021, bad, 'gender')).issues.map((i) => i.code),
    ).toEqual(['duplicate-case', 'unknown-column']);
    expect(refused(() => breakdownByGroup(youth2021, cumberlandCases(), 'team')).message).toContain(
      'the cases have no attributes',
    );
  });

  it('refuses bad options and a bad attribute name, each named, all at once', () => {
    const e = refused(() =>
      breakdownByGroup(
        youth2021,
        cumberlandCases(),
        '' as never,
        {
          suppressBelow: 0,
          level: 1,
          suppress: 5,
        } as never,
      ),
    );
    expect(e.issues.map((i) => i.path.join('.'))).toEqual([
      'options.suppressBelow',
      'options.level',
      'options.suppress',
      'attribute',
    ]);
    expect(refused(() => breakdownByGroup(youth2021, [], 'team')).code).toBe('no-cases');
    expect(
      refused(() => breakdownByGroup(youth2021, cumberlandCases(), 'team', { suppressBelow: 2.5 }))
        .code,
    ).toBe('invalid-option');
  });

  it('refuses more than 1,000 groups', () => {
    const cases = Array.from({ length: 1001 }, (_, i) => ({
      ...(cumberlandCases()[0] as CaseRecord),
      id: `c${i}`,
      attributes: { manager: `m${i}` },
    }));
    expect(refused(() => breakdownByGroup(youth2021, cases, 'manager')).code).toBe(
      'limit-exceeded',
    );
  });

  it('does not change the cases or options', () => {
    const cases = deepFreeze(auditWithTeams((i) => (i % 2 ? 'A' : 'B')));
    const options = Object.freeze({ suppressBelow: 3 });
    const before = JSON.stringify([cases, options]);
    breakdownByGroup(youth2021, cases, 'team', options);
    expect(JSON.stringify([cases, options])).toBe(before);
  });

  it('breakdownRows refuses what is not a breakdown', () => {
    expect(refused(() => breakdownRows({} as never)).code).toBe('invalid-argument');
  });
});
