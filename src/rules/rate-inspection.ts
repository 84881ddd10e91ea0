import { RatingRuleError, issue, type RatingIssue } from '../model/errors.js';
import type { Framework, OverallBand } from '../model/types.js';
import * as z from 'zod/mini';
import { inspectionSchemaOf, type EvidenceFor, type IncompleteMode } from '../evidence/schema.js';
import { fromZodIssues } from '../evidence/zod-issues.js';
import { planOf, type FrameworkPlan } from '../framework/plan.js';
import { envelopeOf } from '../evidence/check-evidence.js';
import { frameworkArgument } from '../framework/trusted.js';
import {
  isBoolean,
  isFunction,
  isRecord,
  oneOf,
  optionIssues,
  optionsSnapshot,
  type OptionSpec,
} from '../model/arguments.js';
import { preview, quoteText } from '../model/preview.js';
import {
  frameworks,
  type BuiltInFrameworkId,
  type BuiltInFrameworks,
} from '../frameworks/index.js';
import type { DiscretionHook } from './discretion-hook.js';
import type { BandingPolicy } from './band-for.js';
import type { ExcludedStandard, InspectionRating, RatingFor } from './inspection-rating.js';
import { rateStandards, type RatedStandards } from './rate-standards.js';
import type { StandardRating } from './standard-rating.js';

/**
 * Options of `rateInspection`; `F` and `I` type the evidence and the result by the framework given
 * and the `incomplete` mode.
 * @category Rules
 */
export interface RateOptions<
  F extends Framework = Framework,
  I extends IncompleteMode = IncompleteMode,
> {
  /** A framework object to rate against instead of the built-in one the evidence names. */
  readonly framework?: F;
  /** Band the printed whole percent (`'rounded'`, the default) or the exact fraction. */
  readonly banding?: BandingPolicy;
  /** Whether a figure exactly five points from a boundary fires the trigger; true by default. */
  readonly windowInclusive?: boolean;
  /** Stands in for the ratings panel where the evidence declares no discretion decision. */
  readonly discretion?: DiscretionHook;
  /**
   * `'error'` (the default): a counted standard missing or not rated is an error. `'allow'`: the
   * result is incomplete, with no overall rating. The score is never rescaled.
   */
  readonly incomplete?: I;
}

/** The result of `safeRateInspection`. @category Rules */
export type SafeRateResult =
  | { readonly success: true; readonly data: InspectionRating }
  | {
      readonly success: false;
      readonly issues: readonly RatingIssue[];
    };

// The envelope is parsed on its own, so one bad field does not hide the problems in the rest.
const envelopeSchema = inspectionSchemaOf(z.unknown());

const RATE_OPTIONS: OptionSpec = {
  framework: () => undefined, // checked with the evidence's framework id below
  banding: oneOf('rounded', 'exact'),
  windowInclusive: isBoolean,
  discretion: isFunction,
  incomplete: oneOf('error', 'allow'),
};

const NO_OPTIONS: RateOptions = Object.freeze({});

function resolveFramework(
  evidence: { readonly framework: string },
  options: RateOptions,
): { framework?: Framework; issues: RatingIssue[] } {
  const given = options.framework;
  if (given !== undefined) {
    const checked = frameworkArgument(given, 'options');
    if (!checked.framework)
      return {
        issues: checked.issues.map((i) => ({
          ...i,
          path: ['options', 'framework', ...i.path.slice(1)],
        })),
      };
    if (checked.framework.id !== evidence.framework) {
      return {
        issues: [
          issue(
            'framework-mismatch',
            ['framework'],
            `the evidence is for ${quoteText(evidence.framework)} but options.framework is "${checked.framework.id}"`,
          ),
        ],
      };
    }
    return { framework: checked.framework, issues: [] };
  }
  const builtIn = Object.hasOwn(frameworks, evidence.framework)
    ? frameworks[evidence.framework as keyof typeof frameworks]
    : undefined;
  if (!builtIn) {
    return {
      issues: [
        issue(
          'unknown-framework',
          ['framework'],
          `unknown framework ${quoteText(evidence.framework)}: use ${Object.keys(frameworks)
            .map((k) => `"${k}"`)
            .join(' or ')}, or pass a custom framework in options.framework`,
        ),
      ],
    };
  }
  return { framework: builtIn, issues: [] };
}

/**
 * The standards' ratings by id, written in framework order. (Framework ids start with a letter
 * or digit, so none is "__proto__"; a loop, as Object.fromEntries cost a tenth of a rating.)
 */
function byStandardOf(results: readonly StandardRating[]): Record<string, StandardRating> {
  const by: Record<string, StandardRating> = {};
  for (let i = 0; i < results.length; i++) {
    const result = results[i] as StandardRating;
    by[result.standard] = result;
  }
  return by;
}

/** The caller's options read once and checked: what is checked is what is used. */
function rateOptionsOf(given: RateOptions): { options?: RateOptions; issues: RatingIssue[] } {
  // No options is the common case.
  if (given === NO_OPTIONS) return { options: NO_OPTIONS, issues: [] };
  const snapshot = optionsSnapshot(given);
  const issues = optionIssues(snapshot, RATE_OPTIONS);
  return issues.length > 0 ? { issues } : { options: snapshot, issues };
}

/** The evidence's envelope (framework, service, standards), or what is wrong with it. */
function envelopeArgument(input: unknown): { evidence?: Envelope; issues: RatingIssue[] } {
  if (!isRecord(input))
    return {
      issues: [
        issue(
          'invalid-input',
          [],
          `evidence must be an object with "framework" and "standards" (got ${preview(input)})`,
        ),
      ],
    };
  const evidence = envelopeOf(input);
  if (evidence) return { evidence, issues: [] };
  const parsed = envelopeSchema.safeParse(input);
  return { issues: parsed.success ? [] : fromZodIssues(parsed.error.issues, input) };
}

type Envelope = NonNullable<ReturnType<typeof envelopeOf>>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * The rating of standards rated without a problem: the score, the overall and the policy. The
 * live audit builds its overall with it from the standards' results it keeps.
 */
export function inspectionRatingOf(
  framework: Framework,
  plan: FrameworkPlan,
  evidence: { readonly service?: string | undefined },
  rated: Pick<RatedStandards, 'results' | 'excluded'>,
  policy: InspectionRating['policy'],
): InspectionRating {
  const { results, excluded } = rated;
  // Index loops and a result built in one order, as rateStandard builds a standard's: the live
  // audit runs this on every edit.
  const counted: string[] = [];
  let score = 0;
  for (let i = 0; i < results.length; i++) {
    const r = results[i] as StandardRating;
    if (r.score === undefined) continue;
    counted.push(r.standard);
    score += r.score;
  }
  let complete = true;
  for (let i = 0; i < excluded.length && complete; i++)
    complete = (excluded[i] as ExcludedStandard).reason === 'does not count toward the overall';
  let overallBand: OverallBand | undefined;
  for (let b = 0; complete && !overallBand && b < framework.overallBands.length; b++) {
    const band = framework.overallBands[b] as OverallBand;
    if (score >= band.from && score <= band.to) overallBand = band;
  }
  const rating = {
    framework: { id: framework.id, name: framework.name },
  } as Mutable<InspectionRating>;
  if (evidence.service !== undefined) rating.service = evidence.service;
  rating.standards = results;
  rating.byStandard = byStandardOf(results);
  rating.score = score;
  rating.maximum = plan.maximum;
  if (overallBand) {
    rating.overall = overallBand.rating;
    rating.overallBand = overallBand;
  }
  rating.complete = complete;
  rating.counted = counted;
  rating.excluded = excluded;
  rating.policy = policy;
  return rating as InspectionRating;
}

function rate(
  input: unknown,
  given: RateOptions,
): { data?: InspectionRating; issues: readonly RatingIssue[] } {
  const { options, issues: optionProblems } = rateOptionsOf(given);
  if (!options) return { issues: optionProblems };
  const { evidence, issues: envelopeProblems } = envelopeArgument(input);
  if (!evidence) return { issues: envelopeProblems };
  const { framework, issues } = resolveFramework(evidence, options);
  if (!framework) return { issues };
  const plan = planOf(framework);
  const banding = options.banding ?? 'rounded';
  const windowInclusive = options.windowInclusive ?? true;
  const rated = rateStandards(framework, plan, evidence.standards, {
    banding,
    windowInclusive,
    discretion: options.discretion,
    allowIncomplete: options.incomplete === 'allow',
  });
  if (rated.issues.length > 0) return { issues: rated.issues };
  return {
    data: inspectionRatingOf(framework, plan, evidence, rated, { banding, windowInclusive }),
    issues: [],
  };
}

/**
 * The built-in framework a framework id names (a union of them for a union of ids); the wide
 * `Framework` for a plain `string`, and `never` for an id no built-in framework has.
 * @category Rules
 */
export type BuiltInFrameworkOf<Id extends string> = string extends Id
  ? Framework
  : Id extends BuiltInFrameworkId
    ? BuiltInFrameworks[Id]
    : never;

/**
 * Rates an inspection from its evidence: every standard by its rule, the score and the overall.
 * The evidence is typed by the framework it names: with `framework: 'hmip-youth-2021'` only that
 * framework's standard and key-question ids compile, every standard is required (unless
 * `incomplete: 'allow'`), and `result.byStandard` is keyed by its standard ids. For data not
 * typed (a file, `JSON.parse`) use `rateInspectionData` or `safeRateInspection`, which check it
 * at run time; all three give the same result for the same evidence. Nothing passed in is changed.
 *
 * @param evidence - `{ framework, standards: { "2.1": { keyQuestions: { "2.1.1": { yes, of } } }, ... } }`
 * @param options - a custom framework, the banding policy, a discretion hook, incomplete results
 * @throws {RatingRuleError} naming every problem found, each with its path
 * @example
 * const result = rateInspection(cumberland2024);
 * result.score // => 12
 * result.overall // => 'Requires improvement'
 * result.byStandard['2.1'].ruleRating // => 'Inadequate'
 * result.byStandard['2.1'].rating // => 'Requires improvement'
 * @category Rules
 */
export function rateInspection<
  const Id extends string,
  F extends Framework = BuiltInFrameworkOf<Id>,
  I extends IncompleteMode = 'error',
>(
  evidence: { readonly framework: Id } & NoInfer<EvidenceFor<F, I>>,
  options?: RateOptions<F, I>,
): RatingFor<F, I>;
export function rateInspection(evidence: unknown, options?: RateOptions): InspectionRating {
  return rateInspectionData(evidence, options);
}

/**
 * Rates an inspection from data of any type (a file's contents, `JSON.parse`), checking at run
 * time what `rateInspection`'s types check for typed callers; the same result as
 * `rateInspection` for the same evidence.
 *
 * @param data - evidence as plain JSON (see `inspectionEvidenceSchema`)
 * @throws {RatingRuleError} naming every problem found, each with its path
 * @example
 * const result = rateInspectionData(JSON.parse(JSON.stringify(cumberland2024)));
 * result.score // => 12
 * @category Rules
 */
export function rateInspectionData(
  data: unknown,
  options: RateOptions = NO_OPTIONS,
): InspectionRating {
  const { data: rating, issues } = rate(data, options);
  if (!rating) throw new RatingRuleError(issues);
  return rating;
}

/**
 * Like `rateInspectionData`, but returns `{ success: false, issues }` instead of throwing.
 *
 * @example
 * const outcome = safeRateInspection({ framework: 'hmip-youth-2021', standards: { '9.9': { rating: 'Good' } } });
 * outcome.success // => false
 * @category Rules
 */
export function safeRateInspection(
  evidence: unknown,
  options: RateOptions = NO_OPTIONS,
): SafeRateResult {
  const { data, issues } = rate(evidence, options);
  return data ? { success: true, data } : { success: false, issues };
}
