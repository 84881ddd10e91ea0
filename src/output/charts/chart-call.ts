// The check of a rating chart call: the rating against the result schema, the options, the
// framework (the rating's own, or the built-in one with its id), the intervals (of this rating)
// and, for the key-question chart, the standard. Every problem is collected before any is thrown.
import {
  RatingRuleError,
  frameworks,
  inspectionRatingSchema,
  type Framework,
  type InspectionRating,
  type KeyQuestionResult,
  type RatingIssue,
} from 'hmip-ratings';
import {
  argumentIssue,
  didYouMean,
  frameworkArgument,
  isRecord,
  issue,
  numberIn,
  optionIssues,
  quoteText,
} from 'hmip-ratings/toolkit';
import { documentOption } from './svg.js';

/** The default width: about the width of a laptop's reading column. */
export const DEFAULT_CHART_WIDTH = 640;

const CHART_OPTIONS = {
  document: documentOption,
  width: numberIn(240, 4000),
  framework: () => undefined, // checked with frameworkArgument
  intervals: () => undefined, // checked against the rating
};

const BUILT_IN = new Map<string, Framework>(Object.entries(frameworks));

/** A checked chart call: the rating, its framework, the document and the width. */
export interface ChartCall {
  readonly rating: InspectionRating;
  readonly framework: Framework;
  readonly document: Document;
  readonly width: number;
  readonly intervals?: ReadonlyMap<string, { readonly lower: number; readonly upper: number }>;
}

/** The intervals by key question, or the problems that make them not this rating's. */
function intervalsOf(
  given: unknown,
  rating: InspectionRating,
): {
  readonly intervals?: Map<string, { lower: number; upper: number }>;
  readonly issues: RatingIssue[];
} {
  const path = ['options', 'intervals'];
  if (!isRecord(given) || !Array.isArray(given['keyQuestions']))
    return {
      issues: [argumentIssue('options.intervals', 'intervals from ratingIntervals', given)],
    };
  const figures = new Map<string, KeyQuestionResult>();
  for (const s of rating.standards) for (const f of s.keyQuestions) figures.set(f.keyQuestion, f);
  const intervals = new Map<string, { lower: number; upper: number }>();
  const issues: RatingIssue[] = [];
  for (const [i, row] of (given['keyQuestions'] as unknown[]).entries()) {
    if (!isRecord(row) || typeof row['keyQuestion'] !== 'string') {
      issues.push(issue('invalid-option', [...path, 'keyQuestions', i], 'not a key question row'));
      continue;
    }
    const interval = row['interval'];
    if (interval === undefined) continue; // a key question with a note and no interval
    const at = [...path, 'keyQuestions', i, 'interval'];
    const figure = figures.get(row['keyQuestion']);
    if (
      !isRecord(interval) ||
      typeof interval['lower'] !== 'number' ||
      typeof interval['upper'] !== 'number' ||
      !(interval['lower'] >= 0 && interval['lower'] <= interval['upper'] && interval['upper'] <= 1)
    )
      issues.push(issue('invalid-option', at, 'not an interval from ratingIntervals'));
    else if (!figure || figure.yes !== interval['yes'] || figure.of !== interval['of'])
      issues.push(
        issue(
          'invalid-option',
          at,
          `the intervals are not of this rating: key question ${quoteText(row['keyQuestion'])} ${figure ? `is ${figure.yes ?? '?'} of ${figure.of ?? '?'}` : 'is not in it'}`,
        ),
      );
    else
      intervals.set(row['keyQuestion'], {
        lower: interval['lower'],
        upper: interval['upper'],
      });
  }
  return issues.length > 0 ? { issues } : { intervals, issues };
}

/**
 * The framework of a call about a rating: `options.framework` when given (checked), else the
 * built-in framework with the rating's framework id; with a problem when it is not the rating's.
 * `ratingFramework` is the rating's framework id, undefined when the rating is not valid.
 */
export function callFramework(
  given: unknown,
  ratingFramework: string | undefined,
): { readonly framework?: Framework; readonly issues: RatingIssue[] } {
  const issues: RatingIssue[] = [];
  let framework: Framework | undefined;
  if (given !== undefined) {
    const checked = frameworkArgument(given, 'options.framework');
    issues.push(...checked.issues.map((i) => ({ ...i, path: ['options', 'framework'] })));
    framework = checked.framework;
  } else if (ratingFramework !== undefined) {
    framework = BUILT_IN.get(ratingFramework);
    if (!framework)
      issues.push(
        issue(
          'invalid-option',
          ['options', 'framework'],
          `the rating is of framework ${quoteText(ratingFramework)}, which is not built in: pass it as options.framework`,
        ),
      );
  }
  if (ratingFramework !== undefined && framework && framework.id !== ratingFramework)
    issues.push(
      issue(
        'framework-mismatch',
        ['options', 'framework'],
        `the rating is for ${quoteText(ratingFramework)}, not ${quoteText(framework.id)}`,
      ),
    );
  return { ...(framework && { framework }), issues };
}

/**
 * Every problem with a chart call, collected before any is thrown; the rating is checked against
 * the result schema and the framework must be the rating's.
 */
export function checkChartCall(
  rating: unknown,
  options: unknown,
  extra: RatingIssue[] = [],
): ChartCall {
  const issues = [...extra];
  if (!isRecord(options)) {
    issues.push(argumentIssue('options', '{ document, width?, framework? }', options));
    throw new RatingRuleError(issues);
  }
  issues.push(...optionIssues(options, CHART_OPTIONS));
  if (options['document'] === undefined)
    issues.push(
      issue('invalid-option', ['options', 'document'], 'a document is needed to draw in'),
    );
  const parsed = inspectionRatingSchema.safeParse(rating);
  if (!parsed.success) issues.push(argumentIssue('rating', 'a rating from rateInspection', rating));
  const checked = callFramework(
    options['framework'],
    parsed.success ? parsed.data.framework.id : undefined,
  );
  issues.push(...checked.issues);
  const { framework } = checked;
  const intervals =
    parsed.success && options['intervals'] !== undefined
      ? intervalsOf(options['intervals'], parsed.data as InspectionRating)
      : undefined;
  if (intervals) issues.push(...intervals.issues);
  if (issues.length > 0 || !parsed.success || !framework) throw new RatingRuleError(issues);
  return {
    rating: parsed.data as InspectionRating,
    framework,
    document: options['document'] as Document,
    width: (options['width'] as number | undefined) ?? DEFAULT_CHART_WIDTH,
    ...(intervals?.intervals && { intervals: intervals.intervals }),
  };
}

/** The problems with a standard id for the key-question chart. */
export function standardIssues(rating: unknown, standard: unknown): RatingIssue[] {
  if (typeof standard !== 'string')
    return [argumentIssue('standard', 'a standard id such as "2.1"', standard)];
  const parsed = inspectionRatingSchema.safeParse(rating);
  if (!parsed.success) return [];
  const ids = parsed.data.standards
    .filter((s) => s.method === 'key-questions')
    .map((s) => s.standard);
  if (ids.includes(standard)) return [];
  const near = didYouMean(standard, ids);
  return [
    issue(
      'unknown-standard',
      ['standard'],
      `${quoteText(standard)} is not a standard rated from key questions in this rating${near ? `; did you mean "${near}"?` : ` (those are ${ids.join(', ') || 'none'})`}`,
    ),
  ];
}
