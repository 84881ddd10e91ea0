// The page's grades in real headless Chromium: the shipped trend example's July audit carries a
// grade column and a team column (illustrative, see examples/README.md); the rate step shows the
// grades section with the distribution and, with "team" chosen, the grades by group. axe-core
// clean and nothing wider than the screen at 1280 and 390 px. Screenshots of the section are
// written to test-results/page-grades-1280.png and page-grades-390.png; the board report's and
// the trend page's grades sections, made by the command, are checked the same way
// (report-grades-*.png, trend-grades-*.png).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, axeViolations, servePages, type ServedPages } from '../support/chromium.js';
import { main } from '../../src/cli/main.js';

const available = existsSync(CHROMIUM);
if (!available && !process.env['CI'])
  console.warn(`${CHROMIUM} not found: the page grades test is skipped`);
const OUT = 'test-results';
const JULY = 'examples/trend/audit-2024-07-15.csv';
const JUDGEMENTS = 'examples/trend/audit-2024-07-15-judgements.csv';

describe.runIf(available || process.env['CI'])('the page shows grades', () => {
  let pages: ServedPages | undefined;
  let browser: Browser;
  let base: string;
  const errors: string[] = [];

  async function open(width: number): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    await page.goto(`${base}/web/`);
    await page.setInputFiles('#cases', JULY);
    await page.setInputFiles('#judgements', JUDGEMENTS);
    await page.waitForSelector('#rate-results:not([hidden]) #grades');
    return page;
  }

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    pages = await servePages();
    ({ browser, base } = pages);
  }, 180_000);

  afterAll(async () => {
    await pages?.close();
  });

  it('shows the distribution, the grades by team and the cross-tab', async () => {
    const page = await open(1280);
    const text = await page.textContent('#grades');
    // Counted in the file: Outstanding 10, Good 4, Requires improvement 5, Inadequate 5.
    expect(text).toContain(
      '24 cases graded: Outstanding 10, Good 4, Requires improvement 5, Inadequate 5.',
    );
    expect(text).toContain("They never change HMIP's rating");
    expect(await page.locator('#grades h4', { hasText: 'Grades by group' }).count()).toBe(0);
    await page.selectOption('#by', 'team');
    await page.waitForSelector('#grades h4:text("Grades by group (indicative)")');
    const rows = await page.$$eval('#grades table', (tables) =>
      [...(tables[1]?.querySelectorAll('tbody tr') ?? [])].map((r) =>
        [...r.querySelectorAll('td')].map((c) => c.textContent),
      ),
    );
    // graded, Outstanding, Good, Requires improvement, Inadequate (counted in the file)
    expect(rows).toEqual([
      ['all cases', '24', '10', '4', '5', '5'],
      ['North', '12', '5', '2', '3', '2'],
      ['South', '12', '5', '2', '2', '3'],
    ]);
    await page.locator('#grades').screenshot({ path: `${OUT}/page-grades-1280.png` });
    await page.close();
  });

  it('is axe-core clean and no wider than the screen at 1280 and 390 px', async () => {
    for (const width of [1280, 390]) {
      const page = await open(width);
      await page.selectOption('#by', 'team');
      await page.waitForSelector('#grades h4:text("Grades by group (indicative)")');
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      // The section itself fits its column; its tables scroll inside their own boxes.
      const section = await page.$eval('#grades', (s) => s.getBoundingClientRect().right);
      expect(section).toBeLessThanOrEqual(width);
      const found = await axeViolations(page, { within: '#grades' });
      expect(found, `at ${width} px`).toEqual([]);
      if (width === 390)
        await page.locator('#grades').screenshot({ path: `${OUT}/page-grades-390.png` });
      await page.close();
    }
    expect(errors).toEqual([]);
  });

  /** What the command prints for these arguments. */
  async function command(...argv: string[]): Promise<string> {
    let out = '';
    const code = await main(argv, { out: (t) => void (out += t), err: (t) => void (out += t) });
    expect(code, out).toBe(0);
    return out;
  }

  it.each([
    ['report', ['rate', JULY, '--judgements', JUDGEMENTS, '--by', 'team', '--format', 'html']],
    ['trend', ['trend', 'examples/trend', '--format', 'html']],
  ])(
    'the %s page: its grades section is axe-clean and fits at 1280 and 390 px',
    async (name, argv) => {
      const html = await command(...argv);
      for (const width of [1280, 390]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.setContent(html);
        const section = page.locator('#grades');
        expect(await section.textContent()).toContain("never change HMIP's rating");
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          width,
        );
        expect(
          await page.$eval('#grades', (s) => s.getBoundingClientRect().right),
        ).toBeLessThanOrEqual(width);
        const found = await axeViolations(page, { within: '#grades' });
        expect(found, `${name} at ${width} px`).toEqual([]);
        await section.screenshot({ path: `${OUT}/${name}-grades-${width}.png` });
        await page.close();
      }
    },
  );

  it('the moderate step gives the agreement on grades when both sheets have them', async () => {
    // The shipped moderation example with a grade column added (as test/cli/moderate-grades.test.ts).
    const dir = mkdtempSync(join(tmpdir(), 'hmip-page-grades-'));
    const graded = (name: string, grades: Readonly<Record<string, string>>) => {
      const lines = readFileSync(`examples/moderation/${name}.csv`, 'utf8').trimEnd().split('\n');
      const path = join(dir, `${name}.csv`);
      writeFileSync(
        path,
        `${lines.map((l, i) => (i === 0 ? `${l},grade` : `${l},${grades[l.split(',')[0] as string] ?? 'Good'}`)).join('\n')}\n`,
      );
      return path;
    };
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${base}/web/`);
    await page.setInputFiles(
      '#first',
      graded('first', { 'court-1': 'Outstanding', 'oocd-1': 'RI', 'oocd-2': 'Inadequate' }),
    );
    await page.setInputFiles('#second', graded('second', { 'oocd-1': 'RI', 'oocd-3': 'RI' }));
    await page.waitForSelector('#moderate-grades');
    // By hand in test/cli/moderate-grades.test.ts: 17 of 20, kappa 0.35, 0.29 linear, 0.21 quadratic.
    expect(await page.textContent('#moderate-grades')).toContain(
      'Agreement on grades: 85% (17 of 20 alike), kappa 0.35, weighted kappa 0.29 (linear) and 0.21 (quadratic). 3 cases graded differently',
    );
    const rows = await page.$$eval('#moderate-results table tbody tr', (trs) =>
      trs.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent).join(',')),
    );
    expect(rows).toContain('oocd-2,grade,Inadequate,Good,');
    await page.close();
    expect(errors).toEqual([]);
  });
});
