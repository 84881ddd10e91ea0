// How many cases to draw from an eligible population: HMIP's inferred design (Cochran's formula
// with the finite population correction), a fixed number, or a fraction with a minimum.
import { RatingRuleError, issue, type RatingIssue, type RatingIssuePath } from '../model/errors.js';
import {
  isRecord,
  numberIn,
  oneOf,
  optionIssues,
  ownSnapshot,
  wholeNumber,
} from '../model/arguments.js';
import { preview } from '../model/preview.js';
import { normalQuantile } from './normal-quantile.js';

/**
 * How a sample's size is set, for each kind of case from its own eligible count:
 * - `cochran` (the default): Cochran's sample size for a proportion, p = 0.5, at a `confidence`
 *   (default 0.8) and a `margin` of error in percentage points (default 5), with the finite
 *   population correction, rounded up. This is HMIP's design as *inferred* from Cheshire's Annexe
 *   1 ("a confidence level of 80 per cent (with a margin of error of five)"): HMIP does not state
 *   the formula.
 * - `fixed`: a number of cases.
 * - `fraction`: a share of the eligible cases, rounded up, and at least `minimum` (default 0). The
 *   YJB's national-standards self-assessment used 20% with a minimum of 20.
 * When a rule asks for at least the whole population, the sample is the whole population.
 * @category Sampling
 */
export type SizePolicy =
  | { readonly policy: 'cochran'; readonly confidence?: number; readonly margin?: number }
  | { readonly policy: 'fixed'; readonly size: number }
  | { readonly policy: 'fraction'; readonly fraction: number; readonly minimum?: number };

/** A size policy with every default filled in, as a result reports it. @category Sampling */
export type ResolvedSizePolicy =
  | {
      readonly policy: 'cochran';
      readonly confidence: number;
      readonly margin: number;
      /** The proportion the formula assumes: 0.5, the most cautious. */
      readonly proportion: 0.5;
      /** The two-sided normal quantile of the confidence: `normalQuantile((1 + confidence) / 2)`. */
      readonly z: number;
      /** Cochran's size for an unlimited population: z^2 p (1 - p) / e^2. */
      readonly n0: number;
    }
  | { readonly policy: 'fixed'; readonly size: number }
  | { readonly policy: 'fraction'; readonly fraction: number; readonly minimum: number };

/** What `sampleSize` returns. @category Sampling */
export interface SampleSize {
  /** Eligible cases. */
  readonly population: number;
  /** Cases to draw: what the rule gives, rounded up, and never more than the population. */
  readonly size: number;
  /** True when the rule asked for the whole population or more, so every eligible case is drawn. */
  readonly whole: boolean;
  /** What the rule gives before rounding up and before the population caps it. */
  readonly unrounded: number;
  readonly policy: ResolvedSizePolicy;
  /** The rule and its arithmetic, in words. */
  readonly rule: string;
}

/** HMIP's inferred design: 80% confidence, a margin of error of 5 percentage points. @category Sampling */
export const DEFAULT_SIZE_POLICY: SizePolicy = Object.freeze({
  policy: 'cochran',
  confidence: 0.8,
  margin: 5,
});

/** The largest eligible population a size is computed for: products of counts stay exact. */
export const MAX_POPULATION = 10_000_000;

/** The fraction policy's finest step: fractions are read to four decimal places (0.01%). */
const FRACTION_STEPS = 10_000;

const fractionSteps = (fraction: number) => Math.round(fraction * FRACTION_STEPS);

const fractionCheck = (value: unknown) =>
  numberIn(0, 1, { min: true })(value) ??
  (Math.abs((value as number) * FRACTION_STEPS - fractionSteps(value as number)) > 1e-6
    ? `must have at most four decimal places, for example 0.2 or 0.125 (got ${preview(value)})`
    : undefined);

const marginCheck = (value: unknown) =>
  typeof value === 'number' && value > 0 && value < 0.1
    ? `is in percentage points: 5 for plus or minus five points (got ${preview(value)})`
    : numberIn(0.1, 50)(value);

const POLICY_SPECS = {
  cochran: {
    policy: () => undefined,
    confidence: numberIn(0.5, 1, { max: true }),
    margin: marginCheck,
  },
  fixed: { policy: () => undefined, size: wholeNumber(0, MAX_POPULATION) },
  fraction: {
    policy: () => undefined,
    fraction: fractionCheck,
    minimum: wholeNumber(0, MAX_POPULATION),
  },
} as const;

/** Every problem with a size policy, at `path`. */
export function sizePolicyIssues(policy: unknown, path: RatingIssuePath): RatingIssue[] {
  if (!isRecord(policy))
    return [
      issue(
        'invalid-option',
        path,
        `the size policy must be an object such as { policy: 'cochran', confidence: 0.8, margin: 5 } (got ${preview(policy)})`,
      ),
    ];
  const name = policy['policy'];
  const problem = oneOf('cochran', 'fixed', 'fraction')(name);
  if (problem) return [issue('invalid-option', [...path, 'policy'], `policy ${problem}`)];
  const found = optionIssues(policy, POLICY_SPECS[name as keyof typeof POLICY_SPECS], path);
  const required = name === 'fixed' ? 'size' : name === 'fraction' ? 'fraction' : undefined;
  if (required && policy[required] === undefined)
    found.push(
      issue(
        'invalid-option',
        [...path, required],
        `the ${String(name)} policy needs ${required === 'size' ? 'a size (a whole number of cases)' : 'a fraction, for example 0.2'}`,
      ),
    );
  return found;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const percentText = (x: number) => String(Number((x * 100).toFixed(4)));

/** The size for a checked policy and population. */
export function sizeFor(population: number, policy: SizePolicy): SampleSize {
  const whole = (wanted: number) => population > 0 && wanted >= population;
  if (policy.policy === 'fixed') {
    const size = Math.min(policy.size, population);
    return {
      population,
      size,
      whole: whole(policy.size),
      unrounded: policy.size,
      policy: { policy: 'fixed', size: policy.size },
      rule: `a fixed ${policy.size} case${policy.size === 1 ? '' : 's'}${whole(policy.size) ? `: all ${population} eligible cases` : ''}`,
    };
  }
  if (policy.policy === 'fraction') {
    const minimum = policy.minimum ?? 0;
    const steps = fractionSteps(policy.fraction);
    // ceil(steps × N ÷ 10,000) in whole numbers: exact for any population allowed.
    const share = Math.floor((steps * population + FRACTION_STEPS - 1) / FRACTION_STEPS);
    const wanted = Math.max(minimum, share);
    const size = Math.min(wanted, population);
    return {
      population,
      size,
      whole: whole(wanted),
      unrounded: (steps * population) / FRACTION_STEPS,
      policy: { policy: 'fraction', fraction: steps / FRACTION_STEPS, minimum },
      rule: `${percentText(steps / FRACTION_STEPS)}% of ${population} eligible is ${round2((steps * population) / FRACTION_STEPS)}, rounded up to ${share}${minimum > 0 ? `, with a minimum of ${minimum}` : ''}${whole(wanted) ? `: all ${population} eligible cases` : ''}`,
    };
  }
  const confidence = policy.confidence ?? 0.8;
  const margin = policy.margin ?? 5;
  const z = normalQuantile((1 + confidence) / 2);
  const e = margin / 100;
  const n0 = (z * z * 0.25) / (e * e);
  // Cochran (1977), Sampling Techniques, 3rd ed., 4.6 and 2.15: n = n0 / (1 + (n0 - 1) / N).
  const n = population === 0 ? 0 : n0 / (1 + (n0 - 1) / population);
  const size = Math.min(Math.ceil(n), population);
  return {
    population,
    size,
    whole: whole(size),
    unrounded: n,
    policy: { policy: 'cochran', confidence, margin, proportion: 0.5, z, n0 },
    rule: `Cochran's formula for a proportion (p = 0.5) at ${percentText(confidence)}% confidence with a margin of error of ${margin} points (z = ${z.toFixed(4)}, n0 = ${round2(n0)}), with the finite population correction for ${population} eligible: n = ${round2(n)}, rounded up to ${size}${whole(size) ? ': all eligible cases' : ''} (inferred from Cheshire's Annexe 1, not stated by HMIP)`,
  };
}

/**
 * The number of cases to draw from an eligible population under a size policy (by default HMIP's
 * inferred design: Cochran's formula at 80% confidence, a margin of error of 5 points, p = 0.5,
 * with the finite population correction n = n0 / (1 + (n0 - 1) / N), rounded up). Never more than
 * the population; when a rule asks for at least the whole population, `whole` says so.
 *
 * @param population - eligible cases, a whole number from 0 to 10,000,000
 * @param policy - see `SizePolicy`
 * @throws {RatingRuleError} `invalid-argument` for a bad population, `invalid-option` for a bad policy
 * @example
 * sampleSize(42).size // => 34
 * sampleSize(26).size // => 23
 * sampleSize(10).whole // => true
 * sampleSize(150, { policy: 'fraction', fraction: 0.2, minimum: 20 }).size // => 30
 * sampleSize(12, { policy: 'fixed', size: 20 }).size // => 12
 * @category Sampling
 */
export function sampleSize(
  population: number,
  policy: SizePolicy = DEFAULT_SIZE_POLICY,
): SampleSize {
  // The policy read once: a getter cannot answer one way when checked and another when used.
  if (isRecord(policy)) policy = ownSnapshot(policy) as unknown as SizePolicy;
  const found: RatingIssue[] = [];
  const bad = wholeNumber(0, MAX_POPULATION)(population);
  if (bad) found.push(issue('invalid-argument', ['population'], `population ${bad}`));
  found.push(...sizePolicyIssues(policy, ['policy']));
  if (found.length > 0) throw new RatingRuleError(found);
  return sizeFor(population, policy);
}
