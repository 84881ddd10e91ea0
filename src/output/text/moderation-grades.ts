// The grades of a moderation in every format: agreement, Cohen's kappa and weighted kappa (linear
// and quadratic) over the four-point scale, and the cases graded differently, those more than one
// grade apart first; in the disagreements sheet as rows whose question is "grade".
import { plainText } from 'hmip-ratings';
import { roundKappa, type GradeAgreement, type GradeDisagreement } from 'hmip-ratings/moderation';
import { isRecord } from 'hmip-ratings/toolkit';
import type { ModeratedAudit } from '../../pipelines/moderate.js';
import { markdownTable, markdownText, plainTable } from '../escape.js';

/** The grade agreement of a moderation, when it has one and it is well formed. */
function agreementOf(audit: ModeratedAudit): GradeAgreement | undefined {
  const grades: unknown = isRecord(audit) ? audit.grades : undefined;
  const agreement = isRecord(grades) ? grades['agreement'] : undefined;
  return isRecord(agreement) &&
    Array.isArray(agreement['disagreements']) &&
    typeof agreement['compared'] === 'number'
    ? (agreement as unknown as GradeAgreement)
    : undefined;
}

const kappaText = (k: { kappa: number | null; fraction: unknown }) =>
  k.kappa === null ? 'undefined' : String(roundKappa(k as never, 2)?.toFixed(2));

/** The grade agreement as sentences. */
function summary(a: GradeAgreement): string[] {
  const percent =
    a.percent === null ? 'none compared' : `${a.percent}% (${a.agreed} of ${a.compared} alike)`;
  return [
    `Agreement on grades: ${percent}, kappa ${kappaText(a.kappa)}, weighted kappa ${kappaText(a.linear)} (linear) and ${kappaText(a.quadratic)} (quadratic)${a.notCompared > 0 ? `; ${a.notCompared} not compared (a grade left blank)` : ''}`,
  ];
}

/** The cases graded differently as rows: case, first, second, steps apart. */
function rows(a: GradeAgreement): string[][] {
  return [
    ['case', 'first', 'second', 'grades apart'],
    ...a.disagreements.map((d: GradeDisagreement) => [d.case, d.first, d.second, String(d.apart)]),
  ];
}

/** The grades section for a terminal, or nothing. */
export function gradeModerationLines(audit: ModeratedAudit): string[] {
  const a = agreementOf(audit);
  if (!a) return [];
  const n = a.disagreements.length;
  return [
    '',
    ...summary(a).map(plainText),
    `${n} case${n === 1 ? '' : 's'} graded differently${n > 0 ? ' (more than one grade apart first)' : ''}`,
    ...(n > 0 ? plainTable(rows(a)) : []),
  ];
}

/** The grades section in markdown, or nothing. */
export function gradeModerationMarkdown(audit: ModeratedAudit): string[] {
  const a = agreementOf(audit);
  if (!a) return [];
  return [
    '',
    '## Grades',
    '',
    ...summary(a).map(markdownText),
    '',
    ...(a.disagreements.length > 0 ? markdownTable(rows(a)) : ['No case graded differently.']),
  ];
}

/** The grade disagreements as rows of the disagreements sheet (question "grade"), decision blank. */
export function gradeDisagreementRows(audit: ModeratedAudit): string[][] {
  const a = agreementOf(audit);
  return (a?.disagreements ?? []).map((d) => [d.case, 'grade', d.first, d.second, '']);
}

/** The grade agreement for the JSON form, or nothing. */
export function gradeModerationJson(audit: ModeratedAudit): { grades?: GradeAgreement } {
  const a = agreementOf(audit);
  return a ? { grades: a } : {};
}
