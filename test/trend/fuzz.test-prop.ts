// Hostile input to every function of the trend room: each call gives a typed error
// (RatingRuleError) or a result, never another error or a hang; the input is left as it was and
// Object.prototype untouched. An error the caller's own object throws (a getter, a proxy trap, a
// revoked proxy) may pass through. (The project-wide suite in test/boundary/fuzz.test-prop.ts
// covers every export too, once the lead adds the valid calls below to it.)
import { fc, test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { RatingRuleError, youth2021 } from '../../src/index.js';
import { auditTrend, shareChange, trendRows } from '../../src/trend/index.js';
import { rateCases } from '../../src/cases/index.js';
import {
  formatTrend,
  trendAudits,
  trendCharts,
  trendFiles,
  trendReport,
} from '../../src/sheets.js';
import { cumberlandCases, cumberlandJudgements } from '../../scripts/cumberland-cases.js';
import {
  CallerError,
  PROTOTYPE,
  fingerprint,
  hostileLeaf,
  mutated,
  nastyValues,
  prototypeNames,
} from '../support/hostile.js';

const CASES = readFileSync('examples/cumberland/cases.csv', 'utf8');
const rating = rateCases(youth2021, cumberlandCases(), cumberlandJudgements).rating;
const audits = [
  { date: '2024-01-15', label: 'January', rating },
  { date: '2024-04-15', rating },
];
const trend = auditTrend(youth2021, audits);

/** A valid call of each function, from which hostile calls are made. */
const VALID: Record<string, [(...args: unknown[]) => unknown, () => unknown[]]> = {
  auditTrend: [auditTrend as never, () => [youth2021, audits, { level: 0.9 }]],
  shareChange: [
    shareChange as never,
    () => [{ yes: 3, of: 8 }, { yes: 11, of: 12 }, { level: 0.8 }],
  ],
  trendRows: [trendRows as never, () => [trend]],
  trendFiles: [
    trendFiles as never,
    () => [
      [
        { name: 'a-2024-01-15.csv', data: CASES },
        { name: 'a-2024-01-15-judgements.csv', data: '' },
      ],
    ],
  ],
  trendAudits: [
    trendAudits as never,
    () => [
      [
        { cases: { name: 'a-2024-01-15.csv', data: CASES } },
        { cases: { name: 'b.csv', data: CASES }, date: '2024-04-15', label: 'April' },
      ],
      { level: 0.8 },
    ],
  ],
  formatTrend: [formatTrend as never, () => [trend, 'markdown']],
  trendCharts: [trendCharts as never, () => [trend, { width: 400 }]],
  trendReport: [trendReport as never, () => [trend, { version: '1.0.0', date: '2024-05-01' }]],
};
const names = Object.keys(VALID);

const hostile = hostileLeaf;
const nasty = nastyValues({ date: '2024-01-15' }, 'rating');

async function check(name: string, args: unknown[]): Promise<void> {
  const fn = (VALID[name] as [(...a: unknown[]) => unknown, unknown])[0];
  const before = fingerprint(args);
  try {
    await fn(...args);
  } catch (e) {
    if (!(e instanceof CallerError || (e instanceof TypeError && /revoked/.test(e.message))))
      if (!(e instanceof RatingRuleError))
        throw new Error(`${name} threw ${(e as Error)?.name}: ${(e as Error)?.message}`, {
          cause: e,
        });
  }
  expect(fingerprint(args), `${name} left its input as it was`).toBe(before);
  expect(prototypeNames(), 'Object.prototype untouched').toBe(PROTOTYPE);
}

describe('the trend room under hostile input', () => {
  test.prop([fc.constantFrom(...names), fc.array(hostile, { maxLength: 3 })], { numRuns: 150 })(
    'hostile arguments of any kind: a typed error or a result',
    async (name, args) => check(name, args),
  );

  test.prop(
    [fc.constantFrom(...names), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), hostile],
    { numRuns: 200 },
  )(
    'a valid call with one value made hostile: a typed error or a result',
    async (name, path, leaf) => {
      // Each call works on its own copy of the valid arguments (the rating is plain data).
      const args = mutated(
        structuredClone((VALID[name] as [unknown, () => unknown[]])[1]()),
        path,
        leaf,
      );
      if (Array.isArray(args)) await check(name, args);
    },
  );

  test.prop([fc.constantFrom(...names), fc.nat(2), nasty], { numRuns: 60 })(
    'cycles, throwing getters and revoked proxies',
    async (name, at, make) => {
      const args = (VALID[name] as [unknown, () => unknown[]])[1]().slice();
      args[at % args.length] = make();
      await check(name, args);
    },
  );
});
