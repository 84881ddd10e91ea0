import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import * as sheets from '../../src/sheets/index.js';

// docs/sampling.md cannot rot: every rule names exported functions and existing tests, as
// docs/methodology.md's rules do, and the size rule keeps its "inferred" label.
const doc = readFileSync('docs/sampling.md', 'utf8');
const rules = doc
  .split(/^### /m)
  .slice(1)
  .filter((s) => /^S\d+\./.test(s));
const exported = new Set(Object.keys({ ...api, ...sheets }));
const sourceOf = (file: string) =>
  readFileSync(file, 'utf8')
    .replace(/\\(['"])/g, '$1')
    .replace(/\s+/g, ' ');

describe('docs/sampling.md', () => {
  it('states the sampling rules S1 to S6 in order', () => {
    expect(rules.map((r) => r.split('.')[0])).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6']);
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

  it('labels the size rule inferred, with the sentence it is inferred from, and has the README text', () => {
    const size = (rules.find((r) => r.startsWith('S4.')) ?? '').replace(/\s+/g, ' ');
    expect(size).toContain('(**inferred**)');
    expect(size).toContain('**This rule is inferred, not stated by HMIP.**');
    expect(size).toContain(
      '"the sample size was set to achieve a confidence level of 80 per cent (with a margin of error of five)"',
    );
    expect(readFileSync('README.md', 'utf8')).toMatch(/^## Draw an audit sample$/m);
  });
});
