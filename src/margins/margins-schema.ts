import * as z from 'zod/mini';
import { ratingSchema } from '../evidence/schema.js';

// The shape of ratingMargins' result, for reports that take margins from outside and for tools
// that are not TypeScript. A test checks real margins against it.
const count = z.int().check(z.minimum(0));
const move = z.strictObject({
  rating: ratingSchema,
  changes: z.array(z.strictObject({ keyQuestion: z.string(), answers: count })),
  total: count,
});

/**
 * The schema of the margins `ratingMargins` returns.
 *
 * @example
 * marginsSchema.safeParse(ratingMargins(rateInspection(cumberland2024), youth2021)).success // => true
 * @category Schemas
 */
export const marginsSchema = z.array(
  z.strictObject({
    standard: z.string(),
    ruleRating: ratingSchema,
    lowest: z.strictObject({
      keyQuestion: z.string(),
      text: z.string(),
      yes: z.optional(count),
      of: z.optional(count),
      percent: z.optional(z.number()),
      countsRecovered: z.boolean(),
      empty: z.boolean(),
      band: z.optional(ratingSchema),
    }),
    up: z.optional(move),
    down: z.optional(move),
    known: z.boolean(),
    triggersFired: z.array(z.enum(['near-boundary', 'one-case', 'small-sample'])),
    sentence: z.string(),
  }),
);
