// Cohen's kappa (Cohen 1960, "A coefficient of agreement for nominal scales", Educational and
// Psychological Measurement 20): the agreement of two raters beyond what chance would give,
// kappa = (p_o - p_e) / (1 - p_e). Computed from whole-number counts in exact integer arithmetic
// and divided once, so the result is the exact fraction correctly rounded to a double.
import { RatingRuleError, issue, type RatingIssue } from '../model/errors.js';
import { argumentIssue, isRecord, wholeNumber } from '../model/arguments.js';
import { preview } from '../model/preview.js';

/** The most categories a contingency table may have. */
const MAX_CATEGORIES = 100;

/**
 * The largest total a table may have: its square must be a safe integer, so that every sum the
 * exact arithmetic makes (n², n·agreed, Σ rᵢcᵢ) is exact.
 */
export const MAX_KAPPA_TOTAL = Math.floor(Math.sqrt(Number.MAX_SAFE_INTEGER));

/** Cohen's kappa for a square table of counts, with the shares it is made of. @category Moderation */
export interface CohensKappa {
  /** Cases counted: the table's total, n. */
  readonly total: number;
  /** Cases on the diagonal: both raters gave the same category. */
  readonly agreed: number;
  /** The observed agreement p_o = agreed / total; null when there are no cases. */
  readonly observed: number | null;
  /** The agreement expected by chance p_e = Σ rowᵢ·columnᵢ / total²; null when there are no cases. */
  readonly expected: number | null;
  /** (p_o − p_e) / (1 − p_e); null when it is undefined (no cases, or p_e = 1), never NaN. */
  readonly kappa: number | null;
  /**
   * kappa as the exact fraction of whole numbers it is, in lowest terms:
   * (n·agreed − Σ rowᵢ·columnᵢ) / (n² − Σ rowᵢ·columnᵢ). Null when kappa is undefined.
   */
  readonly fraction: { readonly numerator: number; readonly denominator: number } | null;
  /** Why kappa is undefined, in words; present only when `kappa` is null. */
  readonly undefinedBecause?: string;
}

const gcd = (a: number, b: number): number => {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) [a, b] = [b, a % b];
  return a;
};

/** Every problem with a table given as an argument: square, whole-number counts, bounded. */
function tableIssues(table: unknown): RatingIssue[] {
  const expected = 'a square table of whole-number counts: a list of rows, each a list of counts';
  if (!Array.isArray(table)) return [argumentIssue('table', expected, table)];
  const size = table.length;
  if (size === 0 || size > MAX_CATEGORIES)
    return [
      issue(
        'invalid-argument',
        ['table'],
        `table must have from 1 to ${MAX_CATEGORIES} categories (got ${size} rows)`,
      ),
    ];
  const found: RatingIssue[] = [];
  const count = wholeNumber(0, Number.MAX_SAFE_INTEGER);
  for (let i = 0; i < size; i++) {
    const row: unknown = table[i];
    if (!Array.isArray(row) || row.length !== size) {
      found.push(
        issue(
          'invalid-argument',
          ['table', i],
          `row ${i + 1} must be a list of ${size} counts, one per category, so the table is square (got ${preview(row)})`,
        ),
      );
      continue;
    }
    for (let j = 0; j < size; j++) {
      const problem = count(row[j]);
      if (problem) found.push(issue('invalid-count', ['table', i, j], `a count ${problem}`));
    }
  }
  return found;
}

/**
 * Cohen's kappa for two raters' classifications of the same cases, from their square contingency
 * table (rows: the first rater's category; columns: the second's, in the same order):
 * kappa = (p_o − p_e) / (1 − p_e), with p_o the share of cases on the diagonal and p_e the share
 * expected by chance from the row and column totals (Cohen 1960). Exact integer arithmetic,
 * divided once. Where kappa is undefined it is `null`, with the reason, never NaN: a table with no
 * cases, or one where both raters put every case in one and the same category (p_e = 1, so kappa
 * would be 0/0, although agreement is complete).
 *
 * @param table - counts, `table[i][j]` cases put in category i by the first rater and j by the second
 * @throws {RatingRuleError} `invalid-argument` for a table that is not square; `invalid-count` for
 * a count that is not a whole number from 0; `limit-exceeded` for a total above `MAX_KAPPA_TOTAL`
 * @example
 * // Wikipedia, "Cohen's kappa", worked example: 50 grant proposals read by two readers
 * cohensKappa([[20, 5], [10, 15]]).kappa // => 0.4
 * // SAS/STAT PROC FREQ, "Agreement Study", Skin Condition Data: simple kappa printed 0.3449
 * cohensKappa([[10, 4, 1, 0], [5, 10, 12, 2], [2, 4, 12, 5], [0, 2, 6, 13]]).fraction // => { numerator: 249, denominator: 722 }
 * cohensKappa([[7, 0], [0, 0]]).kappa // => null
 * @category Moderation
 */
export function cohensKappa(table: readonly (readonly number[])[]): CohensKappa {
  const found = tableIssues(table);
  if (found.length > 0) throw new RatingRuleError(found);
  const size = table.length;
  const rows = new Array<number>(size).fill(0);
  const columns = new Array<number>(size).fill(0);
  let total = 0;
  let agreed = 0;
  for (let i = 0; i < size; i++) {
    const row = table[i] as readonly number[];
    for (let j = 0; j < size; j++) {
      const cell = row[j] as number;
      rows[i] = (rows[i] as number) + cell;
      columns[j] = (columns[j] as number) + cell;
      total += cell;
      if (i === j) agreed += cell;
      if (total > MAX_KAPPA_TOTAL)
        throw new RatingRuleError([
          issue(
            'limit-exceeded',
            ['table'],
            `the table's counts add up to more than ${MAX_KAPPA_TOTAL}, the most kappa is computed exactly for`,
          ),
        ]);
    }
  }
  return kappaOf(total, agreed, rows, columns);
}

/** Kappa from the totals of a table already checked: n, the diagonal and the margins. */
export function kappaOf(
  total: number,
  agreed: number,
  rows: readonly number[],
  columns: readonly number[],
): CohensKappa {
  if (total === 0)
    return {
      total,
      agreed,
      observed: null,
      expected: null,
      kappa: null,
      fraction: null,
      undefinedBecause: 'there are no cases to compare',
    };
  let chance = 0; // Σ rowᵢ·columnᵢ, at most total², exact
  for (let i = 0; i < rows.length; i++) chance += (rows[i] as number) * (columns[i] as number);
  const square = total * total;
  const observed = agreed / total;
  const expected = chance / square;
  const denominator = square - chance;
  if (denominator === 0)
    return {
      total,
      agreed,
      observed,
      expected,
      kappa: null,
      fraction: null,
      undefinedBecause:
        'both gave every case the same one answer, so agreement by chance is certain (p_e = 1) and kappa, (p_o − p_e) / (1 − p_e), is 0/0',
    };
  const numerator = total * agreed - chance;
  const common = gcd(numerator, denominator);
  return {
    total,
    agreed,
    observed,
    expected,
    kappa: numerator / denominator,
    fraction: { numerator: numerator / common, denominator: denominator / common },
  };
}

/**
 * A kappa rounded once for printing: its exact fraction rounded to `places` decimals, half away
 * from zero (0.345 exactly is 0.35, and −0.345 is −0.35), in integer arithmetic. Null when kappa is
 * undefined.
 *
 * @param kappa - a result of `cohensKappa` (or an agreement measure of `compareAudits`)
 * @param places - decimal places, 0 to 10 (default 2)
 * @throws {RatingRuleError} `invalid-argument` for a value without a kappa fraction, or bad places
 * @example
 * roundKappa(cohensKappa([[10, 4, 1, 0], [5, 10, 12, 2], [2, 4, 12, 5], [0, 2, 6, 13]]), 4) // => 0.3449
 * roundKappa(cohensKappa([[20, 5], [10, 15]])) // => 0.4
 * roundKappa(cohensKappa([[0, 0], [0, 0]])) // => null
 * @category Moderation
 */
export function roundKappa(kappa: CohensKappa, places = 2): number | null {
  const found: RatingIssue[] = [];
  const fraction = isRecord(kappa) ? kappa['fraction'] : undefined;
  const valid =
    fraction === null ||
    (isRecord(fraction) &&
      Number.isSafeInteger(fraction['numerator']) &&
      Number.isSafeInteger(fraction['denominator']) &&
      (fraction['denominator'] as number) > 0);
  if (!valid) found.push(argumentIssue('kappa', 'a result of cohensKappa', kappa));
  const placesProblem = wholeNumber(0, 10)(places);
  if (placesProblem) found.push(issue('invalid-argument', ['places'], `places ${placesProblem}`));
  if (found.length > 0) throw new RatingRuleError(found);
  if (fraction === null) return null;
  const { numerator, denominator } = fraction as { numerator: number; denominator: number };
  const scale = 10n ** BigInt(places);
  const magnitude = BigInt(Math.abs(numerator)) * scale;
  const den = BigInt(denominator);
  // round(|x| · 10^places) half up = floor((2·|num|·10^places + den) / (2·den)), in integers.
  const rounded = (2n * magnitude + den) / (2n * den);
  const value = Number(rounded) / Number(scale);
  return numerator < 0 && value !== 0 ? -value : value;
}
