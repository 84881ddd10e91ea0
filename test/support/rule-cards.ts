// The rule cards of docs/methodology.md (R1, R2, ...) and docs/sampling.md (S1, ...) cannot rot:
// each names its source, exported functions and the tests that pin it, and these must exist.
import { existsSync, readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { api } from './entries.js';
import * as sheets from '../../src/sheets.js';

const exported = new Set(Object.keys({ ...api, ...sheets }));

// Test names as the source spells them, with quote escapes removed and white space folded.
export const sourceOf = (file: string): string =>
  readFileSync(file, 'utf8')
    .replace(/\\(['"])/g, '$1')
    .replace(/\s+/g, ' ');

/** The cards of a document: its `### ` sections whose titles start with the prefix and a number. */
export function ruleCards(file: string, prefix: string): string[] {
  return readFileSync(file, 'utf8')
    .split(/^### /m)
    .slice(1)
    .filter((s) => new RegExp(`^${prefix}\\d+\\.`).test(s));
}

/** One test per card: it names a source, functions both packages export, and tests that exist. */
export function itNamesItsSourceFunctionsAndTests(cards: readonly string[]): void {
  for (const rule of cards) {
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
}
