// The trend example: the files in examples/trend/ are what the seeded script writes, and the
// example program runs as a user would run it.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED, trendExample } from '../../scripts/make-trend-example.js';
import { mulberry32 } from '../../scripts/mulberry32.js';

describe('examples/trend', () => {
  it('holds exactly what scripts/make-trend-example.ts writes (seed 12)', () => {
    const files = trendExample();
    expect(
      readdirSync('examples/trend')
        .filter((n) => n.endsWith('.csv'))
        .sort(),
    ).toEqual(Object.keys(files).sort());
    for (const [name, text] of Object.entries(files))
      expect(readFileSync(`examples/trend/${name}`, 'utf8'), name).toBe(text);
    expect(SEED).toBe(12);
  });

  it('the first audit is the Cumberland sheet; another seed changes which cases change', () => {
    // ... with the illustrative team and grade columns at the end of each row.
    const withoutTeamAndGrade = (csv: string) => csv.replace(/,[^,\n]*,[^,\n]*$/gm, '');
    expect(withoutTeamAndGrade(trendExample()['audit-2024-01-15.csv'] as string)).toBe(
      readFileSync('examples/cumberland/cases.csv', 'utf8'),
    );
    expect(trendExample(13)['audit-2024-04-15.csv']).not.toBe(
      trendExample()['audit-2024-04-15.csv'],
    );
  });

  it("mulberry32 gives its author's reference C outputs for the example's seed", () => {
    // Tommy Ettinger's mulberry32.c (2017), compiled with gcc and seeded with state = 12, prints
    // 1237598750, 324989476, 2491772807 as its first three outputs.
    const random = mulberry32(SEED);
    expect([random(), random(), random()].map((x) => x * 2 ** 32)).toEqual([
      1237598750, 324989476, 2491772807,
    ]);
  });

  it('examples/trend-audits.ts runs and prints the change beyond the intervals', () => {
    const out = execFileSync('npx', ['tsx', 'examples/trend-audits.ts'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(out).toContain('2024-07-15 (file name): audit-2024-07-15.csv, Score 19/36, Good');
    expect(out).toContain(
      'Larger than the samples would explain:\n  2024-01-15 to 2024-07-15: 2.1.3 rose from 38% (3 of 8) to 92% (11 of 12), from Inadequate to Outstanding; larger than the samples would explain at 80%\n',
    );
    expect(out).toContain(
      '2.1.3 rose from 38% (3 of 8) to 75% (9 of 12), from Inadequate to Good; within what the samples would explain at 80%',
    );
  });
});
