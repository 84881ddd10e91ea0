import * as z from 'zod/mini';
import { ratingSchema } from '../evidence/schema.js';

// Names every plain object inherits ("constructor", "toString", ...) are refused as ids, so an id
// can never be confused with a built-in property wherever it is used as a key.
const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype));
const id = z.string().check(
  z.maxLength(100),
  z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/),
  z.refine((v) => !RESERVED.has(v), { message: 'is a name every object has built in' }),
);
const text = z.string().check(z.minLength(1), z.maxLength(10_000));
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

const sourceSchema = z.strictObject({ id, title: text, part: z.optional(text) });

/** The key-question bands: a figure from `from` up to the next band's `from` takes `rating`. */
export const keyQuestionBandsSchema = z.array(
  z.strictObject({
    rating: ratingSchema,
    from: z.number().check(z.minimum(0), z.maximum(100)),
    label: text,
  }),
);

/** The overall bands: a score from `from` to `to` takes `rating`. */
export const overallBandsSchema = z.array(
  z.strictObject({ rating: ratingSchema, from: whole, to: whole }),
);

/** The score each rating adds to the overall. */
export const scoresSchema = z.strictObject({
  Inadequate: whole,
  'Requires improvement': whole,
  Good: whole,
  Outstanding: whole,
});

/** When the ratings panel may consider discretion. */
export const discretionParametersSchema = z.strictObject({
  windowPoints: z.number().check(z.minimum(0), z.maximum(100)),
  smallSample: whole,
});

/**
 * The shape of a framework. `defineFramework` also checks what a shape cannot say: unique and
 * nested ids, ascending bands, and overall bands covering the whole score range.
 * @category Schemas
 */
export const frameworkSchema = z.strictObject({
  id,
  name: text,
  keyQuestionBands: keyQuestionBandsSchema,
  scores: scoresSchema,
  overallBands: overallBandsSchema,
  discretion: discretionParametersSchema,
  disposals: z.array(
    z.strictObject({
      id,
      name: text,
      kind: caseKind,
      aliases: z.optional(
        z.array(z.strictObject({ name: text, source: sourceSchema, note: z.optional(text) })),
      ),
    }),
  ),
  domains: z.array(
    z.strictObject({
      id,
      name: text,
      caseKind: z.optional(caseKind),
      standards: z.array(standardSchema),
    }),
  ),
  sources: z.array(sourceSchema),
  gaps: z.array(text),
});
