// The embed example: the Cumberland audit in <hmip-audit-grid>, read from its case sheet and
// judgements once, then held in a live audit that re-rates as each answer changes.
import { youth2021 } from 'hmip-ratings';
import { createLiveAudit } from 'hmip-ratings/live';
import { readCasesCsv, readJudgementsCsv } from 'hmip-ratings-sheets';
import { defineElements, type RatingChangeDetail } from 'hmip-ratings-sheets/elements';

defineElements();

const text = async (path: string) => (await fetch(path)).text();
const [cases, judgements] = await Promise.all([
  text('../cumberland/cases.csv'),
  text('../cumberland/judgements.csv'),
]);
const audit = createLiveAudit(youth2021, {
  cases: readCasesCsv(cases, { framework: youth2021, file: 'cases.csv' }).cases,
  judgements: readJudgementsCsv(judgements, { framework: youth2021, file: 'judgements.csv' })
    .judgements,
  unanswered: 'leave-out', // a grid being filled in has blanks
});
const grid = document.querySelector('hmip-audit-grid');
grid?.bind(youth2021, audit);
// The page's title follows the score, as a page's own summary would.
grid?.addEventListener('hmip-rating-change', (e) => {
  const { rating } = (e as CustomEvent<RatingChangeDetail>).detail;
  document.title = `Score ${rating.score}/${rating.maximum} · Cumberland audit · hmip-ratings`;
});
