import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import {
  addCalendarMonths,
  drawSample,
  sampleSize,
  type AuditedCase,
  type CaseloadRecord,
  type SampleOptions,
} from '../../src/sampling/index.js';
import { youth2021 } from '../../src/index.js';

const FIELDWORK = '2025-07-07';
const DISPOSALS = [
  ['community-sentence', 'court'],
  ['custodial-sentence', 'court'],
  ['youth-conditional-caution', 'out-of-court'],
  ['youth-caution', 'out-of-court'],
  ['community-resolution', 'out-of-court'],
] as const;
const day = (offset: number) =>
  new Date(Date.parse(`${FIELDWORK}T00:00:00Z`) - offset * 86_400_000).toISOString().slice(0, 10);

// Caseloads of up to 150 cases with dates over the 14 months before fieldwork (so both windows
// and both sides of them are hit), and attributes sometimes missing.
const caseRecord = fc
  .record({
    disposal: fc.constantFrom<readonly [string, 'court' | 'out-of-court']>(...DISPOSALS),
    daysBefore: fc.integer({ min: 0, max: 430 }),
    gender: fc.option(fc.constantFrom('boy', 'girl'), { nil: undefined }),
    rosh: fc.constantFrom('low', 'medium', 'high'),
    safety: fc.constantFrom('low', 'high'),
  })
  .map(({ disposal: [disposal, kind], daysBefore, gender, rosh, safety }) => ({
    kind,
    disposal,
    date: day(daysBefore),
    attributes: { ...(gender !== undefined && { gender }), rosh, safety },
  }));
const caseload = fc
  .array(caseRecord, { maxLength: 150 })
  .map((cases): CaseloadRecord[] => cases.map((c, i) => ({ id: `c${i}`, ...c })));
const input = caseload.chain((cases) =>
  fc.record({
    cases: fc.constant(cases),
    audited: fc.array(
      fc.record({
        id: fc.integer({ min: 0, max: Math.max(0, cases.length + 5) }).map((i) => `c${i}`),
        date: fc.integer({ min: 0, max: 800 }).map(day),
      }),
      { maxLength: 20 },
    ),
    seed: fc.integer({ min: 0, max: 0xffffffff }),
    size: fc.oneof(
      fc.constant(undefined),
      fc.record({
        policy: fc.constant('cochran' as const),
        confidence: fc.constantFrom(0.8, 0.9, 0.95),
        margin: fc.constantFrom(5, 10, 20),
      }),
      fc.record({ policy: fc.constant('fixed' as const), size: fc.integer({ min: 0, max: 40 }) }),
    ),
    // Strata the caseload has: a case without a gender counts as a blank gender.
    strata: fc.oneof(
      fc.constant(undefined),
      fc.subarray([
        'disposal',
        ...new Set(cases.flatMap((c) => Object.keys(c.attributes ?? {})).sort()),
      ]),
    ),
  }),
);
const optionsOf = (i: {
  audited: AuditedCase[];
  seed: number;
  size: SampleOptions['size'];
  strata: string[] | undefined;
}): SampleOptions => ({
  fieldwork: FIELDWORK,
  audited: i.audited,
  seed: i.seed,
  ...(i.size && { size: i.size }),
  ...(i.strata && { strata: i.strata }),
});

/** Eligibility worked out independently: the windows by addCalendarMonths, the latest audit. */
function oracle(cases: readonly CaseloadRecord[], audited: readonly AuditedCase[]) {
  const windows = {
    court: [addCalendarMonths(FIELDWORK, -9), addCalendarMonths(FIELDWORK, -6)],
    'out-of-court': [addCalendarMonths(FIELDWORK, -5), addCalendarMonths(FIELDWORK, -3)],
  };
  const after = addCalendarMonths(FIELDWORK, -12);
  return new Map(
    cases.map((c) => {
      const [start, end] = windows[c.kind] as [string, string];
      const audits = audited.filter((a) => a.id === c.id).map((a) => a.date);
      const reason =
        c.date < start
          ? 'before-window'
          : c.date > end
            ? 'after-window'
            : audits.some((d) => d > after)
              ? 'audited'
              : 'eligible';
      return [c.id, reason];
    }),
  );
}

test.prop([input], { numRuns: 150 })(
  'the sample is a subset of the eligible cases, with no duplicates and no excluded case; every other case is excluded for the right reason',
  (i) => {
    const sample = drawSample(youth2021, i.cases, optionsOf(i));
    const expected = oracle(i.cases, i.audited);
    const ids = sample.cases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(expected.get(id)).toBe('eligible');
    const excluded = new Map(sample.excluded.map((e) => [e.id, e.reason]));
    for (const [id, reason] of expected) expect(excluded.get(id) ?? 'eligible', id).toBe(reason);
    for (const plan of sample.kinds) {
      const eligible = i.cases.filter(
        (c) => c.kind === plan.kind && expected.get(c.id) === 'eligible',
      );
      expect(plan.eligible).toBe(eligible.length);
      expect(plan.caseload).toBe(i.cases.filter((c) => c.kind === plan.kind).length);
      expect(sample.cases.filter((c) => c.kind === plan.kind).length).toBe(plan.size.size);
    }
    // The sample's records are the caseload's, copied.
    for (const c of sample.cases) expect(c).toEqual(i.cases.find((x) => x.id === c.id));
  },
);

test.prop([input], { numRuns: 100 })(
  'deterministic for a seed: the same caseload, options and seed draw the same sample',
  (i) => {
    const once = drawSample(youth2021, i.cases, optionsOf(i));
    const again = drawSample(youth2021, structuredClone(i.cases), optionsOf(structuredClone(i)));
    expect(again).toEqual(once);
  },
);

test.prop([input], { numRuns: 150 })(
  "each kind's size is the size rule's for its eligible count, and never more than the eligible cases",
  (i) => {
    const sample = drawSample(youth2021, i.cases, optionsOf(i));
    for (const plan of sample.kinds) {
      expect(plan.size.size).toBe(sampleSize(plan.eligible, i.size ?? undefined).size);
      expect(plan.size.size).toBeLessThanOrEqual(plan.eligible);
    }
  },
);

test.prop([input], { numRuns: 150 })(
  'stratum counts are within one case of proportional, add up to the size, and every stratum with a share of a whole case or more is drawn from',
  (i) => {
    const sample = drawSample(youth2021, i.cases, optionsOf(i));
    const valueOf = (c: CaseloadRecord, field: string) =>
      field === 'disposal' ? c.disposal : (c.attributes?.[field] ?? '');
    for (const plan of sample.kinds) {
      const n = plan.size.size;
      const N = plan.eligible;
      expect(plan.strata.reduce((sum, s) => sum + s.sample, 0)).toBe(n);
      expect(plan.strata.reduce((sum, s) => sum + s.population, 0)).toBe(N);
      for (const s of plan.strata) {
        // Exact, in whole numbers: |sample × N - n × population| < N.
        expect(Math.abs(s.sample * N - n * s.population)).toBeLessThan(N);
        if (n * s.population >= N) expect(s.sample).toBeGreaterThanOrEqual(1);
        expect(s.sample).toBeLessThanOrEqual(s.population);
        // The drawn cases really fall in the stratum as often as the row says.
        const drawn = sample.cases.filter(
          (c) =>
            c.kind === plan.kind && sample.strata.every((f, k) => valueOf(c, f) === s.values[k]),
        );
        expect(drawn.length).toBe(s.sample);
      }
    }
  },
);

test.prop([input], { numRuns: 100 })('the caseload and options given are not changed', (i) => {
  const before = structuredClone(i);
  drawSample(youth2021, i.cases, optionsOf(i));
  expect(i).toEqual(before);
});
