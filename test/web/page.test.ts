import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
// @ts-expect-error: a plain .mjs script without types
import { serve } from '../../scripts/serve-web.mjs';

// Debian's chromium; .ci/run installs it when missing. Elsewhere the test is skipped with a notice.
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && !process.env['CI'])
  console.warn(`${CHROMIUM} not found: the web page test is skipped`);

describe.runIf(available || process.env['CI'])(
  'the mock-inspection page in headless Chromium',
  () => {
    let server: Server;
    let browser: Browser;
    let page: Page;
    let base: string;

    beforeAll(async () => {
      execFileSync('node', ['scripts/build-web.mjs'], { stdio: 'inherit' });
      server = (await serve(0)) as Server;
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    }, 120_000);

    afterAll(async () => {
      await browser?.close();
      await new Promise((done) => server?.close(done));
    });

    it('shows the ratings table, key questions and margins for the filled Cumberland example', async () => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${base}/web/`);
      await page.setInputFiles('#cases', 'examples/cumberland/cases.csv');
      await page.setInputFiles('#judgements', 'examples/cumberland/judgements.csv');
      await page.waitForSelector('#results:not([hidden])');
      expect(await page.textContent('#summary')).toBe(
        'Score 12/36Overall rating Requires improvementHMIP youth justice inspection standards, 2021. Sample: 20 cases (8 court, 12 out-of-court)',
      );
      const row = (id: string) => page.textContent(`#ratings tr[data-standard="${id}"]`);
      expect(await row('2.1')).toBe(
        '2.1 AssessmentRequires improvementlowest key question 2.1.3: 38% (3 of 8); raised by the panel from Inadequate',
      );
      expect(await row('2.2')).toContain('Inadequate');
      expect(await row('4.1')).toContain('Requires improvement');
      expect(await page.locator('#ratings tr[data-standard]').count()).toBe(13);
      expect(await page.locator('#margins li').count()).toBe(7);
      expect(await page.textContent('#margins li')).toContain(
        '1 more yes on 2.1.3 makes it Requires improvement',
      );
      expect(await page.locator('tr.lowest').count()).toBe(7);
      mkdirSync('test-results', { recursive: true });
      await page.screenshot({ path: 'test-results/web-cumberland.png', fullPage: true });
      expect(readFileSync('test-results/web-cumberland.png').length).toBeGreaterThan(10_000);
      expect(errors).toEqual([]);
    });

    it('reads a workbook with its own Judgements sheet, fetching the workbook reader only then', async () => {
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      await page.goto(`${base}/web/`);
      await page.setInputFiles('#cases', 'examples/cumberland/cases.csv');
      await page.setInputFiles('#judgements', 'examples/cumberland/judgements.csv');
      await page.waitForSelector('#results:not([hidden])');
      expect(requested.filter((u) => u.includes('workbook-reader'))).toEqual([]);
      await page.goto(`${base}/web/`);
      await page.setInputFiles('#cases', 'examples/cumberland/audit.xlsx');
      await page.waitForSelector('#results:not([hidden])');
      expect(await page.textContent('#summary .score')).toBe('Score 12/36');
      expect(requested.filter((u) => u.includes('workbook-reader'))).toHaveLength(1);
    });

    it('says "lowered" when the panel lowered a rating, and notes that 4.1 does not count', async () => {
      await page.goto(`${base}/web/`);
      const judgements = readFileSync('examples/cumberland/judgements.csv', 'utf8')
        .replace('3.1,Assessment,,', '3.1,Assessment,Inadequate,considered and kept')
        .replace(
          '2.3,Implementation and delivery,,',
          '2.3,Implementation and delivery,Inadequate,one case from the boundary',
        );
      await page.setInputFiles('#cases', 'examples/cumberland/cases.csv');
      await page.setInputFiles('#judgements', {
        name: 'j.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(judgements),
      });
      await page.waitForSelector('#results:not([hidden])');
      const row = (id: string) => page.textContent(`#ratings tr[data-standard="${id}"]`);
      expect(await row('2.3')).toContain('lowered by the panel from Requires improvement');
      expect(await row('3.1')).toContain('the panel considered discretion and kept Inadequate');
      expect(await page.textContent('#excluded')).toContain(
        'The rating for 4.1 does not influence the overall rating.',
      );
    });

    it('cases without judgements: a loud warning and no score, as the command refuses them', async () => {
      await page.goto(`${base}/web/`);
      await page.setInputFiles('#cases', 'examples/cumberland/cases.csv');
      await page.waitForSelector('#results:not([hidden])');
      expect(await page.isVisible('#summary [role="alert"]')).toBe(true);
      expect(await page.textContent('#summary')).toContain('No score and no overall rating.');
      expect(await page.textContent('#summary')).not.toMatch(/Score \d+\/36/);
    });

    it('text from the files is shown as text, never as markup', async () => {
      await page.goto(`${base}/web/`);
      const hostile = readFileSync('examples/cumberland/cases.csv', 'utf8').replace(
        'court-1,',
        '"<img src=x onerror=window.hacked=1><script>window.hacked=2</script>",',
      );
      await page.setInputFiles('#cases', {
        name: 'h.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(hostile),
      });
      await page.setInputFiles('#judgements', 'examples/cumberland/judgements.csv');
      await page.waitForSelector('#results:not([hidden])');
      expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
      expect(await page.locator('#results img, #results script').count()).toBe(0);
    });

    it('shows errors against the row and column, and no ratings', async () => {
      await page.goto(`${base}/web/`);
      const bad = readFileSync('examples/cumberland/cases.csv', 'utf8').replace(
        'court-3,court,community-sentence,yes',
        'court-3,court,community-sentence,maybe',
      );
      await page.setInputFiles('#cases', {
        name: 'audit.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(bad),
      });
      await page.waitForSelector('#errors:not([hidden])');
      expect(await page.textContent('#errors tbody tr')).toBe(
        'audit.csv4D (2.1.1)"maybe" is not an answer: use yes, no or n/a',
      );
      expect(await page.textContent('#errors-count')).toContain('1 problem found');
      expect(await page.isHidden('#results')).toBe(true);
      await page.screenshot({ path: 'test-results/web-errors.png' });
    });

    it('the example button loads the Cumberland files', async () => {
      await page.goto(`${base}/web/`);
      await page.click('#example');
      await page.waitForSelector('#results:not([hidden])');
      expect(await page.textContent('#summary .score')).toBe('Score 12/36');
    });
  },
);
