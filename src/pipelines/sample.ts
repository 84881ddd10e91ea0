// An audit sample drawn from a caseload sheet: the caseload and audit log read, the draw with its
// problems located in the sheets, and the sample as case records for an audit sheet ready for `rate`.
import { RatingRuleError, type RatingIssue } from 'hmip-ratings';
import { drawSample, type AuditSample, type SampleOptions } from 'hmip-ratings/sampling';
import { type CaseRecord } from 'hmip-ratings/cases';
import { argumentIssue, isRecord, issue, quoteText } from 'hmip-ratings/toolkit';
import {
  readAuditLog,
  readCaseload,
  type AuditLogSheet,
  type CaseloadOptions,
  type CaseloadSheet,
} from '../read/caseload-sheet.js';
import type { AuditFile } from '../read/files.js';
import { located, sortIssues } from '../read/located.js';
import { isDateOrder, readDate, type DateOrder } from '../sheet/dates.js';

/** Options of `sampleCaseload`: those of `drawSample`, with the audit log as a sheet. @category Sheets */
export interface CaseloadSampleOptions extends Omit<SampleOptions, 'audited'> {
  /** The log of earlier audits, as `readAuditLog` read it. */
  readonly auditLog?: AuditLogSheet;
  /** The order of `fieldwork` written with slashes, dashes or dots (07/07/2025); day first by default. */
  readonly dateOrder?: DateOrder;
}

/** The fieldwork start read as `readCaseload` reads dates (07/07/2025 or 2025-07-07), or its problem. */
function fieldworkDate(options: unknown): {
  readonly fieldwork?: string;
  readonly issue?: RatingIssue;
} {
  if (!isRecord(options) || typeof options['fieldwork'] !== 'string') return {};
  const order = options['dateOrder'];
  if (order !== undefined && !isDateOrder(order))
    return {
      issue: issue(
        'invalid-option',
        ['options', 'dateOrder'],
        "dateOrder must be 'dmy', 'mdy' or 'ymd'",
      ),
    };
  const read = readDate(options['fieldwork'], { order });
  if ('date' in read) return { fieldwork: read.date };
  return {
    issue: issue(
      'invalid-date',
      ['options', 'fieldwork'],
      `fieldwork ${quoteText(options['fieldwork'])} ${read.problem}`,
    ),
  };
}

const isCaseloadSheet = (v: unknown): v is CaseloadSheet =>
  isRecord(v) &&
  typeof v['file'] === 'string' &&
  Array.isArray(v['records']) &&
  Array.isArray(v['rows']) &&
  isRecord(v['columns']) &&
  isRecord(v['framework']);

const FIELD_COLUMN: Readonly<Record<string, string>> = {
  id: 'case',
  kind: 'kind',
  disposal: 'disposal',
  date: 'date',
};

/**
 * Draws an audit sample from a caseload read by `readCaseload` (see `drawSample` for the rules),
 * with the log of earlier audits read by `readAuditLog`. A problem in a case (a case eligible
 * twice) is located at its row and column in the sheet.
 *
 * @throws {RatingRuleError} every problem at once: in the sheets located at row and column, in the
 * options at their path
 * @example
 * const caseload = await readCaseload({ name: 'caseload.csv', data: 'case,disposal,date\nC1,youth caution,2025-03-01\nC2,youth caution,2025-03-02\nC3,youth caution,2024-01-02\n' });
 * const sample = sampleCaseload(caseload, { fieldwork: '2025-07-07', size: { policy: 'fixed', size: 1 }, seed: 7 });
 * sample.cases.length // => 1
 * sample.excluded.map((e) => [e.id, e.reason]) // => [['C3', 'before-window']]
 * @category Sheets
 */
export function sampleCaseload(
  caseload: CaseloadSheet,
  options: CaseloadSampleOptions,
): AuditSample {
  const found: RatingIssue[] = [];
  if (!isCaseloadSheet(caseload))
    found.push(argumentIssue('caseload', 'a caseload sheet from readCaseload', caseload));
  const log = isRecord(options) ? options['auditLog'] : undefined;
  if (log !== undefined && !(isRecord(log) && Array.isArray(log['entries'])))
    found.push(argumentIssue('options.auditLog', 'an audit log from readAuditLog', log));
  const fieldwork = fieldworkDate(options);
  if (fieldwork.issue) found.push(fieldwork.issue);
  if (found.length > 0) throw new RatingRuleError(found);
  const {
    auditLog,
    dateOrder: _dateOrder,
    ...rest
  } = isRecord(options) ? options : ({} as CaseloadSampleOptions);
  try {
    return drawSample(caseload.framework, caseload.records, {
      ...rest,
      ...(fieldwork.fieldwork && { fieldwork: fieldwork.fieldwork }),
      ...(auditLog && { audited: auditLog.entries }),
    } as SampleOptions);
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    const rowOf = (i: unknown) => (typeof i === 'number' ? caseload.rows[i] : undefined);
    const relocated = e.issues.map((i): RatingIssue => {
      const [where, index, field] = i.path;
      if (where === 'caseload' && typeof index === 'number')
        return {
          ...located(
            i.code,
            i.message.replace(
              /caseload\[(\d+)\]/g,
              (_, n: string) => `row ${rowOf(Number(n)) ?? '?'}`,
            ),
            caseload.file,
            rowOf(index),
            caseload.columns[FIELD_COLUMN[field as string] ?? ''] ??
              (field === 'kind' ? caseload.columns['disposal'] : undefined),
          ),
          path: i.path,
        };
      if (where === 'options' && field !== undefined && i.path[1] === 'audited' && auditLog)
        return {
          ...located(i.code, i.message, auditLog.file, auditLog.rows[i.path[2] as number]),
          path: i.path,
        };
      return i;
    });
    throw new RatingRuleError(sortIssues(relocated, [caseload.file, auditLog?.file ?? '']));
  }
}

/**
 * The sample as case records for an audit sheet: id, kind, disposal and the caseload's attribute
 * columns, with no answers yet. Write it with `casesToRows` and `toCsv`, or `casesWorkbook`; the
 * attribute columns come after the question columns and travel through `rate` untouched.
 * @example
 * const sample = drawSample(youth2021, [{ id: 'C1', kind: 'court', disposal: 'custodial-sentence', date: '2024-12-01', attributes: { gender: 'girl' } }], { fieldwork: '2025-07-07' });
 * sampleCases(sample) // => [{ id: 'C1', kind: 'court', disposal: 'custodial-sentence', answers: {}, attributes: { gender: 'girl' } }]
 * casesToRows(youth2021, sampleCases(sample))[1]?.at(-1) // => 'girl'
 * @category Sheets
 */
export function sampleCases(sample: AuditSample): CaseRecord[] {
  if (!isRecord(sample) || !Array.isArray(sample['cases']))
    throw new RatingRuleError([argumentIssue('sample', 'a sample from drawSample', sample)]);
  return sample.cases.map((c) => ({
    id: c.id,
    kind: c.kind,
    disposal: c.disposal,
    answers: {},
    ...(c.attributes && { attributes: { ...c.attributes } }),
  }));
}

/**
 * Reads a draw's sheets: the caseload, then (given) the log of earlier audits, whose file is
 * fetched only once the caseload has been read, so the caseload's problems come first.
 */
export async function readSampleSheets(
  caseload: AuditFile,
  auditLog: (() => AuditFile) | undefined,
  options: CaseloadOptions,
): Promise<{ readonly caseload: CaseloadSheet; readonly auditLog?: AuditLogSheet }> {
  const sheet = await readCaseload(caseload, options);
  if (!auditLog) return { caseload: sheet };
  const log = await readAuditLog(auditLog(), {
    ...(options.inflater && { inflater: options.inflater }),
    ...(options.dateOrder && { dateOrder: options.dateOrder }),
  });
  return { caseload: sheet, auditLog: log };
}
