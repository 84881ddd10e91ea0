import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (file: string) =>
  execFileSync(process.execPath, ['--import', 'tsx', file], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });

describe('examples run as a user would run them', () => {
  it('published-reports (npm run demo) prints the three published tables, each reproduced', () => {
    const out = run('examples/published-reports.ts');
    for (const line of [
      'Score 26/36',
      'Score 12/36',
      'Score 11/36',
      'Overall rating       Good',
      'Overall rating       Requires improvement',
    ]) {
      expect(out).toContain(line);
    }
    expect(out.match(/\(reproduced\)/g)).toHaveLength(3);
    expect(out).not.toContain('DIFFERS');
  });
});

describe('the other example programs', () => {
  it('rate-from-cases: a mock inspection from the Cumberland case sheet reproduces 12/36, with margins', () => {
    const out = run('examples/rate-from-cases.ts');
    expect(out).toContain('8 court cases and 12 out-of-court disposals');
    expect(out).toContain('Score 12/36');
    expect(out).toContain(
      '2.1 is Inadequate because 2.1.3 is 38% (3 of 8); 1 more yes on 2.1.3 makes it Requires improvement',
    );
  });

  it('discretion-hook: the hook sees every case-sampled standard and its decision is applied and explained', () => {
    const out = run('examples/discretion-hook.ts');
    expect(out.match(/^\d\.\d: rule /gm)).toHaveLength(7);
    expect(out).toContain(
      "professional discretion was applied at the ratings panel increasing this rating from 'Inadequate' to 'Requires improvement' (one case from the boundary, other key questions higher)",
    );
    expect(out).toContain('Score 12/36 (published: 11/36), overall Requires improvement');
  });

  it('custom-framework: a local audit with its own bands rates by its own bands', () => {
    const out = run('examples/custom-framework.ts');
    expect(out).toContain('Score 4/6');
    expect(out).toMatch(
      /^A\.1 +Assessment +Requires improvement +lowest A\.1\.1 70% \(14 of 20\)$/m,
    );
    expect(out).toContain("placed in the band '60-74%'");
  });

  it('live-audit: answers re-rate one standard each, a refused answer changes nothing, the same rating as rateCases', () => {
    const out = run('examples/live-audit.ts');
    expect(out).toContain('Start: Score 12/36, Requires improvement');
    expect(out).toContain('2.2 is now Requires improvement: Score 13/36, Requires improvement');
    expect(out).toContain(
      'Refused: standards["2.1"].discretion: discretion cannot be applied to 2.1',
    );
    expect(out).toContain('  case added: re-rated 2.1, 2.4');
    expect(out).toContain('After a case and a judgement: Score 14/36, Requires improvement');
    expect(out).toContain('The same rating as rateCases on the same cases and judgements.');
  });

  it('compare-inspections: two inspections of the same service, standard by standard', () => {
    expect(run('examples/compare-inspections.ts').trim().split('\n')).toEqual([
      'Published: Score 12/36, Requires improvement',
      'Re-audit:  Score 13/36, Requires improvement',
      '2.2 Planning: Inadequate -> Requires improvement (up; lowest now 2.2.3 50%)',
    ]);
  });
});
