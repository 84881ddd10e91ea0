import { RatingRuleError, type RatingIssue } from '../model/errors.js';
import type { Framework } from '../model/types.js';
import type { CaseRecord } from '../cases/case-record.js';
import { keyQuestionsOf } from '../framework/standards-of.js';
import { readAnswer } from './answer-spelling.js';
import { columnLabel, isBlankRow, slug } from './columns.js';

/** Case records read from a sheet, with where each came from, so later errors can point at cells. @category Sheets */
export interface CaseSheet {
  readonly file: string;
  readonly framework: Framework;
  readonly cases: readonly CaseRecord[];
  /** The spreadsheet row of each case, by position in `cases`. */
  readonly rows: readonly number[];
  /** The column label of each field and question id, for example `{ '2.1.3': 'D (2.1.3)' }`. */
  readonly columns: Readonly<Record<string, string>>;
}

const FIELDS = ['case', 'kind', 'disposal'] as const;
const KINDS: Readonly<Record<string, 'court' | 'out-of-court'>> = {
  court: 'court',
  'out-of-court': 'out-of-court',
  oocd: 'out-of-court',
};

/**
 * Reads a case-audit sheet given as rows of cell text: a header row of `case`, `kind` (optional:
 * it follows from the disposal), `disposal` and key-question or prompt ids, then one row per
 * case. Answers are read once, here (see `readAnswer`); a blank cell is unanswered.
 *
 * @param rows - the sheet's cells as text, header first
 * @param options - the framework the audit follows and the file name to show in errors
 * @throws {RatingRuleError} every problem, each located at file, row and column
 * @example
 * const sheet = casesFromRows([['case', 'disposal', '2.1.1'], ['A1', 'Community sentence', 'Y']], { framework: youth2021, file: 'audit.csv' });
 * sheet.cases[0] // => { id: 'A1', kind: 'court', disposal: 'community-sentence', answers: { '2.1.1': 'yes' } }
 * sheet.columns['2.1.1'] // => 'C (2.1.1)'
 * @category Sheets
 */
export function casesFromRows(
  rows: readonly (readonly string[])[],
  options: { readonly framework: Framework; readonly file: string },
): CaseSheet {
  const { framework, file } = options;
  const issues: RatingIssue[] = [];
  const at = (code: RatingIssue['code'], message: string, row?: number, column?: string): void => {
    issues.push({
      code,
      path: [file],
      message,
      location: {
        file,
        ...(row !== undefined && { row }),
        ...(column !== undefined && { column }),
      },
    });
  };
  const header = (rows[0] ?? []).map((h) => h.trim());
  const ids = new Set<string>(
    keyQuestionsOf(framework).flatMap((kq) => [kq.id, ...kq.prompts.map((p) => p.id)]),
  );
  const columns: Record<string, string> = {};
  const fieldAt: Partial<Record<(typeof FIELDS)[number], number>> = {};
  const questionAt: [number, string][] = [];
  header.forEach((raw, index) => {
    const name = (FIELDS as readonly string[]).includes(raw.toLowerCase())
      ? raw.toLowerCase()
      : raw;
    const label = columnLabel(index, raw);
    if (name === '') {
      if (rows.slice(1).some((r) => (r[index] ?? '').trim() !== ''))
        at('unknown-column', 'this column has answers but no header', 1, label);
      return;
    }
    if (Object.hasOwn(columns, name))
      return at('invalid-file', `"${raw}" is a header twice`, 1, label);
    columns[name] = label;
    if ((FIELDS as readonly string[]).includes(name))
      fieldAt[name as (typeof FIELDS)[number]] = index;
    else if (ids.has(name)) questionAt.push([index, name]);
    else
      at(
        'unknown-column',
        `"${raw}" is not "case", "kind", "disposal" or a key-question or prompt id of ${framework.id}`,
        1,
        label,
      );
  });
  for (const field of ['case', 'disposal'] as const)
    if (fieldAt[field] === undefined)
      at('missing-column', `there is no "${field}" column in the header row`, 1);
  if (issues.length > 0) throw new RatingRuleError(issues);

  const disposals = new Map(
    framework.disposals.flatMap(
      (d) =>
        [
          [slug(d.id), d],
          [slug(d.name), d],
        ] as const,
    ),
  );
  const cases: CaseRecord[] = [];
  const caseRows: number[] = [];
  rows.forEach((cells, i) => {
    const row = i + 1;
    if (i === 0 || isBlankRow(cells)) return;
    const cell = (index: number | undefined) =>
      index === undefined ? '' : (cells[index] ?? '').trim();
    const id = cell(fieldAt.case);
    if (!id) at('invalid-input', 'the case has no id', row, columns['case']);
    const disposalText = cell(fieldAt.disposal);
    const disposal = disposals.get(slug(disposalText));
    if (!disposal)
      at(
        'unknown-disposal',
        `"${disposalText}" is not a disposal of ${framework.id}: use ${framework.disposals.map((d) => d.name.toLowerCase()).join(', ')}`,
        row,
        columns['disposal'],
      );
    const kindText = cell(fieldAt.kind);
    const kind = kindText ? KINDS[slug(kindText)] : disposal?.kind;
    if (kindText && !kind)
      at(
        'invalid-input',
        `"${kindText}" is not a kind of case: use court or out-of-court`,
        row,
        columns['kind'],
      );
    else if (kind && disposal && kind !== disposal.kind)
      at(
        'invalid-input',
        `a ${disposal.name.toLowerCase()} is ${disposal.kind}, not ${kind}`,
        row,
        columns['kind'],
      );
    const answers: Record<string, CaseRecord['answers'][string]> = {};
    for (const [index, qid] of questionAt) {
      const read = readAnswer(cell(index));
      if ('answer' in read) answers[qid] = read.answer;
      else if ('ambiguous' in read)
        at('ambiguous-answer', `${read.ambiguous}: write yes, no or n/a`, row, columns[qid]);
      else if ('invalid' in read) at('invalid-answer', read.invalid, row, columns[qid]);
    }
    if (id && disposal && kind) {
      cases.push({ id, kind, disposal: disposal.id, answers });
      caseRows.push(row);
    }
  });
  if (issues.length > 0) throw new RatingRuleError(issues);
  return { file, framework, cases, rows: caseRows, columns };
}
