import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { itNamesItsSourceFunctionsAndTests, ruleCards, sourceOf } from '../support/rule-cards.js';
import { generated } from '../../scripts/make-methodology.js';

// docs/methodology.md cannot rot: every rule names exported functions and existing tests.
const doc = readFileSync('docs/methodology.md', 'utf8');
const rules = ruleCards('docs/methodology.md', 'R');

describe('docs/methodology.md', () => {
  it('states the rules R1 to R15 in order', () => {
    expect(rules.map((r) => r.split('.')[0])).toEqual(
      Array.from({ length: 15 }, (_, i) => `R${i + 1}`),
    );
  });

  itNamesItsSourceFunctionsAndTests(rules);

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
    expect(doc).toBe(generated(doc));
    for (const score of ['Score 26/36', 'Score 12/36', 'Score 11/36']) expect(doc).toContain(score);
  });

  it("its How to cite names the package's version and CITATION.cff's authors (npm run methodology)", () => {
    expect(doc).toBe(generated(doc));
    const { version } = JSON.parse(readFileSync('packages/hmip-ratings/package.json', 'utf8')) as {
      version: string;
    };
    expect(doc).toContain(
      `Ratings were computed with hmip-ratings version ${version} (npm package`,
    );
    expect(doc).toContain(`This document describes hmip-ratings version ${version}.`);
    expect(doc).toContain(`hmip-ratings developers, *hmip-ratings*, version ${version}`);
    expect(doc).not.toContain('X.Y.Z');
  });
});
