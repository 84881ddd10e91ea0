import { RatingRuleError, type RatingIssue } from '../model/errors.js';
import { RATINGS, type Rating } from '../model/rating.js';
import type { Framework } from '../model/types.js';
import type { StandardEvidence } from '../evidence/schema.js';
import type { Judgements } from '../cases/rate-cases.js';
import { standardsOf } from '../framework/standards-of.js';
import { columnLabel, isBlankRow, slug } from './columns.js';

/** The panel's judgements read from a sheet or JSON file, with the row of each standard. @category Sheets */
export interface JudgementSheet {
  readonly file: string;
  readonly judgements: Judgements;
  readonly rows: Readonly<Record<string, number>>;
}

const ratingBySlug = new Map<string, Rating | 'not rated'>([
  ...RATINGS.map((r) => [slug(r), r] as const),
  ['not-rated', 'not rated'],
]);

/**
 * Reads the judgements sheet: columns `standard`, `rating` and `reason` (others, such as `name`,
 * are ignored). For a judgement standard a row is its rating; for a case-sampled standard it is
 * the ratings panel's discretion decision and needs a reason. `not rated` with a reason leaves a
 * standard unrated. Rows with a blank rating are skipped, so a half-filled template reads.
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
  const { framework, file } = options;
  const issues: RatingIssue[] = [];
  const at = (
    message: string,
    row: number,
    column?: string,
    code: RatingIssue['code'] = 'invalid-input',
  ) =>
    issues.push({
      code,
      path: [file],
      message,
      location: { file, row, ...(column !== undefined && { column }) },
    });
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const index = (name: string) => header.indexOf(name);
  for (const name of ['standard', 'rating'])
    if (index(name) < 0)
      at(`there is no "${name}" column in the header row`, 1, undefined, 'missing-column');
  if (issues.length > 0) throw new RatingRuleError(issues);
  const label = (name: string) => columnLabel(index(name), name);
  const standards = new Map(standardsOf(framework).map((s) => [s.id, s]));
  const judgements: Record<string, StandardEvidence> = {};
  const found: Record<string, number> = {};
  rows.forEach((cells, i) => {
    const row = i + 1;
    if (i === 0 || isBlankRow(cells)) return;
    const cell = (name: string) => (index(name) < 0 ? '' : (cells[index(name)] ?? '').trim());
    const id = cell('standard');
    const ratingText = cell('rating');
    const reason = cell('reason');
    if (!ratingText) return;
    const standard = standards.get(id);
    if (!standard)
      return at(
        `"${id}" is not a standard of ${framework.id}`,
        row,
        label('standard'),
        'unknown-standard',
      );
    if (Object.hasOwn(found, id))
      return at(`standard ${id} is on row ${found[id]} already`, row, label('standard'));
    const rating = ratingBySlug.get(slug(ratingText));
    if (!rating)
      return at(
        `"${ratingText}" is not a rating: use Outstanding, Good, Requires improvement, Inadequate or not rated`,
        row,
        label('rating'),
        'invalid-rating',
      );
    const needReason = rating === 'not rated' || standard.ratedBy === 'key-questions';
    if (needReason && !reason) {
      return at(
        rating === 'not rated'
          ? `say why ${id} was not rated in the "reason" column`
          : `${id} is rated from key questions: a rating here is the panel's discretion decision and needs a reason`,
        row,
        index('reason') < 0 ? undefined : label('reason'),
      );
    }
    found[id] = row;
    Object.defineProperty(judgements, id, {
      enumerable: true,
      value:
        rating === 'not rated'
          ? { notRated: reason }
          : standard.ratedBy === 'key-questions'
            ? { discretion: { rating, reason } }
            : { rating },
    });
  });
  if (issues.length > 0) throw new RatingRuleError(issues);
  return { file, judgements, rows: found };
}

/**
 * Reads judgements from JSON: `{ "1.1": "Good", "4.1": { "notRated": "no cases" } }`, the same
 * with `{ "rating": "Good" }` objects, or whole evidence (`{ "framework": ..., "standards": {...} }`).
 * Values are checked when the inspection is rated.
 *
 * @throws {RatingRuleError} `invalid-file` when the text is not JSON of that shape
 * @example
 * judgementsFromJson('{ "1.1": "Good" }', { file: 'j.json' }).judgements // => { '1.1': { rating: 'Good' } }
 * @category Sheets
 */
export function judgementsFromJson(
  text: string,
  options: { readonly file: string },
): JudgementSheet {
  const { file } = options;
  const fail = (message: string): never => {
    throw new RatingRuleError([
      { code: 'invalid-file', path: [file], message, location: { file } },
    ]);
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return fail(`not valid JSON (${(e as Error).message})`);
  }
  const isObject = (v: unknown): v is Record<string, unknown> =>
    v !== null && typeof v === 'object' && !Array.isArray(v);
  if (!isObject(value)) return fail('expected an object of standard ids');
  const entries = isObject(value['standards']) ? value['standards'] : value;
  const judgements: Record<string, unknown> = {};
  for (const [id, v] of Object.entries(entries)) {
    Object.defineProperty(judgements, id, {
      enumerable: true,
      value: typeof v === 'string' ? { rating: v } : v,
    });
  }
  return { file, judgements: judgements as Judgements, rows: {} };
}
