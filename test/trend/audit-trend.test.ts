// The trend of the example's three invented quarterly audits (examples/trend/), with values worked
// out by hand from the sheets and the interval ends pinned against R 4.2.2 binom.test.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditTrend, auditTrendSchema, trendRows } from '../../src/trend/index.js';
import { cumberland2024 } from '../../src/published/index.js';
import { rateInspection, youth2021 } from '../../src/index.js';
import { trendAudits, trendFiles } from '../../src/sheets.js';

const folder = 'examples/trend';
const files = readdirSync(folder)
  .filter((n) => n.endsWith('.csv'))
  .sort()
  .map((name) => ({ name, data: readFileSync(`${folder}/${name}`, 'utf8') }));
const result = await trendAudits(trendFiles(files));
const { trend } = result;
const kq = (id: string) => trend.keyQuestions.find((k) => k.keyQuestion === id);
const standard = (id: string) => trend.standards.find((s) => s.standard === id);

describe('the example: three quarterly audits of one invented service', () => {
  it('reads each audit with its judgements and dates it by its file name', () => {
    expect(
      result.audits.map((a) => [a.date, a.dateFrom, a.file, a.judgements, a.rating.score]),
    ).toEqual([
      ['2024-01-15', 'file name', 'audit-2024-01-15.csv', 'audit-2024-01-15-judgements.csv', 11],
      ['2024-04-15', 'file name', 'audit-2024-04-15.csv', 'audit-2024-04-15-judgements.csv', 13],
      ['2024-07-15', 'file name', 'audit-2024-07-15.csv', 'audit-2024-07-15-judgements.csv', 19],
    ]);
    expect(trend.audits.map((a) => [a.overall, a.sample?.court, a.sample?.outOfCourt])).toEqual([
      ['Requires improvement', 8, 12],
      ['Requires improvement', 8, 12],
      ['Good', 12, 12],
    ]);
    expect(auditTrendSchema.safeParse(trend).success).toBe(true);
  });

  it('2.1.3: 3 of 8, 5 of 8, 11 of 12, with R binom.test intervals at 80%', () => {
    const points = kq('2.1.3')?.points ?? [];
    expect(points.map((p) => [p.yes, p.of, p.percent, p.band])).toEqual([
      [3, 8, 38, 'Inadequate'],
      [5, 8, 63, 'Requires improvement'],
      [11, 12, 92, 'Outstanding'],
    ]);
    // R 4.2.2 binom.test(x, n, conf.level = 0.8)$conf.int
    const r = [
      [0.14685493235134381, 0.65537681314598117],
      [0.34462318685401877, 0.85314506764865616],
      [0.71250219499080658, 0.99125838904530328],
    ];
    points.forEach((p, i) => {
      expect(p.lower).toBeCloseTo(r[i]?.[0] as number, 12);
      expect(p.upper).toBeCloseTo(r[i]?.[1] as number, 12);
    });
  });

  it('only 2.1.3 from first to last changes by more than the intervals allow', () => {
    const t = kq('2.1.3');
    expect(t?.changes.map((c) => c.verdict)).toEqual(['within-intervals', 'within-intervals']);
    expect(t?.firstToLast).toMatchObject({
      verdict: 'beyond-intervals',
      difference: 54,
      bandSteps: 3,
      fromBand: 'Inadequate',
      toBand: 'Outstanding',
    });
    expect(t?.firstToLast.sentence).toBe(
      '2024-01-15 to 2024-07-15: 2.1.3 rose from 38% (3 of 8) to 92% (11 of 12), from Inadequate to Outstanding; larger than the samples would explain at 80%',
    );
    const beyond = [...trend.keyQuestions, ...trend.standards, trend.overall].flatMap((s) =>
      [...s.changes, s.firstToLast].filter((c) => c.verdict === 'beyond-intervals'),
    );
    expect(beyond).toEqual([t?.firstToLast]);
  });

  it('other figures change band within what the samples would explain', () => {
    expect(kq('3.3.2')?.changes.map((c) => c.sentence)).toEqual([
      '2024-01-15 to 2024-04-15: 3.3.2 fell from 67% (8 of 12) to 58% (7 of 12), from Good to Requires improvement; within what the samples would explain at 80%',
      '2024-04-15 to 2024-07-15: 3.3.2 rose from 58% (7 of 12) to 75% (9 of 12), from Requires improvement to Good; within what the samples would explain at 80%',
    ]);
    expect(kq('2.2.3')?.firstToLast.sentence).toBe(
      '2024-01-15 to 2024-07-15: 2.2.3 rose from 25% (2 of 8) to 50% (6 of 12), from Inadequate to Requires improvement; within what the samples would explain at 80%',
    );
    // January to April: 2.1.3, 2.2.3, 3.1.2, 3.1.3 and 3.3.2, and standards 2.1, 2.2, 3.1 and 3.3.
    // April to July: 2.1.1, 2.1.2, 2.1.3, 2.2.1, 2.4.2, 3.1.3, 3.2.3 and 3.3.2; 1.3, 2.1, 2.4,
    // 3.1, 3.2 and 3.3; and the overall. January to July: 2.1.1, 2.1.2, 2.1.3, 2.2.1, 2.2.3,
    // 2.4.2, 3.1.2, 3.1.3 and 3.2.3; 1.3, 2.1, 2.2, 2.4, 3.1 and 3.2; and the overall.
    const count = (from: string, to: string) =>
      trend.bandChanges.filter((b) => b.change.from === from && b.change.to === to).length;
    expect([
      count('2024-01-15', '2024-04-15'),
      count('2024-04-15', '2024-07-15'),
      count('2024-01-15', '2024-07-15'),
    ]).toEqual([9, 15, 16]);
    expect(trend.bandChanges.filter((b) => b.kind === 'overall').map((b) => b.change.to)).toEqual([
      '2024-07-15',
      '2024-07-15',
    ]);
  });

  it("standards: the ratings and the bands their key questions' intervals allow", () => {
    // 2.1 in January: 5 of 8 (34.5% to 85.3%), 5 of 8, 3 of 8 (14.7% to 65.5%). Lower ends are
    // all Inadequate; the upper ends' lowest band is 66%, Good. So Inadequate to Good.
    expect(standard('2.1')?.points.map((p) => [p.rating, p.allowed])).toEqual([
      ['Inadequate', { lowest: 'Inadequate', highest: 'Good' }],
      ['Requires improvement', { lowest: 'Inadequate', highest: 'Outstanding' }],
      ['Good', { lowest: 'Inadequate', highest: 'Outstanding' }],
    ]);
    expect(standard('2.1')?.firstToLast.sentence).toBe(
      '2024-01-15 to 2024-07-15: 2.1 Assessment rose from Inadequate to Good (lowest key question 2.1.3 38% (3 of 8), then 2.1.2 67% (8 of 12)); within what the samples would explain at 80%',
    );
    expect(standard('1.3')?.firstToLast).toMatchObject({
      direction: 'rose',
      verdict: 'not-tested',
      reason: 'a judgement of the panel, not a sample of cases',
    });
  });

  it('the overall: 11, 13 and 19 of 36, and the scores the intervals allow', () => {
    // January: the judgements give 7 (1.1 RI 1, 1.2 Good 2, 1.3 RI 1, 1.4 Good 2, 3.4 RI 1). The
    // case-sampled standards' allowed bands give 0 at the lowest and 2+1+2+1+1+2+3 = 12 at the
    // highest: 7 to 19.
    expect(trend.overall.points.map((p) => [p.score, p.overall, p.allowed])).toEqual([
      [11, 'Requires improvement', { lowest: 7, highest: 19 }],
      [13, 'Requires improvement', { lowest: 7, highest: 22 }],
      [19, 'Good', { lowest: 8, highest: 26 }],
    ]);
    expect(trend.overall.firstToLast.sentence).toBe(
      '2024-01-15 to 2024-07-15: the overall score rose from 11 to 19 of 36, from Requires improvement to Good; within what the samples would explain at 80%',
    );
  });

  it('rows of text for the reports', () => {
    const rows = trendRows(trend);
    expect(rows.figures[0]).toEqual([
      'figure',
      '2024-01-15',
      '2024-04-15',
      '2024-07-15',
      'change 2024-01-15 to 2024-07-15',
      'test at 80%',
      'name',
    ]);
    expect(rows.figures.find((r) => r[0] === '2.1.3')?.slice(1, 6)).toEqual([
      '38% (3 of 8) Inadequate',
      '63% (5 of 8) Requires improvement',
      '92% (11 of 12) Outstanding',
      '54 points up, 3 bands up',
      'beyond the intervals',
    ]);
    expect(rows.figures.at(-1)?.slice(0, 6)).toEqual([
      'overall',
      '11/36 Requires improvement',
      '13/36 Requires improvement',
      '19/36 Good',
      '8 score points up, 1 band up',
      'within the intervals',
    ]);
    expect(rows.points.find((r) => r[0] === '2024-01-15' && r[3] === '2.1.3')).toEqual([
      '2024-01-15',
      'audit-2024-01-15.csv',
      'key question',
      '2.1.3',
      'Does assessment sufficiently analyse how to keep other people safe?',
      '3',
      '8',
      '38%',
      'Inadequate',
      '14.7%',
      '65.5%',
      '',
      '',
      '',
      'Inadequate, Requires improvement, Good',
      '',
    ]);
    // 21 key questions and 13 standards and the overall, in 2 consecutive pairs and first to last.
    expect(rows.changes.length - 1).toBe((21 + 13 + 1) * 3);
  });
});

describe('published figures: percents without counts are compared, not tested', () => {
  it('Cumberland as published against itself a year on', () => {
    const rating = rateInspection(cumberland2024);
    const t = auditTrend(youth2021, [
      { date: '2024-10-01', rating },
      { date: '2025-10-01', rating },
    ]);
    const k = t.keyQuestions.find((x) => x.keyQuestion === '2.1.3');
    // The published figures carry their sample ("of"), so the counts are recovered and tested.
    expect(k?.changes[0]?.verdict).toBe('within-intervals');
    expect(t.overall.changes[0]?.sentence).toBe(
      '2024-10-01 to 2025-10-01: the overall score stayed at 12 of 36, still Requires improvement; within what the samples would explain at 80%',
    );
  });

  it('a figure given only as a percent is compared but not tested', () => {
    const evidence = structuredClone(cumberland2024) as unknown as {
      standards: Record<string, { keyQuestions?: Record<string, unknown> }>;
    };
    (evidence.standards['2.1']?.keyQuestions as Record<string, unknown>)['2.1.3'] = { percent: 50 };
    const later = rateInspection(evidence as never);
    const t = auditTrend(youth2021, [
      { date: '2024-10-01', rating: rateInspection(cumberland2024) },
      { date: '2025-10-01', rating: later },
    ]);
    const change = t.keyQuestions.find((x) => x.keyQuestion === '2.1.3')?.changes[0];
    expect(change).toMatchObject({
      verdict: 'not-tested',
      difference: 12,
      reason: 'only a percent was given on 2025-10-01, not the counts',
    });
    expect(change?.sentence).toBe(
      '2024-10-01 to 2025-10-01: 2.1.3 rose from 38% (3 of 8) to 50%, from Inadequate to Requires improvement; not tested: only a percent was given on 2025-10-01, not the counts',
    );
  });
});
