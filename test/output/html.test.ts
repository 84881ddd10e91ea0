// The board report in Node: one self-contained document with every section, the same figures as
// the json format, charts with text alternatives, and every text from a file escaped.
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { breakdownRows } from '../../src/breakdown/index.js';
import { cumberland2024 } from '../../src/published/index.js';
import { intervalRows, resampleRows } from '../../src/confidence/index.js';
import { rateInspection, type InspectionRating } from '../../src/index.js';
import { formatReport, htmlReport, type ReportInput } from '../../src/sheets.js';
import {
  JUDGEMENTS,
  OPTIONS,
  cumberlandAudit,
  fullInput,
  sampled,
} from '../support/report-fixtures.js';
import { refusedAsync as refused } from '../support/refused.js';

/** The report parsed, with the visible text of a selector. */
function parse(html: string) {
  const { document } = parseHTML(html);
  const text = (selector: string, root: ParentNode = document) =>
    (root.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return { document, text };
}

let input: ReportInput;
let html: string;

beforeAll(async () => {
  input = await fullInput();
  html = await htmlReport(input, OPTIONS);
});

describe('the board report of the Cumberland example', () => {
  it('is one self-contained document: no scripts, no links, no URLs, no fonts', () => {
    const { document } = parse(html);
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(document.querySelectorAll('script, link, iframe, img, object, embed').length).toBe(0);
    for (const el of document.querySelectorAll('[src], [href]'))
      expect(`${el.getAttribute('src') ?? ''}${el.getAttribute('href') ?? ''}`).not.toMatch(
        /^\s*(https?:)?\/\//i,
      );
    // stronger: no address of any kind anywhere, and no fonts or imports in the CSS
    expect(html).not.toMatch(/https?:|\/\/[a-z]|url\(|@import|@font-face/i);
    expect(document.querySelectorAll('style').length).toBeGreaterThan(0);
  });

  it('has every section, in order, with headings in order', () => {
    const { document, text } = parse(html);
    const ids = [...document.querySelectorAll('main > section')].map((s) => s.id);
    expect(ids).toEqual([
      'ratings',
      'key-questions',
      'margins',
      'sample',
      'not-rated',
      'confidence',
      'breakdown',
    ]);
    const levels = [...document.querySelectorAll('h1, h2, h3')].map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i++)
      expect((levels[i] as number) - (levels[i - 1] as number)).toBeLessThanOrEqual(1);
    expect(document.querySelectorAll('header, main, footer')).toHaveLength(3);
    expect(text('footer')).toContain(
      'Framework: HMIP youth justice inspection standards, 2021 (hmip-youth-2021). Report made on 7 March 2025 with hmip-ratings-sheets 1.2.3.',
    );
    expect(text('footer')).toContain(
      'not affiliated with or endorsed by HM Inspectorate of Probation',
    );
    expect(text('header')).toContain('7 March 2025');
    expect(document.querySelector('header time')?.getAttribute('datetime')).toBe('2025-03-07');
    // tables have captions and scoped headers
    for (const table of document.querySelectorAll('table')) {
      expect(table.querySelector('caption')?.textContent).toBeTruthy();
      for (const th of table.querySelectorAll('th'))
        expect(['col', 'row', 'colgroup']).toContain(th.getAttribute('scope'));
    }
  });

  it('shows the same figures as --format json: score, overall, every rating and key question', () => {
    const json = JSON.parse(formatReport(input, 'json')) as {
      rating: InspectionRating;
      tally: { cases: { total: number; court: number; outOfCourt: number } };
    };
    const { document, text } = parse(html);
    expect(text('#score')).toBe(`Score ${json.rating.score}/${json.rating.maximum}`);
    expect(text('#score')).toBe('Score 12/36'); // Cumberland 2024, the published report
    expect(text('#overall')).toBe(json.rating.overall);
    expect(json.rating.standards).toHaveLength(13);
    for (const s of json.rating.standards) {
      const row = document.querySelector(`#ratings tr[data-standard="${s.standard}"]`);
      expect(row, s.standard).not.toBeNull();
      expect(text('td.rating', row as Element)).toBe(s.rating ?? 'Not rated');
    }
    let figures = 0;
    for (const s of sampled(json.rating)) {
      const section = document.querySelector(`section.standard[data-standard="${s.standard}"]`);
      expect(text('h3', section as Element)).toBe(`${s.standard} ${s.name}: ${s.rating}`);
      for (const kq of s.keyQuestions) {
        const row = section?.querySelector(`tr[data-key-question="${kq.keyQuestion}"]`) as Element;
        expect(text('.percent', row)).toBe(`${kq.percent}%`);
        expect(text('.count', row)).toBe(`${kq.yes} of ${kq.of}`);
        expect(row.classList.contains('lowest')).toBe(kq.keyQuestion === s.lowest?.keyQuestion);
        figures++;
      }
    }
    expect(figures).toBe(21);
    // 2.1.3 is the lowest of 2.1, at 38% (3 of 8), as in the published report
    const lowest = document.querySelector('tr[data-key-question="2.1.3"]') as Element;
    expect(text('th', lowest)).toMatch(/^2\.1\.3 ?lowest/);
    expect(text('#sample-total')).toBe(String(json.tally.cases.total));
    expect(text('#sample-court')).toBe('8');
    expect(text('#sample-out-of-court')).toBe('12');
    expect(text('#sample-line')).toBe('Sample: 20 cases (8 court, 12 out-of-court).');
  });

  it('lists the margins, the standards not rated, and the confidence and sub-group tables', () => {
    const { document, text } = parse(html);
    const margins = [...document.querySelectorAll('#margins li')].map((li) => li.textContent);
    expect(margins).toEqual(input.margins?.map((m) => m.sentence));
    expect(margins[0]).toContain('1 more yes on 2.1.3 makes it Requires improvement');
    expect(text('#not-rated')).toBe('Standards not rated Every standard was rated.');
    const rows = (id: string) =>
      [...(document.querySelector(`#${id}`)?.closest('table')?.querySelectorAll('tr') ?? [])].map(
        (tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent),
      );
    const confidence = input.confidence as NonNullable<ReportInput['confidence']>;
    expect(rows('intervals-caption')).toEqual(intervalRows(confidence.intervals));
    expect(rows('intervals-caption')[3]).toEqual([
      '2.1',
      '2.1.3',
      '3',
      '8',
      '38%',
      'Inadequate',
      '14.7% to 65.5%',
      'Inadequate, Requires improvement and Good',
    ]);
    expect(rows('resampled-caption')).toEqual(resampleRows(confidence.resampled as never));
    expect(text('#confidence')).toContain('500 resamples, seed 1.');
    expect(rows('breakdown-caption')).toEqual(breakdownRows(input.breakdown as never));
    expect(text('#breakdown h2')).toBe('By gender (indicative)');
  });

  it('draws every chart with its text alternative, for print and for phones', () => {
    const { document } = parse(html);
    for (const size of ['wide', 'narrow']) {
      const charts = [...document.querySelectorAll(`.${size} > svg`)];
      // the grid, the score, seven case-sampled standards, the confidence and by-group charts
      expect(charts).toHaveLength(11);
      for (const svg of charts) {
        expect(svg.getAttribute('role')).toBe('img');
        expect(svg.firstElementChild?.tagName.toLowerCase()).toBe('title');
        expect(svg.querySelector('title')?.textContent?.length).toBeGreaterThan(10);
        expect(svg.querySelector('desc')?.textContent?.length).toBeGreaterThan(30);
      }
      expect(charts.map((c) => c.querySelector('title')?.textContent).slice(0, 3)).toEqual([
        'The rating of every standard',
        'The score against the overall bands',
        '2.1 Assessment: % yes by key question',
      ]);
      expect(charts[0]?.getAttribute('width')).toBe(size === 'wide' ? '700' : '358');
    }
    const desc = document.querySelector('.wide > svg:nth-of-type(1)');
    expect(desc).not.toBeNull();
    const kq = [...document.querySelectorAll('.wide > svg')][2] as Element;
    expect(kq.querySelector('desc')?.textContent).toContain(
      '2.1.3: 38% (3 of 8), Inadequate, the lowest, interval 14.7% to 65.5%.',
    );
    expect(kq.querySelector('desc')?.textContent).toContain(
      'Standard rated Requires improvement (raised by the panel from Inadequate).',
    );
    // the rating is written, never colour alone: every grid cell says its rating
    const grid = [...document.querySelectorAll('.wide > svg')][0] as Element;
    const lines = (t: Element) => {
      const spans = [...t.querySelectorAll('tspan')];
      return spans.length > 0 ? spans.map((x) => x.textContent).join(' ') : t.textContent;
    };
    const words = [...grid.querySelectorAll('text')].map(lines).join(' ');
    for (const s of input.rating.standards) expect(words).toContain(`${s.standard} `);
    expect(words.match(/Inadequate/g)).toHaveLength(3); // 2.2, 2.4 and 3.1
    expect(words.match(/Good/g)).toHaveLength(3); // 1.2, 1.4 and 3.3
    expect(words.match(/Requires improvement/g)).toHaveLength(7);
  });

  it('is the same from formatReport(input, "html") and on every call', async () => {
    expect(await formatReport(input, 'html', OPTIONS)).toBe(html);
    expect(await htmlReport(input, OPTIONS)).toBe(html);
  });

  it('without a tally, margins or confidence: says what it was rated from and what was not asked for', async () => {
    const evidence = await htmlReport({ rating: rateInspection(cumberland2024) });
    const { document, text } = parse(evidence);
    expect(text('h1')).toBe('Cumberland Youth Justice Service');
    expect(text('#score')).toBe('Score 12/36');
    expect(text('#sample')).toContain('rated from the evidence figures, not from case answers');
    expect(text('#margins')).toContain('Not asked for');
    expect(document.querySelector('#confidence, #breakdown')).toBeNull();
    expect(text('footer')).toContain('Report made with hmip-ratings-sheets.');
    expect(document.querySelector('time')).toBeNull();
  });
});

describe('text from files and frameworks stays text', () => {
  const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>&amp;"\'';

  it('a hostile service name, reason, group and column name are escaped everywhere', async () => {
    const judgements = JUDGEMENTS.replace(
      "2.1,Assessment,Requires improvement,recorded in the footnote to the report's 2.1 table",
      `2.1,Assessment,Requires improvement,"${HOSTILE.replace(/"/g, '""')}"`,
    ).replace(
      '4.1,Resettlement policy and provision,Requires improvement,',
      `4.1,Resettlement policy and provision,not rated,"no cases ${HOSTILE.replace(/"/g, '""')}"`,
    );
    const cases = (await import('../support/report-fixtures.js')).CASES.trimEnd()
      .split('\n')
      .map((line, i) =>
        i === 0
          ? `${line},"${HOSTILE.replace(/"/g, '""')}"`
          : `${line.replace(/^(court|ooc)-/, '<b>$1</b>-')},"${i % 2 ? HOSTILE.replace(/"/g, '""') : 'plain'}"`,
      )
      .join('\n');
    const audit = await cumberlandAudit(cases, judgements);
    const rating = { ...audit.rating, service: HOSTILE };
    const { youth2021 } = await import('../../src/index.js');
    const { breakdownByGroup } = await import('../../src/breakdown/index.js');
    const breakdown = breakdownByGroup(youth2021, audit.cases.cases, HOSTILE, { suppressBelow: 1 });
    const report = await htmlReport(
      { rating, tally: audit.tally, margins: audit.margins, breakdown },
      OPTIONS,
    );
    const { document, text } = parse(report);
    expect(document.querySelectorAll('script, img, b').length).toBe(0);
    expect(report).not.toContain('<script>');
    expect(report).not.toContain('<img');
    expect(text('h1')).toBe(HOSTILE);
    expect(text('title')).toBe(`${HOSTILE}: mock inspection report`);
    expect(text('section.standard[data-standard="2.1"] .explanation')).toContain(HOSTILE);
    expect(text('#not-rated')).toContain(
      `4.1 Resettlement policy and provision was not rated: no cases ${HOSTILE}`,
    );
    expect(text('#breakdown h2')).toBe(`By ${HOSTILE} (indicative)`);
    expect(text('#breakdown')).toContain(HOSTILE);
    // and the charts: the text alternative of the grid names 4.1 as not rated, as text
    expect(report).not.toMatch(/<(script|img|b)[\s>]/i);
  });
});

describe('refusals', () => {
  it('bad input and bad options: one typed error with every problem, and nothing changed', async () => {
    const given = { rating: { score: 'twelve' }, tally: 5 };
    const frozen = JSON.stringify(given);
    const error = await refused(() =>
      htmlReport(
        given as never,
        {
          version: '',
          date: '2025-02-30',
          colour: 'red',
        } as never,
      ),
    );
    expect(error.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['invalid-argument', 'input.rating'],
      ['invalid-argument', 'input.tally'],
      ['invalid-option', 'options.version'],
      ['invalid-option', 'options.colour'],
      ['invalid-date', 'options.date'],
    ]);
    expect(error.issues[4]?.message).toBe(
      'date is not a date: February 2025 has 28 days (got "2025-02-30")',
    );
    expect(JSON.stringify(given)).toBe(frozen);
  });

  it('formatReport checks the version and date in every format; html rejects its promise', async () => {
    const rating = rateInspection(cumberland2024);
    expect(() => formatReport({ rating }, 'csv', { date: '07/03/2025' })).toThrow(
      /date must be written yyyy-mm-dd \(read day first, it is 2025-03-07\)/,
    );
    const error = await refused(() => formatReport({ rating }, 'html', { date: '2025-3-7' }));
    expect(error.issues.map((i) => i.code)).toEqual(['invalid-date']);
    expect(() => formatReport({ rating }, 'pdf' as never)).toThrow(
      /format must be "table" or "markdown" or "csv" or "json" or "html" \(got "pdf"\)/,
    );
  });

  it('a framework that is not the rating’s, or a custom rating without its framework', async () => {
    const { youth2018, defineFramework } = await import('../../src/index.js');
    const rating = rateInspection(cumberland2024);
    const mismatch = await refused(() => htmlReport({ rating }, { framework: youth2018 }));
    expect(mismatch.issues.map((i) => i.code)).toEqual(['framework-mismatch']);
    const { localAuditDefinition } = await import('../../examples/local-audit-framework.js');
    const local = defineFramework(localAuditDefinition);
    const custom = rateInspection(
      {
        framework: 'our-quarterly-audit',
        standards: {
          'A.1': { keyQuestions: { 'A.1.1': { yes: 14, of: 20 }, 'A.1.2': { yes: 19, of: 20 } } },
          'A.2': { keyQuestions: { 'A.2.1': { yes: 18, of: 20 } } },
        },
      },
      { framework: local },
    );
    const missing = await refused(() => htmlReport({ rating: custom }));
    expect(missing.issues[0]?.message).toBe(
      'the rating is of framework "our-quarterly-audit", which is not built in: pass it as options.framework',
    );
    const report = await htmlReport({ rating: custom }, { framework: local });
    expect(parse(report).text('#key-questions > p')).toBe(
      'A standard rated from case answers takes the band of its lowest key question. Bands of Our quarterly case audit: Inadequate from 0% to below 60%, Requires improvement from 60% to below 75%, Good from 75% to below 90%, Outstanding from 90%.',
    );
  });

  it('intervals that are not the rating’s are refused where the caller put them', async () => {
    const other = await fullInput(
      await cumberlandAudit(
        (await import('../support/report-fixtures.js')).CASES_WITH_GENDER.replace(
          'court-1,court,community-sentence,yes,yes,yes',
          'court-1,court,community-sentence,no,yes,yes',
        ),
      ),
    );
    const error = await refused(() =>
      htmlReport({ ...input, confidence: other.confidence } as ReportInput),
    );
    expect(error.issues[0]?.path.slice(0, 4)).toEqual([
      'input',
      'confidence',
      'intervals',
      'keyQuestions',
    ]);
    expect(error.issues[0]?.message).toBe(
      'the intervals are not of this rating: key question "2.1.1" is 5 of 8',
    );
  });
});
