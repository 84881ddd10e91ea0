// docs/trends.md and the README say what the code does: the figures are the tests' R values, and
// the sentences quoted are the command's own.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

const doc = readFileSync('docs/trends.md', 'utf8');

describe('docs/trends.md', () => {
  it('its table of false-alarm rates is R 4.2.2 (test/trend/share-change.test.ts), rounded', () => {
    const r = [
      0.021270751953125017, 0.022644042968750014, 0.028838485674000342, 0.038570218493987334,
      0.040759951738090994, 0.054779865801952862,
    ];
    const row = doc.split('\n').find((l) => l.startsWith('| flagged at most'));
    expect(
      row
        ?.split('|')
        .map((c) => c.trim())
        .filter(Boolean),
    ).toEqual(['flagged at most', ...r.map((x) => `${(100 * x).toFixed(1)}%`)]);
  });

  it('the sentences the README quotes are what the command prints for the example', async () => {
    const readme = readFileSync('README.md', 'utf8');
    let out = '';
    await main(['trend', 'examples/trend', '--format', 'csv'], {
      out: (s) => void (out += s),
      err: () => 0,
    });
    const quoted = readme.match(/^2024-\d\d-\d\d to 2024-\d\d-\d\d: .*$/gm) ?? [];
    expect(quoted.length).toBe(2);
    for (const line of quoted) expect(out).toContain(line);
    expect(readme).toContain(
      '`date` column, or the file name (`yyyy-mm-dd` or `dd-mm-yyyy`, or `yyyy-mm` as the first of the\nmonth)',
    );
  });
});
