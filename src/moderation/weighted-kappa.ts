// Weighted kappa (Cohen 1968, "Weighted kappa: nominal scale agreement with provision for scaled
// disagreement or partial credit", Psychological Bulletin 70) for an ordered scale such as the
// four grades: a near miss counts as part agreement. With agreement weights
// w_ij = 1 - |i - j| / (k - 1) (linear, R irr::kappa2 weight "equal", irrCAC linear.weights) or
// 1 - (i - j)² / (k - 1)² (quadratic, weight "squared", Fleiss-Cohen), kappa_w =
// (p_o(w) - p_e(w)) / (1 - p_e(w)), which is 1 - n·Σ d_ij·o_ij / Σ d_ij·r_i·c_j with the
// whole-number disagreement weights d_ij = |i - j| or (i - j)². Computed in exact integer
// arithmetic and divided once, as `cohensKappa` is.
import { RatingRuleError, issue } from '../model/errors.js';
import { plainList } from '../model/arguments.js';
import { cohensKappa, MAX_KAPPA_TOTAL } from './kappa.js';

/** The weights of a weighted kappa. @category Moderation */
export type KappaWeights = 'linear' | 'quadratic';

/** A weighted kappa. @category Moderation */
export interface WeightedKappa {
  readonly weights: KappaWeights;
  readonly total: number;
  /** kappa_w; null when undefined (no cases, or every case in one category by both). */
  readonly kappa: number | null;
  /** kappa_w as a fraction of whole numbers in lowest terms; null when undefined. */
  readonly fraction: { readonly numerator: number; readonly denominator: number } | null;
}

const gcd = (a: number, b: number): number => {
  a = Math.abs(a);
  b = Math.abs(b);
  while (b !== 0) [a, b] = [b, a % b];
  return a;
};

/**
 * Cohen's weighted kappa of a square table of counts whose categories are in order (rows the
 * first rater, columns the second), with linear or quadratic weights.
 *
 * @param table - the counts, categories in their order on the scale
 * @param weights - 'linear' (R irr::kappa2 "equal") or 'quadratic' ("squared")
 * @throws {RatingRuleError} a table that is not square whole-number counts, or unknown weights
 * @example
 * // irrCAC's cont3x3abstractors: quadratic-weighted kappa 91/102 = 0.8921569
 * weightedKappa([[13, 0, 0], [0, 20, 7], [0, 4, 56]], 'quadratic').fraction // => { numerator: 91, denominator: 102 }
 * @category Moderation
 */
export function weightedKappa(
  table: readonly (readonly number[])[],
  weights: KappaWeights,
): WeightedKappa {
  if (weights !== 'linear' && weights !== 'quadratic')
    throw new RatingRuleError([
      issue('invalid-argument', ['weights'], 'weights must be "linear" or "quadratic"'),
    ]);
  // The caller's table read once, by index, into plain lists: its own methods never run.
  const rowsGiven = plainList(table);
  table = (rowsGiven ? rowsGiven.map((r) => plainList(r) ?? r) : table) as number[][];
  const plain = cohensKappa(table); // checks the table and its total
  const size = table.length;
  const rows = table.map((r) => r.reduce((a, b) => a + b, 0));
  const columns = table.map((_, j) => table.reduce((a, r) => a + (r[j] as number), 0));
  const n = plain.total;
  const d = (i: number, j: number) => (weights === 'linear' ? Math.abs(i - j) : (i - j) ** 2);
  let observed = 0; // Σ d·o, at most (k-1)²·n
  let chance = 0; // Σ d·r·c, at most (k-1)²·n²
  for (let i = 0; i < size; i++)
    for (let j = 0; j < size; j++) {
      observed += d(i, j) * ((table[i] as readonly number[])[j] as number);
      chance += d(i, j) * (rows[i] as number) * (columns[j] as number);
    }
  if (chance > Number.MAX_SAFE_INTEGER || n > MAX_KAPPA_TOTAL)
    throw new RatingRuleError([
      issue('limit-exceeded', ['table'], 'the table is too large for an exact weighted kappa'),
    ]);
  if (n === 0 || chance === 0) return { weights, total: n, kappa: null, fraction: null };
  const numerator = chance - n * observed;
  const common = gcd(numerator, chance);
  return {
    weights,
    total: n,
    kappa: numerator / chance,
    fraction: { numerator: numerator / common, denominator: chance / common },
  };
}
