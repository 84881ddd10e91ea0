// The arguments of `auditTrend` checked and opened: the framework, the options, and each audit
// (its date, label, rating and tally) read once into a checked copy, with the checks between the
// audits (one date each, one banding policy). Every problem is found and reported together.
import { ratingArgument } from '../rules/rating-argument.js';
import { RatingRuleError, issue, type RatingIssue } from '../model/errors.js';
import {
  argumentIssue,
  didYouMean,
  isRecord,
  numberIn,
  optionIssues,
  ownSnapshot,
  plainList,
} from '../model/arguments.js';
import { preview, quoteText } from '../model/preview.js';
import type { Framework } from '../model/types.js';
import { frameworkArgument } from '../framework/trusted.js';
import type { InspectionRating } from '../rules/inspection-rating.js';
import type { CaseTally } from '../cases/tally-cases.js';
import { caseTallySchema } from '../cases/tally-schema.js';
import { isIsoDate } from '../sampling/calendar.js';
import { DEFAULT_LEVEL } from '../confidence/key-question-interval.js';
import type { TrendOptions } from './trend-types.js';

/** The most audits a trend compares. */
export const MAX_AUDITS = 100;

const TREND_OPTIONS = { level: numberIn(0, 1, { min: true, max: true }) };
const AUDIT_FIELDS = ['date', 'label', 'rating', 'tally'];

/** One audit of the list, checked and copied. */
export interface CheckedAudit {
  readonly date: string;
  readonly label?: string;
  readonly rating: InspectionRating;
  readonly tally?: CaseTally;
  /** Its position in the list given, from 0. */
  readonly given: number;
}

/** Every problem with one audit of the list, and its checked copy when there are none. */
function checkAudit(
  value: unknown,
  index: number,
  framework: Framework | undefined,
): {
  readonly audit?: CheckedAudit;
  /** The audit's date and rating where each is good, for the checks between audits. */
  readonly date?: string;
  readonly rating?: InspectionRating;
  readonly issues: RatingIssue[];
} {
  const at = ['audits', index];
  if (!isRecord(value))
    return {
      issues: [
        issue(
          'invalid-argument',
          at,
          `an audit must be { date, label?, rating, tally? } (got ${preview(value)})`,
        ),
      ],
    };
  const given = ownSnapshot(value);
  const issues: RatingIssue[] = [];
  for (const key of Object.keys(given))
    if (!AUDIT_FIELDS.includes(key)) {
      const near = didYouMean(key, AUDIT_FIELDS);
      issues.push(
        issue(
          'invalid-argument',
          [...at, key],
          `unknown field ${quoteText(key)}${near ? `; did you mean "${near}"?` : ` (an audit has ${AUDIT_FIELDS.join(', ')})`}`,
        ),
      );
    }
  const { date, label, rating, tally } = given;
  if (!isIsoDate(date))
    issues.push(
      issue(
        'invalid-date',
        [...at, 'date'],
        `the audit's date must be a date written yyyy-mm-dd that exists, from 1900 (got ${preview(date)})`,
      ),
    );
  if (label !== undefined && (typeof label !== 'string' || label.length < 1 || label.length > 200))
    issues.push(
      issue(
        'invalid-argument',
        [...at, 'label'],
        `a label must be text of 1 to 200 characters (got ${preview(label)})`,
      ),
    );
  const read = ratingArgument(rating, framework, {
    path: [...at, 'rating'],
    frameworkPath: [...at, 'rating', 'framework'],
    mismatch: ': a trend compares audits of one framework',
  });
  issues.push(...read.issues);
  const checkedRating = read.rating;
  let checkedTally: CaseTally | undefined;
  if (tally !== undefined) {
    const t = caseTallySchema.safeParse(tally);
    if (!t.success)
      issues.push(argumentIssue(`audits[${index}].tally`, 'a tally from tallyCases', tally));
    else if (framework && t.data.framework !== framework.id)
      issues.push(
        issue(
          'framework-mismatch',
          [...at, 'tally', 'framework'],
          `the tally is for ${quoteText(t.data.framework)}, not "${framework.id}"`,
        ),
      );
    else {
      checkedTally = t.data as CaseTally;
      if (checkedRating) issues.push(...tallyIssues(checkedRating, checkedTally, at));
    }
  }
  const good = {
    ...(isIsoDate(date) && { date }),
    ...(checkedRating && { rating: checkedRating }),
  };
  if (issues.length > 0 || !checkedRating) return { ...good, issues };
  return {
    ...good,
    audit: {
      date: date as string,
      ...(typeof label === 'string' && { label }),
      rating: checkedRating,
      ...(checkedTally && { tally: checkedTally }),
      given: index,
    },
    issues,
  };
}

/** A tally given with a rating must be the one the rating was made from. */
function tallyIssues(
  rating: InspectionRating,
  tally: CaseTally,
  at: readonly (string | number)[],
): RatingIssue[] {
  const counts = new Map(Object.entries(tally.keyQuestions));
  const found: RatingIssue[] = [];
  for (const s of rating.standards)
    for (const f of s.keyQuestions) {
      const t = counts.get(f.keyQuestion);
      if (!t || f.yes === undefined || f.of === undefined) continue;
      if (t.yes !== f.yes || t.of !== f.of)
        found.push(
          issue(
            'invalid-input',
            [...at, 'tally', 'keyQuestions', f.keyQuestion],
            `the tally gives ${t.yes} of ${t.of} for ${f.keyQuestion} but the rating ${f.yes} of ${f.of}: give the tally the rating was made from`,
          ),
        );
    }
  return found;
}

/** Two audits on one date cannot be put in order: each is named. */
function sharedDateIssues(dated: readonly { date: string; given: number }[]): RatingIssue[] {
  const found: RatingIssue[] = [];
  const firstOn = new Map<string, number>();
  for (const a of dated) {
    const earlier = firstOn.get(a.date);
    if (earlier === undefined) firstOn.set(a.date, a.given);
    else
      found.push(
        issue(
          'invalid-date',
          ['audits', a.given, 'date'],
          `audits ${earlier + 1} and ${a.given + 1} share the date ${a.date}: give each audit its own date (two audits of one day are one audit: put their cases in one sheet)`,
        ),
      );
  }
  return found;
}

/** Every audit must be rated under the first audit's banding policy. */
function bandingIssues(
  rated: readonly { rating: InspectionRating; given: number }[],
): RatingIssue[] {
  const [first] = rated;
  if (!first) return [];
  return rated
    .filter((a) => a.rating.policy.banding !== first.rating.policy.banding)
    .map((a) =>
      issue(
        'invalid-input',
        ['audits', a.given, 'rating', 'policy', 'banding'],
        `audit ${a.given + 1} was rated with banding '${a.rating.policy.banding}' and audit ${first.given + 1} with '${first.rating.policy.banding}': rate every audit the same way`,
      ),
    );
}

/** Each audit of a list of the right length checked, then the checks between them. */
function checkAudits(
  list: readonly unknown[],
  framework: Framework | undefined,
): { readonly audits: CheckedAudit[]; readonly issues: RatingIssue[] } {
  const issues: RatingIssue[] = [];
  const audits: CheckedAudit[] = [];
  const dated: { date: string; given: number }[] = [];
  const rated: { rating: InspectionRating; given: number }[] = [];
  for (let i = 0; i < list.length; i++) {
    const one = checkAudit(list[i], i, framework);
    issues.push(...one.issues);
    if (one.audit) audits.push(one.audit);
    if (one.date !== undefined) dated.push({ date: one.date, given: i });
    if (one.rating) rated.push({ rating: one.rating, given: i });
  }
  return { audits, issues: [...issues, ...sharedDateIssues(dated), ...bandingIssues(rated)] };
}

/** The problem with the list of audits as a whole: not a list, too short or too long. */
function listIssue(list: readonly unknown[] | undefined, audits: unknown): RatingIssue | undefined {
  if (!list)
    return argumentIssue('audits', 'a list of audits: { date, label?, rating, tally? }', audits);
  if (list.length < 2)
    return argumentIssue('audits', 'a list of at least two audits to compare', audits);
  if (list.length > MAX_AUDITS)
    return issue(
      'limit-exceeded',
      ['audits'],
      `a trend compares at most ${MAX_AUDITS} audits (got ${list.length})`,
    );
  return undefined;
}

/**
 * The arguments of `auditTrend` checked and opened: the framework, each audit's checked copy (in
 * the order given) and the level.
 *
 * @throws {RatingRuleError} every problem found, as `auditTrend` documents
 */
export function trendArguments(
  framework: unknown,
  audits: unknown,
  options: unknown,
): { readonly framework: Framework; readonly audits: CheckedAudit[]; readonly level: number } {
  const checked = frameworkArgument(framework);
  const given = isRecord(options) ? ownSnapshot(options) : options;
  const found: RatingIssue[] = [...checked.issues, ...optionIssues(given, TREND_OPTIONS)];
  const list = plainList(audits);
  const problem = listIssue(list, audits);
  if (problem) found.push(problem);
  const read = list && !problem ? checkAudits(list, checked.framework) : undefined;
  if (read) found.push(...read.issues);
  if (found.length > 0 || !checked.framework || !read) throw new RatingRuleError(found);
  return {
    framework: checked.framework,
    audits: read.audits,
    level: (given as TrendOptions).level ?? DEFAULT_LEVEL,
  };
}
