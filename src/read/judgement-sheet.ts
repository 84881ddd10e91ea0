import {
  RatingRuleError,
  standardsOf,
  type Framework,
  type RatingIssue,
  type StandardJudgement,
} from 'hmip-ratings';
import { type Judgements } from 'hmip-ratings/cases';
import {
  argumentIssue,
  frameworkArgument,
  isRecord,
  optionsSnapshot,
  preview,
  quoteText,
} from 'hmip-ratings/toolkit';
import { checkSheetArguments } from './case-sheet.js';
import { columnLabel, isBlankRow } from '../sheet/columns.js';
import { isInDoubt } from '../sheet/labels.js';
import { RATING_SPELLING_LIST, readRating } from './rating-spelling.js';
import { located } from './located.js';
import { rowsCopy } from '../sheet/rows.js';
import { parseJson } from './json.js';

/** The panel's judgements read from a sheet or JSON file, with the row of each standard. @category Sheets */
export interface JudgementSheet {
  readonly file: string;
  readonly judgements: Judgements;
  /** The row each standard is on (judged or left blank), where the file has rows. */
  readonly rows: Readonly<Record<string, number>>;
  /** The column label of `standard`, `rating` and `reason`, where the file has columns. */
  readonly columns?: Readonly<Record<string, string>>;
  /** The framework the file names, where it names one (whole-evidence JSON). */
  readonly framework?: string;
}

const RATING_LIST = 'Outstanding, Good, Requires improvement, Inadequate or not rated';

/** A rating typed in a JSON file's own words ("RI"), as the rules read it; other text is left as typed. */
function ratingOf(value: unknown): unknown {
  const rating = typeof value === 'string' ? readRating(value) : undefined;
  return rating && rating !== 'not rated' ? rating : value;
}

/** A JSON judgement with its rating (and its discretion's rating) read in the team's words. */
function judgementOf(value: string | Record<string, unknown>): unknown {
  if (typeof value === 'string') return { rating: ratingOf(value) };
  const copy: Record<string, unknown> = { ...value };
  if (Object.hasOwn(copy, 'rating')) copy['rating'] = ratingOf(copy['rating']);
  const discretion = copy['discretion'];
  if (
    Object.hasOwn(copy, 'discretion') &&
    isRecord(discretion) &&
    Object.hasOwn(discretion, 'rating')
  )
    copy['discretion'] = { ...discretion, rating: ratingOf(discretion['rating']) };
  return copy;
}

/** Reads judgement rows, collecting every problem (see `judgementsFromRows`). */
export function readJudgementRows(
  rows: readonly (readonly string[])[],
  options: { readonly framework: Framework; readonly file: string },
): { readonly sheet: JudgementSheet; readonly issues: RatingIssue[] } {
  const { framework, file } = options;
  const issues: RatingIssue[] = [];
  const at = (
    message: string,
    row: number,
    column?: string,
    code: RatingIssue['code'] = 'invalid-input',
  ) => issues.push(located(code, message, file, row, column));
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const index = (name: string) => header.indexOf(name);
  for (const name of ['standard', 'rating'])
    if (index(name) < 0)
      at(`there is no "${name}" column in the header row`, 1, undefined, 'missing-column');
  const label = (name: string) => (index(name) < 0 ? undefined : columnLabel(index(name), name));
  const columns: Record<string, string> = {};
  for (const name of ['standard', 'rating', 'reason']) {
    const l = label(name);
    if (l) columns[name] = l;
  }
  const standards = new Map(standardsOf(framework).map((s) => [s.id as string, s]));
  const judgements: Record<string, StandardJudgement> = Object.create(null);
  const found = new Map<string, number>();
  if (index('standard') >= 0 && index('rating') >= 0) {
    for (let i = 1; i < rows.length; i++) {
      const cells = rows[i] as readonly string[];
      const row = i + 1;
      if (isBlankRow(cells)) continue;
      const cell = (name: string) => (index(name) < 0 ? '' : (cells[index(name)] ?? '').trim());
      const id = cell('standard');
      const ratingText = cell('rating');
      const reason = cell('reason');
      const standard = standards.get(id);
      if (!standard) {
        at(
          id === ''
            ? 'the row has no standard id'
            : `${quoteText(id)} is not a standard of ${framework.id}: use ${[...standards.keys()].join(', ')}`,
          row,
          label('standard'),
          'unknown-standard',
        );
        continue;
      }
      if (found.has(id)) {
        at(`standard ${id} is on row ${found.get(id)} already`, row, label('standard'));
        continue;
      }
      found.set(id, row);
      if (!ratingText) continue; // a half-filled template: the cross-checks say what is missing
      const rating = isInDoubt(ratingText) ? undefined : readRating(ratingText);
      if (!rating) {
        at(
          isInDoubt(ratingText)
            ? `${quoteText(ratingText)} is marked with doubt: decide the rating (${RATING_LIST})`
            : `${quoteText(ratingText)} is not a rating: use ${RATING_SPELLING_LIST}`,
          row,
          label('rating'),
          'invalid-rating',
        );
        continue;
      }
      const needReason = rating === 'not rated' || standard.ratedBy === 'key-questions';
      if (needReason && !reason) {
        at(
          rating === 'not rated'
            ? `say why ${id} was not rated in the "reason" column`
            : `${id} is rated from the cases' key-question answers: a rating here is the ratings panel's discretion decision and needs a reason`,
          row,
          label('reason'),
        );
        continue;
      }
      if (rating === 'not rated' && standard.ratedBy === 'key-questions') {
        at(
          `${id} is rated from the cases' key-question answers, so it cannot be marked not rated here: it is not rated only when no case answers its key questions`,
          row,
          label('rating'),
          'conflicting-evidence',
        );
        continue;
      }
      judgements[id] =
        rating === 'not rated'
          ? { notRated: reason }
          : standard.ratedBy === 'key-questions'
            ? { discretion: { rating, reason } }
            : { rating };
    }
  }
  return {
    sheet: { file, judgements: { ...judgements }, rows: Object.fromEntries(found), columns },
    issues,
  };
}

/**
 * Reads the judgements sheet: columns `standard`, `rating` and `reason` (others, such as `name`,
 * are ignored). For a judgement standard a row is its rating; for a case-sampled standard it is
 * the ratings panel's discretion decision and needs a reason. `not rated` with a reason leaves a
 * judgement standard unrated. Rows with a blank rating are kept as rows, not judgements, so a
 * half-filled template reads and what is missing can be pointed at.
 *
 * @throws {RatingRuleError} every problem, each located at file, row and column
 * @example
 * const sheet = judgementsFromRows([['standard', 'rating', 'reason'], ['1.1', 'good', ''], ['4.1', 'not rated', 'no cases']], { framework: youth2021, file: 'j.csv' });
 * sheet.judgements // => { '1.1': { rating: 'Good' }, '4.1': { notRated: 'no cases' } }
 * sheet.rows['4.1'] // => 3
 * @category Sheets
 */
export function judgementsFromRows(
  rows: readonly (readonly string[])[],
  options: { readonly framework: Framework; readonly file: string },
): JudgementSheet {
  options = optionsSnapshot(options); // read once: what is checked is what is used
  const framework = checkSheetArguments(rows, options);
  const { sheet, issues } = readJudgementRows(rowsCopy(rows), { framework, file: options.file });
  if (issues.length > 0) throw new RatingRuleError(issues);
  return sheet;
}

/**
 * The problem of judgements that name another framework than the cases', located in their file:
 * the command and every library reader refuse it in these words.
 */
export function frameworkMismatch(
  judgements: { readonly file: string; readonly framework?: string | undefined },
  framework: Framework,
): RatingIssue | undefined {
  return judgements.framework === undefined || judgements.framework === framework.id
    ? undefined
    : located(
        'framework-mismatch',
        `the judgements are for ${quoteText(judgements.framework)} but the cases are for ${framework.id}`,
        judgements.file,
      );
}

/** Reads judgements JSON, collecting every problem (see `judgementsFromJson`). */
export function readJudgementsJson(
  text: string,
  options: { readonly file: string; readonly framework?: Framework },
): { readonly sheet?: JudgementSheet; readonly issues: RatingIssue[] } {
  const { file } = options;
  const fail = (message: string, code: RatingIssue['code'] = 'invalid-file') => ({
    issues: [located(code, message, file)],
  });
  const parsed = parseJson(text, file);
  if (parsed.issues.length > 0) return { issues: parsed.issues };
  const value = parsed.value;
  if (!isRecord(value))
    return fail(`expected an object of judgements by standard id (got ${preview(value)})`);
  const whole = Object.hasOwn(value, 'standards');
  const named = Object.hasOwn(value, 'framework') ? value['framework'] : undefined;
  if (named !== undefined) {
    if (typeof named !== 'string')
      return fail(`"framework" must be a framework id (got ${preview(named)})`);
    const mismatch =
      options.framework && frameworkMismatch({ file, framework: named }, options.framework);
    if (mismatch) return { issues: [mismatch] };
  }
  const entries = whole ? value['standards'] : value;
  if (!isRecord(entries))
    return fail(
      `"standards" must be an object of judgements by standard id (got ${preview(entries)})`,
    );
  const judgements: Record<string, unknown> = Object.create(null);
  const issues: RatingIssue[] = [];
  for (const id of Object.keys(entries)) {
    if (!whole && (id === 'framework' || id === 'service')) continue;
    const v = entries[id];
    // Any key, "__proto__" or "constructor" too, whatever its value: nothing is dropped unread.
    if (typeof v !== 'string' && !isRecord(v))
      issues.push(
        located(
          'invalid-input',
          `${quoteText(id)}: a judgement is a rating such as "Good" or an object such as { "rating": "Good" } (got ${preview(v)})`,
          file,
        ),
      );
    else judgements[id] = judgementOf(v);
  }
  if (issues.length > 0) return { issues };
  return {
    sheet: {
      file,
      judgements: { ...judgements } as Judgements,
      rows: {},
      ...(typeof named === 'string' && { framework: named }),
    },
    issues: [],
  };
}

/**
 * Reads judgements from JSON: `{ "1.1": "Good", "4.1": { "notRated": "no cases" } }`, the same
 * with `{ "rating": "Good" }` objects, or whole evidence (`{ "framework": ..., "standards": {...} }`),
 * whose framework must be the cases' framework. A byte-order mark is accepted. Values are checked
 * when the inspection is rated.
 *
 * @throws {RatingRuleError} `invalid-file` when the text is not JSON of that shape;
 * `framework-mismatch` when it names another framework than `options.framework`
 * @example
 * judgementsFromJson('{ "1.1": "Good" }', { file: 'j.json' }).judgements // => { '1.1': { rating: 'Good' } }
 * @category Sheets
 */
export function judgementsFromJson(
  text: string,
  options: { readonly file: string; readonly framework?: Framework },
): JudgementSheet {
  options = optionsSnapshot(options); // read once: what is checked is what is used
  const found: RatingIssue[] = [];
  if (typeof text !== 'string') found.push(argumentIssue('text', 'the JSON file as text', text));
  if (!isRecord(options) || typeof options['file'] !== 'string')
    found.push(argumentIssue('options', '{ file, framework? }', options));
  const given = isRecord(options) ? options['framework'] : undefined;
  const checked = given === undefined ? undefined : frameworkArgument(given, 'options.framework');
  found.push(...(checked?.issues ?? []));
  if (found.length > 0) throw new RatingRuleError(found);
  const { sheet, issues } = readJudgementsJson(text, {
    file: options.file,
    ...(checked?.framework && { framework: checked.framework }),
  });
  if (!sheet) throw new RatingRuleError(issues);
  return sheet;
}
