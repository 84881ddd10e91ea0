import { RatingRuleError, type IssueLocation, type RatingIssue } from '../model/errors.js';
import { rateCases, type CaseRating } from '../cases/rate-cases.js';
import type { TallyOptions } from '../cases/tally-cases.js';
import type { RateOptions } from '../rules/rate-inspection.js';
import type { CaseSheet } from './case-sheet.js';
import type { JudgementSheet } from './judgement-sheet.js';

/** Where an issue from the rules points in the sheets the evidence came from. */
function locate(issue: RatingIssue, cases: CaseSheet, judgements?: JudgementSheet): IssueLocation {
  const [root, key, field, sub] = issue.path;
  if (root === 'cases' && typeof key === 'number') {
    const column =
      field === 'answers' && typeof sub === 'string'
        ? cases.columns[sub]
        : field === 'id'
          ? cases.columns['case']
          : typeof field === 'string'
            ? cases.columns[field]
            : undefined;
    const row = cases.rows[key];
    return {
      file: cases.file,
      ...(row !== undefined && { row }),
      ...(column !== undefined && { column }),
    };
  }
  if (
    root === 'standards' &&
    typeof key === 'string' &&
    judgements &&
    Object.hasOwn(judgements.judgements, key)
  ) {
    const row = judgements.rows[key];
    return { file: judgements.file, ...(row !== undefined && { row }) };
  }
  if (
    root === 'standards' &&
    typeof key === 'string' &&
    judgements &&
    !cases.framework.domains.some((d) =>
      d.standards.some((s) => s.id === key && s.ratedBy === 'key-questions'),
    )
  ) {
    return { file: judgements.file };
  }
  return { file: cases.file };
}

/**
 * Rates a mock inspection from sheets: the case audit and the panel's judgements. Every error
 * from the rules is located at the file, row and column it came from.
 *
 * @throws {RatingRuleError} with `location` on every issue
 * @example
 * const sheet = casesFromRows(casesToRows(youth2021, cumberlandCases), { framework: youth2021, file: 'audit.csv' });
 * rateSheets(sheet, { file: 'judgements.json', judgements: cumberlandJudgements, rows: {} }).rating.score // => 12
 * const twice = { ...sheet, cases: [...sheet.cases, sheet.cases[0]!], rows: [...sheet.rows, 22] };
 * const message = (() => { try { rateSheets(twice); return ''; } catch (e) { return (e as Error).message; } })();
 * message // => 'audit.csv, row 22, column A (case): case "court-1" appears more than once'
 * @category Sheets
 */
export function rateSheets(
  cases: CaseSheet,
  judgements?: JudgementSheet,
  options: RateOptions & TallyOptions = {},
): CaseRating {
  try {
    return rateCases(cases.framework, cases.cases, judgements?.judgements ?? {}, options);
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    throw new RatingRuleError(
      e.issues.map((i) => (i.location ? i : { ...i, location: locate(i, cases, judgements) })),
    );
  }
}
