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
  for (const { domain, standard } of plan.entries) {
    const path = ['standards', standard.id];
    if (!Object.hasOwn(rawStandards, standard.id)) {
      if (!policy.allowIncomplete)
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
        banding: policy.banding,
        windowInclusive: policy.windowInclusive,
        discretion: policy.discretion,
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
      if (!policy.allowIncomplete)
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
  return { results, excluded, issues };
}
