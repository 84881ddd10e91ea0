// The quantile function of the standard normal distribution, for the z of a confidence level.
import { RatingRuleError, issue } from '../model/errors.js';
import { preview } from '../model/preview.js';

// Wichura (1988), "Algorithm AS 241: The percentage points of the normal distribution", Applied
// Statistics 37(3), 477-484: PPND16, rational approximations accurate to about 1 part in 10^16.
// The coefficients are the published ones, to their published digits (the parser rounds each to
// the nearest double, as every implementation of AS 241 does).
/* eslint-disable no-loss-of-precision */
const A = [
  3.387132872796366608, 133.14166789178437745, 1971.5909503065514427, 13731.693765509461125,
  45921.953931549871457, 67265.770927008700853, 33430.575583588128105, 2509.0809287301226727,
] as const;
const B = [
  1, 42.313330701600911252, 687.1870074920579083, 5394.1960214247511077, 21213.794301586595867,
  39307.89580009271061, 28729.085735721942674, 5226.495278852854561,
] as const;
const C = [
  1.42343711074968357734, 4.6303378461565452959, 5.7694972214606914055, 3.64784832476320460504,
  1.27045825245236838258, 0.24178072517745061177, 0.0227238449892691845833,
  7.7454501427834140764e-4,
] as const;
const D = [
  1, 2.05319162663775882187, 1.6763848301838038494, 0.68976733498510000455, 0.14810397642748007459,
  0.0151986665636164571966, 5.475938084995344946e-4, 1.05075007164441684324e-9,
] as const;
const E = [
  6.6579046435011037772, 5.4637849111641143699, 1.7848265399172913358, 0.29656057182850489123,
  0.026532189526576123093, 0.0012426609473880784386, 2.71155556874348757815e-5,
  2.01033439929228813265e-7,
] as const;
const F = [
  1, 0.59983220655588793769, 0.13692988092273580531, 0.0148753612908506148525,
  7.868691311456132591e-4, 1.8463183175100546818e-5, 1.4215117583164458887e-7,
  2.04426310338993978564e-15,
] as const;
/* eslint-enable no-loss-of-precision */

/** A polynomial's value by Horner's rule, highest power last in `c`. */
function poly(c: readonly number[], x: number): number {
  let v = 0;
  for (let i = c.length - 1; i >= 0; i--) v = v * x + (c[i] as number);
  return v;
}

/**
 * The standard normal quantile: the z with a probability `p` of a standard normal value at or
 * below it. Wichura's Algorithm AS 241 (1988), accurate to about 1 part in 10^16: the same
 * doubles as R's `qnorm` (R 4.2.2), which uses the same algorithm.
 * For p from 0.075 to 0.925 (two-sided confidence up to 85%) it uses only addition,
 * multiplication and division, so it gives the same double on every platform; further out it
 * uses `Math.log` and `Math.sqrt`.
 *
 * @param p - a probability strictly between 0 and 1
 * @throws {RatingRuleError} `invalid-argument` when p is not a number strictly between 0 and 1
 * @example
 * normalQuantile(0.9) // => 1.2815515655446008
 * normalQuantile(0.975) // => 1.9599639845400536
 * normalQuantile(0.5) // => 0
 * @category Sampling
 */
export function normalQuantile(p: number): number {
  if (typeof p !== 'number' || !(p > 0 && p < 1))
    throw new RatingRuleError([
      issue(
        'invalid-argument',
        ['p'],
        `p must be a probability strictly between 0 and 1 (got ${preview(p)})`,
      ),
    ]);
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (q * poly(A, r)) / poly(B, r);
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let z: number;
  if (r <= 5) {
    r -= 1.6;
    z = poly(C, r) / poly(D, r);
  } else {
    r -= 5;
    z = poly(E, r) / poly(F, r);
  }
  return q < 0 ? -z : z;
}
