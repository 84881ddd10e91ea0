import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as sheets from '../src/sheets/index.js';
import { withWorkedExamples } from '../scripts/make-methodology.js';

// docs/methodology.md cannot rot: every rule names exported functions and existing tests.
const doc = readFileSync('docs/methodology.md', 'utf8');
const rules = doc
  .split(/^### /m)
  .slice(1)
  .filter((s) => /^R\d+\./.test(s));
const exported = new Set(Object.keys({ ...api, ...sheets }));
// Test names as the source spells them, with quote escapes removed and white space folded.
const sourceOf = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\\(['"])/g, '$1')
    .replace(/\s+/g, ' ');

describe('docs/methodology.md', () => {
  it('states the rules R1 to R15 in order', () => {
    expect(rules.map((r) => r.split('.')[0])).toEqual(
      Array.from({ length: 15 }, (_, i) => `R${i + 1}`),
    );
  });

  for (const rule of rules) {
    const title = rule.split('\n')[0] ?? '';
    it(`${title}: names a source, exported functions and existing tests`, () => {
      expect(rule).toMatch(/^- Source: /m);
      const functions = [
        ...(rule.match(/^- Function: (.+)$/m)?.[1] ?? '').matchAll(/`(\w+)`/g),
      ].map((m) => m[1]);
      expect(functions.length).toBeGreaterThan(0);
      for (const name of functions) expect(exported, `${name} is not exported`).toContain(name);
      const tests = [...rule.matchAll(/^- Test: `([^`]+)` › "(.+)"$/gm)].map(
        (m) => [m[1] as string, m[2] as string] as const,
      );
      expect(tests.length).toBeGreaterThan(0);
      for (const [file, name] of tests) {
        expect(existsSync(file), `${file} does not exist`).toBe(true);
        expect(sourceOf(file), `${file} has no test "${name}"`).toContain(name);
      }
    });
  }

  it('its open points cover banding, the window, discretion, empty sub-samples, unratable standards, the 0-30 typo and wording', () => {
    for (const point of [
      'O1. Banding',
      'O2. Is "within five',
      'O3. Direction',
      'O4. Empty',
      'O5. A counted',
      'O6. Cheshire',
      'O7. Wording',
    ])
      expect(doc).toContain(point);
    const typo = doc.match(/pins the reading \(`([^`]+)` › "([^"]+)"\)/);
    expect(sourceOf(typo?.[1] ?? '')).toContain(typo?.[2]);
  });

  it('its worked examples are the three published reports as the library computes them (npm run methodology)', () => {
    expect(doc).toBe(withWorkedExamples(doc));
    for (const score of ['Score 26/36', 'Score 12/36', 'Score 11/36']) expect(doc).toContain(score);
  });
});
