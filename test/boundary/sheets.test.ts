// Named regressions for the sheets, the command and what they write (issue 8): every problem in
// one pass in the words of the spreadsheet; nothing read two ways; nothing written that a
// spreadsheet, a markdown viewer or a terminal could run.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RatingRuleError, rateInspection, youth2021 } from '../../src/index.js';
import { cumberland2024 } from '../../src/published/index.js';
import {
  formatReport,
  judgementsFromJson,
  rateAudit,
  readAnswer,
  readJudgementsCsv,
  toCsv,
  csvRows,
  readCasesWorkbook,
} from '../../src/sheets.js';
import { main } from '../../src/cli/main.js';
import { cumberlandCases, cumberlandJudgements } from '../../scripts/cumberland-cases.js';
import { refusedAsync as refused } from '../support/refused.js';

const CASES = readFileSync('examples/cumberland/cases.csv', 'utf8');
const JUDGEMENTS = readFileSync('examples/cumberland/judgements.csv', 'utf8');
const tmp = mkdtempSync(join(tmpdir(), 'hmip-boundary-'));

const where = (e: RatingRuleError) =>
  e.issues.map((i) =>
    [i.location?.file, i.location?.row, i.location?.column, i.code]
      .filter((x) => x !== undefined)
      .join(' '),
  );
async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err };
}
const file = (name: string, text: string) => {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
};

describe('silent wrong ratings from files are refused', () => {
  it('judgements JSON giving a case-sampled standard figures is refused, naming both files', async () => {
    const judgements = JSON.stringify({
      ...cumberlandJudgements,
      '2.1': {
        keyQuestions: {
          '2.1.1': { yes: 8, of: 8 },
          '2.1.2': { yes: 8, of: 8 },
          '2.1.3': { yes: 8, of: 8 },
        },
      },
    });
    const e = await refused(() =>
      rateAudit({
        cases: { name: 'cases.csv', data: CASES },
        judgements: { name: 'judgements.json', data: judgements },
      }),
    );
    expect(where(e)).toEqual(['judgements.json conflicting-evidence']);
    expect(e.issues[0]?.message).toContain('its answers are in cases.csv');
    const { code, out } = await run(
      'rate',
      file('cases.csv', CASES),
      '--judgements',
      file('j.json', judgements),
    );
    expect([code, out]).toEqual([1, '']);
  });

  it('judgements JSON that names another framework, or nonsense, is refused', async () => {
    for (const framework of ['hmip-youth-2018', 'nonsense']) {
      const judgements = JSON.stringify({ framework, standards: cumberlandJudgements });
      const e = await refused(() =>
        rateAudit(
          {
            cases: { name: 'cases.csv', data: CASES },
            judgements: { name: 'j.json', data: judgements },
          },
          { framework: 'hmip-youth-2021' },
        ),
      );
      expect(e.issues.map((i) => i.code)).toContain('framework-mismatch');
    }
    expect(() =>
      judgementsFromJson('{"framework": "nonsense", "standards": {}}', {
        file: 'j.json',
        framework: youth2021,
      }),
    ).toThrow(RatingRuleError);
  });

  it('doubt is refused everywhere: "Good?" as a rating, "?" and "yes?" as answers', async () => {
    const e = await refused(() =>
      readJudgementsCsv('standard,rating,reason\n1.1,Good?,\n', { framework: youth2021 }),
    );
    expect(e.issues[0]?.message).toBe(
      '"Good?" is marked with doubt: decide the rating (Outstanding, Good, Requires improvement, Inadequate or not rated)',
    );
    expect(readAnswer('?')).toHaveProperty('ambiguous');
    expect(readAnswer('yes?')).toEqual({ ambiguous: '"yes?" is marked with doubt' });
  });

  it('built-in property names are not answers, kinds, disposals or standards', async () => {
    for (const name of ['constructor', '__proto__', 'toString']) {
      expect(readAnswer(name)).toHaveProperty('invalid');
      const cases = `case,kind,disposal,2.1.1\nA,${name},community sentence,yes\nB,court,${name},yes\n`;
      const e = await refused(() =>
        rateAudit(
          { cases: { name: 'c.csv', data: cases } },
          { incomplete: 'allow', framework: 'hmip-youth-2021' },
        ),
      );
      expect(where(e)).toEqual([
        'c.csv 2 B (kind) invalid-input',
        'c.csv 3 C (disposal) unknown-disposal',
      ]);
      const j = await refused(() =>
        readJudgementsCsv(`standard,rating\n${name},Good\n`, { framework: youth2021 }),
      );
      expect(j.issues[0]?.code).toBe('unknown-standard');
    }
  });
});

describe('every problem in one pass, in the words of the spreadsheet', () => {
  it('problems in the cases, the judgements and between them come together, sorted by file, row and column', async () => {
    const cases = CASES.replace(
      'court-3,court,community-sentence,yes',
      'court-3,court,community-sentence,perhaps',
    ).replace('court-5,court,community-sentence', 'court-5,court,Outcome 22');
    const judgements = JUDGEMENTS.replace('1.2,Staff,Good,', '1.2,Staff,Grate,').replace(
      '1.3,Partnerships and services,Requires improvement,',
      '1.3,Partnerships and services,,',
    );
    const e = await refused(() =>
      rateAudit({
        cases: { name: 'cases.csv', data: cases },
        judgements: { name: 'judgements.csv', data: judgements },
      }),
    );
    expect(where(e)).toEqual([
      'cases.csv 4 D (2.1.1) invalid-answer',
      'cases.csv 6 C (disposal) unknown-disposal',
      'judgements.csv 3 C (rating) invalid-rating',
      'judgements.csv 4 C (rating) missing-standard',
    ]);
    expect(e.issues[1]?.message).toContain('or map it to one of them yourself');
  });

  it('the command prints a count, caps the list with "and N more", and uses its own flags, never API words', async () => {
    const rows = CASES.trim().split('\n');
    const broken = [
      rows[0],
      ...Array.from({ length: 80 }, (_, i) => `x${i},court,community sentence,maybe`),
    ].join('\n');
    const { code, err } = await run(
      'rate',
      file('broken.csv', broken),
      '--judgements',
      file('j.csv', JUDGEMENTS),
    );
    expect(code).toBe(1);
    expect(err).toMatch(/^hmip-ratings: \d+ problems found, nothing was rated:/);
    expect(err).toMatch(/\n {2}and \d+ more\n/);
    const incomplete = await run(
      'rate',
      file('c2.csv', CASES),
      '--judgements',
      file('j2.csv', JUDGEMENTS.replace('1.2,Staff,Good,', '1.2,Staff,not rated,no data')),
    );
    expect(incomplete.err).toContain('To fix: add --allow-incomplete');
    for (const text of [err, incomplete.err]) {
      expect(text).not.toContain('notRated');
      expect(text).not.toContain("incomplete: 'allow'");
    }
  });

  it('the framework is read off the sheet; a sheet and --framework that disagree get one hint, not a column error each', async () => {
    const sheet2018 = toCsv([
      ['case', 'disposal', '3.4.1', '3.4.1.a'],
      ['A', 'youth conditional caution', 'yes', 'no'],
    ]);
    const { err } = await run(
      'rate',
      file('s2018.csv', sheet2018),
      '--framework',
      'hmip-youth-2021',
    );
    expect(err).toContain(
      'this looks like an audit for HMIP youth justice inspection standards, 2018 (hmip-youth-2018), not hmip-youth-2021',
    );
    // every hint it takes to rate the file: the sheet has no judgements, and answers one question
    expect(err).toContain(
      "To fix: add --framework hmip-youth-2018; add --judgements FILE (a CSV or JSON file of the panel's ratings); add --leave-out-unanswered to leave blank answers out of the sample.",
    );
    expect(err.match(/\n {2}/g)).toHaveLength(1);
    const detected = await rateAudit(
      { cases: { name: 's.csv', data: sheet2018 } },
      { incomplete: 'allow', unanswered: 'leave-out' },
    );
    expect(detected.framework.id).toBe('hmip-youth-2018');
  });

  it('a forgotten --judgements gets one hint, not six errors blamed on the cases', async () => {
    const { err } = await run('rate', file('only-cases.csv', CASES));
    expect(err).toContain('1 problem found');
    expect(err).toContain('no judgements were given');
    expect(err).toContain('To fix: add --judgements FILE');
  });

  it('a header-only sheet says the sheet has no cases', async () => {
    const { err } = await run(
      'rate',
      file('empty.csv', `${CASES.split('\n')[0]}\n`),
      '--judgements',
      file('j3.csv', JUDGEMENTS),
    );
    expect(err).toContain('empty.csv, row 2: the sheet has no cases');
  });

  it('a near-miss flag gets a suggestion; a bad --out is a clear usage error', async () => {
    expect((await run('rate', file('c3.csv', CASES), '--judgments', 'x')).err).toContain(
      'unknown option --judgments: did you mean --judgements?',
    );
    const missing = await run('template', '--out', join(tmp, 'no-such-folder', 't.csv'));
    expect(missing).toMatchObject({ code: 2 });
    expect(missing.err).toContain('does not exist');
    const folder = await run('template', '--out', tmp);
    expect(folder.code).toBe(2);
    expect(folder.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('template --judgements --out x.xlsx writes a judgements workbook, which reads back', async () => {
    const out = join(tmp, 'judgements.xlsx');
    expect((await run('template', '--judgements', '--out', out)).out).toContain(
      'judgements workbook',
    );
    const audit = await rateAudit(
      {
        cases: { name: 'c.csv', data: CASES },
        judgements: { name: 'judgements.xlsx', data: readFileSync(out) },
      },
      { incomplete: 'allow' },
    );
    expect(audit.judgements?.file).toBe('judgements.xlsx [Judgements]');
  });

  it('a byte-order mark at the start of a JSON file is accepted', async () => {
    const judgements = `\uFEFF${JSON.stringify(cumberlandJudgements)}`;
    expect(
      (
        await rateAudit({
          cases: { name: 'c.csv', data: CASES },
          judgements: { name: 'j.json', data: judgements },
        })
      ).rating.score,
    ).toBe(12);
  });

  it('disposal names: a sourced alias reads; a name no source settles is refused until the user maps it', async () => {
    const referral = CASES.replace(
      'court-1,court,community-sentence',
      'court-1,court,Referral order',
    );
    expect(
      (
        await rateAudit({
          cases: { name: 'c.csv', data: referral },
          judgements: { name: 'j.csv', data: JUDGEMENTS },
        })
      ).rating.score,
    ).toBe(12);
    const outcome22 = CASES.replace(
      'oocd-4,out-of-court,community-resolution',
      'oocd-4,,Outcome 22',
    );
    expect(
      where(
        await refused(() =>
          rateAudit({
            cases: { name: 'c.csv', data: outcome22 },
            judgements: { name: 'j.csv', data: JUDGEMENTS },
          }),
        ),
      ),
    ).toEqual(['c.csv 13 C (disposal) unknown-disposal']);
    const mapped = await rateAudit(
      {
        cases: { name: 'c.csv', data: outcome22 },
        judgements: { name: 'j.csv', data: JUDGEMENTS },
      },
      { disposalAliases: { 'Outcome 22': 'community resolution' } },
    );
    expect(mapped.rating.score).toBe(12);
    const cli = await run(
      'rate',
      file('o22.csv', outcome22),
      '--judgements',
      file('j4.csv', JUDGEMENTS),
      '--disposal',
      'Outcome 22=community resolution',
    );
    expect(cli.out).toContain('Score 12/36');
  });
});

describe('nothing written can run: CSV, markdown and the terminal', () => {
  const hostile = {
    ...cumberland2024,
    service:
      '=HYPERLINK("http://x")\n**Score 36/36** <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) \u001b[31m',
  };
  const rating = rateInspection(hostile);

  it('CSV: cells that start with = + - @ tab or CR are neutralised, and read back as written', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) {
      const text = toCsv([['a'], [cell]]);
      expect(text.split('\n')[1]?.startsWith(`"'`)).toBe(true);
      expect(csvRows(text, 'x.csv')[1]).toEqual([cell]);
    }
    const report = formatReport(
      {
        rating: rateInspection({
          ...cumberland2024,
          standards: { ...cumberland2024.standards, '4.1': { notRated: '=cmd|/c calc' } },
        }),
      },
      'csv',
    );
    expect(report).toContain(`"'=cmd|/c calc"`);
  });

  it('markdown: markup in user text is escaped; a new line cannot forge a line', () => {
    const md = formatReport({ rating }, 'markdown');
    expect(md).not.toMatch(/<script|<img|(?<!\\)\]\(/);
    const forged = md.split('\n').filter((l) => l.includes('Score 36/36'));
    expect(forged).toHaveLength(1);
    expect(forged[0]).toMatch(
      /^# =HYPERLINK\("http:\/\/x"\) \\\*\\\*Score 36\/36\\\*\\\* &lt;script&gt;/,
    );
    expect(md).toContain('**Score 12/36**');
  });

  it('the table: escape codes and control characters are removed', () => {
    const table = formatReport({ rating }, 'table');
    expect(table.includes('\u001b')).toBe(false);
    expect(table.split('\n')[1]).toBe('Score 12/36');
  });

  it('every format shows the sample and the reason for every "not rated"', async () => {
    const audit = await rateAudit({
      cases: { name: 'c.csv', data: CASES },
      judgements: {
        name: 'j.csv',
        data: JUDGEMENTS.replace(
          '4.1,Resettlement policy and provision,Requires improvement,',
          '4.1,Resettlement policy and provision,not rated,no resettlement cases',
        ),
      },
    });
    for (const format of ['table', 'markdown', 'csv', 'json'] as const) {
      const text = formatReport({ rating: audit.rating, tally: audit.tally }, format);
      expect(text, format).toMatch(/20 cases \(8 court, 12 out-of-court\)|"total": 20/);
      expect(text, format).toContain('no resettlement cases');
    }
  });
});

describe('arguments of the sheet functions', () => {
  it('binary data where text is expected, a missing framework, null options: typed errors', async () => {
    expect(
      (await refused(() => csvRows(Buffer.from('a,b') as never, 'x.csv'))).issues[0]?.code,
    ).toBe('invalid-argument');
    expect(
      (await refused(() => readJudgementsCsv('standard,rating', null as never))).issues[0]?.code,
    ).toBe('invalid-argument');
    expect(
      (await refused(() => readCasesWorkbook('not bytes' as never, { framework: youth2021 })))
        .issues[0]?.code,
    ).toBe('invalid-argument');
    expect((await refused(() => rateAudit(null as never))).issues[0]?.code).toBe(
      'invalid-argument',
    );
    expect(
      (
        await refused(() =>
          rateAudit({ cases: { name: 'c.csv', data: CASES } }, { bandng: 'exact' } as never),
        )
      ).issues[0]?.message,
    ).toContain('did you mean "banding"?');
    expect(cumberlandCases()).toHaveLength(20);
  });
});
