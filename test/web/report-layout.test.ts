// The board report and the trend page laid out in real headless Chromium at 1280 and 390 px: no
// element wider than the box it sits in (a table's own visually hidden header row aside), no
// sideways scroll, axe-core clean, the service's name and title on the first lines and in the
// <title>, every table read down on a phone (rows stacked, no cell cut), badges whole. Screenshots
// in test-results/layout/ (report first page, confidence and by-group charts, trend chart, the
// phone tables) are for a person to look at.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, axeViolations, launchChromium } from '../support/chromium.js';
import { fullInput } from '../support/report-fixtures.js';
import { htmlReport, trendAudits, trendFiles } from '../../src/sheets.js';
import { trendReport } from '../../src/output/html/trend.js';
import { readFileSync, readdirSync } from 'node:fs';

const available = existsSync(CHROMIUM);
if (!available && !process.env['CI'])
  console.warn(`${CHROMIUM} not found: the report layout test is skipped`);

const DIR = join('test-results', 'layout');
const SERVICE = 'Westmorland & Furness <Youth Justice Service>';
const TITLE = 'Quality assurance audit, July to September 2025';

/**
 * Every element wider than the box it sits in, where that box does not scroll or clip it; the
 * visually hidden header rows of stacked tables (1 px, clipped) are left out.
 */
const TOO_WIDE = `(() => {
  const found = [];
  for (const e of document.querySelectorAll('body *')) {
    const parent = e.parentElement;
    if (!parent || e.closest('thead') || e.closest('svg') && e.localName !== 'svg') continue;
    const r = e.getBoundingClientRect();
    const p = parent.getBoundingClientRect();
    const style = getComputedStyle(parent);
    if (r.width === 0 || style.overflowX !== 'visible') continue;
    if (r.right > p.right + 1 || r.left < p.left - 1)
      found.push(e.localName + (e.className && typeof e.className === 'string' ? '.' + e.className : '') + ': ' + (e.textContent || '').slice(0, 40));
  }
  return found;
})()`;

describe.runIf(available || process.env['CI'])('report layout in headless Chromium', () => {
  let browser: Browser;
  const files: Record<string, string> = {};

  const open = async (name: string, width: number): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(pathToFileURL(files[name] as string).href);
    return page;
  };

  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    const report = await htmlReport(await fullInput(), {
      version: '1.2.3',
      date: '2025-10-01',
      service: SERVICE,
      title: TITLE,
    });
    files['report'] = join(DIR, 'report.html');
    writeFileSync(files['report'], report);
    const dir = 'examples/trend';
    const audits = readdirSync(dir)
      .filter((n) => n.endsWith('.csv'))
      .map((n) => ({ name: n, data: readFileSync(join(dir, n), 'utf8') }));
    const trend = await trendReport(await trendAudits(trendFiles(audits), {}), {
      version: '1.2.3',
      date: '2025-10-01',
      service: SERVICE,
      title: TITLE,
    });
    files['trend'] = join(DIR, 'trend.html');
    writeFileSync(files['trend'], trend);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it.each(['report', 'trend'])(
    'the %s: nothing wider than its box, no sideways scroll, axe-core clean at 1280 and 390 px',
    async (name) => {
      for (const width of [1280, 390]) {
        const page = await open(name, width);
        expect(await page.evaluate(TOO_WIDE), `${name} at ${width}`).toEqual([]);
        const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scroll, `${name} scrollWidth at ${width}`).toBeLessThanOrEqual(width);
        const violations = await axeViolations(page);
        expect(violations, `${name} at ${width}`).toEqual([]);
        await page.close();
      }
    },
  );

  it("puts the service's name and the title first and in the page's title, escaped", async () => {
    const page = await open('report', 1280);
    expect(await page.title()).toBe(`${SERVICE}: ${TITLE}`);
    expect(await page.locator('h1').textContent()).toBe(SERVICE);
    expect(await page.locator('header .subtitle').textContent()).toBe(TITLE);
    expect(await page.locator('#made').textContent()).toContain(
      'Report made on 1 October 2025 with hmip-ratings-sheets 1.2.3.',
    );
    await page.screenshot({ path: join(DIR, 'report-first-page-1280.png') });
    await page.locator('#confidence figure .wide').screenshot({
      path: join(DIR, 'confidence-chart-1280.png'),
    });
    await page.locator('#breakdown figure .wide').screenshot({
      path: join(DIR, 'by-group-chart-1280.png'),
    });
    await page.close();
    const trend = await open('trend', 1280);
    expect(await trend.title()).toBe(`${SERVICE}: ${TITLE}`);
    expect(await trend.locator('header .kicker').textContent()).toBe(SERVICE);
    await trend
      .locator('.charts figure')
      .nth(1)
      .screenshot({
        path: join(DIR, 'trend-chart-1280.png'),
      });
    await trend.close();
  });

  it('on a 390 px phone every table reads down and every badge is whole', async () => {
    for (const name of ['report', 'trend']) {
      const page = await open(name, 390);
      const tables = await page.evaluate(() =>
        [...document.querySelectorAll('table')].map((t) => {
          const box = t.closest('.table-wrap') as HTMLElement;
          return {
            caption: t.querySelector('caption')?.textContent ?? '',
            scrolls: box ? box.scrollWidth > box.clientWidth + 1 : false,
          };
        }),
      );
      expect(tables.length).toBeGreaterThanOrEqual(2);
      expect(tables.filter((t) => t.scrolls).map((t) => t.caption)).toEqual([]);
      // a badge is never cut: its text fits within it and it fits within its cell
      const cut = await page.evaluate(() =>
        [...document.querySelectorAll('.badge')]
          .filter((b) => {
            const r = b.getBoundingClientRect();
            const cell = (b.closest('td, th, p') as HTMLElement).getBoundingClientRect();
            return (
              r.width > 0 &&
              (b.scrollWidth > b.clientWidth + 1 ||
                r.right > cell.right + 1 ||
                r.left < cell.left - 1)
            );
          })
          .map((b) => b.textContent),
      );
      expect(cut).toEqual([]);
      await page.screenshot({ path: join(DIR, `${name}-390.png`), fullPage: true });
      const shot = name === 'report' ? '#confidence .table-wrap' : '.table-wrap';
      const box = await page.locator(shot).first().boundingBox();
      if (box)
        await page.screenshot({
          path: join(DIR, `${name}-table-390.png`),
          fullPage: true,
          clip: { x: 0, y: box.y, width: 390, height: Math.min(box.height, 800) },
        });
      if (name === 'trend')
        await page
          .locator('.charts figure')
          .nth(1)
          .screenshot({
            path: join(DIR, 'trend-chart-390.png'),
          });
      await page.close();
    }
  });
});
