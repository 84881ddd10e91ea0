// Every standard of an inspection rated from its evidence, in framework order: the evidence's
// standard ids checked against the framework, each standard's evidence checked (by hand, or by the
// schemas where they must say why) and rated, and the standards left out of the overall noted.
import { issue, type RatingIssue } from '../model/errors.js';
import type { Framework } from '../model/types.js';
import * as z from 'zod/mini';
import {
  keyQuestionEvidenceSchema,
  standardSchemaOf,
  type StandardFields,
} from '../evidence/schema.js';
import { fromZodIssues } from '../evidence/zod-issues.js';
import { standardEvidence } from '../evidence/check-evidence.js';
import type { FrameworkPlan } from '../framework/plan.js';
import { isRecord } from '../model/arguments.js';
import { quoteText } from '../model/preview.js';
import type { DiscretionHook } from './discretion-hook.js';
import type { BandingPolicy } from './band-for.js';
import type { ExcludedStandard } from './inspection-rating.js';
import { rateStandard } from './rate-standard.js';
import type { StandardRating } from './standard-rating.js';

// Parsed level by level, so one bad field does not hide the problems in the rest.
const standardShapeSchema = standardSchemaOf(z.unknown());

/**
 * Parses one standard's evidence, key question by key question. Invalid key questions are left
 * out (their problems are already in `issues`), so the valid ones can still be checked.
 */
function parseStandard(
  raw: unknown,
  path: readonly string[],
  issues: RatingIssue[],
): StandardFields | undefined {
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
  return evidence as StandardFields;
}

/** How the standards are rated: the options of `rateInspection`, read once. */
export interface StandardsPolicy {
  readonly banding: BandingPolicy;
  readonly windowInclusive: boolean;
  readonly discretion: DiscretionHook | undefined;
  readonly allowIncomplete: boolean;
}

/** The standards rated, those left out of the overall, and every problem found. */
export interface RatedStandards {
  readonly results: readonly StandardRating[];
  readonly excluded: readonly ExcludedStandard[];
  readonly issues: readonly RatingIssue[];
}

/** Evidence for an id that is not a standard of the framework. */
function unknownStandards(
  framework: Framework,
  plan: FrameworkPlan,
  rawStandards: Readonly<Record<string, unknown>>,
): RatingIssue[] {
  const issues: RatingIssue[] = [];
  // Ids are checked on the caller's own keys: a schema parse can drop keys such as "__proto__".
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
  return issues;
}

/** One standard's place in the framework: its domain and itself (see `FrameworkPlan.entries`). */
export type StandardEntry = FrameworkPlan['entries'][number];

/** One standard rated: its result, why it is left out of the overall (if it is), its problems. */
export interface RatedStandard {
  readonly result?: StandardRating;
  readonly excluded?: ExcludedStandard;
  readonly issues: readonly RatingIssue[];
}

/**
 * Rates every standard of the framework from the evidence's standards. A standard with no
 * evidence, or a counted standard not rated, is a problem unless incomplete results are allowed;
 * either way it is noted as left out of the overall.
 */
export function rateStandards(
  framework: Framework,
  plan: FrameworkPlan,
  rawStandards: Readonly<Record<string, unknown>>,
  policy: StandardsPolicy,
): RatedStandards {
  const issues = unknownStandards(framework, plan, rawStandards);
  const results: StandardRating[] = [];
  const excluded: ExcludedStandard[] = [];
  for (const entry of plan.entries) {
    const id = entry.standard.id;
    const given = Object.hasOwn(rawStandards, id);
    const raw = given ? rawStandards[id] : undefined;
    const rated = rateOneStandard(framework, plan, entry, given, raw, policy);
    if (rated.issues.length > 0) issues.push(...rated.issues);
    if (rated.result) results.push(rated.result);
    if (rated.excluded) excluded.push(rated.excluded);
  }
  return { results, excluded, issues };
}

/**
 * Rates one standard of the framework from its evidence (`given` false: it has none), as
 * `rateStandards` rates each: the live audit re-rates only the standards an edit changes.
 */
export function rateOneStandard(
  framework: Framework,
  plan: FrameworkPlan,
  { domain, standard }: StandardEntry,
  given: boolean,
  rawStandard: unknown,
  policy: StandardsPolicy,
): RatedStandard {
  const path = ['standards', standard.id];
  const issues: RatingIssue[] = [];
  if (!given) {
    if (!policy.allowIncomplete)
      issues.push({
        ...issue(
          'missing-standard',
          path,
          `standard ${standard.id} ${standard.name} has no evidence: give its rating, its key-question figures, or "notRated" with a reason`,
        ),
        fix: { option: 'incomplete', value: 'allow' },
      });
    return { excluded: { standard: standard.id, reason: 'missing' }, issues };
  }
  // The hand check copies valid evidence; zod describes what fails.
  const checked = standardEvidence(rawStandard);
  const evidenceFor = checked ?? parseStandard(rawStandard, path, issues);
  if (!evidenceFor) return { issues };
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
      banding: policy.banding,
      windowInclusive: policy.windowInclusive,
      discretion: policy.discretion,
    },
    standard,
    evidenceFor,
    rawKeyQuestions,
    path,
  );
  if (outcome.issues.length > 0) issues.push(...outcome.issues);
  const result = outcome.result;
  if (!result) return { issues };
  if (!standard.countsTowardOverall)
    return {
      result,
      excluded: { standard: standard.id, reason: 'does not count toward the overall' },
      issues,
    };
  if (result.status !== 'not-rated') return { result, issues };
  if (!policy.allowIncomplete)
    issues.push({
      ...issue(
        'counted-standard-not-rated',
        path,
        `standard ${standard.id} ${standard.name} counts toward the overall score but was not rated; the 0-${plan.maximum} bands cannot be rescaled, so there is no overall rating`,
      ),
      fix: { option: 'incomplete', value: 'allow' },
    });
  return { result, excluded: { standard: standard.id, reason: 'not rated' }, issues };
}
