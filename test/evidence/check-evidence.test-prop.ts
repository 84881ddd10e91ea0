import { fc, test } from '@fast-check/vitest';
import { expect, it as example } from 'vitest';
import { safeRateInspection, standardEvidenceSchema } from '../../src/index.js';
import * as z from 'zod/mini';
import { envelopeOf, standardEvidence } from '../../src/evidence/check-evidence.js';
import { inspectionSchemaOf } from '../../src/evidence/schema.js';

// Near-valid evidence: each field drawn from valid values and from the usual mistakes.
const mistakes = fc.constantFrom<unknown>(
  undefined,
  null,
  '',
  0,
  -1,
  1.5,
  NaN,
  Infinity,
  1e13,
  'Good',
  'good',
  [],
  {},
  true,
  'x'.repeat(2001),
);
const field = <T>(valid: fc.Arbitrary<T>) => fc.oneof(valid, mistakes);
const count = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.constant(1e12));
const keyQuestion = fc.oneof(
  fc.record(
    {
      yes: field(count),
      of: field(count),
      percent: field(fc.integer({ min: 0, max: 100 })),
      extra: field(fc.constant(1)),
    },
    { requiredKeys: [] },
  ),
  mistakes,
);
const rating = fc.constantFrom('Inadequate', 'Requires improvement', 'Good', 'Outstanding');
const evidence = fc.record(
  {
    keyQuestions: field(
      fc.dictionary(fc.constantFrom('2.1.1', '2.1.2', '__proto__', 'constructor', ''), keyQuestion),
    ),
    rating: field(rating),
    notRated: field(fc.string({ minLength: 1, maxLength: 20 })),
    decidedBy: field(fc.string({ maxLength: 5 })),
    discretion: field(
      fc.record(
        {
          rating: field(rating),
          reason: field(fc.string({ maxLength: 5 })),
          more: field(fc.constant(1)),
        },
        { requiredKeys: [] },
      ),
    ),
    other: field(fc.constant('x')),
  },
  { requiredKeys: [] },
);

test.prop([fc.oneof(evidence, fc.anything())], { numRuns: 3000 })(
  "the hand check of a standard's evidence agrees with standardEvidenceSchema, and copies what zod gives",
  (value) => {
    const parsed = standardEvidenceSchema.safeParse(value);
    const checked = standardEvidence(value);
    expect(checked !== undefined).toBe(parsed.success);
    if (parsed.success) {
      // zod's record drops an own "__proto__" key without a word; the hand check keeps it, so the
      // rule refuses it as an unknown key question (the test after this one) instead of rating
      // evidence with a key silently gone. Apart from that key, the two agree.
      const keyQuestions = checked?.keyQuestions && { ...checked.keyQuestions };
      if (keyQuestions) Reflect.deleteProperty(keyQuestions, '__proto__');
      expect({ ...checked, ...(keyQuestions && { keyQuestions }) }).toEqual(parsed.data);
    }
  },
);

example(
  "a key question named __proto__ that zod's record drops is refused by the rule, never rated without it",
  () => {
    const evidence = JSON.parse(
      '{"framework":"hmip-youth-2021","standards":{"2.1":{"keyQuestions":{"__proto__":{"yes":8,"of":8}}}}}',
    ) as unknown;
    expect(
      standardEvidence((evidence as { standards: { '2.1': unknown } }).standards['2.1']),
    ).toBeDefined();
    const result = safeRateInspection(evidence, { incomplete: 'allow' });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.issues.map((i) => [i.code, i.path.join('/')])).toContainEqual([
        'unknown-key-question',
        'standards/2.1/keyQuestions/__proto__',
      ]);
  },
);

const envelope = fc.record(
  {
    framework: fc.oneof(fc.constantFrom('hmip-youth-2021', ''), mistakes),
    service: fc.oneof(fc.string({ maxLength: 4 }), mistakes),
    standards: fc.oneof(
      fc.dictionary(fc.string({ maxLength: 3 }), fc.anything()),
      mistakes,
      fc.constant(new Date(0)),
    ),
    extra: mistakes,
  },
  { requiredKeys: [] },
);
const envelopeSchema = inspectionSchemaOf(z.unknown());

test.prop([fc.oneof(envelope, fc.anything())], { numRuns: 3000 })(
  "the hand check of the evidence's envelope agrees with the schema",
  (value) => {
    const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
    const checked = isObject ? envelopeOf(value as Record<string, unknown>) : undefined;
    expect(checked !== undefined).toBe(envelopeSchema.safeParse(value).success);
  },
);
