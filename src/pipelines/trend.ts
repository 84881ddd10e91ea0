// Several audits of one service from their files, in date order: each audit's date found (given,
// a date column, or the file name), each read and rated as `rateAudit` does, and the trend of
// their figures. Every problem in every file is found in one pass and reported together.
import {
  RatingRuleError,
  type Framework,
  type InspectionRating,
  type RatingIssue,
} from 'hmip-ratings';
import { auditTrend, type AuditTrend } from 'hmip-ratings/trend';
import { type CaseTally } from 'hmip-ratings/cases';
import {
  argumentIssue,
  isBoolean,
  isFunction,
  isRecord,
  numberIn,
  oneOf,
  optionIssues,
  plainList,
} from 'hmip-ratings/toolkit';
import { limitsOf } from '../read/csv.js';
import {
  dateOrderOption,
  disposalAliasesOption,
  fileOf,
  frameworkOption,
  limitsOption,
} from '../read/files.js';
import type { DateOrder } from '../sheet/dates.js';
import { columnsOption, type ColumnsOption } from '../read/question-headings.js';
import type { ReadLimits } from '../read/limits.js';
import { located, onePerCell, sortIssues } from '../read/located.js';
import {
  auditDate,
  type AuditDate,
  type TrendDateSource,
  type TrendFile,
} from '../read/trend-files.js';
import type { Inflater } from '../read/workbook-reader.js';
import { gradeDistribution, type GradeDistribution } from 'hmip-ratings/grades';
import { rateAudit, type AuditOptions, type FrameworkChoice } from './rate-audit.js';

export type { TrendDateSource };

/** The most audits a trend reads. */
const MAX_TREND_FILES = 100;

/** Options of `trendAudits`. @category Sheets */
export interface TrendSheetOptions {
  /** The framework of every audit, as an object or a built-in id; by default read off each sheet. */
  readonly framework?: Framework | string;
  /** The level of the intervals changes are tested against; 0.8 by default. */
  readonly level?: number;
  readonly disposalAliases?: Readonly<Record<string, string>>;
  /** The team's column map, heading to key question, for every audit (see `readColumnMap`). */
  readonly columns?: ColumnsOption;
  readonly limits?: Partial<ReadLimits>;
  readonly banding?: 'rounded' | 'exact';
  readonly windowInclusive?: boolean;
  readonly unanswered?: 'error' | 'leave-out';
  /**
   * For audits with judgements: `'error'` (the default) when a counted standard is missing or not
   * rated, `'allow'` to rate it without an overall. An audit with no judgements at all is always
   * rated without an overall.
   */
  readonly incomplete?: 'error' | 'allow';
  readonly inflater?: Inflater;
  /** The order of dates written with slashes, dashes or dots (given, in a date column, in a file name); day first by default. */
  readonly dateOrder?: DateOrder;
}

/** One audit of a trend read from files. @category Sheets */
export interface TrendSheetAudit {
  readonly date: string;
  readonly dateFrom: TrendDateSource;
  readonly label: string;
  /** The case sheet's file name. */
  readonly file: string;
  /** The judgements' file name, or the workbook's sheet they were read from. */
  readonly judgements?: string;
  readonly frameworkChoice: FrameworkChoice;
  readonly rating: InspectionRating;
  readonly tally: CaseTally;
  /** The distribution of the cases' grades, when the case sheet has a grade column. */
  readonly grades?: GradeDistribution;
}

/** What `trendAudits` returns: the trend, and each audit with the files it came from, in date order. @category Sheets */
export interface TrendSheets {
  readonly framework: Framework;
  readonly trend: AuditTrend;
  readonly audits: readonly TrendSheetAudit[];
}

const TREND_OPTIONS = {
  framework: () => undefined, // checked below, as an id or an object
  level: numberIn(0, 1, { min: true, max: true }),
  disposalAliases: disposalAliasesOption,
  columns: columnsOption,
  limits: limitsOption,
  banding: oneOf('rounded', 'exact'),
  windowInclusive: isBoolean,
  unanswered: oneOf('error', 'leave-out'),
  incomplete: oneOf('error', 'allow'),
  inflater: isFunction,
  dateOrder: dateOrderOption,
};

/** The files and options of `trendAudits` checked: each audit's files read once, and the framework given. */
function trendCall(
  files: unknown,
  options: unknown,
): { readonly audits: TrendFile[]; readonly given?: Framework } {
  const found: RatingIssue[] = [...optionIssues(options, TREND_OPTIONS)];
  const option = frameworkOption(isRecord(options) ? options['framework'] : undefined);
  found.push(...option.issues);
  const given = option.framework;
  const list = plainList(files);
  const audits: TrendFile[] = [];
  if (!list)
    found.push(
      argumentIssue('files', 'a list of audits: { cases, judgements?, date?, label? }', files),
    );
  else if (list.length < 2)
    found.push(argumentIssue('files', 'a list of at least two audits to compare', files));
  else if (list.length > MAX_TREND_FILES)
    found.push({
      code: 'limit-exceeded',
      path: ['files'],
      message: `a trend reads at most ${MAX_TREND_FILES} audits (got ${list.length})`,
    });
  else
    list.forEach((item, i) => {
      if (!isRecord(item)) {
        found.push(
          argumentIssue(`files[${i}]`, 'an audit: { cases, judgements?, date?, label? }', item),
        );
        return;
      }
      const fields = {
        cases: item['cases'],
        judgements: item['judgements'],
        date: item['date'],
        label: item['label'],
      };
      for (const key of Object.keys(item))
        if (!Object.hasOwn(fields, key))
          found.push(
            argumentIssue(`files[${i}].${key}`, 'one of cases, judgements, date, label', key),
          );
      const cases = fileOf(fields.cases);
      const judgements = fields.judgements === undefined ? undefined : fileOf(fields.judgements);
      if (!cases)
        found.push(
          argumentIssue(
            `files[${i}].cases`,
            'a file: { name, data } with text or bytes',
            fields.cases,
          ),
        );
      if (fields.judgements !== undefined && !judgements)
        found.push(
          argumentIssue(
            `files[${i}].judgements`,
            'a file: { name, data } with text or bytes',
            fields.judgements,
          ),
        );
      if (fields.date !== undefined && typeof fields.date !== 'string')
        found.push(argumentIssue(`files[${i}].date`, 'a date written yyyy-mm-dd', fields.date));
      const label = fields.label;
      if (
        label !== undefined &&
        (typeof label !== 'string' || label.length < 1 || label.length > 200)
      )
        found.push(argumentIssue(`files[${i}].label`, 'text of 1 to 200 characters', label));
      if (cases)
        audits.push({
          cases,
          ...(judgements && { judgements }),
          ...(typeof fields.date === 'string' && { date: fields.date }),
          ...(typeof label === 'string' && label.length > 0 && { label }),
        });
    });
  // Problems are shown by file name: two files of one name could not be told apart.
  const seen = new Set<string>();
  for (const a of audits)
    for (const f of [a.cases, ...(a.judgements ? [a.judgements] : [])]) {
      if (seen.has(f.name))
        found.push(
          argumentIssue('files', 'files with a name each (two are named the same)', f.name),
        );
      seen.add(f.name);
    }
  if (found.length > 0) throw new RatingRuleError(found);
  return { audits, ...(given && { given }) };
}

/** An audit read and rated as `rateAudit` does: with judgements as the options say, without them always incomplete. */
async function rateOne(
  a: TrendFile,
  dated: AuditDate,
  options: TrendSheetOptions,
  given: Framework | undefined,
): Promise<{ audit?: TrendSheetAudit; framework?: Framework; issues: RatingIssue[] }> {
  try {
    const { level: _level, incomplete, dateOrder: _dateOrder, ...rest } = options;
    const audit = await rateAudit(
      { cases: a.cases, ...(a.judgements && { judgements: a.judgements }) },
      {
        ...(rest as AuditOptions),
        ...(given && { framework: given }),
        incomplete: dated.judged ? (incomplete ?? 'error') : 'allow',
      },
    );
    return {
      ...(dated.date &&
        dated.dateFrom && {
          audit: {
            date: dated.date,
            dateFrom: dated.dateFrom,
            label: a.label ?? a.cases.name,
            file: a.cases.name,
            ...(audit.judgements && { judgements: audit.judgements.file }),
            frameworkChoice: audit.frameworkChoice,
            rating: audit.rating,
            tally: audit.tally,
            ...(audit.grades && {
              grades: gradeDistribution(
                audit.grades.grades,
                options.level !== undefined ? { level: options.level } : {},
              ),
            }),
          },
        }),
      framework: audit.framework,
      issues: [],
    };
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    return { issues: [...e.issues] };
  }
}

/** Audits that follow another framework than the first audit's. */
function frameworkIssues(
  audits: readonly TrendFile[],
  frameworksRead: ReadonlyMap<string, Framework>,
): RatingIssue[] {
  const firstFile = audits[0]?.cases.name as string;
  const framework = frameworksRead.get(firstFile);
  if (!framework) return [];
  return audits.flatMap((a) => {
    const f = frameworksRead.get(a.cases.name);
    return f && f.id !== framework.id
      ? [
          {
            ...located(
              'framework-mismatch',
              `this audit follows ${f.id} but ${firstFile} follows ${framework.id}: a trend compares audits of one framework`,
              a.cases.name,
            ),
            fix: { option: 'framework' },
          },
        ]
      : [];
  });
}

/** Audits whose dates another audit already has. */
function sharedDateIssues(
  audits: readonly TrendFile[],
  rated: readonly (TrendSheetAudit | undefined)[],
): RatingIssue[] {
  const issues: RatingIssue[] = [];
  const onDate = new Map<string, string>();
  rated.forEach((r, i) => {
    if (!r) return;
    const other = onDate.get(r.date);
    if (other)
      issues.push(
        located(
          'invalid-date',
          `${r.date} (from the ${r.dateFrom}) is also the date of ${other}: give each audit its own date (two audits of one day are one audit: put their cases in one sheet)`,
          (audits[i] as TrendFile).cases.name,
        ),
      );
    else onDate.set(r.date, r.file);
  });
  return issues;
}

/**
 * Reads and rates several audits of one service and compares them over time (see `auditTrend`).
 * Each audit is a case sheet (CSV or workbook) with its judgements (a file, or the workbook's own
 * Judgements sheet), or none: an audit without judgements is rated without an overall, and shows
 * its key questions and case-sampled standards. Each audit's date is, in this order: the date given
 * with it; the date of a `date` (or `audit date`) column of its case sheet, whose filled cells must
 * all give the same date; or a date in the case file's name, `yyyy-mm-dd` or `dd-mm-yyyy`, or
 * `yyyy-mm` read as the first day of that month (`2024-06-audit.csv` is 2024-06-01). Dates may be
 * written day first (30/06/2024; see `dateOrder`) or ISO. Every file is read within the
 * limits; every problem in every file, and between them (frameworks that differ, audits sharing a
 * date, an audit with no date), is reported in one error, located at file, row and column.
 *
 * @param files - two or more audits, each `{ cases, judgements?, date?, label? }` (see `trendFiles`
 * to pair dropped files)
 * @throws {RatingRuleError} every problem in every file, located and sorted
 * @example
 * const sheet = (cases) => toCsv(casesToRows(youth2021, cases));
 * const later = cumberlandCases.map((c) => (c.id === 'court-4' ? { ...c, answers: { ...c.answers, '2.1.3': 'yes' } } : c));
 * const result = await trendAudits([{ cases: { name: 'audit-2024-04-15.csv', data: sheet(later) } }, { cases: { name: 'audit-2024-01-15.csv', data: sheet(cumberlandCases) } }]);
 * result.audits.map((a) => `${a.date} ${a.dateFrom}`) // => ['2024-01-15 file name', '2024-04-15 file name']
 * result.trend.keyQuestions[2]?.firstToLast.sentence // => '2024-01-15 to 2024-04-15: 2.1.3 rose from 38% (3 of 8) to 50% (4 of 8), from Inadequate to Requires improvement; within what the samples would explain at 80%'
 * @category Sheets
 */
export async function trendAudits(
  files: readonly TrendFile[],
  options: TrendSheetOptions = {},
): Promise<TrendSheets> {
  const { audits, given } = trendCall(files, options);
  const limits = limitsOf(options.limits);
  const issues: RatingIssue[] = [];
  const rated: (TrendSheetAudit | undefined)[] = [];
  // The framework each file was rated by.
  const frameworksRead = new Map<string, Framework>();
  for (const a of audits) {
    const dated = await auditDate(a, limits, options.inflater, options.dateOrder);
    const one = await rateOne(a, dated, options, given);
    issues.push(...dated.issues, ...one.issues);
    rated.push(one.audit);
    if (one.framework) frameworksRead.set(a.cases.name, one.framework);
  }
  issues.push(...frameworkIssues(audits, frameworksRead), ...sharedDateIssues(audits, rated));
  const framework = frameworksRead.get(audits[0]?.cases.name as string);
  const order = audits.flatMap((a) => [a.cases.name, ...(a.judgements ? [a.judgements.name] : [])]);
  if (issues.length > 0 || !framework || rated.some((r) => !r))
    throw new RatingRuleError(onePerCell(sortIssues(issues, order)));
  const readAudits = rated as TrendSheetAudit[];
  const trend = auditTrend(
    framework,
    readAudits.map((r) => ({ date: r.date, label: r.label, rating: r.rating, tally: r.tally })),
    options.level !== undefined ? { level: options.level } : {},
  );
  return {
    framework,
    trend,
    audits: trend.audits.map((t) => readAudits[t.given] as TrendSheetAudit),
  };
}
