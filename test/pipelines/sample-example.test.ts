import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeCaseload } from '../../scripts/make-caseload.js';

describe('the invented example caseload and the example program', () => {
  it('examples/caseload.csv and examples/audited.csv are what scripts/make-caseload.ts writes (reproducible from its seed)', () => {
    const made = makeCaseload();
    expect(readFileSync('examples/caseload.csv', 'utf8')).toBe(made.caseload);
    expect(readFileSync('examples/audited.csv', 'utf8')).toBe(made.audited);
    expect(made.caseload.trimEnd().split('\n')).toHaveLength(199);
  });

  it("draw-sample: prints the plan of the example caseload, with Cheshire's 34 and 23", () => {
    const out = execFileSync('npx', ['tsx', 'examples/draw-sample.ts'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toContain(
      'Audit sample for fieldwork starting 2025-07-07 (hmip-youth-2021), seed 2021',
    );
    expect(out).toContain('Sample: 57 cases (34 court, 23 out-of-court), seed 2021');
    expect(out).toContain('42 eligible court cases: 34; 26 out-of-court: 23');
    expect(out).toContain('The audit sheet has 57 rows of cases.');
  });
});
