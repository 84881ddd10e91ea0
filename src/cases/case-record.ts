import * as z from 'zod/mini';

/** An inspector's answer to a key question or prompt for one case. @category Cases */
export const ANSWERS = /* @__PURE__ */ Object.freeze(['yes', 'no', 'not applicable'] as const);
/** @category Cases */
export type Answer = (typeof ANSWERS)[number];

/** The answer schema. @category Schemas */
export const answerSchema = z.enum(ANSWERS);

/**
 * One inspected case: its id, kind (`court` for domain two, `out-of-court` for domain three), its
 * disposal (an id from the framework's `disposals`) and its answers keyed by key-question or
 * prompt id. A question left out of `answers` is unanswered.
 * @category Schemas
 */
export const caseRecordSchema = z.strictObject({
  id: z.string().check(z.minLength(1)),
  kind: z.enum(['court', 'out-of-court']),
  disposal: z.string().check(z.minLength(1)),
  answers: z.record(z.string(), answerSchema),
});

/** One inspected case. @category Cases */
export type CaseRecord = z.infer<typeof caseRecordSchema>;

/** A list of cases, as a schema. @category Schemas */
export const caseRecordsSchema = z.array(caseRecordSchema);
