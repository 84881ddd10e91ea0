// The charts in Node (linkedom): what each draws, read back from its SVG; the framework's own
// bands; the lowest marked; whiskers from the intervals; and refusals.
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  RatingRuleError,
  defineFramework,
  rateInspection,
  youth2018,
  youth2021,
  type InspectionRating,
} from '../../src/index.js';
import { cumberland2024 } from '../../src/published/index.js';
import { ratingIntervals } from '../../src/confidence/index.js';
import {
  keyQuestionChart,
  overallScoreChart,
  ratingCharts,
  ratingGridChart,
  serverDocument,
  svgMarkup,
} from '../../src/sheets.js';
import { RATING_FILL, RATING_INK } from '../../src/output/charts/palette.js';
import { localAuditDefinition } from '../../examples/local-audit-framework.js';
import { cumberlandAudit } from '../support/report-fixtures.js';
import { refusedAsync as refused } from '../support/refused.js';

let document: Document;
let rating: InspectionRating;

beforeAll(async () => {
  document = await serverDocument();
  rating = (await cumberlandAudit()).rating;
});

/** The lines of a text element (Plot writes wrapped lines as tspans). */
const lines = (t: Element) => {
  const spans = [...t.querySelectorAll('tspan')];
  return spans.length > 0 ? spans.map((s) => s.textContent ?? '') : [t.textContent ?? ''];
};
const texts = (svg: Element) => [...svg.querySelectorAll('text')].map((t) => lines(t).join(' '));
const num = (el: Element, name: string) => Number(el.getAttribute(name));

/** Where a % yes lands on a key-question chart of this width (the plot runs from 10 to width - 22). */
const xOf = (percent: number, width: number) => 10 + ((width - 22 - 10) * percent) / 100;

describe('the key-question chart', () => {
  it('draws each key question as a bar of its % yes, in its band colour, the lowest outlined', async () => {
    const svg = await keyQuestionChart(rating, '2.1', { document, width: 640 });
    const bars = [...svg.querySelectorAll('rect')];
    // Cumberland 2024, 2.1: 63% (5 of 8), 63% (5 of 8), 38% (3 of 8), the published table
    expect(bars.map((b) => Math.round(num(b, 'width') * 100) / 100)).toEqual(
      [63, 63, 38].map((p) => Math.round((xOf(p, 640) - 10) * 100) / 100),
    );
    expect(bars.map((b) => b.getAttribute('fill'))).toEqual([
      RATING_FILL['Requires improvement'],
      RATING_FILL['Requires improvement'],
      RATING_FILL.Inadequate,
    ]);
    expect(bars.map((b) => b.getAttribute('stroke'))).toEqual(['none', 'none', '#000000']);
    const labels = texts(svg);
    expect(labels).toContain('2.1.1 · 63% (5 of 8) · Requires improvement');
    expect(labels).toContain('2.1.3 · 38% (3 of 8) · Inadequate · lowest');
    const bold = svg.querySelector('g[font-weight="bold"]');
    expect(bold && texts(bold)).toEqual(['2.1.3 · 38% (3 of 8) · Inadequate · lowest']);
    expect(svg.querySelector('title')?.textContent).toBe('2.1 Assessment: % yes by key question');
    expect(svg.getAttribute('role')).toBe('img');
  });

  it('draws the band lines at the framework’s own key-question bands', async () => {
    const svg = await keyQuestionChart(rating, '2.3', { document, width: 640 });
    const at = (l: Element) => Math.round(num(l, 'x1') * 10) / 10;
    const dashed = [...new Set([...svg.querySelectorAll('g[stroke-dasharray] line')].map(at))];
    expect(dashed.slice(0, 3)).toEqual([50, 65, 80].map((p) => Math.round(xOf(p, 640) * 10) / 10));
    expect(texts(svg)).toEqual(expect.arrayContaining(['0%', '50%', '65%', '80%', '100%']));
    expect(texts(svg).slice(0, 4)).toEqual([
      'Inadequate',
      'Requires improvement',
      'Good',
      'Outstanding',
    ]);
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
    const a1 = await keyQuestionChart(custom, 'A.1', { document, framework: local, width: 640 });
    const lines60 = [...new Set([...a1.querySelectorAll('g[stroke-dasharray] line')].map(at))];
    expect(lines60.slice(0, 3)).toEqual([60, 75, 90].map((p) => Math.round(xOf(p, 640) * 10) / 10));
    expect(texts(a1)).toEqual(expect.arrayContaining(['0%', '60%', '75%', '90%', '100%']));
    expect(a1.querySelector('desc')?.textContent).toContain(
      'Bands: Inadequate below 60%, Requires improvement from 60% to 75%, Good from 75% to 90%, Outstanding from 90%.',
    );
    // 14 of 20 is 70%: Requires improvement under the local bands, the lowest of A.1
    expect(texts(a1)).toContain('A.1.1 · 70% (14 of 20) · Requires improvement · lowest');
  });

  it('draws the intervals as whiskers when they are given, and not otherwise', async () => {
    const intervals = ratingIntervals(rating, youth2021);
    const svg = await keyQuestionChart(rating, '2.1', { document, width: 640, intervals });
    const plain = await keyQuestionChart(rating, '2.1', { document, width: 640 });
    const ends = (s: Element) =>
      [...s.querySelectorAll('g[stroke="#000000"][stroke-width="1.5"] line')]
        .filter((l) => l.getAttribute('x1') === l.getAttribute('x2'))
        .map((l) => Math.round(num(l, 'x1') * 10) / 10);
    // 2.1.3, 3 of 8: the exact 80% interval is 14.7% to 65.5% (R 4.2.2 binom.test, conf.level 0.8)
    const i3 = intervals.keyQuestions[2]?.interval;
    expect([i3?.lower.toFixed(3), i3?.upper.toFixed(3)]).toEqual(['0.147', '0.655']);
    expect(ends(svg)).toEqual(
      expect.arrayContaining(
        [xOf(100 * (i3?.lower ?? 0), 640), xOf(100 * (i3?.upper ?? 0), 640)].map(
          (x) => Math.round(x * 10) / 10,
        ),
      ),
    );
    expect(ends(svg)).toHaveLength(6);
    expect(ends(plain)).toHaveLength(0);
    expect(svg.querySelector('desc')?.textContent).toContain(
      '2.1.3: 38% (3 of 8), Inadequate, the lowest, interval 14.7% to 65.5%.',
    );
  });

  it('lays out for a phone: the width it is given, labels wrapped, nothing wider', async () => {
    const svg = await keyQuestionChart(rating, '2.3', { document, width: 300 });
    expect(svg.getAttribute('width')).toBe('300');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 300 \d+(\.\d+)?$/);
    // the lowest's label does not fit on one line at 300 px: it wraps
    const bold = svg.querySelector('g[font-weight="bold"] text') as Element;
    expect(lines(bold)).toEqual(['2.3.2 · 50% (4 of 8) · Requires', 'improvement · lowest']);
  });
});

describe('the overview', () => {
  it('a grid of every standard: a row per domain, the rating written in each cell', async () => {
    const svg = await ratingGridChart(rating, { document, width: 700 });
    const cells = [...svg.querySelectorAll('rect')];
    expect(cells).toHaveLength(13);
    expect(cells.map((c) => c.getAttribute('fill'))).toEqual(
      rating.standards.map((s) => RATING_FILL[s.rating as keyof typeof RATING_FILL]),
    );
    const words = texts(svg);
    expect(words).toEqual(
      expect.arrayContaining([
        '1. Organisational delivery',
        '2. Court disposals',
        '3. Out-of-court disposals',
        '4. Resettlement',
        '2.2 Planning',
        'Inadequate',
      ]),
    );
    // the text on each cell has the ink chosen for its fill
    const ratings = svg.querySelector('g[font-weight="bold"]') as Element;
    const inks = [...ratings.querySelectorAll('text')].map((t) => t.getAttribute('fill'));
    expect(inks).toEqual(
      rating.standards.map((s) => RATING_INK[s.rating as keyof typeof RATING_INK]),
    );
    expect(svg.querySelector('desc')?.textContent).toContain(
      '4. Resettlement: 4.1 Resettlement policy and provision Requires improvement (not in the score).',
    );
  });

  it('the score on the framework’s overall bands, with the score and rating written', async () => {
    const svg = await overallScoreChart(rating, { document, width: 640 });
    const bands = [...svg.querySelectorAll('rect')];
    expect(bands.map((b) => b.getAttribute('fill'))).toEqual(
      (['Inadequate', 'Requires improvement', 'Good', 'Outstanding'] as const).map(
        (r) => RATING_FILL[r],
      ),
    );
    // the line runs 0 to 36 from x 10 to 630: 6.5, 18.5 and 30.5 are the band edges
    expect(bands.map((b) => Math.round(num(b, 'x') * 100) / 100)).toEqual(
      [0, 6.5, 18.5, 30.5].map((v) => Math.round((10 + (620 * v) / 36) * 100) / 100),
    );
    const marker = svg.querySelector('g[stroke="#000000"] line') as Element;
    expect(num(marker, 'x1')).toBeCloseTo(10 + (620 * 12) / 36, 6);
    expect(texts(svg)).toEqual(
      expect.arrayContaining([
        'Score 12 of 36: Requires improvement',
        'Inadequate 0–6',
        'Requires improvement 7–18',
        'Good 19–30',
        'Outstanding 31–36',
      ]),
    );
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
    const score = await overallScoreChart(custom, { document, framework: local });
    expect(texts(score)).toEqual(
      // A.1 Requires improvement (lowest 70%, 1) and A.2 Outstanding (90%, 3): 4 of 6, Good
      expect.arrayContaining(['Score 4 of 6: Good', 'Outstanding 6', 'Good 4–5', 'Inadequate 0–1']),
    );
  });
});

describe('every chart', () => {
  it('is the same for the same input, and names no resource outside itself', async () => {
    const a = await ratingCharts(rating, { document, width: 390 });
    const b = await ratingCharts(rating, { document: await serverDocument(), width: 390 });
    const all = (c: typeof a) =>
      [c.grid, c.score, ...c.standards.map((s) => s.chart)].map(svgMarkup).join('\n');
    expect(all(a)).toBe(all(b));
    expect(all(a).replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')).not.toMatch(
      /https?:|href|url\(|@import|@font-face|<image|<foreignObject/i,
    );
    expect(a.standards.map((s) => s.standard)).toEqual([
      '2.1',
      '2.2',
      '2.3',
      '2.4',
      '3.1',
      '3.2',
      '3.3',
    ]);
  });

  it('svgMarkup is a standalone SVG file that parses as XML', async () => {
    const svg = await ratingGridChart(rating, { document });
    const markup = svgMarkup(svg);
    expect(markup.startsWith('<svg xmlns="http://www.w3.org/2000/svg" ')).toBe(true);
    const parsed = new (parseHTML('<!doctype html><html></html>').DOMParser)().parseFromString(
      markup,
      'image/svg+xml',
    );
    expect(parsed.querySelector('title')?.textContent).toBe('The rating of every standard');
    expect(svg.hasAttribute('xmlns')).toBe(false); // the element itself is not changed
  });
});

describe('refusals', () => {
  it('every problem at once: not a standard, not a document, a bad width, another framework', async () => {
    const error = await refused(() =>
      keyQuestionChart(rating, '2.5', {
        width: 100,
        framework: youth2018,
        colour: 'red',
        document: { body: {} },
      } as never),
    );
    expect(error.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['unknown-standard', 'standard'],
      ['invalid-option', 'options.width'],
      ['invalid-option', 'options.colour'],
      ['invalid-option', 'options.document'],
      ['framework-mismatch', 'options.framework'],
    ]);
    expect(error.issues[0]?.message).toBe(
      '"2.5" is not a standard rated from key questions in this rating; did you mean "2.1"?',
    );
  });

  it("without a document, charts are drawn in linkedom's (Node)", async () => {
    const svg = await overallScoreChart(rating);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('desc')?.textContent?.split('.')[0]).toBe(
      'Score 12 of 36: Requires improvement',
    );
  });

  it('a judgement standard has no key-question chart; a rating must be a rating', async () => {
    const judged = await refused(() => keyQuestionChart(rating, '1.1', { document }));
    expect(judged.issues[0]?.message).toContain('"1.1" is not a standard rated from key questions');
    const notRating = await refused(() => ratingGridChart({ score: 12 } as never, { document }));
    expect(notRating.issues.map((i) => i.code)).toEqual(['invalid-argument']);
    const noOptions = await refused(() => overallScoreChart(rating, null as never));
    expect(noOptions.issues.map((i) => i.path.join('.'))).toEqual(['options']);
    expect(() => svgMarkup({} as never)).toThrow(RatingRuleError);
  });

  it('leaves the rating as it was', async () => {
    const before = JSON.stringify(rating);
    await ratingCharts(rating, { document, intervals: ratingIntervals(rating, youth2021) });
    expect(JSON.stringify(rating)).toBe(before);
    const evidence = rateInspection(cumberland2024);
    const frozen = JSON.stringify(evidence);
    await ratingGridChart(evidence, { document });
    expect(JSON.stringify(evidence)).toBe(frozen);
  });
});
