/**
 * hmip-ratings/grades: per-case grades (the auditor's overall judgement of each case on the
 * four-point scale), their distribution with exact intervals, by group, and against the key
 * questions. Grades never change HMIP's rating.
 *
 * @module hmip-ratings/grades
 */
export {
  GRADES,
  gradeDistribution,
  type CaseGrade,
  type GradeDistribution,
  type GradeOptions,
  type GradeShare,
} from './grade-distribution.js';
export {
  gradeCrossTab,
  type GradeColumnCount,
  type GradeCrossTab,
  type GradeCrossTabRow,
} from './grade-cross-tab.js';
export {
  gradesByGroup,
  type GradeGroup,
  type GradesByGroup,
  type GradesByGroupOptions,
} from './grades-by-group.js';
export {
  GRADES_NOTE,
  gradeSummaryRows,
  summariseGrades,
  type GradeSummary,
  type GradeSummaryOptions,
} from './grade-summary.js';
