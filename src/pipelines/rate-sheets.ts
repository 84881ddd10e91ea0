import {
  RatingRuleError,
  standardsOf,
  type Framework,
  type IssueLocation,
  type RateOptions,
  type RatingIssue,
} from 'hmip-ratings';
import {
  rateCases,
  tallyCases,
  type CaseRating,
  type CaseRecord,
  type Judgements,
  type TallyOptions,
} from 'hmip-ratings/cases';
import { argumentIssue, frameworkArgument, isRecord, plainList } from 'hmip-ratings/toolkit';
import type { CaseSheet } from '../read/case-sheet.js';
import { frameworkMismatch, type JudgementSheet } from '../read/judgement-sheet.js';
import { located, onePerCell, sortIssues } from '../read/located.js';

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

const isText = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
/** A record's own values, each read once, if all pass a test. */
function recordOf<T>(value: unknown, test: (v: unknown) => v is T): Record<string, T> | undefined {
  if (!isRecord(value)) return undefined;
  const copy: Record<string, T> = Object.create(null);
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (!test(v)) return undefined;
    copy[key] = v;
  }
  return { ...copy };
}

/** The case and judgement sheets passed to `rateSheets`, checked field by field and copied. */
function sheetArguments(
  cases: unknown,
  judgements: unknown,
): { cases?: CaseSheet; judgements?: JudgementSheet; issues: RatingIssue[] } {
  const issues: RatingIssue[] = [];
  const bad = (name: string, got: unknown) =>
    issues.push(
      argumentIssue(name, 'a sheet from casesFromRows, readCasesCsv or readCasesWorkbook', got),
    );
  let caseSheet: CaseSheet | undefined;
  if (!isRecord(cases)) bad('cases', cases);
  else {
    const framework = frameworkArgument(cases['framework'], 'cases.framework');
    const list = plainList(cases['cases']);
    const rows = plainList(cases['rows']);
    const columns = recordOf(cases['columns'], isText);
    const attributes = plainList(cases['attributes'] ?? []);
    const file = cases['file'];
    issues.push(...framework.issues);
    if (
      !isText(file) ||
      !list ||
      !rows ||
      !rows.every(isCount) ||
      !columns ||
      !attributes?.every(isText)
    )
      bad('cases', cases);
    else if (framework.framework)
      caseSheet = {
        file,
        framework: framework.framework,
        cases: list as CaseRecord[],
        rows: rows as number[],
        columns,
        attributes: attributes as string[],
      };
  }
  let judgementSheet: JudgementSheet | undefined;
  if (judgements !== undefined) {
    const file = isRecord(judgements) ? judgements['file'] : undefined;
    const values = isRecord(judgements) ? recordOf(judgements['judgements'], isRecord) : undefined;
    const rows = isRecord(judgements) ? recordOf(judgements['rows'] ?? {}, isCount) : undefined;
    const columns = isRecord(judgements)
      ? recordOf(judgements['columns'] ?? {}, isText)
      : undefined;
    const named = isRecord(judgements) ? judgements['framework'] : undefined;
    if (!isText(file) || !values || !rows || !columns || (named !== undefined && !isText(named)))
      issues.push(
        argumentIssue(
          'judgements',
          'a sheet from judgementsFromRows, readJudgementsCsv or judgementsFromJson',
          judgements,
        ),
      );
    else {
      judgementSheet = {
        file,
        judgements: values as Judgements,
        rows,
        columns,
        ...(named !== undefined && { framework: named }),
      };
      // What the file says about itself is honoured as `rateAudit` honours it.
      const mismatch = caseSheet && frameworkMismatch(judgementSheet, caseSheet.framework);
      if (mismatch) issues.push(mismatch);
    }
  }
  return issues.length > 0
    ? { issues }
    : {
        cases: caseSheet as CaseSheet,
        ...(judgementSheet && { judgements: judgementSheet }),
        issues,
      };
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
  const checked = sheetArguments(cases, judgements);
  if (!checked.cases) throw new RatingRuleError(checked.issues);
  cases = checked.cases;
  judgements = checked.judgements;
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
