// The column map a team keeps: a CSV file or workbook of two columns, `heading` (a heading of its
// own audit sheets) and `key question` (the question that column answers), read with every
// problem located; and the `columns` option the readers take (a Map or a plain object).
import { RatingRuleError, type RatingIssue } from 'hmip-ratings';
import { argumentIssue, isRecord, quoteText } from 'hmip-ratings/toolkit';

export type { ColumnsOption } from './question-headings.js';
import { columnLabel, isBlankRow } from '../sheet/columns.js';
import { labelKey } from '../sheet/labels.js';
import { readCsvRows, limitsOf } from './csv.js';
import { type AuditFile, extension, fileOf, fileText, isZip, oversizeIssues } from './files.js';
import type { ReadLimits } from './limits.js';
import { located } from './located.js';
import { headerIds, leadingId, registerOrigin, wordingKey } from './question-headings.js';
import type { Inflater } from './workbook-reader.js';

/**
 * The question a map's cell names, before the framework is known: an id at its start ("2.1.1",
 * "Q2.1.1 ...") or the full wording of a built-in framework's key question.
 */
function questionNamed(text: string): string | undefined {
  return leadingId(text)?.id ?? headerIds([text])[0];
}

const HEADING = new Set(['heading', 'column', 'column heading', 'header']);
const QUESTION = new Set(['key question', 'question', 'key question id']);

/** A map's rows (header first) read into a map with every problem located. */
function mapFromRows(
  rows: readonly (readonly string[])[],
  file: string,
): { map?: Map<string, string>; issues: RatingIssue[] } {
  const header = (rows[0] ?? []).map((h) => labelKey(h));
  const at = header.findIndex((h) => HEADING.has(h));
  const qAt = header.findIndex((h) => QUESTION.has(h));
  const issues: RatingIssue[] = [];
  if (at < 0 || qAt < 0) {
    issues.push(
      located(
        'missing-column',
        `a column map has the header row "heading,key question" (found ${rows[0]?.length ? rows[0].map((h) => quoteText(h)).join(', ') : 'no header row'})`,
        file,
        1,
      ),
    );
    return { issues };
  }
  const labels = {
    heading: columnLabel(at, rows[0]?.[at] ?? 'heading'),
    question: columnLabel(qAt, rows[0]?.[qAt] ?? 'key question'),
  };
  const map = new Map<string, string>();
  const rowOf = new Map<string, number>();
  const keyRow = new Map<string, number>();
  const idRow = new Map<string, number>();
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i] as readonly string[];
    if (isBlankRow(cells)) continue;
    const heading = (cells[at] ?? '').trim();
    const question = (cells[qAt] ?? '').trim();
    const row = i + 1;
    const key = wordingKey(heading);
    if (key === '')
      issues.push(located('invalid-input', 'the heading is blank', file, row, labels.heading));
    else if (keyRow.has(key))
      issues.push(
        located(
          'invalid-input',
          `${quoteText(heading)} is in the column map twice (also row ${keyRow.get(key)})`,
          file,
          row,
          labels.heading,
        ),
      );
    else if (question === '')
      issues.push(
        located(
          'invalid-input',
          `${quoteText(heading)} has no key question: give its id, such as 2.1.1`,
          file,
          row,
          labels.question,
        ),
      );
    else if (!questionNamed(question))
      issues.push(
        located(
          'invalid-input',
          `${quoteText(question)} is not a key question: give its id, such as 2.1.1`,
          file,
          row,
          labels.question,
        ),
      );
    else if (idRow.has(questionNamed(question) as string))
      issues.push(
        located(
          'invalid-input',
          `${quoteText(heading)} is mapped to ${questionNamed(question)}, as row ${idRow.get(questionNamed(question) as string)} is: a key question has one column`,
          file,
          row,
          labels.question,
        ),
      );
    else {
      idRow.set(questionNamed(question) as string, row);
      keyRow.set(key, row);
      rowOf.set(heading, row);
      map.set(heading, question);
    }
  }
  if (issues.length > 0) return { issues };
  registerOrigin(map, { file, rows: rowOf, labels });
  return { map, issues };
}

/**
 * Reads a column map: a CSV file or an .xlsx workbook (its only visible sheet, or the one named
 * Columns) with the header row `heading,key question` and one row per heading of the team's own
 * sheets, giving the key question (its id, such as 2.1.1) that column answers. Every problem is
 * located at file, row and column and reported at once: a missing header, a blank heading or key
 * question, a heading twice (headings are compared with case, spacing and punctuation forgiven).
 * Whether each key question is the framework's is checked when a sheet is read with the map
 * (`columns` option), and located in this file.
 *
 * @throws {RatingRuleError} every problem, located
 * @example
 * const map = await readColumnMap({ name: 'columns.csv', data: 'heading,key question\nDesistance analysed?,2.1.1\n' });
 * map.get('Desistance analysed?') // => '2.1.1'
 * @category Sheets
 */
export async function readColumnMap(
  file: AuditFile,
  options: { readonly limits?: Partial<ReadLimits>; readonly inflater?: Inflater } = {},
): Promise<ReadonlyMap<string, string>> {
  const given = fileOf(file);
  if (!given)
    throw new RatingRuleError([
      argumentIssue('file', 'a file: { name, data } with text or bytes', file),
    ]);
  const limits = limitsOf(isRecord(options) ? options.limits : undefined);
  const over = oversizeIssues([given], limits);
  if (over.length > 0) throw new RatingRuleError(over);
  let rows: string[][];
  let where = given.name;
  if (isZip(given.data) || extension(given.name) === '.xlsx') {
    if (!isZip(given.data))
      throw new RatingRuleError([
        located(
          'invalid-file',
          'not a workbook: an .xlsx file is a zip archive, and this is not one',
          given.name,
        ),
      ]);
    const { readWorkbook } = await import('./workbook-reader.js');
    const book = await readWorkbook(given.data, {
      file: given.name,
      limits,
      inflater:
        isRecord(options) && typeof options.inflater === 'function' ? options.inflater : undefined,
      wanted: () => true,
    });
    if (!book.sheets) throw new RatingRuleError(book.issues);
    const visible = book.sheets.filter((s) => s.state === 'visible');
    const sheet =
      visible.find((s) => s.name.trim().toLowerCase() === 'columns') ??
      (visible.length === 1 ? visible[0] : undefined);
    if (!sheet)
      throw new RatingRuleError([
        located(
          'missing-sheet',
          'the workbook has no visible sheet named Columns, and more than one sheet',
          given.name,
        ),
      ]);
    rows = sheet.rows;
    where = `${given.name} [${sheet.name}]`;
  } else {
    const read = readCsvRows(fileText(given.data), given.name, limits);
    if (read.issues.length > 0) throw new RatingRuleError(read.issues);
    rows = read.rows;
  }
  const { map, issues } = mapFromRows(rows, where);
  if (!map) throw new RatingRuleError(issues);
  return map;
}
