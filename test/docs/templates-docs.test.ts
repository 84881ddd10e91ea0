// The README describes the audit templates as the template command writes them (issue 15, item 5:
// it once promised prompt columns such as 2.1.1.a that the 2021 template does not have).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function header(...argv: string[]): Promise<string[]> {
  let out = '';
  expect(await main(['template', ...argv], { out: (s) => void (out += s), err: () => 0 })).toBe(0);
  return (out.split(/\r?\n/)[0] ?? '').split(',');
}
const readme = readFileSync('README.md', 'utf8').replace(/\s+/g, ' ');
const isPrompt = (id: string) => /^\d+\.\d+\.\d+\.[a-z]$/.test(id);

describe('the README on the audit templates', () => {
  it('2021: the 21 key questions 2.1.1 to 2.4.3 and 3.1.1 to 3.3.3, and no prompt columns', async () => {
    const ids = (await header()).slice(3);
    expect(ids).toHaveLength(21);
    expect(ids.filter(isPrompt)).toEqual([]);
    expect([ids[0], ids.filter((i) => i.startsWith('2.')).at(-1)]).toEqual(['2.1.1', '2.4.3']);
    expect([ids.find((i) => i.startsWith('3.')), ids.at(-1)]).toEqual(['3.1.1', '3.3.3']);
    expect(readme).toContain(
      'in the 2021 framework the 21 key questions `2.1.1` to `2.4.3` and `3.1.1` to `3.3.3`, and no prompt columns',
    );
    expect(readme).not.toMatch(/key-question and prompt ids such as `2\.1\.1` and `2\.1\.1\.a`/);
  });

  it('2018: 3.4.1 and 3.4.2 too, and each prompt after its key question, such as 2.1.1.a', async () => {
    const ids = (await header('--framework', 'hmip-youth-2018')).slice(3);
    expect(ids.slice(0, 2)).toEqual(['2.1.1', '2.1.1.a']);
    expect(ids).toEqual(expect.arrayContaining(['3.4.1', '3.4.2']));
    for (const [i, id] of ids.entries())
      if (isPrompt(id))
        expect(
          id.startsWith(
            `${ids
              .slice(0, i)
              .filter((k) => !isPrompt(k))
              .at(-1)}.`,
          ),
        ).toBe(true);
    expect(readme).toContain(
      'the 2018 template also has `3.4.1` and `3.4.2`, and a column for each prompt after its key question, such as `2.1.1.a`',
    );
  });

  it('the files in examples/templates are what the command writes', async () => {
    for (const framework of ['hmip-youth-2021', 'hmip-youth-2018'])
      expect((await header('--framework', framework)).join(',')).toBe(
        readFileSync(`examples/templates/${framework}-cases.csv`, 'utf8').split(/\r?\n/)[0],
      );
  });
});
