import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { auditedCaseSchema, caseloadRecordSchema } from '../../src/sampling/index.js';
import { isAuditedCase, isCaseloadRecord } from '../../src/sampling/caseload-record.js';

// Near-valid records: each field drawn from valid values and from the usual mistakes.
const field = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof(valid, fc.constantFrom<unknown>(undefined, null, '', 0, 'Yes', [], {}, 'court '));
const date = fc.oneof(
  fc
    .date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2200-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom(
    '2024-02-29',
    '2023-02-29',
    '2024-02-30',
    '2025-04-31',
    '2025-13-01',
    '2025-00-01',
    '1899-12-31',
    '0000-01-01',
    '2025-1-01',
    '2025-01-01T00:00:00Z',
    '45678',
    ' 2025-01-01',
  ),
  fc.string({ minLength: 10, maxLength: 10 }),
);
const record = fc.record(
  {
    id: field(fc.string({ minLength: 1 })),
    kind: field(fc.constantFrom('court', 'out-of-court')),
    disposal: field(fc.constantFrom('community-sentence', 'youth-caution')),
    date: field(date),
    attributes: fc.oneof(
      fc.dictionary(fc.string(), field(fc.string())),
      fc.constantFrom<unknown>(null, [], 'x', undefined),
    ),
    extra: fc.constant(1),
  },
  { requiredKeys: [] },
);
const audited = fc.record(
  { id: field(fc.string({ minLength: 1 })), date: field(date), note: fc.constant('x') },
  { requiredKeys: [] },
);

test.prop([fc.oneof(record, fc.anything())], { numRuns: 1000 })(
  'the hand check of a caseload record agrees with caseloadRecordSchema',
  (value) => {
    expect(isCaseloadRecord(value)).toBe(caseloadRecordSchema.safeParse(value).success);
  },
);

test.prop([fc.oneof(audited, fc.anything())], { numRuns: 500 })(
  'the hand check of an audit-log entry agrees with auditedCaseSchema',
  (value) => {
    expect(isAuditedCase(value)).toBe(auditedCaseSchema.safeParse(value).success);
  },
);
