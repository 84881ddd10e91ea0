// The "Rate an audit" step: the ratings, the charts, what would change each rating, how far the
// figures can be trusted, the figures by group, and the downloads.
import { RatingRuleError, type StandardRating } from 'hmip-ratings';
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

declare const VERSION: string;

const chosen: { cases?: File; judgements?: File } = {};

/** The panel's discretion in words that say which way it moved. */
function discretionWords(s: StandardRating): string {
  const d = s.discretion;
  if (!d) return '';
  return d.direction === 'unchanged'
    ? `; the panel considered discretion and kept ${d.from}`
    : `; ${d.direction} by the panel from ${d.from}`;
}

function ratingsTable(audit: AuditRating): HTMLElement {
  const { rating } = audit;
  const rows: Node[] = [];
  let domain = '';
  for (const s of rating.standards) {
    if (s.domain !== domain) {
      domain = s.domain;
      rows.push(
        el(
          'tr',
          { class: 'domain' },
          el('th', { colspan: '3', scope: 'colgroup' }, `${s.domain}. ${s.domainName}`),
        ),
      );
    }
    const how = s.lowest
      ? `lowest key question ${s.lowest.keyQuestion}: ${s.lowest.percent}%${s.lowest.yes !== undefined ? ` (${s.lowest.yes} of ${s.lowest.of})` : ''}${discretionWords(s)}`
      : s.status === 'not-rated'
        ? `not rated: ${s.notRatedReason ?? 'no applicable cases'}`
        : 'single judgement';
    rows.push(
      el(
        'tr',
        { 'data-standard': s.standard },
        el('th', { scope: 'row' }, `${s.standard} ${s.name}`),
        el('td', {}, badge(s.rating)),
        el('td', { class: 'how' }, how),
      ),
    );
  }
  return el(
    'div',
    { class: 'scroll', role: 'region', 'aria-label': 'Ratings table', tabindex: '0' },
    el(
      'table',
      { id: 'ratings' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', { scope: 'col' }, 'Standard'),
          el('th', { scope: 'col' }, 'Rating'),
          el('th', { scope: 'col' }, 'How it was reached'),
        ),
      ),
      el('tbody', {}, ...rows),
    ),
  );
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
    el('h3', {}, 'Key questions'),
    el(
      'p',
      { class: 'note' },
      'The rating for a standard is driven by the lowest score on its key questions, marked ▼ and outlined in its chart.',
    ),
    ...keyQuestions,
    ...trust,
    ...groups,
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
    };
    if (mine === latest) await render(audit, input, () => mine === latest);
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    if (mine === latest)
      showProblems($('rate-problems'), $('rate-results'), e.issues, 'nothing was rated');
  }
}

export function setUp(): void {
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
