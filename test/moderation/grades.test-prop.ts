// Properties of weighted kappa and the grade comparison over random 4 × 4 tables of grades.
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { compareGrades, cohensKappa, weightedKappa } from '../../src/moderation/index.js';
import { RATINGS, type Rating } from '../../src/index.js';

const table = fc.array(fc.array(fc.nat({ max: 30 }), { minLength: 4, maxLength: 4 }), {
  minLength: 4,
  maxLength: 4,
});
const transpose = (t: number[][]) => t.map((_, i) => t.map((r) => r[i] as number));

/** Weighted kappa by its textbook form, in floating point: (p_o(w) − p_e(w)) / (1 − p_e(w)). */
function textbook(t: number[][], weights: 'linear' | 'quadratic'): number {
  const k = t.length;
  const n = t.flat().reduce((a, b) => a + b, 0);
  const rows = t.map((r) => r.reduce((a, b) => a + b, 0));
  const cols = t.map((_, j) => t.reduce((a, r) => a + (r[j] as number), 0));
  const w = (i: number, j: number) =>
    weights === 'linear' ? 1 - Math.abs(i - j) / (k - 1) : 1 - (i - j) ** 2 / (k - 1) ** 2;
  let po = 0;
  let pe = 0;
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      po += (w(i, j) * (t[i]?.[j] as number)) / n;
      pe += (w(i, j) * (rows[i] as number) * (cols[j] as number)) / (n * n);
    }
  return (po - pe) / (1 - pe);
}

test.prop([table, fc.constantFrom('linear' as const, 'quadratic' as const)])(
  'equals the textbook form, is symmetric, and is at most 1',
  (t, weights) => {
    const k = weightedKappa(t, weights);
    if (k.kappa === null) return;
    expect(k.kappa).toBeCloseTo(textbook(t, weights), 9);
    expect(weightedKappa(transpose(t), weights).kappa).toBe(k.kappa);
    expect(k.kappa).toBeLessThanOrEqual(1);
    expect(k.fraction && k.fraction.numerator / k.fraction.denominator).toBe(k.kappa);
  },
);

test.prop([table])(
  'a table with nothing off the diagonal has every kappa 1 (when defined)',
  (t) => {
    const diagonal = t.map((r, i) => r.map((c, j) => (i === j ? c : 0)));
    for (const k of [weightedKappa(diagonal, 'linear'), weightedKappa(diagonal, 'quadratic')])
      if (k.kappa !== null) expect(k.kappa).toBe(1);
    const plain = cohensKappa(diagonal);
    if (plain.kappa !== null) expect(plain.kappa).toBe(1);
  },
);

const grade = fc.option(fc.constantFrom<Rating>(...RATINGS), { nil: null });
test.prop([fc.array(fc.tuple(grade, grade), { maxLength: 40 })])(
  'compareGrades counts every pair once and lists the far misses first',
  (pairs) => {
    const first = pairs.map(([a], i) => ({ case: `c${i}`, grade: a }));
    const second = pairs.map(([, b], i) => ({ case: `c${i}`, grade: b }));
    const g = compareGrades(first, second);
    const both = pairs.filter(([a, b]) => a !== null && b !== null);
    expect(g.compared).toBe(both.length);
    expect(g.notCompared).toBe(pairs.length - both.length);
    expect(g.agreed + g.disagreements.length).toBe(g.compared);
    const far = g.disagreements.findIndex((d) => d.apart === 1);
    if (far >= 0) expect(g.disagreements.slice(far).every((d) => d.apart === 1)).toBe(true);
  },
);
