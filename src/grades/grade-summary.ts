// An audit's grades in one result, as a report prints them: the distribution, the grades by group
// when asked, and the cross-tab against the key questions, with the notes that go with them; and
// the same as rows of text for every format (table, markdown, CSV, HTML, the page).
import { RatingRuleError, issue } from '../model/errors.js';
import { isRecord, optionsSnapshot, plainList, plainRecords } from '../model/arguments.js';
import { argumentIssue } from '../model/arguments.js';
import { gradeSummarySchema } from './grade-schema.js';
import type { Framework } from '../model/types.js';
import type { CaseRecord } from '../cases/case-record.js';
import { percentText } from '../confidence/key-question-interval.js';
import { gradeDistribution, type CaseGrade, type GradeDistribution } from './grade-distribution.js';
import { gradeCrossTab, type GradeColumnCount, type GradeCrossTab } from './grade-cross-tab.js';
import { gradesByGroup, type GradesByGroup } from './grades-by-group.js';

/** An audit's grades, summarised. @category Grades */
export interface GradeSummary {
  readonly distribution: GradeDistribution;
  readonly crossTab: GradeCrossTab;
  readonly byGroup?: GradesByGroup;
  /** What to print with the figures: that grades never change the rating, and what the cross-tab is. */
  readonly notes: readonly string[];
}

/** Options of `summariseGrades`. @category Grades */
export interface GradeSummaryOptions {
  readonly level?: number;
  /** Group the grades by this attribute of the cases, with `breakdownByGroup`'s suppression. */
  readonly by?: string;
  readonly suppressBelow?: number;
  readonly unanswered?: 'error' | 'leave-out';
}

/** The note every grade section carries. */
export const GRADES_NOTE =
  "Grades are the auditors' judgements of whole cases. They never change HMIP's rating, which comes from the key questions and the panel's judgements.";
const CROSS_TAB_NOTE =
  "Each key question's % yes among the cases graded Good or better and among those graded lower shows which questions go with a poor grade; it says nothing of cause.";

/**
 * The distribution of an audit's grades, the cross-tab against its key questions and, when `by`
 * is given, the grades by group.
 *
 * @throws {RatingRuleError} what `gradeDistribution`, `gradeCrossTab` and `gradesByGroup` find
 * @example
 * const cases = cumberlandCases.slice(0, 2);
 * summariseGrades(youth2021, cases, ['Good', 'Inadequate'], { unanswered: 'leave-out' }).distribution.graded // => 2
 * @category Grades
 */
export function summariseGrades(
  framework: Framework,
  cases: readonly CaseRecord[],
  grades: readonly CaseGrade[],
  options: GradeSummaryOptions = {},
): GradeSummary {
  options = optionsSnapshot(options); // read once: what is checked is what is used
  if (!isRecord(options))
    throw new RatingRuleError([
      issue('invalid-argument', ['options'], 'options must be an object'),
    ]);
  const { level, by, suppressBelow, unanswered } = options as GradeSummaryOptions;
  cases = (plainRecords(cases) ?? cases) as readonly CaseRecord[];
  grades = (plainList(grades) ?? grades) as readonly CaseGrade[];
  const distribution = gradeDistribution(grades, level === undefined ? {} : { level });
  const crossTab = gradeCrossTab(framework, cases, grades, unanswered ? { unanswered } : {});
  const byGroup =
    by === undefined
      ? undefined
      : gradesByGroup(cases, grades, by, {
          ...(level !== undefined && { level }),
          ...(suppressBelow !== undefined && { suppressBelow }),
        });
  return {
    distribution,
    crossTab,
    ...(byGroup && { byGroup }),
    notes: [GRADES_NOTE, CROSS_TAB_NOTE, ...(byGroup ? [byGroup.note] : [])],
  };
}

const levelText = (level: number) => `${Math.round(level * 1000) / 10}%`;

/** The distribution as rows: grade, cases, %, interval. */
function distributionRows(d: GradeDistribution): string[][] {
  return [
    ['grade', 'cases', '%', `${levelText(d.level)} interval`],
    ...d.shares.map((s) => [
      s.grade,
      String(s.count),
      s.percent === null ? '' : `${s.percent}%`,
      s.lower === null || s.upper === null
        ? ''
        : `${percentText(s.lower)} to ${percentText(s.upper)}`,
    ]),
    ['graded', String(d.graded), '', ''],
    ...(d.notGraded > 0 ? [['not graded', String(d.notGraded), '', '']] : []),
  ];
}

/** The grades by group as rows: group, graded, one count per grade (or why not shown). */
function byGroupRows(b: GradesByGroup): string[][] {
  const counts = (d: GradeDistribution) => [
    String(d.graded),
    ...d.shares.map((s) => String(s.count)),
  ];
  return [
    ['group', 'graded', ...b.whole.shares.map((s) => s.grade)],
    ['all cases', ...counts(b.whole)],
    ...b.groups.map((g) =>
      g.grades.status === 'shown'
        ? [g.label, ...counts(g.grades.distribution)]
        : [
            g.label,
            g.grades.status === 'fewer-than' ? `fewer than ${g.grades.threshold}` : 'withheld',
            ...b.whole.shares.map(() => ''),
          ],
    ),
  ];
}

const cell = (c: GradeColumnCount) => (c.of === 0 ? '' : `${c.percent}% (${c.yes} of ${c.of})`);

/** The cross-tab as rows: each key question answered by a graded case. */
function crossTabRows(t: GradeCrossTab): string[][] {
  return [
    [
      'key question',
      `graded Good or better (${t.goodOrBetter} cases): % yes`,
      `graded lower (${t.belowGood} cases): % yes`,
    ],
    ...t.rows
      .filter((r) => r.goodOrBetter.of + r.belowGood.of > 0)
      .map((r) => [r.keyQuestion, cell(r.goodOrBetter), cell(r.belowGood)]),
  ];
}

/**
 * A grade summary as rows of text, header first in each table, for every format to print.
 * @example
 * const summary = summariseGrades(youth2021, cumberlandCases.slice(0, 2), ['Good', null], { unanswered: 'leave-out' });
 * gradeSummaryRows(summary).distribution[2] // => ['Good', '1', '100%', '10.0% to 100.0%']
 * @category Grades
 */
export function gradeSummaryRows(summary: GradeSummary): {
  distribution: string[][];
  byGroup?: string[][];
  crossTab: string[][];
} {
  const parsed = gradeSummarySchema.safeParse(summary);
  if (!parsed.success)
    throw new RatingRuleError([argumentIssue('summary', 'the result of summariseGrades', summary)]);
  summary = parsed.data as GradeSummary; // the checked copy is what is printed
  return {
    distribution: distributionRows(summary.distribution),
    ...(summary.byGroup && { byGroup: byGroupRows(summary.byGroup) }),
    crossTab: crossTabRows(summary.crossTab),
  };
}
