import { describe, expect, it } from 'vitest';
import { RatingRuleError, youth2021 } from '../../src/index.js';
import { addCalendarMonths, drawSample } from '../../src/sampling/index.js';
import { isIsoDate } from '../../src/sampling/calendar.js';

const issues = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(RatingRuleError);
    return (e as RatingRuleError).issues.map((i) => `${i.path.join('.')}: ${i.code}`);
  }
  throw new Error('expected a RatingRuleError');
};

describe('calendar months, clamped to the end of the month', () => {
  it('31 January minus one month is 31 December; 31 March minus one month is the last day of February', () => {
    expect(addCalendarMonths('2025-01-31', -1)).toBe('2024-12-31');
    expect(addCalendarMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addCalendarMonths('2024-03-31', -1)).toBe('2024-02-29'); // 2024 is a leap year
    expect(addCalendarMonths('2025-05-31', -1)).toBe('2025-04-30');
    expect(addCalendarMonths('2025-03-30', -1)).toBe('2025-02-28');
    expect(addCalendarMonths('2025-03-28', -1)).toBe('2025-02-28');
  });

  it('leap days: 29 February 2024 moves to 28 February in common years and stays 29 in leap years', () => {
    expect(addCalendarMonths('2024-02-29', -12)).toBe('2023-02-28');
    expect(addCalendarMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addCalendarMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addCalendarMonths('2024-08-31', -6)).toBe('2024-02-29');
    // The Gregorian century rule: 1900 and 2100 are common years, 2000 a leap year.
    expect(addCalendarMonths('2000-03-31', -1)).toBe('2000-02-29');
    expect(addCalendarMonths('2100-03-31', -1)).toBe('2100-02-28');
    expect(addCalendarMonths('1900-03-31', -1)).toBe('1900-02-28');
  });

  it('crosses years both ways and keeps the day when the month has it', () => {
    expect(addCalendarMonths('2025-07-07', -9)).toBe('2024-10-07');
    expect(addCalendarMonths('2025-07-07', -6)).toBe('2025-01-07');
    expect(addCalendarMonths('2025-01-15', -13)).toBe('2023-12-15');
    expect(addCalendarMonths('2024-12-31', 2)).toBe('2025-02-28');
    expect(addCalendarMonths('2025-07-07', 0)).toBe('2025-07-07');
  });

  it('refuses dates that do not exist and months out of range, naming both at once', () => {
    expect(issues(() => addCalendarMonths('2024-02-30', 1.5))).toEqual([
      'date: invalid-date',
      'months: invalid-argument',
    ]);
    for (const bad of [
      '2023-02-29',
      '2025-13-01',
      '2025-00-10',
      '2025-04-31',
      '25-01-01',
      '2025-1-1',
      '1899-12-31',
      '2025-01-01T00:00',
    ])
      expect(isIsoDate(bad), bad).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(issues(() => addCalendarMonths('9999-12-01', 1))).toEqual(['months: invalid-argument']);
  });

  it('the court window for fieldwork starting 31 March runs from 30 June to 30 September (clamped)', () => {
    const sample = drawSample(youth2021, [], { fieldwork: '2025-03-31' });
    expect(sample.kinds.map((k) => [k.kind, k.window.start, k.window.end])).toEqual([
      ['court', '2024-06-30', '2024-09-30'],
      ['out-of-court', '2024-10-31', '2024-12-31'],
    ]);
  });
});
