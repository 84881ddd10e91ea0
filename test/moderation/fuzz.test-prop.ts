// Hostile input for every function of the moderation room, in the manner of the project's fuzz
// suite (test/boundary/fuzz.test-prop.ts): each call gives a typed error (RatingRuleError) or a
// correct result, never another error or a hang; the input is left as it was and Object.prototype
// untouched. An exception the caller's own object throws (a getter, a proxy trap) may pass through.
import { fc, test } from '@fast-check/vitest';
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { RatingRuleError, youth2021 } from '../../src/index.js';
import {
  cohensKappa,
  compareAudits,
  moderateCases,
  roundKappa,
} from '../../src/moderation/index.js';
import { disagreementRows, formatModeration, moderateAudits } from '../../src/sheets.js';
import { cumberlandCases } from '../../scripts/cumberland-cases.js';
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

const nasty = nastyValues({ id: 'court-1' }, 'answers');

const SKIN = [
  [10, 4, 1, 0],
  [5, 10, 12, 2],
  [2, 4, 12, 5],
  [0, 2, 6, 13],
];
const FIRST = readFileSync('examples/moderation/first.csv', 'utf8');
const SECOND = readFileSync('examples/moderation/second.csv', 'utf8');
const first = cumberlandCases();
const second = first.map((c) =>
  c.id === 'court-4' ? { ...c, answers: { ...c.answers, '2.1.3': 'yes' as const } } : c,
);
const audit = await moderateAudits({
  first: { name: 'first.csv', data: FIRST },
  second: { name: 'second.csv', data: SECOND },
});

const FUNCTIONS: Record<string, [(...args: never[]) => unknown, () => unknown[]]> = {
  cohensKappa: [cohensKappa, () => [SKIN]],
  roundKappa: [roundKappa, () => [cohensKappa(SKIN), 4]],
  compareAudits: [
    compareAudits,
    () => [youth2021, first, second, { unanswered: 'leave-out', names: { first: 'a.csv' } }],
  ],
  moderateCases: [
    moderateCases,
    () => [
      youth2021,
      first,
      second,
      {
        decisions: [
          {
            id: 'court-4',
            kind: 'court',
            disposal: 'community-sentence',
            answers: { '2.1.3': 'no' },
          },
        ],
      },
    ],
  ],
  moderateAudits: [
    moderateAudits,
    () => [
      {
        first: { name: 'first.csv', data: FIRST },
        second: { name: 'second.csv', data: SECOND },
        decisions: {
          name: 'd.csv',
          data: 'case,question,decision\noocd-1,3.3.3,yes\noocd-2,3.2.1,no\noocd-2,3.3.2,no\noocd-3,3.3.2,yes\noocd-4,3.1.2,n/a\noocd-9,3.3.1,no\n',
        },
      },
      { framework: 'hmip-youth-2021', unanswered: 'leave-out' },
    ],
  ],
  disagreementRows: [disagreementRows, () => [audit]],
  formatModeration: [formatModeration, () => [audit, 'markdown']],
};
const names = Object.keys(FUNCTIONS);

async function check(name: string, args: unknown[]): Promise<void> {
  const fn = (FUNCTIONS[name] as [(...a: unknown[]) => unknown, unknown])[0];
  const before = fingerprint(args);
  const started = performance.now();
  try {
    await fn(...args);
  } catch (e) {
    if (e instanceof CallerError || (e instanceof TypeError && /revoked/.test(e.message))) {
      // the caller's own object raised it
    } else if (e instanceof RatingRuleError) {
      expect(e.message.length, name).toBeLessThan(200_000);
    } else
      throw new Error(`${name} threw ${(e as Error)?.name}: ${(e as Error)?.message}`, {
        cause: e,
      });
  }
  expect(performance.now() - started, `${name} did not hang`).toBeLessThan(HANG);
  expect(fingerprint(args), `${name} left its input as it was`).toBe(before);
  expect(prototypeNames(), 'Object.prototype untouched').toBe(PROTOTYPE);
}

test('every valid call the fuzzing starts from succeeds', async () => {
  for (const name of names) {
    const [fn, args] = FUNCTIONS[name] as [(...a: unknown[]) => unknown, () => unknown[]];
    await fn(...args());
  }
});

test.prop([fc.constantFrom(...names), fc.array(hostileLeaf, { maxLength: 4 })], { numRuns: 200 })(
  'hostile arguments of any kind: a typed error or a result',
  async (name, args) => check(name, args),
);

test.prop([fc.constantFrom(...names), fc.integer({ min: 0, max: 3 }), nasty], { numRuns: 120 })(
  'cycles, 10,000 levels of nesting, throwing getters and revoked proxies',
  async (name, at, make) => {
    const base = (FUNCTIONS[name] as [unknown, () => unknown[]])[1]().slice();
    base[at % base.length] = make();
    await check(name, base);
  },
);

test.prop(
  [
    fc.constantFrom(...names),
    fc.array(fc.nat(), { minLength: 1, maxLength: 7 }),
    hostileLeaf,
    fc.option(fc.constantFrom('__proto__', 'constructor', 'extra', 'toString'), { nil: undefined }),
  ],
  { numRuns: 300 },
)(
  'a valid call with one value made hostile: a typed error or a result',
  async (name, path, leaf, addKey) => {
    let args: unknown[];
    try {
      args = mutated(
        (FUNCTIONS[name] as [unknown, () => unknown[]])[1](),
        path,
        leaf,
        addKey,
      ) as unknown[];
    } catch {
      return; // the hostile value cannot be cloned into place
    }
    if (!Array.isArray(args)) return;
    await check(name, args);
  },
);
