import { describe, expect, it } from 'vitest';
import { RatingRuleError, youth2018, youth2021 } from '../../src/index.js';
import {
  casesFromRows,
  judgementsFromRows,
  rateSheets,
  readCasesCsv,
  readJudgementsCsv,
} from '../../src/sheets.js';

const HEADER =
  'case,kind,disposal,2.1.1,2.1.2,2.1.3,2.2.1,2.2.2,2.2.3,2.3.1,2.3.2,2.3.3,2.4.1,2.4.2,2.4.3';
const row = (id: string, disposal: string, answers: string) => `${id},,${disposal},${answers}`;

function errors(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(RatingRuleError);
    return (e as RatingRuleError).issues.map(
      (i) => `${i.location?.file} r${i.location?.row ?? ''} ${i.location?.column ?? ''}: ${i.code}`,
    );
  }
  throw new Error('expected an error');
}

describe('reading a case-audit sheet', () => {
  it('reads ids, derives the kind from the disposal (by id or by name), and normalises answers', () => {
    const sheet = readCasesCsv(
      [
        HEADER,
        row('A1', 'Community sentence', 'Y,y,N/A,yes,No,n,Y,Y,Y,Y,Y,Y'),
        '',
        row('A2', 'custodial-sentence', 'n,N,n,n,n,n,n,n,n,n,n,n'),
      ].join('\n'),
      { framework: youth2021, file: 'audit.csv' },
    );
    expect(sheet.cases[0]).toMatchObject({
      id: 'A1',
      kind: 'court',
      disposal: 'community-sentence',
      answers: { '2.1.1': 'yes', '2.1.3': 'not applicable', '2.2.2': 'no' },
    });
    expect(sheet.rows).toEqual([2, 4]);
    expect(sheet.columns['2.1.3']).toBe('F (2.1.3)');
  });

  it('points every problem at file, row and column, and reports them all', () => {
    const text = [
      HEADER,
      row('A1', 'community sentence', 'Y,maybe,y/n,Y,Y,Y,Y,Y,Y,Y,Y,Y'),
      row('', 'fine', 'Y,Y,Y,Y,Y,Y,Y,Y,Y,Y,Y,Y'),
    ].join('\n');
    expect(errors(() => readCasesCsv(text, { framework: youth2021, file: 'audit.csv' }))).toEqual([
      'audit.csv r2 E (2.1.2): invalid-answer',
      'audit.csv r2 F (2.1.3): ambiguous-answer',
      'audit.csv r3 A (case): invalid-input',
      'audit.csv r3 C (disposal): unknown-disposal',
    ]);
  });

  it('an unknown column names the framework, so a 2018 sheet read as 2021 says so', () => {
    const text = ['case,disposal,3.4.1', 'o1,youth conditional caution,yes'].join('\n');
    expect(errors(() => readCasesCsv(text, { framework: youth2021, file: 'a.csv' }))).toEqual([
      'a.csv r1 C (3.4.1): unknown-column',
    ]);
    expect(readCasesCsv(text, { framework: youth2018, file: 'a.csv' }).cases).toHaveLength(1);
  });

  it('a missing case or disposal column is an error', () => {
    expect(
      errors(() => casesFromRows([['id', '2.1.1']], { framework: youth2021, file: 'a.csv' })),
    ).toEqual(['a.csv r1 A (id): missing-column', 'a.csv r1 : missing-column']);
  });

  it('a malformed CSV never yields a partial rating', () => {
    expect(
      errors(() =>
        readCasesCsv(`${HEADER}\n"A1,court`, { framework: youth2021, file: 'a.csv' }),
      )[0],
    ).toMatch(/^a\.csv r\d+ : invalid-file$/);
  });

  it('rule errors found while tallying point back at the row and column of the case', () => {
    const text = [
      HEADER,
      row('A1', 'community sentence', 'Y,Y,Y,Y,Y,Y,Y,Y,Y,Y,Y,'),
      row('A1', 'community sentence', 'Y,Y,Y,Y,Y,Y,Y,Y,Y,Y,Y,Y'),
    ].join('\n');
    const sheet = readCasesCsv(text, { framework: youth2021, file: 'audit.csv' });
    expect(errors(() => rateSheets(sheet, undefined, { incomplete: 'allow' }))).toEqual([
      'audit.csv r2 O (2.4.3): missing-answer',
      'audit.csv r3 A (case): duplicate-case',
    ]);
  });
});

describe('reading the judgements sheet', () => {
  const text = [
    'standard,name,rating,reason',
    '1.1,Governance,good,',
    '2.1,Assessment,Requires improvement,one case from the boundary',
    '4.1,Resettlement,not rated,no resettlement cases',
    '3.3,,,',
  ].join('\n');
  it('reads ratings, discretion decisions on case-sampled standards, and not rated with a reason; blank ratings are rows, not judgements', () => {
    const sheet = readJudgementsCsv(text, { framework: youth2021 });
    expect(sheet.judgements).toEqual({
      '1.1': { rating: 'Good' },
      '2.1': {
        discretion: { rating: 'Requires improvement', reason: 'one case from the boundary' },
      },
      '4.1': { notRated: 'no resettlement cases' },
    });
    expect(sheet.rows).toEqual({ '1.1': 2, '2.1': 3, '4.1': 4, '3.3': 5 });
  });
  it('refuses a discretion decision without a reason, an unknown standard and a misspelt rating, each located', () => {
    const bad = [
      'standard,rating,reason',
      '2.1,Good,',
      '9.9,Good,',
      '1.2,Grate,',
      '1.2,Good,',
      '1.2,Good,',
    ].join('\n');
    expect(
      errors(() =>
        judgementsFromRows(
          bad.split('\n').map((l) => l.split(',')),
          { framework: youth2021, file: 'j.csv' },
        ),
      ),
    ).toEqual([
      'j.csv r2 C (reason): invalid-input',
      'j.csv r3 A (standard): unknown-standard',
      'j.csv r4 B (rating): invalid-rating',
      'j.csv r5 A (standard): invalid-input',
      'j.csv r6 A (standard): invalid-input',
    ]);
  });
});
