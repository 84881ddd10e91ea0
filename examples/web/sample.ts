// The "Draw a sample" step: a caseload and a fieldwork date in, the plan and a ready audit sheet out.
import { RatingRuleError, frameworks } from 'hmip-ratings';
import { type AuditSample } from 'hmip-ratings/sampling';
import {
  casesToRows,
  casesWorkbook,
  readAuditLog,
  readCaseload,
  sampleCaseload,
  sampleCases,
  sampleExclusionRows,
  sampleStrataRows,
  toCsv,
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

const start = latestRun();

const chosen: { caseload?: File; audited?: File } = {};

/**
 * A disposal in the framework's own words ("Community sentence", not community-sentence); an id
 * the framework does not name stays as it is: no words are made up for it.
 */
function disposalWords(framework: { readonly disposals: readonly { id: string; name: string }[] }) {
  const names = new Map(framework.disposals.map((d) => [d.id, d.name] as const));
  return (id: string) => names.get(id) ?? id;
}

/** The strata table with each disposal in words, in the column (or columns) of disposals. */
function strataInWords(rows: readonly (readonly string[])[], words: (id: string) => string) {
  const [head = [], ...body] = rows;
  const disposal = new Set(
    head.flatMap((h, i) => (/disposal/i.test(h) && !/date/i.test(h) ? [i] : [])),
  );
  return [head, ...body.map((r) => r.map((c, i) => (disposal.has(i) ? words(c) : c)))];
}

function render(sample: AuditSample): void {
  const framework = frameworks[sample.framework as keyof typeof frameworks];
  const words = disposalWords(framework);
  const cases = sampleCases(sample);
  const kinds = sample.kinds.map((k) =>
    el(
      'p',
      {},
      `${k.kind === 'court' ? 'Court' : 'Out-of-court'} disposals made ${k.window.start} to ${k.window.end}: ${k.eligible} eligible, ${k.size.size} drawn${k.size.whole ? ' (the whole population)' : ''}.`,
    ),
  );
  const box = $('sample-results');
  box.replaceChildren(
    el(
      'p',
      { class: 'score', id: 'sample-summary' },
      `Sample: ${cases.length} cases (${cases.filter((c) => c.kind === 'court').length} court, ${cases.filter((c) => c.kind === 'out-of-court').length} out-of-court), seed ${sample.seed}`,
    ),
    ...kinds,
    el(
      'div',
      { class: 'downloads', role: 'group', 'aria-label': 'Downloads' },
      button(
        'Download the audit sheet (Excel)',
        async () =>
          download(
            'audit.xlsx',
            await casesWorkbook(framework, { cases }),
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          ),
        'download-sample-xlsx',
      ),
      button(
        'Download the audit sheet (CSV)',
        () => download('audit.csv', toCsv(casesToRows(framework, cases)), 'text/csv'),
        'download-sample-csv',
      ),
      button('Download the cases left out (CSV)', () =>
        download('left-out.csv', toCsv(sampleExclusionRows(sample)), 'text/csv'),
      ),
    ),
    el('h3', {}, 'The cases drawn'),
    textTable(
      [
        ['Case', 'Kind', 'Disposal', 'Disposal date'],
        ...sample.cases.map((c) => [c.id, c.kind, words(c.disposal), c.date]),
      ],
      'The cases drawn',
    ),
    el(
      'details',
      {},
      el('summary', {}, 'The sample against the caseload, stratum by stratum'),
      textTable(strataInWords(sampleStrataRows(sample), words), 'Strata'),
    ),
    el(
      'p',
      { class: 'note' },
      `${sample.excluded.length} cases of the caseload were left out, each with its reason (download them above). The size follows Cochran's formula at 80% confidence and a margin of five, inferred from HMIP's methodology, not stated by HMIP.`,
    ),
  );
  $('sample-problems').hidden = true;
  box.hidden = false;
}

async function draw(): Promise<void> {
  if (!chosen.caseload) return;
  const current = start();
  const fieldwork = $<HTMLInputElement>('fieldwork').value;
  const seed = Number($<HTMLInputElement>('seed').value || '2021');
  try {
    const caseload = await readCaseload(await fileData(chosen.caseload));
    const auditLog = chosen.audited
      ? await readAuditLog(await fileData(chosen.audited))
      : undefined;
    if (current())
      render(sampleCaseload(caseload, { fieldwork, seed, ...(auditLog && { auditLog }) }));
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    if (current())
      showProblems($('sample-problems'), $('sample-results'), e.issues, 'nothing was drawn');
  }
}

export function setUp(): void {
  dropZone($<HTMLInputElement>('caseload'), (files) => {
    if (files[0]) chosen.caseload = files[0];
  });
  dropZone($<HTMLInputElement>('audited'), (files) => {
    if (files[0]) chosen.audited = files[0];
  });
  $('sample-form').addEventListener('submit', (e) => {
    e.preventDefault();
    void draw();
  });
  $('sample-example').addEventListener('click', async () => {
    chosen.caseload = await exampleFile('../caseload.csv', 'caseload.csv');
    chosen.audited = await exampleFile('../audited.csv', 'audited.csv');
    showChosen($<HTMLInputElement>('caseload'), [chosen.caseload]);
    showChosen($<HTMLInputElement>('audited'), [chosen.audited]);
    $<HTMLInputElement>('fieldwork').value = '2025-07-07';
    await draw();
  });
}
