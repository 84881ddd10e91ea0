// The board report and the charts in real Chromium (Debian's, through playwright-core): printed
// to A4 PDF and read back with poppler (pdfinfo, pdftotext) with no table row split across
// pages; axe-core clean of serious and critical problems; no sideways scroll at 390 px; chart
// text inside its chart and never on other text; and each chart the same in the browser as in
// Node. Screenshots and the first PDF page as PNG are left in test-results/ to look at.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { parseHTML } from 'linkedom';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, axeViolations, launchChromium } from '../support/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ratingIntervals } from '../../src/confidence/index.js';
import { youth2021 } from '../../src/index.js';
import { htmlReport, ratingCharts, serverDocument, type ReportInput } from '../../src/sheets.js';
import { OPTIONS, fullInput } from '../support/report-fixtures.js';

// Debian's chromium; .ci/run installs it when missing. Elsewhere the test is skipped with a notice.
const available = existsSync(CHROMIUM);
if (!available && !process.env['CI'])
  console.warn(`${CHROMIUM} not found: the report's browser test is skipped`);
// poppler-utils reads the PDF back; likewise skipped with a notice outside CI when missing.
const poppler = (() => {
  try {
    execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!poppler && !process.env['CI'])
  console.warn("pdfinfo (poppler-utils) not found: the report's PDF checks are skipped");

const OUT = 'test-results';
const DIR = join(OUT, 'report');

/** Every <text> of the visible charts: outside its chart, or on another text, in words. */
const TEXT_LAYOUT = `(() => {
  const problems = [];
  const visible = [...document.querySelectorAll('svg[role="img"]')].filter((s) => s.getBoundingClientRect().width > 0);
  for (const svg of visible) {
    const name = svg.querySelector('title')?.textContent;
    const frame = svg.getBoundingClientRect();
    const boxes = [...svg.querySelectorAll('text')]
      .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
      .filter((b) => b.r.width > 0);
    for (const { text, r } of boxes)
      if (r.left < frame.left - 0.5 || r.right > frame.right + 0.5 || r.top < frame.top - 0.5 || r.bottom > frame.bottom + 0.5)
        problems.push(name + ': "' + text + '" is outside the chart');
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r, b = boxes[j].r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 1 && h > 2) problems.push(name + ': "' + boxes[i].text + '" overlaps "' + boxes[j].text + '"');
      }
  }
  return { charts: visible.length, problems };
})()`;

/** Markup in a canonical form (attributes sorted, no namespace attributes), parsed by the page. */
const CANONICAL = `(markup) => {
  const doc = new DOMParser().parseFromString('<body>' + markup + '</body>', 'text/html');
  const walk = (n) => n.nodeType === 3 ? n.data.replace(/&/g, '&amp;').replace(/</g, '&lt;') : n.nodeType !== 1 ? '' :
    '<' + n.localName + [...n.attributes].filter((a) => !a.name.startsWith('xmlns')).map((a) => ' ' + a.name + '="' + a.value + '"').sort().join('') + '>' +
    [...n.childNodes].map(walk).join('') + '</' + n.localName + '>';
  return [...doc.body.childNodes].map(walk).join('');
}`;

describe.runIf(available || process.env['CI'])('the board report in headless Chromium', () => {
  let browser: Browser;
  let input: ReportInput;
  let file: string;
  let chartsBundle: string;

  const open = async (width: number, url = pathToFileURL(file).href): Promise<Page> => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(url);
    return page;
  };

  beforeAll(async () => {
    mkdirSync(DIR, { recursive: true });
    input = await fullInput();
    file = join(DIR, 'report.html');
    writeFileSync(file, await htmlReport(input, OPTIONS));
    // the charts module for the browser, with Plot, as a page would bundle it
    const bundle = await build({
      stdin: {
        contents:
          "import { ratingCharts } from './src/output/charts/charts.ts'; globalThis.charts = { ratingCharts };",
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      platform: 'browser',
      tsconfig: 'tsconfig.json',
      external: ['linkedom'], // serverDocument, for Node only, is never called in a page
      write: false,
      logLevel: 'silent',
    });
    chartsBundle = bundle.outputFiles[0]?.text ?? '';
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('makes no network request, and at 390 px does not scroll sideways; screenshots at 1280 and 390', async () => {
    for (const width of [1280, 390]) {
      const requests: string[] = [];
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(pathToFileURL(file).href);
      await page.waitForLoadState('networkidle');
      expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, `scrollWidth at ${width}`).toBeLessThanOrEqual(width);
      await page.screenshot({ path: join(OUT, `report-${width}.png`), fullPage: true });
      // the charts for this width are the visible ones: drawn at 700 px, or at 358 px on a phone
      const widths = await page.evaluate(() =>
        [...document.querySelectorAll('svg[role="img"]')]
          .filter((s) => s.getBoundingClientRect().width > 0)
          .map((s) => s.getAttribute('width')),
      );
      expect(widths).toEqual(Array(11).fill(width === 390 ? '358' : '700'));
      const layout = (await page.evaluate(TEXT_LAYOUT)) as { charts: number; problems: string[] };
      expect(layout.problems).toEqual([]);
      // every chart is an image with its name in the accessibility tree
      expect(
        await page.getByRole('img', { name: '2.1 Assessment: % yes by key question' }).count(),
      ).toBe(1);
      await page.close();
    }
  });

  it('axe-core finds no serious or critical problem, on a laptop or a phone', async () => {
    for (const width of [1280, 390]) {
      const page = await open(width);
      const bad = await axeViolations(page, { seriousOnly: true });
      expect(bad, `at ${width} px`).toEqual([]);
      await page.close();
    }
  });

  it.runIf(poppler || process.env['CI'])(
    'prints to A4 PDF: its pages, its text, and no table row cut across a page',
    async () => {
      const page = await open(1280);
      const pdf = join(DIR, 'report.pdf');
      await page.pdf({ path: pdf, format: 'A4', printBackground: true });
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      expect(info).toMatch(/^Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/m);
      const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(6);
      expect(pages).toBeLessThanOrEqual(24);
      const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
        .split('\f')
        .slice(0, pages);
      const words = text.join(' ').replace(/\s+/g, ' ');
      for (const expected of [
        'Mock inspection report',
        'Score 12/36 · Overall rating Requires improvement',
        'Score 12 of 36: Requires improvement', // the score chart, printed as text
        '2.1.3 · 38% (3 of 8) · Inadequate · lowest', // the 2.1 chart's label
        '1 more yes on 2.1.3 makes it Requires improvement',
        'Sample: 20 cases (8 court, 12 out-of-court).',
        'Every standard was rated.',
        '14.7%', // 2.1.3's interval, 14.7% to 65.5%
        '65.5%',
        'By gender (indicative)',
        'Report made on 7 March 2025 with hmip-ratings-sheets 1.2.3.',
        'not affiliated with or endorsed by HM Inspectorate of Probation',
      ])
        expect(words).toContain(expected);
      // the phone-sized charts are not printed: each chart's caption once
      expect(words.match(/Every standard’s rating, by domain/g)).toHaveLength(1);
      execFileSync('pdftoppm', [
        '-png',
        '-r',
        '60',
        '-f',
        '1',
        '-l',
        '1',
        pdf,
        join(OUT, 'report-page'),
      ]);
      expect(existsSync(join(OUT, 'report-page-01.png'))).toBe(true);

      // The same report with a marker at the start and end of every table row, and every row
      // made five lines taller so that many would straddle a page end: each row's two markers
      // must print on the same page, and a table's header on every page it reaches.
      const { document } = parseHTML(await htmlReport(input, OPTIONS));
      const rows = [...document.querySelectorAll('table tr')];
      rows.forEach((tr, i) => {
        const cells = [...tr.querySelectorAll('th, td')];
        const marker = (tag: string) => {
          const span = document.createElement('span');
          span.setAttribute('style', 'font-size:5px');
          span.textContent = `QQ${i}${tag}`;
          return span;
        };
        cells[0]?.insertBefore(marker('S'), cells[0].firstChild);
        const last = cells[cells.length - 1];
        for (let line = 0; line < 5; line++) last?.appendChild(document.createElement('br'));
        last?.appendChild(marker('E'));
      });
      const probed = join(DIR, 'report-rows.html');
      writeFileSync(probed, document.toString());
      const probe = await open(1280, pathToFileURL(probed).href);
      const probedPdf = join(DIR, 'report-rows.pdf');
      await probe.pdf({ path: probedPdf, format: 'A4', printBackground: true });
      const probedPages = Number(
        /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [probedPdf], { encoding: 'utf8' }))?.[1],
      );
      const perPage = execFileSync('pdftotext', ['-layout', probedPdf, '-'], { encoding: 'utf8' })
        .split('\f')
        .slice(0, probedPages);
      // "QQ", the row, S or E: no marker is part of another
      const pageOf = (token: string) => perPage.findIndex((p) => p.includes(token));
      expect(rows.length).toBeGreaterThan(100);
      const split: string[] = [];
      for (let i = 0; i < rows.length; i++) {
        const [start, end] = [pageOf(`QQ${i}S`), pageOf(`QQ${i}E`)];
        expect(start, `row ${i} printed`).toBeGreaterThanOrEqual(0);
        if (start !== end) split.push(`row ${i} on pages ${start + 1} to ${end + 1}`);
      }
      expect(split).toEqual([]);
      // the breakdown table runs over several pages, its header row on each
      const table = [...document.querySelectorAll('table')].find(
        (t) => t.querySelector('caption')?.id === 'breakdown-caption',
      ) as Element;
      const header = rows.indexOf(table.querySelector('thead tr') as Element);
      const bodyPages = new Set(
        [...table.querySelectorAll('tbody tr')].map((tr) => pageOf(`QQ${rows.indexOf(tr)}S`)),
      );
      expect(bodyPages.size).toBeGreaterThan(1);
      for (const p of bodyPages)
        expect(perPage[p], `page ${p + 1} repeats the header`).toMatch(new RegExp(`QQ${header}S`));
      await probe.close();
      await page.close();
    },
  );

  it('draws each chart the same in the browser as in Node, and lays it out at every width', async () => {
    const rating = input.rating;
    const intervals = ratingIntervals(rating, youth2021);
    const nodeDocument = await serverDocument();
    const node = await ratingCharts(rating, { document: nodeDocument, width: 390, intervals });
    const nodeMarkup = [node.grid, node.score, ...node.standards.map((s) => s.chart)].map(
      (s) => s.outerHTML,
    );
    // Plot moves edges half a pixel on screens of device pixel ratio 1, as it does nowhere else
    // (not in Node, not on a high-density screen); at ratio 2 the charts are the same
    const context = await browser.newContext({ deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.setContent('<!doctype html><html lang="en"><body></body></html>');
    await page.addScriptTag({ content: chartsBundle });
    const browserMarkup = (await page.evaluate(
      async ([r, i]) => {
        const c = await (
          globalThis as unknown as {
            charts: { ratingCharts: (r: unknown, o: unknown) => Promise<Record<string, unknown>> };
          }
        ).charts.ratingCharts(r, { document: globalThis.document, width: 390, intervals: i });
        const all = [
          c['grid'],
          c['score'],
          ...(c['standards'] as { chart: Element }[]).map((s) => s.chart),
        ];
        return (all as Element[]).map((s) => s.outerHTML);
      },
      [JSON.parse(JSON.stringify(rating)), JSON.parse(JSON.stringify(intervals))] as const,
    )) as string[];
    const canonical = (markup: string) =>
      page.evaluate(`(${CANONICAL})(${JSON.stringify(markup)})`);
    expect(browserMarkup).toHaveLength(nodeMarkup.length);
    for (const [i, markup] of nodeMarkup.entries())
      expect(await canonical(browserMarkup[i] as string), `chart ${i}`).toBe(
        await canonical(markup),
      );

    // at every width from a small phone to a wide screen, no chart text is cut off or on other text
    for (const width of [240, 300, 358, 390, 480, 640, 700, 1000]) {
      await page.evaluate(
        async ([r, i, w]) => {
          const c = await (
            globalThis as unknown as {
              charts: {
                ratingCharts: (r: unknown, o: unknown) => Promise<Record<string, unknown>>;
              };
            }
          ).charts.ratingCharts(r, { document: globalThis.document, width: w, intervals: i });
          globalThis.document.body.replaceChildren(
            c['grid'] as Element,
            c['score'] as Element,
            ...(c['standards'] as { chart: Element }[]).map((s) => s.chart),
          );
        },
        [JSON.parse(JSON.stringify(rating)), JSON.parse(JSON.stringify(intervals)), width] as const,
      );
      const layout = (await page.evaluate(TEXT_LAYOUT)) as { charts: number; problems: string[] };
      expect(layout.charts).toBe(9);
      expect(layout.problems, `at ${width} px`).toEqual([]);
    }
    await context.close();
  });
});
