import * as z from 'zod/mini';

// The shape of tallyCases' result, for reports that take a tally from outside and for tools that
// are not TypeScript. A test checks real tallies against it.
const count = z.int().check(z.minimum(0));
const answerCount = {
  yes: count,
  no: count,
  notApplicable: count,
  of: count,
  percent: z.optional(z.int().check(z.minimum(0), z.maximum(100))),
};

/**
 * The schema of a `CaseTally`, the result of `tallyCases`.
 *
 * @example
 * caseTallySchema.safeParse(tallyCases(youth2021, cumberlandCases)).success // => true
 * @category Schemas
 */
export const caseTallySchema = z.strictObject({
  framework: z.string(),
  cases: z.strictObject({
    total: count,
    court: count,
    outOfCourt: count,
    byDisposal: z.record(z.string(), count),
  }),
  keyQuestions: z.record(z.string(), z.strictObject(answerCount)),
  standards: z.record(
    z.string(),
    z.strictObject({
      keyQuestions: z.record(z.string(), z.strictObject({ yes: count, of: count })),
    }),
  ),
  prompts: z.array(
    z.strictObject({
      standard: z.string(),
      keyQuestion: z.string(),
      prompt: z.string(),
      text: z.string(),
      ...answerCount,
    }),
  ),
  promptsNote: z.string(),
});
