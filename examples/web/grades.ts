// The rate step's grades: when the audit sheet has a grade column (the auditor's overall judgement
// of each case), its distribution with each share's interval, the grades by group when a breakdown
// is chosen, and the cross-tab against the key questions. Grades never change HMIP's rating.
import { gradeSummaryRows, summariseGrades } from 'hmip-ratings/grades';
import type { AuditRating, ModeratedAudit, ReportInput } from 'hmip-ratings-sheets';
import { el, textTable } from './dom.js';

/** The grades to add to the report input, when the audit has them. */
export function pageGrades(
  audit: AuditRating,
  by: string,
  leaveOut: boolean,
): Pick<ReportInput, 'grades'> {
  if (!audit.grades) return {};
  return {
    grades: summariseGrades(audit.framework, audit.cases.cases, audit.grades.grades, {
      ...(by && { by }),
      ...(leaveOut && { unanswered: 'leave-out' as const }),
    }),
  };
}

/** The grades section of the page, or nothing when the audit has no grades. */
export function gradesBlock(input: ReportInput): HTMLElement[] {
  const g = input.grades;
  if (!g) return [];
  const rows = gradeSummaryRows(g);
  const d = g.distribution;
  const counts = d.shares.filter((s) => s.count > 0).map((s) => `${s.grade} ${s.count}`);
  return [
    el(
      'section',
      { id: 'grades', 'aria-labelledby': 'grades-heading' },
      el('h3', { id: 'grades-heading' }, 'Grades'),
      el(
        'p',
        {},
        `${d.graded} case${d.graded === 1 ? '' : 's'} graded${counts.length > 0 ? `: ${counts.join(', ')}` : ''}${d.notGraded > 0 ? ` (${d.notGraded} not graded)` : ''}.`,
      ),
      textTable(rows.distribution, 'Grades of the audited cases'),
      ...(rows.byGroup
        ? [el('h4', {}, 'Grades by group (indicative)'), textTable(rows.byGroup, 'Grades by group')]
        : []),
      el('h4', {}, 'Grades against the key questions'),
      textTable(rows.crossTab, 'Grades against the key questions'),
      el('ul', {}, ...g.notes.map((n) => el('li', {}, n))),
    ),
  ];
}

const kappa = (k: { kappa: number | null }) =>
  k.kappa === null ? 'undefined' : k.kappa.toFixed(2);

/** The moderate step's grades: agreement, kappa and weighted kappa, when both sheets have grades. */
export function moderationGradesBlock(audit: ModeratedAudit): HTMLElement[] {
  const a = audit.grades?.agreement;
  if (!a) return [];
  return [
    el(
      'p',
      { id: 'moderate-grades' },
      `Agreement on grades: ${a.percent ?? '-'}% (${a.agreed} of ${a.compared} alike), kappa ${kappa(a.kappa)}, weighted kappa ${kappa(a.linear)} (linear) and ${kappa(a.quadratic)} (quadratic). ${a.disagreements.length} case${a.disagreements.length === 1 ? '' : 's'} graded differently, listed in the disagreements with question "grade" (more than one grade apart first).`,
    ),
  ];
}
