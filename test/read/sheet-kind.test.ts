// What a sheet is, from its headings and cells (read/sheet-kind.ts), and the library pipelines
// refusing the wrong one with one 'wrong-sheet' problem, as the command does.
import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { jsonKind, sheetKind, workbookKind, wrongSheetIssue } from '../../src/read/sheet-kind.js';
import { csvRows, moderateAudits, rateAudit, readCaseload, trendAudits } from '../../src/sheets.js';
import { cumberlandJudgements } from '../../scripts/cumberland-cases.js';
import { refusedAsync as refused } from '../support/refused.js';

const CASES = readFileSync('examples/cumberland/cases.csv', 'utf8');
const CASELOAD = readFileSync('examples/caseload.csv', 'utf8');
const JUDGEMENTS = readFileSync('examples/cumberland/judgements.csv', 'utf8');
const rows = (text: string) => csvRows(text, 'sheet.csv');
/** Cumberland's cases with every answer cleared: a sample as `sample` writes it. */
const UNFILLED = CASES.split('\n')
  .map((line, i) =>
    i === 0 || line === ''
      ? line
      : line
          .split(',')
          .map((c, j) => (j < 3 ? c : ''))
          .join(','),
  )
  .join('\n');

describe('sheetKind', () => {
  it('names the sheets the project reads and writes', () => {
    expect(sheetKind(rows(CASES))).toBe('audit');
    expect(sheetKind(rows(UNFILLED))).toBe('unfilled-sample');
    expect(sheetKind(rows(CASELOAD))).toBe('caseload');
    expect(sheetKind(rows(JUDGEMENTS))).toBe('judgements');
    expect(sheetKind(rows(readFileSync('examples/audited.csv', 'utf8')))).toBe('audit-log');
    expect(sheetKind([['standard', 'name', 'rating', 'rule rating', 'method']])).toBe(
      'rate-results',
    );
    expect(sheetKind([['date', 'label', 'kind', 'figure', 'name', 'rating']])).toBe(
      'trend-results',
    );
    expect(sheetKind([['case', 'question', 'first', 'second', 'decision']])).toBe('moderation');
    expect(sheetKind([['kind', 'disposal', 'eligible', 'proportional', 'sample']])).toBe(
      'sample-plan',
    );
    expect(sheetKind([['case', 'kind', 'disposal', 'disposal date', 'reason', 'detail']])).toBe(
      'sample-exclusions',
    );
  });

  it('headings that carry the question wording are question columns', () => {
    const header = ['case', 'disposal', '2.1.1 Does assessment ...', 'Q2.1.2', '2.1.3'];
    expect(sheetKind([header, ['A', 'youth caution', 'yes', '', '']])).toBe('audit');
    expect(sheetKind([header, ['A', 'youth caution', '', '', '']])).toBe('unfilled-sample');
  });

  it('says nothing sure when it is not sure: the reader then names what is wrong', () => {
    expect(sheetKind([])).toBeUndefined();
    expect(sheetKind([['case', 'disposal', 'gender']])).toBeUndefined();
    // a caseload with its disposal column misspelt is not an audit log
    expect(sheetKind([['case', 'dispsal', 'date', 'gender']])).toBeUndefined();
    // a stray question column in a caseload is the caseload reader's to name
    expect(
      sheetKind([
        ['case', 'disposal', 'date', '2.1.1'],
        ['C1', 'x', '2024-01-01', ''],
      ]),
    ).toBe('caseload');
    // a blank template (no cases) is an audit with no cases, as the reader says
    expect(sheetKind(rows(CASES.split('\n')[0] ?? ''))).toBe('audit');
  });

  test.prop([fc.integer({ min: 0, max: 19 }), fc.integer({ min: 3, max: 23 })])(
    'any one answer in a sheet of blank answers makes it an audit',
    (row, column) => {
      const sheet = rows(UNFILLED);
      const cells = sheet[row + 1] as string[];
      cells[column] = 'yes';
      expect(sheetKind(sheet)).toBe('audit');
    },
  );

  it('workbooks by their sheets, JSON by its fields', () => {
    expect(workbookKind(['Ratings', 'Key questions'])).toBe('results-workbook');
    expect(workbookKind(['Cases', 'Judgements', 'Questions'])).toBe('audit-workbook');
    expect(workbookKind(['Sheet1'])).toBeUndefined();
    expect(jsonKind(cumberlandJudgements)).toBe('judgements');
    expect(jsonKind({ framework: 'hmip-youth-2021', standards: {} })).toBe('evidence');
    expect(jsonKind({ rating: {}, tally: {} })).toBe('rate-results');
    expect(jsonKind({ trend: {}, audits: [] })).toBe('trend-results');
    expect(jsonKind(null)).toBeUndefined();
    expect(jsonKind([])).toBeUndefined();
  });

  it('the problem quotes a file name a shell would split', () => {
    const issue = wrongSheetIssue(rows(CASELOAD), 'audit', {
      file: 'my caseload.csv',
      name: 'my caseload.csv',
    });
    expect(issue?.code).toBe('wrong-sheet');
    expect(issue?.message).toBe(
      'this is a caseload (dates, no answers), not an audit: draw a sample with `hmip-ratings sample "my caseload.csv" --fieldwork YYYY-MM-DD`',
    );
    expect(wrongSheetIssue(rows(CASES), 'audit', { file: 'a.csv', name: 'a.csv' })).toBeUndefined();
  });
});

describe('the library pipelines refuse the wrong sheet as the command does', () => {
  const only = (e: { issues: readonly { code: string; location?: { file?: string } }[] }) =>
    e.issues.map((i) => `${i.location?.file ?? ''} ${i.code}`);

  it('rateAudit: a caseload as the cases, an audit as the judgements', async () => {
    expect(
      only(await refused(() => rateAudit({ cases: { name: 'c.csv', data: CASELOAD } }))),
    ).toEqual(['c.csv wrong-sheet']);
    const e = await refused(() =>
      rateAudit({
        cases: { name: 'a.csv', data: CASES },
        judgements: { name: 'j.csv', data: CASES },
      }),
    );
    expect(only(e)).toEqual(['j.csv wrong-sheet']);
  });

  it('readCaseload: an audit', async () => {
    const e = await refused(() => readCaseload({ name: 'a.csv', data: CASES }));
    expect(only(e)).toEqual(['a.csv wrong-sheet']);
  });

  it('moderateAudits: a caseload', async () => {
    const e = await refused(() =>
      moderateAudits({
        first: { name: 'c.csv', data: CASELOAD },
        second: { name: 'a.csv', data: CASES },
      }),
    );
    expect(only(e)).toEqual(['c.csv wrong-sheet']);
  });

  it('trendAudits: an unfilled sample', async () => {
    const e = await refused(() =>
      trendAudits([
        { cases: { name: 's.csv', data: UNFILLED }, date: '2024-01-01' },
        { cases: { name: 'a.csv', data: CASES }, date: '2024-04-01' },
      ]),
    );
    expect(only(e)).toContain('s.csv wrong-sheet');
  });
});
