import { describe, expect, it } from 'vitest';
import { readAnswer } from '../../src/sheets.js';

describe('answers are read as people type them, once, at the sheet boundary', () => {
  it.each([
    ['Y', 'yes'],
    ['yes', 'yes'],
    [' YES ', 'yes'],
    ['Yes', 'yes'],
    ['n', 'no'],
    ['No', 'no'],
    ['NO ', 'no'],
    ['NA', 'not applicable'],
    ['n/a', 'not applicable'],
    ['N/A', 'not applicable'],
    ['N.A.', 'not applicable'],
    ['Not Applicable', 'not applicable'],
    ['not  applicable', 'not applicable'],
  ] as const)('%j is %s', (cell, answer) => {
    expect(readAnswer(cell)).toEqual({ answer });
  });
  it.each([[''], ['   ']])('%j is blank (unanswered)', (cell) => {
    expect(readAnswer(cell)).toEqual({ blank: true });
  });
  it.each([['y/n'], ['Yes or No'], ['no, n/a'], ['x'], ['-']])(
    '%j is ambiguous and reported',
    (cell) => {
      expect(readAnswer(cell)).toHaveProperty('ambiguous');
    },
  );
  it.each([['maybe'], ['1'], ['ok']])('%j is not an answer', (cell) => {
    expect(readAnswer(cell)).toHaveProperty('invalid');
  });
});
