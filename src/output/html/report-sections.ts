// The sections of the board report, each from the checked report input: the ratings (with the
// grid and score charts), each standard's key questions (with its chart), the margins, the sample,
// what was not rated, and the confidence, sub-group and prompt tables when the input has them.
import { breakdownRows } from 'hmip-ratings/breakdown';
import { intervalRows, resampleRows } from 'hmip-ratings/confidence';
import {
  noOverallWords,
  type Framework,
  type InspectionRating,
  type StandardRating,
} from 'hmip-ratings';
import { describeFigure } from 'hmip-ratings/toolkit';
import {
  discretionWords,
  resampleSentences,
  sampleLine,
  type ReportInput,
} from '../report-input.js';
import type { RatingCharts } from '../charts/charts.js';
import { badge, figure, rowsTable, t, wrapTable } from './blocks.js';
import { SUPPRESSED_MARK } from '../charts/breakdown-chart.js';

/** "lowest 2.1.3 38% (3 of 8); raised by the panel from Inadequate", as the ratings table says. */
function howReached(s: StandardRating): string {
  const how = s.lowest
    ? `lowest key question ${s.lowest.keyQuestion}: ${describeFigure(s.lowest)}`
    : s.status === 'not-rated'
      ? `not rated: ${s.notRatedReason ?? 'no applicable cases'}`
      : s.method === 'judgement'
        ? 'the panel’s judgement'
        : s.method;
  return s.discretion ? `${how}; ${discretionWords(s)}` : how;
}

export function ratingsSection(rating: InspectionRating, charts: readonly RatingCharts[]): string {
  const [wide, narrow] = charts as [RatingCharts, RatingCharts];
  const rows: string[] = [];
  let domain = '';
  for (const s of rating.standards) {
    if (s.domain !== domain) {
      domain = s.domain;
      rows.push(
        `<tr class="domain"><th scope="colgroup" colspan="2">${t(`${s.domain}. ${s.domainName}`)}</th></tr>`,
      );
    }
    rows.push(
      `<tr data-standard="${t(s.standard)}"><th scope="row">${t(`${s.standard} ${s.name}`)}<span class="how">${t(howReached(s))}${s.countsTowardOverall ? '' : ' (not in the score)'}</span></th><td class="rating">${badge(s.rating)}</td></tr>`,
    );
  }
  const excluded = rating.excluded
    .filter((e) => e.reason === 'does not count toward the overall')
    .map(
      (e) =>
        `<p class="note">The rating for ${t(e.standard)} does not influence the overall rating.</p>`,
    );
  // An incomplete rating has no score: the sum of the standards rated would read as one.
  const noOverall = noOverallWords(rating);
  const headline =
    noOverall !== undefined
      ? `<p class="headline"><strong id="overall">${t(noOverall)}</strong></p>`
      : `<p class="headline"><strong id="score">Score ${rating.score}/${rating.maximum}</strong> · Overall rating <strong id="overall">${rating.overall ? badge(rating.overall) : ''}</strong></p>`;
  return `<section id="ratings" aria-labelledby="ratings-heading">
<h2 id="ratings-heading">Ratings</h2>
${headline}
${figure(wide.grid, narrow.grid, 'Every standard’s rating, by domain. The same ratings are in the table below.')}
${noOverall !== undefined ? '' : figure(wide.score, narrow.score, 'The score against the framework’s overall bands.')}
${wrapTable(
  'ratings-caption',
  'The rating of each standard and how it was reached',
  'ratings',
  `<thead><tr><th scope="col">Standard and how it was rated</th><th scope="col">Rating</th></tr></thead><tbody>${rows.join('')}</tbody>`,
)}
${excluded.join('\n')}
</section>`;
}

export function keyQuestionSection(
  rating: InspectionRating,
  framework: Framework,
  charts: readonly RatingCharts[],
  whiskers: boolean,
): string {
  const [wide, narrow] = charts as [RatingCharts, RatingCharts];
  const standards = rating.standards.filter((s) => s.method === 'key-questions');
  const bands = framework.keyQuestionBands
    .map((b, i, all) => {
      const next = all[i + 1];
      return next
        ? `${b.rating} from ${b.from}% to below ${next.from}%`
        : `${b.rating} from ${b.from}%`;
    })
    .join(', ');
  const parts = standards.map((s, i) => {
    const lowest = s.lowest?.keyQuestion;
    const rows = s.keyQuestions.map((kq) => {
      const isLowest = kq.keyQuestion === lowest;
      return `<tr data-key-question="${t(kq.keyQuestion)}"${isLowest ? ' class="lowest"' : ''}><th scope="row">${t(kq.keyQuestion)}${isLowest ? '<span class="tag">lowest</span>' : ''}<span class="question">${t(kq.text)}</span></th><td class="num"><span class="percent">${kq.empty ? 'no cases' : t(kq.percent === undefined ? '' : `${kq.percent}%`)}</span><span class="count">${kq.yes !== undefined && kq.of !== undefined ? t(`${kq.yes} of ${kq.of}`) : kq.of !== undefined ? t(`of ${kq.of}`) : ''}</span></td><td>${kq.band ? badge(kq.band) : ''}</td></tr>`;
    });
    const chart = (set: RatingCharts) =>
      set.standards.find((c) => c.standard === s.standard)?.chart as SVGSVGElement;
    return `<section class="standard" id="standard-${i + 1}" aria-labelledby="standard-${i + 1}-heading" data-standard="${t(s.standard)}">
<h3 id="standard-${i + 1}-heading">${t(`${s.standard} ${s.name}`)}: ${t(s.rating ?? 'Not rated')}</h3>
${figure(chart(wide), chart(narrow), `% of cases answered yes on each key question of ${s.standard}; the dashed lines are the band thresholds${whiskers ? '; the whiskers are the intervals' : ''}.`)}
${wrapTable(
  `standard-${i + 1}-caption`,
  `${s.standard} key questions (the lowest drives the rating)`,
  'key-questions',
  `<thead><tr><th scope="col">Key question</th><th scope="col" class="num">%&nbsp;yes</th><th scope="col">Band</th></tr></thead><tbody>${rows.join('')}</tbody>`,
)}
<p class="explanation">${t(s.explanation)}</p>
</section>`;
  });
  return `<section id="key-questions" aria-labelledby="key-questions-heading">
<h2 id="key-questions-heading">Key questions</h2>
<p>A standard rated from case answers takes the band of its lowest key question. Bands of ${t(framework.name)}: ${t(bands)}.</p>
${parts.length > 0 ? parts.join('\n') : '<p>No standard was rated from key questions.</p>'}
</section>`;
}

export function marginsSection(input: ReportInput): string {
  const body = input.margins
    ? input.margins.length > 0
      ? `<ul>${input.margins.map((m) => `<li data-standard="${t(m.standard)}">${t(m.sentence)}</li>`).join('')}</ul>`
      : '<p>No standard rated from key questions has a margin to show.</p>'
    : '<p class="note">Not asked for: run the command with --margins, or pass margins from ratingMargins.</p>';
  return `<section id="margins" aria-labelledby="margins-heading">
<h2 id="margins-heading">What would change the ratings</h2>
${body}
</section>`;
}

export function sampleSection(input: ReportInput, framework: Framework): string {
  const tally = input.tally;
  if (!tally)
    return `<section id="sample" aria-labelledby="sample-heading">
<h2 id="sample-heading">The sample</h2>
<p>${t(sampleLine(undefined).replace(/^Sample: /, 'Not given: '))}.</p>
</section>`;
  const { total, court, outOfCourt, byDisposal } = tally.cases;
  const names = new Map(framework.disposals.map((d) => [d.id, d]));
  const disposals = Object.entries(byDisposal).filter(([, n]) => n > 0);
  const disposalRows = disposals.map(([id, n]) => {
    const d = names.get(id);
    return [d?.name ?? id, d ? (d.kind === 'court' ? 'court' : 'out-of-court') : '', String(n)];
  });
  return `<section id="sample" aria-labelledby="sample-heading">
<h2 id="sample-heading">The sample</h2>
<p id="sample-line">${t(sampleLine(tally))}.</p>
${wrapTable(
  'sample-caption',
  'Cases audited',
  '',
  `<thead><tr><th scope="col">Cases</th><th scope="col" class="num">Number</th></tr></thead><tbody><tr><th scope="row">Court</th><td class="num" id="sample-court">${court}</td></tr><tr><th scope="row">Out-of-court</th><td class="num" id="sample-out-of-court">${outOfCourt}</td></tr><tr><th scope="row">Total</th><td class="num" id="sample-total">${total}</td></tr></tbody>`,
)}
${disposalRows.length > 0 ? rowsTable([['Disposal', 'Kind', 'Cases'], ...disposalRows], 'Cases by disposal', 'disposals-caption', { rowHeader: 0, numeric: [2] }) : ''}
</section>`;
}

export function notRatedSection(rating: InspectionRating): string {
  const notRated = rating.standards.filter((s) => s.status === 'not-rated');
  const missing = rating.excluded.filter((e) => e.reason === 'missing');
  const items = [
    ...notRated.map(
      (s) =>
        `<li data-standard="${t(s.standard)}">${t(`${s.standard} ${s.name}`)} was not rated: ${t(s.notRatedReason ?? 'none of its key questions had applicable cases')}</li>`,
    ),
    ...missing.map(
      (e) =>
        `<li data-standard="${t(e.standard)}">${t(e.standard)} is missing: no rating or figures were given</li>`,
    ),
  ];
  return `<section id="not-rated" aria-labelledby="not-rated-heading">
<h2 id="not-rated-heading">Standards not rated</h2>
${items.length > 0 ? `<ul>${items.join('')}</ul>` : '<p>Every standard was rated.</p>'}
</section>`;
}

export function confidenceSection(
  input: ReportInput,
  chart: readonly [SVGSVGElement, SVGSVGElement] | undefined,
): string {
  const c = input.confidence;
  if (!c) return '';
  const drawn = chart
    ? figure(
        chart[0],
        chart[1],
        'Each key question’s % yes (the dot, in its band’s colour) and its interval (the line) against the bands; the dashed lines are the band thresholds. An interval that crosses a line could lie in another band. The same figures are in the table below.',
      )
    : '';
  const resampled = c.resampled
    ? `<h3 id="resampled-heading">Resampled ratings</h3>
${rowsTable(resampleRows(c.resampled), 'Share of resamples in each band', 'resampled-caption', { rowHeader: 0, numeric: [3, 4, 5, 6, 7] })}
<ul>${resampleSentences(c.resampled)
        .map((l) => `<li>${t(l)}</li>`)
        .join('')}</ul>`
    : '';
  return `<section id="confidence" aria-labelledby="confidence-heading">
<h2 id="confidence-heading">How far the figures can be trusted</h2>
${drawn}
${rowsTable(intervalRows(c.intervals), 'The interval of each key question', 'intervals-caption', { rowHeader: 1, numeric: [2, 3, 4] })}
${resampled}
<p class="note">What these figures mean and do not mean: docs/statistics.md in the hmip-ratings repository.</p>
</section>`;
}

export function breakdownSection(
  input: ReportInput,
  chart: readonly [SVGSVGElement, SVGSVGElement] | undefined,
): string {
  const b = input.breakdown;
  if (!b) return '';
  const rows = breakdownRows(b);
  const drawn = chart
    ? figure(
        chart[0],
        chart[1],
        `Each key question’s % yes (yes/of) by ${b.attribute}, in its band’s colour. A grey dashed cell marked ${SUPPRESSED_MARK} is suppressed: fewer than ${b.suppressBelow} cases, or withheld so that a smaller group cannot be worked out. The same figures are in the table below.`,
      )
    : '';
  return `<section id="breakdown" aria-labelledby="breakdown-heading">
<h2 id="breakdown-heading">${t(`By ${b.attribute} (indicative)`)}</h2>
${drawn}
${rowsTable(rows, `Figures by ${b.attribute}`, 'breakdown-caption', { rowHeader: 0 })}
<ul>${b.notes.map((n) => `<li>${t(n)}</li>`).join('')}</ul>
</section>`;
}

export function promptsSection(input: ReportInput): string {
  const tally = input.tally;
  if (!tally || tally.prompts.length === 0) return '';
  const rows = tally.prompts.map((p) => [
    p.prompt,
    p.text,
    p.percent === undefined ? '' : `${p.percent}%`,
    String(p.yes),
    String(p.of),
  ]);
  return `<section id="prompts" aria-labelledby="prompts-heading">
<h2 id="prompts-heading">Prompts</h2>
<p class="note">${t(tally.promptsNote)}</p>
${rowsTable([['Prompt', 'Text', '% yes', 'Yes', 'Of'], ...rows], 'Every prompt, in framework order', 'prompts-caption', { rowHeader: 0, numeric: [2, 3, 4] })}
</section>`;
}
