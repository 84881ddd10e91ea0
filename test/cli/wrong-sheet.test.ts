// Every message a user can meet on a wrong sheet, with its exact first line (issue 15, item 4):
// the sheet is named for what it is, with the command that reads it, in one line and nothing else
// (no cell errors, no "no cases", no hint); a missing required column stops there; an unknown
// disposal names --disposal; and each "To fix" hint, applied, makes the file rate.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { rateAudit, resultsWorkbook } from '../../src/sheets.js';

const tmp = mkdtempSync(join(tmpdir(), 'hmip-wrong-sheet-'));
const CASES = 'examples/cumberland/cases.csv';
const JUDGEMENTS = 'examples/cumberland/judgements.csv';
const CASELOAD = 'examples/caseload.csv';
const FIELDWORK = ['--fieldwork', '2024-12-02'];

async function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (s) => void (out += s), err: (s) => void (err += s) });
  return { code, out, err, first: err.split('\n')[0] };
}
const at = (name: string) => join(tmp, name);
const write = (name: string, text: string | Uint8Array) => {
  writeFileSync(at(name), text);
  return at(name);
};
/** Runs a command that writes its output to standard output into a file. */
async function saved(name: string, ...argv: string[]) {
  const { out, code } = await run(...argv);
  expect(code).toBe(0);
  return write(name, out);
}

beforeAll(async () => {
  // What the commands themselves write: an unfilled sample, the exports, a moderation sheet.
  expect((await run('sample', CASELOAD, ...FIELDWORK, '--out', at('sample.csv'))).code).toBe(0);
  expect((await run('sample', CASELOAD, ...FIELDWORK, '--out', at('sample.xlsx'))).code).toBe(0);
  await saved('sample-plan.csv', 'sample', CASELOAD, ...FIELDWORK, '--format', 'csv');
  expect(
    (await run('sample', CASELOAD, ...FIELDWORK, '--exclusions', at('exclusions.csv'))).code,
  ).toBe(0);
  await saved('results.csv', 'rate', CASES, '--judgements', JUDGEMENTS, '--format', 'csv');
  await saved('results.json', 'rate', CASES, '--judgements', JUDGEMENTS, '--format', 'json');
  await saved('trend.csv', 'trend', 'examples/trend', '--format', 'csv');
  await saved('trend.json', 'trend', 'examples/trend', '--format', 'json');
  const moderate = ['examples/moderation/first.csv', 'examples/moderation/second.csv'];
  expect((await run('moderate', ...moderate, '--out-disagreements', at('dis.csv'))).code).toBe(0);
  expect((await run('template', '--out', at('template.xlsx'))).code).toBe(0);
  const audit = await rateAudit({
    cases: { name: 'cases.csv', data: readFileSync(CASES, 'utf8') },
    judgements: { name: 'judgements.csv', data: readFileSync(JUDGEMENTS, 'utf8') },
  });
  write('results.xlsx', await resultsWorkbook({ rating: audit.rating, tally: audit.tally }));
  write('audited.csv', 'case,audit date,auditor\nYJ-4208,2025-01-20,AB\n');
});

/** [what is given, the command, its exact first line]. */
const WRONG: [string, () => string[], string][] = [
  [
    'a caseload to rate',
    () => ['rate', CASELOAD],
    'hmip-ratings: caseload.csv: this is a caseload (dates, no answers), not an audit: draw a sample with `hmip-ratings sample caseload.csv --fieldwork YYYY-MM-DD`',
  ],
  [
    'an unfilled sample (CSV) to rate',
    () => ['rate', at('sample.csv')],
    'hmip-ratings: sample.csv: this is a sample not yet filled in (answer columns, every answer blank), not an audit: fill in its answers (yes, no or n/a), then rate it with `hmip-ratings rate sample.csv`',
  ],
  [
    'an unfilled sample (workbook) to rate',
    () => ['rate', at('sample.xlsx')],
    'hmip-ratings: sample.xlsx [Cases]: this is a sample not yet filled in (answer columns, every answer blank), not an audit: fill in its answers (yes, no or n/a), then rate it with `hmip-ratings rate sample.xlsx`',
  ],
  [
    'a judgements file as the audit',
    () => ['rate', JUDGEMENTS],
    "hmip-ratings: judgements.csv: this is a judgements sheet (standards and the panel's ratings), not an audit: give it beside the audit: `hmip-ratings rate AUDIT --judgements judgements.csv`",
  ],
  [
    'judgements JSON as evidence',
    () => ['rate', 'examples/cumberland/judgements.json'],
    "hmip-ratings: judgements.json: this is a judgements sheet (standards and the panel's ratings), not evidence: give it beside the audit: `hmip-ratings rate AUDIT --judgements judgements.json`",
  ],
  [
    'a results CSV to rate',
    () => ['rate', at('results.csv')],
    'hmip-ratings: results.csv: this is a results export (what `hmip-ratings rate` writes with --format csv or json), not an audit: rate the audit it was made from',
  ],
  [
    'a results JSON to rate',
    () => ['rate', at('results.json')],
    'hmip-ratings: results.json: this is a results export (what `hmip-ratings rate` writes with --format csv or json), not evidence: rate the audit it was made from',
  ],
  [
    'a results workbook to rate',
    () => ['rate', at('results.xlsx')],
    'hmip-ratings: results.xlsx: this is a results workbook (Ratings and Key questions sheets, as resultsWorkbook writes), not an audit: rate the audit it was made from',
  ],
  [
    'a trend CSV to rate',
    () => ['rate', at('trend.csv')],
    'hmip-ratings: trend.csv: this is a trend export (what `hmip-ratings trend` writes with --format csv or json), not an audit: compare the audits it was made from with `hmip-ratings trend`',
  ],
  [
    'a trend JSON to rate',
    () => ['rate', at('trend.json')],
    'hmip-ratings: trend.json: this is a trend export (what `hmip-ratings trend` writes with --format csv or json), not evidence: compare the audits it was made from with `hmip-ratings trend`',
  ],
  [
    'a sample plan to rate',
    () => ['rate', at('sample-plan.csv')],
    'hmip-ratings: sample-plan.csv: this is a sample plan (what `hmip-ratings sample --format csv` writes), not an audit: draw from the caseload it was made from with `hmip-ratings sample`',
  ],
  [
    'the cases left out of a sample to rate',
    () => ['rate', at('exclusions.csv')],
    'hmip-ratings: exclusions.csv: this is a list of cases left out of a sample (what `hmip-ratings sample --exclusions` writes), not an audit: draw from the caseload it was made from with `hmip-ratings sample`',
  ],
  [
    'a moderation sheet to rate',
    () => ['rate', at('dis.csv')],
    'hmip-ratings: dis.csv: this is a moderation sheet (the disagreements `hmip-ratings moderate` writes), not an audit: fill in its decision column and give it back with `hmip-ratings moderate FIRST SECOND --decisions dis.csv`',
  ],
  [
    'an audit log to rate',
    () => ['rate', at('audited.csv')],
    'hmip-ratings: audited.csv: this is an audit log (cases and the dates they were audited), not an audit: give it to `hmip-ratings sample CASELOAD --audited audited.csv`',
  ],
  [
    'a caseload as the judgements',
    () => ['rate', CASES, '--judgements', CASELOAD],
    'hmip-ratings: caseload.csv: this is a caseload (dates, no answers), not judgements: draw a sample with `hmip-ratings sample caseload.csv --fieldwork YYYY-MM-DD`',
  ],
  [
    'an audit as the judgements',
    () => ['rate', CASES, '--judgements', CASES],
    'hmip-ratings: cases.csv: this is an audit (cases with answers), not judgements: rate it with `hmip-ratings rate cases.csv`',
  ],
  [
    'a results JSON as the judgements',
    () => ['rate', CASES, '--judgements', at('results.json')],
    'hmip-ratings: results.json: this is a results export (what `hmip-ratings rate` writes with --format csv or json), not judgements: rate the audit it was made from',
  ],
  [
    'a results workbook as the judgements',
    () => ['rate', CASES, '--judgements', at('results.xlsx')],
    'hmip-ratings: results.xlsx: this is a results workbook (Ratings and Key questions sheets, as resultsWorkbook writes), not judgements: rate the audit it was made from',
  ],
  [
    'an audit to sample',
    () => ['sample', CASES, ...FIELDWORK],
    'hmip-ratings: cases.csv: this is an audit (cases with answers), not a caseload: rate it with `hmip-ratings rate cases.csv`',
  ],
  [
    'an unfilled sample to sample',
    () => ['sample', at('sample.csv'), ...FIELDWORK],
    'hmip-ratings: sample.csv: this is a sample not yet filled in (answer columns, every answer blank), not a caseload: fill in its answers (yes, no or n/a), then rate it with `hmip-ratings rate sample.csv`',
  ],
  [
    'a judgements file to sample',
    () => ['sample', JUDGEMENTS, ...FIELDWORK],
    "hmip-ratings: judgements.csv: this is a judgements sheet (standards and the panel's ratings), not a caseload: give it beside the audit: `hmip-ratings rate AUDIT --judgements judgements.csv`",
  ],
  [
    'an audit workbook (the blank template) to sample',
    () => ['sample', at('template.xlsx'), ...FIELDWORK],
    'hmip-ratings: template.xlsx: this is an audit workbook (Cases, Judgements and Questions sheets), not a caseload: fill in its Cases and Judgements sheets and rate it with `hmip-ratings rate template.xlsx`',
  ],
  [
    'a results workbook to sample',
    () => ['sample', at('results.xlsx'), ...FIELDWORK],
    'hmip-ratings: results.xlsx: this is a results workbook (Ratings and Key questions sheets, as resultsWorkbook writes), not a caseload: rate the audit it was made from',
  ],
  [
    'an audit log to sample',
    () => ['sample', at('audited.csv'), ...FIELDWORK],
    'hmip-ratings: audited.csv: this is an audit log (cases and the dates they were audited), not a caseload: give it to `hmip-ratings sample CASELOAD --audited audited.csv`',
  ],
  [
    'a caseload to moderate',
    () => ['moderate', CASELOAD, 'examples/moderation/second.csv'],
    'hmip-ratings: caseload.csv: this is a caseload (dates, no answers), not an audit: draw a sample with `hmip-ratings sample caseload.csv --fieldwork YYYY-MM-DD`',
  ],
  [
    'a judgements file to moderate',
    () => ['moderate', 'examples/moderation/first.csv', JUDGEMENTS],
    "hmip-ratings: judgements.csv: this is a judgements sheet (standards and the panel's ratings), not an audit: give it beside the audit: `hmip-ratings rate AUDIT --judgements judgements.csv`",
  ],
  [
    'a caseload to trend',
    () => ['trend', CASELOAD, 'examples/trend/audit-2024-01-15.csv', '--dates', '2024-01-01,'],
    'hmip-ratings: caseload.csv: this is a caseload (dates, no answers), not an audit: draw a sample with `hmip-ratings sample caseload.csv --fieldwork YYYY-MM-DD`',
  ],
  [
    'an unfilled sample to trend',
    () => [
      'trend',
      at('sample.csv'),
      'examples/trend/audit-2024-01-15.csv',
      '--dates',
      '2024-12-02,',
    ],
    'hmip-ratings: sample.csv: this is a sample not yet filled in (answer columns, every answer blank), not an audit: fill in its answers (yes, no or n/a), then rate it with `hmip-ratings rate sample.csv`',
  ],
  [
    'an audit as a trend audit’s judgements',
    () => [
      'trend',
      'examples/trend/audit-2024-01-15.csv',
      'examples/trend/audit-2024-04-15.csv',
      '--judgements',
      CASES,
      '--judgements',
      'examples/trend/audit-2024-04-15-judgements.csv',
    ],
    'hmip-ratings: cases.csv: this is an audit (cases with answers), not judgements: rate it with `hmip-ratings rate cases.csv`',
  ],
];

describe('a wrong sheet is named in one line, with the command that reads it', () => {
  it.each(WRONG)('%s', async (_what, argv, firstLine) => {
    const { code, err, first } = await run(...argv());
    expect(code).toBe(1);
    expect(first).toBe(firstLine);
    expect(err).toBe(`${firstLine}\n`); // nothing else: no cell errors, no hint
  });
});

/** Cumberland's cases with one change to their text. */
const casesWith = (name: string, change: (text: string) => string) =>
  write(name, change(readFileSync(CASES, 'utf8')));

describe('a missing column or an unknown disposal', () => {
  it('a misspelt disposal column stops there: no "no cases", no hint', async () => {
    const misspelt = casesWith('misspelt.csv', (t) => t.replace('kind,disposal,', 'kind,dispsal,'));
    const { code, err } = await run('rate', misspelt, '--judgements', JUDGEMENTS);
    expect(code).toBe(1);
    expect(err).toBe(
      'hmip-ratings: 1 problem found, nothing was rated:\n  misspelt.csv, row 1: there is no "disposal" column in the header row\n',
    );
    expect((await run('rate', misspelt)).err).not.toMatch(/no cases|To fix/);
  });

  it('a misspelt disposal column in a caseload points at the near name', async () => {
    const text = readFileSync(CASELOAD, 'utf8').replace('disposal,disposal date', 'dispsal,date');
    const { err } = await run('sample', write('caseload-misspelt.csv', text), ...FIELDWORK);
    expect(err.split('\n').slice(0, 2)).toEqual([
      'hmip-ratings: 1 problem found, nothing was drawn:',
      '  caseload-misspelt.csv, row 1: there is no "disposal" column in the header row',
    ]);
  });

  it('"Outcome 22" is refused naming --disposal; mapped with it, the audit rates', async () => {
    const audit = casesWith('o22.csv', (t) =>
      t.replace('court-1,court,community-sentence', 'court-1,court,Outcome 22'),
    );
    const refused = await run('rate', audit, '--judgements', JUDGEMENTS);
    expect(refused.err.split('\n').slice(0, 2)).toEqual([
      'hmip-ratings: 1 problem found, nothing was rated:',
      '  o22.csv, row 2, column C (disposal): "Outcome 22" is not a disposal of hmip-youth-2021: use community sentence, custodial sentence, youth conditional caution, youth caution, community resolution, or map it to one of them yourself with --disposal "Outcome 22=DISPOSAL" (disposalAliases in code; the sources do not say which it is)',
    ]);
    const mapped = ['--disposal', 'Outcome 22=community sentence'];
    const rated = await run('rate', audit, '--judgements', JUDGEMENTS, ...mapped);
    expect(rated.code).toBe(0);
    expect(rated.out).toContain('Score 12/36');
  });

  it('"Outcome 22" in a caseload: mapped with --disposal, the caseload is drawn from', async () => {
    const text = readFileSync(CASELOAD, 'utf8').replace(
      'YJ-4180,Referral order',
      'YJ-4180,Outcome 22',
    );
    const caseload = write('caseload-o22.csv', text);
    const refused = await run('sample', caseload, ...FIELDWORK);
    expect(refused.err.split('\n')[1]).toContain('--disposal "Outcome 22=DISPOSAL"');
    const drawn = await run(
      'sample',
      caseload,
      ...FIELDWORK,
      '--disposal',
      'Outcome 22=referral order',
    );
    expect(drawn.code).toBe(0);
  });

  it('--disposal to a disposal the framework does not have is refused, listing those it has', async () => {
    const given = ['--judgements', JUDGEMENTS, '--disposal', 'Outcome 22=fine'];
    const { code, err } = await run('rate', CASES, ...given);
    expect(code).toBe(1);
    expect(err.split('\n')[1]).toBe(
      '  disposalAliases["Outcome 22"]: "Outcome 22" is mapped to "fine", which is not a disposal of hmip-youth-2021: use community sentence, custodial sentence, youth conditional caution, youth caution, community resolution',
    );
  });
});

describe('each "To fix" hint, applied, makes the file rate', () => {
  it('--judgements FILE', async () => {
    const { err } = await run('rate', CASES);
    expect(err.split('\n').at(-2)).toBe(
      "To fix: add --judgements FILE (a CSV or JSON file of the panel's ratings).",
    );
    expect((await run('rate', CASES, '--judgements', JUDGEMENTS)).code).toBe(0);
  });

  it('--allow-incomplete (court cases only: the out-of-court standards are not rated)', async () => {
    const court = casesWith('court-only.csv', (t) =>
      t
        .split('\n')
        .filter((l) => !l.startsWith('oocd-'))
        .join('\n'),
    );
    const { err } = await run('rate', court, '--judgements', JUDGEMENTS);
    expect(err.split('\n').at(-2)).toBe(
      'To fix: add --allow-incomplete to rate without an overall rating.',
    );
    const rated = await run('rate', court, '--judgements', JUDGEMENTS, '--allow-incomplete');
    expect(rated.code).toBe(0);
    expect(rated.out).toContain('no overall: not rated (3.1, 3.2, 3.3)');
  });

  it('--leave-out-unanswered (one blank answer)', async () => {
    const blank = casesWith('blank.csv', (t) =>
      t.replace(/^(court-1,court,community-sentence,)yes/m, '$1'),
    );
    const { err } = await run('rate', blank, '--judgements', JUDGEMENTS);
    expect(err.split('\n').at(-2)).toBe(
      'To fix: add --leave-out-unanswered to leave blank answers out of the sample.',
    );
    const rated = await run('rate', blank, '--judgements', JUDGEMENTS, '--leave-out-unanswered');
    expect(rated.code).toBe(0);
  });

  it('--framework (a 2018 sheet rated as 2021)', async () => {
    const sheet = write(
      's2018.csv',
      'case,disposal,3.4.1,3.4.1.a\nA,youth conditional caution,yes,no\n',
    );
    const options = ['--allow-incomplete', '--leave-out-unanswered'];
    const { err } = await run('rate', sheet, ...options, '--framework', 'hmip-youth-2021');
    expect(err.split('\n').at(-2)).toBe('To fix: add --framework hmip-youth-2018.');
    const rated = await run('rate', sheet, ...options, '--framework', 'hmip-youth-2018');
    expect(rated.code).toBe(0);
  });

  it('--allow-incomplete for a blank audit workbook (no cases)', async () => {
    const { err } = await run('rate', at('template.xlsx'));
    expect(err.split('\n').at(-2)).toBe(
      'To fix: add --allow-incomplete to rate without an overall rating.',
    );
    expect((await run('rate', at('template.xlsx'), '--allow-incomplete')).code).toBe(0);
  });

  it('no hint that would not fix the file: blank answers that are not all that stops it', async () => {
    // one blank answer and an unknown disposal: --leave-out-unanswered alone would not rate it
    const both = casesWith('both.csv', (t) =>
      t
        .replace(/^(court-1,court,community-sentence,)yes/m, '$1')
        .replace('court-2,court,community-sentence', 'court-2,court,Outcome 22'),
    );
    const { code, err } = await run('rate', both, '--judgements', JUDGEMENTS);
    expect(code).toBe(1);
    expect(err).not.toContain('To fix');
    expect(err).not.toContain('--leave-out-unanswered');
  });
});

describe('sheets saved by LibreOffice (one sheet, named after the file)', () => {
  it('a caseload and an unfilled sample are named; the audit itself rates', async () => {
    const lo = join(tmp, 'libreoffice');
    mkdirSync(lo);
    copyFileSync(CASELOAD, join(lo, 'caseload.csv'));
    copyFileSync(at('sample.csv'), join(lo, 'unfilled.csv'));
    copyFileSync(CASES, join(lo, 'cases.csv'));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(lo, 'profile')}`,
        '--headless',
        '--convert-to',
        'xlsx',
        '--outdir',
        lo,
        ...['caseload.csv', 'unfilled.csv', 'cases.csv'].map((n) => join(lo, n)),
      ],
      { stdio: 'ignore' },
    );
    expect((await run('rate', join(lo, 'caseload.xlsx'))).err).toBe(
      'hmip-ratings: caseload.xlsx [caseload]: this is a caseload (dates, no answers), not an audit: draw a sample with `hmip-ratings sample caseload.xlsx --fieldwork YYYY-MM-DD`\n',
    );
    expect((await run('rate', join(lo, 'unfilled.xlsx'))).err).toBe(
      'hmip-ratings: unfilled.xlsx [unfilled]: this is a sample not yet filled in (answer columns, every answer blank), not an audit: fill in its answers (yes, no or n/a), then rate it with `hmip-ratings rate unfilled.xlsx`\n',
    );
    const rated = await run('rate', join(lo, 'cases.xlsx'), '--judgements', JUDGEMENTS);
    expect(rated.code).toBe(0);
    expect(rated.out).toContain('Score 12/36');
  }, 180_000);
});
