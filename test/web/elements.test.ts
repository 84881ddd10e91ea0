// The elements in real headless Chromium, on the embed example (examples/embed): the Cumberland
// audit in <hmip-audit-grid>, edited from the keyboard and by pasting a spreadsheet range, each
// time compared with what rateCases gives in Node for the same records and judgements; axe-core
// at 1280 and 390 px; nothing scrolls sideways at 390 px. Screenshots: test-results/elements-*.png.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, axeViolations, servePages, type ServedPages } from '../support/chromium.js';
import { youth2021, type InspectionRating } from '../../src/index.js';
import { rateCases, type Answer, type CaseRecord } from '../../src/cases/index.js';
import { createLiveAudit } from '../../src/live/index.js';
import { readCasesCsv, readJudgementsCsv } from '../../src/sheets.js';
import { howReached } from '../../src/elements/index.js';
import { gridColumns, pastedEdits } from '../../src/elements/grid-model.js';

const available = existsSync(CHROMIUM);
if (!available && !process.env['CI'])
  console.warn(`${CHROMIUM} not found: the elements test is skipped`);

const OUT = 'test-results';
const read = (path: string) => readFileSync(path, 'utf8');
const cumberland = readCasesCsv(read('examples/cumberland/cases.csv'), {
  framework: youth2021,
  file: 'cases.csv',
}).cases;
const judgements = readJudgementsCsv(read('examples/cumberland/judgements.csv'), {
  framework: youth2021,
  file: 'judgements.csv',
}).judgements;
const columns = gridColumns(youth2021);

/** The library's rating in Node for the records, as the embed page rates them. */
const inNode = (cases: readonly CaseRecord[]) =>
  rateCases(youth2021, cases, judgements, { unanswered: 'leave-out' }).rating;

/** The records with one answer changed (`undefined` clears it). */
const withAnswer = (
  cases: readonly CaseRecord[],
  caseId: string,
  keyQuestion: string,
  answer: Answer | undefined,
): CaseRecord[] =>
  cases.map((c) => {
    if (c.id !== caseId) return c;
    const answers: Record<string, Answer> = { ...c.answers };
    if (answer === undefined) delete answers[keyQuestion];
    else answers[keyQuestion] = answer;
    return { ...c, answers };
  });

const GRID = 'hmip-audit-grid';
const cellOf = (caseId: string, keyQuestion: string) =>
  `${GRID} tr[data-case="${caseId}"] td[data-key-question="${keyQuestion}"]`;

describe.runIf(available || process.env['CI'])('the elements in headless Chromium', () => {
  let pages: ServedPages | undefined;
  let browser: Browser;
  let base: string;
  const errors: string[] = [];

  async function open(width = 1280, height = 900): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height } });
    page.on('pageerror', (e) => errors.push(`${e.message}`));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('response', (r) => void (r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`)));
    page.on('request', (r) => {
      if (!r.url().startsWith(base)) errors.push(`network: ${r.url()}`);
    });
    await page.goto(`${base}/embed/`);
    await page.waitForSelector(`${GRID} .summary:has-text("Score")`);
    return page;
  }

  /** What the page shows, and the live audit's own rating, against rateCases in Node. */
  async function expectShown(page: Page, expected: InspectionRating): Promise<void> {
    const shown = await page.$eval(GRID, (grid) => {
      const root = grid.shadowRoot as ShadowRoot;
      const table = root.querySelector('hmip-ratings-table')?.shadowRoot;
      const foot = [...(root.querySelector('tfoot tr')?.children ?? [])].map((c) => c.textContent);
      const heads = [...(root.querySelector('thead tr')?.children ?? [])].map((c) => c.textContent);
      return {
        summary: root.querySelector('.summary')?.textContent,
        percent: Object.fromEntries(heads.slice(1).map((h, i) => [h, foot[i + 1]])),
        rows: Object.fromEntries(
          [...(table?.querySelectorAll('tr[data-standard]') ?? [])].map((r) => [
            r.getAttribute('data-standard'),
            r.textContent,
          ]),
        ),
        live: JSON.stringify((grid as unknown as { audit: { rating(): unknown } }).audit.rating()),
      };
    });
    expect(JSON.parse(shown.live)).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(shown.summary).toBe(
      `Score ${expected.score}/${expected.maximum}. Overall rating: ${expected.overall}`,
    );
    for (const s of expected.standards) {
      expect(shown.rows[s.standard]).toBe(
        `${s.standard} ${s.name}${s.rating ?? 'Not rated'}${howReached(s)}`,
      );
      for (const kq of s.keyQuestions)
        expect(shown.percent[kq.keyQuestion], kq.keyQuestion).toBe(
          kq.empty ? '–' : `${kq.percent}%`,
        );
    }
  }

  /** Clicks a cell and presses a key in it. */
  async function answer(page: Page, caseId: string, keyQuestion: string, key: string) {
    await page.click(cellOf(caseId, keyQuestion));
    await page.keyboard.press(key);
  }

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    pages = await servePages();
    ({ browser, base } = pages);
  }, 120_000);

  afterAll(async () => {
    await pages?.close();
  });

  it('typing re-rates as rateCases does: a band crossed, a discretion trigger fired, n/a, a blank', async () => {
    const page = await open();
    let cases = cumberland;
    const start = inNode(cases);
    expect([start.score, start.overall]).toEqual([12, 'Requires improvement']);
    await expectShown(page, start);
    const changes: string[][] = [];
    await page.exposeFunction('changed', (standards: string[]) => changes.push(standards));
    await page.$eval(GRID, (grid) =>
      grid.addEventListener('hmip-rating-change', (e) =>
        (window as unknown as { changed: (s: unknown) => void }).changed(
          (e as CustomEvent<{ standards: string[] }>).detail.standards,
        ),
      ),
    );

    // oocd-6 answers yes to 3.1.3: 5 of 12 (42%) to 6 of 12 (50%); 3.1 rises from Inadequate
    // to Requires improvement and the score from 12 to 13.
    await answer(page, 'oocd-6', '3.1.3', 'y');
    cases = withAnswer(cases, 'oocd-6', '3.1.3', 'yes');
    const crossed = inNode(cases);
    expect(start.byStandard['3.1'].rating).toBe('Inadequate');
    expect(crossed.byStandard['3.1'].rating).toBe('Requires improvement');
    expect(crossed.score).toBe(13);
    await expectShown(page, crossed);
    expect(await page.textContent(cellOf('oocd-6', '3.1.3'))).toBe('yes');

    // court-4 answers yes to 2.2.3: 2 of 8 (25%) to 3 of 8 (38%), still Inadequate, but one
    // more yes would now reach 50%: the one-case trigger fires and the table says so.
    await answer(page, 'court-4', '2.2.3', 'y');
    cases = withAnswer(cases, 'court-4', '2.2.3', 'yes');
    const fired = inNode(cases);
    expect(crossed.byStandard['2.2'].triggers?.anyFired).toBe(false);
    expect(fired.byStandard['2.2'].triggers?.oneCase.status).toBe('fired');
    expect(fired.byStandard['2.2'].rating).toBe('Inadequate');
    await expectShown(page, fired);
    expect(await page.textContent(`${GRID} tr[data-standard="2.2"]`)).toContain(
      'the panel may consider discretion (one case would change it)',
    );

    // Arrow keys move the active cell: from oocd-6 3.1.3, right then down is oocd-7 3.2.1;
    // "a" answers not applicable there, and Delete leaves court-1's 2.1.1 blank.
    await page.click(cellOf('oocd-6', '3.1.3'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('a');
    cases = withAnswer(cases, 'oocd-7', '3.2.1', 'not applicable');
    expect(await page.textContent(cellOf('oocd-7', '3.2.1'))).toBe('n/a');
    expect(
      await page.$eval(GRID, (g) => g.shadowRoot?.activeElement?.getAttribute('tabindex')),
    ).toBe('0');
    await answer(page, 'court-1', '2.1.1', 'Delete');
    cases = withAnswer(cases, 'court-1', '2.1.1', undefined);
    await expectShown(page, inNode(cases));
    expect(await page.textContent(cellOf('court-1', '2.1.1'))).toBe('');
    expect(changes).toEqual([['3.1'], ['2.2'], ['3.2'], ['2.1']]);

    // The panel raised 2.1 because one case would change it; an answer that takes the trigger
    // away is refused, said so, and changes nothing.
    await answer(page, 'court-1', '2.1.3', 'n');
    expect(await page.textContent(`${GRID} .problem`)).toMatch(/^Not changed: /);
    expect(await page.textContent(cellOf('court-1', '2.1.3'))).toBe('yes');
    await expectShown(page, inNode(cases));
    expect(changes).toHaveLength(4);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('pasting a 20 x 21 range fills the grid from the active cell, as rateCases rates it', async () => {
    // A range as a spreadsheet copies it: every case by every key question, blank where a case
    // does not answer a question, answers in several spellings. 2.1's answers stay as they are:
    // the panel raised 2.1 by discretion, which the rules refuse once no trigger fires.
    const spellings: Record<Answer, readonly string[]> = {
      yes: ['yes', 'Yes', 'y'],
      no: ['no', 'N'],
      'not applicable': ['n/a'],
    };
    const pattern = (r: number, c: number): Answer =>
      (r * 7 + c * 3) % 11 === 0 ? 'not applicable' : (r + 2 * c) % 5 < 3 ? 'yes' : 'no';
    const range = cumberland.map((record, r) =>
      columns.map((column, c) => {
        const applies = column.caseKind === record.kind;
        const a = c < 3 ? (record.answers[column.keyQuestion] as Answer) : pattern(r, c);
        const words = spellings[a];
        return applies ? (words[(r + c) % words.length] as string) : '';
      }),
    );
    const text = `${range.map((row) => row.join('\t')).join('\r\n')}\r\n`;
    expect(range).toHaveLength(20);
    expect(range[0]).toHaveLength(21);
    // The same edits in Node, one by one, as the grid makes them.
    const audit = createLiveAudit(youth2021, {
      cases: cumberland,
      judgements,
      unanswered: 'leave-out',
    });
    const edits = pastedEdits(text, audit.cases(), columns, { row: 0, column: 0 });
    for (const e of edits) audit.setAnswer(e.caseId, e.keyQuestion, e.answer);
    const expected = inNode(audit.cases());
    expect(expected).toEqual(audit.rating());

    const page = await open();
    await page.click(cellOf('court-1', '2.1.1'));
    await page.$eval(
      GRID,
      (grid, pasted) => {
        const cell = grid.shadowRoot?.activeElement as HTMLElement;
        const data = new DataTransfer();
        data.setData('text/plain', pasted);
        cell.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true }),
        );
      },
      text,
    );
    const cells = await page.$eval(GRID, (grid) =>
      [...(grid.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((tr) =>
        [...tr.querySelectorAll('td')].map((td) => td.textContent),
      ),
    );
    const words = (a: string) =>
      a === '' ? '' : /^y/i.test(a) ? 'yes' : /^n\/a$/i.test(a) ? 'n/a' : 'no';
    expect(cells).toEqual(range.map((row) => row.map(words)));
    await expectShown(page, expected);
    expect(await page.textContent(`${GRID} .problem`)).toBe('');

    // A range with a word that is no answer and one running off the grid: every problem said at
    // once, nothing changed.
    await page.click(cellOf('oocd-12', '3.3.2'));
    await page.$eval(GRID, (grid) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'yes\tmaybe\tno');
      grid.shadowRoot?.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, composed: true }),
      );
    });
    expect(await page.textContent(`${GRID} .problem`)).toBe(
      'Not changed: row 1, column 2 of the pasted range: "maybe" is not an answer (yes, no, n/a or blank)',
    );
    await expectShown(page, expected);
    await page.close();
    expect(errors).toEqual([]);
  });

  it('at 390 px nothing scrolls sideways: the grid scrolls in its box, the ratings stack', async () => {
    const page = await open(390, 844);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    const table = await page.$eval(GRID, (grid) => {
      const ratings = grid.shadowRoot?.querySelector('hmip-ratings-table');
      const row = ratings?.shadowRoot?.querySelector('tr[data-standard="2.1"]') as Element;
      const badge = row.querySelector('.rating') as Element;
      const style = getComputedStyle(badge);
      return {
        right: Math.max(
          ...[...(ratings?.shadowRoot?.querySelectorAll('*') ?? [])].map(
            (e) => e.getBoundingClientRect().right,
          ),
        ),
        display: getComputedStyle(row).display,
        size: parseFloat(style.fontSize),
        wrap: style.whiteSpace,
        badgeRight: badge.getBoundingClientRect().right,
      };
    });
    expect(table.right).toBeLessThanOrEqual(390);
    expect(table.display).toBe('block'); // stacked rows
    expect(table.size).toBeGreaterThanOrEqual(14);
    expect(table.wrap).toBe('nowrap');
    await page.screenshot({ path: `${OUT}/elements-390.png`, fullPage: true });
    await page.close();
    const wide = await open(1280);
    expect(
      await wide.$eval(GRID, (grid) => {
        const table = grid.shadowRoot?.querySelector('hmip-ratings-table')?.shadowRoot;
        return getComputedStyle(table?.querySelector('tr[data-standard]') as Element).display;
      }),
    ).toBe('table-row');
    await wide.screenshot({ path: `${OUT}/elements-1280.png`, fullPage: true });
    await wide.close();
  });

  it('axe-core finds no problem at 1280 and 390 px, with a cell active and a refusal shown', async () => {
    for (const width of [1280, 390]) {
      const page = await open(width);
      await answer(page, 'court-1', '2.1.3', 'n'); // refused: the problem line is shown
      const found = await axeViolations(page);
      expect(found, `at ${width} px`).toEqual([]);
      await page.close();
    }
    expect(errors).toEqual([]);
  });
});
