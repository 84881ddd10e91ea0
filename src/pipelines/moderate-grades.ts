// The grades of a moderation: the two auditors' agreement on them (agreement, kappa, weighted
// kappa), and each case's decided grade written into the moderated cases' grade column: the grade
// both gave; with a decisions sheet, its "grade" row's decision where they differ (an undecided
// difference is a problem); with a moderator, the moderator's grade where given, else the first's.
import { type Rating, type RatingIssue } from 'hmip-ratings';
import { compareGrades, type GradeAgreement, type ModeratedCases } from 'hmip-ratings/moderation';
import { quoteText } from 'hmip-ratings/toolkit';
import type { CaseSheet } from '../read/case-sheet.js';
import type { SheetGrades } from '../read/grade-column.js';
import { located } from '../read/located.js';

interface GradedSheet {
  readonly sheet: CaseSheet;
  readonly grades: SheetGrades;
}

const byCase = (g: GradedSheet) =>
  g.sheet.cases.map((c, i) => ({ case: c.id, grade: g.grades.grades[i] ?? null }));

/** The grade agreement, and the moderated cases with their decided grades. */
export function moderatedGrades(
  first: GradedSheet,
  second: GradedSheet | undefined,
  moderated: ModeratedCases,
  decisions: { readonly grades: ReadonlyMap<string, Rating>; readonly file: string } | undefined,
): { moderated: ModeratedCases; agreement?: GradeAgreement; issues: RatingIssue[] } {
  const firstOf = new Map(byCase(first).map((g) => [g.case, g.grade]));
  const secondOf = new Map(second ? byCase(second).map((g) => [g.case, g.grade]) : []);
  const agreement = second ? compareGrades(byCase(first), byCase(second)) : undefined;
  const issues: RatingIssue[] = [];
  const decide = (id: string): Rating | null => {
    const a = firstOf.get(id) ?? null;
    const b = secondOf.get(id) ?? null;
    if (!decisions) return b ?? a; // the moderator's grade stands where given
    if (a === b || b === null) return decisions.grades.get(id) ?? a;
    if (a === null) return decisions.grades.get(id) ?? b;
    const decided = decisions.grades.get(id);
    if (decided === undefined)
      issues.push(
        located(
          'invalid-input',
          `case ${quoteText(id)} is graded ${a} by the first auditor and ${b} by the second: decide it in a row with question "grade"`,
          decisions.file,
        ),
      );
    return decided ?? null;
  };
  const column = first.grades.column;
  const cases = moderated.cases.map((c) => {
    const grade = decide(c.id);
    return { ...c, attributes: { ...c.attributes, [column]: grade ?? '' } };
  });
  return { moderated: { ...moderated, cases }, ...(agreement && { agreement }), issues };
}
