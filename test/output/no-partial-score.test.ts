// An audit without judgements has no score and no overall: every format prints its key-question
// standards and "no overall: judgements missing (...)", never a sum of some standards ("4/36").
// The Cumberland example's cases without its judgements: the six judgement standards are missing.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { cumberlandCases } from '../../scripts/cumberland-cases.js';
import { rateCases } from '../../src/cases/index.js';
import { noOverallWords, ratingsTable, RatingRuleError, youth2021 } from '../../src/index.js';
import { LIMITS } from '../../src/read/limits.js';
import { readWorkbook } from '../../src/read/workbook-reader.js';
import {
  formatReport,
  formatTrend,
  resultsWorkbook,
  trendAudits,
  trendCharts,
  trendFiles,
  trendReport,
} from '../../src/sheets.js';
import { cumberlandAudit } from '../support/report-fixtures.js';

const WORDS = 'no overall: judgements missing (1.1, 1.2, 1.3, 1.4, 3.4, 4.1)';
/** A score of any kind: "4/36", "4 of 36". */
const PART_SCORE = /\b\d+\s*(\/|of)\s*36\b/;

const { rating, tally } = rateCases(youth2021, cumberlandCases(), {}, { incomplete: 'allow' });

describe('the words in place of a score', () => {
  it('name the judgements missing; a complete rating has none', async () => {
    expect(rating.complete).toBe(false);
    expect(rating.score).toBe(4); // the sum of the case-sampled standards: never printed
    expect(noOverallWords(rating)).toBe(WORDS);
    expect(noOverallWords((await cumberlandAudit()).rating)).toBeUndefined();
  });

  it('name a counted standard not rated too', () => {
    const noCourt = cumberlandCases().filter((c) => c.kind !== 'court');
    const r = rateCases(youth2021, noCourt, {}, { incomplete: 'allow' }).rating;
    expect(noOverallWords(r)).toBe(
      'no overall: judgements missing (1.1, 1.2, 1.3, 1.4, 3.4, 4.1); not rated (2.1, 2.2, 2.3, 2.4)',
    );
  });

  it('refuses what is not a rating', () => {
    expect(() => noOverallWords({ score: 4 } as never)).toThrow(RatingRuleError);
  });
});

describe('a rating without judgements, in every format', () => {
  it('the ratings table: the standards, the words, no score', () => {
    const table = ratingsTable(rating);
    expect(table.split('\n').slice(0, 3)).toEqual([
      'HMIP youth justice inspection standards, 2021',
      WORDS,
      '2. Court disposals',
    ]);
    expect(table).toContain(
      '2.1  Assessment                   Inadequate            lowest 2.1.3 38% (3 of 8)',
    );
    expect(table).not.toMatch(PART_SCORE);
    expect(table).not.toContain('Score');
  });

  it('table, markdown, CSV and JSON', () => {
    const table = formatReport({ rating, tally }, 'table');
    expect(table.split('\n')[1]).toBe(WORDS);
    expect(table).not.toMatch(PART_SCORE);
    const markdown = formatReport({ rating, tally }, 'markdown');
    expect(markdown).toContain(`**${WORDS}**`);
    expect(markdown).toContain('| 2.1 | Assessment | Inadequate |');
    expect(markdown).not.toMatch(PART_SCORE);
    const csv = formatReport({ rating, tally }, 'csv');
    expect(csv).toContain(`\noverall,,"${WORDS}",,,,,,,,,,\n`);
    expect(csv).not.toMatch(PART_SCORE);
    const json = JSON.parse(formatReport({ rating, tally }, 'json')) as Record<string, unknown>;
    expect(json['noOverall']).toBe(WORDS);
  });

  it('the HTML report: the words as its headline, no score and no score chart', async () => {
    const html = await formatReport({ rating, tally }, 'html', {
      version: '1',
      date: '2025-03-07',
    });
    const { document } = parseHTML(html);
    expect(document.querySelector('#overall')?.textContent).toBe(WORDS);
    expect(document.querySelector('#score')).toBeNull();
    expect(document.querySelector('[data-standard="2.1"]')?.textContent).toContain('Inadequate');
    expect(document.body.textContent).not.toMatch(PART_SCORE);
  });

  it('the results workbook: the words in the overall row, no score', async () => {
    const bytes = await resultsWorkbook({ rating, tally });
    const read = await readWorkbook(bytes, { file: 'r.xlsx', limits: LIMITS, wanted: () => true });
    const rows = read.sheets?.flatMap((s) => s.rows) ?? [];
    const overall = rows.find((r) => r[0] === 'overall');
    expect(overall?.[2]).toBe(WORDS);
    expect(overall?.[9] ?? '').toBe('');
    expect(rows.flat().join(' ')).not.toMatch(PART_SCORE);
  });
});

describe('a trend whose first audit has no judgements', () => {
  const files = ['audit-2024-01-15.csv', 'audit-2024-04-15.csv', 'audit-2024-04-15-judgements.csv'];
  const read = () =>
    trendAudits(
      trendFiles(
        files.map((name) => ({ name, data: readFileSync(`examples/trend/${name}`, 'utf8') })),
      ),
    );

  it('text, markdown, CSV and JSON say why the first has no overall, with no part-score', async () => {
    const sheets = await read();
    const table = formatTrend(sheets, 'table');
    const first = table.split('\n').find((l) => l.startsWith('  2024-01-15  audit-2024-01-15.csv'));
    expect(first).toMatch(/20 cases \(8 court, 12 out-of-court\)\s+no overall: judgements missing/);
    expect(first?.endsWith(WORDS)).toBe(true);
    expect(first).not.toMatch(PART_SCORE);
    expect(table).toContain('13/36  Requires improvement'); // the complete audit keeps its score
    expect(table).toContain(`  overall  ${WORDS}  13/36 Requires improvement`);
    const markdown = formatTrend(sheets, 'markdown');
    expect(markdown).toContain(`|  | ${WORDS} |`);
    expect(markdown).not.toMatch(/\b4\/36\b/);
    const csv = formatTrend(sheets, 'csv');
    expect(csv).toContain(
      `2024-01-15,audit-2024-01-15.csv,overall,overall,score and overall rating,,,,,,,"${WORDS}",,,,`,
    );
    expect(csv).not.toMatch(/\b4\/36\b/);
    const json = JSON.parse(formatTrend(sheets, 'json')) as {
      trend: { audits: { noOverall?: string }[] };
    };
    expect(json.trend.audits.map((a) => a.noOverall)).toEqual([WORDS, undefined]);
  });

  it('the trend page and its overall chart', async () => {
    const sheets = await read();
    const html = await trendReport(sheets, { version: '1', date: '2025-03-07' });
    const { document } = parseHTML(html);
    expect(document.body.textContent).toContain(WORDS);
    expect(document.body.textContent).not.toMatch(/\b4\/36\b|\b4 of 36\b/);
    const charts = await trendCharts(sheets.trend, {
      document: parseHTML('<!doctype html><html><body></body></html>')
        .document as unknown as Document,
    });
    expect(charts.find((c) => c.id === 'overall')?.description).toMatch(
      /^Score: 2024-01-15: no overall: judgements missing \(1\.1, 1\.2, 1\.3, 1\.4, 3\.4, 4\.1\), 13 of 36, Requires improvement, on 2024-04-15\./,
    );
  });
});
