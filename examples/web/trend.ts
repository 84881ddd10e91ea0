// The "Compare audits over time" step: several audits in, each figure over time, what changed band
// and whether a change is larger than the samples would explain.
import { RatingRuleError } from 'hmip-ratings';
import { trendRows } from 'hmip-ratings/trend';
import {
  formatTrend,
  trendAudits,
  trendCharts,
  trendFiles,
  trendReport,
  type TrendSheets,
} from 'hmip-ratings-sheets';
import {
  $,
  button,
  chartWidth,
  download,
  dropZone,
  el,
  exampleFile,
  showChosen,
  reportHeading,
  fileData,
  showProblems,
  textTable,
  latestRun,
} from './dom.js';
import { setUpTrendActions, trendActionsBlock } from './actions.js';

const start = latestRun();

declare const VERSION: string;

let chosen: File[] = [];

async function render(result: TrendSheets): Promise<void> {
  const { trend } = result;
  const charts = await trendCharts(trend, { document, width: chartWidth($('trend')) });
  const rows = trendRows(trend);
  const many = trend.audits.length > 2;
  const level = `${Math.round(trend.level * 1000) / 10}%`;
  // What changed by more than the samples would explain: between each two audits and, with
  // more than two, from the first to the last.
  const beyond = [...trend.keyQuestions, ...trend.standards, trend.overall]
    .flatMap((t) => [...t.changes, ...(many ? [t.firstToLast] : [])])
    .filter((c) => c.verdict === 'beyond-intervals')
    .map((c) => c.sentence);
  const box = $('trend-results');
  box.replaceChildren(
    el(
      'p',
      { class: 'score', id: 'trend-summary' },
      `${result.audits.length} audits from ${result.audits[0]?.date} to ${result.audits.at(-1)?.date}`,
    ),
    el(
      'div',
      { class: 'downloads', role: 'group', 'aria-label': 'Downloads' },
      button(
        'Download the trend (CSV)',
        () => download('trend.csv', formatTrend(result, 'csv'), 'text/csv'),
        'download-trend',
      ),
      button(
        'Download the trend report (HTML)',
        async () =>
          download(
            'trend.html',
            await trendReport(result, {
              document,
              ...reportHeading('trend-service', 'trend-title'),
              version: VERSION,
              date: new Date().toISOString().slice(0, 10),
            }),
            'text/html',
          ),
        'download-trend-html',
      ),
    ),
    el('h3', {}, `Changes larger than the samples would explain at ${level}`),
    beyond.length > 0
      ? el('ul', { id: 'trend-beyond' }, ...beyond.map((b) => el('li', {}, b)))
      : el(
          'p',
          { id: 'trend-beyond' },
          'None: every change is within what the samples would explain. That does not mean nothing changed: samples this small cannot show it either way.',
        ),
    ...(await trendActionsBlock(result)),
    el('h3', {}, 'Trend charts'),
    el(
      'p',
      { class: 'note' },
      `Lines are told apart by colour, symbol and the label at their end. Whiskers show each figure's exact ${level} interval; dashed lines mark the framework's bands.`,
    ),
    ...charts.map((c) => el('figure', { class: 'chart' }, el('figcaption', {}, c.title), c.svg)),
    el('h3', {}, 'Every figure by audit'),
    textTable(rows.figures, 'Every figure by audit'),
    el('h3', {}, 'What changed band'),
    trend.bandChanges.length > 0
      ? el(
          'ul',
          { id: 'trend-bands' },
          ...trend.bandChanges.map((b) => el('li', {}, b.change.sentence)),
        )
      : el('p', { id: 'trend-bands' }, 'No figure changed band.'),
  );
  $('trend-problems').hidden = true;
  box.hidden = false;
}

async function compare(): Promise<void> {
  if (chosen.length === 0) return;
  const current = start();
  try {
    const files = await Promise.all(chosen.map(fileData));
    const result = await trendAudits(trendFiles(files));
    if (current()) await render(result);
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    if (current())
      showProblems($('trend-problems'), $('trend-results'), e.issues, 'nothing was compared');
  }
}

export function setUp(): void {
  setUpTrendActions(() => void compare());
  dropZone($<HTMLInputElement>('audits'), (files) => {
    chosen = files;
    void compare();
  });
  $('trend-example').addEventListener('click', async () => {
    const names = ['2024-01-15', '2024-04-15', '2024-07-15'].flatMap((d) => [
      `audit-${d}.csv`,
      `audit-${d}-judgements.csv`,
    ]);
    chosen = await Promise.all(names.map((n) => exampleFile(`../trend/${n}`, n)));
    showChosen($<HTMLInputElement>('audits'), chosen);
    await compare();
  });
}
