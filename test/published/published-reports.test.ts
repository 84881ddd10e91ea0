import { describe, expect, it } from 'vitest';
import { cheshire2021, cumberland2024, walthamForest2024 } from '../../src/published/index.js';
import { rateInspection, type InspectionEvidence, type Rating } from '../../src/index.js';

// Each table is typed in from the ratings table of the report in ../shared/seeds.
const RI: Rating = 'Requires improvement';
const published: Record<
  string,
  { evidence: InspectionEvidence; score: number; overall: Rating; ratings: Record<string, Rating> }
> = {
  'Cheshire 2021 (2018 standards)': {
    evidence: cheshire2021,
    score: 26,
    overall: 'Good',
    ratings: {
      '1.1': 'Outstanding',
      '1.2': 'Good',
      '1.3': 'Good',
      '1.4': 'Good',
      '2.1': 'Good',
      '2.2': RI,
      '2.3': 'Good',
      '2.4': 'Good',
      '3.1': 'Good',
      '3.2': 'Good',
      '3.3': 'Outstanding',
      '3.4': 'Outstanding',
    },
  },
  'Cumberland 2024 (2021 standards)': {
    evidence: cumberland2024,
    score: 12,
    overall: RI,
    ratings: {
      '1.1': RI,
      '1.2': 'Good',
      '1.3': RI,
      '1.4': 'Good',
      '2.1': RI,
      '2.2': 'Inadequate',
      '2.3': RI,
      '2.4': 'Inadequate',
      '3.1': 'Inadequate',
      '3.2': RI,
      '3.3': 'Good',
      '3.4': RI,
      '4.1': RI,
    },
  },
  'Waltham Forest 2024 (2021 standards)': {
    evidence: walthamForest2024,
    score: 11,
    overall: RI,
    ratings: {
      '1.1': RI,
      '1.2': RI,
      '1.3': RI,
      '1.4': RI,
      '2.1': 'Good',
      '2.2': 'Good',
      '2.3': RI,
      '2.4': RI,
      '3.1': 'Inadequate',
      '3.2': 'Inadequate',
      '3.3': 'Inadequate',
      '3.4': RI,
      '4.1': RI,
    },
  },
};

describe('published ratings tables reproduce exactly', () => {
  for (const [name, report] of Object.entries(published)) {
    describe(name, () => {
      const result = rateInspection(report.evidence);
      it(`scores ${report.score}/36 with overall '${report.overall}'`, () => {
        expect(result.score).toBe(report.score);
        expect(result.maximum).toBe(36);
        expect(result.overall).toBe(report.overall);
        expect(result.complete).toBe(true);
      });
      it('rates every standard as the report prints it', () => {
        const got = Object.fromEntries(result.standards.map((s) => [s.standard, s.rating]));
        expect(got).toEqual(report.ratings);
      });
    });
  }
});

describe('what the published tables show about the rules', () => {
  it('Cumberland 2.1: the rule gives Inadequate at 38% (3 of 8); the panel raised it through the one-case trigger', () => {
    const s = rateInspection(cumberland2024).byStandard['2.1'];
    expect(s?.ruleRating).toBe('Inadequate');
    expect(s?.lowest).toMatchObject({ keyQuestion: '2.1.3', yes: 3, of: 8, percent: 38 });
    expect(s?.triggers?.nearBoundary.status).toBe('not-fired');
    expect(s?.triggers?.nearBoundary.distance).toBe(12);
    expect(s?.triggers?.oneCase.status).toBe('fired');
    expect(s?.triggers?.oneCase.changes).toContainEqual({
      keyQuestion: '2.1.3',
      change: 1,
      rating: 'Requires improvement',
    });
    expect(s?.discretion).toMatchObject({
      from: 'Inadequate',
      to: 'Requires improvement',
      direction: 'raised',
      source: 'evidence',
    });
    expect(s?.rating).toBe('Requires improvement');
  });

  it('Waltham Forest 3.3: 45% (9 of 20) fires the five-point and one-case triggers, yet the rating stays Inadequate', () => {
    const s = rateInspection(walthamForest2024).byStandard['3.3'];
    expect(s?.lowest).toMatchObject({ keyQuestion: '3.3.2', yes: 9, of: 20 });
    expect(s?.triggers?.nearBoundary).toMatchObject({ status: 'fired', boundary: 50, distance: 5 });
    expect(s?.triggers?.oneCase.status).toBe('fired');
    expect(s?.discretion).toBeUndefined();
    expect(s?.rating).toBe('Inadequate');
  });

  it('Cheshire 3.4 Joint working: two youth conditional cautions fire the small-sample trigger; Outstanding unchanged', () => {
    const s = rateInspection(cheshire2021).byStandard['3.4'];
    expect(s?.triggers?.smallSample).toMatchObject({ status: 'fired', cases: 2, limit: 5 });
    expect(s?.rating).toBe('Outstanding');
  });

  it('Cheshire 2.4 is Good with its lowest printed figure at 65%: the band is read from the printed figure', () => {
    const s = rateInspection(cheshire2021).byStandard['2.4'];
    expect(s?.lowest).toMatchObject({ keyQuestion: '2.4.2', percent: 65 });
    expect(s?.rating).toBe('Good');
  });

  it('Cheshire gives percentages only: the one-case trigger is unknown rather than guessed', () => {
    const s = rateInspection(cheshire2021).byStandard['2.2'];
    expect(s?.triggers?.oneCase.status).toBe('unknown');
    expect(s?.triggers?.smallSample.status).toBe('unknown');
  });

  it('resettlement (4.1) is rated but excluded from the overall score', () => {
    const result = rateInspection(cumberland2024);
    expect(result.byStandard['4.1']?.rating).toBe(RI);
    expect(result.byStandard['4.1']?.score).toBeUndefined();
    expect(result.counted).not.toContain('4.1');
    expect(result.counted).toHaveLength(12);
    expect(result.excluded).toEqual([
      { standard: '4.1', reason: 'does not count toward the overall' },
    ]);
  });
});
