// The command reads dates as the UK writes them (issue 15): --fieldwork and --dates day first, the
// LibreOffice caseload and audit log with date cells, and --date-order for a month-first export.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}
const tmp = mkdtempSync(join(tmpdir(), 'hmip-dates-cli-'));

describe('dates on the command line', () => {
  it('sample: a LibreOffice caseload and audit log with day-first date cells, --fieldwork 07/07/2025, draw what the ISO files draw', async () => {
    const iso = await run(
      'sample',
      'examples/caseload.csv',
      '--fieldwork',
      '2025-07-07',
      '--audited',
      'examples/audited.csv',
    );
    const uk = await run(
      'sample',
      'test/fixtures/dates/caseload-dmy.xlsx',
      '--fieldwork',
      '07/07/2025',
      '--audited',
      'test/fixtures/dates/audited-dmy.xlsx',
    );
    expect(iso.code).toBe(0);
    expect(uk).toEqual(iso);
    expect(uk.out).toContain('Sample: 57 cases (34 court, 23 out-of-court), seed 2021');
  });

  it('sample --date-order mdy reads a month-first export; a wrong order is a usage error', async () => {
    const caseload = join(tmp, 'us.csv');
    writeFileSync(
      caseload,
      readFileSync('test/fixtures/dates/caseload-dmy.csv', 'utf8').replace(
        /(\d{2})\/(\d{2})\/(\d{4})/g,
        '$2/$1/$3',
      ),
    );
    const iso = await run('sample', 'examples/caseload.csv', '--fieldwork', '2025-07-07');
    const us = await run('sample', caseload, '--fieldwork', '07/07/2025', '--date-order', 'mdy');
    expect(us.out).toBe(iso.out);
    const dayFirst = await run('sample', caseload, '--fieldwork', '2025-07-07');
    expect(dayFirst.code).toBe(1);
    expect(dayFirst.err.split('\n')[0]).toMatch(/^hmip-ratings: \d+ problems found/);
    expect(dayFirst.err).toContain('give the date order mdy (--date-order mdy)');
    const wrong = await run('sample', caseload, '--fieldwork', '2025-07-07', '--date-order', 'us');
    expect(wrong.code).toBe(2);
    expect(wrong.err.split('\n')[0]).toBe(
      'hmip-ratings: unknown date-order "us": use dmy, mdy, ymd',
    );
  });

  it('sample --fieldwork 31/02/2025 is refused, naming the flag', async () => {
    const r = await run('sample', 'examples/caseload.csv', '--fieldwork', '31/02/2025');
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe(
      'hmip-ratings: --fieldwork: fieldwork "31/02/2025" is not a date: February 2025 has 28 days (read as day/month/year)',
    );
  });

  it('trend --dates day first, and a dd-mm-yyyy file name', async () => {
    const cases = readFileSync('examples/cumberland/cases.csv', 'utf8');
    const named = join(tmp, 'audit-30-06-2024.csv');
    writeFileSync(named, cases);
    const one = join(tmp, 'one.csv');
    writeFileSync(one, cases);
    const r = await run('trend', one, named, '--dates', '15/01/2024,', '--format', 'json');
    expect(r.err).toBe('');
    const dates = (JSON.parse(r.out) as { trend: { audits: { date: string }[] } }).trend.audits.map(
      (a) => a.date,
    );
    expect(dates).toEqual(['2024-01-15', '2024-06-30']);
  });
});
