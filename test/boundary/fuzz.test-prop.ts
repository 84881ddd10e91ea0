// The fuzz suite (issue 8): hostile inputs for every exported function, every sheet reader and the
// command. Each call must give a typed error (RatingRuleError) or a correct result; never another
// error, never a hang; the input is left as it was and Object.prototype untouched. An exception the
// caller's own code throws (a getter, a proxy trap) may pass through unchanged, and nothing else.
import { fc, test } from '@fast-check/vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { api } from '../support/entries.js';
import * as sheets from '../../src/sheets.js';
import { main } from '../../src/cli/main.js';
import {
  CallerError,
  HANG,
  PROTOTYPE,
  fingerprint,
  hostileLeaf,
  mutated,
  nastyValues,
  prototypeNames,
} from '../support/hostile.js';
import { AUDIT, CASES, JUDGEMENTS, VALID } from './valid-calls.js';

const { RatingRuleError, youth2021 } = api;
const nasty = nastyValues({ framework: 'hmip-youth-2021' }, 'standards');
// Writing workbooks is slow (exceljs) and needs no fuzzing of its own beyond its arguments.
const SLOW = new Set(['casesWorkbook', 'judgementsWorkbook']);

const { toolkit, ...core } = api;
const functions = Object.entries({ ...core, ...toolkit, ...sheets }).filter(
  ([name, value]) =>
    typeof value === 'function' && !/^[A-Z]/.test(name) && !name.endsWith('Schema'),
) as [string, (...args: unknown[]) => unknown][];

/** Calls a function and checks what came back: a typed error or a result, in time, input untouched. */
async function check(
  name: string,
  fn: (...args: unknown[]) => unknown,
  args: unknown[],
): Promise<'ok' | 'refused'> {
  const before = fingerprint(args);
  const started = performance.now();
  let outcome: 'ok' | 'refused' = 'ok';
  try {
    await fn(...args);
  } catch (e) {
    // The caller's object raising an error when read (a getter, a proxy trap, a revoked proxy)
    // is the caller's own error, and passes through unchanged.
    if (e instanceof CallerError || (e instanceof TypeError && /revoked/.test(e.message)))
      outcome = 'refused';
    else if (e instanceof RatingRuleError) {
      outcome = 'refused';
      expect(typeof e.message, name).toBe('string');
      expect(e.message.length, name).toBeLessThan(200_000);
    } else
      throw new Error(`${name} threw ${(e as Error)?.name}: ${(e as Error)?.message}`, {
        cause: e,
      });
  }
  expect(performance.now() - started, `${name} did not hang`).toBeLessThan(HANG);
  expect(fingerprint(args), `${name} left its input as it was`).toBe(before);
  expect(prototypeNames(), 'Object.prototype untouched').toBe(PROTOTYPE);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  return outcome;
}

describe('every exported function', () => {
  it('every valid call the suite starts from names an exported function', () => {
    const names = new Set(functions.map(([name]) => name));
    expect(Object.keys(VALID).filter((name) => !names.has(name))).toEqual([]);
  });

  test.prop([fc.constantFrom(...functions), fc.array(hostileLeaf, { maxLength: 4 })], {
    numRuns: 400,
  })('hostile arguments of any kind: a typed error or a result', async ([name, fn], args) => {
    if (SLOW.has(name) && args.length > 0 && args[0] === youth2021) return;
    await check(name, fn, args);
  });

  test.prop([fc.constantFrom(...functions), fc.integer({ min: 0, max: 3 }), nasty], {
    numRuns: 150,
  })(
    'cycles, 10,000 levels of nesting, throwing getters and revoked proxies',
    async ([name, fn], at, make) => {
      const base = (VALID[name]?.() ?? [undefined, undefined]).slice();
      base[at % Math.max(base.length, 1)] = make();
      await check(name, fn, base);
    },
  );

  const mutable = functions.filter(([name]) => Object.hasOwn(VALID, name));
  test.prop(
    [
      fc.constantFrom(...mutable),
      fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
      hostileLeaf,
      fc.option(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'toString'), {
        nil: undefined,
      }),
    ],
    { numRuns: 600 },
  )(
    'a valid call with one value made hostile: a typed error or a result',
    async ([name, fn], path, leaf, addKey) => {
      const valid = VALID[name]?.() ?? [];
      let args: unknown[];
      try {
        args = mutated(valid, path, leaf, addKey) as unknown[];
      } catch {
        return; // the hostile value cannot be cloned into place (a symbol, a function): nothing to test
      }
      if (!Array.isArray(args)) return;
      await check(name, fn, args);
    },
  );
});

describe('the sheet readers', () => {
  test.prop(
    [
      fc.array(
        fc.array(
          fc.oneof(
            fc.constantFrom(
              'yes',
              'no',
              'n/a',
              '',
              'Y',
              '?',
              'x',
              'constructor',
              '=1+1',
              '"',
              '\n',
              'community sentence',
              'court',
            ),
            fc.string({ maxLength: 12 }),
          ),
          { maxLength: 8 },
        ),
        { maxLength: 12 },
      ),
      fc.constantFrom(
        'case,kind,disposal,2.1.1,2.1.2,2.1.3,gender',
        'case,disposal,3.4.1,3.4.2',
        'standard,rating,reason',
        'id,,,,',
      ),
    ],
    { numRuns: 300 },
  )(
    'random CSV under a real or broken header: located problems or a rating',
    async (rows, header) => {
      const text = [
        header,
        ...rows.map((r) =>
          r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','),
        ),
      ].join('\n');
      const outcome = await check('rateAudit', sheets.rateAudit as never, [
        { cases: { name: 'c.csv', data: text }, judgements: { name: 'j.csv', data: JUDGEMENTS } },
        { incomplete: 'allow' },
      ]);
      expect(['ok', 'refused']).toContain(outcome);
    },
  );

  test.prop(
    [
      fc.array(fc.tuple(fc.nat(AUDIT.length - 1), fc.integer({ min: 1, max: 255 })), {
        minLength: 1,
        maxLength: 3,
      }),
    ],
    { numRuns: 300 },
  )(
    'a workbook with bytes changed anywhere: refused, or read exactly as before',
    async (changes) => {
      const bytes = new Uint8Array(AUDIT);
      for (const [at, xor] of changes) bytes[at] = (bytes[at] as number) ^ xor;
      try {
        const audit = await sheets.rateAudit({ cases: { name: 'audit.xlsx', data: bytes } });
        expect(audit.rating.score).toBe(12); // a change that slips through cannot change the rating
      } catch (e) {
        if (!(e instanceof RatingRuleError)) throw e;
      }
    },
  );
});

describe('the command', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'hmip-fuzz-cli-'));
  const cases = join(tmp, 'cases.csv');
  writeFileSync(cases, CASES);
  const junk = join(tmp, 'junk.xlsx');
  writeFileSync(junk, Buffer.from('PK\u0003\u0004junk'));
  const words = fc.oneof(
    fc.constantFrom(
      'rate',
      'template',
      'sample',
      'moderate',
      '--judgements',
      '--framework',
      'hmip-youth-2018',
      '--format',
      'markdown',
      'html',
      '--out',
      tmp,
      join(tmp, 'x', 'y.csv'),
      '--margins',
      '--banding',
      'EXACT',
      '--allow-incomplete',
      '--disposal',
      'Outcome 22=',
      '=x',
      '-h',
      '--version',
      cases,
      junk,
      '--judgments',
      '--',
      '-',
    ),
    fc.string({ maxLength: 10 }),
  );
  test.prop([fc.array(words, { maxLength: 7 })], { numRuns: 200 })(
    'any arguments: exit 0, 1 or 2, a message, never a crash or a stack trace',
    async (argv) => {
      let out = '';
      let err = '';
      const code = await main(argv, { out: (s) => void (out += s), err: (s) => void (err += s) });
      expect([0, 1, 2]).toContain(code);
      if (code !== 0) expect(err).toMatch(/^hmip-ratings: /);
      if (code === 0) expect(err).toBe('');
      expect(err).not.toMatch(/\n\s+at /);
      expect(out.length + err.length).toBeGreaterThan(0);
    },
  );
});
