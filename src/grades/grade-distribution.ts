// Per-case grades: the auditor's overall judgement of each audited case on the four-point scale,
// as a service's own quality assurance records it ("16 cases audited ... Outstanding 1, Good 13,
// Inadequate 2", Westmorland and Furness Youth Justice Service Plan 2024-25). The distribution of
// the grades, each share with its exact (Clopper-Pearson) interval. Grades never change HMIP's
// rating: they are reported beside it.
import { RatingRuleError, issue, type RatingIssue } from '../model/errors.js';
import {
  isRecord,
  numberIn,
  optionIssues,
  optionsSnapshot,
  plainList,
} from '../model/arguments.js';
import { preview } from '../model/preview.js';
import { isRating, type Rating } from '../model/rating.js';
import { percentYes } from '../rules/percent-yes.js';
import { clopperPearson } from '../confidence/beta-quantile.js';
import { DEFAULT_LEVEL, MAX_INTERVAL_SAMPLE } from '../confidence/key-question-interval.js';

/** The grades, best first, as a distribution lists them. @category Grades */
export const GRADES: readonly Rating[] = Object.freeze([
  'Outstanding',
  'Good',
  'Requires improvement',
  'Inadequate',
]);

/** A case's grade, or null when the case was not graded. @category Grades */
export type CaseGrade = Rating | null;

/** One grade's count and share of the graded cases, with its exact interval. @category Grades */
export interface GradeShare {
  readonly grade: Rating;
  readonly count: number;
  /** The share as a whole-number percentage, rounded half up (as HMIP prints %); null with no graded cases. */
  readonly percent: number | null;
  /** The exact (Clopper-Pearson) interval of the share at `level`, as shares from 0 to 1; null with no graded cases. */
  readonly lower: number | null;
  readonly upper: number | null;
}

/** How the audited cases were graded. @category Grades */
export interface GradeDistribution {
  /** Cases with a grade. */
  readonly graded: number;
  /** Cases with no grade (a blank cell). */
  readonly notGraded: number;
  /** The two-sided level of the intervals. */
  readonly level: number;
  /** Each grade, best first, with its count and share of the graded cases. */
  readonly shares: readonly GradeShare[];
}

/** Options of the grade summaries. @category Grades */
export interface GradeOptions {
  /** The level of the intervals, above 0 and below 1; 0.8 (HMIP's design level) by default. */
  readonly level?: number;
}

export const GRADE_OPTIONS = { level: numberIn(0, 1, { min: true, max: true }) };

/** The problems of a list of grades: a list, each a rating or null. */
export function gradeListIssues(grades: unknown, name = 'grades'): RatingIssue[] {
  if (!Array.isArray(grades))
    return [
      issue(
        'invalid-argument',
        [name],
        `${name} must be a list of grades, each a rating or null (got ${preview(grades)})`,
      ),
    ];
  if (grades.length > MAX_INTERVAL_SAMPLE)
    return [issue('limit-exceeded', [name], `${name} has more than ${MAX_INTERVAL_SAMPLE} cases`)];
  const found: RatingIssue[] = [];
  for (let i = 0; i < grades.length && found.length < 20; i++) {
    const grade: unknown = grades[i];
    if (grade !== null && !isRating(grade))
      found.push(
        issue(
          'invalid-argument',
          [name, i],
          `a grade must be Outstanding, Good, Requires improvement, Inadequate or null (got ${preview(grade)})`,
        ),
      );
  }
  return found;
}

/** The grade counts of a list, by grade (no checks). */
export function countGrades(grades: readonly CaseGrade[]): Map<Rating, number> {
  const counts = new Map<Rating, number>(GRADES.map((g) => [g, 0]));
  for (const grade of grades)
    if (grade !== null) counts.set(grade, (counts.get(grade) as number) + 1);
  return counts;
}

/** A distribution from counts (no checks). */
export function distributionOf(
  counts: ReadonlyMap<Rating, number>,
  notGraded: number,
  level: number,
): GradeDistribution {
  const graded = GRADES.reduce((sum, g) => sum + (counts.get(g) as number), 0);
  return {
    graded,
    notGraded,
    level,
    shares: GRADES.map((grade): GradeShare => {
      const count = counts.get(grade) as number;
      if (graded === 0) return { grade, count, percent: null, lower: null, upper: null };
      const [lower, upper] = clopperPearson(count, graded, level);
      return { grade, count, percent: percentYes(count, graded), lower, upper };
    }),
  };
}

/** The level option, read once and checked, with the caller's other problems; or a throw. */
export function gradeLevel(options: unknown, more: readonly RatingIssue[]): number {
  const given = optionsSnapshot(options ?? {});
  const found = [
    ...(isRecord(given)
      ? optionIssues(given, GRADE_OPTIONS)
      : [
          issue(
            'invalid-argument',
            ['options'],
            `options must be an object (got ${preview(given)})`,
          ),
        ]),
    ...more,
  ];
  if (found.length > 0) throw new RatingRuleError(found);
  return ((given as GradeOptions).level ?? DEFAULT_LEVEL) as number;
}

/**
 * The distribution of the audited cases' grades: each grade's count and share of the graded cases,
 * best first, with the share's exact (Clopper-Pearson) interval. Cases with no grade are counted
 * apart and leave the shares. Grades never change HMIP's rating.
 *
 * @param grades - each case's grade, or null when it was not graded
 * @param options - the level of the intervals (0.8 by default)
 * @throws {RatingRuleError} a list that is not one of grades and nulls, or a bad level
 * @example
 * // "16 cases audited ... Outstanding 1, Good 13, Inadequate 2" (Westmorland and Furness plan)
 * const grades = [...Array(1).fill('Outstanding'), ...Array(13).fill('Good'), ...Array(2).fill('Inadequate')];
 * const distribution = gradeDistribution(grades);
 * distribution.shares.map((s) => `${s.grade} ${s.count}`) // => ['Outstanding 1', 'Good 13', 'Requires improvement 0', 'Inadequate 2']
 * distribution.shares[1]?.percent // => 81
 * @category Grades
 */
export function gradeDistribution(
  grades: readonly CaseGrade[],
  options: GradeOptions = {},
): GradeDistribution {
  const list = plainList(grades) ?? grades;
  const level = gradeLevel(options, gradeListIssues(list));
  const checked = list as readonly CaseGrade[];
  const notGraded = checked.filter((g) => g === null).length;
  return distributionOf(countGrades(checked), notGraded, level);
}
