import * as z from 'zod/mini';
import { ratingSchema } from '../evidence/schema.js';

// The shape of rateInspection's result, for tools that are not TypeScript (generated into
// schemas/inspection-rating.schema.json). A test checks real results against it.

const count = z.int().check(z.minimum(0));
const status = z.enum(['fired', 'not-fired', 'unknown']);

const keyQuestionResult = z.strictObject({
  keyQuestion: z.string(),
  text: z.string(),
  yes: z.optional(count),
  of: z.optional(count),
  percent: z.optional(z.number()),
  countsRecovered: z.boolean(),
  empty: z.boolean(),
  band: z.optional(ratingSchema),
});

const triggers = z.strictObject({
  nearBoundary: z.strictObject({
    status,
    boundary: z.number(),
    distance: z.number(),
    windowPoints: z.number(),
    inclusive: z.boolean(),
  }),
  oneCase: z.strictObject({
    status,
    changes: z.array(
      z.strictObject({
        keyQuestion: z.string(),
        change: z.union([z.literal(1), z.literal(-1)]),
        rating: ratingSchema,
      }),
    ),
  }),
  smallSample: z.strictObject({ status, cases: z.optional(count), limit: count }),
  anyFired: z.boolean(),
  anyUnknown: z.boolean(),
});

const standardRating = z.strictObject({
  standard: z.string(),
  name: z.string(),
  domain: z.string(),
  domainName: z.string(),
  status: z.enum(['rated', 'not-rated']),
  rating: z.optional(ratingSchema),
  method: z.enum(['key-questions', 'judgement', 'given']),
  ruleRating: z.optional(ratingSchema),
  band: z.optional(z.strictObject({ rating: ratingSchema, from: z.number(), label: z.string() })),
  lowest: z.optional(keyQuestionResult),
  keyQuestions: z.array(keyQuestionResult),
  triggers: z.optional(triggers),
  discretion: z.optional(
    z.strictObject({
      from: ratingSchema,
      to: ratingSchema,
      direction: z.enum(['raised', 'lowered', 'unchanged']),
      reason: z.string(),
      source: z.enum(['evidence', 'hook']),
      triggersUnknown: z.boolean(),
    }),
  ),
  countsTowardOverall: z.boolean(),
  score: z.optional(count),
  notRatedReason: z.optional(z.string()),
  decidedBy: z.optional(z.string()),
  explanation: z.string(),
});

/**
 * The schema of an `InspectionRating`, the result of `rateInspection`.
 *
 * @example
 * inspectionRatingSchema.safeParse(rateInspection(cumberland2024)).success // => true
 * @category Schemas
 */
export const inspectionRatingSchema = z.strictObject({
  framework: z.strictObject({ id: z.string(), name: z.string() }),
  service: z.optional(z.string()),
  standards: z.array(standardRating),
  byStandard: z.record(z.string(), standardRating),
  score: count,
  maximum: count,
  overall: z.optional(ratingSchema),
  overallBand: z.optional(z.strictObject({ rating: ratingSchema, from: count, to: count })),
  complete: z.boolean(),
  counted: z.array(z.string()),
  excluded: z.array(
    z.strictObject({
      standard: z.string(),
      reason: z.enum(['does not count toward the overall', 'missing', 'not rated']),
    }),
  ),
  policy: z.strictObject({ banding: z.enum(['rounded', 'exact']), windowInclusive: z.boolean() }),
});
