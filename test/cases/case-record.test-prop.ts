import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { caseRecordSchema } from '../../src/cases/index.js';
import { isCaseRecord } from '../../src/cases/case-record.js';

// Near-valid records: each field drawn from valid values and from the usual mistakes.
const field = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof(valid, fc.constantFrom<unknown>(undefined, null, '', 0, 'Yes', [], {}, 'court '));
const record = fc.record(
  {
    id: field(fc.string({ minLength: 1 })),
    kind: field(fc.constantFrom('court', 'out-of-court')),
    disposal: field(fc.constantFrom('community-sentence', 'youth-caution')),
    answers: fc.oneof(
      fc.dictionary(fc.string(), field(fc.constantFrom('yes', 'no', 'not applicable'))),
      fc.constantFrom<unknown>(null, [], 'yes'),
    ),
    attributes: fc.oneof(
      fc.dictionary(fc.string(), field(fc.string())),
      fc.constantFrom<unknown>(null, [], 'x', undefined),
    ),
    extra: fc.constant(1),
  },
  { requiredKeys: [] },
);

test.prop([fc.oneof(record, fc.anything())], { numRuns: 2000 })(
  'the hand check of a case record agrees with caseRecordSchema',
  (value) => {
    expect(isCaseRecord(value)).toBe(caseRecordSchema.safeParse(value).success);
  },
);
