// hmip-ratings moderate, run through the command's main as a user would run it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { readCasesWorkbook } from '../../src/sheets.js';
import { youth2021 } from '../../src/index.js';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}
const tmp = mkdtempSync(join(tmpdir(), 'hmip-moderate-'));
const FIRST = 'examples/moderation/first.csv';
const SECOND = 'examples/moderation/second.csv';

describe('hmip-ratings moderate', () => {
  it('prints agreement and kappa per key question and overall, and the disagreements', async () => {
    const { code, out, err } = await run('moderate', FIRST, SECOND);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain('Agreement on key questions: 97% (198 of 204 alike), kappa 0.94');
    // 3.3.2: 10 of 12 alike; first 8 yes 4 no, moderator 6 yes 6 no: p_e = (8·6 + 4·6)/144 = 1/2,
    // kappa = (10/12 − 1/2)/(1/2) = 2/3.
    expect(out).toMatch(/^3\.3\.2 +12 +10 +83% +0\.67$/m);
    expect(out).toContain('6 disagreements');
    expect(out).toMatch(/^ {2}oocd-2 +3\.3\.2 +yes +no$/m);
  });

  it('--format csv prints the disagreements sheet; json the measures', async () => {
    const csv = await run('moderate', FIRST, SECOND, '--format', 'csv');
    expect(csv.out.split('\n').slice(0, 2)).toEqual([
      'case,question,first,second,decision',
      'oocd-1,3.3.3,yes,no,',
    ]);
    const json = JSON.parse((await run('moderate', FIRST, SECOND, '--format', 'json')).out);
    expect(json.agreement.keyQuestions['3.3.2']).toMatchObject({
      total: 12,
      agreed: 10,
      fraction: { numerator: 2, denominator: 3 },
    });
    expect(json.changes).toHaveLength(6);
  });

  it('writes the moderated sheet (CSV or workbook) and the disagreements, which rate and settle in turn', async () => {
    const moderated = join(tmp, 'moderated.csv');
    const book = join(tmp, 'moderated.xlsx');
    const disagreements = join(tmp, 'disagreements.csv');
    const wrote = await run(
      'moderate',
      FIRST,
      SECOND,
      '--out-moderated',
      moderated,
      '--out-disagreements',
      disagreements,
    );
    expect(wrote.code).toBe(0);
    expect(wrote.out).toContain(
      `wrote ${moderated}: the moderated audit of 20 cases (6 answers changed)`,
    );
    expect(readFileSync(moderated, 'utf8')).toBe(readFileSync(SECOND, 'utf8'));
    const rated = await run(
      'rate',
      moderated,
      '--judgements',
      'examples/cumberland/judgements.csv',
    );
    expect(rated.out).toContain('Score 11/36');

    expect((await run('moderate', FIRST, SECOND, '--out-moderated', book)).code).toBe(0);
    const read = await readCasesWorkbook(readFileSync(book), { framework: youth2021 });
    expect(read.cases.cases).toHaveLength(20);

    // Decide each disagreement: keep the first auditor's answer on all but the last.
    const lines = readFileSync(disagreements, 'utf8').trim().split('\n');
    const decided = lines.map((l, i) =>
      i === 0 ? l : `${l}${i < lines.length - 1 ? 'yes' : 'no'}`,
    );
    const decisions = join(tmp, 'decided.csv');
    writeFileSync(decisions, `${decided.join('\n')}\n`);
    const settled = await run(
      'moderate',
      FIRST,
      SECOND,
      '--decisions',
      decisions,
      '--out-moderated',
      moderated,
      '--force', // (replaces the moderated sheet written above)
    );
    expect(settled.code).toBe(0);
    expect(settled.out).toContain(
      'each disagreement settled by a decision; 1 answer of the first auditor',
    );
    expect(
      (await run('rate', moderated, '--judgements', 'examples/cumberland/judgements.csv')).out,
    ).toContain('Score 12/36');
  });

  it('exits 1 when a disagreement has no decision, naming the row of the decisions sheet', async () => {
    const decisions = join(tmp, 'undecided.csv');
    writeFileSync(decisions, 'case,question,first,second,decision\noocd-1,3.3.3,yes,no,\n');
    const { code, out, err } = await run('moderate', FIRST, SECOND, '--decisions', decisions);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('6 problems found');
    expect(err).toContain(
      'undecided.csv, row 2, column E (decision): case "oocd-1": 3.3.3 is "yes" in first.csv and "no" in second.csv, and no decision settles it',
    );
  });

  it('exits 1 on a case in one sheet only, naming the file, row and column', async () => {
    const second = join(tmp, 'second.csv');
    writeFileSync(second, readFileSync(SECOND, 'utf8').replace('oocd-12,', 'oocd-13,'));
    const { code, err } = await run('moderate', FIRST, second);
    expect(code).toBe(1);
    expect(err).toContain(
      'first.csv, row 21, column A (case): case "oocd-12" is in first.csv but not in second.csv: both must hold the same cases',
    );
    expect(err).toContain(
      'second.csv, row 21, column A (case): case "oocd-13" is in second.csv but not in first.csv',
    );
  });

  it.each([
    [['moderate', FIRST]],
    [['moderate', FIRST, SECOND, '--out', 'x.csv']],
    [['moderate', FIRST, SECOND, '--out-moderated', 'x.pdf']],
    [['moderate', FIRST, SECOND, '--out-disagreements', 'x.xlsx']],
    [['moderate', FIRST, SECOND, '--out-moderated', 'x.csv', '--out-disagreements', 'x.csv']],
    [['moderate', FIRST, SECOND, '--out-moderated', SECOND]],
    [['moderate', FIRST, SECOND, '--format', 'pdf']],
    [['moderate', FIRST, SECOND, '--framework', 'hmip-youth-2025']],
    [['moderate', FIRST, 'no-such-file.csv']],
    [['moderate', FIRST, SECOND, 'third.csv']],
    [['moderat', FIRST, SECOND]],
  ])('exits 2 on a usage error, writing nothing: %j', async (argv) => {
    const { code, out, err } = await run(...argv);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^hmip-ratings: /);
  });

  it('plain --out is refused as ambiguous, naming the two flags', async () => {
    const { err } = await run('moderate', FIRST, SECOND, '--out', 'moderated.csv');
    expect(err).toContain('--out is ambiguous for moderate: use --out-moderated FILE');
    expect(err).toContain('--out-disagreements FILE');
  });
});
