import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import {
  RATINGS,
  ratingRank,
  ratingScore,
  standardsOf,
  youth2021,
  type DiscretionHook,
} from '../../src/index.js';
import { rateInspectionData } from '../../src/rules/rate-inspection.js';
import { evidence2021, rating } from '../support/arbitraries.js';

type Evidence = { framework: string; standards: Record<string, Record<string, unknown>> };

test.prop([evidence2021])(
  "the overall score is the sum of the counted standards' scores and bands by the overall bands",
  (evidence) => {
    const result = rateInspectionData(evidence);
    const sum = result.standards
      .filter((s) => s.countsTowardOverall)
      .reduce((n, s) => n + ratingScore(s.rating ?? 'Inadequate'), 0);
    expect(result.score).toBe(sum);
    expect(result.counted).toHaveLength(12);
    expect(result.overall).toBe(result.overallBand?.rating);
  },
);

test.prop([evidence2021, rating])(
  'resettlement (4.1) never changes the score or the overall',
  (evidence, r) => {
    const e = evidence as Evidence;
    const changed = { ...e, standards: { ...e.standards, '4.1': { rating: r } } };
    const notRated = {
      ...e,
      standards: { ...e.standards, '4.1': { notRated: 'no resettlement cases to inspect' } },
    };
    const base = rateInspectionData(evidence);
    for (const other of [changed, notRated]) {
      const result = rateInspectionData(other);
      expect(result.score).toBe(base.score);
      expect(result.overall).toBe(base.overall);
    }
  },
);

test.prop([evidence2021, fc.constantFrom('1.1', '1.2', '1.3', '1.4', '3.4')])(
  'the overall score never falls when a standard rises',
  (evidence, id) => {
    const e = evidence as Evidence;
    const current = e.standards[id]?.['rating'] as (typeof RATINGS)[number];
    fc.pre(current !== 'Outstanding');
    const raised = {
      ...e,
      standards: { ...e.standards, [id]: { rating: RATINGS[ratingRank(current) + 1] } },
    };
    const before = rateInspectionData(evidence);
    const after = rateInspectionData(raised);
    expect(after.score).toBe(before.score + 1);
    expect(ratingRank(after.overall ?? 'Inadequate')).toBeGreaterThanOrEqual(
      ratingRank(before.overall ?? 'Inadequate'),
    );
  },
);

test.prop([evidence2021, fc.constantFrom(-1, 0, 1, 2, -2)])(
  'discretion results are always the rule rating or adjacent; anything further is refused',
  (evidence, step) => {
    const hook: DiscretionHook = ({ ruleRating, triggers }) => {
      const target = RATINGS[ratingRank(ruleRating) + step];
      return target && triggers.anyFired ? { rating: target, reason: 'property test' } : undefined;
    };
    let result;
    try {
      result = rateInspectionData(evidence, { discretion: hook });
    } catch (e) {
      expect(Math.abs(step)).toBe(2);
      expect((e as { code: string }).code).toBe('discretion-not-adjacent');
      return;
    }
    for (const s of result.standards) {
      if (s.ruleRating === undefined || s.rating === undefined) continue;
      expect(Math.abs(ratingRank(s.rating) - ratingRank(s.ruleRating))).toBeLessThanOrEqual(1);
      if (s.discretion) expect(s.triggers?.anyFired).toBe(true);
    }
  },
);

test.prop([evidence2021])("rating never changes the caller's evidence", (evidence) => {
  const copy = structuredClone(evidence);
  rateInspectionData(evidence);
  expect(evidence).toEqual(copy);
});

test.prop([evidence2021])(
  'every case-sampled standard lists all its key questions in framework order, with a band unless empty',
  (evidence) => {
    const result = rateInspectionData(evidence);
    for (const standard of standardsOf(youth2021).filter((s) => s.ratedBy === 'key-questions')) {
      const s = result.byStandard[standard.id];
      expect(s?.keyQuestions.map((k) => k.keyQuestion)).toEqual(
        standard.keyQuestions.map((k) => k.id),
      );
      for (const k of s?.keyQuestions ?? []) expect(k.empty || k.band !== undefined).toBe(true);
    }
  },
);
