// The grid's answers in words and keys, and a pasted spreadsheet range read into answers: pure
// functions, no DOM, so the Node tests check them as they check the readers.
import { RatingRuleError, type RatingIssue } from 'hmip-ratings';
import type { Answer } from 'hmip-ratings/cases';
import { issue, preview } from 'hmip-ratings/toolkit';

/** The longest range a paste may hold: a sample of 2,000 cases by 100 questions. */
export const MAX_PASTE_CELLS = 200_000;

/** What a cell shows for an answer. */
export function answerWords(answer: Answer | undefined): string {
  return answer === 'not applicable' ? 'n/a' : (answer ?? '');
}

/** The answer a key gives (y, n, a; Delete and Backspace clear), or null for any other key. */
export function answerForKey(key: string): Answer | undefined | null {
  const found = KEYS.get(key.toLowerCase());
  return found === undefined ? null : found === '' ? undefined : found;
}
const KEYS = new Map<string, Answer | ''>([
  ['y', 'yes'],
  ['n', 'no'],
  ['a', 'not applicable'],
  ['delete', ''],
  ['backspace', ''],
]);

/** The words a pasted cell may hold, lower case: the sheet readers' answers and the keys. */
const WORDS = new Map<string, Answer | ''>([
  ['', ''],
  ['yes', 'yes'],
  ['y', 'yes'],
  ['no', 'no'],
  ['n', 'no'],
  ['n/a', 'not applicable'],
  ['na', 'not applicable'],
  ['a', 'not applicable'],
  ['not applicable', 'not applicable'],
]);

/** One pasted cell: its place in the range (from 0) and its answer (`undefined` for a blank). @category Elements */
export interface PastedAnswer {
  readonly row: number;
  readonly column: number;
  readonly answer: Answer | undefined;
}

/**
 * A spreadsheet range as the clipboard holds it (cells split by tabs, rows by new lines, one
 * trailing new line ignored) read into answers. Every cell that is not an answer is reported at
 * once, by its row and column in the range, and nothing is returned.
 * @throws {RatingRuleError} for text that is not a string or too long, or any cell not an answer
 * @example
 * readPastedRange('yes\tn/a')[1] // => { row: 0, column: 1, answer: 'not applicable' }
 * @category Elements
 */
export function readPastedRange(text: unknown): PastedAnswer[] {
  if (typeof text !== 'string')
    throw new RatingRuleError([
      issue('invalid-argument', ['paste'], `a paste must be text (got ${preview(text)})`),
    ]);
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const found: PastedAnswer[] = [];
  const problems: RatingIssue[] = [];
  let cells = 0;
  for (const [row, line] of lines.entries()) {
    for (const [column, cell] of line.split('\t').entries()) {
      if (++cells > MAX_PASTE_CELLS) {
        throw new RatingRuleError([
          issue('limit-exceeded', ['paste'], `a paste may hold at most ${MAX_PASTE_CELLS} cells`),
        ]);
      }
      const answer = WORDS.get(cell.trim().toLowerCase());
      if (answer === undefined)
        problems.push(
          issue(
            'invalid-answer',
            ['paste', row, column],
            `row ${row + 1}, column ${column + 1} of the pasted range: ${preview(cell)} is not an answer (yes, no, n/a or blank)`,
          ),
        );
      else found.push({ row, column, answer: answer === '' ? undefined : answer });
    }
  }
  if (problems.length > 0) throw new RatingRuleError(problems);
  return found;
}
