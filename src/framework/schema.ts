import * as z from 'zod/mini';
import { ratingSchema } from '../evidence/schema.js';

const id = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/));
const text = z.string().check(z.minLength(1));
const whole = z.int().check(z.minimum(0));
const caseKind = z.enum(['court', 'out-of-court']);

const promptSchema = z.strictObject({ id, text });
const keyQuestionSchema = z.strictObject({
  id,
  text,
  appliesTo: z.optional(z.array(id)),
  prompts: z.array(promptSchema),
  note: z.optional(text),
});
const standardSchema = z.strictObject({
  id,
  name: text,
  statement: z.optional(text),
  ratedBy: z.enum(['key-questions', 'judgement']),
  countsTowardOverall: z.boolean(),
  mayBeNotRated: z.optional(z.boolean()),
  keyQuestions: z.array(keyQuestionSchema),
  note: z.optional(text),
});

/**
 * The shape of a framework. `defineFramework` also checks what a shape cannot say: unique and
 * nested ids, ascending bands, and overall bands covering the whole score range.
 * @category Schemas
 */
export const frameworkSchema = z.strictObject({
  id,
  name: text,
  keyQuestionBands: z.array(
    z.strictObject({
      rating: ratingSchema,
      from: z.number().check(z.minimum(0), z.maximum(100)),
      label: text,
    }),
  ),
  scores: z.strictObject({
    Inadequate: whole,
    'Requires improvement': whole,
    Good: whole,
    Outstanding: whole,
  }),
  overallBands: z.array(z.strictObject({ rating: ratingSchema, from: whole, to: whole })),
  discretion: z.strictObject({
    windowPoints: z.number().check(z.minimum(0), z.maximum(100)),
    smallSample: whole,
  }),
  disposals: z.array(z.strictObject({ id, name: text, kind: caseKind })),
  domains: z.array(
    z.strictObject({
      id,
      name: text,
      caseKind: z.optional(caseKind),
      standards: z.array(standardSchema),
    }),
  ),
  sources: z.array(z.strictObject({ id, title: text, part: z.optional(text) })),
  gaps: z.array(text),
});
