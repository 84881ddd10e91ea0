import { issue, type RatingIssue, type RatingIssuePath } from '../model/errors.js';
import { isRating, ratingRank, RATINGS, type Rating } from '../model/rating.js';
import { isRecord } from '../model/arguments.js';
import { frozenCopy } from '../model/deep-freeze.js';
import { preview, quoteText } from '../model/preview.js';
import { MAX_REASON } from '../evidence/schema.js';
import type { Framework, KeyQuestion, Standard } from '../model/types.js';
import type { StandardFields } from '../evidence/schema.js';
import {
  triggersFrom,
  type DiscretionTriggers,
  type TriggerOptions,
} from './discretion-triggers.js';
import type { DiscretionHook } from './discretion-hook.js';
import { explainKeyQuestions, explainOther } from './explain.js';
import { keyQuestionFigure, type KeyQuestionFigure } from './key-question-figure.js';
import { figureBand, lowestOf } from './lowest-key-question.js';
import type { DiscretionApplied, KeyQuestionResult, StandardRating } from './standard-rating.js';

/** What `rateStandard` needs besides the evidence. */
export interface StandardContext extends TriggerOptions {
  readonly framework: Framework;
  readonly domain: string;
  readonly domainName: string;
  readonly discretion?: DiscretionHook | undefined;
}

type Outcome = { result?: StandardRating; issues: RatingIssue[] };

function scoreOf(framework: Framework, standard: Standard, rating?: Rating): number | undefined {
  return standard.countsTowardOverall && rating !== undefined
    ? framework.scores[rating]
    : undefined;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * A standard's result, built property by property in one order: optional fields are set only when
 * present (exact optional types), and no spread copies run on this hot path.
 */
function makeResult(
  context: StandardContext,
  standard: Standard,
  evidence: StandardFields,
  fields: Pick<StandardRating, 'status' | 'method' | 'keyQuestions' | 'explanation'> & {
    readonly [K in Exclude<
      keyof StandardRating,
      'status' | 'method' | 'keyQuestions' | 'explanation'
    >]?: StandardRating[K] | undefined;
  },
): StandardRating {
  const result: Mutable<StandardRating> = {
    standard: standard.id,
    name: standard.name,
    domain: context.domain,
    domainName: context.domainName,
    status: fields.status,
    method: fields.method,
    keyQuestions: fields.keyQuestions,
    countsTowardOverall: standard.countsTowardOverall,
    explanation: fields.explanation,
  };
  // Set one by one rather than in a loop over names: each assignment stays monomorphic.
  if (fields.rating !== undefined) result.rating = fields.rating;
  if (fields.ruleRating !== undefined) result.ruleRating = fields.ruleRating;
  if (fields.band !== undefined) result.band = fields.band;
  if (fields.lowest !== undefined) result.lowest = fields.lowest;
  if (fields.triggers !== undefined) result.triggers = fields.triggers;
  if (fields.discretion !== undefined) result.discretion = fields.discretion;
  if (fields.score !== undefined) result.score = fields.score;
  if (fields.notRatedReason !== undefined) result.notRatedReason = fields.notRatedReason;
  if (evidence.decidedBy !== undefined) result.decidedBy = evidence.decidedBy;
  return result;
}

/**
 * A key question's figure with its band. The figure is the rating's own fresh object (made by
 * keyQuestionFigure), so the band is added to it rather than to a copy.
 */
function withBand(figure: KeyQuestionFigure, band: Rating): KeyQuestionResult {
  (figure as Mutable<KeyQuestionResult>).band = band;
  return figure;
}

function decide(
  context: StandardContext,
  standard: Standard,
  evidence: StandardFields,
  rule: { rating: Rating; lowest: KeyQuestionResult },
  figures: readonly KeyQuestionResult[],
  triggers: DiscretionTriggers,
  path: RatingIssuePath,
): { applied?: DiscretionApplied; issues: RatingIssue[] } {
  const rank = ratingRank(rule.rating);
  const adjacent = { lower: RATINGS[rank - 1], higher: RATINGS[rank + 1] };
  const declared = evidence.discretion;
  // The hook is the caller's code: it gets a deeply frozen copy, so it cannot change the result
  // by writing into what it is shown. An exception it throws is the caller's own and propagates
  // unchanged (README, "Errors").
  const returned =
    declared ??
    context.discretion?.(
      // the framework and standard are deeply frozen already (checked frameworks are)
      Object.freeze({
        framework: context.framework,
        standard,
        ...frozenCopy({
          ruleRating: rule.rating,
          lowest: rule.lowest,
          keyQuestions: figures,
          triggers,
          adjacent,
        }),
      }),
    );
  if (returned === undefined || returned === null) return { issues: [] };
  const where = [...path, 'discretion'];
  // Each field is read once, so a getter cannot answer one thing to the check and another to the result.
  const rating: unknown = isRecord(returned) ? returned['rating'] : undefined;
  const reason: unknown = isRecord(returned) ? returned['reason'] : undefined;
  if (
    !isRating(rating) ||
    typeof reason !== 'string' ||
    reason.trim().length === 0 ||
    reason.length > MAX_REASON
  ) {
    return {
      issues: [
        issue(
          'invalid-input',
          where,
          `a discretion decision needs a "rating" (one of the four) and a "reason" of 1 to ${MAX_REASON} characters (got ${preview(returned)})`,
        ),
      ],
    };
  }
  const decision = { rating, reason };
  if (Math.abs(ratingRank(decision.rating) - rank) > 1) {
    return {
      issues: [
        issue(
          'discretion-not-adjacent',
          [...where, 'rating'],
          `discretion can move ${standard.id} from '${rule.rating}' only to an adjacent rating, not to '${decision.rating}'`,
        ),
      ],
    };
  }
  if (!triggers.anyFired && !triggers.anyUnknown) {
    return {
      issues: [
        issue(
          'discretion-without-trigger',
          where,
          `discretion cannot be applied to ${standard.id}: its lowest figure is not within ${context.framework.discretion.windowPoints} points of a boundary, one case would not change its rating, and its sample is over ${context.framework.discretion.smallSample} cases`,
        ),
      ],
    };
  }
  const moved = ratingRank(decision.rating) - rank;
  return {
    applied: {
      from: rule.rating,
      to: decision.rating,
      direction: moved > 0 ? 'raised' : moved < 0 ? 'lowered' : 'unchanged',
      reason: decision.reason,
      source: declared ? 'evidence' : 'hook',
      triggersUnknown: !triggers.anyFired,
    },
    issues: [],
  };
}

function fromKeyQuestions(
  context: StandardContext,
  standard: Standard,
  evidence: StandardFields,
  raw: Readonly<Record<string, unknown>>,
  path: RatingIssuePath,
): Outcome {
  const { framework } = context;
  const banding = context.banding ?? 'rounded';
  const issues: RatingIssue[] = [];
  const figures: KeyQuestionFigure[] = [];
  let skipped = false;
  for (const kq of standard.keyQuestions) {
    if (!Object.hasOwn(raw, kq.id)) {
      issues.push(
        issue(
          'missing-key-question',
          [...path, 'keyQuestions', kq.id],
          `key question ${kq.id} of standard ${standard.id} has no figure: give "yes" and "of", a "percent", or "of": 0 if no case applied`,
        ),
      );
      continue;
    }
    const given = evidence.keyQuestions?.[kq.id];
    if (given === undefined) {
      skipped = true; // invalid: the schema has reported it
      continue;
    }
    const read = keyQuestionFigure(kq, given, path);
    if (read.issues.length > 0) issues.push(...read.issues);
    if (read.figure) figures.push(read.figure);
  }
  if (issues.length > 0 || skipped) return { issues };
  // Each figure gets its band on the figure itself (withBand), so results[i] is figures[i].
  const results: KeyQuestionResult[] = [];
  for (let i = 0; i < figures.length; i++) {
    const f = figures[i] as KeyQuestionFigure;
    results.push(
      f.empty ? f : withBand(f, figureBand(f, framework.keyQuestionBands, banding).rating),
    );
  }
  const rule = lowestOf(figures, framework.keyQuestionBands, banding);
  const method = 'key-questions' as const;
  if (!rule) {
    if (evidence.discretion)
      issues.push(
        issue(
          'discretion-without-figures',
          [...path, 'discretion'],
          `${standard.id} has no applicable cases on any key question, so there is no rating to apply discretion to`,
        ),
      );
    return {
      issues,
      result: makeResult(context, standard, evidence, {
        method,
        keyQuestions: results,
        status: 'not-rated',
        explanation: explainOther(standard, 'empty'),
      }),
    };
  }
  const triggers = triggersFrom(
    figures,
    rule,
    framework.keyQuestionBands,
    framework.discretion,
    context,
  );
  // The lowest figure is one of the figures, which are the results (with their bands).
  const lowest = rule.lowest as KeyQuestionResult;
  const decided = decide(
    context,
    standard,
    evidence,
    { rating: rule.rating, lowest },
    results,
    triggers,
    path,
  );
  const rating = decided.applied?.to ?? rule.rating;
  const score = scoreOf(framework, standard, rating);
  return {
    issues: decided.issues,
    result: makeResult(context, standard, evidence, {
      method,
      keyQuestions: results,
      status: 'rated',
      rating,
      ruleRating: rule.rating,
      band: rule.band,
      lowest,
      triggers,
      discretion: decided.applied,
      score,
      explanation: explainKeyQuestions(standard, rating, rule.lowest, rule.band, decided.applied),
    }),
  };
}

/**
 * Rates one standard from its evidence: key-question figures by the lowest-question rule (with
 * triggers and any discretion), a judgement, a given rating, or "not rated".
 * Problems are returned as issues, never thrown, so an inspection reports all of them at once.
 */
export function rateStandard(
  context: StandardContext,
  standard: Standard,
  evidence: StandardFields,
  rawKeyQuestions: Readonly<Record<string, unknown>> | undefined,
  path: RatingIssuePath,
): Outcome {
  const given =
    Number(evidence.keyQuestions !== undefined) +
    Number(evidence.rating !== undefined) +
    Number(evidence.notRated !== undefined);
  if (given !== 1) {
    const kinds = (['keyQuestions', 'rating', 'notRated'] as const).filter(
      (k) => evidence[k] !== undefined,
    );
    const allowed =
      standard.ratedBy === 'judgement'
        ? '"rating" or "notRated"'
        : '"keyQuestions", "rating" or "notRated"';
    return {
      issues: [
        issue(
          'conflicting-evidence',
          path,
          `standard ${standard.id} needs exactly one of ${allowed}${kinds.length > 1 ? `, not ${kinds.map((k) => `"${k}"`).join(' and ')}` : ''}`,
        ),
      ],
    };
  }
  const issues: RatingIssue[] = [];
  if (evidence.keyQuestions !== undefined) {
    if (standard.ratedBy === 'judgement') {
      return {
        issues: [
          issue(
            'conflicting-evidence',
            [...path, 'keyQuestions'],
            `standard ${standard.id} is a single judgement: give its "rating", not key-question figures`,
          ),
        ],
      };
    }
    const given = Object.keys(rawKeyQuestions ?? {});
    for (let g = 0; g < given.length; g++) {
      const key = given[g] as string;
      let known = false;
      for (let k = 0; k < standard.keyQuestions.length && !known; k++)
        known = (standard.keyQuestions[k] as KeyQuestion).id === key;
      if (!known) {
        issues.push(
          issue(
            'unknown-key-question',
            [...path, 'keyQuestions', key],
            `${quoteText(key)} is not a key question of standard ${standard.id} (${standard.keyQuestions.map((kq) => kq.id).join(', ')})`,
          ),
        );
      }
    }
    const outcome = fromKeyQuestions(context, standard, evidence, rawKeyQuestions ?? {}, path);
    if (issues.length === 0) return outcome;
    return { ...outcome, issues: [...issues, ...outcome.issues] };
  }
  if (evidence.discretion !== undefined) {
    const code =
      standard.ratedBy === 'judgement' ? 'discretion-on-judgement' : 'discretion-without-figures';
    const message =
      standard.ratedBy === 'judgement'
        ? `standard ${standard.id} is a single judgement: professional discretion applies only to standards rated from key questions`
        : `discretion on ${standard.id} needs its key-question figures, so the triggers can be checked`;
    issues.push(issue(code, [...path, 'discretion'], message));
  }
  const method = standard.ratedBy === 'judgement' ? ('judgement' as const) : ('given' as const);
  if (evidence.notRated !== undefined) {
    return {
      issues,
      result: makeResult(context, standard, evidence, {
        method,
        keyQuestions: [],
        status: 'not-rated',
        notRatedReason: evidence.notRated,
        explanation: explainOther(standard, 'not-rated', undefined, evidence.notRated),
      }),
    };
  }
  const rating = evidence.rating as Rating;
  const score = scoreOf(context.framework, standard, rating);
  return {
    issues,
    result: makeResult(context, standard, evidence, {
      method,
      keyQuestions: [],
      status: 'rated',
      rating,
      score,
      explanation: explainOther(standard, method, rating),
    }),
  };
}
