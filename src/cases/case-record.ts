import * as z from 'zod/mini';
import { issue, type RatingIssue } from '../model/errors.js';
import { preview } from '../model/preview.js';

/** An inspector's answer to a key question or prompt for one case. @category Cases */
export const ANSWERS = /* @__PURE__ */ Object.freeze(['yes', 'no', 'not applicable'] as const);
/** @category Cases */
export type Answer = (typeof ANSWERS)[number];

/** The answer schema. @category Schemas */
export const answerSchema = z.enum(ANSWERS);

/**
 * One inspected case: its id, kind (`court` for domain two, `out-of-court` for domain three), its
 * disposal (an id from the framework's `disposals`) and its answers keyed by key-question or
 * prompt id. A question left out of `answers` is unanswered. `attributes` carries any other
 * column of the audit sheet (gender, ethnicity, team) as text, untouched, for breakdowns.
 * @category Schemas
 */
export const caseRecordSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  kind: z.enum(['court', 'out-of-court']),
  disposal: z.string().check(z.minLength(1)),
  answers: z.record(z.string(), answerSchema),
  attributes: z.optional(z.record(z.string(), z.string())),
});

/** One inspected case. @category Cases */
export type CaseRecord = z.infer<typeof caseRecordSchema>;

/** A list of cases, as a schema. @category Schemas */
export const caseRecordsSchema = z.array(caseRecordSchema);

const KINDS: readonly unknown[] = ['court', 'out-of-court'];
const RECORD_KEYS = new Set(['id', 'kind', 'disposal', 'answers', 'attributes']);

/**
 * Whether a value is a valid case record, by hand: the same test as `caseRecordSchema`, several
 * times faster, so tallying a national year of audits does not pay for zod on every record. zod
 * still describes any record that fails. A property test pins that the two always agree.
 */
export function isCaseRecord(value: unknown): value is CaseRecord {
  const answers = shapedAnswers(value);
  return answers !== undefined && hasAnswerValues(answers);
}

/** Whether every own answer is "yes", "no" or "not applicable". */
export function hasAnswerValues(answers: object): boolean {
  for (const key of Object.keys(answers)) {
    const answer = (answers as Record<string, unknown>)[key];
    if (answer !== 'yes' && answer !== 'no' && answer !== 'not applicable') return false;
  }
  return true;
}

/**
 * The hand check of a case record but for the values of its answers, giving the answers object it
 * read (each field read once), or undefined: `tallyCases` checks each answer as it counts it, and
 * the values of these objects only when counting found a problem, so the answers are read once.
 */
export function shapedAnswers(value: unknown): object | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!RECORD_KEYS.has(key)) return undefined;
  const { id, kind, disposal, answers } = record;
  if (
    typeof id !== 'string' ||
    id.length === 0 ||
    typeof disposal !== 'string' ||
    disposal.length === 0
  )
    return undefined;
  if (!KINDS.includes(kind)) return undefined;
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) return undefined;
  const { attributes } = record;
  if (attributes === undefined) return answers;
  if (attributes === null || typeof attributes !== 'object' || Array.isArray(attributes))
    return undefined;
  for (const key of Object.keys(attributes))
    if (typeof (attributes as Record<string, unknown>)[key] !== 'string') return undefined;
  return answers;
}

const own = (value: unknown, key: string): boolean =>
  value !== null && typeof value === 'object' && Object.hasOwn(value, key);

/**
 * The problems of an own "__proto__" key in a case record, its answers or its attributes, which
 * the schema drops unread (a JSON file can hold one as an own key). Each is refused as the same
 * key of any other name would be, whatever its value: an unrecognised field, an answer that is
 * not one, an attribute that is not text. Paths are within the list of records.
 */
export function droppedKeyIssues(list: readonly unknown[]): RatingIssue[] {
  const found: RatingIssue[] = [];
  list.forEach((record, i) => {
    if (own(record, '__proto__'))
      found.push(issue('invalid-input', [i], 'unrecognised field "__proto__"'));
    const { answers, attributes } = (isRecordLike(record) ? record : {}) as Record<string, unknown>;
    if (own(answers, '__proto__')) {
      const answer = (answers as Record<string, unknown>)['__proto__'];
      if (!ANSWERS.includes(answer as Answer))
        found.push(
          issue(
            'invalid-answer',
            [i, 'answers', '__proto__'],
            `invalid value ${preview(answer)}: use "yes", "no" or "not applicable"`,
          ),
        );
    }
    if (own(attributes, '__proto__')) {
      const value = (attributes as Record<string, unknown>)['__proto__'];
      if (typeof value !== 'string')
        found.push(
          issue(
            'invalid-input',
            [i, 'attributes', '__proto__'],
            `expected text (got ${preview(value)})`,
          ),
        );
    }
  });
  return found;
}

const isRecordLike = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);
