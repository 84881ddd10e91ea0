// Moderation from files: problems located at file, row and column in one pass, decisions read back
// from the disagreements sheet, workbooks, and text made safe for every output.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RatingRuleError, formatLocation, youth2021 } from '../../src/index.js';
import {
  casesToRows,
  casesWorkbook,
  disagreementRows,
  formatModeration,
  moderateAudits,
  toCsv,
} from '../../src/sheets.js';

const FIRST = readFileSync('examples/moderation/first.csv', 'utf8');
const SECOND = readFileSync('examples/moderation/second.csv', 'utf8');
const first = { name: 'first.csv', data: FIRST };
const second = { name: 'second.csv', data: SECOND };

async function problems(run: Promise<unknown>): Promise<string[]> {
  try {
    await run;
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    return e.issues.map(
      (i) => `${i.location ? formatLocation(i.location) : ''}: ${i.code}: ${i.message}`,
    );
  }
  throw new Error('expected a RatingRuleError');
}

describe('moderateAudits: the example sheets', () => {
  it('reads both sheets, finds the framework, and lists the six disagreements in the first sheet order', async () => {
    const audit = await moderateAudits({ first, second });
    expect(audit.framework.id).toBe('hmip-youth-2021');
    expect(audit.agreement.overall).toMatchObject({ total: 204, agreed: 198 });
    expect(disagreementRows(audit)).toEqual([
      ['case', 'question', 'first', 'second', 'decision'],
      ['oocd-1', '3.3.3', 'yes', 'no', ''],
      ['oocd-2', '3.2.1', 'yes', 'no', ''],
      ['oocd-2', '3.3.2', 'yes', 'no', ''],
      ['oocd-3', '3.3.2', 'yes', 'no', ''],
      ['oocd-4', '3.1.2', 'yes', 'no', ''],
      ['oocd-9', '3.3.1', 'yes', 'no', ''],
    ]);
    // The moderated sheet is the moderator's, which here answers every question.
    expect(toCsv(casesToRows(youth2021, audit.moderated.cases))).toBe(SECOND);
  });

  it('reads a workbook as readily as CSV', async () => {
    const cases = (await moderateAudits({ first, second: first })).first.cases;
    const book = await casesWorkbook(youth2021, { cases });
    const audit = await moderateAudits({ first: { name: 'first.xlsx', data: book }, second });
    expect(audit.first.file).toBe('first.xlsx [Cases]');
    expect(audit.agreement.disagreements).toHaveLength(6);
  });
});

describe('decisions', () => {
  it('the disagreements sheet with its decision column filled in settles them; a blank decision is located where it should be', async () => {
    const rows = disagreementRows(await moderateAudits({ first, second }));
    const decided = rows.map((r, i) => (i === 0 ? r : [...r.slice(0, 4), i % 2 ? 'Yes' : 'N']));
    const audit = await moderateAudits({
      first,
      second,
      decisions: { name: 'decisions.csv', data: toCsv(decided) },
    });
    expect(audit.moderated.settledBy).toBe('decisions');
    // Rows 1, 3 and 5 keep the first auditor's yes; rows 2, 4 and 6 take no.
    expect(audit.moderated.changes).toEqual([
      { case: 'oocd-2', question: '3.2.1', from: 'yes', to: 'no', by: 'decision' },
      { case: 'oocd-3', question: '3.3.2', from: 'yes', to: 'no', by: 'decision' },
      { case: 'oocd-9', question: '3.3.1', from: 'yes', to: 'no', by: 'decision' },
    ]);
    expect(disagreementRows(audit)[1]).toEqual(['oocd-1', '3.3.3', 'yes', 'no', 'yes']);

    const partly = decided.map((r, i) => (i === 2 ? [...r.slice(0, 4), ''] : r));
    expect(
      await problems(
        moderateAudits({
          first,
          second,
          decisions: { name: 'decisions.csv', data: toCsv(partly) },
        }),
      ),
    ).toEqual([
      'decisions.csv, row 3, column E (decision): unresolved-disagreement: case "oocd-2": 3.2.1 is "yes" in first.csv and "no" in second.csv, and no decision settles it: decide it (an answer is never averaged or guessed)',
    ]);
  });

  it('a decisions sheet in the audit layout holds only the decided answers', async () => {
    const data = [
      'case,disposal,3.3.3,3.2.1,3.3.2,3.1.2,3.3.1',
      'oocd-1,youth conditional caution,yes,,,,',
      'oocd-2,youth conditional caution,,yes,yes,,',
      'oocd-3,youth conditional caution,,,no,,',
      'oocd-4,community resolution,,,,no,',
      'oocd-9,community resolution,,,,,no',
    ].join('\n');
    const audit = await moderateAudits({ first, second, decisions: { name: 'd.csv', data } });
    expect(audit.moderated.changes.map((c) => `${c.case} ${c.question}`)).toEqual([
      'oocd-3 3.3.2',
      'oocd-4 3.1.2',
      'oocd-9 3.3.1',
    ]);
  });

  it('problems in a decisions sheet are located: an unknown case, an unknown question, a doubtful answer, a decision made twice', async () => {
    const data = toCsv([
      ['case', 'question', 'first', 'second', 'decision'],
      ['oocd-99', '3.3.3', 'yes', 'no', 'yes'],
      ['oocd-1', '9.9.9', 'yes', 'no', 'yes'],
      ['oocd-2', '3.2.1', 'yes', 'no', 'yes?'],
      ['oocd-3', '3.3.2', 'yes', 'no', 'yes'],
      ['oocd-3', '3.3.2', 'yes', 'no', 'no'],
    ]);
    expect(
      await problems(moderateAudits({ first, second, decisions: { name: 'd.csv', data } })),
    ).toEqual([
      // The disagreements the sheet has no row for stay unsettled, shown in the moderator's sheet;
      // the one whose decision reads two ways is reported once, at its decision.
      ...[
        ['10, column X (3.3.3)', 'oocd-1', '3.3.3'],
        ['11, column W (3.3.2)', 'oocd-2', '3.3.2'],
        ['13, column Q (3.1.2)', 'oocd-4', '3.1.2'],
        ['18, column V (3.3.1)', 'oocd-9', '3.3.1'],
      ].map(
        ([at, id, q]) =>
          `second.csv, row ${at}: unresolved-disagreement: case "${id}": ${q} is "yes" in first.csv and "no" in second.csv, and no decision settles it: decide it (an answer is never averaged or guessed)`,
      ),
      'd.csv, row 2, column A (case): unknown-case: case "oocd-99" has a decision but is not in first.csv',
      'd.csv, row 3, column B (question): unknown-key-question: "9.9.9" is not a key question or prompt of hmip-youth-2021',
      'd.csv, row 4, column E (decision): ambiguous-answer: "yes?" is marked with doubt: write yes, no or n/a',
      'd.csv, row 6, column E (decision): conflicting-evidence: case "oocd-3", 3.3.2 is decided twice: yes in row 5 and no here',
    ]);
  });
});

describe('a decision a case cannot take', () => {
  it('is located at its decision cell in the disagreements sheet', async () => {
    const rows = disagreementRows(await moderateAudits({ first, second }));
    const data = toCsv([
      ...rows.map((r, i) => (i === 0 ? r : [...r.slice(0, 4), 'no'])),
      ['court-1', '3.3.2', '', '', 'yes'],
    ]);
    expect(
      await problems(moderateAudits({ first, second, decisions: { name: 'd.csv', data } })),
    ).toEqual([
      'd.csv, row 8, column E (decision): answer-not-allowed: case "court-1" cannot answer 3.3.2: it is a court case and 3.3.2 is answered from out-of-court cases',
    ]);
  });
});

describe('bad files: every problem at once, at file, row and column, nothing moderated', () => {
  it('a cell that is not an answer, a case missing from one sheet, a disposal that differs, a blank moderator row', async () => {
    const badFirst = FIRST.replace(
      'court-3,court,community-sentence,yes',
      'court-3,court,community-sentence,perhaps',
    );
    const badSecond = SECOND.replace(/^court-8,.*\n/m, '')
      .replace('oocd-5,out-of-court,community-resolution', 'oocd-5,out-of-court,youth-caution')
      .replace('court-2,court,community-sentence', 'court-2,court,unheard-of');
    expect(
      await problems(
        moderateAudits({
          first: { name: 'first.csv', data: badFirst },
          second: { name: 'second.csv', data: badSecond },
        }),
      ),
    ).toEqual([
      'first.csv, row 4, column D (2.1.1): invalid-answer: "perhaps" is not an answer: use yes, no or n/a',
      'first.csv, row 9, column A (case): unknown-case: case "court-8" is in first.csv but not in second.csv: both must hold the same cases',
      'second.csv, row 3, column C (disposal): unknown-disposal: "unheard-of" is not a disposal of hmip-youth-2021: use community sentence, custodial sentence, youth conditional caution, youth caution, community resolution, or map it to one of them yourself with --disposal "unheard-of=DISPOSAL" (disposalAliases in code; the sources do not say which it is)',
      'second.csv, row 13, column C (disposal): conflicting-evidence: case "oocd-5" is "youth-caution" in second.csv and "community-resolution" in first.csv: a case\'s disposal must be the same in both',
    ]);
  });

  it('arguments, options and file types are checked before anything is read', async () => {
    expect(
      await problems(
        moderateAudits(null as never, { framework: 'hmip-youth-2025', colour: 1 } as never),
      ),
    ).toEqual([
      ': invalid-option: unknown option (known: framework, disposalAliases, columns, limits, unanswered, inflater)',
      ': invalid-argument: files.first must be a file: { name, data } with text or bytes (got null)',
      ': invalid-argument: files.second must be a file: { name, data } with text or bytes (got null)',
      ': unknown-framework: unknown framework "hmip-youth-2025": use hmip-youth-2018 or hmip-youth-2021',
    ]);
    expect(
      await problems(
        moderateAudits({
          first: { name: 'first.pdf', data: FIRST },
          second: { name: 'b.xlsx', data: 'x' },
        }),
      ),
    ).toEqual([
      'first.pdf: invalid-file: cannot read a .pdf file as a sheet: give a .csv or .xlsx file',
      'b.xlsx: invalid-file: not a workbook: an .xlsx file is a zip archive, and this is not one',
    ]);
  });

  it('sheets that fit another framework than the one given get the one-line hint rateAudit gives', async () => {
    // a 2018 audit sheet (3.4.1 is a key question of the 2018 standards only), moderated as 2021
    const as2018 = (text: string) =>
      text
        .trimEnd()
        .split('\n')
        .map((line, i) => `${line},${i === 0 ? '3.4.1' : ''}`)
        .join('\n');
    const found = await problems(
      moderateAudits(
        {
          first: { name: 'first.csv', data: as2018(FIRST) },
          second: { name: 'second.csv', data: as2018(SECOND) },
        },
        { framework: 'hmip-youth-2021' },
      ),
    );
    expect(found.filter((p) => p.includes('framework-mismatch'))).toEqual([
      expect.stringMatching(
        /^first\.csv: framework-mismatch: this looks like an audit for .+ \(hmip-youth-2018\), not hmip-youth-2021: hmip-youth-2021 has no 3\.4\.1/,
      ),
    ]);
  });

  it('each file is read once: a getter cannot answer one thing to the check and another to the read', async () => {
    let reads = 0;
    const shifty = {
      name: 'second.csv',
      get data(): string {
        reads++;
        return reads === 1 ? SECOND : (42 as unknown as string);
      },
    };
    const audit = await moderateAudits({ first, second: shifty });
    expect(reads).toBe(1);
    expect(audit.agreement.disagreements.length).toBeGreaterThan(0);
  });

  it('the files given are not changed', async () => {
    const bytes = new TextEncoder().encode(FIRST);
    const copy = bytes.slice();
    await moderateAudits({ first: { name: 'first.csv', data: bytes }, second });
    expect(bytes).toEqual(copy);
  });
});

describe('outputs make text from the files safe', () => {
  const hostile = '=HYPERLINK("x")|*a*\u001b[31m';
  const rename = (text: string) =>
    text.replaceAll('oocd-2,', `"${hostile.replaceAll('"', '""')}",`);

  it('CSV neutralises formulae, markdown escapes markup, the table drops control characters', async () => {
    const audit = await moderateAudits({
      first: { name: 'first.csv', data: rename(FIRST) },
      second: { name: 'second.csv', data: rename(SECOND) },
    });
    const csv = formatModeration(audit, 'csv');
    expect(csv).toContain(`"'=HYPERLINK(""x"")|*a*\u001b[31m",3.2.1,yes,no,`);
    const md = formatModeration(audit, 'markdown');
    expect(md).toContain('| =HYPERLINK("x")\\|\\*a\\* | 3.2.1 | yes | no |  |');
    const table = formatModeration(audit, 'table');
    expect(table).not.toContain('\u001b');
    const json = JSON.parse(formatModeration(audit, 'json'));
    expect(json.agreement.disagreements[1].case).toBe(hostile);
  });

  it('formatModeration refuses anything but a moderation, and unknown formats', () => {
    expect(() => formatModeration({} as never, 'pdf' as never)).toThrow(RatingRuleError);
    expect(() => disagreementRows(null as never)).toThrow(RatingRuleError);
  });
});
