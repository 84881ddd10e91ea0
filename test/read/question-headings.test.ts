// Issue 15, item 3 ("their headings"): a question column is read by its id at the start of the
// heading or by the key question's full wording; anything else by the team's column map; a heading
// that reads as a question and is none of these is refused with the closest key questions by
// wording and a ready-made map to save.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keyQuestionsOf, youth2021 } from '../../src/index.js';
import { main } from '../../src/cli/main.js';
import { rateAudit, readCasesCsv, readColumnMap } from '../../src/sheets.js';
import {
  closestQuestions,
  leadingId,
  wordingKey,
  wordingLikeness,
} from '../../src/read/question-headings.js';
import { refused, refusedAsync } from '../support/refused.js';

const CASES = readFileSync('examples/cumberland/cases.csv', 'utf8');
const JUDGEMENTS = readFileSync('examples/cumberland/judgements.json', 'utf8');
const TEXT = new Map(keyQuestionsOf(youth2021).map((kq) => [kq.id as string, kq.text]));
const [HEADER, ...ROWS] = CASES.trimEnd().split('\n') as [string, ...string[]];
const quoted = (h: string) => `"${h.replace(/"/g, '""')}"`;
/** Cumberland's audit with each question heading written by `heading`. */
const withHeadings = (heading: (id: string, i: number) => string) =>
  [
    HEADER.split(',')
      .map((h, i) => (TEXT.has(h) ? quoted(heading(h, i)) : h))
      .join(','),
    ...ROWS,
  ].join('\n');
const rate = (cases: string, options = {}) =>
  rateAudit(
    { cases: { name: 'cases.csv', data: cases }, judgements: { name: 'j.json', data: JUDGEMENTS } },
    options,
  );

describe('an id at the start of a heading', () => {
  it.each([
    ['2.1.1', '2.1.1', ''],
    ['Q2.1.1', '2.1.1', ''],
    ['q 2.1.1', '2.1.1', ''],
    ['2.1.1 Does assessment sufficiently analyse', '2.1.1', 'Does assessment sufficiently analyse'],
    ['2.1.1: Does assessment', '2.1.1', 'Does assessment'],
    ['2.1.1 - Does assessment', '2.1.1', 'Does assessment'],
    ['2.1.1. Does assessment', '2.1.1', 'Does assessment'],
    ['2.1.10', '2.1.10', ''],
    ['2.1.1.a prompt', '2.1.1.a', 'prompt'],
  ])('%j starts with %s', (heading, id, rest) => {
    expect(leadingId(heading)).toEqual({ id, rest });
  });

  it.each(['2.1.1a', '2.1.10x', 'gender', 'Team 2.1.1', '2.1.1.assessment', '1'])(
    '%j starts with no id (ids are whole tokens)',
    (heading) => {
      expect(leadingId(heading)).toBeUndefined();
    },
  );

  it('"2.1.10" is never read as 2.1.1: it is refused as no key question', () => {
    const e = refused(() =>
      readCasesCsv(CASES.replace('2.1.1,', '2.1.10,'), { framework: youth2021, file: 'c.csv' }),
    );
    expect(e.issues[0]?.message).toBe(
      '"2.1.10" is not a key question or prompt of hmip-youth-2021',
    );
  });
});

describe('headings that carry the key question', () => {
  it('ids with wording, ids with a Q, and the wording alone (curly apostrophes, case, spacing) rate exactly as plain ids', async () => {
    const plain = await rate(CASES);
    const worded = withHeadings((id, i) =>
      i % 3 === 0
        ? ` ${(TEXT.get(id) as string).replace(/'/g, '\u2019').toUpperCase()}  `
        : i % 3 === 1
          ? `${id} ${TEXT.get(id)}`
          : `Q${id}:`,
    );
    const read = await rate(worded);
    expect(read.rating).toEqual(plain.rating);
    expect(read.tally).toEqual(plain.tally);
    expect(read.rating.score).toBe(12);
    expect(read.cases.columns['2.1.1']).toMatch(/^D \(DOES ASSESSMENT/);
  });

  it('the wording shared by 2.1.1 and 3.1.1 is read in the framework order when each has its column, and refused as ambiguous otherwise', async () => {
    const both = await rate(withHeadings((id) => TEXT.get(id) as string));
    expect(both.rating.score).toBe(12);
    const one = CASES.replace('3.1.1,', `${quoted(TEXT.get('3.1.1') as string)},`);
    const e = await refusedAsync(() => rate(one));
    expect(e.issues[0]?.message).toBe(
      '"Does assessment sufficiently analyse how…" is the wording of 2.1.1 and 3.1.1, and the sheet does not have one column for each: start the heading with its id (such as "2.1.1 ...") or name it in a column map',
    );
  });

  it("an id whose words are another question's is refused, not read either way", () => {
    const e = refused(() =>
      readCasesCsv(CASES.replace('2.1.2,', `"2.1.2 ${TEXT.get('2.2.1')}",`), {
        framework: youth2021,
        file: 'c.csv',
      }),
    );
    expect(e.issues[0]?.message).toBe(
      '"2.1.2 Does planning focus sufficiently o…" starts with 2.1.2 but its words are those of 2.2.1: correct the id or the words',
    );
    expect(e.issues[0]?.location).toEqual({
      file: 'c.csv',
      row: 1,
      column: 'E (2.1.2 Does planning focus sufficiently o…)',
    });
  });
});

describe('the closest key questions by wording', () => {
  it('wording is compared with case, punctuation and curly apostrophes forgiven', () => {
    expect(wordingKey('the child’s  DESISTANCE?')).toBe(wordingKey("The child's desistance"));
  });

  it('likeness is the Dice coefficient of the word sets: 2 shared of 3 and 3 words is 2/3', () => {
    expect(wordingLikeness('keep child safe', 'keep the child')).toBeCloseTo(2 / 3, 12);
    expect(wordingLikeness('a b', 'c d')).toBe(0);
    expect(wordingLikeness('Same words', 'same, WORDS')).toBe(1);
  });

  it('the closest are found deterministically, ties in the framework order', () => {
    const closest = closestQuestions(youth2021, 'How well was the child kept safe?');
    expect(closest.map((c) => c.id)).toEqual(['2.1.2', '3.1.2']);
    expect(closestQuestions(youth2021, 'How well was the child kept safe?')).toEqual(closest);
  });

  it('an unknown question heading is refused with the closest questions, and the command prints a map to save that then rates', async () => {
    const sheet = CASES.replace('2.1.1,', '"Does assessment look at desistance?",').replace(
      '2.2.1,',
      'How well was the child kept safe?,',
    );
    const e = await refusedAsync(() => rate(sheet));
    expect(e.issues.map((i) => i.message)).toEqual([
      '"Does assessment look at desistance?" reads as a question but is not a key question of hmip-youth-2021 by id or wording: the closest by wording are 2.1.1 (Does assessment sufficiently analyse how to support the child\'s desist…) and 3.1.1 (Does assessment sufficiently analyse how to support the child\'s desist…); name its key question in a column map',
      '"How well was the child kept safe?" reads as a question but is not a key question of hmip-youth-2021 by id or wording: the closest by wording are 2.1.2 (Does assessment sufficiently analyse how to keep the child safe?) and 3.1.2 (Does assessment sufficiently analyse how to keep the child safe?); name its key question in a column map',
    ]);
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'hmip-columns-'));
    writeFileSync(join(dir, 'cases.csv'), sheet);
    writeFileSync(join(dir, 'j.json'), JUDGEMENTS);
    let err = '';
    const io = { out: () => undefined, err: (s: string) => void (err += s) };
    const args = ['rate', join(dir, 'cases.csv'), '--judgements', join(dir, 'j.json')];
    expect(await main(args, io)).toBe(1);
    const map = err.slice(err.indexOf('heading,key question'));
    expect(map).toBe(
      'heading,key question\nDoes assessment look at desistance?,2.1.1\nHow well was the child kept safe?,2.1.2\n',
    );
    // The team corrects the second line (the column is 2.2.1) and saves it: the sheet rates.
    writeFileSync(join(dir, 'columns.csv'), map.replace(',2.1.2', ',2.2.1'));
    let out = '';
    const code = await main([...args, '--columns', join(dir, 'columns.csv')], {
      out: (s) => void (out += s),
      err: (s) => void (err += s),
    });
    expect(code).toBe(0);
    expect(out).toMatch(/Score 12\/36/);
  });

  it('a heading that does not read as a question stays an attribute', async () => {
    const read = await rate(
      CASES.replace('case,kind,disposal,', 'case,kind,disposal,').replace(/\n/, ',Team\n'),
    );
    expect(read.cases.attributes).toEqual(['Team']);
    const own = await rate(CASES.replace(/\n/, ',Consent given?\n'));
    expect(own.cases.attributes).toEqual(['Consent given?']);
  });
});

describe('the column map', () => {
  const MAP = 'heading,key question\nDesistance analysed?,2.1.1\nKept safe?,Q2.1.2\n';
  const mapped = CASES.replace('2.1.1,', 'Desistance analysed?,').replace('2.1.2,', 'Kept safe?,');

  it('a map file, a Map and a plain object give the same reading', async () => {
    const plain = await rate(CASES);
    const map = await readColumnMap({ name: 'columns.csv', data: MAP });
    expect([...map]).toEqual([
      ['Desistance analysed?', '2.1.1'],
      ['Kept safe?', 'Q2.1.2'],
    ]);
    for (const columns of [map, new Map(map), Object.fromEntries(map)])
      expect((await rate(mapped, { columns })).rating).toEqual(plain.rating);
  });

  it('every problem of a map file is located (file, row, column) and reported at once', async () => {
    const e = await refusedAsync(() =>
      readColumnMap({
        name: 'columns.csv',
        data: 'heading,key question\nA?,2.1.1\n,2.1.2\nB?,\na?,2.1.3\nC?,nothing\nD?,2.1.1\n',
      }),
    );
    expect(e.issues.map((i) => `${i.location?.row} ${i.location?.column}: ${i.message}`)).toEqual([
      '3 A (heading): the heading is blank',
      '4 B (key question): "B?" has no key question: give its id, such as 2.1.1',
      '5 A (heading): "a?" is in the column map twice (also row 2)',
      '6 B (key question): "nothing" is not a key question: give its id, such as 2.1.1',
      '7 B (key question): "D?" is mapped to 2.1.1, as row 2 is: a key question has one column',
    ]);
  });

  it('a key question the framework does not have is located in the map file', async () => {
    const map = await readColumnMap({
      name: 'columns.csv',
      data: 'heading,key question\nA?,2.1.9\n',
    });
    const e = await refusedAsync(() => rate(CASES, { columns: map }));
    expect(e.issues.map((i) => [i.location, i.message])).toEqual([
      [
        { file: 'columns.csv', row: 2, column: 'B (key question)' },
        '"2.1.9" is not a key question or prompt of hmip-youth-2021',
      ],
    ]);
  });

  it('a map heading absent from the sheet is fine (one map serves several sheets)', async () => {
    const read = await rate(CASES, { columns: { 'Not in this sheet?': '2.4.1' } });
    expect(read.rating.score).toBe(12);
  });

  it('a columns option that is not text to text is refused at the boundary', async () => {
    const e = await refusedAsync(() => rate(CASES, { columns: { 'A?': 5 } }));
    expect(e.issues[0]?.message).toMatch(
      /^columns must be a Map or an object of key questions by heading/,
    );
    const f = refused(() =>
      readCasesCsv(CASES, { framework: youth2021, columns: new Map([['A?', 1]]) as never }),
    );
    expect(f.issues[0]?.path).toEqual(['columns']);
  });
});
