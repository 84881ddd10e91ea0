// The mock-inspection page. It uses the package's own build (bundled from dist/ by
// scripts/build-web.mjs): the rules are never copied here.
import { RatingRuleError, type RatingIssue, type StandardRating } from 'hmip-ratings';
import { rateAudit, type AuditRating } from 'hmip-ratings-sheets';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const el = (tag: string, attrs: Record<string, string> = {}, ...children: (Node | string)[]) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
};
const badge = (rating: string | undefined) =>
  el(
    'span',
    { class: `rating ${(rating ?? 'Not rated').replace(/ /g, '-')}` },
    rating ?? 'Not rated',
  );

const chosen: { cases?: File; judgements?: File } = {};

/** The panel's discretion in words that say which way it moved. */
function discretionWords(s: StandardRating): string {
  const d = s.discretion;
  if (!d) return '';
  return d.direction === 'unchanged'
    ? `; the panel considered discretion and kept ${d.from}`
    : `; ${d.direction} by the panel from ${d.from}`;
}

function showErrors(issues: readonly RatingIssue[]): void {
  $('results').hidden = true;
  const body = $('errors').querySelector('tbody') as HTMLElement;
  body.replaceChildren(
    ...issues.map((i) =>
      el(
        'tr',
        {},
        el('td', {}, i.location?.file ?? ''),
        el('td', {}, i.location?.row?.toString() ?? ''),
        el('td', {}, i.location?.column ?? ''),
        el('td', {}, i.message),
      ),
    ),
  );
  const fixes = [
    ...new Set(
      issues.flatMap((i) =>
        i.fix?.option === 'framework' && i.fix.value
          ? [`choose ${i.fix.value} under Standards`]
          : i.fix?.option === 'unanswered'
            ? ['tick "Blank answers leave the case out"']
            : i.fix?.option === 'judgements'
              ? ['drop the judgements file']
              : [],
      ),
    ),
  ];
  $('errors-count').textContent =
    `${issues.length} problem${issues.length === 1 ? '' : 's'} found, so nothing was rated. Fix them and drop the file again${fixes.length > 0 ? `, or ${fixes.join('; ')}` : ''}.`;
  $('errors').hidden = false;
}

function showResult({ rating, margins, tally, judgements, framework }: AuditRating): void {
  $('errors').hidden = true;
  const { total, court, outOfCourt } = tally.cases;
  const sample = el(
    'div',
    { class: 'sample' },
    `${framework.name}. Sample: ${total} cases (${court} court, ${outOfCourt} out-of-court)`,
  );
  // Without every judgement there is no score: the 0-36 bands cannot be rescaled.
  $('summary').replaceChildren(
    ...(rating.complete
      ? [
          el('div', { class: 'score' }, `Score ${rating.score}/${rating.maximum}`),
          el('div', { class: 'overall' }, 'Overall rating ', badge(rating.overall ?? 'Not rated')),
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
              : "No judgements were given: the ratings panel's ratings of the judgement standards are needed for a score. Drop the judgements file (or use a workbook with a Judgements sheet).",
          ),
        ]),
    sample,
  );
  const rows: Node[] = [
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', {}, 'Standard'),
        el('th', {}, 'Rating'),
        el('th', {}, 'How it was reached'),
      ),
    ),
  ];
  let domain = '';
  for (const s of rating.standards) {
    if (s.domain !== domain) {
      domain = s.domain;
      rows.push(
        el('tr', { class: 'domain' }, el('th', { colspan: '3' }, `${s.domain}. ${s.domainName}`)),
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
        el('td', {}, `${s.standard} ${s.name}`),
        el('td', {}, badge(s.rating)),
        el('td', { class: 'how' }, how),
      ),
    );
  }
  $('ratings').replaceChildren(...rows);
  $('excluded').replaceChildren(
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
  $('margins').replaceChildren(...margins.map((m) => el('li', {}, m.sentence)));
  $('key-questions').replaceChildren(
    ...rating.standards
      .filter((s) => s.method === 'key-questions')
      .map((s) =>
        el(
          'section',
          {},
          el('h3', {}, `${s.standard} ${s.name} `, badge(s.rating)),
          el(
            'table',
            {},
            el(
              'thead',
              {},
              el(
                'tr',
                {},
                el('th', {}, 'Key question'),
                el('th', {}, '% yes'),
                el('th', {}, 'Yes'),
                el('th', {}, 'Of'),
              ),
            ),
            el(
              'tbody',
              {},
              ...s.keyQuestions.map((kq) => {
                const lowest = kq.keyQuestion === s.lowest?.keyQuestion;
                return el(
                  'tr',
                  lowest ? { class: 'lowest' } : {},
                  el('td', {}, `${lowest ? '▼ ' : ''}${kq.keyQuestion} ${kq.text}`),
                  el('td', {}, kq.empty ? 'no cases' : `${kq.percent}%`),
                  el('td', {}, String(kq.yes ?? '')),
                  el('td', {}, String(kq.of ?? '')),
                );
              }),
            ),
          ),
        ),
      ),
  );
  $('prompts-section').hidden = tally.prompts.length === 0;
  $('prompts-note').textContent = tally.promptsNote;
  $('prompts').replaceChildren(
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', {}, 'Prompt'),
        el('th', {}, '% yes'),
        el('th', {}, 'Yes'),
        el('th', {}, 'Of'),
      ),
    ),
    el(
      'tbody',
      {},
      ...tally.prompts.map((p) =>
        el(
          'tr',
          {},
          el('td', {}, `${p.prompt} ${p.text}`),
          el('td', {}, p.percent === undefined ? '' : `${p.percent}%`),
          el('td', {}, String(p.yes)),
          el('td', {}, String(p.of)),
        ),
      ),
    ),
  );
  $('results').hidden = false;
}

async function update(): Promise<void> {
  if (!chosen.cases) return;
  const choice = $<HTMLSelectElement>('framework').value;
  const file = async (f: File) => ({
    name: f.name,
    data: f.name.toLowerCase().endsWith('.xlsx')
      ? new Uint8Array(await f.arrayBuffer())
      : await f.text(),
  });
  try {
    // Every problem in every file comes back at once; incomplete judgements still show the figures.
    const audit = await rateAudit(
      {
        cases: await file(chosen.cases),
        ...(chosen.judgements && { judgements: await file(chosen.judgements) }),
      },
      {
        incomplete: 'allow',
        ...(choice !== 'auto' && { framework: choice }),
        ...($<HTMLInputElement>('leave-out').checked && { unanswered: 'leave-out' as const }),
      },
    );
    showResult(audit);
  } catch (e) {
    if (e instanceof RatingRuleError) showErrors(e.issues);
    else showErrors([{ code: 'invalid-file', path: [], message: (e as Error).message }]);
  }
}

for (const key of ['cases', 'judgements'] as const) {
  const input = $<HTMLInputElement>(key);
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) chosen[key] = file;
    void update();
  });
  const drop = $(`${key}-drop`);
  drop.addEventListener('dragover', (e) => (e.preventDefault(), drop.classList.add('over')));
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    const file = e.dataTransfer?.files[0];
    if (file) chosen[key] = file;
    void update();
  });
}
$('framework').addEventListener('change', () => void update());
$('leave-out').addEventListener('change', () => void update());
$('example').addEventListener('click', async () => {
  const fetchFile = async (path: string, name: string) =>
    new File([await (await fetch(path)).blob()], name);
  $<HTMLSelectElement>('framework').value = 'hmip-youth-2021';
  chosen.cases = await fetchFile('../cumberland/cases.csv', 'cumberland-cases.csv');
  chosen.judgements = await fetchFile('../cumberland/judgements.csv', 'cumberland-judgements.csv');
  await update();
});
