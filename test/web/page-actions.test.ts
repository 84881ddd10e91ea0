// The page's actions upload in real headless Chromium (Debian's chromium): the example actions
// beside the Cumberland audit's figures, a file with problems shown located, no sideways scrolling
// at 390 px, axe-core clean at 1280 and 390 px; and the board report's actions section at both
// widths; the trend step's actions. Screenshots: test-results/page-actions-1280.png,
// page-actions-390.png, page-trend-actions-390.png, report-actions-390.png.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, axeViolations, servePages, type ServedPages } from '../support/chromium.js';
import { main } from '../../src/cli/main.js';

const available = existsSync(CHROMIUM);
const OUT = 'test-results';

/** Whether any element is wider than its container's box, as [tag#id, right edge]. */
const overflowing = (page: Page, width: number) =>
  page.evaluate(
    (w) =>
      [...document.querySelectorAll('body *')]
        .filter(
          (e) => e.getBoundingClientRect().right > w + 0.5 && !e.closest('.scroll, .table-wrap'),
        )
        .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}`),
    width,
  );

describe.runIf(available || process.env['CI'])(
  'the page: actions upload, in headless Chromium',
  () => {
    let pages: ServedPages | undefined;
    let browser: Browser;
    let base: string;
    const errors: string[] = [];

    async function open(width: number, height = 900): Promise<Page> {
      const page = await browser.newPage({ viewport: { width, height } });
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
      page.on(
        'response',
        (r) => void (r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`)),
      );
      await page.goto(`${base}/web/`);
      return page;
    }

    async function rateWithActions(page: Page, actions = 'examples/actions.csv'): Promise<void> {
      await page.setInputFiles('#cases', 'examples/cumberland/cases.csv');
      await page.setInputFiles('#judgements', 'examples/cumberland/judgements.csv');
      await page.waitForSelector('#rate-results:not([hidden]) #summary .score');
      await page.setInputFiles('#actions-file', actions);
      await page.waitForSelector('#rate-results:not([hidden]) #actions-heading');
    }

    beforeAll(async () => {
      mkdirSync(OUT, { recursive: true });
      pages = await servePages();
      ({ browser, base } = pages);
    }, 120_000);

    afterAll(async () => {
      await pages?.close();
    });

    it("shows each example action beside its target's figures in the Cumberland audit", async () => {
      const page = await open(1280);
      await rateWithActions(page);
      const items = await page.$$eval('#action-list li', (lis) =>
        lis.map((li) => [li.getAttribute('data-target'), li.textContent]),
      );
      expect(items).toEqual([
        [
          '2.1.3',
          'Add a keeping-other-people-safe analysis to every court assessment; senior practitioner checks each one2.1.3 is 38% (3 of 8), Inadequate InadequateOwner: Court team manager · Due: 2024-02-29 · Status: done',
        ],
        [
          '2.2.3',
          'Plan contingency for risk to others with the child and family at the first planning meeting2.2.3 is 25% (2 of 8), Inadequate InadequateOwner: Senior practitioner · Due: 2024-03-31 · Status: done',
        ],
        [
          '2.4',
          "Review every case at each significant change in the child's safety2.4 Reviewing is Inadequate (lowest 2.4.2 25% (2 of 8)) InadequateOwner: Team managers · Due: 2024-05-31 · Status: in progress",
        ],
        [
          '2.4.2',
          'Reviewing refresher at practice week2.4.2 is 25% (2 of 8), Inadequate InadequateOwner: QA lead · Due: 2024-09-30 · Status: not started',
        ],
      ]);
      // the example button loads the same file
      await page.reload();
      await page.setInputFiles('#cases', 'examples/cumberland/cases.csv');
      await page.setInputFiles('#judgements', 'examples/cumberland/judgements.csv');
      await page.waitForSelector('#rate-results:not([hidden]) #summary .score');
      await page.click('#example-actions');
      await page.waitForSelector('#action-list li');
      expect(await page.$$eval('#action-list li', (l) => l.length)).toBe(4);
      expect(await axeViolations(page, { seriousOnly: true })).toEqual([]);
      expect(await overflowing(page, 1280)).toEqual([]);
      await page.locator('#actions-heading').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${OUT}/page-actions-1280.png` });
      await page.close();
    });

    it('a file with problems: each located, in place of the actions; the ratings stay', async () => {
      const bad = join(tmpdir(), 'bad-actions.csv');
      writeFileSync(bad, 'action,key question,due date\n<b>x</b>,9.9,\ny,2.1,31/02/2025\n');
      const page = await open(1280);
      await rateWithActions(page, bad);
      const text = await page.textContent('#rate-results');
      expect(text).toContain('2 problems in bad-actions.csv, so no action is shown.');
      expect(text).toContain('"9.9" is not a key question or standard of hmip-youth-2021');
      expect(text).toContain('"31/02/2025" is not a date: February 2025 has 28 days');
      expect(await page.textContent('#summary .score')).toBe('Score 12/36');
      expect(await page.$$('#rate-results b')).toHaveLength(0);
      await page.close();
    });

    it('at 390 px: nothing wider than the screen, axe-core clean', async () => {
      const page = await open(390, 844);
      await rateWithActions(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        390,
      );
      expect(await overflowing(page, 390)).toEqual([]);
      expect(await axeViolations(page, { seriousOnly: true })).toEqual([]);
      await page.locator('#actions-heading').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${OUT}/page-actions-390.png` });
      await page.close();
      expect(errors).toEqual([]);
    });

    it('the trend step: each example action before and after its due date, at 1280 and 390 px', async () => {
      for (const width of [1280, 390]) {
        const page = await open(width);
        await page.click('#trend-example');
        await page.waitForSelector('#trend-results:not([hidden]) svg[role="img"]');
        await page.click('#example-trend-actions');
        await page.waitForSelector('#trend-action-list li');
        const items = await page.$$eval('#trend-action-list li', (lis) =>
          lis.map((li) => li.textContent),
        );
        expect(items[0]).toBe(
          'Add a keeping-other-people-safe analysis to every court assessment; senior practitioner checks each oneLarger than the intervals explain. due 2024-02-29: 2024-01-15 to 2024-07-15: 2.1.3 rose from 38% (3 of 8) to 92% (11 of 12), from Inadequate to Outstanding; larger than the samples would explain at 80%',
        );
        expect(items[3]).toBe(
          'Reviewing refresher at practice week2.4.2: no audit after its due date 2024-09-30 yet; not compared',
        );
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          width,
        );
        expect(await overflowing(page, width)).toEqual([]);
        expect(await axeViolations(page, { seriousOnly: true })).toEqual([]);
        await page.locator('#trend-actions-heading').scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${OUT}/page-trend-actions-${width}.png` });
        await page.close();
      }
      expect(errors).toEqual([]);
    });

    it("the board report's actions section at 1280 and 390 px: no overflow, axe-core clean", async () => {
      let html = '';
      const code = await main(
        [
          'rate',
          'examples/trend/audit-2024-07-15.csv',
          '--judgements',
          'examples/trend/audit-2024-07-15-judgements.csv',
          '--actions',
          'examples/actions.csv',
          '--format',
          'html',
        ],
        { out: (s) => void (html += s), err: () => undefined },
      );
      expect(code).toBe(0);
      for (const width of [1280, 390]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.setContent(html);
        expect(await page.$$eval('#actions li', (l) => l.length)).toBe(4);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          width,
        );
        expect(await axeViolations(page, { seriousOnly: true })).toEqual([]);
        await page.locator('#actions').screenshot({ path: `${OUT}/report-actions-${width}.png` });
        await page.close();
      }
    });
  },
);
