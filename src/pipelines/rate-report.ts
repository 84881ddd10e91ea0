// The rate command's report: a rating, from a case audit or from evidence JSON, with what the
// report shows beside it (the tally, the margins, how far the rating can be trusted, the figures
// by group), as the one result object the report renderer takes.
import {
  RatingRuleError,
  formatPath,
  frameworks,
  rateInspectionData,
  type BandingPolicy,
  type Framework,
  type InspectionRating,
  type RatingIssue,
} from 'hmip-ratings';
import { breakdownByGroup, type GroupBreakdown } from 'hmip-ratings/breakdown';
import {
  ratingIntervals,
  resampleRating,
  type RatingIntervals,
  type ResampledRating,
} from 'hmip-ratings/confidence';
import { ratingMargins, type StandardMargin } from 'hmip-ratings/margins';
import { type CaseTally } from 'hmip-ratings/cases';
import { summariseGrades, type GradeSummary } from 'hmip-ratings/grades';
import type { ActionFigures } from 'hmip-ratings/actions';
import { parseJson } from '../read/json.js';
import {
  rateAudit,
  type AuditFile,
  type AuditOptions,
  type AuditRating,
  type FrameworkChoice,
} from './rate-audit.js';
import { jsonKind, wrongKindIssue } from '../read/sheet-kind.js';

/** What a report shows beside the rating. */
export interface ReportSections {
  /** What would change each standard's rating. */
  readonly margins?: boolean;
  /** Each key question's interval at the level, and from cases the bootstrap over them. */
  readonly confidence?: {
    readonly level: number;
    readonly resamples?: number;
    readonly seed?: number;
  };
  /** The figures by group of one attribute of the cases. */
  readonly breakdown?: { readonly attribute: string; readonly suppressBelow?: number };
}

/** What a report shows: the rating, and optionally the tally (for the sample and prompt table) and margins. @category Sheets */
export interface ReportInput {
  readonly rating: InspectionRating;
  readonly tally?: CaseTally;
  readonly margins?: readonly StandardMargin[];
  /** How far the rating can be trusted: `ratingIntervals`, and `resampleRating` when there are cases. */
  readonly confidence?: {
    readonly intervals: RatingIntervals;
    readonly resampled?: ResampledRating;
  };
  /** The figures by group, from `breakdownByGroup`. */
  readonly breakdown?: GroupBreakdown;
  /** The cases' grades, when the audit has a grade column, from `summariseGrades`. */
  readonly grades?: GradeSummary;
  /** The team's improvement actions beside their targets' figures, from `actionFigures`. */
  readonly actions?: readonly ActionFigures[];
}

/** A case audit's report, with the framework it was rated against and how that was chosen. */
export interface AuditReport {
  readonly report: ReportInput;
  readonly framework: Framework;
  readonly frameworkChoice: FrameworkChoice;
}

/**
 * Rates a case audit from its files (as `rateAudit`), then works out the sections asked for:
 * the margins, the intervals and the bootstrap over the audit's cases, and the breakdown by group.
 */
export async function rateAuditReport(
  files: { readonly cases: AuditFile; readonly judgements?: AuditFile },
  options: AuditOptions,
  sections: ReportSections,
): Promise<AuditReport> {
  const audit = await rateAudit(files, options);
  const confidence = sections.confidence && auditConfidence(audit, options, sections.confidence);
  const by = sections.breakdown;
  const breakdown =
    by &&
    breakdownByGroup(audit.framework, audit.cases.cases, by.attribute, {
      ...(by.suppressBelow !== undefined && { suppressBelow: by.suppressBelow }),
      ...(sections.confidence && { level: sections.confidence.level }),
      ...(options.banding && { banding: options.banding }),
      ...(options.unanswered && { unanswered: options.unanswered }),
    });
  const grades =
    audit.grades &&
    summariseGrades(audit.framework, audit.cases.cases, audit.grades.grades, {
      ...(sections.confidence && { level: sections.confidence.level }),
      ...(by && { by: by.attribute }),
      ...(by?.suppressBelow !== undefined && { suppressBelow: by.suppressBelow }),
      ...(options.unanswered && { unanswered: options.unanswered }),
    });
  return {
    report: {
      rating: audit.rating,
      tally: audit.tally,
      ...(sections.margins && { margins: audit.margins }),
      ...(confidence && { confidence }),
      ...(breakdown && { breakdown }),
      ...(grades && { grades }),
    },
    framework: audit.framework,
    frameworkChoice: audit.frameworkChoice,
  };
}

/** The intervals of a rated audit's key questions, and the bootstrap over its cases. */
function auditConfidence(
  audit: AuditRating,
  options: AuditOptions,
  asked: NonNullable<ReportSections['confidence']>,
): NonNullable<ReportInput['confidence']> {
  const { level, resamples, seed } = asked;
  return {
    intervals: ratingIntervals(audit.rating, audit.framework, { level }),
    resampled: resampleRating(audit.framework, audit.cases.cases, audit.judgements?.judgements, {
      level,
      ...(resamples !== undefined && { resamples }),
      ...(seed !== undefined && { seed }),
      ...(options.banding && { banding: options.banding }),
      ...(options.unanswered && { unanswered: options.unanswered }),
      ...(options.incomplete && { incomplete: options.incomplete }),
    }),
  };
}

/**
 * Rates evidence JSON (as `rateInspection`, against the built-in framework it names), with its
 * margins and intervals when asked; a breakdown needs cases and is not made here. Every problem is
 * located in the file: evidence problems carry their path into the JSON in the message.
 */
export function rateEvidenceReport(
  file: { readonly name: string; readonly data: Uint8Array },
  options: { readonly banding?: BandingPolicy; readonly incomplete?: 'error' | 'allow' },
  sections: ReportSections,
): ReportInput {
  const parsed = parseJson(new TextDecoder().decode(file.data), file.name);
  if (parsed.issues.length > 0) throw new RatingRuleError(parsed.issues);
  const wrong = wrongKindIssue(jsonKind(parsed.value), 'evidence', {
    file: file.name,
    name: file.name,
  });
  if (wrong) throw new RatingRuleError([wrong]);
  try {
    const rating = rateInspectionData(parsed.value, {
      ...(options.banding && { banding: options.banding }),
      ...(options.incomplete && { incomplete: options.incomplete }),
    });
    const framework = namedFramework(rating);
    return {
      rating,
      ...(sections.margins && { margins: ratingMargins(rating, framework) }),
      ...(sections.confidence && {
        confidence: {
          intervals: ratingIntervals(rating, framework, { level: sections.confidence.level }),
        },
      }),
    };
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    throw new RatingRuleError(e.issues.map((i) => inFile(i, file.name)));
  }
}

/**
 * The built-in framework a rating of evidence JSON names: `rateInspection` rates evidence only
 * against a built-in framework, so its id is always one of them.
 */
export const namedFramework = (rating: InspectionRating): Framework =>
  frameworks[rating.framework.id as keyof typeof frameworks];

/** An issue of the rules located in the file it came from, its path in the message. */
function inFile(issue: RatingIssue, file: string): RatingIssue {
  return issue.location
    ? issue
    : {
        ...issue,
        location: { file },
        message:
          issue.path.length > 0 ? `${formatPath(issue.path)}: ${issue.message}` : issue.message,
      };
}
