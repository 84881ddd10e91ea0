// The Ratings sheet's formulas use only ordinary functions every spreadsheet has (the list the
// docs give), stay within Excel's formula limits, and are built from the framework's own data.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { youth2018, youth2021, type Framework } from 'hmip-ratings';
import { RATINGS_SHEET_FUNCTIONS, ratingsSheet } from '../../src/output/workbook-formulas.js';
import { customFramework } from '../support/random-audits.js';

const formulasOf = (framework: Framework) =>
  ratingsSheet(framework).rows.flatMap((row) =>
    row.flatMap((cell) => (typeof cell === 'object' ? [cell.formula] : [])),
  );

/** The functions a formula calls, its text literals left out. */
const functionsIn = (formula: string) =>
  [...formula.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/([A-Z][A-Z0-9._]*)\(/g)].map((m) => m[1]);

/** The deepest nesting of brackets in a formula. */
function depth(formula: string): number {
  let [level, deepest] = [0, 0];
  for (const c of formula.replace(/"(?:[^"]|"")*"/g, '""')) {
    if (c === '(') deepest = Math.max(deepest, ++level);
    if (c === ')') level--;
  }
  return deepest;
}

describe('the Ratings sheet formulas', () => {
  for (const framework of [youth2018, youth2021, customFramework]) {
    it(`${framework.id}: only the listed functions, every one of them used, within Excel's limits`, () => {
      const formulas = formulasOf(framework);
      const used = new Set(formulas.flatMap(functionsIn));
      expect([...used].sort()).toEqual([...RATINGS_SHEET_FUNCTIONS]);
      // Excel: a formula of at most 8,192 characters and 64 levels of nesting.
      expect(Math.max(...formulas.map((f) => f.length))).toBeLessThan(8192);
      expect(Math.max(...formulas.map(depth))).toBeLessThan(64);
    });
  }

  it("are built from the framework's bands, window, small sample and scores", () => {
    const text = formulasOf(customFramework).join('\n');
    expect(text).toContain('>=90,3,IF(');
    expect(text).toContain('-75)<=3');
    expect(text).toContain('<=7,"yes","no"');
    expect(text).toContain('+1,0,1,3,4)');
    expect(text).toContain('>=14,');
    expect(formulasOf(youth2021).join('\n')).toContain('-65)<=5');
  });

  it('are the functions docs/calculating-workbook.md lists', () => {
    const docs = readFileSync('docs/calculating-workbook.md', 'utf8');
    const listed = [...docs.matchAll(/^\| `([A-Z]+)` +\|/gm)].map((m) => m[1]);
    expect(listed).toEqual([...RATINGS_SHEET_FUNCTIONS]);
  });
});
