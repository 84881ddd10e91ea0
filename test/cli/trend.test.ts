// hmip-ratings trend, run through the command's main as a user would run it, in every format.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { TREND_HELP } from '../../src/cli/trend.js';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}
const tmp = mkdtempSync(join(tmpdir(), 'hmip-trend-'));
const FOLDER = 'examples/trend';
const at = (date: string) => `${FOLDER}/audit-${date}.csv`;

describe('hmip-ratings trend', () => {
  it('a folder: every audit in date order, with the table, band changes and the test', async () => {
    const { code, out, err } = await run('trend', FOLDER);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('Trend of 3 audits, 2024-01-15 to 2024-07-15 (hmip-youth-2021)');
    expect(out).toMatch(
      /^ {2}2\.1\.3 +38% \(3 of 8\) Inadequate +63% \(5 of 8\) Requires improvement +92% \(11 of 12\) Outstanding +54 points up, 3 bands up +beyond the intervals +Does assessment/m,
    );
    expect(out).toMatch(
      /^ {2}overall +11\/36 Requires improvement +13\/36 Requires improvement +19\/36 Good/m,
    );
    expect(out).toContain(
      'Changes larger than the samples would explain at 80%\n  2024-01-15 to 2024-07-15: 2.1.3 rose from 38% (3 of 8) to 92% (11 of 12), from Inadequate to Outstanding; larger than the samples would explain at 80%\n\n',
    );
  });

  it('files named one by one, in any order, with their judgements found beside them', async () => {
    const { code, out } = await run('trend', at('2024-07-15'), at('2024-01-15'));
    expect(code).toBe(0);
    expect(out).toMatch(
      /^ {2}2024-01-15 +audit-2024-01-15\.csv +file name .* 11\/36 +Requires improvement$/m,
    );
    expect(out).toMatch(
      /^ {2}overall +11\/36 Requires improvement +19\/36 Good +8 score points up, 1 band up/m,
    );
  });

  it('markdown, csv and json', async () => {
    const md = (await run('trend', FOLDER, '--format', 'markdown')).out;
    expect(md).toContain('# Trend of 3 audits, 2024-01-15 to 2024-07-15 (hmip-youth-2021)');
    expect(md).toContain(
      '| 2.1.3 | 38% (3 of 8) Inadequate | 63% (5 of 8) Requires improvement | 92% (11 of 12) Outstanding | 54 points up, 3 bands up | beyond the intervals | Does assessment sufficiently analyse how to keep other people safe? |',
    );
    const csv = (await run('trend', FOLDER, '--format', 'csv')).out.split('\n');
    expect(csv[0]).toBe(
      'date,label,kind,figure,name,yes,of,% yes,band,80% interval from,80% interval to,rating,rule rating,score,bands the intervals allow,note',
    );
    expect(csv).toContain(
      '2024-07-15,audit-2024-07-15.csv,key question,2.1.3,Does assessment sufficiently analyse how to keep other people safe?,11,12,92%,Outstanding,71.3%,99.1%,,,,"Good, Outstanding",',
    );
    expect(csv).toContain(
      'key question,2.1.3,2024-01-15,2024-07-15,rose,"54 points up, 3 bands up",Inadequate,Outstanding,beyond the intervals,"2024-01-15 to 2024-07-15: 2.1.3 rose from 38% (3 of 8) to 92% (11 of 12), from Inadequate to Outstanding; larger than the samples would explain at 80%"',
    );
    const json = JSON.parse((await run('trend', FOLDER, '--format', 'json')).out);
    expect(json.trend.audits.map((a: { score: number }) => a.score)).toEqual([11, 13, 19]);
    expect(json.files[0]).toEqual({
      date: '2024-01-15',
      dateFrom: 'file name',
      file: 'audit-2024-01-15.csv',
      judgements: 'audit-2024-01-15-judgements.csv',
      frameworkChoice: 'read off the sheet',
    });
  });

  it('html: one self-contained page with every section, the charts and the same figures as json', async () => {
    const { code, out } = await run('trend', FOLDER, '--format', 'html');
    expect(code).toBe(0);
    expect(out.startsWith('<!doctype html>')).toBe(true);
    // Self-contained: nothing fetched (no http in any src or href), no scripts.
    expect(out).not.toMatch(/\b(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    expect(out).not.toMatch(/<script|<link|<img|@import|url\(/i);
    for (const heading of [
      'Changes larger than the samples would explain at 80%',
      'The audits compared',
      'Trend charts',
      'What changed band',
      'Every figure by audit',
      'What the test means and does not mean',
    ])
      expect(out).toContain(`>${heading}</h2>`);
    expect(out).toContain('@media print');
    expect(out.match(/<svg[^>]*role="img"/g)).toHaveLength(20); // ten charts, drawn wide and for phones
    expect(out).toContain(
      '<title>2.1 Assessment: % yes of each key question, 2024-01-15 to 2024-07-15</title>',
    );
    expect(out).toMatch(
      /Made with (an unreleased build of )?hmip-ratings-sheets( \S+| \(from source, before its first release\))? on \d{4}-\d{2}-\d{2}\./,
    );
    // The same figures as --format json.
    const json = JSON.parse((await run('trend', FOLDER, '--format', 'json')).out);
    for (const a of json.trend.audits)
      expect(out).toContain(`<td data-label="score">${a.score}/${a.maximum}</td>`);
    expect(out).toContain(
      '<td data-label="2024-07-15">92% (11 of 12) <span class="badge r3">Outstanding</span></td>',
    );
  });

  it('--out writes the report; it will not write over an input', async () => {
    const file = join(tmp, 'trend.html');
    const { code, out } = await run('trend', FOLDER, '--format', 'html', '--out', file);
    expect(code).toBe(0);
    expect(out).toBe(`wrote ${file}: the trend of 3 audits, 2024-01-15 to 2024-07-15 (html)\n`);
    expect(readFileSync(file, 'utf8')).toContain('<h1>Trend of 3 audits');
    const refused = await run(
      'trend',
      at('2024-01-15'),
      at('2024-04-15'),
      '--out',
      at('2024-01-15'),
    );
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('will not write over an input file');
  });

  it('--dates dates audits whose names do not; --judgements gives their judgements', async () => {
    for (const date of ['2024-01-15', '2024-04-15']) {
      copyFileSync(at(date), join(tmp, `q-${date === '2024-01-15' ? 'one' : 'two'}.csv`));
      copyFileSync(`${FOLDER}/audit-${date}-judgements.csv`, join(tmp, `j-${date}.csv`));
    }
    const [one, two] = [join(tmp, 'q-one.csv'), join(tmp, 'q-two.csv')];
    const undated = await run('trend', one, two);
    expect(undated.code).toBe(1);
    expect(undated.err).toContain(
      'q-one.csv: the audit has no date: give its date, a "date" column in the case sheet, or a date in the file name',
    );
    const dated = await run(
      'trend',
      one,
      two,
      '--dates',
      '2024-01-15,2024-04-15',
      '--judgements',
      join(tmp, 'j-2024-01-15.csv'),
      '--judgements',
      join(tmp, 'j-2024-04-15.csv'),
      '--format',
      'json',
    );
    expect(dated.code).toBe(0);
    const json = JSON.parse(dated.out);
    expect(json.files.map((f: { dateFrom: string }) => f.dateFrom)).toEqual(['given', 'given']);
    expect(json.trend.audits.map((a: { overall: string }) => a.overall)).toEqual([
      'Requires improvement',
      'Requires improvement',
    ]);
  });

  it('usage errors exit 2', async () => {
    for (const args of [
      [FOLDER, '--dates', '2024-01-15'],
      [at('2024-01-15'), at('2024-04-15'), '--dates', '2024-01-15'],
      [at('2024-01-15'), at('2024-04-15'), '--judgements', 'x.csv'],
      [FOLDER, '--format', 'pdf'],
      [FOLDER, '--confidence', '80'],
      [FOLDER, at('2024-01-15')],
      [],
      [join(tmp, 'missing.csv'), at('2024-01-15')],
    ]) {
      const { code, err } = await run('trend', ...args);
      expect(code, args.join(' ')).toBe(2);
      expect(err).toContain('Run hmip-ratings --help for usage.');
    }
  });

  it('invalid input exits 1, naming file, row and column, and prints nothing', async () => {
    const bad = join(tmp, 'audit-2024-10-15.csv');
    writeFileSync(
      bad,
      readFileSync(at('2024-07-15'), 'utf8').replace(
        'jul-court-3,court,community-sentence,yes',
        'jul-court-3,court,community-sentence,perhaps',
      ),
    );
    const { code, out, err } = await run('trend', at('2024-01-15'), bad);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(
      'audit-2024-10-15.csv, row 4, column D (2.1.1): "perhaps" is not an answer: use yes, no or n/a',
    );
  });

  it('--confidence sets the level the changes are tested at', async () => {
    const json = JSON.parse(
      (await run('trend', FOLDER, '--confidence', '0.5', '--format', 'json')).out,
    );
    expect(json.trend.level).toBe(0.5);
    expect(json.trend.notes[0]).toContain('exact 50% intervals');
  });

  it('the help says how each audit is dated', () => {
    expect(TREND_HELP).toContain(
      '1. --dates, one date per audit, in the order the audits are given;',
    );
    expect(TREND_HELP).toContain('2. a "date" (or "audit date") column in its case sheet');
    expect(TREND_HELP).toContain(
      'yyyy-mm-dd or dd-mm-yyyy, or yyyy-mm read as the first\n       day of that month (2024-06-audit.csv is 2024-06-01)',
    );
    expect(existsSync(FOLDER)).toBe(true);
  });
});
