// Reading a workbook never trusts its cached formula results: the Ratings sheet's cells are the
// spreadsheet's arithmetic, and the library rates the answers on the Cases and Judgements sheets.
import { describe, expect, it } from 'vitest';
import { youth2021 } from 'hmip-ratings';
import { rateCases } from 'hmip-ratings/cases';
import { casesWorkbook } from '../../src/output/workbook.js';
import { readCasesWorkbook } from '../../src/read/read-workbook.js';
import { readWorkbook } from '../../src/read/workbook-reader.js';
import { limitsOf } from '../../src/read/csv.js';
import { rateAudit } from '../../src/pipelines/rate-audit.js';
import { cumberlandCases, cumberlandJudgements } from '../../scripts/cumberland-cases.js';
import { withWrongCachedResults } from '../support/workbook-edits.js';

describe('a workbook whose Ratings sheet holds wrong cached results', () => {
  it('still rates from its answers (Cumberland 2024: 12 of 36, Requires improvement)', async () => {
    const bytes = withWrongCachedResults(
      await casesWorkbook(youth2021, {
        cases: cumberlandCases(),
        judgements: cumberlandJudgements,
      }),
    );
    // The premise: the file's Ratings sheet says WRONG wherever it has a formula.
    const book = await readWorkbook(bytes, {
      file: 'audit.xlsx',
      limits: limitsOf(undefined),
      wanted: (name) => name === 'Ratings',
    });
    const ratings = book.sheets?.find((s) => s.name === 'Ratings')?.rows ?? [];
    expect(ratings.find((row) => row[0] === 'overall')?.[1]).toBe('WRONG');
    expect(ratings.find((row) => row[0] === 'score')?.[1]).toBe('WRONG');

    const read = await readCasesWorkbook(bytes, { framework: youth2021 });
    const expected = rateCases(youth2021, cumberlandCases(), cumberlandJudgements);
    expect(rateCases(youth2021, read.cases.cases, read.judgements?.judgements)).toEqual(expected);
    const audit = await rateAudit({ cases: { name: 'audit.xlsx', data: bytes } });
    expect(audit.rating).toEqual(expected.rating);
    expect([audit.rating.score, audit.rating.overall]).toEqual([12, 'Requires improvement']);
  });
});
