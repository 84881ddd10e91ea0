// The page's report fields, file boxes and drawn sample in real headless Chromium: the service's
// name and title typed in head the downloaded board report and trend page; every file box says
// which file it holds, whether picked or loaded as an example (never "No file chosen" beside
// results); the drawn sample and its strata table give disposals in the framework's words. At 1280
// and 390 px: no sideways scroll and axe-core clean. Screenshots in test-results/page-fields/.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, axeViolations, servePages, type ServedPages } from '../support/chromium.js';
import { youth2021 } from '../../src/index.js';

const available = existsSync(CHROMIUM);
if (!available && !process.env['CI'])
  console.warn(`${CHROMIUM} not found: the page fields test is skipped`);

const DIR = join('test-results', 'page-fields');

describe.runIf(available || process.env['CI'])('the page fields in headless Chromium', () => {
  let pages: ServedPages | undefined;
  let browser: Browser;
  let base: string;

  const open = async (width: number): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width, height: 900 }, acceptDownloads: true });
    await page.goto(`${base}/web/`);
    return page;
  };
  const downloaded = async (page: Page, button: string) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    return readFileSync((await d.path()) as string, 'utf8');
  };
  /** What a file box holds: the input's own file names and the line under it. */
  const box = (page: Page, id: string) =>
    page.evaluate((id) => {
      const input = document.getElementById(id) as HTMLInputElement;
      return {
        files: [...(input.files ?? [])].map((f) => f.name),
        line: document.getElementById(`${id}-chosen`)?.textContent ?? '',
      };
    }, id);

  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    pages = await servePages();
    ({ browser, base } = pages);
  }, 180_000);

  afterAll(async () => {
    await pages?.close();
  });

  it('every file box names the file it holds: loaded as an example, or picked', async () => {
    const page = await open(1280);
    await page.click('#example');
    await page.waitForSelector('#rate-results:not([hidden])');
    expect(await box(page, 'cases')).toEqual({
      files: ['cumberland-cases.csv'],
      line: 'Loaded: cumberland-cases.csv',
    });
    expect((await box(page, 'judgements')).files).toEqual(['cumberland-judgements.csv']);
    await page.locator('#rate-form').screenshot({ path: join(DIR, 'rate-boxes-1280.png') });
    await page.click('#trend-example');
    await page.waitForSelector('#trend-results:not([hidden]) svg[role="img"]');
    expect((await box(page, 'audits')).line).toMatch(/^Loaded 6 files: audit-2024-01-15\.csv,/);
    await page.close();
    // picked by the user: the same line
    const picked = await open(1280);
    await picked.setInputFiles('#first', 'examples/moderation/first.csv');
    // the moderation step's code arrives on first use: the choice is held until it has
    await picked.waitForSelector('#first-chosen:has-text("Loaded")');
    expect(await box(picked, 'first')).toEqual({
      files: ['first.csv'],
      line: 'Loaded: first.csv',
    });
    await picked.close();
  });

  it("the service's name and title head the downloaded board report and trend page", async () => {
    const page = await open(1280);
    await page.click('#example');
    await page.waitForSelector('#rate-results:not([hidden])');
    await page.fill('#service', 'Westmorland & Furness <YJS>');
    await page.fill('#report-title', 'QA audit, Q3 2025');
    const report = await downloaded(page, '#download-html');
    expect(report).toContain(
      '<title>Westmorland &amp; Furness &lt;YJS&gt;: QA audit, Q3 2025</title>',
    );
    expect(report).toContain('<h1>Westmorland &amp; Furness &lt;YJS&gt;</h1>');
    expect(report).toContain('<p class="subtitle">QA audit, Q3 2025</p>');
    await page.click('#trend-example');
    await page.waitForSelector('#trend-results:not([hidden]) svg[role="img"]');
    await page.fill('#trend-service', 'Westmorland and Furness');
    const trend = await downloaded(page, '#trend-results button:has-text("HTML")');
    expect(trend).toContain('<p class="kicker">Westmorland and Furness</p>');
    await page.close();
  });

  it("the drawn sample gives disposals in the framework's words, in its table and its strata", async () => {
    const page = await open(1280);
    await page.click('#sample-example');
    await page.waitForSelector('#sample-results:not([hidden])');
    await page.click('#sample-results summary');
    const text = (await page.locator('#sample-results').textContent()) ?? '';
    const names = youth2021.disposals.map((d) => d.name);
    expect(names.filter((n) => text.includes(n)).length).toBeGreaterThanOrEqual(3);
    for (const d of youth2021.disposals) expect(text).not.toContain(d.id);
    await page.locator('#sample-results').screenshot({ path: join(DIR, 'sample-1280.png') });
    await page.close();
  });

  it('at 1280 and 390 px: no sideways scroll, axe-core clean, the fields shown', async () => {
    for (const width of [1280, 390]) {
      const page = await open(width);
      await page.click('#example');
      await page.waitForSelector('#rate-results:not([hidden])');
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scroll, `scrollWidth at ${width}`).toBeLessThanOrEqual(width);
      const violations = await axeViolations(page, { seriousOnly: true });
      expect(violations, `at ${width}`).toEqual([]);
      await page.locator('#rate-form').screenshot({ path: join(DIR, `rate-form-${width}.png`) });
      await page.close();
    }
  });
});
