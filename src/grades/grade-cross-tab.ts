// Grades against the key questions: for each key question, the share of yes among the cases
// graded Good or better and among the cases graded lower, so a team sees which questions go with
// a poor grade. Cases with no grade leave both columns; "not applicable" and unanswered leave a
// key question's sample as they do in HMIP's figures.
import { issue } from '../model/errors.js';
import type { Framework } from '../model/types.js';
import type { CaseRecord } from '../cases/case-record.js';
import { tallyCases } from '../cases/tally-cases.js';
import { standardsOf } from '../framework/standards-of.js';
import { acceptArguments, callArguments } from '../framework/call-arguments.js';
import { oneOf, plainList, plainRecords } from '../model/arguments.js';
import { gradeListIssues, type CaseGrade } from './grade-distribution.js';

/** A key question's yes count among some cases. @category Grades */
export interface GradeColumnCount {
  readonly yes: number;
  /** Cases answering yes or no. */
  readonly of: number;
  /** % yes, a whole number rounded half up; null when `of` is 0. */
  readonly percent: number | null;
}

/** One key question's row of the cross-tab. @category Grades */
export interface GradeCrossTabRow {
  readonly keyQuestion: string;
  readonly standard: string;
  /** Among the cases graded Outstanding or Good. */
  readonly goodOrBetter: GradeColumnCount;
  /** Among the cases graded Requires improvement or Inadequate. */
  readonly belowGood: GradeColumnCount;
}

/** The cross-tab of grade against key questions. @category Grades */
export interface GradeCrossTab {
  readonly framework: string;
  /** Cases graded Outstanding or Good. */
  readonly goodOrBetter: number;
  /** Cases graded Requires improvement or Inadequate. */
  readonly belowGood: number;
  readonly rows: readonly GradeCrossTabRow[];
}

const CROSS_TAB_OPTIONS = { unanswered: oneOf('error', 'leave-out') };

const column = (
  count: { yes: number; of: number; percent?: number } | undefined,
): GradeColumnCount =>
  count && count.of > 0
    ? { yes: count.yes, of: count.of, percent: count.percent ?? null }
    : { yes: 0, of: 0, percent: null };

/**
 * Each key question's % yes among the cases graded Good or better and among those graded lower
 * (cases with no grade leave both). It shows which questions go with a poor grade; it says nothing
 * of cause, and it never changes a rating.
 *
 * @param framework - the framework the audit follows
 * @param cases - the audited cases
 * @param grades - each case's grade, by position in `cases`, or null when it was not graded
 * @throws {RatingRuleError} a grade list of another length, a grade that is not a rating, or what
 * `tallyCases` finds in the cases
 * @example
 * const cases = cumberlandCases.slice(0, 2);
 * const tab = gradeCrossTab(youth2021, cases, ['Good', 'Inadequate'], { unanswered: 'leave-out' });
 * tab.goodOrBetter // => 1
 * @category Grades
 */
export function gradeCrossTab(
  framework: Framework,
  cases: readonly CaseRecord[],
  grades: readonly CaseGrade[],
  options: { readonly unanswered?: 'error' | 'leave-out' } = {},
): GradeCrossTab {
  const list = plainList(grades) ?? grades;
  cases = (plainRecords(cases) ?? cases) as readonly CaseRecord[];
  const found = gradeListIssues(list);
  if (found.length === 0 && (!Array.isArray(cases) || cases.length !== (list as unknown[]).length))
    found.push(
      issue(
        'invalid-argument',
        ['grades'],
        `grades must have one entry per case (${Array.isArray(cases) ? cases.length : 'no list of'} cases, ${(list as unknown[]).length} grades)`,
      ),
    );
  const { framework: fw, options: given } = acceptArguments(
    callArguments(framework, options, CROSS_TAB_OPTIONS),
    found,
  );
  const checked = list as readonly CaseGrade[];
  const good = cases.filter((_, i) => checked[i] === 'Outstanding' || checked[i] === 'Good');
  const below = cases.filter(
    (_, i) => checked[i] === 'Requires improvement' || checked[i] === 'Inadequate',
  );
  const tally = (some: readonly CaseRecord[]) =>
    some.length === 0
      ? undefined
      : tallyCases(fw, some, given.unanswered ? { unanswered: given.unanswered } : {});
  const goodTally = tally(good);
  const belowTally = tally(below);
  return {
    framework: fw.id,
    goodOrBetter: good.length,
    belowGood: below.length,
    rows: standardsOf(fw).flatMap((standard) =>
      standard.keyQuestions.map(
        (kq): GradeCrossTabRow => ({
          keyQuestion: kq.id,
          standard: standard.id,
          goodOrBetter: column(goodTally?.keyQuestions[kq.id]),
          belowGood: column(belowTally?.keyQuestions[kq.id]),
        }),
      ),
    ),
  };
}
