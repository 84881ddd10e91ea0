import { expect, it } from 'vitest';
import { cumberland2024 } from '../../src/published/index.js';
import { rateInspection, ratingsTable } from '../../src/index.js';

it('prints the ratings table as the reports show it, with the lowest key question and any discretion', () => {
  const table = ratingsTable(rateInspection(cumberland2024));
  const lines = table.split('\n');
  expect(lines.slice(0, 4)).toEqual([
    'Cumberland Youth Justice Service',
    'Score 12/36',
    'Overall rating       Requires improvement',
    '1. Organisational delivery',
  ]);
  expect(table).toMatch(
    /^2\.1 {2}Assessment +Requires improvement +lowest 2\.1\.3 38% \(3 of 8\), discretion from Inadequate$/m,
  );
  expect(table).toMatch(/^4\. Resettlement$/m);
  expect(lines.at(-1)).toBe('(4.1 does not influence the overall rating)');
});
