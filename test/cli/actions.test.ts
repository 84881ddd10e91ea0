// rate --actions, rate --format actions and trend --actions on the shipped examples: the example
// actions (examples/actions.csv, illustrative) beside the July audit's figures and over the three
// invented quarterly audits (examples/trend/), values worked out by hand from those sheets.
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
const tmp = mkdtempSync(join(tmpdir(), 'hmip-actions-'));
const ACTIONS = 'examples/actions.csv';
const JULY = [
  'examples/trend/audit-2024-07-15.csv',
  '--judgements',
  'examples/trend/audit-2024-07-15-judgements.csv',
];
const CASES = 'examples/cumberland/cases.csv';
const JUDGEMENTS = 'examples/cumberland/judgements.csv';

describe('rate --actions', () => {
  it("lists each action beside its target's figures in the July audit (table)", async () => {
    const { code, out } = await run('rate', ...JULY, '--actions', ACTIONS);
    expect(code).toBe(0);
    const section = out.slice(out.indexOf('Improvement actions'));
    expect(section.split('\n').slice(1, 9)).toEqual([
      '  1. Add a keeping-other-people-safe analysis to every court assessment; senior practitioner checks each one',
      '     2.1.3 is 92% (11 of 12), Outstanding · owner Court team manager · due 2024-02-29 · done',
      '  2. Plan contingency for risk to others with the child and family at the first planning meeting',
      '     2.2.3 is 50% (6 of 12), Requires improvement · owner Senior practitioner · due 2024-03-31 · done',
      "  3. Review every case at each significant change in the child's safety",
      '     2.4 Reviewing is Requires improvement (lowest 2.4.2 50% (6 of 12)) · owner Team managers · due 2024-05-31 · in progress',
      '  4. Reviewing refresher at practice week',
      '     2.4.2 is 50% (6 of 12), Requires improvement · owner QA lead · due 2024-09-30 · not started',
    ]);
  });

  it('markdown: a table with every cell escaped; json: the actions as data', async () => {
    const md = (await run('rate', ...JULY, '--actions', ACTIONS, '--format', 'markdown')).out;
    expect(md).toContain('## Improvement actions');
    expect(md).toContain(
      '| Reviewing refresher at practice week | 2.4.2 | 2.4.2 is 50% (6 of 12), Requires improvement | QA lead | 2024-09-30 | not started |',
    );
    const json = JSON.parse(
      (await run('rate', ...JULY, '--actions', ACTIONS, '--format', 'json')).out,
    );
    expect(json.actions.map((a: { yes?: number; of?: number }) => [a.yes, a.of])).toEqual([
      [11, 12],
      [6, 12],
      [6, 12],
      [6, 12],
    ]);
  });

  it('HTML: a section beside the margins, text escaped, figures with their badges', async () => {
    const file = join(tmp, 'hostile.csv');
    writeFileSync(file, 'action,target\n"<img src=x onerror=alert(1)> =1+1",2.1.3\n');
    const html = (
      await run('rate', CASES, '--judgements', JUDGEMENTS, '--actions', file, '--format', 'html')
    ).out;
    const section = html.slice(
      html.indexOf('<section id="actions"'),
      html.indexOf('</section>', html.indexOf('<section id="actions"')),
    );
    expect(section).toContain('&lt;img src=x onerror=alert(1)&gt; =1+1');
    expect(section).not.toContain('<img');
    expect(section).toContain(
      '2.1.3 is 38% (3 of 8), Inadequate <span class="badge rating-0">Inadequate</span>',
    );
    expect(html.indexOf('id="margins"')).toBeLessThan(html.indexOf('id="actions"'));
  });

  it('reports every problem in the actions file, located, and rates nothing', async () => {
    const file = join(tmp, 'bad.csv');
    writeFileSync(file, 'action,key question,due date\na,9.9,\nb,2.1,31/02/2025\n');
    const { code, out, err } = await run(
      'rate',
      CASES,
      '--judgements',
      JUDGEMENTS,
      '--actions',
      file,
    );
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(
      'bad.csv, row 2, column B (key question): "9.9" is not a key question or standard of hmip-youth-2021',
    );
    expect(err).toContain(
      'bad.csv, row 3, column C (due date): "31/02/2025" is not a date: February 2025 has 28 days',
    );
  });
});

describe('rate --format actions', () => {
  it('writes the draft plan, which rate --actions reads back', async () => {
    const { code, out } = await run(
      'rate',
      CASES,
      '--judgements',
      JUDGEMENTS,
      '--format',
      'actions',
    );
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]).toBe(
      'action,key question,owner,due date,status,wording,standard now,figure now,what would change it',
    );
    expect(lines[1]).toBe(
      ',2.1.3,,,,Does assessment sufficiently analyse how to keep other people safe?,2.1 Inadequate,38% (3 of 8),1 more yes on 2.1.3 raises 2.1 to Requires improvement',
    );
    expect(lines).toHaveLength(11);
    const draft = join(tmp, 'draft.csv');
    writeFileSync(
      draft,
      out.replace(/^,2\.1\.3,,,,/m, 'Risk to others,2.1.3,AB,31/03/2025,in progress,'),
    );
    const back = (await run('rate', CASES, '--judgements', JUDGEMENTS, '--actions', draft)).out;
    expect(back).toContain(
      '  1. Risk to others\n     2.1.3 is 38% (3 of 8), Inadequate · owner AB · due 2025-03-31 · in progress',
    );
    expect(back).toContain('  2. (action not written yet)\n     2.2.3 is 25% (2 of 8), Inadequate');
  });

  it('is a draft, not a report: it does not take --actions', async () => {
    const { code, err } = await run(
      'rate',
      CASES,
      '--judgements',
      JUDGEMENTS,
      '--format',
      'actions',
      '--actions',
      ACTIONS,
    );
    expect(code).toBe(2);
    expect(err).toContain('--format actions writes a draft plan: leave out --actions');
  });
});

describe('trend --actions', () => {
  it('each target before and after its due date, and whether the change exceeds the intervals', async () => {
    const { code, out } = await run('trend', 'examples/trend', '--actions', ACTIONS);
    expect(code).toBe(0);
    const section = out.slice(out.indexOf('Improvement actions'));
    expect(section).toContain(
      'due 2024-02-29: 2024-01-15 to 2024-07-15: 2.1.3 rose from 38% (3 of 8) to 92% (11 of 12), from Inadequate to Outstanding; larger than the samples would explain at 80%',
    );
    expect(section).toContain(
      'due 2024-03-31: 2024-01-15 to 2024-07-15: 2.2.3 rose from 25% (2 of 8) to 50% (6 of 12), from Inadequate to Requires improvement; within what the samples would explain at 80%',
    );
    expect(section).toContain('2.4.2: no audit after its due date 2024-09-30 yet; not compared');
  });

  it('markdown and html carry the section; csv and json refuse the flag', async () => {
    const md = (await run('trend', 'examples/trend', '--actions', ACTIONS, '--format', 'markdown'))
      .out;
    expect(md).toContain(
      '| Add a keeping-other-people-safe analysis to every court assessment; senior practitioner checks each one | 2.1.3 | 2024-02-29 | 38% (3 of 8), Inadequate on 2024-01-15 | 92% (11 of 12), Outstanding on 2024-07-15 | larger than the intervals explain |',
    );
    const html = (await run('trend', 'examples/trend', '--actions', ACTIONS, '--format', 'html'))
      .out;
    expect(html).toContain('<h2 id="actions-heading">Improvement actions</h2>');
    expect(html.indexOf('id="actions-heading"')).toBeLessThan(
      html.indexOf('aria-labelledby="notes"'),
    );
    const csv = await run('trend', 'examples/trend', '--actions', ACTIONS, '--format', 'csv');
    expect(csv.code).toBe(2);
    expect(csv.err).toContain('--actions on trend goes with --format table, markdown or html');
  });

  it('reads the example as shipped: illustrative, and says so', () => {
    expect(readFileSync(ACTIONS, 'utf8')).toMatch(/Illustrative/);
  });
});
