// The "Moderate two audits" step: agreement, kappa, the disagreements and the moderated sheet.
import { RatingRuleError } from 'hmip-ratings';
import {
  casesToRows,
  disagreementRows,
  moderateAudits,
  toCsv,
  type ModeratedAudit,
} from 'hmip-ratings-sheets';
import {
  $,
  button,
  download,
  dropZone,
  el,
  exampleFile,
  showChosen,
  fileData,
  showProblems,
  textTable,
  latestRun,
} from './dom.js';
import { moderationGradesBlock } from './grades.js';

const start = latestRun();

const chosen: { first?: File; second?: File } = {};

const kappaText = (k: { kappa: number | null }) =>
  k.kappa === null ? 'undefined' : k.kappa.toFixed(2);

function render(audit: ModeratedAudit): void {
  const { agreement } = audit;
  const overall = agreement.overall;
  const rows = [
    ['Key question', 'Compared', 'Alike', 'Agreement', 'Kappa'],
    ...Object.values(agreement.keyQuestions).map((k) => [
      k.keyQuestion,
      String(k.total),
      String(k.agreed),
      k.percent === null ? '' : `${k.percent}%`,
      kappaText(k),
    ]),
  ];
  const box = $('moderate-results');
  box.replaceChildren(
    el(
      'p',
      { class: 'score', id: 'moderate-summary' },
      `Agreement on key questions: ${overall.percent ?? '-'}% (${overall.agreed} of ${overall.total} alike), kappa ${kappaText(overall)}`,
    ),
    ...moderationGradesBlock(audit),
    el(
      'div',
      { class: 'downloads', role: 'group', 'aria-label': 'Downloads' },
      button(
        'Download the moderated sheet (CSV)',
        () =>
          download(
            'moderated.csv',
            toCsv(casesToRows(audit.framework, audit.moderated.cases)),
            'text/csv',
          ),
        'download-moderated',
      ),
      button(
        'Download the disagreements (CSV)',
        () => download('disagreements.csv', toCsv(disagreementRows(audit)), 'text/csv'),
        'download-disagreements',
      ),
    ),
    textTable(rows, 'Agreement by key question'),
    el(
      'h3',
      {},
      `${agreement.disagreements.length} disagreement${agreement.disagreements.length === 1 ? '' : 's'}`,
    ),
    textTable(disagreementRows(audit), 'Disagreements'),
  );
  $('moderate-problems').hidden = true;
  box.hidden = false;
}

async function compare(): Promise<void> {
  if (!chosen.first || !chosen.second) return;
  const current = start();
  try {
    const moderated = await moderateAudits(
      { first: await fileData(chosen.first), second: await fileData(chosen.second) },
      { unanswered: 'leave-out' },
    );
    if (current()) render(moderated);
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    if (current())
      showProblems(
        $('moderate-problems'),
        $('moderate-results'),
        e.issues,
        'nothing was moderated',
      );
  }
}

export function setUp(): void {
  for (const key of ['first', 'second'] as const)
    dropZone($<HTMLInputElement>(key), (files) => {
      if (files[0]) chosen[key] = files[0];
      void compare();
    });
  $('moderate-example').addEventListener('click', async () => {
    chosen.first = await exampleFile('../moderation/first.csv', 'first.csv');
    chosen.second = await exampleFile('../moderation/second.csv', 'second.csv');
    showChosen($<HTMLInputElement>('first'), [chosen.first]);
    showChosen($<HTMLInputElement>('second'), [chosen.second]);
    await compare();
  });
}
