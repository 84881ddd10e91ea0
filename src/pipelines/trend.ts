// Several audits of one service from their files, in date order: each read and rated as
// `rateAudit` does, its date found (given, a date column, or the file name), and the trend of
// their figures. Every problem in every file is found in one pass and reported together.
import {
  RatingRuleError,
  auditTrend,
  auditTrendSchema,
  plainText,
  trendRows,
  type AuditTrend,
  type CaseTally,
  type Framework,
  type InspectionRating,
  type RatingIssue,
  type TrendChange,
  toolkit,
} from 'hmip-ratings';
import {
  disposalAliasesOption,
  extension,
  fileOf,
  fileText,
  isZip,
  limitsOption,
  frameworkOption,
} from '../read/files.js';
import {
  rateAudit,
  type AuditFile,
  type AuditOptions,
  type FrameworkChoice,
} from './rate-audit.js';
import { columnLabel, isBlankRow } from '../sheet/columns.js';
import { limitsOf, readCsvRows } from '../read/csv.js';
import { toCsv } from '../output/csv.js';
import { readDate } from '../sheet/dates.js';
import { markdownTable, markdownText, plainTable } from '../output/escape.js';
import type { ReadLimits } from '../read/limits.js';
import { located, onePerCell, sortIssues } from '../read/located.js';
import type { Inflater } from '../read/workbook-reader.js';

const {
  argumentIssue,
  isBoolean,
  isFunction,
  isRecord,
  numberIn,
  oneOf,
  optionIssues,
  plainList,
  quoteText,
} = toolkit;

/** The most audits a trend reads. */
const MAX_TREND_FILES = 100;

/**
 * One audit's files: the case sheet (CSV or workbook), its judgements if any, and optionally its
 * date and a label. @category Sheets
 */
export interface TrendFile {
  readonly cases: AuditFile;
  /** The panel's judgements (CSV, JSON or a workbook); a workbook's own Judgements sheet is read when this is not given. */
  readonly judgements?: AuditFile;
  /** The audit's date, yyyy-mm-dd; when not given it is read from a date column or the file name. */
  readonly date?: string;
  /** A name to show for the audit; the case file's name by default. */
  readonly label?: string;
}

/** How an audit's date was found. @category Sheets */
export type TrendDateSource = 'given' | 'date column' | 'file name';

/** Options of `trendAudits`. @category Sheets */
export interface TrendSheetOptions {
  /** The framework of every audit, as an object or a built-in id; by default read off each sheet. */
  readonly framework?: Framework | string;
  /** The level of the intervals changes are tested against; 0.8 by default. */
  readonly level?: number;
  readonly disposalAliases?: Readonly<Record<string, string>>;
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
  limits: limitsOption,
  banding: oneOf('rounded', 'exact'),
  windowInclusive: isBoolean,
  unanswered: oneOf('error', 'leave-out'),
  incomplete: oneOf('error', 'allow'),
  inflater: isFunction,
};

/** A judgements file's name: the audit's name followed by "-judgements" (or " judgements", "_judgements", ".judgements"). */
export const JUDGEMENTS_NAME = /^(.+?)[-_. ]judgements\.(csv|json|xlsx)$/i;

/**
 * Pairs dropped or listed files into audits: a file named like `audit-2024-06-30-judgements.csv`
 * (the audit's name, then `-judgements`, as .csv, .json or .xlsx; a space, `_` or `.` may stand
 * for the hyphen) holds the judgements of the audit `audit-2024-06-30.csv` (or `.xlsx`) among the
 * same files; every other file is an audit. Names are compared in any case.
 *
 * @throws {RatingRuleError} `invalid-argument` for something that is not a list of files;
 * `invalid-input` for a judgements file with no audit of its name
 * @example
 * trendFiles([{ name: 'a-2024-01-15.csv', data: '' }, { name: 'a-2024-01-15-judgements.csv', data: '' }, { name: 'a-2024-04-15.csv', data: '' }]).map((f) => [f.cases.name, f.judgements?.name]) // => [['a-2024-01-15.csv', 'a-2024-01-15-judgements.csv'], ['a-2024-04-15.csv', undefined]]
 * @category Sheets
 */
export function trendFiles(files: readonly AuditFile[]): TrendFile[] {
  const list = plainList(files);
  if (!list)
    throw new RatingRuleError([argumentIssue('files', 'a list of files: { name, data }', files)]);
  const issues: RatingIssue[] = [];
  const read: AuditFile[] = [];
  list.forEach((f, i) => {
    const file = fileOf(f);
    if (file) read.push(file);
    else issues.push(argumentIssue(`files[${i}]`, 'a file: { name, data } with text or bytes', f));
  });
  if (issues.length > 0) throw new RatingRuleError(issues);
  const base = (name: string) => name.replace(/\.[^.]*$/, '').toLowerCase();
  const judgements = new Map<string, AuditFile>();
  const audits: AuditFile[] = [];
  for (const f of read) {
    const m = JUDGEMENTS_NAME.exec(f.name);
    if (m) judgements.set((m[1] as string).toLowerCase(), f);
    else audits.push(f);
  }
  const used = new Set<string>();
  const paired = audits.map((cases): TrendFile => {
    const j = judgements.get(base(cases.name));
    if (j) used.add(base(cases.name));
    return { cases, ...(j && { judgements: j }) };
  });
  for (const [key, j] of judgements)
    if (!used.has(key))
      issues.push(
        located(
          'invalid-input',
          `a judgements file with no audit: its audit is the case sheet of the same name without "judgements" (${quoteText(`${(JUDGEMENTS_NAME.exec(j.name) as RegExpExecArray)[1]}.csv`)} or .xlsx)`,
          j.name,
        ),
      );
  if (issues.length > 0) throw new RatingRuleError(issues);
  return paired;
}

/** A date in a file name: yyyy-mm-dd, or yyyy-mm read as the first day of the month. */
export function dateInName(
  name: string,
): { readonly date: string; readonly month: boolean } | { readonly problem: string } | undefined {
  const found = new Map<string, { date?: string; month: boolean; problem?: string }>();
  for (const m of name.matchAll(/(?<!\d)(\d{4})-(\d{2})(?:-(\d{2}))?(?!\d)/g)) {
    const [whole, y, mo, d] = m;
    const read = readDate(`${y}-${mo}-${d ?? '01'}`, false);
    found.set(
      whole,
      'date' in read
        ? { date: read.date, month: d === undefined }
        : { month: d === undefined, problem: `${quoteText(whole)} ${read.problem}` },
    );
  }
  const dates = [...found.values()];
  if (dates.length === 0) return undefined;
  if (dates.length > 1)
    return {
      problem: `the file name has more than one date (${[...found.keys()].join(', ')}): give the audit's date`,
    };
  const [one] = dates as [{ date?: string; month: boolean; problem?: string }];
  return one.date ? { date: one.date, month: one.month } : { problem: one.problem as string };
}

/** What a pre-read of a case file finds: a date column's date, and whether a workbook holds judgements. */
interface PreRead {
  readonly date?: string;
  readonly issues: RatingIssue[];
  /** For a workbook: whether its Judgements sheet has anything filled in. */
  readonly judged?: boolean;
}

/** The single date of a sheet's "date" (or "audit date") column, from its non-blank cells. */
function dateColumn(
  rows: readonly (readonly string[])[],
  file: string,
  workbook: boolean,
): PreRead {
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const at = header.findIndex((h) => h === 'date' || h === 'audit date');
  if (at < 0) return { issues: [] };
  const column = columnLabel(at, (rows[0] as readonly string[])[at] as string);
  const issues: RatingIssue[] = [];
  let first: { date: string; row: number } | undefined;
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r] as readonly string[];
    const cell = (cells[at] ?? '').trim();
    if (isBlankRow(cells) || cell === '') continue;
    const read = readDate(cell, workbook);
    if (!('date' in read))
      issues.push(
        located(
          'invalid-date',
          `the audit date ${quoteText(cell)} ${read.problem}`,
          file,
          r + 1,
          column,
        ),
      );
    else if (!first) first = { date: read.date, row: r + 1 };
    else if (read.date !== first.date)
      issues.push(
        located(
          'invalid-date',
          `the date column gives the audit's one date: row ${first.row} says ${first.date} and this row ${read.date} (split the sheet into one audit per date)`,
          file,
          r + 1,
          column,
        ),
      );
  }
  return { ...(first && issues.length === 0 && { date: first.date }), issues };
}

/** Reads a case file's rows for its date column, and a workbook's Judgements sheet for content. */
async function preRead(file: AuditFile, limits: ReadLimits, inflater?: Inflater): Promise<PreRead> {
  const ext = extension(file.name);
  if (isZip(file.data)) {
    const { readWorkbook } = await import('../read/workbook-reader.js');
    const book = await readWorkbook(file.data as Uint8Array, {
      file: file.name,
      limits,
      inflater,
      wanted: (name) => ['cases', 'judgements'].includes(name.trim().toLowerCase()),
    });
    if (!book.sheets) return { issues: [] }; // rateAudit reports what is wrong with the file
    const visible = book.sheets.filter((s) => s.state === 'visible');
    const named = (name: string) => visible.find((s) => s.name.trim().toLowerCase() === name);
    const cases =
      named('cases') ??
      (book.sheets.some((s) => s.name.trim().toLowerCase() === 'cases') || visible.length !== 1
        ? undefined
        : visible[0]);
    const judgements = named('judgements');
    const judged =
      judgements !== undefined &&
      judgements.rows.slice(1).some((row) => {
        const head = (judgements.rows[0] ?? []).map((h) => h.trim().toLowerCase());
        return row.some(
          (cell, i) => cell.trim() !== '' && head[i] !== 'standard' && head[i] !== 'name',
        );
      });
    const found = cases
      ? dateColumn(cases.rows, `${file.name} [${cases.name}]`, true)
      : { issues: [] };
    return { ...found, judged };
  }
  if (ext !== '.csv' && ext !== '.txt' && ext !== '') return { issues: [] };
  const read = readCsvRows(fileText(file.data), file.name, limits);
  return read.issues.length > 0 ? { issues: [] } : dateColumn(read.rows, file.name, false);
}

/**
 * Reads and rates several audits of one service and compares them over time (see `auditTrend`).
 * Each audit is a case sheet (CSV or workbook) with its judgements (a file, or the workbook's own
 * Judgements sheet), or none: an audit without judgements is rated without an overall, and shows
 * its key questions and case-sampled standards. Each audit's date is, in this order: the date given
 * with it; the date of a `date` (or `audit date`) column of its case sheet, whose filled cells must
 * all give the same date; or a date in the case file's name, `yyyy-mm-dd`, or `yyyy-mm` read as the
 * first day of that month (`2024-06-audit.csv` is 2024-06-01). Every file is read within the
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
  const found: RatingIssue[] = [...optionIssues(options, TREND_OPTIONS)];
  const option = frameworkOption(isRecord(options) ? options.framework : undefined);
  found.push(...option.issues);
  const given = option.framework;
  const list = plainList(files);
  const audits: {
    cases: AuditFile;
    judgements?: AuditFile;
    date?: string;
    label?: string;
  }[] = [];
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

  const limits = limitsOf(options.limits);
  const issues: RatingIssue[] = [];
  const order: string[] = [];
  const rated: (TrendSheetAudit | undefined)[] = [];
  // The framework each file was rated by.
  const frameworksRead = new Map<string, Framework>();
  for (const a of audits) {
    order.push(a.cases.name, ...(a.judgements ? [a.judgements.name] : []));
    // 1. The date: given, a date column, or the file name.
    let date: string | undefined;
    let dateFrom: TrendDateSource | undefined;
    const pre =
      a.date === undefined || (!a.judgements && isZip(a.cases.data))
        ? await preRead(a.cases, limits, options.inflater)
        : { issues: [] };
    if (a.date !== undefined) {
      const read = readDate(a.date, false);
      if ('date' in read) [date, dateFrom] = [read.date, 'given'];
      else
        issues.push(
          located(
            'invalid-date',
            `the date given for this audit, ${quoteText(a.date)}, ${read.problem}`,
            a.cases.name,
          ),
        );
    } else if (pre.issues.length > 0) issues.push(...pre.issues);
    else if (pre.date) [date, dateFrom] = [pre.date, 'date column'];
    else {
      const named = dateInName(a.cases.name);
      if (named && 'date' in named) [date, dateFrom] = [named.date, 'file name'];
      else
        issues.push(
          located(
            'invalid-date',
            named
              ? `the audit's date cannot be read from the file name: ${named.problem}`
              : `the audit has no date: give its date, a "date" column in the case sheet, or a yyyy-mm-dd date in the file name (audit-2024-06-30.csv)`,
            a.cases.name,
          ),
        );
    }
    // 2. Read and rate: with judgements as the options say, without them always incomplete.
    const judged = a.judgements !== undefined || pre.judged === true;
    try {
      const { level: _level, incomplete, ...rest } = options;
      const audit = await rateAudit(
        { cases: a.cases, ...(a.judgements && { judgements: a.judgements }) },
        {
          ...(rest as AuditOptions),
          ...(given && { framework: given }),
          incomplete: judged ? (incomplete ?? 'error') : 'allow',
        },
      );
      rated.push(
        date && dateFrom
          ? {
              date,
              dateFrom,
              label: a.label ?? a.cases.name,
              file: a.cases.name,
              ...(audit.judgements && { judgements: audit.judgements.file }),
              frameworkChoice: audit.frameworkChoice,
              rating: audit.rating,
              tally: audit.tally,
            }
          : undefined,
      );
      frameworksRead.set(a.cases.name, audit.framework);
    } catch (e) {
      if (!(e instanceof RatingRuleError)) throw e;
      issues.push(...e.issues);
      rated.push(undefined);
    }
  }

  // 3. Between the audits: one framework, one date each.
  const firstFile = audits[0]?.cases.name as string;
  const framework = frameworksRead.get(firstFile);
  if (framework)
    for (const a of audits) {
      const f = frameworksRead.get(a.cases.name);
      if (f && f.id !== framework.id)
        issues.push({
          ...located(
            'framework-mismatch',
            `this audit follows ${f.id} but ${firstFile} follows ${framework.id}: a trend compares audits of one framework`,
            a.cases.name,
          ),
          fix: { option: 'framework' },
        });
    }
  const onDate = new Map<string, string>();
  rated.forEach((r, i) => {
    if (!r) return;
    const other = onDate.get(r.date);
    if (other)
      issues.push(
        located(
          'invalid-date',
          `${r.date} (from the ${r.dateFrom}) is also the date of ${other}: give each audit its own date (two audits of one day are one audit: put their cases in one sheet)`,
          (audits[i] as { cases: AuditFile }).cases.name,
        ),
      );
    else onDate.set(r.date, r.file);
  });
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

/** The output formats of `formatTrend`. @category Sheets */
export type TrendFormat = 'table' | 'markdown' | 'csv' | 'json';

const FORMATS = oneOf('table', 'markdown', 'csv', 'json');

/**
 * The audits compared, as rows of text: date, name, where the date came from, sample, score (the
 * markdown, the table and the HTML page print the same rows).
 */
export function auditRows(trend: AuditTrend, sheets?: readonly SheetInfo[]): string[][] {
  return [
    ['date', 'audit', 'date from', 'sample', 'score', 'overall'],
    ...trend.audits.map((a, i) => [
      a.date,
      a.label ?? '',
      sheets?.[i]?.dateFrom ?? 'given',
      a.sample
        ? `${a.sample.total} cases (${a.sample.court} court, ${a.sample.outOfCourt} out-of-court)`
        : '',
      `${a.score}/${a.maximum}`,
      a.overall ?? 'none (incomplete)',
    ]),
  ];
}

/** The changes a team reads first: band changes, and changes beyond the intervals. */
function headlines(trend: AuditTrend): { bands: string[]; beyond: string[] } {
  const many = trend.audits.length > 2;
  const every = (t: { changes: readonly TrendChange[]; firstToLast: TrendChange }) => [
    ...t.changes,
    ...(many ? [t.firstToLast] : []),
  ];
  const beyond = [
    ...trend.keyQuestions.flatMap(every),
    ...trend.standards.flatMap(every),
    ...every(trend.overall),
  ]
    .filter((c) => c.verdict === 'beyond-intervals')
    .map((c) => c.sentence);
  return { bands: trend.bandChanges.map((b) => b.change.sentence), beyond };
}

/** How each audit's files are shown beside a trend. */
export interface SheetInfo {
  readonly date: string;
  readonly dateFrom: TrendDateSource;
  readonly file: string;
  readonly judgements?: string;
  readonly frameworkChoice: FrameworkChoice;
}

const DATE_SOURCES: readonly unknown[] = ['given', 'date column', 'file name'];
const CHOICES: readonly unknown[] = ['given', 'read off the sheet', 'assumed'];

/**
 * A trend result checked and copied: `{ trend, audits }` from `trendAudits` (each audit's files
 * are kept, by date), or a trend from `auditTrend`; undefined when it is neither.
 */
export function trendInput(
  given: unknown,
): { readonly trend: AuditTrend; readonly sheets?: readonly SheetInfo[] } | undefined {
  const sheetsGiven = isRecord(given) && Object.hasOwn(given, 'trend');
  const parsed = auditTrendSchema.safeParse(sheetsGiven ? given['trend'] : given);
  if (!parsed.success) return undefined;
  const trend = parsed.data as AuditTrend;
  if (!sheetsGiven) return { trend };
  const list = plainList(given['audits']);
  if (!list || list.length !== trend.audits.length) return undefined;
  const sheets: SheetInfo[] = [];
  for (const [i, item] of list.entries()) {
    if (!isRecord(item)) return undefined;
    const { date, dateFrom, file, judgements, frameworkChoice } = item;
    if (
      date !== trend.audits[i]?.date ||
      !DATE_SOURCES.includes(dateFrom) ||
      typeof file !== 'string' ||
      (judgements !== undefined && typeof judgements !== 'string') ||
      !CHOICES.includes(frameworkChoice)
    )
      return undefined;
    sheets.push({
      date: date as string,
      dateFrom: dateFrom as TrendDateSource,
      file,
      ...(typeof judgements === 'string' && { judgements }),
      frameworkChoice: frameworkChoice as FrameworkChoice,
    });
  }
  return { trend, sheets };
}

/**
 * A trend as text for people or other tools: `table` (the audits, every figure by audit with the
 * change from the first to the last and its test, what changed band, what changed by more than
 * the samples would explain, and notes), `markdown` (the same), `csv` (one row per figure per
 * audit, then after a blank line one row per change) or `json` (the trend and each audit's files).
 * Text from files is made safe for each: control characters removed from the table, markup
 * escaped in markdown, formulae neutralised in CSV.
 *
 * @throws {RatingRuleError} `invalid-option` for an unknown format; `invalid-argument` for a value
 * that is not from `trendAudits` or `auditTrend`
 * @example
 * const before = rateCases(youth2021, cumberlandCases, {}, { incomplete: 'allow' }).rating;
 * const trend = auditTrend(youth2021, [{ date: '2024-01-15', rating: before }, { date: '2024-04-15', rating: before }]);
 * formatTrend(trend, 'csv').split('\n')[0]?.startsWith('date,label,kind,figure') // => true
 * @category Sheets
 */
export function formatTrend(result: TrendSheets | AuditTrend, format: TrendFormat): string {
  const problem = FORMATS(format);
  const input = trendInput(result);
  const issues: RatingIssue[] = [
    ...(problem
      ? [{ code: 'invalid-option' as const, path: ['format'], message: `format ${problem}` }]
      : []),
    ...(input ? [] : [argumentIssue('result', 'the result of trendAudits or auditTrend', result)]),
  ];
  if (!input || issues.length > 0) throw new RatingRuleError(issues);
  const { trend, sheets } = input;
  const rows = trendRows(trend);
  if (format === 'json')
    return `${JSON.stringify(
      {
        trend,
        ...(sheets && {
          files: sheets.map((s) => ({
            date: s.date,
            dateFrom: s.dateFrom,
            file: s.file,
            ...(s.judgements !== undefined && { judgements: s.judgements }),
            frameworkChoice: s.frameworkChoice,
          })),
        }),
      },
      null,
      2,
    )}\n`;
  if (format === 'csv') return toCsv([...rows.points, [], ...rows.changes]);
  const level = `${Math.round(trend.level * 1000) / 10}%`;
  const { bands, beyond } = headlines(trend);
  const first = trend.audits[0]?.date ?? '';
  const last = trend.audits[trend.audits.length - 1]?.date ?? '';
  const title = `Trend of ${trend.audits.length} audits, ${first} to ${last} (${trend.framework.id})`;
  if (format === 'markdown') {
    const md = markdownText;
    return `${[
      `# ${md(title)}`,
      '',
      ...markdownTable(auditRows(trend, sheets)),
      '',
      `## Figures by audit`,
      '',
      ...markdownTable(rows.figures),
      '',
      '## What changed band',
      '',
      ...(bands.length > 0 ? bands.map((l) => `- ${md(l)}`) : ['No figure changed band.']),
      '',
      `## Changes larger than the samples would explain at ${level}`,
      '',
      ...(beyond.length > 0
        ? beyond.map((l) => `- ${md(l)}`)
        : ['None: every change is within what the samples would explain.']),
      '',
      '## Notes',
      '',
      ...trend.notes.map((n) => `- ${md(n)}`),
      '- What these figures mean and do not mean: docs/trends.md.',
    ].join('\n')}\n`;
  }
  return `${[
    plainText(title),
    ...plainTable(auditRows(trend, sheets)),
    '',
    'Figures by audit',
    ...plainTable(rows.figures),
    '',
    'What changed band',
    ...(bands.length > 0 ? bands.map((l) => `  ${plainText(l)}`) : ['  No figure changed band.']),
    '',
    `Changes larger than the samples would explain at ${level}`,
    ...(beyond.length > 0
      ? beyond.map((l) => `  ${plainText(l)}`)
      : ['  None: every change is within what the samples would explain.']),
    '',
    'Notes',
    ...trend.notes.map((n) => `  ${plainText(n)}`),
    '  What these figures mean and do not mean: docs/trends.md.',
  ].join('\n')}\n`;
}
