import * as z from 'zod/mini';
import { ratingSchema } from '../evidence/schema.js';

// The shape of summariseGrades' result, so gradeSummaryRows checks what it is given and prints the
// checked copy.
const count = z.int().check(z.minimum(0));
const text = z.string().check(z.maxLength(10_000));
const share = z.nullable(z.number().check(z.gte(0), z.lte(1)));
const distribution = z.strictObject({
  graded: count,
  notGraded: count,
  level: z.number().check(z.gt(0), z.lt(1)),
  shares: z.array(
    z.strictObject({
      grade: ratingSchema,
      count,
      percent: z.nullable(count),
      lower: share,
      upper: share,
    }),
  ),
});
const column = z.strictObject({ yes: count, of: count, percent: z.nullable(count) });

/** What `summariseGrades` returns. */
export const gradeSummarySchema = z.strictObject({
  distribution,
  crossTab: z.strictObject({
    framework: text,
    goodOrBetter: count,
    belowGood: count,
    rows: z.array(
      z.strictObject({
        keyQuestion: text,
        standard: text,
        goodOrBetter: column,
        belowGood: column,
      }),
    ),
  }),
  byGroup: z.optional(
    z.strictObject({
      attribute: text,
      suppressBelow: count,
      whole: distribution,
      groups: z.array(
        z.strictObject({
          value: text,
          label: text,
          grades: z.union([
            z.strictObject({ status: z.literal('shown'), distribution }),
            z.strictObject({ status: z.literal('fewer-than'), threshold: count }),
            z.strictObject({ status: z.literal('withheld') }),
          ]),
        }),
      ),
      note: text,
    }),
  ),
  notes: z.array(text),
});
