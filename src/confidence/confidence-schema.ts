import * as z from 'zod/mini';
import { ratingSchema } from '../evidence/schema.js';

// The shapes of the trust room's results, so the functions that print them (intervalRows,
// resampleRows, breakdownRows) check what they are given and print the checked copy.
const count = z.int().check(z.minimum(0));
const share = z.number().check(z.minimum(0), z.maximum(1));
const level = z.number().check(z.gt(0), z.lt(1));
const banding = z.enum(['rounded', 'exact']);
const text = z.string().check(z.maxLength(10_000));

/** A key question's exact interval (see `keyQuestionInterval`). */
export const intervalSchema = z.strictObject({
  yes: count,
  of: count,
  level,
  lower: share,
  upper: share,
  percent: z.int().check(z.minimum(0), z.maximum(100)),
  band: ratingSchema,
  bands: z.array(ratingSchema),
  sentence: text,
});

/** What `ratingIntervals` returns. */
export const ratingIntervalsSchema = z.strictObject({
  level,
  banding,
  keyQuestions: z.array(
    z.strictObject({
      standard: text,
      keyQuestion: text,
      interval: z.optional(intervalSchema),
      note: z.optional(text),
    }),
  ),
});

const bandCount = z.strictObject({
  rating: z.union([ratingSchema, z.literal('not rated')]),
  count,
  share,
});

/** What `resampleRating` returns. */
export const resampledRatingSchema = z.strictObject({
  framework: text,
  resamples: count,
  seed: count,
  level,
  banding,
  cases: z.strictObject({ court: count, outOfCourt: count }),
  standards: z.array(
    z.strictObject({
      standard: text,
      name: text,
      countsTowardOverall: z.boolean(),
      observed: z.optional(ratingSchema),
      rated: z.optional(ratingSchema),
      bands: z.array(bandCount),
      sentence: text,
    }),
  ),
  overall: z.optional(
    z.strictObject({
      observed: ratingSchema,
      observedScore: count,
      rated: ratingSchema,
      maximum: count,
      bands: z.array(bandCount),
      score: z.optional(
        z.strictObject({ median: count, lower: count, upper: count, resamples: count }),
      ),
      sentence: text,
    }),
  ),
  overallNote: z.optional(text),
  method: text,
});
