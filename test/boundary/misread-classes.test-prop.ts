// Issue 15, item 6, as properties: each misread class the held-out trial found, covered as a
// class rather than by one input (the regression tests are in misread-classes.test.ts).
import { fc, test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { api } from '../support/entries.js';
import { judgementsFromJson, rateAudit, rateSheets, readCasesCsv } from '../../src/sheets.js';
import { EXPORTED, VALID, callWithTarget, objectPaths } from './valid-calls.js';

const { RatingRuleError, youth2021, rateInspectionData } = api;
const CASES = readFileSync('examples/cumberland/cases.csv', 'utf8');
const JUDGEMENTS = JSON.parse(
  readFileSync('examples/cumberland/judgements.json', 'utf8'),
) as Record<string, unknown>;
const SHEET = readCasesCsv(CASES, { framework: youth2021, file: 'cases.csv' });

/** 'ok', or the messages of the RatingRuleError a call throws; anything else fails the test. */
async function outcome(fn: () => unknown): Promise<'ok' | string[]> {
  try {
    await fn();
    return 'ok';
  } catch (e) {
    if (!(e instanceof RatingRuleError)) throw e;
    expect(e.issues.length).toBeGreaterThan(0);
    return e.issues.map((i) => i.message);
  }
}

describe('(a) every reader honours the framework a judgements file names, as the command does', () => {
  test.prop(
    [
      fc.oneof(fc.constantFrom('hmip-youth-2021', 'hmip-youth-2018'), fc.string({ maxLength: 20 })),
      fc.boolean(),
    ],
    { numRuns: 40 },
  )(
    'refused by rateSheets exactly when rateAudit refuses it, in the same words',
    async (named, whole) => {
      const text = JSON.stringify(
        whole ? { framework: named, standards: JUDGEMENTS } : { framework: named, ...JUDGEMENTS },
      );
      const library = await outcome(() =>
        rateSheets(SHEET, judgementsFromJson(text, { file: 'j.json' })),
      );
      const command = await outcome(() =>
        rateAudit({
          cases: { name: 'cases.csv', data: CASES },
          judgements: { name: 'j.json', data: text },
        }),
      );
      if (named === 'hmip-youth-2021') expect(library).toBe('ok');
      else
        expect(library).toContain(
          `the judgements are for ${api.toolkit.quoteText(named)} but the cases are for hmip-youth-2021`,
        );
      expect(library).toEqual(command);
    },
  );
});

// The functions that read a caller's data (evidence, case records, judgements, sheets, caseloads).
const READERS = [
  'rateInspection',
  'rateInspectionData',
  'safeRateInspection',
  'rateCases',
  'tallyCases',
  'resampleRating',
  'breakdownByGroup',
  'casesToRows',
  'judgementsToRows',
  'rateSheets',
  'drawSample',
  'sampleCaseload',
].filter((name) => Object.hasOwn(VALID, name));
const SPECIAL = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];
const VALUES = fc.oneof(
  fc.constantFrom<unknown>(5, 0, null, [], {}, true, false, 'x', 'yes', 'Good', ''),
  fc.jsonValue({ maxDepth: 2 }),
);
const settle = async (fn: () => unknown) => ((await outcome(fn)) === 'ok' ? 'ok' : 'refused');

describe('(b) an own key of a special name is read as a key of any other name would be', () => {
  const cases = READERS.flatMap((name) =>
    objectPaths((VALID[name] as () => unknown[])(), { depth: 5 }).map(
      (path) => [name, path] as const,
    ),
  );
  test.prop([fc.constantFrom(...cases), fc.constantFrom(...SPECIAL), VALUES], { numRuns: 300 })(
    'a special key with any value is accepted or refused exactly as an ordinary key with that value',
    async ([name, path], key, value) => {
      const make = VALID[name] as () => unknown[];
      const fn = EXPORTED[name] as (...args: unknown[]) => unknown;
      const call = (k: string) => {
        const { args, target } = callWithTarget(make, path);
        if (Array.isArray(target)) return undefined;
        Object.defineProperty(target, k, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
        return args;
      };
      const special = call(key);
      const plain = call('zz-any-key');
      if (!special || !plain) return;
      expect(await settle(() => fn(...special)), `${name} ${path.join('.')} ${key}`).toBe(
        await settle(() => fn(...plain)),
      );
    },
  );

  test.prop([fc.constantFrom(...SPECIAL), VALUES, fc.boolean()], { numRuns: 100 })(
    'in a judgements JSON file, a special key with any value is refused as an ordinary key is',
    async (key, value, inside) => {
      const text = (k: string) =>
        JSON.stringify(JUDGEMENTS).replace(
          inside ? '"1.2":{' : /^\{/,
          `${inside ? '"1.2":{' : '{'}${JSON.stringify(k)}:${JSON.stringify(value)},`,
        );
      const rate = (k: string) => () =>
        rateAudit({
          cases: { name: 'cases.csv', data: CASES },
          judgements: { name: 'j.json', data: text(k) },
        });
      expect(await settle(rate(key))).toBe(await settle(rate('zz-any-key')));
      expect(await settle(rate(key))).toBe('refused');
    },
  );
});

describe('(c) a JSON root that is not an object is refused with a located issue', () => {
  const notAnObject = fc.oneof(
    fc
      .jsonValue({ maxDepth: 2 })
      .filter((v) => v === null || typeof v !== 'object' || Array.isArray(v)),
    fc.constantFrom<unknown>(null, 0, false, '', [], true),
  );
  test.prop([notAnObject], { numRuns: 100 })(
    'judgements and evidence: at least one issue, saying what was expected',
    async (root) => {
      const text = JSON.stringify(root);
      const read = await outcome(() => judgementsFromJson(text, { file: 'j.json' }));
      expect(read).not.toBe('ok');
      expect((read as string[])[0]).toMatch(
        /^expected an object of judgements by standard id \(got /,
      );
      const audit = await outcome(() =>
        rateAudit({
          cases: { name: 'cases.csv', data: CASES },
          judgements: { name: 'j.json', data: text },
        }),
      );
      expect(audit).toEqual(read);
      const evidence = await outcome(() => rateInspectionData(root));
      expect((evidence as string[])[0]).toMatch(
        /^evidence must be an object with "framework" and "standards"/,
      );
    },
  );
});
