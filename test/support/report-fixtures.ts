// The Cumberland example audit (examples/cumberland), rated as the command rates it, with a
// gender column added so the report has a sub-group table, and the report's full input.
import { readFileSync } from 'node:fs';
import { breakdownByGroup } from '../../src/breakdown/index.js';
import { ratingIntervals, resampleRating } from '../../src/confidence/index.js';
import { youth2021, type InspectionRating } from '../../src/index.js';
import { rateAudit, type ReportInput } from '../../src/sheets.js';

export const CASES = readFileSync('examples/cumberland/cases.csv', 'utf8');
export const JUDGEMENTS = readFileSync('examples/cumberland/judgements.csv', 'utf8');

/** The cases with a gender column: every third case a girl. */
export const CASES_WITH_GENDER = CASES.trimEnd()
  .split('\n')
  .map((line, i) => `${line},${i === 0 ? 'gender' : i % 3 === 0 ? 'girl' : 'boy'}`)
  .join('\n');

/** The Cumberland audit rated from its sheets. */
export async function cumberlandAudit(cases = CASES_WITH_GENDER, judgements = JUDGEMENTS) {
  return rateAudit({
    cases: { name: 'cases.csv', data: cases },
    judgements: { name: 'judgements.csv', data: judgements },
  });
}

/** Everything a report can show: margins, intervals, resampling (seed 1) and a breakdown. */
export async function fullInput(
  audit?: Awaited<ReturnType<typeof cumberlandAudit>>,
): Promise<ReportInput> {
  const a = audit ?? (await cumberlandAudit());
  const cases = a.cases.cases;
  return {
    rating: a.rating,
    tally: a.tally,
    margins: a.margins,
    confidence: {
      intervals: ratingIntervals(a.rating, youth2021),
      resampled: resampleRating(youth2021, cases, a.judgements?.judgements, { resamples: 500 }),
    },
    breakdown: breakdownByGroup(youth2021, cases, 'gender'),
  };
}

/** A rating's key-question standards. */
export const sampled = (rating: InspectionRating) =>
  rating.standards.filter((s) => s.method === 'key-questions');

export const OPTIONS = { version: '1.2.3', date: '2025-03-07' } as const;
