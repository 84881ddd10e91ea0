import { test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectionRatingSchema, rateInspection, youth2021 } from '../../src/index.js';
import { publishedInspections } from '../../src/published/index.js';
import { rateCases } from '../../src/cases/index.js';
import { schemaFiles, schemaJson } from '../../scripts/make-schemas.js';
import { cumberlandCases } from '../../scripts/cumberland-cases.js';
import { rateInspectionData } from '../../src/rules/rate-inspection.js';
import { evidence2021 } from '../support/arbitraries.js';

describe('JSON Schema files shipped in schemas/', () => {
  for (const name of Object.keys(schemaFiles) as (keyof typeof schemaFiles)[]) {
    it(`${name} is generated from the zod schema (npm run schemas)`, () => {
      expect(readFileSync(`packages/hmip-ratings/schemas/${name}`, 'utf8')).toBe(schemaJson(name));
    });
  }
});

describe('inspectionRatingSchema describes real results exactly', () => {
  it('for the published inspections and a rating from cases', () => {
    for (const { evidence } of publishedInspections)
      expect(inspectionRatingSchema.safeParse(rateInspection(evidence)).error).toBeUndefined();
    expect(
      inspectionRatingSchema.safeParse(
        rateCases(
          youth2021,
          cumberlandCases(),
          { '1.1': { rating: 'Good' } },
          { incomplete: 'allow' },
        ).rating,
      ).error,
    ).toBeUndefined();
  });
  test.prop([evidence2021])('for any valid evidence', (evidence) => {
    expect(inspectionRatingSchema.safeParse(rateInspectionData(evidence)).error).toBeUndefined();
  });
});
