import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cumberland2024 } from '../../src/published/index.js';
import { main } from '../../src/cli/main.js';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}
const tmp = mkdtempSync(join(tmpdir(), 'hmip-cli-'));
const CASES = 'examples/cumberland/cases.csv';
const JUDGEMENTS = 'examples/cumberland/judgements.csv';

describe('hmip-ratings rate', () => {
  it('prints the ratings table from a case-audit CSV and a judgements CSV', async () => {
    const { code, out } = await run('rate', CASES, '--judgements', JUDGEMENTS);
    expect(code).toBe(0);
    expect(out).toContain('Score 12/36');
    expect(out).toContain('Overall rating       Requires improvement');
    expect(out).toMatch(
      /^2\.1 +Assessment +Requires improvement +lowest 2\.1\.3 38% \(3 of 8\), discretion from Inadequate$/m,
    );
    expect(out).toContain('  * 2.1.3   38% (3 of 8)');
  });

  it('reads judgements from JSON, and a workbook with its own Judgements sheet', async () => {
    expect(
      (await run('rate', CASES, '--judgements', 'examples/cumberland/judgements.json')).out,
    ).toContain('Score 12/36');
    expect((await run('rate', 'examples/cumberland/audit.xlsx')).out).toContain('Score 12/36');
  });

  it('rates evidence JSON, which names its own framework', async () => {
    const file = join(tmp, 'evidence.json');
    writeFileSync(file, JSON.stringify(cumberland2024));
    const { code, out } = await run('rate', file, '--format', 'csv');
    expect(code).toBe(0);
    expect(out.split('\n').at(-3)).toBe('overall,,Requires improvement,,,,,,,,12/36,,');
    expect(out.split('\n').at(-2)).toBe(
      'sample,"not given (rated from the evidence figures, not from case answers)",,,,,,,,,,,',
    );
  });

  it('--margins says what would change each rating; every format works', async () => {
    expect((await run('rate', CASES, '--judgements', JUDGEMENTS, '--margins')).out).toContain(
      '2.1 is Inadequate because 2.1.3 is 38% (3 of 8); 1 more yes on 2.1.3 makes it Requires improvement; one-case trigger fires',
    );
    const md = (await run('rate', CASES, '--judgements', JUDGEMENTS, '--format', 'markdown')).out;
    expect(md).toContain('**Score 12/36**');
    expect(md).toContain(
      '| **2.1.3 Does assessment sufficiently analyse how to keep other people safe?** (lowest) | 38% | 3 | 8 |',
    );
    const json = JSON.parse(
      (await run('rate', CASES, '--judgements', JUDGEMENTS, '--format', 'json', '--margins')).out,
    );
    expect(json.rating.score).toBe(12);
    expect(json.margins).toHaveLength(7);
    expect(json.tally.keyQuestions['2.1.3']).toMatchObject({ yes: 3, of: 8 });
  });

  it('exits 1 on invalid input, naming file, row and column, and rates nothing', async () => {
    const file = join(tmp, 'bad.csv');
    writeFileSync(
      file,
      readFileSync(CASES, 'utf8').replace(
        'court-3,court,community-sentence,yes',
        'court-3,court,community-sentence,perhaps',
      ),
    );
    const { code, out, err } = await run('rate', file, '--judgements', JUDGEMENTS);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain(
      'bad.csv, row 4, column D (2.1.1): "perhaps" is not an answer: use yes, no or n/a',
    );
  });

  it('exits 1 when the judgements are incomplete, pointing at the judgements file', async () => {
    const file = join(tmp, 'judgements.csv');
    writeFileSync(file, readFileSync(JUDGEMENTS, 'utf8').replace('1.2,Staff,Good,', '1.2,Staff,,'));
    const { code, err } = await run('rate', CASES, '--judgements', file);
    expect(code).toBe(1);
    expect(err).toContain('judgements.csv, row 3, column C (rating): 1.2 Staff has no rating');
  });

  it.each([
    [['rate']],
    [['rate', CASES, '--format', 'pdf']],
    [['rate', CASES, '--colour']],
    [['rate', 'cases.txt']],
    [['rate', 'no-such-file.csv']],
    [['rate', CASES, '--framework', 'hmip-youth-2025']],
    [['grade', CASES]],
    [[]],
  ])('exits 2 on a usage error: %j', async (argv) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    expect(err === '' ? 'help printed' : err).toMatch(/hmip-ratings|help printed/);
  });

  it('rate --help documents every option of rate', async () => {
    const { code, out } = await run('rate', '--help');
    expect(code).toBe(0);
    for (const option of [
      '--judgements',
      '--framework',
      '--format',
      '--margins',
      '--banding',
      '--allow-incomplete',
      '--leave-out-unanswered',
      'Exit codes',
    ])
      expect(out).toContain(option);
  });
  it('rates a file of 10,000 cases', async () => {
    const lines = readFileSync(CASES, 'utf8').trim().split('\n');
    const [header, ...rows] = lines;
    const many = Array.from({ length: 500 }, (_, i) =>
      rows.map((r) => r.replace(/^([a-z]+-\d+)/, `$1-${i}`)),
    ).flat();
    const file = join(tmp, 'many.csv');
    writeFileSync(file, [header, ...many].join('\n'));
    expect(many).toHaveLength(10_000);
    // with 4,000 court cases one case no longer moves 2.1, so the Cumberland panel's discretion is refused
    const refused = await run('rate', file, '--judgements', JUDGEMENTS);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      'judgements.csv, row 6, column C (rating): discretion cannot be applied to 2.1',
    );
    const judgements = join(tmp, 'no-discretion.csv');
    writeFileSync(
      judgements,
      readFileSync(JUDGEMENTS, 'utf8').replace(/^2\.1,.*$/m, '2.1,Assessment,,'),
    );
    const { code, out } = await run('rate', file, '--judgements', judgements);
    expect(code).toBe(0);
    expect(out).toContain('Score 11/36');
  });
});

describe('help', () => {
  const COMMANDS = ['rate', 'sample', 'moderate', 'trend', 'template'] as const;
  const HEADS = new Map(COMMANDS.map((c) => [c, `${c}: `]));

  it("--help (and -h, and help alone) prints the overview: every command, no command's options", async () => {
    const overview = await run('--help');
    expect(overview.code).toBe(0);
    for (const command of COMMANDS) {
      expect(overview.out).toMatch(new RegExp(`^  hmip-ratings ${command} `, 'm'));
      expect(overview.out).toMatch(new RegExp(`^  ${command} {2,}\\S`, 'm'));
      expect(overview.out).not.toMatch(new RegExp(`^${HEADS.get(command)}`, 'm'));
    }
    expect(overview.out).toContain(
      "hmip-ratings <command> --help, or hmip-ratings help <command>, prints that command's options.",
    );
    expect(overview.out).toContain('Exit codes');
    expect(overview.out).not.toContain('--leave-out-unanswered');
    expect(overview.out.split('\n').length).toBeLessThan(40);
    expect((await run('-h')).out).toBe(overview.out);
    expect((await run('help')).out).toBe(overview.out);
  });

  it.each(COMMANDS)("%s --help, -h and help %s print that command's help only", async (command) => {
    const { code, out } = await run(command, '--help');
    expect(code).toBe(0);
    expect(out.startsWith(HEADS.get(command) ?? '')).toBe(true);
    for (const other of COMMANDS.filter((c) => c !== command))
      expect(out).not.toMatch(new RegExp(`^${HEADS.get(other)}`, 'm'));
    expect(out).toContain('Exit codes');
    expect((await run(command, '-h')).out).toBe(out);
    expect((await run('help', command)).out).toBe(out);
    // with other arguments too: --help wins and nothing runs
    expect((await run(command, 'no-such-file.csv', '--help')).out).toBe(out);
  });

  it("rate --help is a fraction of the whole: its own lines, not every command's", async () => {
    const rate = (await run('rate', '--help')).out.split('\n').length;
    expect(rate).toBeLessThan(50);
  });

  it('help of a name that is not a command is refused, with the nearest command', async () => {
    const typo = await run('help', 'rat');
    expect(typo.code).toBe(2);
    expect(typo.err).toContain('unknown command "rat": did you mean rate? (see --help)');
    const flag = await run('grade', '--help');
    expect(flag.code).toBe(2);
    expect(flag.err).toContain('unknown command "grade"');
    const two = await run('help', 'rate', 'sample');
    expect(two.code).toBe(2);
    expect(two.err).toContain('help takes one command, as in hmip-ratings help rate');
  });
});

describe('hmip-ratings template', () => {
  it('writes the blank audit sheet to standard output, and as .xlsx or .csv with --out', async () => {
    expect((await run('template', '--framework', 'hmip-youth-2018')).out).toBe(
      readFileSync('examples/templates/hmip-youth-2018-cases.csv', 'utf8'),
    );
    expect((await run('template', '--judgements')).out).toBe(
      readFileSync('examples/templates/hmip-youth-2021-judgements.csv', 'utf8'),
    );
    const out = join(tmp, 't.xlsx');
    const written = await run('template', '--out', out);
    expect(written.out).toContain('wrote');
    expect((await run('rate', out)).code).toBe(1); // blank: no cases, no judgements
    expect((await run('rate', out, '--allow-incomplete')).out).toContain(
      'no overall: judgements missing (1.1, 1.2, 1.3, 1.4, 3.4, 4.1); not rated (2.1, 2.2, 2.3, 2.4, 3.1, 3.2, 3.3)',
    );
  });
});

it('--version prints the package version', async () => {
  const { code, out } = await run('--version');
  expect(code).toBe(0);
  expect(out.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
});

it('exits 1 on bad evidence JSON, naming the file and the field', async () => {
  const bad = join(tmp, 'evidence.json');
  writeFileSync(
    bad,
    JSON.stringify({
      ...cumberland2024,
      standards: { ...cumberland2024.standards, '1.1': { rating: 'Great' } },
    }),
  );
  const { code, err } = await run('rate', bad);
  expect(code).toBe(1);
  expect(err).toContain('evidence.json: standards["1.1"].rating: "Great" is not a rating');
  const broken = join(tmp, 'broken.json');
  writeFileSync(broken, '{ "framework": ');
  expect((await run('rate', broken)).err).toMatch(/broken\.json: not valid JSON/);
});
