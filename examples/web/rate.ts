// The "Rate an audit" step: the ratings, the charts, what would change each rating, how far the
// figures can be trusted, the figures by group, and the downloads.
import { RatingRuleError } from 'hmip-ratings';
import { breakdownByGroup, breakdownRows } from 'hmip-ratings/breakdown';
import {
  intervalRows,
  ratingIntervals,
  resampleRating,
  resampleRows,
} from 'hmip-ratings/confidence';
import {
  formatReport,
  htmlReport,
  rateAudit,
  ratingCharts,
  resultsWorkbook,
  type AuditRating,
  type ReportInput,
} from 'hmip-ratings-sheets';
import { defineElements, type RatingsTableElement } from 'hmip-ratings-sheets/elements';
import {
  $,
  badge,
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
} from './dom.js';
import { gradesBlock, pageGrades } from './grades.js';
import { actionsBlock, setUpActions } from './actions.js';

declare const VERSION: string;

const chosen: { cases?: File; judgements?: File } = {};

/** The ratings table: the `<hmip-ratings-table>` element, the same one a migrating team embeds. */
function ratingsTable(audit: AuditRating): HTMLElement {
  const table = el('hmip-ratings-table', { id: 'ratings', label: 'Ratings table' });
  (table as RatingsTableElement).rating = audit.rating;
  return table;
}

function summary(audit: AuditRating): HTMLElement {
  const { rating, tally, judgements, framework } = audit;
  const { total, court, outOfCourt } = tally.cases;
  const sample = el(
    'p',
    { class: 'sample' },
    `${framework.name}. Sample: ${total} cases (${court} court, ${outOfCourt} out-of-court)`,
  );
  // Without every judgement there is no score: the 0-36 bands cannot be rescaled.
  const head = rating.complete
    ? [
        el('p', { class: 'score' }, `Score ${rating.score}/${rating.maximum}`),
        el('p', { class: 'overall' }, 'Overall rating ', badge(rating.overall)),
      ]
    : [
        el(
          'div',
          { class: 'warning', role: 'alert' },
          el('strong', {}, 'No score and no overall rating. '),
          judgements
            ? `The judgements do not rate ${rating.excluded
                .filter((e) => e.reason !== 'does not count toward the overall')
                .map((e) => e.standard)
                .join(', ')}, so the 0-${rating.maximum} score cannot be given.`
            : "No judgements were given: the ratings panel's ratings of the judgement standards are needed for a score. Add the judgements file (or use a workbook with a Judgements sheet).",
        ),
      ];
  return el('div', { id: 'summary' }, ...head, sample);
}

async function render(
  audit: AuditRating,
  input: ReportInput,
  current: () => boolean,
): Promise<void> {
  const box = $('rate-results');
  const { rating, margins, tally } = audit;
  const excluded = el(
    'div',
    { id: 'excluded' },
    ...rating.excluded
      .filter((e) => e.reason === 'does not count toward the overall')
      .map((e) =>
        el(
          'p',
          { class: 'note' },
          `The rating for ${e.standard} does not influence the overall rating.`,
        ),
      ),
  );
  const charts = await ratingCharts(rating, {
    document,
    width: chartWidth($('rate')),
    framework: audit.framework,
    ...(input.confidence && { intervals: input.confidence.intervals }),
  });
  if (!current()) return; // a newer choice of files is being rated
  const chartOf = new Map(charts.standards.map((c) => [c.standard, c.chart]));
  const keyQuestions = rating.standards
    .filter((s) => s.method === 'key-questions')
    .map((s) =>
      el(
        'section',
        { class: 'standard', 'aria-label': `${s.standard} ${s.name}` },
        el('h4', {}, `${s.standard} ${s.name} `, badge(s.rating)),
        el(
          'figure',
          { class: 'chart' },
          ...(chartOf.has(s.standard) ? [chartOf.get(s.standard) as Node] : []),
        ),
        textTable(
          [
            ['Key question', '% yes', 'Yes', 'Of', 'Band'],
            ...s.keyQuestions.map((kq) => [
              `${kq.keyQuestion === s.lowest?.keyQuestion ? '▼ lowest: ' : ''}${kq.keyQuestion} ${kq.text}`,
              kq.empty ? 'no applicable cases' : `${kq.percent}%`,
              String(kq.yes ?? ''),
              String(kq.of ?? ''),
              kq.band ?? '',
            ]),
          ],
          `Key questions of ${s.standard}`,
        ),
      ),
    );
  const trust = input.confidence
    ? [
        el('h3', {}, 'How far the figures can be trusted'),
        textTable(intervalRows(input.confidence.intervals), 'Intervals of the key questions'),
        ...(input.confidence.resampled
          ? [
              el('h4', {}, 'Resampled ratings (share of resamples in each band)'),
              textTable(resampleRows(input.confidence.resampled), 'Resampled ratings'),
              el(
                'ul',
                {},
                ...input.confidence.resampled.standards.map((s) => el('li', {}, s.sentence)),
                ...(input.confidence.resampled.overall
                  ? [el('li', {}, input.confidence.resampled.overall.sentence)]
                  : []),
              ),
              el(
                'p',
                { class: 'note' },
                `${input.confidence.resampled.resamples.toLocaleString('en-GB')} resamples, seed ${input.confidence.resampled.seed}. The shares show how much the rating depends on which cases were sampled; they are not the chance that the service is in a band.`,
              ),
            ]
          : []),
      ]
    : [];
  const groups = input.breakdown
    ? [
        el('h3', {}, `By ${input.breakdown.attribute} (indicative)`),
        textTable(breakdownRows(input.breakdown), `Figures by ${input.breakdown.attribute}`),
        el('ul', {}, ...input.breakdown.notes.map((n) => el('li', {}, n))),
      ]
    : [];
  const downloads = el(
    'div',
    { class: 'downloads', role: 'group', 'aria-label': 'Downloads' },
    button(
      'Download the results (CSV)',
      () => download('results.csv', formatReport(input, 'csv'), 'text/csv'),
      'download-csv',
    ),
    button(
      'Download the results (Excel)',
      async () =>
        download(
          'results.xlsx',
          await resultsWorkbook({ rating, tally }),
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        ),
      'download-xlsx',
    ),
    button(
      'Download the board report (HTML)',
      async () =>
        download(
          'report.html',
          await htmlReport(input, {
            document,
            ...reportHeading('service', 'report-title'),
            version: VERSION,
            date: new Date().toISOString().slice(0, 10),
          }),
          'text/html',
        ),
      'download-html',
    ),
    button('Print the report', () => window.print(), 'print'),
  );
  box.replaceChildren(
    summary(audit),
    downloads,
    el('figure', { class: 'chart overview' }, charts.grid, charts.score),
    ratingsTable(audit),
    excluded,
    el('h3', {}, 'What would change the ratings'),
    el('ul', { id: 'margins' }, ...margins.map((m) => el('li', {}, m.sentence))),
    ...(await actionsBlock(audit)),
    el('h3', {}, 'Key questions'),
    el(
      'p',
      { class: 'note' },
      'The rating for a standard is driven by the lowest score on its key questions, marked ▼ and outlined in its chart.',
    ),
    ...keyQuestions,
    ...trust,
    ...groups,
    ...gradesBlock(input),
    ...(tally.prompts.length > 0
      ? [
          el(
            'details',
            {},
            el('summary', {}, 'Prompts'),
            el('p', { class: 'note' }, tally.promptsNote),
            textTable(
              [
                ['Prompt', '% yes', 'Yes', 'Of'],
                ...tally.prompts.map((p) => [
                  `${p.prompt} ${p.text}`,
                  p.percent === undefined ? '' : `${p.percent}%`,
                  String(p.yes),
                  String(p.of),
                ]),
              ],
              'Prompts',
            ),
          ),
        ]
      : []),
  );
  $('rate-problems').hidden = true;
  box.hidden = false;
}

/** The breakdown choices: the case sheet's other columns. */
function groupChoices(attributes: readonly string[]): void {
  const select = $<HTMLSelectElement>('by');
  const current = select.value;
  select.replaceChildren(
    el('option', { value: '' }, 'No breakdown'),
    ...attributes.map((a) => el('option', { value: a }, a)),
  );
  select.value = attributes.includes(current) ? current : '';
}

/** Which update is the latest: an earlier one that finishes later is not shown over it. */
let latest = 0;

export async function update(): Promise<void> {
  if (!chosen.cases) return;
  const mine = ++latest;
  const choice = $<HTMLSelectElement>('framework').value;
  const leaveOut = $<HTMLInputElement>('leave-out').checked;
  try {
    // Every problem in every file comes back at once; incomplete judgements still show the figures.
    const audit = await rateAudit(
      {
        cases: await fileData(chosen.cases),
        ...(chosen.judgements && { judgements: await fileData(chosen.judgements) }),
      },
      {
        incomplete: 'allow',
        ...(choice !== 'auto' && { framework: choice }),
        ...(leaveOut && { unanswered: 'leave-out' as const }),
      },
    );
    groupChoices(audit.cases.attributes);
    const by = $<HTMLSelectElement>('by').value;
    const cases = audit.cases.cases;
    const input: ReportInput = {
      rating: audit.rating,
      tally: audit.tally,
      margins: audit.margins,
      ...($<HTMLInputElement>('confidence').checked && {
        confidence: {
          intervals: ratingIntervals(audit.rating, audit.framework),
          resampled: resampleRating(audit.framework, cases, audit.judgements?.judgements, {
            incomplete: 'allow',
            ...(leaveOut && { unanswered: 'leave-out' as const }),
          }),
        },
      }),
      ...(by && {
        breakdown: breakdownByGroup(
          audit.framework,
          cases,
          by,
          leaveOut ? { unanswered: 'leave-out' } : {},
        ),
      }),
      ...pageGrades(audit, by, leaveOut),
    };
    if (mine === latest) await render(audit, input, () => mine === latest);
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    if (mine === latest)
      showProblems($('rate-problems'), $('rate-results'), e.issues, 'nothing was rated');
  }
}

export function setUp(): void {
  defineElements();
  setUpActions(() => void update());
  for (const key of ['cases', 'judgements'] as const)
    dropZone($<HTMLInputElement>(key), (files) => {
      if (files[0]) chosen[key] = files[0];
      void update();
    });
  for (const id of ['framework', 'leave-out', 'confidence', 'by'])
    $(id).addEventListener('change', () => void update());
  $('example').addEventListener('click', async () => {
    $<HTMLSelectElement>('framework').value = 'auto';
    chosen.cases = await exampleFile('../cumberland/cases.csv', 'cumberland-cases.csv');
    chosen.judgements = await exampleFile(
      '../cumberland/judgements.csv',
      'cumberland-judgements.csv',
    );
    showChosen($<HTMLInputElement>('cases'), [chosen.cases]);
    showChosen($<HTMLInputElement>('judgements'), [chosen.judgements]);
    await update();
  });
  // Charts are drawn to the width of their column: drawn again when it changes.
  let width = chartWidth($('rate'));
  let pending: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener('resize', () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      if (chartWidth($('rate')) !== width && !$('rate-results').hidden) {
        width = chartWidth($('rate'));
        void update();
      }
    }, 200);
  });
}
