// The grade column of an audit sheet: its headings, its words (RI included, any case), a blank for
// a case not graded, and every other word refused at its file, row and column; the same from a
// workbook; and the rating never changed by it.
import { describe, expect, it } from 'vitest';
import { youth2021 } from 'hmip-ratings';
import { rateCases } from 'hmip-ratings/cases';
import { casesWorkbook } from '../../src/output/workbook.js';
import { rateAudit } from '../../src/pipelines/rate-audit.js';
import { casesToRows, toCsv } from '../../src/sheets.js';
import { cumberlandCases, cumberlandJudgements } from '../../scripts/cumberland-cases.js';
import { refusedAsync } from '../support/refused.js';

const WORDS = ['Outstanding', 'good', 'RI', 'r.i.', ' Req. improvement ', 'INADEQUATE', ''];
const EXPECTED = [
  'Outstanding',
  'Good',
  'Requires improvement',
  'Requires improvement',
  'Requires improvement',
  'Inadequate',
  null,
];
/** The Cumberland audit with a grade column headed `heading`, its first cases graded `words`. */
const graded = (words: readonly string[], heading = 'grade') =>
  cumberlandCases().map((c, i) => ({ ...c, attributes: { [heading]: words[i] ?? 'Good' } }));
const judgements = {
  name: 'judgements.csv',
  data: 'standard,rating,reason\n1.1,Good,\n1.2,Good,\n1.3,Good,\n1.4,Good,\n3.4,Good,\n4.1,Good,\n2.1,Requires improvement,raised\n',
};

describe('the grade column', () => {
  it.each(['grade', 'Overall grade', 'Case grade', 'audit outcome'])(
    'is read under the heading "%s", in any spelling the ratings are read',
    async (heading) => {
      const data = toCsv(casesToRows(youth2021, graded(WORDS, heading)));
      const audit = await rateAudit({ cases: { name: 'audit.csv', data }, judgements });
      expect(audit.grades?.column).toBe(heading);
      expect(audit.grades?.grades.slice(0, 7)).toEqual(EXPECTED);
      expect(audit.grades?.grades).toHaveLength(20);
      // The grades never change the rating: the same as the Cumberland audit without them.
      const plain = await rateAudit({
        cases: { name: 'audit.csv', data: toCsv(casesToRows(youth2021, cumberlandCases())) },
        judgements,
      });
      expect(audit.rating).toEqual(plain.rating);
    },
  );

  it('refuses every word that is not a grade at its row and column, all at once', async () => {
    const data = toCsv(casesToRows(youth2021, graded(['Good?', 'G', 'not rated', 'Bad'])));
    const e = await refusedAsync(() =>
      rateAudit({ cases: { name: 'audit.csv', data }, judgements }),
    );
    // 3 fields + 21 key questions: the grade is column Y.
    expect(e.issues.map((i) => [i.location?.row, i.location?.column])).toEqual([
      [2, 'Y (grade)'],
      [3, 'Y (grade)'],
      [4, 'Y (grade)'],
      [5, 'Y (grade)'],
    ]);
    expect(e.issues[3]?.message).toBe(
      '"Bad" is not a grade: use Outstanding, Good, Requires improvement (also RI, R.I., Req. improvement), Inadequate, in any case, or blank when the case was not graded',
    );
  });

  it('refuses two grade columns', async () => {
    const cases = cumberlandCases().map((c) => ({
      ...c,
      attributes: { grade: 'Good', 'overall grade': 'Good' },
    }));
    const data = toCsv(casesToRows(youth2021, cases));
    const e = await refusedAsync(() =>
      rateAudit({ cases: { name: 'audit.csv', data }, judgements }),
    );
    expect(e.message).toContain('"grade" and "overall grade" are both grade columns: keep one');
  });

  it('is read from a workbook as from CSV', async () => {
    const bytes = await casesWorkbook(youth2021, {
      cases: graded(WORDS),
      judgements: cumberlandJudgements,
    });
    const audit = await rateAudit({ cases: { name: 'audit.xlsx', data: bytes } });
    expect(audit.grades?.grades.slice(0, 7)).toEqual(EXPECTED);
    expect(audit.rating).toEqual(
      rateCases(youth2021, cumberlandCases(), cumberlandJudgements).rating,
    );
  });

  it('is absent when the sheet has no grade column', async () => {
    const data = toCsv(casesToRows(youth2021, cumberlandCases()));
    const audit = await rateAudit({ cases: { name: 'audit.csv', data }, judgements });
    expect(audit.grades).toBeUndefined();
  });
});
