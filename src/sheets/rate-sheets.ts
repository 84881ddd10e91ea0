import {
  RatingRuleError,
  rateCases,
  standardsOf,
  tallyCases,
  type CaseRating,
  type Framework,
  type IssueLocation,
  type RateOptions,
  type RatingIssue,
  type TallyOptions,
  toolkit,
} from 'hmip-ratings';
import type { CaseSheet } from './case-sheet.js';
import type { JudgementSheet } from './judgement-sheet.js';
import { located, onePerCell, sortIssues } from './located.js';

const { isRecord } = toolkit;

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
  const standard = typeof key === 'string' ? key : undefined;
  const caseSampled =
    standard !== undefined &&
    cases.framework.domains.some((d) =>
      d.standards.some((s) => s.id === standard && s.ratedBy === 'key-questions'),
    );
  const judged =
    standard !== undefined && judgements && Object.hasOwn(judgements.judgements, standard);
  if (judgements && (root === 'judgements' || (root === 'standards' && (judged || !caseSampled)))) {
    const row = standard !== undefined ? judgements.rows[standard] : undefined;
    const column =
      field === 'discretion' || field === 'rating' || field === 'notRated'
        ? judgements.columns?.['rating']
        : undefined;
    return {
      file: judgements.file,
      ...(row !== undefined && { row }),
      ...(row !== undefined && column !== undefined && { column }),
    };
  }
  return { file: cases.file };
}

/**
 * The sheets checked against each other and the framework, in the words of the sheet: there are
 * cases to rate; every judgement standard has a rating (or "not rated" where that is allowed);
 * and no judgements at all is one problem with a hint, not one per standard.
 */
export function crossIssues(
  framework: Framework,
  cases: CaseSheet,
  judgements: JudgementSheet | undefined,
  options: { readonly incomplete?: 'error' | 'allow' | undefined },
): RatingIssue[] {
  if (options.incomplete === 'allow') return [];
  const empty =
    cases.cases.length === 0
      ? [
          {
            ...located(
              'no-cases',
              'the sheet has no cases: add one row per case under the header row',
              cases.file,
              2,
            ),
            fix: { option: 'incomplete', value: 'allow' },
          },
        ]
      : [];
  const needed = standardsOf(framework).filter(
    (s) => s.ratedBy === 'judgement' && !(judgements && Object.hasOwn(judgements.judgements, s.id)),
  );
  if (needed.length === 0) return empty;
  if (!judgements)
    return [
      ...empty,
      {
        ...located(
          'missing-judgements',
          `no judgements were given: the ratings panel's ratings of ${needed.map((s) => s.id).join(', ')} come from a judgements file or the workbook's Judgements sheet`,
          cases.file,
        ),
        fix: { option: 'judgements' },
      },
    ];
  return [
    ...empty,
    ...needed.map((s) => {
      const row = judgements.rows[s.id];
      const what = s.mayBeNotRated ? 'its rating, or not rated with a reason' : 'its rating';
      return located(
        'missing-standard',
        row === undefined
          ? `there is no row for ${s.id} ${s.name}: give ${what}`
          : `${s.id} ${s.name} has no rating: give ${what}`,
        judgements.file,
        row,
        row === undefined ? undefined : judgements.columns?.['rating'],
      );
    }),
  ];
}

/** The problems tallying would find in the cases that were read, for a one-pass report. */
export function tallyIssues(
  cases: CaseSheet,
  options: TallyOptions,
  judgements?: JudgementSheet,
): RatingIssue[] {
  try {
    tallyCases(cases.framework, cases.cases, options);
    return [];
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    return e.issues.map((i) => (i.location ? i : { ...i, location: locate(i, cases, judgements) }));
  }
}

/**
 * Rates a mock inspection from sheets: the case audit and the panel's judgements. Every problem,
 * in the cases, the judgements and between them, is reported at once, located at the file, row
 * and column it came from, sorted by file, row and column.
 *
 * @throws {RatingRuleError} with `location` on every issue
 * @example
 * const sheet = casesFromRows(casesToRows(youth2021, cumberlandCases), { framework: youth2021, file: 'audit.csv' });
 * rateSheets(sheet, { file: 'judgements.json', judgements: cumberlandJudgements, rows: {} }).rating.score // => 12
 * const twice = { ...sheet, cases: [...sheet.cases, sheet.cases[0]!], rows: [...sheet.rows, 22] };
 * const message = (() => { try { rateSheets(twice, { file: 'judgements.json', judgements: cumberlandJudgements, rows: {} }); return ''; } catch (e) { return (e as Error).message; } })();
 * message // => 'audit.csv, row 22, column A (case): case "court-1" appears more than once'
 * @category Sheets
 */
export function rateSheets(
  cases: CaseSheet,
  judgements?: JudgementSheet,
  options: RateOptions & TallyOptions = {},
): CaseRating {
  if (!isRecord(cases) || !Array.isArray(cases['cases']) || typeof cases['file'] !== 'string')
    throw new RatingRuleError([
      {
        code: 'invalid-argument',
        path: ['cases'],
        message: 'cases must be a sheet from casesFromRows or readCasesCsv',
      },
    ]);
  const incomplete = isRecord(options) ? options['incomplete'] : undefined;
  const cross = crossIssues(cases.framework, cases, judgements, {
    incomplete: incomplete === 'allow' ? 'allow' : 'error',
  });
  const files = [cases.file.replace(/ \[[^\]]*\]$/, ''), ...(judgements ? [judgements.file] : [])];
  if (cross.length > 0) {
    const unanswered = isRecord(options) ? options['unanswered'] : undefined;
    throw new RatingRuleError(
      onePerCell(
        sortIssues(
          [
            ...cross,
            ...tallyIssues(
              cases,
              unanswered === 'leave-out' ? { unanswered: 'leave-out' } : {},
              judgements,
            ),
          ],
          files,
        ),
      ),
    );
  }
  try {
    return rateCases(cases.framework, cases.cases, judgements?.judgements ?? {}, options);
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    throw new RatingRuleError(
      sortIssues(
        e.issues.map((i) =>
          i.location ? i : bothFiles({ ...i, location: locate(i, cases, judgements) }, cases),
        ),
        files,
      ),
    );
  }
}

/** A judgement that would replace what the cases say names both files: where it is, and where the answers are. */
function bothFiles(issue: RatingIssue, cases: CaseSheet): RatingIssue {
  return issue.code === 'conflicting-evidence' && issue.path[0] === 'judgements'
    ? { ...issue, message: `${issue.message}; its answers are in ${cases.file}` }
    : issue;
}
