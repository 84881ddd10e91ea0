// What the fuzz suites share (test/boundary, test/moderation, test/trend): hostile values, values
// that are hard even to look at, a fingerprint to see an input unchanged, and a mutator that puts
// a hostile value into a valid call.
import { fc } from '@fast-check/vitest';

/** The error a hostile getter or proxy throws: the caller's own, allowed to pass through. */
export class CallerError extends Error {}

// A hang guard, not a performance test: a call that does not return within this is a hang.
export const HANG = 5_000;

export const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');
export const PROTOTYPE = prototypeNames();

/** A structural fingerprint of a value (cycles, getters and proxies handled), to see it unchanged. */
export function fingerprint(value: unknown, seen = new Map<object, number>(), depth = 0): string {
  if (depth > 200) return 'deep';
  if (value === null || (typeof value !== 'object' && typeof value !== 'function'))
    return typeof value === 'bigint'
      ? `${value}n`
      : typeof value === 'symbol'
        ? 'symbol'
        : `${typeof value}:${String(value)}`;
  if (typeof value === 'function') return 'function';
  if (seen.has(value)) return `#${seen.get(value)}`;
  seen.set(value, seen.size);
  try {
    if (ArrayBuffer.isView(value)) return `bytes:${Array.from(value as Uint8Array).join(',')}`;
    const keys = Reflect.ownKeys(value);
    return `{${keys
      .map((k) => {
        const d = Object.getOwnPropertyDescriptor(value, k);
        const v = d && 'value' in d ? fingerprint(d.value, seen, depth + 1) : 'accessor';
        return `${String(k)}=${v}`;
      })
      .join(';')}}`;
  } catch {
    return 'opaque'; // a revoked proxy
  }
}

/** Single values that break careless code: edge numbers, built-in names, formulas, escapes, odd objects. */
export const hostileLeaf = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    null,
    NaN,
    -0,
    Infinity,
    -Infinity,
    1e308,
    -1,
    0.5,
    2 ** 53,
    10n,
    '',
    ' ',
    '__proto__',
    'constructor',
    'toString',
    'hasOwnProperty',
    '=HYPERLINK("x")',
    '2024-02-30',
    '\u001b[31m',
    'yes?',
    'Good?',
    '\u0000',
    'a'.repeat(100_000),
    [],
    {},
    Object.create(null),
    new Date(0),
    new Map(),
    new Set(),
    Symbol('s'),
    Buffer.from('case,kind'),
    new Uint8Array([0x50, 0x4b, 3, 4]),
  ),
  fc.anything({
    withBigInt: true,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withNullPrototype: true,
    maxDepth: 3,
  }),
);

/**
 * Values that are hard to even look at: cycles, 10,000 levels deep, throwing getters, proxies. Each
 * object starts from `base`, and its cycle, depth or throwing getter sits at `key` (the field the
 * room reads first: "standards" of evidence, "answers" of a case, "rating" of an audit).
 */
export function nastyValues(base: Readonly<Record<string, unknown>>, key: string) {
  return fc.constantFrom<() => unknown>(
    () => {
      const cycle: Record<string, unknown> = { ...base };
      cycle[key] = cycle;
      cycle['self'] = [cycle];
      return cycle;
    },
    () => {
      let deep: unknown = 1;
      for (let i = 0; i < 10_000; i++) deep = { a: deep, [key]: deep };
      return deep;
    },
    () => {
      let deep: unknown = [];
      for (let i = 0; i < 10_000; i++) deep = [deep];
      return deep;
    },
    () =>
      Object.defineProperty({ ...base }, key, {
        enumerable: true,
        get() {
          throw new CallerError('getter');
        },
      }),
    () =>
      new Proxy(
        {},
        {
          ownKeys() {
            throw new CallerError('ownKeys');
          },
          get() {
            throw new CallerError('get');
          },
        },
      ),
    () => {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    },
  );
}

/** Replaces the value at one path of a plain-data value (copied) with a hostile one, or adds a key. */
export function mutated(
  base: unknown,
  path: readonly number[],
  replacement: unknown,
  addKey?: string,
): unknown {
  const holder: Record<string, unknown> = { root: structuredClone(base) };
  let parent: Record<string | number, unknown> = holder;
  let key: string | number = 'root';
  for (const step of path) {
    const value = parent[key];
    if (value === null || typeof value !== 'object') break;
    const keys = Object.keys(value);
    if (keys.length === 0) break;
    parent = value as Record<string | number, unknown>;
    key = keys[step % keys.length] as string;
  }
  if (addKey && parent !== holder)
    Object.defineProperty(parent, addKey, {
      value: replacement,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  else parent[key] = replacement;
  return holder['root'];
}
