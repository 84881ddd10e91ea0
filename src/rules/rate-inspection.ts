import { RatingRuleError, issue, type RatingIssue } from '../model/errors.js';
import type { Framework } from '../model/types.js';
import * as z from 'zod/mini';
import {
  inspectionSchemaOf,
  keyQuestionEvidenceSchema,
  standardSchemaOf,
  type StandardEvidence,
} from '../evidence/schema.js';
import { fromZodIssues } from '../evidence/zod-issues.js';
import { planOf } from '../framework/plan.js';
import { envelopeOf, standardEvidence } from '../evidence/check-evidence.js';
import { frameworkArgument } from '../framework/trusted.js';
import {
  isBoolean,
  isFunction,
  isRecord,
  oneOf,
  optionIssues,
  ownSnapshot,
  type OptionSpec,
} from '../model/arguments.js';
import { preview, quoteText } from '../model/preview.js';
import { frameworks } from '../frameworks/index.js';
import type { DiscretionHook } from './discretion-hook.js';
import type { BandingPolicy } from './band-for.js';
import type { ExcludedStandard, InspectionRating } from './inspection-rating.js';
import { rateStandard } from './rate-standard.js';
import type { StandardRating } from './standard-rating.js';

/** Options of `rateInspection`. @category Rules */
export interface RateOptions {
  /** A framework object to rate against instead of the built-in one the evidence names. */
  readonly framework?: Framework;
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
  readonly incomplete?: 'error' | 'allow';
}

/** The result of `safeRateInspection`. @category Rules */
export type SafeRateResult =
  | { readonly success: true; readonly data: InspectionRating }
  | {
      readonly success: false;
      readonly issues: readonly RatingIssue[];
    };

// Parsed level by level, so one bad field does not hide the problems in the rest.
const envelopeSchema = inspectionSchemaOf(z.unknown());
const standardShapeSchema = standardSchemaOf(z.unknown());

/**
 * Parses one standard's evidence, key question by key question. Invalid key questions are left
 * out (their problems are already in `issues`), so the valid ones can still be checked.
 */
function parseStandard(
  raw: unknown,
  path: readonly string[],
  issues: RatingIssue[],
): StandardEvidence | undefined {
  const shape = standardShapeSchema.safeParse(raw);
  if (!shape.success) {
    issues.push(...fromZodIssues(shape.error.issues, raw, path));
    return undefined;
  }
  const keyQuestions: Record<string, z.infer<typeof keyQuestionEvidenceSchema>> = {};
  for (const [id, value] of Object.entries(shape.data.keyQuestions ?? {})) {
    const parsed = keyQuestionEvidenceSchema.safeParse(value);
    if (parsed.success)
      Object.defineProperty(keyQuestions, id, { value: parsed.data, enumerable: true });
    else issues.push(...fromZodIssues(parsed.error.issues, value, [...path, 'keyQuestions', id]));
  }
  // zod's output is a fresh object: replace its key questions with the ones parsed one by one.
  const evidence = shape.data as { keyQuestions?: unknown };
  if (evidence.keyQuestions !== undefined) evidence.keyQuestions = keyQuestions;
  return evidence as StandardEvidence;
}

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

function rate(
  input: unknown,
  given: RateOptions,
): { data?: InspectionRating; issues: RatingIssue[] } {
  // Every option is read once: what is checked is what is used. No options is the common case.
  let options = NO_OPTIONS;
  if (given !== NO_OPTIONS) {
    const snapshot = isRecord(given) ? ownSnapshot(given) : given;
    const optionProblems = optionIssues(snapshot, RATE_OPTIONS);
    if (optionProblems.length > 0) return { issues: optionProblems };
    options = snapshot as RateOptions;
  }
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
  const envelope = envelopeOf(input);
  if (!envelope) {
    const parsed = envelopeSchema.safeParse(input);
    return { issues: parsed.success ? [] : fromZodIssues(parsed.error.issues, input) };
  }
  const evidence = envelope;
  const { framework, issues } = resolveFramework(evidence, options);
  if (!framework) return { issues };

  // Ids are checked on the caller's own keys: a schema parse can drop keys such as "__proto__".
  const rawStandards = evidence.standards;
  const plan = planOf(framework);
  for (const key of Object.keys(rawStandards)) {
    if (!plan.byId.has(key)) {
      issues.push(
        issue(
          'unknown-standard',
          ['standards', key],
          `${quoteText(key)} is not a standard of ${framework.id} (${plan.ids})`,
        ),
      );
    }
  }
  const allowIncomplete = options.incomplete === 'allow';
  const results: StandardRating[] = [];
  const excluded: ExcludedStandard[] = [];
  const banding = options.banding ?? 'rounded';
  const windowInclusive = options.windowInclusive ?? true;
  for (const { domain, standard } of plan.entries) {
    const path = ['standards', standard.id];
    if (!Object.hasOwn(rawStandards, standard.id)) {
      if (!allowIncomplete)
        issues.push({
          ...issue(
            'missing-standard',
            path,
            `standard ${standard.id} ${standard.name} has no evidence: give its rating, its key-question figures, or "notRated" with a reason`,
          ),
          fix: { option: 'incomplete', value: 'allow' },
        });
      excluded.push({ standard: standard.id, reason: 'missing' });
      continue;
    }
    const rawStandard = rawStandards[standard.id];
    // The hand check copies valid evidence; zod describes what fails.
    const checked = standardEvidence(rawStandard);
    const evidenceFor = checked ?? parseStandard(rawStandard, path, issues);
    if (!evidenceFor) continue;
    const rawKeyQuestions = checked
      ? checked.keyQuestions
      : isRecord(rawStandard) && isRecord(rawStandard['keyQuestions'])
        ? rawStandard['keyQuestions']
        : undefined;
    const outcome = rateStandard(
      {
        framework,
        domain: domain.id,
        domainName: domain.name,
        banding,
        windowInclusive,
        discretion: options.discretion,
      },
      standard,
      evidenceFor,
      rawKeyQuestions,
      path,
    );
    issues.push(...outcome.issues);
    if (!outcome.result) continue;
    results.push(outcome.result);
    if (!standard.countsTowardOverall)
      excluded.push({ standard: standard.id, reason: 'does not count toward the overall' });
    else if (outcome.result.status === 'not-rated') {
      if (!allowIncomplete)
        issues.push({
          ...issue(
            'counted-standard-not-rated',
            path,
            `standard ${standard.id} ${standard.name} counts toward the overall score but was not rated; the 0-${plan.maximum} bands cannot be rescaled, so there is no overall rating`,
          ),
          fix: { option: 'incomplete', value: 'allow' },
        });
      excluded.push({ standard: standard.id, reason: 'not rated' });
    }
  }
  if (issues.length > 0) return { issues };
  const counted = results.filter((r) => r.score !== undefined);
  const score = counted.reduce((sum, r) => sum + (r.score ?? 0), 0);
  const complete = !excluded.some((e) => e.reason !== 'does not count toward the overall');
  const overallBand = complete
    ? framework.overallBands.find((b) => score >= b.from && score <= b.to)
    : undefined;
  const data: InspectionRating = {
    framework: { id: framework.id, name: framework.name },
    ...(evidence.service !== undefined && { service: evidence.service }),
    standards: results,
    byStandard: byStandardOf(results),
    score,
    maximum: plan.maximum,
    ...(overallBand && { overall: overallBand.rating, overallBand }),
    complete,
    counted: counted.map((r) => r.standard),
    excluded,
    policy: {
      banding: options.banding ?? 'rounded',
      windowInclusive: options.windowInclusive ?? true,
    },
  };
  return { data, issues: [] };
}

/**
 * Rates an inspection from its evidence: every standard by its rule, the score and the overall.
 * The evidence is plain JSON (see `inspectionEvidenceSchema`); nothing passed in is changed.
 *
 * @param evidence - `{ framework, standards: { "2.1": { keyQuestions: { "2.1.1": { yes, of } } }, ... } }`
 * @param options - a custom framework, the banding policy, a discretion hook, incomplete results
 * @throws {RatingRuleError} naming every problem found, each with its path
 * @example
 * const result = rateInspection(cumberland2024);
 * result.score // => 12
 * result.overall // => 'Requires improvement'
 * result.byStandard['2.1']?.ruleRating // => 'Inadequate'
 * result.byStandard['2.1']?.rating // => 'Requires improvement'
 * @category Rules
 */
export function rateInspection(
  evidence: unknown,
  options: RateOptions = NO_OPTIONS,
): InspectionRating {
  const { data, issues } = rate(evidence, options);
  if (!data) throw new RatingRuleError(issues);
  return data;
}

/**
 * Like `rateInspection`, but returns `{ success: false, issues }` instead of throwing.
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
