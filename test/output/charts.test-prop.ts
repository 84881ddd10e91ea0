// Properties of the charts and the report over any complete 2021 evidence and any width: each bar
// is its key question's % yes in its band's colour, the one outlined and bold is the rating's
// lowest, every rating is written in the grid, and the report shows the json's figures.
import { fc, test } from '@fast-check/vitest';
import { parseHTML } from 'linkedom';
import { beforeAll, expect } from 'vitest';
import { RatingRuleError, rateInspection, type InspectionRating } from '../../src/index.js';
import { formatReport, htmlReport, ratingCharts, serverDocument } from '../../src/sheets.js';
import { RATING_FILL } from '../../src/output/charts/palette.js';
import { rateInspectionData } from '../../src/rules/rate-inspection.js';
import { evidence2021 } from '../support/arbitraries.js';

let document: Document;
beforeAll(async () => {
  document = await serverDocument();
});

const lines = (t: Element) => {
  const spans = [...t.querySelectorAll('tspan')];
  return spans.length > 0 ? spans.map((s) => s.textContent ?? '').join(' ') : (t.textContent ?? '');
};

test.prop([evidence2021, fc.integer({ min: 240, max: 1400 })], { numRuns: 100 })(
  'every bar is its % yes in its band colour; the lowest, and only it, is outlined and bold',
  async (evidence, width) => {
    const rating = rateInspectionData(evidence);
    const charts = await ratingCharts(rating, { document, width });
    const plot = { x0: 10, x1: width - (width < 480 ? 18 : 22) };
    for (const { standard, chart } of charts.standards) {
      const s = rating.byStandard[standard];
      if (!s) throw new Error(standard);
      expect(chart.getAttribute('width')).toBe(String(width));
      const bars = [...chart.querySelectorAll('rect')];
      const drawn = s.keyQuestions.filter((k) => !k.empty);
      expect(bars).toHaveLength(drawn.length);
      for (const [i, k] of drawn.entries()) {
        const bar = bars[i] as Element;
        expect(Number(bar.getAttribute('width') ?? 0)).toBeCloseTo(
          ((plot.x1 - plot.x0) * (k.percent ?? 0)) / 100,
          6,
        );
        expect(bar.getAttribute('fill')).toBe(RATING_FILL[k.band as keyof typeof RATING_FILL]);
        expect(bar.getAttribute('stroke')).toBe(
          k.keyQuestion === s.lowest?.keyQuestion ? '#000000' : 'none',
        );
      }
      const bold = [
        ...(chart.querySelector('g[font-weight="bold"]')?.querySelectorAll('text') ?? []),
      ];
      expect(bold.map(lines)).toEqual([
        `${s.lowest?.keyQuestion} · ${s.lowest?.percent}% (${s.lowest?.yes} of ${s.lowest?.of}) · ${s.lowest?.band} · lowest`,
      ]);
    }
    const grid = [...charts.grid.querySelectorAll('text')].map(lines).join(' ');
    for (const s of rating.standards) expect(grid).toContain(s.rating as string);
  },
);

test.prop([evidence2021], { numRuns: 25 })(
  'the report shows the figures of the json format',
  async (evidence) => {
    const rating = rateInspectionData(evidence);
    const json = JSON.parse(formatReport({ rating }, 'json')) as { rating: InspectionRating };
    const { document: page } = parseHTML(await htmlReport({ rating }));
    expect(page.querySelector('#score')?.textContent).toBe(
      `Score ${json.rating.score}/${json.rating.maximum}`,
    );
    expect(page.querySelector('#overall')?.textContent).toBe(json.rating.overall);
    for (const s of json.rating.standards) {
      expect(
        page.querySelector(`#ratings tr[data-standard="${s.standard}"] td.rating`)?.textContent,
      ).toBe(s.rating);
      for (const k of s.keyQuestions)
        expect(
          page.querySelector(`tr[data-key-question="${k.keyQuestion}"] .percent`)?.textContent,
        ).toBe(`${k.percent}%`);
    }
  },
);

const hostile = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, NaN, -1, 1e9, '', 'x', [], {}, 10n, () => 1),
  fc.anything(),
);

test.prop(
  [
    fc.constantFrom('width', 'framework', 'intervals', 'document', 'date', 'version', 'extra'),
    hostile,
  ],
  { numRuns: 150 },
)(
  'a hostile option: a typed error or a chart, and the options left as they were',
  async (key, value) => {
    const rating = rateInspection((await import('../../src/published/index.js')).cumberland2024);
    const options: Record<string, unknown> = { document, width: 390, [key]: value };
    const before = fc.stringify(options);
    for (const call of [
      () => ratingCharts(rating, options as never),
      () => htmlReport({ rating }, options as never),
    ]) {
      try {
        await call();
      } catch (e) {
        expect(e).toBeInstanceOf(RatingRuleError);
      }
    }
    expect(fc.stringify(options)).toBe(before);
  },
);
