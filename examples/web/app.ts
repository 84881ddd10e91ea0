// The mock-inspection page. It uses the package's own build (bundled from dist/ by
// scripts/build-web.mjs): the rules are never copied here.
import {
  frameworks,
  RatingRuleError,
  type CaseRating,
  type Framework,
  type RatingIssue,
} from 'hmip-ratings';
import {
  judgementsFromJson,
  rateSheets,
  readCasesCsv,
  readCasesWorkbook,
  readJudgementsCsv,
  type CaseSheet,
  type JudgementSheet,
} from 'hmip-ratings-sheets';

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

function framework(): Framework {
  return frameworks[$<HTMLSelectElement>('framework').value as keyof typeof frameworks];
}

async function readCases(
  file: File,
  fw: Framework,
): Promise<{ cases: CaseSheet; judgements?: JudgementSheet }> {
  if (file.name.toLowerCase().endsWith('.xlsx'))
    return readCasesWorkbook(new Uint8Array(await file.arrayBuffer()), {
      framework: fw,
      file: file.name,
    });
  return { cases: readCasesCsv(await file.text(), { framework: fw, file: file.name }) };
}

async function readJudgements(file: File, fw: Framework): Promise<JudgementSheet> {
  const text = await file.text();
  return file.name.toLowerCase().endsWith('.json')
    ? judgementsFromJson(text, { file: file.name })
    : readJudgementsCsv(text, { framework: fw, file: file.name });
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
  $('errors').hidden = false;
}

function showResult({ rating, margins, tally }: CaseRating): void {
  $('errors').hidden = true;
  $('summary').replaceChildren(
    el('div', { class: 'score' }, `Score ${rating.score}/${rating.maximum}`),
    el('div', { class: 'overall' }, 'Overall rating ', badge(rating.overall ?? 'Not rated')),
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
      ? `lowest key question ${s.lowest.keyQuestion}: ${s.lowest.percent}%${s.lowest.yes !== undefined ? ` (${s.lowest.yes} of ${s.lowest.of})` : ''}${s.discretion && s.discretion.direction !== 'unchanged' ? `; raised by the panel from ${s.discretion.from}` : ''}`
      : s.status === 'not-rated'
        ? (s.notRatedReason ?? 'no applicable cases')
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
  const fw = framework();
  try {
    const sheets = await readCases(chosen.cases, fw);
    const judgements = chosen.judgements
      ? await readJudgements(chosen.judgements, fw)
      : sheets.judgements;
    showResult(rateSheets(sheets.cases, judgements, { incomplete: 'allow' }));
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
$('example').addEventListener('click', async () => {
  const fetchFile = async (path: string, name: string) =>
    new File([await (await fetch(path)).blob()], name);
  $<HTMLSelectElement>('framework').value = 'hmip-youth-2021';
  chosen.cases = await fetchFile('../cumberland/cases.csv', 'cumberland-cases.csv');
  chosen.judgements = await fetchFile('../cumberland/judgements.csv', 'cumberland-judgements.csv');
  await update();
});
