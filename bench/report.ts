// The cost of showing a rating: drawing its charts in Node (linkedom), the whole board report, the
// trend charts, and what the example page downloads. Charts have no bare loop to compare with, so
// they are measured against the rating they draw (rateCases on the same audit) in the same run.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { auditTrend } from 'hmip-ratings/trend';
import { rateCases } from 'hmip-ratings/cases';
import { youth2021 } from 'hmip-ratings';
import { htmlReport, ratingCharts, serverDocument, trendCharts } from 'hmip-ratings-sheets';
import { cumberlandCases, cumberlandJudgements } from '../scripts/cumberland-cases.js';

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The median of `runs` timed runs, after one untimed run (the first loads Plot and linkedom). */
async function median(runs: number, fn: () => unknown): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

export async function benchReport(): Promise<{ markdown: string; firstLoad: number }> {
  const cases = cumberlandCases();
  const { rating, tally, margins } = rateCases(youth2021, cases, cumberlandJudgements);
  const document = await serverDocument();
  // The first chart in a fresh process: importing Plot and linkedom.
  const cold = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const t = performance.now();
       const { rateInspection, cumberland2024 } = await import('hmip-ratings');
       const { ratingCharts } = await import('hmip-ratings-sheets');
       await ratingCharts(rateInspection(cumberland2024));
       console.log(performance.now() - t);`,
    ],
    { encoding: 'utf8' },
  );
  const first = Number(cold.stdout.trim());
  const rate = await median(50, () => rateCases(youth2021, cases, cumberlandJudgements));
  const charts = await median(20, () => ratingCharts(rating, { document, width: 700 }));
  const report = await median(10, () =>
    htmlReport({ rating, tally, margins }, { document, version: '0.0.0', date: '2026-11-23' }),
  );
  const trend = auditTrend(youth2021, [
    { date: '2024-01-15', rating },
    { date: '2024-04-15', rating },
    { date: '2024-07-15', rating },
  ]);
  const trendTime = await median(10, () => trendCharts(trend, { document }));
  const html = await htmlReport(
    { rating, tally, margins },
    { document, version: '0.0.0', date: '2026-11-23' },
  );

  // The page, bundled as scripts/build-web.mjs bundles it.
  const sizes = spawnSync(process.execPath, ['scripts/build-web.mjs', '--sizes'], {
    encoding: 'utf8',
  }).stdout;
  const chunks = sizes
    .trim()
    .split('\n')
    .map((l) => l.split('\t'))
    .filter((c) => c.length === 3) as [string, string, string][];
  const firstLoad = Number(/^first load\t(\d+)/m.exec(sizes)?.[1] ?? NaN);
  const later = (pattern: RegExp) =>
    chunks.filter(([when, name]) => when === 'later' && pattern.test(name));
  const kB = (bytes: number) => `${fmt(bytes / 1000, 1)} kB`;
  const sum = (rows: [string, string, string][]) =>
    rows.reduce((total, [, , bytes]) => total + Number(bytes), 0);
  const css = readFileSync('examples/web/style.css').length;

  const markdown = `## Charts, the board report and the page

Charts are drawn with Observable Plot 0.6.17 as SVG, in Node into a linkedom document (the same
markup as in the browser, docs/report.md). There is no bare loop to draw a chart against, so each
time is also given against one \`rateCases\` of the same audit (${fmt(rate, 2)} ms), median of warm
runs.

| | median | over \`rateCases\` |
|---|---:|---:|
| the Cumberland rating's 9 charts (\`ratingCharts\`, 700 px) | ${fmt(charts, 1)} ms | ${fmt(charts / rate, 0)}x |
| the whole board report (\`htmlReport\`: 18 charts at two widths, every table; ${fmt(html.length / 1000, 0)} kB) | ${fmt(report, 1)} ms | ${fmt(report / rate, 0)}x |
| 10 trend charts of three audits (\`trendCharts\`) | ${fmt(trendTime, 1)} ms | ${fmt(trendTime / rate, 0)}x |
| the first chart in a fresh process (importing Plot and linkedom) | ${fmt(first, 0)} ms | |

The example page (\`scripts/build-web.mjs\`, Vite 7 with Rollup, minified), gzip:

| | gzip |
|---|---:|
| **first load: rating a CSV audit** (\`app.js\`; the style sheet is ${kB(css)} more, uncompressed) | **${kB(firstLoad)}** |
| the sample, moderation and trend steps, fetched when first used | ${later(
    /^(sample|moderate|trend|calendar)-/,
  )
    .map(([, name, bytes]) => `${name.replace(/-[\w-]+\.js$/, '')} ${kB(Number(bytes))}`)
    .join(', ')} |
| the workbook reader, fetched when a workbook is read | ${kB(sum(later(/^workbook-reader/)))} |
| Observable Plot (the marks the charts use), fetched when a chart is drawn | ${kB(sum(later(/^plot-marks/)))} |
| exceljs, fetched when a workbook is written | ${kB(sum(later(/^exceljs/)))} |

Why Rollup: the page imports both packages through their index, which re-exports every module.
esbuild's code splitting places whole files by the entry points that reach them, and a file the
index re-exports is reached by every importer of the index, so with esbuild the first load carried
the sampling, moderation and trend code too: 107 kB gzip on 2026-11-23, over the 100 kB goal.
Rollup follows each re-export to the module that defines it and keeps the first load to what
rating a CSV audit uses. The browser test (\`test/web/page.test.ts\`) adds up what the page fetches
before any action and fails above 100 kB.`;
  return { markdown, firstLoad };
}
