// The grades by group of cases (a column of the audit sheet such as team), with the small-number
// suppression of `breakdownByGroup`: a group with fewer than k graded cases is shown as "fewer
// than k", and other groups are withheld where a suppressed count could be worked out from the
// whole distribution and the groups shown (each grade checked as a table of its own).
import { RatingRuleError, issue } from '../model/errors.js';
import { optionsSnapshot, plainList, plainRecords, text, wholeNumber } from '../model/arguments.js';
import { quoteText } from '../model/preview.js';
import type { Rating } from '../model/rating.js';
import type { CaseRecord } from '../cases/case-record.js';
import {
  BLANK_GROUP,
  DEFAULT_SUPPRESS_BELOW,
  groupValues,
  type SuppressedCell,
} from '../breakdown/breakdown-by-group.js';
import { suppressTable, type CellStatus } from '../breakdown/suppression.js';
import {
  GRADES,
  countGrades,
  distributionOf,
  gradeLevel,
  gradeListIssues,
  type CaseGrade,
  type GradeDistribution,
  type GradeOptions,
} from './grade-distribution.js';

/** One group's grades: shown in full, or suppressed as a whole. @category Grades */
export interface GradeGroup {
  /** The value as typed, trimmed; '' for the blank group. */
  readonly value: string;
  /** The value, or "(blank)". */
  readonly label: string;
  readonly grades:
    | { readonly status: 'shown'; readonly distribution: GradeDistribution }
    | SuppressedCell;
}

/** The grades by group. @category Grades */
export interface GradesByGroup {
  readonly attribute: string;
  readonly suppressBelow: number;
  readonly whole: GradeDistribution;
  readonly groups: readonly GradeGroup[];
  readonly note: string;
}

/** Options of `gradesByGroup`. @category Grades */
export interface GradesByGroupOptions extends GradeOptions {
  /** Suppress a group with fewer graded cases than this: 1 to 100; 5 by default, as `breakdownByGroup`. */
  readonly suppressBelow?: number;
}

const RANK: Readonly<Record<CellStatus, number>> = { shown: 0, 'fewer-than': 1, withheld: 2 };

/**
 * The grade distribution of each group of cases (the values of one attribute, trimmed, in
 * code-unit order, "(blank)" last) beside the whole, with `breakdownByGroup`'s suppression.
 *
 * @param cases - the audited cases, carrying the attribute
 * @param grades - each case's grade, by position in `cases`, or null
 * @param attribute - the attribute to group by, such as "team"
 * @throws {RatingRuleError} an attribute no case has, a grade list of another length, bad options
 * @example
 * const cases = ['A', 'A', 'B'].map((team, i) => ({ id: `c${i}`, kind: 'court', disposal: 'community-sentence', answers: {}, attributes: { team } }));
 * const byTeam = gradesByGroup(cases, ['Good', 'Good', 'Inadequate'], 'team', { suppressBelow: 1 });
 * byTeam.groups.map((g) => g.label) // => ['A', 'B']
 * @category Grades
 */
export function gradesByGroup(
  cases: readonly CaseRecord[],
  grades: readonly CaseGrade[],
  attribute: string,
  options: GradesByGroupOptions = {},
): GradesByGroup {
  const list = plainList(grades) ?? grades;
  cases = (plainRecords(cases) ?? cases) as readonly CaseRecord[];
  options = optionsSnapshot(options);
  const found = gradeListIssues(list);
  const badName = text(200)(attribute);
  if (badName) found.push(issue('invalid-argument', ['attribute'], `attribute ${badName}`));
  if (!Array.isArray(cases) || (Array.isArray(list) && cases.length !== list.length))
    found.push(issue('invalid-argument', ['grades'], 'grades must have one entry per case'));
  const { suppressBelow, ...rest } = (options ?? {}) as GradesByGroupOptions;
  const badThreshold = suppressBelow === undefined ? undefined : wholeNumber(1, 100)(suppressBelow);
  if (badThreshold)
    found.push(
      issue('invalid-argument', ['options', 'suppressBelow'], `suppressBelow ${badThreshold}`),
    );
  const level = gradeLevel(rest, found);
  const checked = list as readonly CaseGrade[];
  if (!cases.some((c) => c?.attributes !== undefined && Object.hasOwn(c.attributes, attribute)))
    throw new RatingRuleError([
      issue('invalid-argument', ['attribute'], `no case has the attribute ${quoteText(attribute)}`),
    ]);
  const threshold = suppressBelow ?? DEFAULT_SUPPRESS_BELOW;
  const { values, distinct } = groupValues(cases, attribute);
  const members = distinct.map((v) => checked.filter((_, i) => values[i] === v));
  const counts = members.map((m) => countGrades(m));
  const graded = counts.map((c) => GRADES.reduce((s, g) => s + (c.get(g) as number), 0));
  // Each grade as a table of its own (its count beside the group's other graded cases); a group
  // takes the most suppressed status any grade gives it.
  const status: CellStatus[] = distinct.map(() => 'shown');
  for (const grade of GRADES) {
    const cells = counts.map((c, g) => {
      const yes = c.get(grade as Rating) as number;
      return { yes, no: (graded[g] as number) - yes, cap: Infinity };
    });
    suppressTable(cells, threshold).forEach((s, g) => {
      if (RANK[s] > RANK[status[g] as CellStatus]) status[g] = s;
    });
  }
  return {
    attribute,
    suppressBelow: threshold,
    whole: distributionOf(countGrades(checked), checked.filter((g) => g === null).length, level),
    groups: distinct.map((value, g): GradeGroup => {
      const s = status[g] as CellStatus;
      const notGraded = (members[g] as CaseGrade[]).filter((x) => x === null).length;
      return {
        value,
        label: value === '' ? BLANK_GROUP : value,
        grades:
          s === 'shown'
            ? {
                status: 'shown',
                distribution: distributionOf(counts[g] as Map<Rating, number>, notGraded, level),
              }
            : s === 'fewer-than'
              ? { status: 'fewer-than', threshold }
              : { status: 'withheld' },
      };
    }),
    note: `Grades by group are indicative. A group with fewer than ${threshold} graded cases is shown as "fewer than ${threshold}"; other groups are withheld where needed so that no suppressed count can be worked out from the whole and the other groups.`,
  };
}
