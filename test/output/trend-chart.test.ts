// The trend charts: one per standard, domain and the overall, each with its text alternative
// (<title>, <desc> with every figure in words, role="img"), lines told apart by colour, symbol and
// a direct label, and the framework's own bands.
import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { RatingRuleError } from '../../src/index.js';
import { SERIES_COLOURS } from '../../src/output/charts/palette.js';
import { trendCharts, trendAudits, trendFiles, trendReport } from '../../src/sheets.js';

const folder = 'examples/trend';
const files = readdirSync(folder)
  .filter((n) => n.endsWith('.csv'))
  .sort()
  .map((name) => ({ name, data: readFileSync(`${folder}/${name}`, 'utf8') }));
const { trend } = await trendAudits(trendFiles(files));
const { document } = parseHTML('<!doctype html><html><body></body></html>');
const charts = await trendCharts(trend, { document: document as unknown as Document });
const chart = (id: string) => charts.find((c) => c.id === id);

describe('trend charts of the example', () => {
  it('the overall, each domain, then each case-sampled standard', () => {
    expect(charts.map((c) => c.id)).toEqual([
      'overall',
      'domain-2',
      'domain-3',
      'standard-2.1',
      'standard-2.2',
      'standard-2.3',
      'standard-2.4',
      'standard-3.1',
      'standard-3.2',
      'standard-3.3',
    ]);
  });

  it('each has a text alternative: role="img", a <title> and a <desc> first', () => {
    for (const c of charts) {
      expect(c.svg.getAttribute('role')).toBe('img');
      expect(c.svg.firstElementChild?.tagName.toLowerCase()).toBe('title');
      expect(c.svg.firstElementChild?.textContent).toBe(c.title);
      expect(c.svg.querySelector('desc')?.textContent).toBe(c.description);
    }
  });

  it('the text alternative gives every figure, the bands and what changed beyond the intervals', () => {
    expect(chart('standard-2.1')?.description).toBe(
      "2.1.1: 63% (5 of 8) Requires improvement on 2024-01-15, 63% (5 of 8) Requires improvement on 2024-04-15, 75% (9 of 12) Good on 2024-07-15. 2.1.2: 63% (5 of 8) Requires improvement on 2024-01-15, 63% (5 of 8) Requires improvement on 2024-04-15, 67% (8 of 12) Good on 2024-07-15. 2.1.3: 38% (3 of 8) Inadequate on 2024-01-15, 63% (5 of 8) Requires improvement on 2024-04-15, 92% (11 of 12) Outstanding on 2024-07-15. Dashed lines mark the bands: Requires improvement from 50%, Good from 65%, Outstanding from 80%. Whiskers show each figure's exact 80% interval. 2.1.3 rose by more than the samples would explain from 2024-01-15 to 2024-07-15.",
    );
    expect(chart('overall')?.description).toBe(
      "Score: 11 of 36, Requires improvement, on 2024-01-15, 13 of 36, Requires improvement, on 2024-04-15, 19 of 36, Good, on 2024-07-15. Dashed lines mark the overall bands: Requires improvement from 7, Good from 19, Outstanding from 31. Whiskers show the scores the key questions' 80% intervals allow.",
    );
    expect(chart('domain-2')?.title).toBe(
      "Domain 2 (Court disposals): each standard's lowest key question, 2024-01-15 to 2024-07-15",
    );
  });

  it('lines differ by colour (from the palette), symbol and a label at their end', () => {
    const svg = chart('standard-2.1')?.svg.outerHTML ?? '';
    for (const colour of SERIES_COLOURS.slice(0, 3)) expect(svg).toContain(`stroke="${colour}"`);
    const labels = [...(chart('standard-2.1')?.svg.querySelectorAll('text') ?? [])].map(
      (t) => t.textContent,
    );
    expect(labels).toEqual(expect.arrayContaining(['2.1.1', '2.1.2', '2.1.3']));
    // Three kinds of symbol: Plot draws circles, squares and triangles as paths of their own shape.
    const shapes = new Set(
      [...(chart('standard-2.1')?.svg.querySelectorAll('path') ?? [])]
        .map((p) => p.getAttribute('d') ?? '')
        .filter((d) => /^M[-\d.]+,[-\d.]+[ALZ]/.test(d))
        .map((d) => d.replace(/[-\d.]+/g, '#')),
    );
    expect(shapes.size).toBeGreaterThanOrEqual(3);
  });

  it("the band lines are the framework's own bands, as the trend carries them", async () => {
    const own = {
      ...trend,
      keyQuestionBands: [
        { rating: 'Inadequate' as const, from: 0, label: '0-59%' },
        { rating: 'Requires improvement' as const, from: 60, label: '60-74%' },
        { rating: 'Good' as const, from: 75, label: '75-89%' },
        { rating: 'Outstanding' as const, from: 90, label: '90-100%' },
      ],
    };
    const [, , , first] = await trendCharts(own, { document: document as unknown as Document });
    expect(first?.description).toContain(
      'Dashed lines mark the bands: Requires improvement from 60%, Good from 75%, Outstanding from 90%.',
    );
    const texts = [...(first?.svg.querySelectorAll('text') ?? [])].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['0', '60', '75', '90', '100']));
    expect(texts).not.toContain('65');
    // Inside role="img" no part carries its own label (axe: aria-prohibited-attr).
    expect(first?.svg.querySelectorAll('[aria-label]').length).toBe(0);
  });

  it('refuses what is not a trend or a document', async () => {
    await expect(trendCharts({} as never)).rejects.toBeInstanceOf(RatingRuleError);
    await expect(trendCharts(trend, { document: {} as never })).rejects.toThrow(
      'options.document: document must be a DOM document',
    );
    await expect(trendReport(trend, { version: '1', date: 'today' })).rejects.toThrow(
      'date must be a date written yyyy-mm-dd',
    );
  });
});
