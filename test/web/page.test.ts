// The example page in real headless Chromium (Debian's chromium): every step with its charts and
// text alternatives, downloads read back to the same figures the library gives in Node, the
// first load's size, 390 px without sideways scrolling, print to PDF, keyboard use and axe-core.
// Screenshots are written to test-results/ (page-1280.png, page-390.png, page-print-1.png, ...).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, axeViolations, servePages, type ServedPages } from '../support/chromium.js';
import { frameworks } from '../../src/index.js';
import {
  casesToRows,
  formatReport,
  formatTrend,
  moderateAudits,
  rateAudit,
  readCaseload,
  readAuditLog,
  sampleCaseload,
  sampleCases,
  toCsv,
  trendAudits,
  trendFiles,
} from '../../src/sheets.js';

// Debian's chromium and poppler; .ci/run installs them when missing. Elsewhere the test is
// skipped with a notice, and the summary of `npm test` says so.
const PDFTOTEXT = '/usr/bin/pdftotext';
const available = existsSync(CHROMIUM) && existsSync(PDFTOTEXT);
if (!available && !process.env['CI'])
  console.warn(`${CHROMIUM} or ${PDFTOTEXT} not found: the web page test is skipped`);

const OUT = 'test-results';
const read = (path: string) => readFileSync(path, 'utf8');
const file = (path: string, name = path.split('/').pop() as string) => ({
  name,
  data: read(path),
});

/** The library's own answer in Node for the Cumberland files, to compare the page with. */
async function cumberlandInNode() {
  const audit = await rateAudit({
    cases: file('examples/cumberland/cases.csv'),
    judgements: file('examples/cumberland/judgements.csv'),
  });
  return { audit, input: { rating: audit.rating, tally: audit.tally, margins: audit.margins } };
}

describe.runIf(available || process.env['CI'])('the example page in headless Chromium', () => {
  let pages: ServedPages | undefined;
  let browser: Browser;
  let base: string;
  const errors: string[] = [];

  /** A fresh page at a width, with every script error and failed request recorded. */
  async function open(width = 1280, height = 900): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height }, acceptDownloads: true });
    page.on('pageerror', (e) => errors.push(`${e.message}`));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('response', (r) => void (r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`)));
    await page.goto(`${base}/web/`);
    return page;
  }

  async function rateCumberland(page: Page): Promise<void> {
    await page.setInputFiles('#cases', 'examples/cumberland/cases.csv');
    await page.setInputFiles('#judgements', 'examples/cumberland/judgements.csv');
    await page.waitForSelector('#rate-results:not([hidden]) #summary .score');
  }

  /** Clicks a download button and returns the file's bytes. */
  async function downloaded(page: Page, button: string): Promise<Buffer> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    return readFileSync((await download.path()) as string);
  }

  /** Every step run with its example. */
  async function everyStep(page: Page): Promise<void> {
    await page.click('#sample-example');
    await page.waitForSelector('#sample-results:not([hidden])');
    await rateCumberland(page);
    await page.click('#moderate-example');
    await page.waitForSelector('#moderate-results:not([hidden])');
    await page.click('#trend-example');
    await page.waitForSelector('#trend-results:not([hidden]) svg[role="img"]');
  }

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    pages = await servePages();
    ({ browser, base } = pages);
  }, 120_000);

  afterAll(async () => {
    await pages?.close();
  });

  it('Cumberland: the figures, the charts with their text alternatives, the lowest marked', async () => {
    const page = await open();
    await rateCumberland(page);
    expect(await page.textContent('#summary')).toBe(
      'Score 12/36Overall rating Requires improvementHMIP youth justice inspection standards, 2021. Sample: 20 cases (8 court, 12 out-of-court)',
    );
    const row = (id: string) => page.textContent(`#ratings tr[data-standard="${id}"]`);
    expect(await row('2.1')).toBe(
      '2.1 AssessmentRequires improvementlowest key question 2.1.3: 38% (3 of 8); raised by the panel from Inadequate',
    );
    expect(await row('2.2')).toContain('Inadequate');
    expect(await page.locator('#ratings tr[data-standard]').count()).toBe(13);
    expect(await page.locator('#margins li').count()).toBe(7);
    expect(await page.textContent('#excluded')).toBe(
      'The rating for 4.1 does not influence the overall rating.',
    );
    // The grid, the score and one chart per case-sampled standard, each an image with a name
    // and a description that gives its figures in words.
    const charts = await page.$$eval('#rate-results svg', (svgs) =>
      svgs.map((s) => ({
        role: s.getAttribute('role'),
        title: s.querySelector('title')?.textContent ?? '',
        desc: s.querySelector('desc')?.textContent ?? '',
        width: s.getBoundingClientRect().width,
      })),
    );
    expect(charts).toHaveLength(9);
    for (const c of charts) {
      expect(c.role).toBe('img');
      expect(c.title.length).toBeGreaterThan(10);
      expect(c.desc.length).toBeGreaterThan(20);
      expect(c.width).toBeGreaterThan(200);
    }
    expect(charts.map((c) => c.title)).toContain('2.1 Assessment: % yes by key question');
    const chart21 = charts.find((c) => c.title.startsWith('2.1 '));
    expect(chart21?.desc).toContain('2.1.3');
    expect(chart21?.desc).toContain('38%');
    // The lowest key question is marked in its table in words, not by colour alone.
    expect(await page.locator('#rate-results td', { hasText: '▼ lowest: 2.1.3' }).count()).toBe(1);
    await page.screenshot({ path: `${OUT}/page-1280.png`, fullPage: true });
    await page
      .locator('section.standard figure.chart svg')
      .first()
      .screenshot({ path: `${OUT}/chart-2.1.png` });
    await page
      .locator('#rate-results figure.overview')
      .screenshot({ path: `${OUT}/chart-grid.png` });
    await page.evaluate(() => document.getElementById('summary')?.scrollIntoView());
    await page.screenshot({ path: `${OUT}/page-rate.png` });
    await page.close();
    expect(errors).toEqual([]);
  });

  it('the first load is the CSV path: at most 100 kB gzip, no workbook reader, no other step', async () => {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${base}/web/`);
    await page.waitForLoadState('networkidle');
    const scripts = requested.filter((p) => p.endsWith('.js'));
    const gzip = scripts.reduce(
      (sum, p) => sum + gzipSync(readFileSync(join('examples', p))).length,
      0,
    );
    expect(gzip).toBeLessThanOrEqual(100_000);
    writeFileSync(`${OUT}/page-first-load.txt`, `${scripts.join('\n')}\n${gzip} bytes gzip\n`);
    expect(
      scripts.some((p) => /workbook-reader|exceljs|plot-marks|sample-|moderate-|trend-/.test(p)),
    ).toBe(false);
    // Rating a CSV audit fetches Plot for the charts, but never a workbook reader or writer.
    await rateCumberland(page);
    expect(requested.some((p) => p.includes('plot-marks'))).toBe(true);
    expect(requested.some((p) => /workbook-reader|exceljs/.test(p))).toBe(false);
    // A workbook fetches the reader, once.
    const reader = page.waitForRequest(/workbook-reader/);
    await page.evaluate(() => document.getElementById('rate-results')?.setAttribute('hidden', ''));
    await page.setInputFiles('#cases', 'examples/cumberland/audit.xlsx');
    await reader;
    await page.waitForSelector('#rate-results:not([hidden])');
    expect(await page.textContent('#summary .score')).toBe('Score 12/36');
    expect(requested.filter((p) => p.includes('workbook-reader'))).toHaveLength(1);
    expect(requested.some((p) => p.includes('exceljs'))).toBe(false);
    await page.close();
  });

  it('downloads re-read to the figures the library gives in Node: CSV, Excel and the HTML report', async () => {
    const { input, audit } = await cumberlandInNode();
    const page = await open();
    await rateCumberland(page);
    // CSV: the very text of the command's --format csv.
    const csv = (await downloaded(page, '#download-csv')).toString('utf8');
    expect(csv).toBe(formatReport(input, 'csv'));
    // Excel: the Ratings sheet, read with exceljs, row by row.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await downloaded(page, '#download-xlsx')) as never);
    const sheet = workbook.getWorksheet('Ratings');
    const byStandard = new Map<string, string>();
    sheet?.eachRow((r) => byStandard.set(String(r.getCell(1).value), String(r.getCell(3).value)));
    for (const s of audit.rating.standards)
      expect(byStandard.get(s.standard)).toBe(s.rating ?? 'Not rated');
    expect(byStandard.get('overall')).toBe('Requires improvement');
    const kq = workbook.getWorksheet('Key questions');
    const lowest: string[] = [];
    kq?.eachRow(
      (r, n) =>
        void (n > 1 && r.getCell(8).value === 'lowest' && lowest.push(String(r.getCell(2).value))),
    );
    expect(lowest).toEqual(
      audit.rating.standards.flatMap((s) => (s.lowest ? [s.lowest.keyQuestion] : [])),
    );
    // The board report: self-contained, with the same ratings.
    const html = (await downloaded(page, '#download-html')).toString('utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    const report = await browser.newPage();
    await report.setContent(html);
    const text = (await report.textContent('body')) ?? '';
    expect(text).toContain('Requires improvement');
    expect(text).toContain('12');
    for (const s of audit.rating.standards) expect(text).toContain(`${s.standard} ${s.name}`);
    expect(await report.locator('svg[role="img"]').count()).toBeGreaterThanOrEqual(9);
    await report.close();
    await page.close();
  });

  it('a problem in the file: every problem against its row and column, and no ratings', async () => {
    const page = await open();
    const bad = read('examples/cumberland/cases.csv').replace(
      'court-3,court,community-sentence,yes',
      'court-3,court,community-sentence,maybe',
    );
    await page.setInputFiles('#cases', {
      name: 'audit.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(bad),
    });
    await page.waitForSelector('#rate-problems:not([hidden])');
    expect(await page.textContent('#rate-problems tbody tr')).toBe(
      'audit.csv4D (2.1.1)"maybe" is not an answer: use yes, no or n/a',
    );
    expect(await page.textContent('#rate-problems .count')).toContain(
      '1 problem found, so nothing was rated',
    );
    expect(await page.isHidden('#rate-results')).toBe(true);
    await page.close();
  });

  it('text from the files is shown as text, never as markup', async () => {
    const page = await open();
    const hostile = read('examples/cumberland/cases.csv').replace(
      'court-1,',
      '"<img src=x onerror=window.hacked=1><script>window.hacked=2</script>",',
    );
    await page.setInputFiles('#cases', {
      name: 'h.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(hostile),
    });
    await page.setInputFiles('#judgements', 'examples/cumberland/judgements.csv');
    await page.waitForSelector('#rate-results:not([hidden])');
    expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
    expect(await page.locator('#rate-results img, #rate-results script').count()).toBe(0);
    await page.close();
  });

  it('the panel lowering a rating says so; cases without judgements give a loud warning and no score', async () => {
    const page = await open();
    const judgements = read('examples/cumberland/judgements.csv').replace(
      '2.3,Implementation and delivery,,',
      '2.3,Implementation and delivery,Inadequate,one case from the boundary',
    );
    await page.setInputFiles('#cases', 'examples/cumberland/cases.csv');
    await page.setInputFiles('#judgements', {
      name: 'j.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(judgements),
    });
    await page.waitForFunction(() =>
      document
        .querySelector('#ratings')
        ?.shadowRoot?.querySelector('tr[data-standard="2.3"]')
        ?.textContent?.includes('lowered'),
    );
    expect(await page.textContent('#ratings tr[data-standard="2.3"]')).toContain(
      'lowered by the panel from Requires improvement',
    );
    const alone = await open();
    await alone.setInputFiles('#cases', 'examples/cumberland/cases.csv');
    await alone.waitForSelector('#rate-results:not([hidden])');
    expect(await alone.isVisible('#summary [role="alert"]')).toBe(true);
    expect(await alone.textContent('#summary')).toContain('No score and no overall rating.');
    expect(await alone.textContent('#summary')).not.toMatch(/Score \d+\/36/);
    await alone.close();
    await page.close();
  });

  it('draws the sample the library draws in Node, and its audit sheet downloads', async () => {
    const caseload = await readCaseload(file('examples/caseload.csv'));
    const auditLog = await readAuditLog(file('examples/audited.csv'));
    const sample = sampleCaseload(caseload, { fieldwork: '2025-07-07', seed: 2021, auditLog });
    const cases = sampleCases(sample);
    const page = await open();
    await page.click('#sample-example'); // held until the step's code arrives, then done
    await page.waitForSelector('#sample-results:not([hidden])');
    const court = cases.filter((c) => c.kind === 'court').length;
    expect(await page.textContent('#sample-summary')).toBe(
      `Sample: ${cases.length} cases (${court} court, ${cases.length - court} out-of-court), seed 2021`,
    );
    const sheet = (await downloaded(page, '#download-sample-csv')).toString('utf8');
    expect(sheet).toBe(toCsv(casesToRows(frameworks['hmip-youth-2021'], cases)));
    await page.close();
  });

  it('moderates two audits as the library does in Node', async () => {
    const moderated = await moderateAudits(
      {
        first: file('examples/moderation/first.csv'),
        second: file('examples/moderation/second.csv'),
      },
      { unanswered: 'leave-out' },
    );
    const o = moderated.agreement.overall;
    const page = await open();
    await page.click('#moderate-example');
    await page.waitForSelector('#moderate-results:not([hidden])');
    expect(await page.textContent('#moderate-summary')).toBe(
      `Agreement on key questions: ${o.percent}% (${o.agreed} of ${o.total} alike), kappa ${o.kappa?.toFixed(2)}`,
    );
    await page.close();
  });

  it('a trend of three audits chosen at once: charts, the change beyond the intervals, the CSV', async () => {
    const names = ['2024-01-15', '2024-04-15', '2024-07-15'].flatMap((d) => [
      `examples/trend/audit-${d}.csv`,
      `examples/trend/audit-${d}-judgements.csv`,
    ]);
    const inNode = await trendAudits(trendFiles(names.map((n) => file(n))));
    const page = await open();
    await page.setInputFiles('#audits', names);
    await page.waitForSelector('#trend-results:not([hidden]) svg[role="img"]');
    expect(await page.textContent('#trend-summary')).toBe('3 audits from 2024-01-15 to 2024-07-15');
    const beyond = await page.locator('#trend-beyond li').allTextContents();
    expect(beyond).toHaveLength(1);
    expect(beyond[0]).toBe(
      inNode.trend.keyQuestions.find((k) => k.keyQuestion === '2.1.3')?.firstToLast.sentence,
    );
    const charts = await page.$$eval('#trend-results figure svg', (svgs) =>
      svgs.map((s) => [
        s.getAttribute('role'),
        s.querySelector('title')?.textContent,
        s.querySelector('desc')?.textContent,
      ]),
    );
    expect(charts.length).toBeGreaterThanOrEqual(10);
    for (const [role, title, desc] of charts) {
      expect(role).toBe('img');
      expect(title).toBeTruthy();
      expect(desc).toBeTruthy();
    }
    const csv = (await downloaded(page, '#download-trend')).toString('utf8');
    expect(csv).toBe(formatTrend(inNode, 'csv'));
    const report = (await downloaded(page, '#download-trend-html')).toString('utf8');
    expect(report).toContain(beyond[0]);
    expect(report).not.toMatch(/\b(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
    await page.close();
  });

  it('at 390 px nothing scrolls sideways, with every step shown; badges stay readable', async () => {
    const page = await open(390, 844);
    await everyStep(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    // Each chart fits its column; each wide table scrolls inside its own box.
    const widest = await page.$$eval('main svg', (svgs) =>
      Math.max(...svgs.map((s) => s.getBoundingClientRect().right)),
    );
    expect(widest).toBeLessThanOrEqual(390);
    const badge = await page.$eval('#summary .rating', (b) => {
      const style = getComputedStyle(b);
      return {
        size: parseFloat(style.fontSize),
        wrap: style.whiteSpace,
        height: b.getBoundingClientRect().height,
      };
    });
    expect(badge.size).toBeGreaterThanOrEqual(14);
    expect(badge.wrap).toBe('nowrap');
    await page.screenshot({ path: `${OUT}/page-390.png`, fullPage: true });
    await page.screenshot({ path: `${OUT}/page-390-top.png` });
    await page.close();
  });

  it('print gives the report: A4 pages, the results without the forms', async () => {
    const page = await open();
    await rateCumberland(page);
    const pdf = `${OUT}/page-print.pdf`;
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1],
    );
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(12);
    const text = execFileSync(PDFTOTEXT, ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Score 12/36');
    expect(text).toContain('2.1.3');
    expect(text).not.toContain('Try the Cumberland example'); // the forms are not printed
    expect(text).not.toContain('Download the results');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '2', pdf, `${OUT}/page-print`]);
    await page.close();
  });

  it('works from the keyboard: focus is visible and a file is chosen without a mouse', async () => {
    const page = await open();
    await page.focus('#cases');
    const outline = await page.$eval('#cases', (e) => getComputedStyle(e).outlineStyle);
    expect(outline).not.toBe('none');
    // Playwright starts catching the file dialog when asked for the event; one round trip to the
    // page makes sure it has before the key is pressed.
    const chooser = page.waitForEvent('filechooser');
    await page.evaluate(() => 0);
    await page.keyboard.press('Space');
    await (await chooser).setFiles('examples/cumberland/audit.xlsx');
    await page.waitForSelector('#rate-results:not([hidden])');
    expect(await page.textContent('#summary .score')).toBe('Score 12/36');
    // The skip link is the first stop and leads to the content.
    await page.keyboard.press('Shift+Tab');
    await page.goto(`${base}/web/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Skip to the content',
    );
    await page.close();
  });

  it('axe-core finds no serious or critical problem at 1280 and 390 px, every step shown', async () => {
    for (const width of [1280, 390]) {
      const page = await open(width);
      await everyStep(page);
      const found = await axeViolations(page);
      expect(
        found.filter((v) => /^(serious|critical)/.test(v)),
        `at ${width} px`,
      ).toEqual([]);
      await page.close();
    }
    expect(errors).toEqual([]);
  });
});
