// --service, --title and --footer on rate and trend, run through the command's main: the heading
// on the first lines of the table, the markdown and the HTML (and its <title>), escaped; bounds and
// control characters refused as usage errors; the footer's version and date, the date fixed by
// SOURCE_DATE_EPOCH; and the version before any release named for what it is, not "0.0.0".
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { reportDate } from '../../src/cli/report-flags.js';
import { madeWith } from '../../src/output/html/options.js';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}
const CASES = 'examples/cumberland/cases.csv';
const JUDGEMENTS = ['--judgements', 'examples/cumberland/judgements.csv'];
const NAMED = ['--service', 'Westmorland & Furness <YJS>', '--title', 'QA audit, Q3 2025'];

describe('--service, --title and --footer', () => {
  afterEach(() => {
    delete process.env['SOURCE_DATE_EPOCH'];
  });

  it('head the table and the markdown of rate', async () => {
    const table = await run('rate', CASES, ...JUDGEMENTS, ...NAMED);
    expect(table.code).toBe(0);
    expect(table.out.split('\n').slice(0, 3)).toEqual([
      'Westmorland & Furness <YJS>',
      'QA audit, Q3 2025',
      'Score 12/36',
    ]);
    const md = await run('rate', CASES, ...JUDGEMENTS, ...NAMED, '--format', 'markdown');
    expect(md.out.split('\n').slice(0, 3)).toEqual([
      '# Westmorland &amp; Furness &lt;YJS&gt;',
      '',
      '**QA audit, Q3 2025**',
    ]);
  });

  it('head the HTML report and its <title>, escaped; the date from SOURCE_DATE_EPOCH', async () => {
    process.env['SOURCE_DATE_EPOCH'] = '1759276800'; // 2025-10-01T00:00:00Z
    const { out } = await run('rate', CASES, ...JUDGEMENTS, ...NAMED, '--format', 'html');
    expect(out).toContain(
      '<title>Westmorland &amp; Furness &lt;YJS&gt;: QA audit, Q3 2025</title>',
    );
    expect(out).toContain('<h1>Westmorland &amp; Furness &lt;YJS&gt;</h1>');
    expect(out).toContain('<p class="subtitle">QA audit, Q3 2025</p>');
    expect(out).toContain('Report made on <time datetime="2025-10-01">1 October 2025</time> with');
    expect(out).not.toMatch(/hmip-ratings-sheets 0\.0\.0/);
    const again = await run('rate', CASES, ...JUDGEMENTS, ...NAMED, '--format', 'html');
    expect(again.out).toBe(out);
    const none = await run('rate', CASES, ...JUDGEMENTS, '--format', 'html', '--footer', 'none');
    expect(none.out).toContain(
      '<p id="made">Framework: HMIP youth justice inspection standards, 2021 (hmip-youth-2021).</p>',
    );
    expect(none.out).not.toContain('Report made');
  });

  it('head the trend in text and HTML; --footer none leaves the version and date out', async () => {
    const text = await run('trend', 'examples/trend', '--service', 'W&F', '--title', 'Audits');
    expect(text.out.split('\n').slice(0, 2)).toEqual(['W&F', 'Audits']);
    const html = await run('trend', 'examples/trend', '--format', 'html', '--service', 'W&F');
    expect(html.out).toContain('<p class="kicker">W&amp;F</p>');
    expect(html.out).toMatch(/<title>W&amp;F: Trend of 3 audits/);
    const none = await run('trend', 'examples/trend', '--format', 'html', '--footer', 'none');
    expect(none.out).toContain('<footer>\n<p>Framework: ');
    expect(none.out).not.toContain('Made with');
  });

  it('refuses a name too long, one with a control character, a blank one, a wrong footer', async () => {
    const long = await run('rate', CASES, ...JUDGEMENTS, '--service', 'x'.repeat(121));
    expect(long.code).toBe(2);
    expect(long.err).toContain('--service must be one line of text of 1 to 120 characters');
    const control = await run('trend', 'examples/trend', '--title', 'a\nb');
    expect(control.code).toBe(2);
    expect(control.err).toContain('--title must be one line of text of 1 to 200 characters');
    expect((await run('rate', CASES, ...JUDGEMENTS, '--service', '   ')).code).toBe(2);
    const footer = await run('rate', CASES, ...JUDGEMENTS, '--footer', 'short');
    expect(footer.err).toContain('unknown footer "short": use full or none');
  });

  it('SOURCE_DATE_EPOCH gives the day in UTC; nonsense is refused; 0.0.0 is an unreleased build', () => {
    expect(reportDate({ SOURCE_DATE_EPOCH: '0' })).toBe('1970-01-01');
    expect(reportDate({ SOURCE_DATE_EPOCH: '1759276799' })).toBe('2025-09-30');
    expect(reportDate({}, new Date(2025, 2, 7, 12))).toBe('2025-03-07');
    expect(() => reportDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow(/whole seconds/);
    expect(madeWith('0.0.0')).toBe(
      'an unreleased build of hmip-ratings-sheets (from source, before its first release)',
    );
    expect(madeWith('1.2.3')).toBe('hmip-ratings-sheets 1.2.3');
  });
});
