// Grades and --by on a shipped file: the trend example's July audit carries a team column and a
// grade column (illustrative, see examples/README.md), run through the command as a user would.
import { mkdtempSync, writeFileSync } from 'node:fs';
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
const JULY = 'examples/trend/audit-2024-07-15.csv';
const JUDGEMENTS = 'examples/trend/audit-2024-07-15-judgements.csv';

describe('hmip-ratings rate with grades', () => {
  it('shows the grades of the shipped example and never changes the rating', async () => {
    const { code, out, err } = await run('rate', JULY, '--judgements', JUDGEMENTS);
    expect(err).toBe('');
    expect(code).toBe(0);
    // 24 cases: Outstanding 10, Good 4, Requires improvement 5, Inadequate 5 (counted in the file).
    expect(out).toContain(
      'Grades: 24 cases graded: Outstanding 10, Good 4, Requires improvement 5, Inadequate 5',
    );
    // 10 of 24 = 41.7%, printed half up as 42%.
    expect(out).toMatch(/^ {2}Outstanding +10 +42% +\d/m);
    expect(out).toContain("They never change HMIP's rating");
    // The same rating as without the grade column (the trend test pins July at 19/36 Good).
    expect(out).toContain('Score 19/36');
  });

  it('--by team works on the shipped example, for the figures and for the grades', async () => {
    const { code, out, err } = await run('rate', JULY, '--judgements', JUDGEMENTS, '--by', 'team');
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('By team (indicative)');
    expect(out).toContain('Grades by group (indicative)');
    expect(out).toMatch(/^ {2}North +12 /m);
    expect(out).toMatch(/^ {2}South +12 /m);
  });

  it('the markdown and CSV forms carry the grades', async () => {
    const md = await run('rate', JULY, '--judgements', JUDGEMENTS, '--format', 'markdown');
    expect(md.out).toContain('## Grades');
    expect(md.out).toContain('| Outstanding | 10 | 42% |');
    const csv = await run('rate', JULY, '--judgements', JUDGEMENTS, '--format', 'csv');
    expect(csv.out).toMatch(/^Outstanding,10,42%,/m);
  });

  it('refuses a word that is not a grade, at its file, row and column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hmip-grades-'));
    const file = join(dir, 'audit.csv');
    writeFileSync(
      file,
      'case,disposal,2.1.1,grade\nA1,Community sentence,yes,ri\nA2,Community sentence,no,Bad\n',
    );
    const { code, err } = await run('rate', file, '--allow-incomplete', '--leave-out-unanswered');
    expect(code).not.toBe(0);
    expect(err).toContain(
      'audit.csv, row 3, column D (grade): "Bad" is not a grade: use Outstanding',
    );
    expect(err).not.toContain('"ri"');
  });
});

describe('hmip-ratings trend with grades', () => {
  it('shows the grades of each shipped audit over time', async () => {
    const { code, out } = await run('trend', 'examples/trend');
    expect(code).toBe(0);
    // Counted in the files: January 20 cases, July 24 (10 of 24 = 41.7%, printed 42%).
    expect(out).toMatch(/^ {2}2024-01-15 +20 +7 \(35%\) +5 \(25%\) +1 \(5%\) +7 \(35%\)$/m);
    expect(out).toMatch(/^ {2}2024-07-15 +24 +10 \(42%\) +4 \(17%\) +5 \(21%\) +5 \(21%\)$/m);
    const json = JSON.parse((await run('trend', 'examples/trend', '--format', 'json')).out);
    expect(json.grades[3]).toEqual([
      '2024-07-15',
      '24',
      '10 (42%)',
      '4 (17%)',
      '5 (21%)',
      '5 (21%)',
    ]);
    const csv = (await run('trend', 'examples/trend', '--format', 'csv')).out;
    expect(csv).toContain('2024-01-15,20,7 (35%),5 (25%),1 (5%),7 (35%)');
  });
});

describe('the board report with grades', () => {
  it('has a grades section with the distribution and the note', async () => {
    const { code, out } = await run('rate', JULY, '--judgements', JUDGEMENTS, '--format', 'html');
    expect(code).toBe(0);
    const section = out.slice(
      out.indexOf('<section id="grades"'),
      out.indexOf('</section>', out.indexOf('<section id="grades"')),
    );
    expect(section).toContain(
      '24 cases graded: Outstanding 10, Good 4, Requires improvement 5, Inadequate 5',
    );
    expect(section).toContain('never change HMIP&#39;s rating');
  });
});
