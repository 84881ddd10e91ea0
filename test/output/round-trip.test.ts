import { describe, expect, it } from 'vitest';
import { rateCases, type CaseRecord } from '../../src/cases/index.js';
import { youth2018, youth2021 } from '../../src/index.js';
import {
  casesToRows,
  casesWorkbook,
  judgementsFromRows,
  judgementsToRows,
  readCasesCsv,
  readCasesWorkbook,
  toCsv,
} from '../../src/sheets.js';
import { cumberlandCases, cumberlandJudgements } from '../../scripts/cumberland-cases.js';

// The published judgements, with a comma and quotes in a reason and resettlement not rated.
const judgements = {
  ...cumberlandJudgements,
  '2.1': {
    discretion: { rating: 'Requires improvement', reason: 'one case, "quoted", from the boundary' },
  },
  '4.1': { notRated: 'no cases, none at all' },
} as const;

// In 2018, 3.4 Joint working is case-sampled (a rating there would be discretion) and there is no 4.1.
const { '3.4': _jointWorking, '4.1': _resettlement, ...judgements2018 } = judgements;

describe('CSV and workbook round trips lose nothing', () => {
  const cases = cumberlandCases();

  it('CSV: write the cases, read them back, get the same records and the same rating', () => {
    const back = readCasesCsv(toCsv(casesToRows(youth2021, cases)), { framework: youth2021 }).cases;
    expect(back).toEqual(cases);
    expect(rateCases(youth2021, back, judgements).rating).toEqual(
      rateCases(youth2021, cases, judgements).rating,
    );
  });

  it('CSV: the judgements sheet, with commas and quotes in reasons, reads back the same', () => {
    const rows = judgementsToRows(youth2021, judgements);
    expect(judgementsFromRows(rows, { framework: youth2021, file: 'j.csv' }).judgements).toEqual(
      judgements,
    );
  });

  it('workbook: write a template, fill it, read it back', async () => {
    const template = await readCasesWorkbook(await casesWorkbook(youth2018), {
      framework: youth2018,
    });
    expect(template.cases.cases).toEqual([]);
    expect(template.judgements?.judgements).toEqual({});
    const filled: CaseRecord[] = [
      {
        id: 'ycc-1',
        kind: 'out-of-court',
        disposal: 'youth-conditional-caution',
        answers: { '3.4.1': 'yes', '3.4.2': 'no', '3.4.1.a': 'yes', '3.1.1': 'not applicable' },
      },
    ];
    const back = await readCasesWorkbook(
      await casesWorkbook(youth2018, { cases: filled, judgements: judgements2018 }),
      { framework: youth2018 },
    );
    expect(back.cases.cases).toEqual(filled);
    expect(back.judgements?.judgements).toEqual(judgements2018);
  });

  it('workbook: the Cumberland audit reproduces 12/36', async () => {
    const back = await readCasesWorkbook(
      await casesWorkbook(youth2021, {
        cases,
        judgements: { ...judgements, '4.1': { rating: 'Requires improvement' } },
      }),
      { framework: youth2021 },
    );
    const { rating } = rateCases(youth2021, back.cases.cases, back.judgements?.judgements);
    expect([rating.score, rating.overall]).toEqual([12, 'Requires improvement']);
  });
});
