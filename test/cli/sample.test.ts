import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SAMPLE_SEED } from '../../src/sampling/index.js';
import { youth2021 } from '../../src/index.js';
import { SAMPLE_HELP } from '../../src/cli/sample.js';
import { main } from '../../src/cli/main.js';
import { csvRows, rateAudit, readCasesWorkbook, toCsv } from '../../src/sheets.js';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}
const tmp = mkdtempSync(join(tmpdir(), 'hmip-sample-'));
const CASELOAD = 'examples/caseload.csv';
const AUDITED = 'examples/audited.csv';

/** The sample sheet with every key question its case answers filled in: yes, or no on one question. */
function filled(csv: string): string {
  const rows = csvRows(csv, 'sample.csv');
  const header = rows[0] as string[];
  return toCsv(
    rows.map((row, r) =>
      r === 0
        ? row
        : row.map((cell, c) => {
            const id = header[c] as string;
            if (!/^\d\.\d\.\d$/.test(id)) return cell;
            if (!id.startsWith(row[1] === 'court' ? '2.' : '3.')) return cell;
            return id === '2.1.3' && r % 4 === 0 ? 'no' : 'yes';
          }),
    ),
  );
}
const JUDGEMENTS =
  'standard,rating\n1.1,Good\n1.2,Good\n1.3,Requires improvement\n1.4,Good\n3.4,Good\n4.1,Good\n';

describe('hmip-ratings sample', () => {
  it('prints the plan, writes a sample sheet and the exclusions; the filled sheet rates, its attribute columns untouched', async () => {
    const sheet = join(tmp, 'audit.csv');
    const exclusions = join(tmp, 'left-out.csv');
    const { code, out, err } = await run(
      'sample',
      CASELOAD,
      '--fieldwork',
      '2025-07-07',
      '--audited',
      AUDITED,
      '--out',
      sheet,
      '--exclusions',
      exclusions,
    );
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toContain(
      'Audit sample for fieldwork starting 2025-07-07 (hmip-youth-2021), seed 2021',
    );
    expect(out).toContain(
      '  115 in the caseload, 70 outside the window, 3 audited after 2024-07-07, 42 eligible',
    );
    expect(out).toContain('  Size 34: Cochran');
    expect(out).toContain('  Size 23: Cochran');
    expect(out).toContain('Sample: 57 cases (34 court, 23 out-of-court), seed 2021');
    expect(out).toContain(`Wrote ${sheet}: an audit sheet of the 57 sampled cases`);
    const written = readFileSync(sheet, 'utf8');
    const rows = csvRows(written, 'audit.csv');
    expect(rows).toHaveLength(58);
    expect(rows[0]?.slice(0, 3)).toEqual(['case', 'kind', 'disposal']);
    expect(rows[0]?.slice(-5)).toEqual(['gender', 'ethnicity', 'rosh', 'safety', 'team']);
    expect(csvRows(readFileSync(exclusions, 'utf8'), 'x.csv')).toHaveLength(131);

    // Fill it in and rate it, as a team would.
    const done = join(tmp, 'audit-filled.csv');
    writeFileSync(done, filled(written));
    const judgements = join(tmp, 'judgements.csv');
    writeFileSync(judgements, JUDGEMENTS);
    const rated = await run('rate', done, '--judgements', judgements);
    expect(rated.err).toBe('');
    expect(rated.code).toBe(0);
    expect(rated.out).toContain('Sample: 57 cases (34 court, 23 out-of-court)');
    // The attribute columns come back as the caseload had them, case by case.
    const audit = await rateAudit({
      cases: { name: 'audit-filled.csv', data: readFileSync(done, 'utf8') },
      judgements: { name: 'judgements.csv', data: JUDGEMENTS },
    });
    const caseload = new Map(
      csvRows(readFileSync(CASELOAD, 'utf8'), 'caseload.csv')
        .slice(1)
        .map((r) => [
          r[0],
          { gender: r[3], ethnicity: r[4], rosh: r[5], safety: r[6], team: r[7] },
        ]),
    );
    expect(audit.cases.cases).toHaveLength(57);
    for (const c of audit.cases.cases) expect(c.attributes).toEqual(caseload.get(c.id));
  });

  it('writes a workbook ready for rate, and draws the same sample every time for a seed', async () => {
    const book = join(tmp, 'audit.xlsx');
    const first = await run(
      'sample',
      CASELOAD,
      '--fieldwork',
      '2025-07-07',
      '--seed',
      '7',
      '--out',
      book,
      '--format',
      'json',
    );
    expect(first.code).toBe(0);
    const plan = JSON.parse(first.out);
    expect(plan.seed).toBe(7);
    expect(plan.sheet).toBe(book);
    const read = await readCasesWorkbook(readFileSync(book), { framework: youth2021 });
    expect(read.cases.cases.map((c) => c.id)).toEqual(plan.cases.map((c: { id: string }) => c.id));
    expect(read.cases.attributes).toEqual(['gender', 'ethnicity', 'rosh', 'safety', 'team']);
    const again = await run(
      'sample',
      CASELOAD,
      '--fieldwork',
      '2025-07-07',
      '--seed',
      '7',
      '--format',
      'json',
    );
    expect(JSON.parse(again.out).cases).toEqual(plan.cases);
  });

  it('takes the size rules, strata and windows as flags; csv and markdown formats', async () => {
    const yjb = await run(
      'sample',
      CASELOAD,
      '--fieldwork',
      '2025-07-07',
      '--fraction',
      '0.2',
      '--minimum',
      '20',
      '--strata',
      'gender',
      '--format',
      'csv',
    );
    expect(yjb.code).toBe(0);
    const rows = csvRows(yjb.out, 'plan.csv');
    expect(rows[0]).toEqual([
      'kind',
      'gender',
      'eligible',
      'eligible %',
      'proportional',
      'sample',
      'sample %',
    ]);
    expect(rows.find((r) => r[0] === 'court total')?.slice(2, 6)).toEqual(['45', '', '20', '20']);
    const fixed = await run(
      'sample',
      CASELOAD,
      '--fieldwork',
      '2025-07-07',
      '--size',
      'court=10,out-of-court=0',
      '--strata',
      'none',
      '--court-window',
      '6-12',
    );
    expect(fixed.code).toBe(0);
    expect(fixed.out).toContain(
      'Court disposals made 2024-07-07 to 2025-01-07 (6 to 12 months before the fieldwork start)',
    );
    expect(fixed.out).toContain('Sample: 10 cases (10 court, 0 out-of-court), seed 2021');
    expect(fixed.out).toContain('Strata: none (a simple random sample of each kind)');
    const confidence = await run(
      'sample',
      CASELOAD,
      '--fieldwork',
      '2025-07-07',
      '--confidence',
      '0.95',
      '--margin',
      '10',
      '--format',
      'markdown',
    );
    expect(confidence.code).toBe(0);
    expect(confidence.out).toContain('at 95% confidence with a margin of error of 10 points');
    expect(confidence.out).toContain(
      'No sample sheet written: add --out audit.xlsx (or audit.csv).',
    );
  });

  it('--help states the default seed drawSample uses (written out in the help, not imported)', async () => {
    expect(SAMPLE_HELP).toContain(`(default ${DEFAULT_SAMPLE_SEED});`);
    expect((await run('sample', '--help')).out).toContain(`(default ${DEFAULT_SAMPLE_SEED});`);
  });

  it('exits 2 on usage errors, naming the flag', async () => {
    const cases: [string[], string][] = [
      [['sample', CASELOAD], 'sample needs --fieldwork YYYY-MM-DD'],
      [['sample', '--fieldwork', '2025-07-07'], 'sample needs a caseload'],
      [
        ['sample', CASELOAD, '--fieldwork', '2025-07-07', '--seed', 'abc'],
        '--seed needs a number (got "abc")',
      ],
      [
        ['sample', CASELOAD, '--fieldwork', '2025-07-07', '--seed', '9007199254740992'],
        '--seed: seed must be a whole number from 0 to 9007199254740991 (got 9007199254740992)',
      ],
      [
        ['sample', CASELOAD, '--fieldwork', '2025-02-30'],
        '--fieldwork: fieldwork "2025-02-30" is not a date: February 2025 has 28 days',
      ],
      [
        ['sample', CASELOAD, '--fieldwork', '2025-07-07', '--size', '10', '--fraction', '0.2'],
        'choose one size rule',
      ],
      [
        ['sample', CASELOAD, '--fieldwork', '2025-07-07', '--minimum', '20'],
        '--minimum goes with --fraction',
      ],
      [
        ['sample', CASELOAD, '--fieldwork', '2025-07-07', '--margin', '0.05'],
        '--margin: margin is in percentage points',
      ],
      [
        ['sample', CASELOAD, '--fieldwork', '2025-07-07', '--strata', 'gendr'],
        '--strata: the caseload has no attribute "gendr"; did you mean "gender"?',
      ],
      [
        ['sample', CASELOAD, '--fieldwork', '2025-07-07', '--court-window', '9-6'],
        '--court-window: the court window min (9) must not be more than max (6)',
      ],
      [
        ['sample', CASELOAD, '--fieldwork', '2025-07-07', '--out', 'x.pdf'],
        'give --out a .csv or .xlsx file',
      ],
      [
        ['sample', CASELOAD, '--fieldwork', '2025-07-07', '--format', 'html'],
        'unknown format "html"',
      ],
      [
        ['sample', 'no-such-file.csv', '--fieldwork', '2025-07-07'],
        'cannot read no-such-file.csv: no such file',
      ],
    ];
    for (const [argv, message] of cases) {
      const { code, out, err } = await run(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(out).toBe('');
      expect(err).toContain(message);
    }
  });

  it('exits 1 on invalid input, naming file, row and column, and writes nothing', async () => {
    const bad = join(tmp, 'bad-caseload.csv');
    writeFileSync(
      bad,
      readFileSync(CASELOAD, 'utf8')
        .replace('YJ-4180,Referral order,2024-03-04', 'YJ-4180,Referral order,2024-02-30')
        .replace('YJ-4209,Community sentence', 'YJ-4209,Caution'),
    );
    const sheet = join(tmp, 'never.csv');
    const { code, out, err } = await run(
      'sample',
      bad,
      '--fieldwork',
      '2025-07-07',
      '--out',
      sheet,
    );
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('2 problems found');
    expect(err).toContain(
      'bad-caseload.csv, row 2, column C (disposal date): "2024-02-30" is not a date: February 2024 has 29 days',
    );
    expect(err).toContain(
      'bad-caseload.csv, row 3, column B (disposal): "Caution" is not a disposal of hmip-youth-2021',
    );
    expect(existsSync(sheet)).toBe(false);
  });
});
