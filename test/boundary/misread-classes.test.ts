// Issue 15, item 6: the misread classes the held-out trial found, one regression test per class
// (the fuzz suite covers each class as a property: misread-classes.test-prop.ts).
// (a) a framework named inside a judgements file is honoured by the library readers as the command
//     honours it; (b) an own key of a special name is refused whatever its value, as any other key
//     would be; (c) a JSON root that is not an object is refused with a located issue.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { youth2018, youth2021 } from '../../src/index.js';
import { rateCases, tallyCases } from '../../src/cases/index.js';
import { drawSample } from '../../src/sampling/index.js';
import { main } from '../../src/cli/main.js';
import {
  casesToRows,
  judgementsFromJson,
  rateAudit,
  rateSheets,
  readCasesCsv,
} from '../../src/sheets.js';
import { cumberlandCases, cumberlandJudgements } from '../../scripts/cumberland-cases.js';
import { refused, refusedAsync } from '../support/refused.js';

const CASES = readFileSync('examples/cumberland/cases.csv', 'utf8');
const JSON_JUDGEMENTS = readFileSync('examples/cumberland/judgements.json', 'utf8');
const named = (framework: string) =>
  JSON.stringify({ framework, ...(JSON.parse(JSON_JUDGEMENTS) as object) });
const MISMATCH =
  'j.json: the judgements are for "hmip-youth-2018" but the cases are for hmip-youth-2021';

describe('(a) the framework a judgements file names', () => {
  it('rateSheets refuses judgements for another framework, in the words of the command', async () => {
    const cases = readCasesCsv(CASES, { framework: youth2021, file: 'cases.csv' });
    const judgements = judgementsFromJson(named('hmip-youth-2018'), { file: 'j.json' });
    expect(judgements.framework).toBe('hmip-youth-2018');
    const e = refused(() => rateSheets(cases, judgements));
    expect(e.message).toBe(MISMATCH);
    expect(e.issues[0]?.code).toBe('framework-mismatch');
    const command = await refusedAsync(() =>
      rateAudit({
        cases: { name: 'cases.csv', data: CASES },
        judgements: { name: 'j.json', data: named('hmip-youth-2018') },
      }),
    );
    expect(command.message).toBe(MISMATCH);
    // The same file naming the cases' own framework rates as before.
    const same = judgementsFromJson(named('hmip-youth-2021'), { file: 'j.json' });
    expect(rateSheets(cases, same).rating.score).toBe(12);
  });

  it('judgementsFromJson checks the framework it is given, and refuses another named in the file', () => {
    expect(
      refused(() =>
        judgementsFromJson(named('hmip-youth-2018'), { file: 'j.json', framework: youth2021 }),
      ).message,
    ).toBe(MISMATCH);
    const e = refused(() =>
      judgementsFromJson(JSON_JUDGEMENTS, {
        file: 'j.json',
        framework: 'hmip-youth-2021' as never,
      }),
    );
    expect(e.issues[0]?.path).toEqual(['options.framework']);
    expect(judgementsFromJson(JSON_JUDGEMENTS, { file: 'j.json', framework: youth2018 }).file).toBe(
      'j.json',
    );
  });
});

describe('(b) an own key of a special name, whatever its value', () => {
  const withAnswer = (key: string, value: unknown) =>
    cumberlandCases().map((c, i) =>
      i === 0
        ? JSON.parse(
            JSON.stringify(c).replace(
              '"answers":{',
              `"answers":{"${key}":${JSON.stringify(value)},`,
            ),
          )
        : c,
    );

  it.each([5, null, [], {}, true, 'Good'])(
    'an answer keyed "__proto__" holding %j is refused, as it is under any other key',
    (value) => {
      const special = refused(() => tallyCases(youth2021, withAnswer('__proto__', value)));
      const plain = refused(() => tallyCases(youth2021, withAnswer('zz', value)));
      expect(special.issues.map((i) => [i.code, i.message])).toEqual(
        plain.issues.map((i) => [i.code, i.message.replace('"zz"', '"__proto__"')]),
      );
      expect(special.issues[0]?.path).toEqual(['cases', 0, 'answers', '__proto__']);
      expect(() =>
        rateCases(youth2021, withAnswer('__proto__', value), cumberlandJudgements),
      ).toThrow();
    },
  );

  it('a "__proto__" attribute that is not text, and a "__proto__" field of a record, are refused', () => {
    const cases = cumberlandCases();
    const attribute = JSON.parse(
      JSON.stringify(cases[0]).replace('"answers":', '"attributes":{"__proto__":5},"answers":'),
    );
    expect(refused(() => tallyCases(youth2021, [attribute, ...cases.slice(1)])).message).toBe(
      'cases[0].attributes.__proto__: expected text (got 5)',
    );
    const field = JSON.parse(JSON.stringify(cases[0]).replace(/^\{/, '{"__proto__":[],'));
    expect(
      refused(() => tallyCases(youth2021, [field, ...cases.slice(1)])).issues[0]?.message,
    ).toBe('unrecognised field "__proto__"');
    expect(() => casesToRows(youth2021, [field])).toThrow('a list of valid case records');
  });

  it('a caseload record\'s "__proto__" attribute that is not text is refused with its issue, as any other attribute is (before: "invalid input", no issue)', () => {
    const attributes = JSON.parse('{"__proto__": 5, "gender": "girl"}') as Record<string, string>;
    const record = {
      id: 'C1',
      kind: 'court',
      disposal: 'community-sentence',
      date: '2024-11-15',
      attributes,
    };
    const e = refused(() =>
      drawSample(youth2021, [record] as never, { fieldwork: '2025-07-07', seed: 3 }),
    );
    expect(e.message).toBe('caseload[0].attributes.__proto__: expected text (got 5)');
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])(
    'a judgements JSON key %j holding a number, null, a list or true is refused, located',
    (key) => {
      for (const value of ['5', 'null', '[]', 'true']) {
        const text = JSON_JUDGEMENTS.replace(/^\{/, `{"${key}": ${value},`);
        const e = refused(() => judgementsFromJson(text, { file: 'j.json' }));
        expect(e.issues[0]?.location).toEqual({ file: 'j.json' });
        expect(e.issues[0]?.message).toMatch(
          new RegExp(`^"${key}": a judgement is a rating such as "Good"`),
        );
      }
      // Holding text, it is refused too: no such standard.
      const text = JSON_JUDGEMENTS.replace(/^\{/, `{"${key}": "Good",`);
      const cases = readCasesCsv(CASES, { framework: youth2021, file: 'cases.csv' });
      expect(
        refused(() => rateSheets(cases, judgementsFromJson(text, { file: 'j.json' }))).message,
      ).toMatch(new RegExp(`"${key}" is not a standard of hmip-youth-2021`));
    },
  );
});

describe('(c) a JSON root that is not an object', () => {
  it.each(['null', '5', '"x"', '[]', '[{"1.1":"Good"}]', 'true', 'false', '0', '""'])(
    '%s as a whole judgements file: one located issue saying what was expected',
    async (root) => {
      const e = refused(() => judgementsFromJson(root, { file: 'j.json' }));
      expect(e.issues).toHaveLength(1);
      expect(e.issues[0]?.location).toEqual({ file: 'j.json' });
      expect(e.issues[0]?.message).toMatch(
        /^expected an object of judgements by standard id \(got /,
      );
      const audit = await refusedAsync(() =>
        rateAudit({
          cases: { name: 'cases.csv', data: CASES },
          judgements: { name: 'j.json', data: root },
        }),
      );
      expect(audit.issues.map((i) => i.message)).toEqual([e.issues[0]?.message]);
    },
  );

  it('the command lists the issue, and no follow-on "no judgements were given" or --judgements tip', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'hmip-null-'));
    writeFileSync(join(dir, 'j.json'), 'null');
    let err = '';
    const code = await main(
      ['rate', 'examples/cumberland/cases.csv', '--judgements', join(dir, 'j.json')],
      { out: () => undefined, err: (s) => void (err += s) },
    );
    expect(code).toBe(1);
    expect(err).toBe(
      'hmip-ratings: 1 problem found, nothing was rated:\n  j.json: expected an object of judgements by standard id (got null)\n',
    );
  });
});
