import * as z from 'zod/mini';
import { ratingSchema } from '../evidence/schema.js';
import { intervalSchema } from '../confidence/confidence-schema.js';

// The shape of breakdownByGroup's result, so breakdownRows checks what it is given and prints the
// checked copy.
const count = z.int().check(z.minimum(0));
const text = z.string().check(z.maxLength(10_000));
const suppressed = z.union([
  z.strictObject({ status: z.literal('fewer-than'), threshold: count }),
  z.strictObject({ status: z.literal('withheld') }),
]);
const figure = { yes: count, of: count, interval: z.optional(intervalSchema) };

/** What `breakdownByGroup` returns. */
export const breakdownSchema = z.strictObject({
  framework: text,
  attribute: text,
  suppressBelow: count,
  level: z.number().check(z.gt(0), z.lt(1)),
  banding: z.enum(['rounded', 'exact']),
  groups: z.array(
    z.strictObject({
      value: text,
      label: text,
      blank: z.boolean(),
      cases: z.union([z.strictObject({ status: z.literal('shown'), count }), suppressed]),
    }),
  ),
  cases: count,
  keyQuestions: z.array(
    z.strictObject({
      standard: text,
      keyQuestion: text,
      whole: z.strictObject(figure),
      groups: z.array(
        z.union([z.strictObject({ status: z.literal('shown'), ...figure }), suppressed]),
      ),
    }),
  ),
  standards: z.array(
    z.strictObject({
      standard: text,
      name: text,
      whole: z.union([
        z.strictObject({
          status: z.literal('rated'),
          rating: ratingSchema,
          lowest: text,
          range: z.strictObject({ from: ratingSchema, to: ratingSchema }),
          indicative: z.boolean(),
        }),
        z.strictObject({ status: z.literal('not-rated') }),
        z.strictObject({ status: z.literal('withheld') }),
      ]),
      groups: z.array(
        z.union([
          z.strictObject({
            status: z.literal('rated'),
            rating: ratingSchema,
            lowest: text,
            range: z.strictObject({ from: ratingSchema, to: ratingSchema }),
            indicative: z.boolean(),
          }),
          z.strictObject({ status: z.literal('not-rated') }),
          z.strictObject({ status: z.literal('withheld') }),
        ]),
      ),
    }),
  ),
  notes: z.array(text),
});
