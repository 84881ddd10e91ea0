// Issue 8, found by the fuzz suite in CI: resampleRating called `flatMap` on the caller's list, so a
// list carrying its own `constructor` ("hasOwnProperty", as fast-check made it) threw a bare
// TypeError. The class: no exported function runs a method the caller's list or record carries.
// Every list and record reachable from each valid call is given its own array methods,
// `constructor`, iterator, `toString`, `valueOf`, `toJSON` and `then` (text, a number, null, an
// object, a list or true, turn by turn), one object at a time; each call must give a
// typed error or a result, and the rooms that copy their input give the very same result.
import { describe, expect, it } from 'vitest';
import { api } from '../support/entries.js';
import { cumberlandCases, cumberlandJudgements } from '../../scripts/cumberland-cases.js';
import { EXPORTED, VALID, callWithTarget, objectPaths, type ArgumentPath } from './valid-calls.js';

/** At most `limit` paths: every one three steps deep or less, then an even spread of the rest. */
function spread(paths: readonly ArgumentPath[], limit: number): ArgumentPath[] {
  const near = paths.filter((p) => p.length <= 3);
  const far = paths.filter((p) => p.length > 3);
  const room = Math.max(0, limit - near.length);
  const step = far.length / Math.max(room, 1);
  const chosen = room === 0 ? [] : far.filter((_, i) => Math.floor(i % step) === 0).slice(0, room);
  return [...near, ...chosen];
}

const LIST_METHODS: readonly (string | symbol)[] = [
  'constructor',
  'map',
  'forEach',
  'flatMap',
  'filter',
  'slice',
  'some',
  'every',
  'reduce',
  'join',
  'includes',
  'indexOf',
  'entries',
  'keys',
  Symbol.iterator,
];
const RECORD_METHODS: readonly string[] = [
  'constructor',
  'hasOwnProperty',
  'toString',
  'valueOf',
  'toJSON',
  'then',
  'prototype',
];
/** What the own methods are, turn by turn from path to path: never something callable as they should be. */
const NOT_METHODS: readonly unknown[] = ['hasOwnProperty', 0, null, {}, [], true];

/** Gives an object its own, non-callable versions of the methods a reader might call on it. */
function withOwnMethods(target: object, value: unknown): void {
  const names = Array.isArray(target) ? LIST_METHODS : RECORD_METHODS;
  for (const name of names)
    Object.defineProperty(target, name, {
      value,
      enumerable: typeof name === 'string',
      configurable: true,
      writable: true,
    });
}

describe('no exported function runs a method its input carries', () => {
  // Only calls with a list or record among their arguments: the rest take numbers and text.
  const calls = Object.entries(VALID).flatMap(([name, make]) => {
    const paths = spread(objectPaths(make()), 60);
    return paths.length > 0 ? [{ name, make, paths }] : [];
  });

  it('covers every call with a list or record among its arguments', () => {
    expect(calls.map((c) => c.name)).toContain('resampleRating');
    expect(calls.length).toBeGreaterThan(50);
  });

  for (const { name, make, paths } of calls) {
    it(name, async () => {
      const fn = EXPORTED[name] as (...args: unknown[]) => unknown;
      const failures: string[] = [];
      for (const [turn, path] of paths.entries()) {
        const { args, target } = callWithTarget(make, path);
        withOwnMethods(target, NOT_METHODS[turn % NOT_METHODS.length]);
        try {
          await fn(...args);
        } catch (e) {
          if (!(e instanceof api.RatingRuleError))
            failures.push(`${path.join('.')}: ${(e as Error)?.name}: ${(e as Error)?.message}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});

describe('the rooms that copy their cases give the same figures whatever the list carries', () => {
  const carrying = () => {
    const cases = cumberlandCases();
    Object.defineProperty(cases, 'constructor', { value: 'hasOwnProperty', enumerable: true });
    Object.defineProperty(cases, 'flatMap', { value: 'hasOwnProperty', enumerable: true });
    return cases;
  };

  it('resampleRating: the CI counterexample resamples exactly as the plain list does', () => {
    const options = { resamples: 200, seed: 11 };
    const plain = api.resampleRating(
      api.youth2021,
      cumberlandCases(),
      cumberlandJudgements,
      options,
    );
    const odd = api.resampleRating(api.youth2021, carrying(), cumberlandJudgements, options);
    expect(odd).toEqual(plain);
    expect(plain.overall?.observed).toBe('Requires improvement');
  });

  it('breakdownByGroup and tallyCases read the list by index', () => {
    const withTeams = (cases: ReturnType<typeof cumberlandCases>) =>
      cases.map((c, i) => ({ ...c, attributes: { team: i % 2 === 0 ? 'North' : 'South' } }));
    const odd = withTeams(cumberlandCases());
    Object.defineProperty(odd, 'constructor', { value: 'x', enumerable: true });
    expect(api.breakdownByGroup(api.youth2021, odd, 'team')).toEqual(
      api.breakdownByGroup(api.youth2021, withTeams(cumberlandCases()), 'team'),
    );
    expect(api.tallyCases(api.youth2021, carrying())).toEqual(
      api.tallyCases(api.youth2021, cumberlandCases()),
    );
  });
});

describe('a record whose getter answers differently each time it is read', () => {
  /** The Cumberland cases with the first case's answers behind a getter: right once, then "maybe". */
  const lying = () => {
    const cases = cumberlandCases() as unknown as Record<string, unknown>[];
    const first = cases[0] as { answers: Record<string, string> };
    const good = first.answers;
    const bad = Object.fromEntries(Object.keys(good).map((k) => [k, 'maybe']));
    let reads = 0;
    const record = { ...first };
    Object.defineProperty(record, 'answers', {
      enumerable: true,
      get: () => (reads++ === 0 ? good : bad),
    });
    cases[0] = record;
    return cases as unknown as ReturnType<typeof cumberlandCases>;
  };

  it('tallyCases and rateCases refuse it, never counting what was not checked', () => {
    expect(() => api.tallyCases(api.youth2021, lying())).toThrow(
      /case 1 in the list changed while it was read/,
    );
    expect(() => api.rateCases(api.youth2021, lying(), cumberlandJudgements)).toThrow(
      api.RatingRuleError,
    );
  });

  it('resampleRating and breakdownByGroup read it once, so they resample what they checked', () => {
    const options = { resamples: 100, seed: 3 };
    expect(api.resampleRating(api.youth2021, lying(), cumberlandJudgements, options)).toEqual(
      api.resampleRating(api.youth2021, cumberlandCases(), cumberlandJudgements, options),
    );
    const teams = (cases: ReturnType<typeof cumberlandCases>) => {
      cases.forEach((c, i) =>
        Object.assign(c, { attributes: { team: i % 2 ? 'North' : 'South' } }),
      );
      return cases;
    };
    expect(api.breakdownByGroup(api.youth2021, teams(lying()), 'team')).toEqual(
      api.breakdownByGroup(api.youth2021, teams(cumberlandCases()), 'team'),
    );
  });
});
