import * as z from 'zod/mini';
import { ratingSchema } from '../evidence/schema.js';

// The shape of auditTrend's result, for reports and charts that take a trend from outside and for
// tools that are not TypeScript. A test checks real trends against it.
const count = z.int().check(z.minimum(0));
const share = z.number().check(z.minimum(0), z.maximum(1));
const percent = z.number().check(z.minimum(0), z.maximum(100));
const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

const change = z.strictObject({
  from: date,
  to: date,
  direction: z.enum(['rose', 'fell', 'unchanged', 'not compared']),
  difference: z.optional(z.int()),
  fromBand: z.optional(ratingSchema),
  toBand: z.optional(ratingSchema),
  bandSteps: z.optional(z.int()),
  verdict: z.enum(['beyond-intervals', 'within-intervals', 'not-tested']),
  reason: z.optional(z.string()),
  sentence: z.string(),
});

const series = {
  changes: z.array(change),
  firstToLast: change,
};

const keyQuestionPoint = z.strictObject({
  date,
  yes: z.optional(count),
  of: z.optional(count),
  percent: z.optional(percent),
  band: z.optional(ratingSchema),
  lower: z.optional(share),
  upper: z.optional(share),
  bands: z.optional(z.array(ratingSchema)),
  note: z.optional(z.string()),
});

const standardPoint = z.strictObject({
  date,
  status: z.enum(['rated', 'not-rated', 'not-given']),
  rating: z.optional(ratingSchema),
  ruleRating: z.optional(ratingSchema),
  method: z.optional(z.enum(['key-questions', 'judgement', 'given'])),
  lowest: z.optional(
    z.strictObject({
      keyQuestion: z.string(),
      yes: z.optional(count),
      of: z.optional(count),
      percent: z.optional(percent),
    }),
  ),
  score: z.optional(count),
  discretion: z.optional(z.enum(['raised', 'lowered', 'unchanged'])),
  allowed: z.optional(z.strictObject({ lowest: ratingSchema, highest: ratingSchema })),
  note: z.optional(z.string()),
});

const overallPoint = z.strictObject({
  date,
  complete: z.boolean(),
  score: count,
  maximum: count,
  overall: z.optional(ratingSchema),
  allowed: z.optional(z.strictObject({ lowest: count, highest: count })),
  note: z.optional(z.string()),
});

/**
 * The schema of an `AuditTrend`, the result of `auditTrend`.
 *
 * @example
 * const rating = rateCases(youth2021, cumberlandCases, {}, { incomplete: 'allow' }).rating;
 * auditTrendSchema.safeParse(auditTrend(youth2021, [{ date: '2024-01-15', rating }, { date: '2024-04-15', rating }])).success // => true
 * @category Schemas
 */
export const auditTrendSchema = z
  .strictObject({
    framework: z.strictObject({ id: z.string(), name: z.string() }),
    keyQuestionBands: z
      .array(z.strictObject({ rating: ratingSchema, from: percent, label: z.string() }))
      .check(z.minLength(1), z.maxLength(4)),
    overallBands: z
      .array(z.strictObject({ rating: ratingSchema, from: count, to: count }))
      .check(z.minLength(1), z.maxLength(4)),
    level: z.number().check(z.positive(), z.lt(1)),
    banding: z.enum(['rounded', 'exact']),
    audits: z
      .array(
        z.strictObject({
          date,
          label: z.optional(z.string()),
          given: count,
          complete: z.boolean(),
          score: count,
          maximum: count,
          overall: z.optional(ratingSchema),
          noOverall: z.optional(z.string()),
          sample: z.optional(z.strictObject({ total: count, court: count, outOfCourt: count })),
        }),
      )
      .check(z.minLength(2), z.maxLength(100)),
    keyQuestions: z.array(
      z.strictObject({
        standard: z.string(),
        keyQuestion: z.string(),
        text: z.string(),
        points: z.array(keyQuestionPoint),
        ...series,
      }),
    ),
    standards: z.array(
      z.strictObject({
        standard: z.string(),
        name: z.string(),
        domain: z.string(),
        domainName: z.string(),
        ratedBy: z.enum(['key-questions', 'judgement']),
        countsTowardOverall: z.boolean(),
        points: z.array(standardPoint),
        ...series,
      }),
    ),
    overall: z.strictObject({ points: z.array(overallPoint), ...series }),
    bandChanges: z.array(
      z.strictObject({
        figure: z.string(),
        kind: z.enum(['key question', 'standard', 'overall']),
        change,
      }),
    ),
    notes: z.array(z.string()),
  })
  .check(
    z.refine((t) => consistent(t), {
      message: 'every series has one point per audit, on its date, and one change between each two',
    }),
  );

/** Every series has one point per audit on the audit's date, and a change between each two. */
function consistent(t: {
  readonly audits: readonly { readonly date: string }[];
  readonly keyQuestions: readonly Series[];
  readonly standards: readonly Series[];
  readonly overall: Series;
}): boolean {
  const dates = t.audits.map((a) => a.date);
  const first = dates[0];
  const last = dates[dates.length - 1];
  const fits = (s: Series) =>
    s.points.length === dates.length &&
    s.points.every((p, i) => p.date === dates[i]) &&
    s.changes.length === dates.length - 1 &&
    s.changes.every((c, i) => c.from === dates[i] && c.to === dates[i + 1]) &&
    s.firstToLast.from === first &&
    s.firstToLast.to === last;
  return (
    dates.every((d, i) => i === 0 || (dates[i - 1] as string) < d) &&
    t.keyQuestions.every(fits) &&
    t.standards.every(fits) &&
    fits(t.overall)
  );
}

interface Series {
  readonly points: readonly { readonly date: string }[];
  readonly changes: readonly { readonly from: string; readonly to: string }[];
  readonly firstToLast: { readonly from: string; readonly to: string };
}
