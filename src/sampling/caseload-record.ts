import * as z from 'zod/mini';
import { isIsoDate } from './calendar.js';

const isoDate = () =>
  z.string().check(z.refine((v) => isIsoDate(v), { message: 'must be a date yyyy-mm-dd' }));

/**
 * One case of a service's caseload, a candidate for the audit sample: its id, kind (`court` or
 * `out-of-court`), disposal (an id from the framework's `disposals`), the date the disposal was
 * made (an ISO date, yyyy-mm-dd, that exists in the calendar, from 1900), and `attributes`: any
 * other column of the caseload sheet (gender, ethnicity, rosh, safety, team) as text, carried into
 * the sample sheet untouched.
 * @category Schemas
 */
export const caseloadRecordSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  kind: z.enum(['court', 'out-of-court']),
  disposal: z.string().check(z.minLength(1)),
  date: isoDate(),
  attributes: z.optional(z.record(z.string(), z.string())),
});

/** One case of a caseload. @category Sampling */
export type CaseloadRecord = z.infer<typeof caseloadRecordSchema>;

/** A caseload, as a schema. @category Schemas */
export const caseloadRecordsSchema = z.array(caseloadRecordSchema);

/**
 * One entry of the log of earlier audits: the case audited and the date of that audit (an ISO
 * date). A case may appear more than once; its latest audit counts.
 * @category Schemas
 */
export const auditedCaseSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  date: isoDate(),
});

/** The log of earlier audits, as a schema. */
export const auditLogSchema = z.array(auditedCaseSchema);

/** One entry of the log of earlier audits. @category Sampling */
export type AuditedCase = z.infer<typeof auditedCaseSchema>;

/**
 * Whether a value is a valid caseload record, by hand: the same test as `caseloadRecordSchema`,
 * many times faster, so drawing from a national caseload does not pay for zod on every case. zod
 * still describes any record that fails. A property test pins that the two always agree.
 */
export function isCaseloadRecord(value: unknown): value is CaseloadRecord {
  if (!hasCaseloadRecordShape(value)) return false;
  const attributes = value.attributes;
  if (attributes === undefined) return true;
  for (const key in attributes)
    if (typeof (attributes as Record<string, unknown>)[key] !== 'string') return false;
  return true;
}

/**
 * The hand check of a caseload record but for the values of its attributes (which
 * `hasTextValues` checks): a draw checks the attributes of a case in the caller's own object, and
 * copies them only for the cases it may draw.
 */
export function hasCaseloadRecordShape(value: unknown): value is CaseloadRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record)
    if (
      key !== 'id' &&
      key !== 'kind' &&
      key !== 'disposal' &&
      key !== 'date' &&
      key !== 'attributes'
    )
      return false;
  const { id, kind, disposal, date, attributes } = record;
  if (
    typeof id !== 'string' ||
    id.length === 0 ||
    typeof disposal !== 'string' ||
    disposal.length === 0 ||
    (kind !== 'court' && kind !== 'out-of-court') ||
    !isIsoDate(date)
  )
    return false;
  return (
    attributes === undefined ||
    (attributes !== null && typeof attributes === 'object' && !Array.isArray(attributes))
  );
}

/**
 * Whether every own enumerable property of an object (exactly those a spread copies, and so those
 * `isCaseloadRecord` sees in a copy) holds text.
 */
export function hasTextValues(value: object): boolean {
  const keys = Object.keys(value);
  for (let k = 0; k < keys.length; k++)
    if (typeof (value as Record<string, unknown>)[keys[k] as string] !== 'string') return false;
  return true;
}

/** Whether a value is a valid audit-log entry, by hand: the same test as `auditedCaseSchema`. */
export function isAuditedCase(value: unknown): value is AuditedCase {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (key !== 'id' && key !== 'date') return false;
  return typeof record['id'] === 'string' && record['id'].length > 0 && isIsoDate(record['date']);
}
