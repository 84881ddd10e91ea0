// Bad input to trends: typed errors naming every problem (with file, row and column for files),
// nothing rated, and the caller's input left as it was.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  RatingRuleError,
  keyQuestionsOf,
  rateInspection,
  youth2018,
  youth2021,
} from '../../src/index.js';
import { auditTrend } from '../../src/trend/index.js';
import { cheshire2021 } from '../../src/published/index.js';
import { rateCases, tallyCases, type CaseRecord } from '../../src/cases/index.js';
import {
  casesToRows,
  casesWorkbook,
  formatTrend,
  toCsv,
  trendAudits,
  trendFiles,
} from '../../src/sheets.js';
import { cumberlandCases, cumberlandJudgements } from '../../scripts/cumberland-cases.js';

const caught = async (f: () => unknown): Promise<RatingRuleError> => {
  try {
    await f();
  } catch (e) {
    if (e instanceof RatingRuleError) return e;
    throw e;
  }
  throw new Error('no error');
};
const where = (e: RatingRuleError) =>
  e.issues.map((i) =>
    [i.code, i.location?.file, i.location?.row, i.location?.column, i.message].filter(
      (x) => x !== undefined,
    ),
  );

const cases = cumberlandCases();
const rating = rateCases(youth2021, cases, cumberlandJudgements).rating;
const sheet = (c: readonly CaseRecord[] = cases) => toCsv(casesToRows(youth2021, c));
const CASES = readFileSync('examples/cumberland/cases.csv', 'utf8');
/** A one-case audit of the 2018 standards: a youth conditional caution answering yes throughout. */
const SHEET_2018 = toCsv(
  casesToRows(youth2018, [
    {
      id: 'A1',
      kind: 'out-of-court',
      disposal: 'youth-conditional-caution',
      answers: Object.fromEntries(
        keyQuestionsOf(youth2018)
          .filter((kq) => kq.id.startsWith('3.'))
          .map((kq) => [kq.id, 'yes' as const]),
      ),
    },
  ]),
);

describe('auditTrend refuses bad arguments, naming every problem', () => {
  it('fewer than two audits', async () => {
    const e = await caught(() => auditTrend(youth2021, [{ date: '2024-01-15', rating }]));
    expect(e.code).toBe('invalid-argument');
    expect(e.issues[0]?.message).toBe(
      'audits must be a list of at least two audits to compare (got a list of 1 item)',
    );
  });

  it('dates that are not dates, shared dates, unknown fields and long labels, all at once', async () => {
    const e = await caught(() =>
      auditTrend(youth2021, [
        { date: '2024-02-30', rating },
        { date: '2024-01-15', rating, label: 'x'.repeat(201) },
        { date: '2024-01-15', rating },
        { date: '2024-06-01', rating, dates: 'x' } as never,
      ]),
    );
    expect(e.issues.map((i) => [i.code, i.path.join('.'), i.message])).toEqual([
      [
        'invalid-date',
        'audits.0.date',
        'the audit\'s date must be a date written yyyy-mm-dd that exists, from 1900 (got "2024-02-30")',
      ],
      [
        'invalid-argument',
        'audits.1.label',
        'a label must be text of 1 to 200 characters (got "' + 'x'.repeat(40) + '…")',
      ],
      ['invalid-argument', 'audits.3.dates', 'unknown field "dates"; did you mean "date"?'],
      [
        'invalid-date',
        'audits.2.date',
        'audits 2 and 3 share the date 2024-01-15: give each audit its own date (two audits of one day are one audit: put their cases in one sheet)',
      ],
    ]);
  });

  it('a rating of another framework, ratings under different banding, a tally that does not match', async () => {
    const cheshire = rateInspection(cheshire2021);
    const exact = rateCases(youth2021, cases, cumberlandJudgements, { banding: 'exact' }).rating;
    const other = cases.map((c) =>
      c.id === 'court-8' ? { ...c, answers: { ...c.answers, '2.1.3': 'yes' as const } } : c,
    );
    const e = await caught(() =>
      auditTrend(youth2021, [
        { date: '2021-07-01', rating: cheshire },
        { date: '2024-01-15', rating, tally: tallyCases(youth2021, other) },
        { date: '2024-04-15', rating: exact },
      ]),
    );
    expect(e.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['framework-mismatch', 'audits.0.rating.framework'],
      ['invalid-input', 'audits.1.tally.keyQuestions.2.1.3'],
      ['invalid-input', 'audits.2.rating.policy.banding'],
    ]);
    expect(e.issues[1]?.message).toBe(
      'the tally gives 4 of 8 for 2.1.3 but the rating 3 of 8: give the tally the rating was made from',
    );
  });

  it('a value that is not a rating, and a bad level', async () => {
    const e = await caught(() =>
      auditTrend(
        youth2021,
        [
          { date: '2024-01-15', rating: { score: 3 } as never },
          { date: '2024-04-15', rating },
        ],
        { level: 80 },
      ),
    );
    expect(e.issues.map((i) => i.code)).toContain('invalid-option');
    expect(e.issues.some((i) => i.message.startsWith('not a rating from rateInspection'))).toBe(
      true,
    );
  });

  it('leaves its input as it was', () => {
    const audits = [
      { date: '2024-04-15', label: 'April', rating: structuredClone(rating) },
      { date: '2024-01-15', label: 'January', rating: structuredClone(rating) },
    ];
    const before = JSON.stringify(audits);
    const freeze = (v: unknown): unknown => {
      if (v && typeof v === 'object') {
        Object.values(v).forEach(freeze);
        Object.freeze(v);
      }
      return v;
    };
    freeze(audits);
    auditTrend(youth2021, audits);
    expect(JSON.stringify(audits)).toBe(before);
  });
});

describe('trendAudits: every problem in every file, in one pass, located', () => {
  it('bad answers in two files, and a third with no date', async () => {
    const bad = (answer: string) =>
      CASES.replace(
        'court-3,court,community-sentence,yes',
        `court-3,court,community-sentence,${answer}`,
      );
    const e = await caught(() =>
      trendAudits([
        { cases: { name: 'audit-2024-01-15.csv', data: bad('perhaps') } },
        { cases: { name: 'audit-2024-04-15.csv', data: bad('y/n') } },
        { cases: { name: 'audit.csv', data: CASES } },
      ]),
    );
    expect(where(e)).toEqual([
      [
        'invalid-answer',
        'audit-2024-01-15.csv',
        4,
        'D (2.1.1)',
        '"perhaps" is not an answer: use yes, no or n/a',
      ],
      [
        'ambiguous-answer',
        'audit-2024-04-15.csv',
        4,
        'D (2.1.1)',
        '"y/n" reads as both yes and no: write yes, no or n/a',
      ],
      [
        'invalid-date',
        'audit.csv',
        'the audit has no date: give its date, a "date" column in the case sheet, or a date in the file name (audit-2024-06-30.csv or audit-30-06-2024.csv)',
      ],
    ]);
  });

  it('a date column: one date read from it; cells that disagree or are not dates, located', async () => {
    const dated = (dates: readonly string[]) =>
      sheet(
        cases.map((c, i) => ({ ...c, attributes: { date: dates[i % dates.length] as string } })),
      );
    const good = await trendAudits([
      { cases: { name: 'january.csv', data: dated(['2024-01-15', '']) } },
      { cases: { name: 'april.csv', data: dated(['2024-04-15']) } },
    ]);
    expect(good.audits.map((a) => [a.date, a.dateFrom])).toEqual([
      ['2024-01-15', 'date column'],
      ['2024-04-15', 'date column'],
    ]);
    const e = await caught(() =>
      trendAudits([
        { cases: { name: 'january.csv', data: dated(['2024-01-15', '2024-01-16']) } },
        { cases: { name: 'april.csv', data: dated(['31/04/2024']) } },
      ]),
    );
    // The date column is the 25th (Y): case, kind, disposal, 21 key questions, then date.
    expect(where(e).slice(0, 1)).toEqual([
      [
        'invalid-date',
        'january.csv',
        3,
        'Y (date)',
        "the date column gives the audit's one date: row 2 says 2024-01-15 and this row 2024-01-16 (split the sheet into one audit per date)",
      ],
    ]);
    expect(where(e).at(-1)).toEqual([
      'invalid-date',
      'april.csv',
      21,
      'Y (date)',
      'the audit date "31/04/2024" is not a date: April 2024 has 30 days (read as day/month/year)',
    ]);
  });

  it('the date given wins over the sheet and the name; a bad one is located at its file', async () => {
    const r = await trendAudits([
      { cases: { name: 'audit-2024-01-15.csv', data: CASES }, date: '2023-12-31' },
      { cases: { name: '2024-06-audit.csv', data: CASES } },
    ]);
    expect(r.audits.map((a) => [a.date, a.dateFrom])).toEqual([
      ['2023-12-31', 'given'],
      ['2024-06-01', 'file name'],
    ]);
    const e = await caught(() =>
      trendAudits([
        { cases: { name: 'a.csv', data: CASES }, date: '2024-13-01' },
        { cases: { name: 'b-2024-01-15-2024-02-15.csv', data: CASES } },
      ]),
    );
    expect(e.issues.map((i) => [i.location?.file, i.message])).toEqual([
      ['a.csv', 'the date given for this audit, "2024-13-01", is not a date: there is no month 13'],
      [
        'b-2024-01-15-2024-02-15.csv',
        "the audit's date cannot be read from the file name: the file name has more than one date (2024-01-15, 2024-02-15): give the audit's date",
      ],
    ]);
  });

  it('two audits of one date, and audits of different frameworks', async () => {
    const e = await caught(() =>
      trendAudits([
        { cases: { name: 'audit-2024-01-15.csv', data: CASES } },
        { cases: { name: 'other.csv', data: CASES }, date: '2024-01-15' },
        { cases: { name: 'audit-2018-07-01.csv', data: SHEET_2018 } },
      ]),
    );
    expect(where(e)).toEqual([
      [
        'invalid-date',
        'other.csv',
        '2024-01-15 (from the given) is also the date of audit-2024-01-15.csv: give each audit its own date (two audits of one day are one audit: put their cases in one sheet)',
      ],
      [
        'framework-mismatch',
        'audit-2018-07-01.csv',
        'this audit follows hmip-youth-2018 but audit-2024-01-15.csv follows hmip-youth-2021: a trend compares audits of one framework',
      ],
    ]);
  });

  it('a workbook: its own Judgements sheet is read, and its date found in a date column', async () => {
    const withDates = (date: string) => cases.map((c) => ({ ...c, attributes: { date } }));
    const book = await casesWorkbook(youth2021, {
      cases: withDates('2024-01-15'),
      judgements: cumberlandJudgements,
    });
    const blank = await casesWorkbook(youth2021, { cases: withDates('2024-04-15') });
    const r = await trendAudits([
      { cases: { name: 'january.xlsx', data: book } },
      { cases: { name: 'april.xlsx', data: blank } },
    ]);
    expect(r.audits.map((a) => [a.date, a.dateFrom, a.judgements, a.rating.complete])).toEqual([
      ['2024-01-15', 'date column', 'january.xlsx [Judgements]', true],
      // A template's blank Judgements sheet is no judgements: rated without an overall.
      ['2024-04-15', 'date column', 'april.xlsx [Judgements]', false],
    ]);
  });

  it('without judgements an audit has no overall; with judgements a missing rating is an error', async () => {
    const r = await trendAudits([
      { cases: { name: 'audit-2024-01-15.csv', data: CASES } },
      { cases: { name: 'audit-2024-04-15.csv', data: CASES } },
    ]);
    expect(r.trend.overall.points.map((p) => p.overall)).toEqual([undefined, undefined]);
    expect(r.trend.notes[1]).toBe(
      'No overall rating for 2024-01-15, 2024-04-15: the rating is incomplete (no judgements, or a counted standard not rated), so only the key questions and case-sampled standards are compared there.',
    );
    const e = await caught(() =>
      trendAudits([
        {
          cases: { name: 'audit-2024-01-15.csv', data: CASES },
          judgements: { name: 'j.csv', data: 'standard,rating\n1.1,Good\n' },
        },
        { cases: { name: 'audit-2024-04-15.csv', data: CASES } },
      ]),
    );
    expect(e.issues.every((i) => i.location?.file === 'j.csv')).toBe(true);
    expect(e.issues[0]?.code).toBe('missing-standard');
  });

  it('arguments: not a list, one audit, files of one name, bad options', async () => {
    expect((await caught(() => trendAudits('x' as never))).code).toBe('invalid-argument');
    expect(
      (await caught(() => trendAudits([{ cases: { name: 'a.csv', data: CASES } }]))).message,
    ).toContain('at least two audits');
    const e = await caught(() =>
      trendAudits(
        [{ cases: { name: 'a.csv', data: CASES } }, { cases: { name: 'a.csv', data: CASES } }],
        { level: 2, framework: 'hmip-youth-2022' },
      ),
    );
    expect(e.issues.map((i) => i.code)).toEqual([
      'invalid-option',
      'unknown-framework',
      'invalid-argument',
    ]);
  });
});

describe('trendFiles and formatTrend', () => {
  it('a judgements file with no audit of its name is refused, naming it', async () => {
    const e = await caught(() =>
      trendFiles([
        { name: 'audit-2024-01-15.csv', data: CASES },
        { name: 'audit-2024-04-15-judgements.csv', data: '' },
      ]),
    );
    expect(where(e)).toEqual([
      [
        'invalid-input',
        'audit-2024-04-15-judgements.csv',
        'a judgements file with no audit: its audit is the case sheet of the same name without "judgements" ("audit-2024-04-15.csv" or .xlsx)',
      ],
    ]);
  });

  it('formatTrend refuses a value that is not a trend, and an unknown format', async () => {
    const e = await caught(() => formatTrend({ trend: {} } as never, 'pdf' as never));
    expect(e.issues.map((i) => i.code)).toEqual(['invalid-option', 'invalid-argument']);
  });

  it('text from files is escaped in every format', async () => {
    const r = await trendAudits([
      { cases: { name: 'a.csv', data: CASES }, date: '2024-01-15', label: '=HYPERLINK("x")' },
      {
        cases: { name: 'b.csv', data: CASES },
        date: '2024-04-15',
        label: '<b>*April*</b>\u001b[31m',
      },
    ]);
    expect(formatTrend(r, 'csv')).toContain(`"'=HYPERLINK(""x"")"`);
    expect(formatTrend(r, 'markdown')).toContain('&lt;b&gt;\\*April\\*&lt;/b&gt;');
    expect(formatTrend(r, 'table')).not.toContain('\u001b');
  });
});
