import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { itNamesItsSourceFunctionsAndTests, ruleCards } from '../support/rule-cards.js';

// docs/sampling.md cannot rot: every rule names exported functions and existing tests, as
// docs/methodology.md's rules do, and the size rule keeps its "inferred" label.
const rules = ruleCards('docs/sampling.md', 'S');

describe('docs/sampling.md', () => {
  it('states the sampling rules S1 to S6 in order', () => {
    expect(rules.map((r) => r.split('.')[0])).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6']);
  });

  itNamesItsSourceFunctionsAndTests(rules);

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
