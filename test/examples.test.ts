import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (file: string) =>
  execFileSync('npx', ['tsx', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

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
