import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { addCalendarMonths, drawSample } from '../../src/sampling/index.js';
import { youth2021 } from '../../src/index.js';

// An independent oracle for the month rule: JavaScript's Date in UTC, with the day clamped by
// asking Date for the last day of the month reached (day 0 of the month after it).
function oracle(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${String(first.getUTCFullYear()).padStart(4, '0')}-${String(first.getUTCMonth() + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const date = fc
  .date({
    min: new Date('1950-01-01T00:00:00Z'),
    max: new Date('2150-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));
// Month ends and leap days, where clamping happens, drawn often.
const edgeDate = fc.oneof(
  date,
  fc
    .record({ y: fc.integer({ min: 1950, max: 2150 }), m: fc.integer({ min: 1, max: 12 }) })
    .map(({ y, m }) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)),
  fc
    .integer({ min: 1950, max: 2150 })
    .map((y) => `${y - (y % 4)}-02-29`)
    .filter((d) => {
      const y = Number(d.slice(0, 4));
      return y % 100 !== 0 || y % 400 === 0;
    }),
);

test.prop([edgeDate, fc.integer({ min: -240, max: 240 })], { numRuns: 300 })(
  'addCalendarMonths agrees with a UTC Date oracle that clamps to the end of the month',
  (d, months) => {
    expect(addCalendarMonths(d, months)).toBe(oracle(d, months));
  },
);

test.prop([edgeDate, fc.integer({ min: 0, max: 120 })], { numRuns: 200 })(
  'moving back keeps the day or lands on the last day of a shorter month, never past it',
  (d, months) => {
    const moved = addCalendarMonths(d, -months);
    const day = Number(d.slice(8));
    const movedDay = Number(moved.slice(8));
    expect(movedDay <= day).toBe(true);
    if (movedDay < day) {
      // It clamped: the next day is in the following month.
      const next = new Date(Date.parse(`${moved}T00:00:00Z`) + 86_400_000).toISOString();
      expect(next.slice(8, 10)).toBe('01');
    }
  },
);

test.prop([edgeDate], { numRuns: 150 })(
  'window edges are inclusive: a disposal made on either edge day is eligible, the day outside is not',
  (fieldwork) => {
    const start = addCalendarMonths(fieldwork, -9);
    const end = addCalendarMonths(fieldwork, -6);
    const shift = (d: string, days: number) =>
      new Date(Date.parse(`${d}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const dates = [shift(start, -1), start, end, shift(end, 1)];
    const caseload = dates.map((date, i) => ({
      id: `c${i}`,
      kind: 'court' as const,
      disposal: 'community-sentence',
      date,
    }));
    const sample = drawSample(youth2021, caseload, {
      fieldwork,
      size: { policy: 'fixed', size: 10 },
    });
    expect(sample.cases.map((c) => c.id)).toEqual(['c1', 'c2']);
    expect(sample.excluded.map((e) => [e.id, e.reason])).toEqual([
      ['c0', 'before-window'],
      ['c3', 'after-window'],
    ]);
  },
);
