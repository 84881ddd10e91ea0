// Small helpers for the page. Every text from a file goes in as text (`textContent` or a text
// node), never as markup: `el` appends strings as text nodes, and nothing here sets innerHTML.
import type { RatingIssue } from 'hmip-ratings';

export const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

export function el(
  tag: string,
  attrs: Readonly<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElement {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** A rating written as text on its colour: the colour is never the only sign. */
export function badge(rating: string | undefined): HTMLElement {
  const text = rating ?? 'Not rated';
  return el('span', { class: `rating ${text.replace(/ /g, '-')}` }, text);
}

/** A table of text, header first, in a box that scrolls sideways on a narrow screen. */
export function textTable(rows: readonly (readonly string[])[], label: string): HTMLElement {
  const [head = [], ...body] = rows;
  return el(
    'div',
    { class: 'scroll', role: 'region', 'aria-label': label, tabindex: '0' },
    el(
      'table',
      {},
      el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', {}, ...body.map((r) => el('tr', {}, ...r.map((c) => el('td', {}, c))))),
    ),
  );
}

/**
 * The service's name and the title typed for a report's heading, each when given: one line,
 * trimmed, cut to the report's bounds (120 and 200 characters) as the fields' maxlength does.
 */
export function reportHeading(
  serviceId: string,
  titleId: string,
): { service?: string; title?: string } {
  const value = (id: string, max: number) =>
    ($<HTMLInputElement>(id)?.value ?? '')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
      .trim()
      .slice(0, max);
  const service = value(serviceId, 120);
  const title = value(titleId, 200);
  return { ...(service && { service }), ...(title && { title }) };
}

/** Offers a file to download. */
export function download(name: string, data: string | Uint8Array, type: string): void {
  const blob = new Blob([data as BlobPart], { type });
  const a = el('a', { href: URL.createObjectURL(blob), download: name }) as HTMLAnchorElement;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

/** A button that runs an action. */
export function button(label: string, action: () => unknown, id?: string): HTMLElement {
  const b = el('button', { type: 'button', ...(id && { id }) }, label);
  b.addEventListener('click', () => void action());
  return b;
}

/** The fix for a problem, in the page's words. */
function fixWords(issue: RatingIssue): string | undefined {
  const fix = issue.fix;
  if (fix?.option === 'framework' && fix.value) return `choose ${fix.value} under Standards`;
  if (fix?.option === 'unanswered') return 'tick "Blank answers leave the case out"';
  if (fix?.option === 'judgements') return 'add the judgements file';
  return undefined;
}

/** Every problem in one table against file, row and column; the results are hidden. */
export function showProblems(
  box: HTMLElement,
  results: HTMLElement,
  issues: readonly RatingIssue[],
  outcome: string,
): void {
  results.hidden = true;
  const fixes = [...new Set(issues.map(fixWords).filter((f): f is string => f !== undefined))];
  box.replaceChildren(
    el('h3', {}, 'Problems in your files'),
    el(
      'p',
      { class: 'count' },
      `${issues.length} problem${issues.length === 1 ? '' : 's'} found, so ${outcome}. Fix them and choose the file again${fixes.length > 0 ? `, or ${fixes.join('; ')}` : ''}.`,
    ),
    textTable(
      [
        ['File', 'Row', 'Column', 'Problem'],
        ...issues.map((i) => [
          i.location?.file ?? '',
          i.location?.row?.toString() ?? '',
          i.location?.column ?? '',
          i.message,
        ]),
      ],
      'Problems',
    ),
  );
  box.hidden = false;
}

/** A file the user chose, as the readers take it: text, or bytes for a workbook. */
export async function fileData(file: File): Promise<{ name: string; data: string | Uint8Array }> {
  return {
    name: file.name,
    data: /\.xlsx$/i.test(file.name) ? new Uint8Array(await file.arrayBuffer()) : await file.text(),
  };
}

/** A file of the examples folder, fetched as the user would choose it. */
export async function exampleFile(path: string, name: string): Promise<File> {
  return new File([await (await fetch(path)).blob()], name);
}

/**
 * Shows which files a box holds, however they came (picked, dropped, or an example loaded): the
 * input's own files are set to them, so the browser's box names them instead of "No file
 * chosen", and the box says their names in words under the input.
 */
export function showChosen(input: HTMLInputElement, files: readonly File[]): void {
  const same =
    input.files?.length === files.length && files.every((f, i) => input.files?.[i] === f);
  if (!same && files.length > 0) {
    try {
      const transfer = new DataTransfer();
      for (const f of files) transfer.items.add(f);
      input.files = transfer.files;
    } catch {
      // a browser without a DataTransfer constructor keeps its own words; the line below says it
    }
  }
  const zone = input.closest('.drop') as HTMLElement | null;
  if (!zone) return;
  let line = zone.querySelector<HTMLElement>('.chosen');
  if (!line) {
    line = el('p', { class: 'chosen', id: `${input.id}-chosen`, 'aria-live': 'polite' });
    zone.append(line);
    input.setAttribute('aria-describedby', line.id);
  }
  line.textContent =
    files.length === 0
      ? ''
      : files.length === 1
        ? `Loaded: ${files[0]?.name ?? ''}`
        : `Loaded ${files.length} files: ${files.map((f) => f.name).join(', ')}`;
}

/** Makes a drop zone of a file input's box: dropping a file chooses it. */
export function dropZone(input: HTMLInputElement, onFiles: (files: File[]) => void): void {
  const zone = input.closest('.drop') as HTMLElement;
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    showChosen(input, files);
    onFiles(files);
  });
  zone.addEventListener('dragover', (e) => {
    e.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    const files = [...(e.dataTransfer?.files ?? [])];
    showChosen(input, files);
    onFiles(files);
  });
}

/** The width charts are drawn at: the width of their column, within what a chart can use. */
export function chartWidth(box: HTMLElement): number {
  return Math.max(240, Math.min(900, Math.floor(box.clientWidth || 640)));
}

/**
 * A counter of a step's runs: `start()` gives the run a check that says whether it is still the
 * latest, so a slower earlier run never shows its results over a newer one.
 */
export function latestRun(): () => () => boolean {
  let runs = 0;
  return () => {
    const mine = ++runs;
    return () => mine === runs;
  };
}
